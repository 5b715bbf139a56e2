using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

public sealed class MeasureConfiguration : SourcedConfiguration<Measure>
{
    protected override void ConfigureRecord(EntityTypeBuilder<Measure> builder) => builder.Property(x => x.Covers).HasMaxLength(400);
}

public sealed class MeasureChangeConfiguration() : SourcedConfiguration<MeasureChange>(listedBy: x => x.On)
{
    protected override void ConfigureRecord(EntityTypeBuilder<MeasureChange> builder) =>
        builder.HasIndex(x => new { x.MeasureId, x.At }).IsUnique();
}
