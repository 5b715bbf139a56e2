using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TradeTalks.Accounts;
using TradeTalks.History;
using TradeTalks.SourceChecks;

namespace TradeTalks.Store;

/// <summary>The store: the tracker's records, the editors' accounts and the history of every change.</summary>
public sealed class TradeTalksDbContext(DbContextOptions<TradeTalksDbContext> options)
    : IdentityDbContext<EditorAccount>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that sign cookies and antiforgery tokens, shared by every instance on this store.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

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

    public DbSet<ProductProgramme> ProductProgrammes => Set<ProductProgramme>();

    public DbSet<Measure> Measures => Set<Measure>();

    public DbSet<MeasureChange> MeasureChanges => Set<MeasureChange>();

    public DbSet<Commitment> Commitments => Set<Commitment>();

    public DbSet<CommitmentProgress> CommitmentProgress => Set<CommitmentProgress>();

    public DbSet<TruceItem> TruceItems => Set<TruceItem>();

    public DbSet<RemovedRecord> RemovedRecords => Set<RemovedRecord>();

    public DbSet<ChangeSet> ChangeSets => Set<ChangeSet>();

    public DbSet<StoreMark> StoreMarks => Set<StoreMark>();

    public DbSet<RecordVersion> RecordVersions => Set<RecordVersion>();

    /// <summary>Checks of sources' addresses and the copies editors kept: operational data, not in the data set.</summary>
    public DbSet<SourceCheck> SourceChecks => Set<SourceCheck>();

    public DbSet<SourceCopy> SourceCopies => Set<SourceCopy>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Identity's own tables (accounts, roles, their links) live in the same store, so an edit and its author are one database.
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TradeTalksDbContext).Assembly);
        modelBuilder.RestrictDeletes();
        if (this.IsPostgres())
        {
            // Text compares and sorts by code point on both stores, as SQLite's default (BINARY) collation does: keyset
            // pages, sorted lists and unique keys then agree whichever store serves them, whatever locale the
            // PostgreSQL cluster was created with.
            foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()).Where(p => p.ClrType == typeof(string)))
            {
                property.SetCollation("C");
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset values; stored as UTC text they sort and compare correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcInstantConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<decimal>().HavePrecision(9, 3);
        if (this.IsPostgres())
        {
            // numeric(9,3) gives every value three decimals back (10.000) where SQLite gives what was stored (10.0):
            // read as SQLite reads, so a figure is written the same wherever it was stored (the API, exports).
            configurationBuilder.Properties<decimal>().HaveConversion<StoredDecimalConverter>();
            configurationBuilder.Properties<decimal?>().HaveConversion<StoredDecimalConverter>();
        }
    }
}
