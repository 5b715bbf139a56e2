using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

public sealed class TalkConfiguration : SourcedConfiguration<Talk>
{
    protected override void ConfigureRecord(EntityTypeBuilder<Talk> builder)
    {
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.Place).HasMaxLength(200);
        builder.HasIndex(x => x.FirstDay);
        builder.HasMany(x => x.Participants).WithMany().UsingEntity(join => join.ToTable("TalkParticipants"));
    }
}
