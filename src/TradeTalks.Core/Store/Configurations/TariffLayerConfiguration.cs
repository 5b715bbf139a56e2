using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

public sealed class TariffLayerConfiguration : SourcedConfiguration<TariffLayer>
{
    protected override void ConfigureRecord(EntityTypeBuilder<TariffLayer> builder)
    {
        builder.Property(x => x.Products).HasMaxLength(400);
        builder.Property(x => x.TradeCovered).HasMaxLength(200);
        builder.HasIndex(x => new { x.Scope, x.Imposer, x.Authority, x.Name });
    }
}
