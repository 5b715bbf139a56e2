using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TradeTalks.History;
using TradeTalks.Store;
using TradeTalks.Time;
using TradeTalks.Timeline;

namespace TradeTalks.Changes;

/// <summary>
/// What changed between two dates. In the world: what the timeline, the tariff timeline, the truce calculator and the
/// measures' standing already say took effect in the span, read from those services rather than worked out again. In
/// the record: the corrections the history holds for the span.
/// </summary>
public sealed class ChangesService(
    IDbContextFactory<TradeTalksDbContext> contextFactory, TimelineService timeline, TariffService tariffs, TruceService truces, MeasureService measures)
{
    /// <summary>The most corrections one answer lists; an import can change thousands of records at once.</summary>
    public const int MaxCorrections = 500;

    /// <summary>The most timeline items one answer lists.</summary>
    public const int MaxItems = 2000;

    /// <param name="asOf">What was known then: nothing dated or recorded later shows.</param>
    public async Task<InTheWorld> InTheWorldAsync(ChangeSpan span, ChangeFilter filter, AsOf asOf, CancellationToken cancellationToken = default)
    {
        var end = span.End < asOf.Instant ? span.End : asOf.Instant;
        var items = new List<TimelineItem>();
        var query = new TimelineQuery { Kinds = filter.Kinds, Side = filter.Side, From = span.From, To = span.To, OldestFirst = true, PageSize = TimelineQuery.MaxPageSize };
        while (items.Count < MaxItems)
        {
            var page = await timeline.SearchAsync(query, asOf, cancellationToken);
            items.AddRange(page.Items);
            if (query.Page >= page.PageCount)
            {
                break;
            }

            query = query with { Page = query.Page + 1 };
        }

        var moves = new List<RateMove>();
        if (filter.Shows(TimelineKind.TariffChange))
        {
            var rates = await tariffs.GetTimelineAsync(asOf, cancellationToken);
            moves.AddRange(rates.Directions
                .Where(d => filter.Side is null || d.Imposer == filter.Side)
                .SelectMany(d => d.Steps.Where(s => s.At >= span.Start && s.At <= end)
                    .Select(s => new RateMove(d.Imposer, d.Target, s.At, s.From, s.To, [.. s.Causes.Select(c => c.Cause).Distinct()])))
                .OrderBy(m => m.At));
        }

        var deadlines = new List<DeadlineReached>();
        if (filter.Shows(TimelineKind.TruceMilestone) && filter.Side is not Side.Other)
        {
            foreach (var window in await truces.GetWindowsAsync(asOf, cancellationToken))
            {
                // A deadline is reached when, at that instant, it is the one in force: no extension signed by then had moved it.
                var candidates = window.Extensions.Select(e => (e.Name, At: e.NewDeadline, e.Summary)).Prepend((window.Name, At: window.Deadline, window.Summary));
                deadlines.AddRange(candidates
                    .Where(c => c.At >= span.Start && c.At <= end && TruceCalculator.StatusAt(window, c.At)?.Deadline == c.At)
                    .Select(c => new DeadlineReached(DeadlineKind.Truce, c.Name, c.At, null, c.Summary)));
            }
        }

        if (filter.Shows(TimelineKind.Measure))
        {
            foreach (var status in await measures.GetStatusesAsync(asOf, cancellationToken))
            {
                var measure = status.Measure;
                if (filter.Side is { } side && measure.Side != side)
                {
                    continue;
                }

                // A suspension's end is reached when that suspension is still the measure's last step at its end.
                deadlines.AddRange(measure.Changes
                    .Where(c => c.SuspendedUntil is { } until && until >= span.Start && until <= end && MeasureStatus.Of(measure, until)?.Last == c)
                    .Select(c => new DeadlineReached(DeadlineKind.SuspensionEnd, measure.Title, c.SuspendedUntil!.Value, measure.Side, c.Summary)));
            }
        }

        return new InTheWorld(items, moves, [.. deadlines.OrderBy(d => d.At)]);
    }

    /// <summary>
    /// The corrections published in the span (by the as-of instant), newest first: every record an edit, import, deletion
    /// or restore changed. The bundled data set's own loads are where the record starts, not corrections to it.
    /// </summary>
    public async Task<InTheRecord> InTheRecordAsync(ChangeSpan span, ChangeFilter filter, AsOf asOf, CancellationToken cancellationToken = default)
    {
        var end = span.End < asOf.Instant ? span.End : asOf.Instant;
        var rows = await CorrectionsAsync(span.Start, end, filter, int.MaxValue, cancellationToken);
        return new InTheRecord([.. rows.Take(MaxCorrections)], rows.Count);
    }

    /// <summary>The newest corrections, at most <paramref name="take"/>, for the feed.</summary>
    public async Task<IReadOnlyList<Correction>> RecentCorrectionsAsync(ChangeFilter filter, int take, CancellationToken cancellationToken = default) =>
        [.. (await CorrectionsAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, filter, take * 10, cancellationToken)).Take(take)];

    private async Task<List<Correction>> CorrectionsAsync(DateTimeOffset start, DateTimeOffset end, ChangeFilter filter, int read, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var sets = db.ChangeSets.Where(s => s.Origin != ChangeOrigin.Seed);
        if (start > DateTimeOffset.MinValue)
        {
            sets = sets.Where(s => s.At >= start && s.At <= end);
        }

        var versions = db.RecordVersions.AsNoTracking().Where(v => sets.Select(s => s.Id).Contains(v.ChangeSetId));
        var kinds = filter.Kinds.Count == 0 ? null : DataSetKindsOf(filter.Kinds);
        if (kinds is not null)
        {
            versions = versions.Where(v => kinds.Contains(v.Kind));
        }

        var rows = await versions.OrderByDescending(v => v.Id).Take(read)
            .Select(v => new Correction(v.ChangeSetId, v.ChangeSet.At, v.ChangeSet.Origin, v.Kind, v.Key, v.Type, v.Before, v.After))
            .ToListAsync(cancellationToken);
        if (filter.Side is { } side)
        {
            var sides = await db.People.AsNoTracking().Select(p => new { p.Key, p.Side }).ToDictionaryAsync(p => p.Key, p => p.Side, StringComparer.Ordinal, cancellationToken);
            rows = [.. rows.Where(r => Concerns(r, side, sides))];
        }

        return rows;
    }

    /// <summary>
    /// When each item's record was last written, as the history records it: the record's version. A tariff change,
    /// a measure's step, a truce's extension and a progress report are versions of the record that holds them.
    /// </summary>
    public async Task<IReadOnlyDictionary<(TimelineKind Kind, string Key), DateTimeOffset>> VersionTimesAsync(
        IReadOnlyList<TimelineItem> items, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        string[] Keys(TimelineKind kind) => [.. items.Where(i => i.Kind == kind).Select(i => i.RecordKey)];
        var owners = new Dictionary<(TimelineKind, string), (string Kind, string Key)>();
        foreach (var item in items)
        {
            owners[(item.Kind, item.RecordKey)] = (DataSetKindsOf([item.Kind])[0], item.RecordKey);
        }

        void Own(TimelineKind kind, string ownerKind, IEnumerable<(string Key, string Owner)> rows)
        {
            foreach (var (key, owner) in rows)
            {
                owners[(kind, key)] = (ownerKind, owner);
            }
        }

        // The timeline's items that are children in the data set, each written as a version of its parent.
        foreach (var (kind, child) in new[]
        {
            (TimelineKind.TariffChange, DataSets.Kinds.TariffChanges as DataSets.DataSetKind),
            (TimelineKind.Measure, DataSets.Kinds.MeasureChanges),
            (TimelineKind.TruceMilestone, DataSets.Kinds.TruceExtensions),
            (TimelineKind.Commitment, DataSets.Kinds.CommitmentProgress),
        })
        {
            Own(kind, child.Parent!.Name, await child.ParentsAsync(db, Keys(kind), cancellationToken));
        }

        var ownerKeys = owners.Values.Select(o => o.Key).Distinct().ToArray();
        var latest = (await db.RecordVersions.AsNoTracking().Where(v => ownerKeys.Contains(v.Key)).Select(v => new { v.Kind, v.Key, v.ChangeSetId }).ToListAsync(cancellationToken))
            .GroupBy(v => (v.Kind, v.Key)).ToDictionary(g => g.Key, g => g.Max(v => v.ChangeSetId));
        var setIds = latest.Values.Distinct().ToArray();
        var times = await db.ChangeSets.AsNoTracking().Where(s => setIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.At, cancellationToken);
        return owners
            .Where(o => latest.ContainsKey(o.Value))
            .ToDictionary(o => o.Key, o => times[latest[o.Value]]);
    }

    /// <summary>The names of the records a correction may point to, as they stand now.</summary>
    public async Task<RecordNames> NamesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var names = new Dictionary<(string, string), string>();
        void Add(string kind, IEnumerable<(string Key, string Name)> rows)
        {
            foreach (var (key, name) in rows)
            {
                names[(kind, key)] = name;
            }
        }

        Add(DataSets.Kinds.People.Name, (await db.People.AsNoTracking().Select(p => new { p.Key, p.Name }).ToListAsync(cancellationToken)).Select(p => (p.Key, p.Name)));
        Add(DataSets.Kinds.Sources.Name, (await db.Sources.AsNoTracking().Select(s => new { s.Key, s.Title }).ToListAsync(cancellationToken)).Select(s => (s.Key, s.Title)));
        Add(DataSets.Kinds.Talks.Name, (await db.Talks.AsNoTracking().Select(t => new { t.Key, t.Title }).ToListAsync(cancellationToken)).Select(t => (t.Key, t.Title)));
        Add(DataSets.Kinds.TariffLayers.Name, (await db.TariffLayers.AsNoTracking().Select(l => new { l.Key, l.Name }).ToListAsync(cancellationToken)).Select(l => (l.Key, l.Name)));
        Add(DataSets.Kinds.Measures.Name, (await db.Measures.AsNoTracking().Select(m => new { m.Key, m.Title }).ToListAsync(cancellationToken)).Select(m => (m.Key, m.Title)));
        return new RecordNames(names);
    }

    /// <summary>The data set's kinds whose records the timeline shows as these kinds of item.</summary>
    public static IReadOnlyList<string> DataSetKindsOf(IEnumerable<TimelineKind> kinds) =>
        [.. kinds.Select(k => k switch
        {
            TimelineKind.Talk => DataSets.Kinds.Talks.Name,
            TimelineKind.TariffChange => DataSets.Kinds.TariffLayers.Name,
            TimelineKind.TruceMilestone => DataSets.Kinds.TruceWindows.Name,
            TimelineKind.Statement => DataSets.Kinds.Statements.Name,
            TimelineKind.Claim => DataSets.Kinds.Claims.Name,
            TimelineKind.IndicatorRelease => DataSets.Kinds.IndicatorReleases.Name,
            TimelineKind.Development => DataSets.Kinds.Developments.Name,
            TimelineKind.Measure => DataSets.Kinds.Measures.Name,
            _ => DataSets.Kinds.Commitments.Name,
        }).Distinct()];

    /// <summary>
    /// Whether a record concerns a side, as the timeline decides it: a layer its imposer's, a claim its accuser's, a
    /// promise by both sides either's, a truce both's, talks their participants'. A source concerns no side.
    /// </summary>
    private static bool Concerns(Correction correction, Side side, IReadOnlyDictionary<string, Side> people)
    {
        if (JsonNode.Parse(correction.After ?? correction.Before ?? "{}") is not JsonObject entry)
        {
            return false;
        }

        bool Is(string field) => entry[field] is JsonValue v && v.TryGetValue<string>(out var text) && text == side.ToString();
        return correction.Kind switch
        {
            "tariffLayers" => Is("imposer"),
            "claims" => Is("accuser"),
            "commitments" => Is("party") || (side != Side.Other && entry["party"]?.GetValue<string>() == nameof(CommitmentParty.Both)),
            "truceWindows" => side != Side.Other,
            "talks" => entry["participants"] is JsonArray keys
                && keys.Any(k => k is JsonValue v && v.TryGetValue<string>(out var key) && people.TryGetValue(key, out var s) && s == side),
            "sources" => false,
            _ => Is("side"),
        };
    }
}
