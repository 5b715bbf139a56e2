using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TradeTalks.FrontPage;
using TradeTalks.Indicators;
using TradeTalks.Store;
using TradeTalks.Talks;
using TradeTalks.Tariffs;
using TradeTalks.Tests.Support;
using TradeTalks.Time;
using TradeTalks.Truces;

namespace TradeTalks.Tests.FrontPage;

/// <summary>
/// The overview's remembered figures are exactly what reading the store again would give, for every instant they are
/// used for, and are forgotten on a write, at the next turn and after a minute.
/// </summary>
public sealed class OverviewMemoTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 29, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RememberedFiguresForNowEqualFreshOnesAroundEveryRecordedInstantAndTheMidnightsOfEveryRecordedDay()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var db = await database.Factory.CreateDbContextAsync();
        // Every instant and day the overview's records carry, whether or not the memo's turns name it: a figure that
        // turned at one of them without the memo knowing would be served stale just after it.
        var instants = (await db.TariffChanges.Select(c => c.EffectiveAt).ToListAsync())
            .Concat(await db.TruceWindows.Select(w => w.StartsAt).ToListAsync())
            .Concat(await db.TruceWindows.Select(w => w.Deadline).ToListAsync())
            .Concat(await db.TruceExtensions.Select(e => e.SignedAt).ToListAsync())
            .Concat(await db.TruceExtensions.Select(e => e.NewDeadline).ToListAsync())
            .Concat(await db.MeasureChanges.Select(c => c.At).ToListAsync())
            .Concat(await db.ChangeSets.Select(c => c.At).ToListAsync())
            .ToList();
        var days = (await db.Talks.Select(t => t.FirstDay).ToListAsync())
            .Concat(await db.Talks.Select(t => t.LastDay).ToListAsync())
            .Concat((await db.IndicatorReleases.Select(r => r.ReleasedOn).ToListAsync()).OfType<DateOnly>())
            .Concat((await db.Sources.Select(x => x.PublishedOn).ToListAsync()).OfType<DateOnly>())
            .Concat(await db.TruceWindows.Select(w => w.AnnouncedOn).ToListAsync())
            .Concat(instants.Select(Zones.UsEastern.DayOf));
        var asked = instants.Concat(days.SelectMany(day => new[] { Zones.UsEastern.StartOfDay(day), Zones.UsEastern.StartOfDay(day.AddDays(1)) }))
            .SelectMany(turn => new[] { turn.AddTicks(-1), turn, turn.AddTicks(1), turn.AddHours(6) })
            .Where(at => at.Year >= 2018)
            .Distinct().Order().ToList();
        // The memo's clock stands still, so nothing expires: whatever it answers from memory, it answers across instants.
        var memoized = Service(database, new OverviewMemo(new FakeTimeProvider(asked[0])));

        // In time's order, as readers ask; each answer must be the one the store gives at that instant.
        OverviewFigures? previous = null;
        var fromMemory = 0;
        foreach (var at in asked)
        {
            var asOf = new AsOf(at, null);
            var figures = await memoized.GetAsync(asOf);
            Assert.Equal(Describe(await Fresh(database).GetAsync(asOf), at), Describe(figures, at));
            fromMemory += ReferenceEquals(previous, figures) ? 1 : 0;
            previous = figures;
        }

        Assert.True(asked.Count > 200, $"{asked.Count} instants asked");
        Assert.True(fromMemory > asked.Count / 4, $"{fromMemory} of {asked.Count} answers came from memory");
    }

    [Fact]
    public async Task RememberedFiguresForADateEqualFreshOnesWhateverTheOrderOfAsking()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var memoized = Service(database, new OverviewMemo(database.Time));
        var days = Enumerable.Range(0, 45).Select(i => new DateOnly(2025, 1, 1).AddDays(i * 17)).ToList();

        foreach (var day in days.Concat(Enumerable.Reverse(days)))
        {
            var asOf = AsOf.EndOf(day);
            Assert.Equal(Describe(await Fresh(database).GetAsync(asOf), asOf.Instant), Describe(await memoized.GetAsync(asOf), asOf.Instant));
        }
    }

    [Fact]
    public async Task TheNextTurnIsTheNextTariffChangeOrTheNextUsEasternMidnightWhicheverComesFirst()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var service = Fresh(database);
        await using var db = await database.Factory.CreateDbContextAsync();
        var change = (await db.TariffChanges.Select(c => c.EffectiveAt).ToListAsync()).Max();

        // An hour before the latest change on record: that change, unless midnight comes first.
        var before = change.AddHours(-1);
        var midnight = Zones.UsEastern.StartOfDay(Zones.UsEastern.DayOf(before).AddDays(1));
        Assert.Equal(change < midnight ? change : midnight, (await service.LoadAsync(new AsOf(before, null))).Until);

        // After it, nothing is on record: the next midnight in US Eastern time.
        var after = change.AddHours(1);
        Assert.Equal(Zones.UsEastern.StartOfDay(Zones.UsEastern.DayOf(after).AddDays(1)), (await service.LoadAsync(new AsOf(after, null))).Until);

        // Figures for a date hold until the next write.
        Assert.Null((await service.LoadAsync(AsOf.EndOf(Zones.UsEastern.DayOf(before)))).Until);
    }

    [Fact]
    public async Task FiguresAreReadAgainAfterAWrite()
    {
        var memo = new OverviewMemo(new FakeTimeProvider(Noon));
        var loads = new Loads(until: null);

        await memo.GetAsync(null, Noon, loads.Next, CancellationToken.None);
        await memo.GetAsync(null, Noon, loads.Next, CancellationToken.None);
        await memo.StoreWrittenAsync();
        await memo.GetAsync(null, Noon, loads.Next, CancellationToken.None);

        Assert.Equal(2, loads.Count);
    }

    [Fact]
    public async Task FiguresForNowAreReadAgainAtTheirNextTurnButNotBefore()
    {
        var memo = new OverviewMemo(new FakeTimeProvider(Noon));
        var loads = new Loads(until: Noon.AddMinutes(5));

        await memo.GetAsync(null, Noon, loads.Next, CancellationToken.None);
        await memo.GetAsync(null, Noon.AddMinutes(5).AddTicks(-1), loads.Next, CancellationToken.None);
        Assert.Equal(1, loads.Count);

        loads.Until = Noon.AddMinutes(10);
        await memo.GetAsync(null, Noon.AddMinutes(5), loads.Next, CancellationToken.None);
        Assert.Equal(2, loads.Count);

        // Nor for an instant before the one they were read for: a turn may lie between.
        await memo.GetAsync(null, Noon.AddTicks(-1), loads.Next, CancellationToken.None);
        Assert.Equal(3, loads.Count);
    }

    [Fact]
    public async Task ARequestIsNotGivenTheFiguresOfALoadUnderWayThatDoesNotCoverItsInstant()
    {
        var memo = new OverviewMemo(new FakeTimeProvider(Noon));
        var gate = new TaskCompletionSource();
        var noon = new Loads(until: Noon.AddMinutes(5), gate.Task);
        var others = new Loads(until: null);

        var first = memo.GetAsync(null, Noon, noon.Next, CancellationToken.None);
        // Earlier than the load under way (a turn may lie between), and at its turn.
        var earlier = memo.GetAsync(null, Noon.AddTicks(-1), others.Next, CancellationToken.None);
        var atTurn = memo.GetAsync(null, Noon.AddMinutes(5), others.Next, CancellationToken.None);
        gate.SetResult();
        await Task.WhenAll(first, earlier, atTurn);

        Assert.Equal(1, noon.Count);
        Assert.NotSame(await first, await earlier);
        Assert.NotSame(await first, await atTurn);
        Assert.InRange(others.Count, 1, 2);
    }

    [Fact]
    public async Task ARequestAfterAWriteDoesNotJoinALoadThatBeganBeforeIt()
    {
        var memo = new OverviewMemo(new FakeTimeProvider(Noon));
        var gate = new TaskCompletionSource();
        var loads = new Loads(until: null, gate.Task);

        var before = memo.GetAsync(null, Noon, loads.Next, CancellationToken.None);
        await memo.StoreWrittenAsync();
        var after = memo.GetAsync(null, Noon, loads.Next, CancellationToken.None);
        gate.SetResult();
        await Task.WhenAll(before, after);

        Assert.Equal(2, loads.Count);
    }

    [Fact]
    public async Task FiguresForADateAreGivenOnlyForTheInstantTheyWereReadFor()
    {
        var memo = new OverviewMemo(new FakeTimeProvider(Noon));
        var loads = new Loads(until: null);
        var day = new DateOnly(2025, 6, 10);
        var endOfDay = Zones.UsEastern.EndOfDay(day);

        await memo.GetAsync(day, endOfDay, loads.Next, CancellationToken.None);
        await memo.GetAsync(day, endOfDay, loads.Next, CancellationToken.None);
        Assert.Equal(1, loads.Count);

        // An instant earlier that day may come before one of its changes.
        await memo.GetAsync(day, endOfDay.AddHours(-12), loads.Next, CancellationToken.None);
        Assert.Equal(2, loads.Count);
    }

    [Fact]
    public async Task FiguresAreKeptAMinuteAtMostSoThatAnotherInstancesWritesShow()
    {
        var clock = new FakeTimeProvider(Noon);
        var memo = new OverviewMemo(clock);
        var loads = new Loads(until: null);

        await memo.GetAsync(new DateOnly(2025, 6, 10), Noon, loads.Next, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(59));
        await memo.GetAsync(new DateOnly(2025, 6, 10), Noon, loads.Next, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(2));
        await memo.GetAsync(new DateOnly(2025, 6, 10), Noon, loads.Next, CancellationToken.None);

        Assert.Equal(2, loads.Count);
    }

    [Fact]
    public async Task EachDateIsRememberedApartFromNowAndFromOtherDates()
    {
        var memo = new OverviewMemo(new FakeTimeProvider(Noon));
        var loads = new Loads(until: null);

        var now = await memo.GetAsync(null, Noon, loads.Next, CancellationToken.None);
        var june = await memo.GetAsync(new DateOnly(2025, 6, 10), Noon, loads.Next, CancellationToken.None);
        var may = await memo.GetAsync(new DateOnly(2025, 5, 12), Noon, loads.Next, CancellationToken.None);

        Assert.Equal(3, loads.Count);
        Assert.Same(june, await memo.GetAsync(new DateOnly(2025, 6, 10), Noon, loads.Next, CancellationToken.None));
        Assert.Same(now, await memo.GetAsync(null, Noon, loads.Next, CancellationToken.None));
        Assert.NotSame(may, june);
    }

    [Fact]
    public async Task RequestsThatMissTogetherShareOneLoad()
    {
        var memo = new OverviewMemo(new FakeTimeProvider(Noon));
        var gate = new TaskCompletionSource();
        var loads = new Loads(until: null, gate.Task);

        var waiting = Enumerable.Range(0, 8).Select(_ => memo.GetAsync(null, Noon, loads.Next, CancellationToken.None)).ToList();
        gate.SetResult();
        var answers = await Task.WhenAll(waiting);

        Assert.Equal(1, loads.Count);
        Assert.All(answers, answer => Assert.Same(answers[0], answer));
    }

    [Fact]
    public async Task ALoadOvertakenByAWriteAnswersItsRequestsButIsNotKept()
    {
        var memo = new OverviewMemo(new FakeTimeProvider(Noon));
        var gate = new TaskCompletionSource();
        var loads = new Loads(until: null, gate.Task);

        var first = memo.GetAsync(null, Noon, loads.Next, CancellationToken.None);
        await memo.StoreWrittenAsync();
        gate.SetResult();
        await first;
        await memo.GetAsync(null, Noon, loads.Next, CancellationToken.None);

        Assert.Equal(2, loads.Count);
    }

    [Fact]
    public async Task AFailedLoadReachesItsRequestsAndIsNotKept()
    {
        var memo = new OverviewMemo(new FakeTimeProvider(Noon));
        var loads = new Loads(until: null) { Fail = true };

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => memo.GetAsync(null, Noon, loads.Next, CancellationToken.None));
        Assert.Equal("the store is down", failure.Message);

        loads.Fail = false;
        await memo.GetAsync(null, Noon, loads.Next, CancellationToken.None);
        Assert.Equal(2, loads.Count);
    }

    [Fact]
    public async Task ARequestGivingUpDoesNotCancelTheLoadOthersWaitFor()
    {
        var memo = new OverviewMemo(new FakeTimeProvider(Noon));
        var gate = new TaskCompletionSource();
        var loads = new Loads(until: null, gate.Task);
        using var cancel = new CancellationTokenSource();

        var leaving = memo.GetAsync(null, Noon, loads.Next, cancel.Token);
        var staying = memo.GetAsync(null, Noon, loads.Next, CancellationToken.None);
        await cancel.CancelAsync();
        gate.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);
        Assert.NotNull(await staying);
        Assert.Equal(1, loads.Count);
    }

    /// <summary>An overview that remembers nothing yet (its memos are new): asked once, it reads the store.</summary>
    private static OverviewService Fresh(TestDatabase database) => Service(database, new OverviewMemo(database.Time));

    private static OverviewService Service(TestDatabase database, OverviewMemo memo)
    {
        var factory = database.Factory;
        return new(new TariffService(factory, new NamedGoodsMemo(database.Time)), new TruceService(factory), new TalkService(factory),
            new IndicatorService(factory), new FreshnessService(factory), memo);
    }

    /// <summary>Everything the overview shows, as text, worked out at the instant as the page does.</summary>
    private static string Describe(OverviewFigures figures, DateTimeOffset at)
    {
        var timeline = figures.Headline.Timeline;
        var truce = figures.TruceAt(at);
        return string.Join("\n",
            $"rates {timeline.UsOnChina.RateAt(at)} {timeline.ChinaOnUs.RateAt(at)}",
            $"in effect {string.Join(",", timeline.ChangesInEffect.Select(c => c.Change.Key))}",
            $"all {string.Join(",", timeline.Changes.Select(c => c.Change.Key))}",
            $"named {string.Join(";", figures.Headline.NamedGoods.OrderBy(n => n.Key).Select(n => $"{n.Key}:{n.Value.InForce}:{string.Join(",", n.Value.Authorities)}:{n.Value.LatestChangeAt:O}"))}",
            $"truce {truce?.Window.Key} {truce?.State} {truce?.Deadline:O} {truce?.TimeLeft} {truce?.CurrentTerm.Name} {truce?.Items.Count} {truce?.DataMayBeStale}",
            $"talks {figures.LatestTalk?.Key} {figures.NextTalk?.Key} {string.Join(",", figures.LatestTalk?.Participants.Select(p => p.Key) ?? [])}",
            $"indicators {string.Join(",", figures.Indicators.Select(r => r.Key))} {figures.AverageUsOnChina?.Key} {figures.AverageChinaOnUs?.Key}",
            $"freshness {figures.Freshness.AsOfDay} {figures.Freshness.NewestSource?.Key}");
    }

    /// <summary>A stand-in for reading the store: counts its loads, and can wait for a gate or fail.</summary>
    private sealed class Loads(DateTimeOffset? until, Task? gate = null)
    {
        private int _count;

        /// <summary>Up to when what the next load reads holds.</summary>
        public DateTimeOffset? Until { get; set; } = until;

        public int Count => _count;

        public bool Fail { get; set; }

        public async Task<OverviewMemo.Loaded> Next()
        {
            Interlocked.Increment(ref _count);
            if (gate is not null)
            {
                await gate;
            }

            return Fail
                ? throw new InvalidOperationException("the store is down")
                : new OverviewMemo.Loaded(
                    new OverviewFigures(new TariffHeadline(TariffTimeline.From([]), new Dictionary<Side, NamedGoodsDuties>(), null), null, null, null, [], null, null, new Freshness(null, null, null)),
                    Until);
        }
    }
}
