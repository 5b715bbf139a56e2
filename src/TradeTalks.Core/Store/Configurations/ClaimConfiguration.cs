using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

public sealed class ClaimConfiguration() : SourcedConfiguration<Claim>(listedBy: x => x.ReportedOn)
{
    protected override void ConfigureRecord(EntityTypeBuilder<Claim> builder) => builder.Property(x => x.Commitment).HasMaxLength(400);
}
