using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;
using TradeTalks.Time;

namespace TradeTalks.Timeline;

/// <summary>
/// Every dated record as one list. Filters, ordering and paging run in the database (one UNION ALL query), so
/// only the page asked for is loaded; people and sources are then loaded for that page alone.
/// </summary>
/// <param name="counts">Remembers totals between writes; a new, empty one counts again.</param>
public sealed class TimelineService(IDbContextFactory<TradeTalksDbContext> contextFactory, TimelineCountMemo counts)
{
    /// <summary>The live store's memo, or that of the past version the request is served from.</summary>
    private TimelineCountMemo Counts => Published.PublishedStore.Current?.TimelineCounts ?? counts;

    /// <param name="asOf">What was known then: nothing dated later shows.</param>
    public async Task<TimelinePage> SearchAsync(TimelineQuery query, AsOf asOf, CancellationToken cancellationToken = default)
    {
        var until = asOf.Day;
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, TimelineQuery.MaxPageSize);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        var to = query.To is { } chosen && chosen < until ? chosen : until;
        var rows = Filter(Rows(db, query), query, to, db.IsPostgres());
        var total = await rows.CountAsync(cancellationToken);
        var lastPage = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Min(page, lastPage);
        var ordered = query.OldestFirst
            ? rows.OrderBy(r => r.Day).ThenBy(r => r.Origin).ThenBy(r => r.RecordId)
            : rows.OrderByDescending(r => r.Day).ThenByDescending(r => r.Origin).ThenByDescending(r => r.RecordId);
        var pageRows = await ordered.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);

        var details = await TimelineDetails.LoadAsync(db, pageRows, cancellationToken);
        // A round's outcome is known from its last day, not its first.
        var items = pageRows
            .Select(details.ToItem)
            .Select(i => i.Kind == TimelineKind.Talk && i.LastDay > until ? i with { Detail = null } : i)
            .Select(i => i with { Sources = Sources.SourceCut.Apply(asOf, i.Sources, s => s.PublishedOn) })
            .ToList();
        return new TimelinePage(items, total, page, pageSize);
    }

    /// <summary>
    /// A page of the timeline by keyset: the items that come right after (or, with <paramref name="before"/>, right before)
    /// <paramref name="cursor"/> in the chosen order; without a cursor the first page, or the last with
    /// <paramref name="last"/>. Each table is read from its index for just the rows the page needs, so any page of any
    /// length of timeline costs about the same; the total is one count.
    /// </summary>
    public async Task<TimelineKeysetPage> BrowseAsync(
        TimelineQuery query, TimelineCursor? cursor, bool before, bool last, AsOf asOf, CancellationToken cancellationToken = default)
    {
        var until = asOf.Day;
        var pageSize = Math.Clamp(query.PageSize, 1, TimelineQuery.MaxPageSize);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var to = query.To is { } chosen && chosen < until ? chosen : until;
        var branches = Branches(db, query).Select(b => Filter(b, query, to, db.IsPostgres())).ToList();
        var countKey = TimelineCountMemo.Key(query, to);
        int total;
        if (!Counts.TryGet(countKey, out total))
        {
            var writes = Counts.Writes;
            total = branches.Count == 0 ? 0 : await branches.Aggregate((a, b) => a.Concat(b)).CountAsync(cancellationToken);
            Counts.Remember(countKey, total, writes);
        }


        // In the order shown, "after the cursor" is older when newest come first. Reading backwards (before the cursor, or
        // the last page) flips the order, then the page is put back the right way round.
        var backwards = before || (last && cursor is null);
        var descending = !query.OldestFirst ^ backwards;
        var rows = new List<TimelineRow>();
        foreach (var branch in branches)
        {
            var page = branch;
            if (cursor is { } c)
            {
                page = descending
                    ? page.Where(r => r.Day < c.Day || (r.Day == c.Day && (r.Origin < c.Origin || (r.Origin == c.Origin && r.RecordId < c.RecordId))))
                    : page.Where(r => r.Day > c.Day || (r.Day == c.Day && (r.Origin > c.Origin || (r.Origin == c.Origin && r.RecordId > c.RecordId))));
            }

            page = descending
                ? page.OrderByDescending(r => r.Day).ThenByDescending(r => r.RecordId)
                : page.OrderBy(r => r.Day).ThenBy(r => r.RecordId);
            rows.AddRange(await page.Take(pageSize + 1).ToListAsync(cancellationToken));
        }

        var ordered = descending
            ? rows.OrderByDescending(r => r.Day).ThenByDescending(r => r.Origin).ThenByDescending(r => r.RecordId)
            : rows.OrderBy(r => r.Day).ThenBy(r => r.Origin).ThenBy(r => r.RecordId);
        var taken = ordered.Take(pageSize + 1).ToList();
        var more = taken.Count > pageSize;
        var pageRows = taken.Take(pageSize).ToList();
        if (backwards)
        {
            pageRows.Reverse();
        }

        var details = await TimelineDetails.LoadAsync(db, pageRows, cancellationToken);
        var items = pageRows
            .Select(details.ToItem)
            .Select(i => i.Kind == TimelineKind.Talk && i.LastDay > until ? i with { Detail = null } : i)
            .Select(i => i with { Sources = Sources.SourceCut.Apply(asOf, i.Sources, s => s.PublishedOn) })
            .ToList();
        var first = pageRows.Count > 0 ? TimelineCursor.Of(pageRows[0]) : (TimelineCursor?)null;
        var end = pageRows.Count > 0 ? TimelineCursor.Of(pageRows[^1]) : (TimelineCursor?)null;
        return new TimelineKeysetPage(items, total, pageSize)
        {
            // Forwards, "more" means a next page; a previous one exists when we started from a cursor. Backwards, the reverse.
            Previous = (backwards ? more : cursor is not null) ? first : null,
            Next = (backwards ? cursor is not null : more) ? end : null,
        };
    }

    /// <param name="postgres">
    /// Text search ignores case on both stores: SQLite's LIKE does for ASCII letters; on PostgreSQL that is ILIKE (which,
    /// under the "C" collation the store uses, also folds ASCII only).
    /// </param>
    private static IQueryable<TimelineRow> Filter(IQueryable<TimelineRow> rows, TimelineQuery query, DateOnly to, bool postgres)
    {
        if (query.From is { } from)
        {
            rows = rows.Where(r => r.Day >= from);
        }

        rows = rows.Where(r => r.Day <= to);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var pattern = "%" + EscapeLike(query.Text.Trim()) + "%";
            rows = postgres
                ? rows.Where(r => EF.Functions.ILike(r.Title, pattern, "\\")
                    || EF.Functions.ILike(r.Summary, pattern, "\\")
                    || (r.Detail != null && EF.Functions.ILike(r.Detail, pattern, "\\")))
                : rows.Where(r => EF.Functions.Like(r.Title, pattern, "\\")
                    || EF.Functions.Like(r.Summary, pattern, "\\")
                    || (r.Detail != null && EF.Functions.Like(r.Detail, pattern, "\\")));
        }

        return rows;
    }

    private static IQueryable<TimelineRow> Rows(TradeTalksDbContext db, TimelineQuery query)
    {
        IQueryable<TimelineRow>? rows = null;
        foreach (var branch in Branches(db, query))
        {
            rows = rows is null ? branch : rows.Concat(branch);
        }

        return rows ?? db.Talks.Where(t => false).Select(t => new TimelineRow
        {
            Kind = TimelineKind.Talk, Origin = RowOrigin.Talk, RecordId = t.Id, Day = t.FirstDay, LastDay = t.LastDay,
            Title = t.Title, Summary = t.Summary, Detail = null
        });
    }

    /// <summary>One query per table the timeline reads, with the kind, side and person filters applied.</summary>
    private static List<IQueryable<TimelineRow>> Branches(TradeTalksDbContext db, TimelineQuery query)
    {
        var kinds = query.Kinds.Count == 0 ? Enum.GetValues<TimelineKind>() : [.. query.Kinds];
        var side = query.Side;
        var person = query.PersonId;
        var rows = new List<IQueryable<TimelineRow>>();

        void Add(TimelineKind kind, IQueryable<TimelineRow> branch)
        {
            if (kinds.Contains(kind))
            {
                rows.Add(branch);
            }
        }

        var talks = db.Talks.AsQueryable();
        if (side is { } talkSide) talks = talks.Where(t => t.Participants.Any(p => p.Side == talkSide));
        if (person is { } talkPerson) talks = talks.Where(t => t.Participants.Any(p => p.Id == talkPerson));
        Add(TimelineKind.Talk, talks.Select(t => new TimelineRow
        {
            Kind = TimelineKind.Talk, Origin = RowOrigin.Talk, RecordId = t.Id, Day = t.FirstDay, LastDay = t.LastDay,
            Title = t.Title, Summary = t.Summary, Detail = t.Outcome,
        }));

        var changes = db.TariffChanges.AsQueryable();
        if (side is { } changeSide) changes = changes.Where(c => c.Layer.Imposer == changeSide);
        if (person is not null) changes = changes.Where(c => false);
        Add(TimelineKind.TariffChange, changes.Select(c => new TimelineRow
        {
            Kind = TimelineKind.TariffChange, Origin = RowOrigin.TariffChange, RecordId = c.Id, Day = c.EffectiveOn, LastDay = null,
            Title = c.Layer.Name, Summary = c.Cause, Detail = c.Layer.Products,
        }));

        // A truce binds both sides: it shows under either side, never under "other" or a person.
        var truceVisible = person is null && side is not TradeTalks.Side.Other;
        var windows = db.TruceWindows.Where(w => truceVisible);
        Add(TimelineKind.TruceMilestone, windows.Select(w => new TimelineRow
        {
            Kind = TimelineKind.TruceMilestone, Origin = RowOrigin.TruceWindow, RecordId = w.Id, Day = w.AnnouncedOn, LastDay = null,
            Title = w.Name + " agreed", Summary = w.Summary, Detail = null,
        }));
        var extensions = db.TruceExtensions.Where(e => truceVisible);
        Add(TimelineKind.TruceMilestone, extensions.Select(e => new TimelineRow
        {
            Kind = TimelineKind.TruceMilestone, Origin = RowOrigin.TruceExtension, RecordId = e.Id, Day = e.SignedOn, LastDay = null,
            Title = e.Name, Summary = e.Summary, Detail = e.Note,
        }));

        var statements = db.Statements.AsQueryable();
        if (side is { } statementSide) statements = statements.Where(s => s.Side == statementSide);
        if (person is { } speaker) statements = statements.Where(s => s.PersonId == speaker);
        Add(TimelineKind.Statement, statements.Select(s => new TimelineRow
        {
            Kind = TimelineKind.Statement, Origin = RowOrigin.Statement, RecordId = s.Id, Day = s.SaidOn, LastDay = null,
            Title = s.Speaker, Summary = s.Context, Detail = s.Words,
        }));

        var claims = db.Claims.AsQueryable();
        if (side is { } accuser) claims = claims.Where(c => c.Accuser == accuser);
        if (person is { } claimant) claims = claims.Where(c => c.PersonId == claimant);
        Add(TimelineKind.Claim, claims.Select(c => new TimelineRow
        {
            Kind = TimelineKind.Claim, Origin = RowOrigin.Claim, RecordId = c.Id, Day = c.ReportedOn, LastDay = null,
            Title = c.Commitment, Summary = c.Summary, Detail = null,
        }));

        var releases = db.IndicatorReleases.Where(i => i.ReleasedOn != null);
        if (side is { } region) releases = releases.Where(i => i.Side == region);
        if (person is not null) releases = releases.Where(i => false);
        Add(TimelineKind.IndicatorRelease, releases.Select(i => new TimelineRow
        {
            Kind = TimelineKind.IndicatorRelease, Origin = RowOrigin.IndicatorRelease, RecordId = i.Id, Day = i.ReleasedOn!.Value, LastDay = null,
            Title = i.Indicator, Summary = i.Region, Detail = i.Note,
        }));

        var developments = db.Developments.AsQueryable();
        if (side is { } developmentSide) developments = developments.Where(d => d.Side == developmentSide);
        if (person is not null) developments = developments.Where(d => false);
        Add(TimelineKind.Development, developments.Select(d => new TimelineRow
        {
            Kind = TimelineKind.Development, Origin = RowOrigin.Development, RecordId = d.Id, Day = d.On, LastDay = null,
            Title = d.Title, Summary = d.Summary, Detail = d.Note,
        }));

        var measureChanges = db.MeasureChanges.AsQueryable();
        if (side is { } measureSide) measureChanges = measureChanges.Where(c => c.Measure.Side == measureSide);
        if (person is not null) measureChanges = measureChanges.Where(c => false);
        Add(TimelineKind.Measure, measureChanges.Select(c => new TimelineRow
        {
            Kind = TimelineKind.Measure, Origin = RowOrigin.MeasureChange, RecordId = c.Id, Day = c.On, LastDay = null,
            Title = c.Measure.Title, Summary = c.Summary, Detail = c.Note,
        }));

        // A promise made by both sides shows under either side, never under "other" or a person; it counts from the
        // day it was first reported.
        var commitments = db.Commitments.Where(c => person == null);
        if (side is { } party)
        {
            commitments = party switch
            {
                TradeTalks.Side.UnitedStates => commitments.Where(c => c.Party == CommitmentParty.UnitedStates || c.Party == CommitmentParty.Both),
                TradeTalks.Side.China => commitments.Where(c => c.Party == CommitmentParty.China || c.Party == CommitmentParty.Both),
                _ => commitments.Where(c => false),
            };
        }

        Add(TimelineKind.Commitment, commitments.Select(c => new TimelineRow
        {
            Kind = TimelineKind.Commitment, Origin = RowOrigin.Commitment, RecordId = c.Id, Day = c.ReportedOn ?? c.MadeOn, LastDay = null,
            Title = c.Title, Summary = c.Summary, Detail = c.Note,
        }));
        var progress = db.CommitmentProgress.Where(p => person == null);
        if (side is { } progressParty)
        {
            progress = progressParty switch
            {
                TradeTalks.Side.UnitedStates => progress.Where(p => p.Commitment.Party == CommitmentParty.UnitedStates || p.Commitment.Party == CommitmentParty.Both),
                TradeTalks.Side.China => progress.Where(p => p.Commitment.Party == CommitmentParty.China || p.Commitment.Party == CommitmentParty.Both),
                _ => progress.Where(p => false),
            };
        }

        Add(TimelineKind.Commitment, progress.Select(p => new TimelineRow
        {
            Kind = TimelineKind.Commitment, Origin = RowOrigin.CommitmentProgress, RecordId = p.Id, Day = p.On, LastDay = null,
            Title = p.Commitment.Title, Summary = p.Summary, Detail = null,
        }));

        return rows;
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}

/// <summary>Which table a timeline row comes from (the truce milestones come from two); part of the timeline's order.</summary>
public enum RowOrigin
{
    Talk,
    TariffChange,
    TruceWindow,
    TruceExtension,
    Statement,
    Claim,
    IndicatorRelease,
    Development,
    MeasureChange,
    Commitment,
    CommitmentProgress,
}

/// <summary>The shape every table is projected to for the timeline's single query.</summary>
internal sealed class TimelineRow
{
    public TimelineKind Kind { get; init; }

    public RowOrigin Origin { get; init; }

    public int RecordId { get; init; }

    public DateOnly Day { get; init; }

    public DateOnly? LastDay { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public string? Detail { get; init; }
}
