using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.DataSets;
using TradeTalks.Store;
using TradeTalks.Tests.Support;
using TradeTalks.Time;
using TradeTalks.Timeline;

namespace TradeTalks.Tests.Store;

/// <summary>
/// The store on PostgreSQL, against a throwaway cluster: it holds what SQLite holds, answers with the same figures,
/// and what differs between the two (text search, instants, ordering, concurrent writers) is handled on purpose.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresCluster cluster) : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private readonly StoreInstances _instances = new();

    /// <summary>Figures, not the database's own numbering: ids are left out (each store numbers its rows itself).</summary>
    private static readonly JsonSerializerOptions Comparable = new()
    {
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        WriteIndented = true,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    foreach (var property in info.Properties.Where(p => p.Name == "Id" || p.Name.EndsWith("Id", StringComparison.Ordinal)).ToList())
                    {
                        info.Properties.Remove(property);
                    }

                },
            },
        },
    };

    [Fact]
    public async Task TheBundledDataSetGoesInAndComesOutByteForByte()
    {
        var store = Start(StoreProvider.Postgres, await cluster.NewDatabaseAsync());
        await store.GetRequiredService<StoreInitializer>().InitializeAsync().WaitAsync(Patience);

        var exported = DataSetJson.Serialize(await store.GetRequiredService<DataSetExporter>().ExportAsync());

        Assert.Equal(System.Text.Encoding.UTF8.GetString(DataSetFiles.Bundled), System.Text.Encoding.UTF8.GetString(exported));
    }

    [Fact]
    public async Task BothStoresAnswerWithTheSameFiguresForEveryAsOfDate()
    {
        var (sqlite, postgres) = await StartBothAsync();

        foreach (var day in new[] { "2025-02-05", "2025-04-10", "2025-05-15", "2025-06-11", "2025-08-12", "2025-11-10", "2026-06-01", "2026-11-29" })
        {
            var asOf = AsOf.EndOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
            var (expected, actual) = (await FiguresAsync(sqlite, asOf), await FiguresAsync(postgres, asOf));
            if (Environment.GetEnvironmentVariable("TRADETALKS_DUMP") is { } dump)
            {
                File.WriteAllText(dump + ".sqlite.json", expected);
                File.WriteAllText(dump + ".postgres.json", actual);
            }

            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public async Task TextSearchIgnoresCaseOnBothStores()
    {
        var (sqlite, postgres) = await StartBothAsync();
        var asOf = AsOf.EndOf(new DateOnly(2026, 11, 29));

        var found = new List<IReadOnlyList<string>>();
        foreach (var store in new[] { sqlite, postgres })
        {
            foreach (var text in new[] { "london", "LONDON", "London" })
            {
                var page = await store.GetRequiredService<TimelineService>().SearchAsync(new TimelineQuery { Text = text, PageSize = 200 }, asOf);
                found.Add([.. page.Items.Select(i => i.Title)]);
            }
        }

        Assert.NotEmpty(found[0]);
        Assert.All(found, titles => Assert.Equal(found[0], titles));
    }

    [Fact]
    public async Task InstantsRoundTripExactlyToTheMicrosecond()
    {
        var store = Start(StoreProvider.Postgres, await cluster.NewDatabaseAsync());
        await store.GetRequiredService<StoreInitializer>().MigrateAsync();
        string? precise = null;
        var document = DataSetFiles.Read(DataSetFiles.With(d =>
        {
            // The first change of a layer, six decimals of a second later than on record.
            precise = "2025-04-05T00:01:00.123456-04:00";
            d.Record("tariffLayers", "us-reciprocal")["changes"]![0]!["effectiveAt"] = precise;
        }));

        await store.GetRequiredService<StoreWriter>().ApplyAsync(document, WriteMode.Upsert);
        var exported = System.Text.Encoding.UTF8.GetString(DataSetJson.Serialize(await store.GetRequiredService<DataSetExporter>().ExportAsync()));

        Assert.Contains($"\"{precise}\"", exported, StringComparison.Ordinal);
        await using var db = await store.NewContextAsync();
        var expected = DateTimeOffset.Parse(precise!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(await db.TariffChanges.Select(c => c.EffectiveAt).ToListAsync(), at => at == expected);
    }

    [Fact]
    public void InstantsFinerThanAMicrosecondAreRefusedWithAMessage()
    {
        var file = DataSetFiles.With(d => d.Record("tariffLayers", "us-reciprocal")["changes"]![0]!["effectiveAt"] = "2025-04-09T00:01:00.1234567-04:00");

        var result = DataSetReader.Read(file);

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Path.Contains("effectiveAt", StringComparison.Ordinal)
            && p.Message.Contains("at most six decimals", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WritersOnTwoInstancesAtOnceLeaveOneCopyOfEachNewRecord()
    {
        var database = await cluster.NewDatabaseAsync();
        var first = Start(StoreProvider.Postgres, database);
        var second = Start(StoreProvider.Postgres, database);
        await first.GetRequiredService<StoreInitializer>().InitializeAsync().WaitAsync(Patience);

        for (var round = 0; round < 5; round++)
        {
            var key = $"added-talk-{round}";
            var document = DataSetFiles.Read(DataSetFiles.With(d =>
            {
                var talk = d.Record("talks", "london-2025-06").DeepClone().AsObject();
                talk["key"] = key;
                d["talks"]!.AsArray().Add(talk);
            }));
            var writes = new[] { first, second }.Select(store => Task.Run(() => store.GetRequiredService<StoreWriter>().ApplyAsync(document, WriteMode.Upsert)));
            var reports = await Task.WhenAll(writes).WaitAsync(Patience);

            Assert.Single(reports, r => r.Written);
            await using var db = await first.NewContextAsync();
            Assert.Equal(1, await db.Talks.CountAsync(t => t.Key == key));
        }
    }

    [Fact]
    public async Task AWriteWaitsForTheWriteBeforeItLongerThanTheCommandTimeout()
    {
        var database = await cluster.NewDatabaseAsync();
        await Start(StoreProvider.Postgres, database).GetRequiredService<StoreInitializer>().InitializeAsync().WaitAsync(Patience);
        var impatient = Start(StoreProvider.Postgres, database + ";Command Timeout=3");
        await using var before = new Npgsql.NpgsqlConnection(database);
        await before.OpenAsync();
        await using var holding = await before.BeginTransactionAsync();
        await using (var take = new Npgsql.NpgsqlCommand("SELECT pg_advisory_xact_lock(7245001)", before, holding))
        {
            await take.ExecuteNonQueryAsync();
        }

        // The write before it (an import on a loaded machine) holds the store for longer than a command may take.
        var document = DataSetFiles.Read(DataSetFiles.With(d => d.Record("talks", "london-2025-06")["title"] = "London round, written after a wait"));
        var write = Task.Run(() => impatient.GetRequiredService<StoreWriter>().ApplyAsync(document, WriteMode.Upsert));
        await Task.Delay(TimeSpan.FromSeconds(8));
        await holding.CommitAsync();
        var report = await write.WaitAsync(Patience);

        Assert.True(report.Written);
        await using var db = await impatient.NewContextAsync();
        Assert.Equal("London round, written after a wait", (await db.Talks.SingleAsync(t => t.Key == "london-2025-06")).Title);
    }

    [Fact]
    public async Task TwoInstancesStartingTogetherOnAnEmptyDatabaseEndWithOneSchemaAndOneCopyOfEveryRecord()
    {
        var database = await cluster.NewDatabaseAsync();
        var first = Start(StoreProvider.Postgres, database);
        var second = Start(StoreProvider.Postgres, database);

        await Task.WhenAll(
            Task.Run(() => first.GetRequiredService<StoreInitializer>().InitializeAsync()),
            Task.Run(() => second.GetRequiredService<StoreInitializer>().InitializeAsync())).WaitAsync(Patience);

        var exported = DataSetJson.Serialize(await first.GetRequiredService<DataSetExporter>().ExportAsync());
        Assert.Equal(System.Text.Encoding.UTF8.GetString(DataSetFiles.Bundled), System.Text.Encoding.UTF8.GetString(exported));
        await using var db = await first.NewContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task ACookieProtectedByOneInstanceIsReadByAnotherOnTheSameDatabase()
    {
        var database = await cluster.NewDatabaseAsync();
        await using var first = PostgresApp(database);
        await using var second = PostgresApp(database);
        using var client = first.CreateClient();

        var overview = await client.GetStringAsync("/");
        var sealedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("signed in");
        var opened = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(sealedText);

        Assert.Contains("data-testid=\"rate-us-on-cn\"", overview, StringComparison.Ordinal);
        Assert.Equal("signed in", opened);
    }

    private static TradeTalksAppFactory PostgresApp(string connectionString) =>
        new("Development", ("Store:Provider", "Postgres"), ("ConnectionStrings:TradeTalks", connectionString));

    /// <summary>What the reading pages show for <paramref name="asOf"/>, written out so that two stores can be compared.</summary>
    private static async Task<string> FiguresAsync(IServiceProvider store, AsOf asOf)
    {
        var figures = new Dictionary<string, object?>
        {
            ["headline"] = await store.GetRequiredService<TradeTalks.Tariffs.TariffService>().GetHeadlineAsync(asOf),
            ["timeline"] = await store.GetRequiredService<TradeTalks.Tariffs.TariffService>().GetTimelineAsync(asOf),
            ["changes"] = (await store.GetRequiredService<TradeTalks.Tariffs.TariffService>().GetChangesInEffectAsync(asOf, 1, 50)).Changes,
            ["truce"] = await store.GetRequiredService<TradeTalks.Truces.TruceService>().GetStatusAsync(asOf),
            ["talks"] = await store.GetRequiredService<TradeTalks.Talks.TalkService>().GetLatestAndNextAsync(asOf),
            ["indicators"] = await store.GetRequiredService<TradeTalks.Indicators.IndicatorService>().GetOverviewAsync(asOf, 3),
            ["series"] = await store.GetRequiredService<TradeTalks.Indicators.IndicatorService>().GetSeriesAsync(asOf),
            ["items"] = (await store.GetRequiredService<TimelineService>().SearchAsync(new TimelineQuery { PageSize = 200 }, asOf)).Items,
            ["people"] = await store.GetRequiredService<TradeTalks.People.PeopleService>().GetRecordsAsync(asOf),
            ["sources"] = (await store.GetRequiredService<TradeTalks.Sources.SourceService>().GetPageAsync(asOf, 1, 25)).Items,
            ["measures"] = await store.GetRequiredService<TradeTalks.Measures.MeasureService>().GetStatusesAsync(asOf),
            ["commitments"] = await store.GetRequiredService<TradeTalks.Commitments.CommitmentService>().GetAsync(asOf),
        };
        var json = JsonSerializer.SerializeToNode(figures, Comparable)!;
        SortKeyedLists(json);
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>
    /// A record's links to other records (its sources, a talk's participants) have no order in either store; what shows
    /// them orders them itself. Lists of keyed records are compared in key order.
    /// </summary>
    private static void SortKeyedLists(System.Text.Json.Nodes.JsonNode? node)
    {
        switch (node)
        {
            case System.Text.Json.Nodes.JsonObject record:
                foreach (var (_, value) in record.ToList())
                {
                    SortKeyedLists(value);
                }

                break;
            case System.Text.Json.Nodes.JsonArray list:
                foreach (var item in list)
                {
                    SortKeyedLists(item);
                }

                if (list.Count > 1 && list.All(i => i is System.Text.Json.Nodes.JsonObject o && o["Key"] is not null))
                {
                    var sorted = list.OrderBy(i => (string?)i!["Key"], StringComparer.Ordinal).Select(i => i!.DeepClone()).ToList();
                    list.Clear();
                    foreach (var item in sorted)
                    {
                        list.Add(item);
                    }
                }

                break;
        }
    }

    /// <summary>The bundled data set in a SQLite store and a PostgreSQL store of their own, both brought up.</summary>
    private async Task<(IServiceProvider Sqlite, IServiceProvider Postgres)> StartBothAsync()
    {
        var postgres = Start(StoreProvider.Postgres, await cluster.NewDatabaseAsync());
        var sqlite = Start(StoreProvider.Sqlite, $"Data Source={_instances.FilePath}");
        await Task.WhenAll(
            postgres.GetRequiredService<StoreInitializer>().InitializeAsync(),
            sqlite.GetRequiredService<StoreInitializer>().InitializeAsync()).WaitAsync(Patience);
        return (sqlite, postgres);
    }

    private IServiceProvider Start(StoreProvider provider, string connectionString) => _instances.Start(connectionString, provider);

    public ValueTask DisposeAsync() => _instances.DisposeAsync();
}
