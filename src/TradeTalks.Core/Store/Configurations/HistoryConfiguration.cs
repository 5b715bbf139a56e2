using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TradeTalks.History;

namespace TradeTalks.Store.Configurations;

public sealed class ChangeSetConfiguration : IEntityTypeConfiguration<ChangeSet>
{
    public void Configure(EntityTypeBuilder<ChangeSet> builder)
    {
        builder.Property(x => x.Actor).HasMaxLength(256);
        builder.Property(x => x.FileName).HasMaxLength(260);
        builder.Property(x => x.FileHash).HasMaxLength(64);
        builder.HasIndex(x => x.At);
        builder.HasIndex(x => x.Actor);
        builder.HasMany(x => x.Records).WithOne(x => x.ChangeSet).HasForeignKey(x => x.ChangeSetId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RecordVersionConfiguration : IEntityTypeConfiguration<RecordVersion>
{
    public void Configure(EntityTypeBuilder<RecordVersion> builder)
    {
        builder.Property(x => x.Kind).HasMaxLength(40);
        builder.Property(x => x.Key).HasMaxLength(80);
        // A record's versions in change-set order: the store as published at a version takes, per record, its latest
        // version at or before it from this index alone, never by replaying every change set.
        builder.HasIndex(x => new { x.Kind, x.Key, x.ChangeSetId });
    }
}
