namespace TradeTalks.Store.Configurations;

public sealed class TruceItemConfiguration : SourcedConfiguration<TruceItem>;
