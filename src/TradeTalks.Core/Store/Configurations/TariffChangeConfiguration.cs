using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

public sealed class TariffChangeConfiguration : SourcedConfiguration<TariffChange>
{
    protected override void ConfigureRecord(EntityTypeBuilder<TariffChange> builder)
    {
        builder.HasIndex(x => x.EffectiveOn);
        builder.HasIndex(x => x.EffectiveAt);
        builder.HasIndex(x => new { x.LayerId, x.EffectiveAt }).IsUnique();
    }
}
