using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

public sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.Property(x => x.Key).HasMaxLength(80);
        builder.HasIndex(x => x.Key).IsUnique();
        builder.HasIndex(x => x.PublishedOn);
        builder.Property(x => x.Publisher).HasMaxLength(200);
        builder.Property(x => x.Title).HasMaxLength(400);
        builder.Property(x => x.Url).HasMaxLength(1000);
    }
}
