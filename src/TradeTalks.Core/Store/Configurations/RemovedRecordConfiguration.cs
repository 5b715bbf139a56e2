using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

public sealed class RemovedRecordConfiguration : IEntityTypeConfiguration<RemovedRecord>
{
    public void Configure(EntityTypeBuilder<RemovedRecord> builder)
    {
        builder.Property(x => x.Kind).HasMaxLength(40);
        builder.Property(x => x.Key).HasMaxLength(80);
        builder.HasIndex(x => new { x.Kind, x.Key }).IsUnique();
    }
}
