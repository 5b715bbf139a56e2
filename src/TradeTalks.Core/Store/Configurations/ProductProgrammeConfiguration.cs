using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

public sealed class ProductProgrammeConfiguration : SourcedConfiguration<ProductProgramme>
{
    protected override void ConfigureRecord(EntityTypeBuilder<ProductProgramme> builder)
    {
        builder.Property(x => x.Headings).HasMaxLength(400);
        builder.Property(x => x.Reaches).HasMaxLength(200);
    }
}
