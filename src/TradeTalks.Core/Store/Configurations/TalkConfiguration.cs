using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTalks.Store.Configurations;

public sealed class TalkConfiguration() : SourcedConfiguration<Talk>(listedBy: x => x.FirstDay)
{
    protected override void ConfigureRecord(EntityTypeBuilder<Talk> builder)
    {
        builder.Property(x => x.Place).HasMaxLength(200);
        builder.HasMany(x => x.Participants).WithMany().UsingEntity(join => join.ToTable("TalkParticipants"));
    }
}
