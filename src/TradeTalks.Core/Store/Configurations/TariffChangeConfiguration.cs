using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

public sealed class TariffChangeConfiguration() : SourcedConfiguration<TariffChange>(listedBy: x => x.EffectiveOn)
{
    protected override void ConfigureRecord(EntityTypeBuilder<TariffChange> builder)
    {
        builder.HasIndex(x => x.EffectiveAt);
        builder.HasIndex(x => new { x.LayerId, x.EffectiveAt }).IsUnique();
    }
}
