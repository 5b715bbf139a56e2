using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

public sealed class StatementConfiguration() : SourcedConfiguration<Statement>(listedBy: x => x.SaidOn)
{
    protected override void ConfigureRecord(EntityTypeBuilder<Statement> builder)
    {
        builder.Property(x => x.Speaker).HasMaxLength(200);
        builder.Property(x => x.Words).HasMaxLength(600);
    }
}
