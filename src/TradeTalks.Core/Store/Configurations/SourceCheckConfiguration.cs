using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TradeTalks.SourceChecks;

namespace TradeTalks.Store.Configurations;

public sealed class SourceCheckConfiguration : IEntityTypeConfiguration<SourceCheck>
{
    public void Configure(EntityTypeBuilder<SourceCheck> builder)
    {
        builder.Property(x => x.SourceKey).HasMaxLength(80);
        builder.HasIndex(x => new { x.SourceKey, x.CheckedAt });
        builder.Property(x => x.Address).HasMaxLength(1000);
        builder.Property(x => x.FinalAddress).HasMaxLength(2000);
        builder.Property(x => x.ContentType).HasMaxLength(200);
        builder.Property(x => x.Sha256).HasMaxLength(64);
        builder.Property(x => x.Message).HasMaxLength(1000);
    }
}
