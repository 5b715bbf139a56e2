using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

public sealed class IndicatorReleaseConfiguration() : SourcedConfiguration<IndicatorRelease>(listedBy: x => x.ReleasedOn)
{
    protected override void ConfigureRecord(EntityTypeBuilder<IndicatorRelease> builder)
    {
        builder.Property(x => x.Indicator).HasMaxLength(200);
        builder.Property(x => x.Region).HasMaxLength(100);
        builder.Property(x => x.Series).HasMaxLength(80);
        builder.HasIndex(x => x.Series);
        builder.HasIndex(x => new { x.Series, x.PeriodStart });
        builder.HasIndex(x => x.PeriodStart);
        builder.Property(x => x.Period).HasMaxLength(60);
        builder.Property(x => x.Unit).HasMaxLength(20);
        builder.Ignore(x => x.Surprise);
    }
}
