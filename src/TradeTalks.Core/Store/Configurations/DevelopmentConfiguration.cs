namespace TradeTalks.Store.Configurations;

public sealed class DevelopmentConfiguration() : SourcedConfiguration<Development>(listedBy: x => x.On);
