namespace TradeTalks.Store.Configurations;

public sealed class TruceExtensionConfiguration() : SourcedConfiguration<TruceExtension>(listedBy: x => x.SignedOn);
