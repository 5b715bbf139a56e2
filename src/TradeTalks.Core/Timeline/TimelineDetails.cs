using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;

namespace TradeTalks.Timeline;

/// <summary>What a page of timeline rows needs besides the row: keys, people, sources and figures.</summary>
internal sealed class TimelineDetails
{
    private readonly Dictionary<(RowOrigin, int), Detail> _details = [];

    private sealed record Detail(string Key, Side? Side, IReadOnlyList<PersonRef> People, IReadOnlyList<SourceRef> Sources, TimelineFigure? Figure);

    public static async Task<TimelineDetails> LoadAsync(TradeTalksDbContext db, IReadOnlyList<TimelineRow> rows, CancellationToken ct)
    {
        var details = new TimelineDetails();
        int[] Ids(RowOrigin origin) => [.. rows.Where(r => r.Origin == origin).Select(r => r.RecordId)];

        if (Ids(RowOrigin.Talk) is { Length: > 0 } talkIds)
        {
            var talks = db.Talks.Where(t => talkIds.Contains(t.Id));
            var participants = talks.SelectMany(t => t.Participants).Select(p => p.Id);
            foreach (var t in await talks.AsNoTracking().IncludeSources().Include(t => t.Participants.Where(p => participants.Contains(p.Id)))
                         .AsSingleQuery().ToListAsync(ct))
            {
                var people = t.Participants.OrderBy(p => p.Side).ThenBy(p => p.Name).Select(ToRef).ToList();
                details.Add(RowOrigin.Talk, t.Id, t.Key, null, people, t.Sources, new PlaceFigure(t.Place));
            }
        }

        if (Ids(RowOrigin.TariffChange) is { Length: > 0 } changeIds)
        {
            var changes = await db.TariffChanges.Where(c => changeIds.Contains(c.Id)).AsNoTracking().IncludeSources().Include(c => c.Layer)
                .AsSingleQuery().ToListAsync(ct);
            var layerIds = changes.Select(c => c.LayerId).Distinct().ToList();
            var history = await db.TariffChanges.AsNoTracking().Where(c => layerIds.Contains(c.LayerId))
                .Select(c => new { c.Id, c.LayerId, c.EffectiveAt, c.Rate }).ToListAsync(ct);
            foreach (var c in changes)
            {
                var before = history.Where(h => h.LayerId == c.LayerId && h.EffectiveAt < c.EffectiveAt).MaxBy(h => h.EffectiveAt)?.Rate ?? 0m;
                var figure = new RateFigure(c.Layer.Imposer, c.Layer.Target, before, c.Rate, c is { EndsLayer: true, ScheduledOnly: true });
                details.Add(RowOrigin.TariffChange, c.Id, c.Key, c.Layer.Imposer, [], c.Sources, figure);
            }
        }

        if (Ids(RowOrigin.TruceWindow) is { Length: > 0 } windowIds)
        {
            foreach (var w in await db.TruceWindows.Where(w => windowIds.Contains(w.Id)).AsNoTracking().IncludeSources().ToListAsync(ct))
            {
                details.Add(RowOrigin.TruceWindow, w.Id, w.Key, null, [], w.Sources, new DeadlineFigure(w.Deadline, IsNew: false));
            }
        }

        if (Ids(RowOrigin.TruceExtension) is { Length: > 0 } extensionIds)
        {
            foreach (var e in await db.TruceExtensions.Where(e => extensionIds.Contains(e.Id)).AsNoTracking().IncludeSources().ToListAsync(ct))
            {
                details.Add(RowOrigin.TruceExtension, e.Id, e.Key, null, [], e.Sources, new DeadlineFigure(e.NewDeadline, IsNew: true));
            }
        }

        if (Ids(RowOrigin.Statement) is { Length: > 0 } statementIds)
        {
            foreach (var s in await db.Statements.Where(s => statementIds.Contains(s.Id)).AsNoTracking().Include(s => s.Person).IncludeSources()
                         .AsSingleQuery().ToListAsync(ct))
            {
                details.Add(RowOrigin.Statement, s.Id, s.Key, s.Side, s.Person is null ? [] : [ToRef(s.Person)], s.Sources, null);
            }
        }

        if (Ids(RowOrigin.Claim) is { Length: > 0 } claimIds)
        {
            foreach (var c in await db.Claims.Where(c => claimIds.Contains(c.Id)).AsNoTracking().Include(c => c.Person).IncludeSources()
                         .AsSingleQuery().ToListAsync(ct))
            {
                var figure = new AccusationFigure(c.Accuser, c.Accused);
                details.Add(RowOrigin.Claim, c.Id, c.Key, c.Accuser, c.Person is null ? [] : [ToRef(c.Person)], c.Sources, figure);
            }
        }

        if (Ids(RowOrigin.IndicatorRelease) is { Length: > 0 } releaseIds)
        {
            foreach (var i in await db.IndicatorReleases.Where(i => releaseIds.Contains(i.Id)).AsNoTracking().IncludeSources().ToListAsync(ct))
            {
                details.Add(RowOrigin.IndicatorRelease, i.Id, i.Key, i.Side, [], i.Sources, new IndicatorFigure(i.Period, i.Value, i.Unit));
            }
        }

        if (Ids(RowOrigin.Development) is { Length: > 0 } developmentIds)
        {
            foreach (var d in await db.Developments.Where(d => developmentIds.Contains(d.Id)).AsNoTracking().IncludeSources().ToListAsync(ct))
            {
                details.Add(RowOrigin.Development, d.Id, d.Key, d.Side, [], d.Sources, null);
            }
        }

        if (Ids(RowOrigin.MeasureChange) is { Length: > 0 } measureChangeIds)
        {
            foreach (var c in await db.MeasureChanges.Where(c => measureChangeIds.Contains(c.Id)).AsNoTracking().Include(c => c.Measure).IncludeSources()
                         .AsSingleQuery().ToListAsync(ct))
            {
                var figure = new MeasureFigure(c.State, c.SuspendedUntil);
                details.Add(RowOrigin.MeasureChange, c.Id, c.Key, c.Measure.Side, [], c.Sources, figure);
            }
        }

        if (Ids(RowOrigin.Commitment) is { Length: > 0 } commitmentIds)
        {
            foreach (var c in await db.Commitments.Where(c => commitmentIds.Contains(c.Id)).AsNoTracking().IncludeSources().ToListAsync(ct))
            {
                details.Add(RowOrigin.Commitment, c.Id, c.Key, PartySide(c.Party), [], c.Sources, new CommitmentFigure(c.Quantity, c.Unit, c.Period, c.MadeOn));
            }
        }

        if (Ids(RowOrigin.CommitmentProgress) is { Length: > 0 } progressIds)
        {
            foreach (var p in await db.CommitmentProgress.Where(p => progressIds.Contains(p.Id)).AsNoTracking().Include(p => p.Commitment).IncludeSources()
                         .AsSingleQuery().ToListAsync(ct))
            {
                details.Add(RowOrigin.CommitmentProgress, p.Id, p.Key, PartySide(p.Commitment.Party), [], p.Sources, new ProgressFigure());
            }
        }

        return details;
    }

    private static Side? PartySide(Commitments.CommitmentParty party) => party switch
    {
        Commitments.CommitmentParty.UnitedStates => Side.UnitedStates,
        Commitments.CommitmentParty.China => Side.China,
        _ => null,
    };

    public TimelineItem ToItem(TimelineRow row)
    {
        var detail = _details.GetValueOrDefault((row.Origin, row.RecordId));
        return new TimelineItem(
            row.Kind,
            row.RecordId,
            detail?.Key ?? "",
            row.Day,
            row.LastDay is { } last && last != row.Day ? last : null,
            row.Title,
            row.Summary,
            detail?.Side,
            detail?.People ?? [],
            detail?.Sources ?? [],
            row.Detail,
            detail?.Figure);
    }

    private void Add(RowOrigin origin, int id, string key, Side? side, IReadOnlyList<PersonRef> people, IEnumerable<Source> sources, TimelineFigure? figure) =>
        _details[(origin, id)] = new Detail(
            key,
            side,
            people,
            [.. sources.OrderBy(s => s.Publisher).Select(s => new SourceRef(s.Id, s.Key, s.Publisher, s.Title, s.Url, s.PublishedOn, s.PublisherSiteOnly, s.Kind))],
            figure);

    private static PersonRef ToRef(Person p) => new(p.Id, p.Key, p.Name, p.Side);
}
