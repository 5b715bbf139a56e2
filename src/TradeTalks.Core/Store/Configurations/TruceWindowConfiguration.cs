using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

public sealed class TruceWindowConfiguration : SourcedConfiguration<TruceWindow>
{
    protected override void ConfigureRecord(EntityTypeBuilder<TruceWindow> builder)
    {
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.DeadlineZone).HasMaxLength(60);
        builder.HasIndex(x => x.AnnouncedOn);
        builder.HasMany(x => x.Extensions).WithOne(x => x.TruceWindow).HasForeignKey(x => x.TruceWindowId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Items).WithOne(x => x.TruceWindow).HasForeignKey(x => x.TruceWindowId).OnDelete(DeleteBehavior.Restrict);
    }
}
