using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

public sealed class PersonConfiguration : SourcedConfiguration<Person>
{
    protected override void ConfigureRecord(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.HasIndex(x => x.Name);
        builder.Property(x => x.Organisation).HasMaxLength(200);
    }
}
