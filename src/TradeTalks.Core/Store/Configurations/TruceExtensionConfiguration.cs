using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

public sealed class TruceExtensionConfiguration : SourcedConfiguration<TruceExtension>
{
    protected override void ConfigureRecord(EntityTypeBuilder<TruceExtension> builder)
    {
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.HasIndex(x => x.SignedOn);
    }
}
