using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TradeTalks.Accounts;
using TradeTalks.History;
using TradeTalks.Claims;
using TradeTalks.Commitments;
using TradeTalks.Developments;
using TradeTalks.Indicators;
using TradeTalks.Measures;
using TradeTalks.People;
using TradeTalks.Sources;
using TradeTalks.Statements;
using TradeTalks.Talks;
using TradeTalks.Tariffs;
using TradeTalks.Truces;

namespace TradeTalks.Store;

/// <summary>The store: the tracker's records, the editors' accounts and the history of every change.</summary>
public sealed class TradeTalksDbContext(DbContextOptions<TradeTalksDbContext> options) : IdentityDbContext<EditorAccount>(options)
{
    public DbSet<Source> Sources => Set<Source>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Talk> Talks => Set<Talk>();

    public DbSet<TariffLayer> TariffLayers => Set<TariffLayer>();

    public DbSet<TariffChange> TariffChanges => Set<TariffChange>();

    public DbSet<TruceWindow> TruceWindows => Set<TruceWindow>();

    public DbSet<TruceExtension> TruceExtensions => Set<TruceExtension>();

    public DbSet<IndicatorRelease> IndicatorReleases => Set<IndicatorRelease>();

    public DbSet<Statement> Statements => Set<Statement>();

    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<Development> Developments => Set<Development>();

    public DbSet<Measure> Measures => Set<Measure>();

    public DbSet<MeasureChange> MeasureChanges => Set<MeasureChange>();

    public DbSet<Commitment> Commitments => Set<Commitment>();

    public DbSet<CommitmentProgress> CommitmentProgress => Set<CommitmentProgress>();

    public DbSet<TruceItem> TruceItems => Set<TruceItem>();

    public DbSet<RemovedRecord> RemovedRecords => Set<RemovedRecord>();

    public DbSet<ChangeSet> ChangeSets => Set<ChangeSet>();

    public DbSet<StoreMark> StoreMarks => Set<StoreMark>();

    public DbSet<RecordVersion> RecordVersions => Set<RecordVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Identity's own tables (accounts, roles, their links) live in the same store, so an edit and its author are one database.
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TradeTalksDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset values; stored as UTC text they sort and compare correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcInstantConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<decimal>().HavePrecision(9, 3);
    }
}
