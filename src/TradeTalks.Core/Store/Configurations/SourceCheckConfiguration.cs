using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TradeTalks.SourceChecks;

namespace TradeTalks.Store.Configurations;

/// <summary>A check of a source's address and a kept copy record the same facts about a fetch, kept to the same sizes.</summary>
public sealed class SourceCheckConfiguration : IEntityTypeConfiguration<SourceCheck>, IEntityTypeConfiguration<SourceCopy>
{
    public void Configure(EntityTypeBuilder<SourceCheck> builder)
    {
        Fetched(builder);
        builder.HasIndex(x => new { x.SourceKey, x.CheckedAt });
        builder.Property(x => x.Message).HasMaxLength(1000);
    }

    public void Configure(EntityTypeBuilder<SourceCopy> builder)
    {
        Fetched(builder);
        builder.HasIndex(x => new { x.SourceKey, x.KeptAt });
        builder.Property(x => x.KeptBy).HasMaxLength(256);
    }

    private static void Fetched<T>(EntityTypeBuilder<T> builder)
        where T : class
    {
        builder.Property<string>(nameof(SourceCheck.SourceKey)).HasMaxLength(80);
        builder.Property<string>(nameof(SourceCheck.Address)).HasMaxLength(1000);
        builder.Property<string?>(nameof(SourceCheck.FinalAddress)).HasMaxLength(2000);
        builder.Property<string?>(nameof(SourceCheck.ContentType)).HasMaxLength(200);
        builder.Property<string?>(nameof(SourceCheck.Sha256)).HasMaxLength(64);
    }
}
