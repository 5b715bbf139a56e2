using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

public sealed class SourceConfiguration : KeyedConfiguration<Source>
{
    protected override void ConfigureRecord(EntityTypeBuilder<Source> builder)
    {
        builder.HasIndex(x => x.PublishedOn);
        builder.Property(x => x.Publisher).HasMaxLength(200);
        builder.Property(x => x.Title).HasMaxLength(400);
        builder.Property(x => x.Url).HasMaxLength(1000);
    }
}
