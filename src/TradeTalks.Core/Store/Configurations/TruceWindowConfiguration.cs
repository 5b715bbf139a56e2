using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

public sealed class TruceWindowConfiguration() : SourcedConfiguration<TruceWindow>(listedBy: x => x.AnnouncedOn)
{
    protected override void ConfigureRecord(EntityTypeBuilder<TruceWindow> builder) => builder.Property(x => x.DeadlineZone).HasMaxLength(60);
}
