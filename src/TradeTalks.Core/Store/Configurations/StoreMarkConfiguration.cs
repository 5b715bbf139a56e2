using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

public sealed class StoreMarkConfiguration : IEntityTypeConfiguration<StoreMark>
{
    public void Configure(EntityTypeBuilder<StoreMark> builder)
    {
        builder.HasKey(x => x.Name);
        builder.Property(x => x.Name).HasMaxLength(80);
        builder.Property(x => x.Value).HasMaxLength(200);
    }
}
