using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using TradeTalks.Changes;
using TradeTalks.Time;
using TradeTalks.Timeline;
using TradeTalks.Web.Changes;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Web.Feeds;

/// <summary>
/// The feed as news of the talks: the newest developments, each in words (what happened, the day, a rate from → to, a
/// deadline or an outcome, the sources as linked titles, a link to it on the dashboard), and each correction to the
/// record as an entry of its own. Titles name records by their titles, never by key; no entry names an editor.
/// </summary>
public static class AtomFeed
{
    /// <summary>How many developments, and how many corrections, the feed holds.</summary>
    public const int Size = 20;

    public static async Task<byte[]> WriteAsync(
        string site, ChangeFilter filter, TimeProvider time, TimelineService timeline, ChangesService changes, CancellationToken cancellationToken)
    {
        var query = new TimelineQuery { Kinds = filter.Kinds, Side = filter.Side, PageSize = Size };
        var items = (await timeline.SearchAsync(query, AsOf.Now(time), cancellationToken)).Items;
        var versions = await changes.VersionTimesAsync(items, cancellationToken);
        var corrections = await changes.RecentCorrectionsAsync(filter, Size, cancellationToken);
        var names = corrections.Count == 0 ? RecordNames.None : await changes.NamesAsync(cancellationToken);
        var authority = new Uri(site).Host;
        var filters = string.Join("&", filter.Kinds.Select(k => $"kind={k}").Concat(filter.Side is { } side ? [$"side={side}"] : []));
        var self = $"{site}{FeedEndpoints.AtomPath}{(filters.Length == 0 ? "" : "?" + filters)}";

        var entries = items
            .Select(i => Entry(WorldWords.Of(i), versions.TryGetValue((i.Kind, i.RecordKey), out var at) ? at : (DateTimeOffset?)null, site, authority))
            .Concat(corrections.Select(c => Entry(c, CorrectionWords.Describe(c, names), site, authority)))
            .ToList();
        var updated = entries.Count == 0 ? time.GetUtcNow() : entries.Max(e => e.LastUpdatedTime);
        foreach (var entry in entries.Where(e => e.LastUpdatedTime == default))
        {
            entry.LastUpdatedTime = updated;
        }

        var feed = new SyndicationFeed(
            "TradeTalks: the US–China trade talks",
            "Talks held, tariffs raised and cut, truce deadlines, measures, promises and statements, as the TradeTalks sources record them, " +
            "and each correction to the record.",
            new Uri(site + "/"), $"tag:{authority},2025:feed{(filters.Length == 0 ? "" : "/" + filters)}", updated)
        {
            Items = [.. entries.OrderByDescending(e => e.LastUpdatedTime).ThenByDescending(e => e.PublishDate)],
        };
        feed.Links.Add(new SyndicationLink(new Uri(self), "self", "TradeTalks", "application/atom+xml", 0));
        feed.Authors.Add(new SyndicationPerson { Name = "TradeTalks" });

        using var buffer = new MemoryStream();
        await using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return buffer.ToArray();
    }

    /// <param name="updated">When the record was last written (its version); null when the history does not hold it.</param>
    private static SyndicationItem Entry(WorldChange change, DateTimeOffset? updated, string site, string authority)
    {
        var sources = change.Sources.Select(s => s.Url is { } url && Links.IsWebAddress(url)
            ? $"<a href=\"{Html(url)}\">{Html(s.Publisher)}: {Html(s.Title)}</a>"
            : $"{Html(s.Publisher)}: {Html(s.Title)}").ToList();
        var body = new StringBuilder()
            .Append($"<p>{Html(Dates.Range(change.Day, change.LastDay))} · {Html(change.Kind.Singular())}</p>")
            .Append($"<p><strong>{Html(change.What)}</strong></p>");
        if (change.Summary is { } summary)
        {
            body.Append($"<p>{Html(summary)}</p>");
        }

        if (sources.Count > 0)
        {
            body.Append($"<p>Source{(sources.Count == 1 ? "" : "s")}: {string.Join("; ", sources)}</p>");
        }

        body.Append($"<p><a href=\"{Html(site + change.Link)}\">On the dashboard</a></p>");
        var item = new SyndicationItem(
            Title(change), new TextSyndicationContent(body.ToString(), TextSyndicationContentKind.Html), new Uri(site + change.Link),
            $"tag:{authority},2025:{change.Kind}/{change.Key}", updated ?? default)
        {
            PublishDate = Zones.UsEastern.StartOfDay(change.Day),
        };
        item.Categories.Add(new SyndicationCategory(change.Kind.Singular()));
        return item;
    }

    private static SyndicationItem Entry(Correction correction, CorrectionText text, string site, string authority)
    {
        var body = new StringBuilder($"<p>{Html(Dates.Day(text.Day))} · {Html(text.What)} · a {Html(text.Kind)}</p>");
        if (text.Lines.Count > 0)
        {
            body.Append("<ul>").Append(string.Concat(text.Lines.Select(l => $"<li>{Html(l)}</li>"))).Append("</ul>");
        }

        var changesLink = $"{site}/changes?from={AsOfLinks.Format(text.Day)}&to={AsOfLinks.Format(text.Day)}";
        body.Append($"<p><a href=\"{Html(site + text.Page)}\">On the dashboard</a> · <a href=\"{Html(changesLink)}\">What changed that day</a></p>");
        var item = new SyndicationItem(
            text.Headline, new TextSyndicationContent(body.ToString(), TextSyndicationContentKind.Html), new Uri(site + text.Page),
            $"tag:{authority},2025:correction/{correction.ChangeSetId}/{correction.Kind}/{correction.Key}", correction.At)
        {
            PublishDate = correction.At,
        };
        item.Categories.Add(new SyndicationCategory("Correction"));
        return item;
    }

    /// <summary>The title in words: what happened and, where it is short, what changed ("“Reciprocal” tariff order: US on China: 125% → 10%").</summary>
    private static string Title(WorldChange change) =>
        change.Kind is TimelineKind.TariffChange or TimelineKind.Measure or TimelineKind.TruceMilestone or TimelineKind.Commitment && change.What.Length <= 100
            ? $"{change.Title}: {change.What}"
            : change.Title;

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
