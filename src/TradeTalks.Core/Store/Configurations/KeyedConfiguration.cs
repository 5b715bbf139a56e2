using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

/// <summary>What every record with a key shares: a key of at most 80 characters that no other record of its kind has.</summary>
public abstract class KeyedConfiguration<T> : IEntityTypeConfiguration<T>
    where T : class, IKeyed
{
    public virtual void Configure(EntityTypeBuilder<T> builder)
    {
        builder.Property(x => x.Key).HasMaxLength(80);
        builder.HasIndex(x => x.Key).IsUnique();
        ConfigureRecord(builder);
    }

    /// <summary>What only this kind has: its other lengths, indexes and links.</summary>
    protected virtual void ConfigureRecord(EntityTypeBuilder<T> builder)
    {
    }
}
