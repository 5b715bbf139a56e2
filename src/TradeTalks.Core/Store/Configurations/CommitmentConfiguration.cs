using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

public sealed class CommitmentConfiguration() : SourcedConfiguration<Commitment>(listedBy: x => x.MadeOn)
{
    protected override void ConfigureRecord(EntityTypeBuilder<Commitment> builder)
    {
        builder.Property(x => x.Unit).HasMaxLength(60);
        builder.Property(x => x.Period).HasMaxLength(100);
        builder.Ignore(x => x.KnownOn);
    }
}

public sealed class CommitmentProgressConfiguration() : SourcedConfiguration<CommitmentProgress>(listedBy: x => x.On);
