using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

/// <summary>What every sourced record shares: a unique key and a join table to the sources it cites.</summary>
public abstract class SourcedConfiguration<T> : IEntityTypeConfiguration<T>
    where T : class, ISourced
{
    public void Configure(EntityTypeBuilder<T> builder)
    {
        builder.Property(x => x.Key).HasMaxLength(80);
        builder.HasIndex(x => x.Key).IsUnique();
        builder.HasMany(x => x.Sources).WithMany().UsingEntity(join => join.ToTable(typeof(T).Name + "Sources"));
        ConfigureRecord(builder);
    }

    protected abstract void ConfigureRecord(EntityTypeBuilder<T> builder);
}
