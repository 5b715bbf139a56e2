using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

public sealed class DevelopmentConfiguration : SourcedConfiguration<Development>
{
    protected override void ConfigureRecord(EntityTypeBuilder<Development> builder)
    {
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.HasIndex(x => x.On);
    }
}
