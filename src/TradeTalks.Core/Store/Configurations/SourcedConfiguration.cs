using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

/// <summary>
/// What every sourced record shares: a unique key (<see cref="KeyedConfiguration{T}"/>), a join table to the sources it
/// cites, a name or title of at most 200 characters where it has one, and an index on the day its lists are ordered and
/// cut by (<paramref name="listedBy"/>, where it has one). A kind's own configuration adds only what differs.
/// </summary>
public abstract class SourcedConfiguration<T>(Expression<Func<T, object?>>? listedBy = null) : KeyedConfiguration<T>
    where T : class, ISourced
{
    private static readonly string[] ShortTexts = ["Name", "Title"];

    public sealed override void Configure(EntityTypeBuilder<T> builder)
    {
        builder.HasMany(x => x.Sources).WithMany().UsingEntity(join => join.ToTable(typeof(T).Name + "Sources"));
        foreach (var name in ShortTexts.Where(n => typeof(T).GetProperty(n)?.PropertyType == typeof(string)))
        {
            builder.Property<string>(name).HasMaxLength(200);
        }

        if (listedBy is not null)
        {
            builder.HasIndex(listedBy);
        }

        base.Configure(builder);
    }
}
