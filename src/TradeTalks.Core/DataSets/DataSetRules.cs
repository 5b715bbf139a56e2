using System.Globalization;
using TradeTalks.Time;

namespace TradeTalks.DataSets;

/// <summary>
/// The rules between records that a schema cannot state: keys are unique, references lead somewhere, a layer's changes
/// run forward in time, a truce's extensions follow it. Import and the editor both check them here.
/// </summary>
public static class DataSetRules
{
    /// <param name="partOfStore">
    /// The document is part of the store (what a write changed, with what it must fit): a reference to a record it does
    /// not hold leads to one stored outside it. The store's keys keep those, and the data set written was checked whole.
    /// </param>
    public static IReadOnlyList<DataSetProblem> Check(DataSetDocument document, RecordPaths? paths = null, bool partOfStore = false)
    {
        var check = new Checker(document, paths ?? new RecordPaths(), partOfStore);
        check.Run();
        return check.Problems;
    }

    /// <summary>00:01 US Eastern on the day: when a change whose instant is not given takes effect.</summary>
    public static DateTimeOffset DefaultEffectiveAt(DateOnly effectiveOn) => Zones.UsEasternOneMinutePastMidnight(effectiveOn);

    /// <summary>The start of the signing day in US Eastern: when an extension whose instant is not given counts as known.</summary>
    public static DateTimeOffset DefaultSignedAt(DateOnly signedOn) => Zones.UsEastern.StartOfDay(signedOn);

    private sealed class Checker(DataSetDocument document, RecordPaths paths, bool partOfStore)
    {
        private readonly HashSet<string> _sources = Keys(document.Sources);
        private readonly HashSet<string> _people = Keys(document.People);

        // Once for every truce window's items: per window, they were the file's layers and measures over again.
        private readonly HashSet<string> _layers = Keys(document.TariffLayers);
        private readonly HashSet<string> _measures = Keys(document.Measures);
        private readonly Dictionary<string, Side> _imposers = FirstByKey(document.TariffLayers, l => l.Imposer);
        private readonly Dictionary<string, Side> _measureSides = FirstByKey(document.Measures, m => m.Side);

        public List<DataSetProblem> Problems { get; } = [];

        public void Run()
        {
            foreach (var kind in Kinds.All)
            {
                Unique(kind, Located(kind));
            }

            foreach (var (entry, path) in Kinds.All.SelectMany(Located).Where(e => e.Entry is ISourcedEntry))
            {
                References(((ISourcedEntry)entry).Sources, JsonPath.Property(path, "sources"), _sources, "source", "sources");
            }

            foreach (var (source, path) in Located(Kinds.Sources))
            {
                CheckCitable(source, path);
            }

            foreach (var (talk, path) in Located(Kinds.Talks))
            {
                References(talk.Participants, JsonPath.Property(path, "participants"), _people, "person", "people");
                if (talk.LastDay < talk.FirstDay)
                {
                    Add(JsonPath.Property(path, "lastDay"), $"{Day(talk.LastDay)} is before the first day, {Day(talk.FirstDay)}. Expected the last day on or after the first.");
                }
            }

            foreach (var (layer, path) in Located(Kinds.TariffLayers))
            {
                CheckLayer(layer, path);
            }

            foreach (var (window, path) in Located(Kinds.TruceWindows))
            {
                CheckWindow(window, path);
            }

            foreach (var (measure, path) in Located(Kinds.Measures))
            {
                CheckMeasure(measure, path);
            }

            var talks = Keys(document.Talks);
            foreach (var (commitment, path) in Located(Kinds.Commitments))
            {
                Reference(commitment.Talk, JsonPath.Property(path, "talk"), talks, "talk", "talks");
                if (commitment.ReportedOn < commitment.MadeOn)
                {
                    Add(JsonPath.Property(path, "reportedOn"), $"{Day(commitment.ReportedOn.Value)} is before the day it was made, {Day(commitment.MadeOn)}. Expected a report on or after that day, or no reportedOn.");
                }

                for (var i = 0; i < commitment.Progress.Count; i++)
                {
                    if (commitment.Progress[i].On < commitment.MadeOn)
                    {
                        Add(JsonPath.Property(JsonPath.Index(JsonPath.Property(path, "progress"), i), "on"),
                            $"{Day(commitment.Progress[i].On)} is before the promise was made ({Day(commitment.MadeOn)}). Expected progress on or after that day.");
                    }
                }

                if ((commitment.Quantity is null) != (commitment.Unit is null))
                {
                    Add(JsonPath.Property(path, commitment.Unit is null ? "unit" : "quantity"), "a quantity needs its unit and a unit its quantity. Expected both or neither.");
                }
            }

            foreach (var (release, path) in Located(Kinds.IndicatorReleases))
            {
                if (release.Series is { } series && !Indicators.QuotedSeries.All.Contains(series))
                {
                    Add(JsonPath.Property(path, "series"), $"\"{series}\" is not a series the dashboard quotes. Expected one of: {string.Join(", ", Indicators.QuotedSeries.All)}, or no series.");
                }
            }

            foreach (var (statement, path) in Located(Kinds.Statements))
            {
                Reference(statement.Person, JsonPath.Property(path, "person"), _people, "person", "people");
                if ((statement.Person is null) == (statement.Speaker is null))
                {
                    Add(path, "a statement names who spoke once: give \"person\" (the key of a person) or \"speaker\" (an organisation), not both and not neither.");
                }
            }

            foreach (var (claim, path) in Located(Kinds.Claims))
            {
                Reference(claim.Person, JsonPath.Property(path, "person"), _people, "person", "people");
                if (claim.ResolvedOn < claim.ReportedOn)
                {
                    Add(JsonPath.Property(path, "resolvedOn"), $"{Day(claim.ResolvedOn!.Value)} is before the claim was reported ({Day(claim.ReportedOn)}). Expected a day on or after it.");
                }

                if ((claim.ResolvedOn is null) != (claim.Resolution is null))
                {
                    Add(JsonPath.Property(path, claim.ResolvedOn is null ? "resolvedOn" : "resolution"), "a resolution needs its day and a day its resolution. Expected both or neither.");
                }

                if (claim.Accuser == claim.Accused)
                {
                    Add(JsonPath.Property(path, "accused"), $"the accuser and the accused are both {claim.Accuser}. Expected the other side.");
                }
            }

            foreach (var (programme, path) in Located(Kinds.ProductProgrammes))
            {
                Reference(programme.Layer, JsonPath.Property(path, "layer"), _layers, "tariff layer", "tariffLayers");
            }
        }

        /// <summary>A home page never passes as a citation: a source that gives only a site's address says so.</summary>
        private void CheckCitable(SourceEntry source, string path)
        {
            if (!source.PublisherSiteOnly && SourceAddress.IsSiteRoot(source.Url))
            {
                Add(JsonPath.Property(path, "url"), $"{source.Url} is a site's home page, not the document. Expected the address of the article, notice or release itself; or, when only the publisher's site is known, \"publisherSiteOnly\": true.");
            }
        }

        private void CheckLayer(TariffLayerEntry layer, string path)
        {
            if (layer.Imposer == layer.Target)
            {
                Add(JsonPath.Property(path, "target"), $"the layer is imposed by {layer.Imposer} on itself. Expected the other side as target.");
            }

            Forward("layer", path, layer.Changes, c => c.EffectiveAt ?? DefaultEffectiveAt(c.EffectiveOn), c => c.EffectiveAt is null ? "effectiveOn" : "effectiveAt");
            for (var i = 0; i < layer.Changes.Count; i++)
            {
                var change = layer.Changes[i];
                var changePath = JsonPath.Index(JsonPath.Property(path, "changes"), i);

                if (change.LowestRate > change.Rate)
                {
                    Add(JsonPath.Property(changePath, "lowestRate"), $"the lowest rate {Number(change.LowestRate.Value)} is above the rate {Number(change.Rate)}. Expected the lowest of the rates in lowestRate and the highest in rate.");
                }

                if (change.EndsLayer && change.Rate != 0)
                {
                    Add(JsonPath.Property(changePath, "rate"), $"a change that ends its layer has rate {Number(change.Rate)}. Expected 0 with \"endsLayer\": true.");
                }

                if (change.ScheduledOnly && !change.EndsLayer)
                {
                    Add(JsonPath.Property(changePath, "scheduledOnly"), "a scheduled end is marked on a change that does not end its layer. Expected \"endsLayer\": true with it, or no scheduledOnly.");
                }
            }
        }

        /// <summary>A history (a layer's or a measure's changes) must run forward: each change later than the one before.</summary>
        private void Forward<T>(string owner, string path, IReadOnlyList<T> changes, Func<T, DateTimeOffset> at, Func<T, string> field)
        {
            for (var i = 1; i < changes.Count; i++)
            {
                var (before, now) = (at(changes[i - 1]), at(changes[i]));
                if (now <= before)
                {
                    Add(JsonPath.Property(JsonPath.Index(JsonPath.Property(path, "changes"), i), field(changes[i])),
                        $"the change takes effect {DataSetJson.FormatInstant(now)}, not after the {owner}'s previous change ({DataSetJson.FormatInstant(before)}, {JsonPath.Index(JsonPath.Property(path, "changes"), i - 1)}). " +
                        $"Expected each change later than the one before it; list a {owner}'s changes in the order they take effect.");
                }
            }
        }

        private void CheckWindow(TruceWindowEntry window, string path)
        {
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(window.DeadlineZone, out _))
            {
                Add(JsonPath.Property(path, "deadlineZone"), $"\"{window.DeadlineZone}\" is not a time zone this machine knows. Expected an IANA name such as {Zones.UsEasternId}.");
            }

            if (window.Deadline <= window.StartsAt)
            {
                Add(JsonPath.Property(path, "deadline"), $"the deadline {DataSetJson.FormatInstant(window.Deadline)} is not after the start {DataSetJson.FormatInstant(window.StartsAt)}. Expected a deadline after the truce starts.");
            }

            var deadline = window.Deadline;
            var deadlinePath = JsonPath.Property(path, "deadline");
            var signed = window.AnnouncedOn;
            var signedPath = JsonPath.Property(path, "announcedOn");
            for (var i = 0; i < window.Extensions.Count; i++)
            {
                var extension = window.Extensions[i];
                var extensionPath = JsonPath.Index(JsonPath.Property(path, "extensions"), i);
                if (extension.SignedOn < signed)
                {
                    Add(JsonPath.Property(extensionPath, "signedOn"),
                        $"{Day(extension.SignedOn)} is before {Day(signed)} ({signedPath}). Expected an extension signed on or after the truce was announced and after the extension before it.");
                }

                if (extension.NewDeadline <= deadline)
                {
                    Add(JsonPath.Property(extensionPath, "newDeadline"),
                        $"{DataSetJson.FormatInstant(extension.NewDeadline)} does not move the deadline later than {DataSetJson.FormatInstant(deadline)} ({deadlinePath}). " +
                        "Expected each extension's deadline later than the one it extends; list extensions in the order they were signed.");
                }

                deadline = extension.NewDeadline;
                deadlinePath = JsonPath.Property(extensionPath, "newDeadline");
                signed = extension.SignedOn;
                signedPath = JsonPath.Property(extensionPath, "signedOn");
            }

            if (window.LapsedOn is { } lapsedOn && lapsedOn < window.AnnouncedOn)
            {
                Add(JsonPath.Property(path, "lapsedOn"), $"{Day(lapsedOn)} is before the truce was announced ({Day(window.AnnouncedOn)}). Expected a day after it.");
            }

            var extensions = Keys(window.Extensions);
            for (var i = 0; i < window.Items.Count; i++)
            {
                var item = window.Items[i];
                var itemPath = JsonPath.Index(JsonPath.Property(path, "items"), i);
                if ((item.Layer is null) == (item.Measure is null))
                {
                    Add(itemPath, "an item suspends one thing: give \"layer\" (with \"points\") or \"measure\", not both and not neither.");
                }
                else if (item.Layer is not null && item.Points is null)
                {
                    Add(JsonPath.Property(itemPath, "points"), "the points of the layer that are suspended are missing. Expected a number from 0 to 1000.");
                }
                else if (item.Measure is not null && item.Points is not null)
                {
                    Add(JsonPath.Property(itemPath, "points"), "a measure has no points. Expected no \"points\" on an item that suspends a measure.");
                }

                var suspends = item.Layer is { } layerKey ? SideOf(_imposers, layerKey)
                    : item.Measure is { } measureKey ? SideOf(_measureSides, measureKey)
                    : null;
                if (suspends is { } owner && owner != item.Side)
                {
                    Add(JsonPath.Property(itemPath, "side"), $"the item is suspended by {item.Side}, but what it suspends belongs to {owner}. Expected the side that imposed it.");
                }

                Reference(item.Layer, JsonPath.Property(itemPath, "layer"), _layers, "tariff layer", "tariffLayers");
                Reference(item.Measure, JsonPath.Property(itemPath, "measure"), _measures, "measure", "measures");
                if (item.Extension is not null && !extensions.Contains(item.Extension))
                {
                    Add(JsonPath.Property(itemPath, "extension"), $"this truce has no extension with the key \"{item.Extension}\". Expected the key of one of its own extensions.");
                }

                if (item.From is { } from && item.Until is { } until && until <= from)
                {
                    Add(JsonPath.Property(itemPath, "until"), $"{DataSetJson.FormatInstant(until)} is not after the start {DataSetJson.FormatInstant(from)}. Expected a deadline after the suspension starts.");
                }
            }
        }

        private void CheckMeasure(MeasureEntry measure, string path)
        {
            Forward("measure", path, measure.Changes, c => c.At ?? DefaultEffectiveAt(c.On), c => c.At is null ? "on" : "at");
            for (var i = 0; i < measure.Changes.Count; i++)
            {
                var change = measure.Changes[i];
                var changePath = JsonPath.Index(JsonPath.Property(path, "changes"), i);
                var at = change.At ?? DefaultEffectiveAt(change.On);

                if (change.State == Measures.MeasureState.Suspended && change.SuspendedUntil is null)
                {
                    Add(JsonPath.Property(changePath, "suspendedUntil"), "a suspension needs the instant it is due to end. Expected \"suspendedUntil\", e.g. 2026-11-10T00:01:00-05:00.");
                }
                else if (change.State != Measures.MeasureState.Suspended && change.SuspendedUntil is not null)
                {
                    Add(JsonPath.Property(changePath, "suspendedUntil"), $"only a suspension has an end; this change is {change.State}. Expected no \"suspendedUntil\", or the state Suspended.");
                }
                else if (change.SuspendedUntil is { } until && until <= at)
                {
                    Add(JsonPath.Property(changePath, "suspendedUntil"), $"{DataSetJson.FormatInstant(until)} is not after the suspension starts ({DataSetJson.FormatInstant(at)}). Expected a later end.");
                }
            }
        }

        private void Unique(DataSetKind kind, IEnumerable<(IEntry Entry, string Path)> records)
        {
            var first = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (entry, path) in records)
            {
                if (!first.TryAdd(entry.Key, path))
                {
                    Add(JsonPath.Property(path, "key"), $"the key \"{entry.Key}\" is already used by the {kind.Noun} at {first[entry.Key]}. Expected a key no other of the {kind.Property} has.");
                }
            }
        }

        private void References(IReadOnlyList<string> keys, string path, HashSet<string> known, string noun, string plural)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < keys.Count; i++)
            {
                var itemPath = JsonPath.Index(path, i);
                if (!seen.Add(keys[i]))
                {
                    Add(itemPath, $"\"{keys[i]}\" is listed twice. Expected each {noun} once.");
                    continue;
                }

                Reference(keys[i], itemPath, known, noun, plural);
            }
        }

        private void Reference(string? key, string path, HashSet<string> known, string noun, string plural)
        {
            if (key is not null && !partOfStore && !known.Contains(key) && !paths.Unreadable.Contains(key))
            {
                Add(path, $"no {noun} has the key \"{key}\". Expected the key of a record in $.{plural}; add that record or correct the key.");
            }
        }

        /// <summary>The entries of a kind with where each stands in the file: a child's under its parent's.</summary>
        private IEnumerable<(IEntry Entry, string Path)> Located(DataSetKind kind) =>
            kind.Parent is null
                ? kind.EntriesIn(document).Select((e, i) => (e.Entry, paths.Of(e.Entry, JsonPath.Index(JsonPath.Property(JsonPath.Root, kind.Property), i))))
                : Located(kind.Parent).SelectMany(parent => kind.EntriesUnder(parent.Entry).Select((e, i) => (e, JsonPath.Index(JsonPath.Property(parent.Path, kind.Property), i))));

        private IEnumerable<(TEntry Entry, string Path)> Located<TEntity, TEntry>(DataSetKind<TEntity, TEntry> kind)
            where TEntity : class, IKeyed, IEditable
            where TEntry : class, IEntry => Located((DataSetKind)kind).Select(e => ((TEntry)e.Entry, e.Path));

        private void Add(string path, string message) => Problems.Add(new(path, message));

        private static HashSet<string> Keys(IEnumerable<IEntry> records) => [.. records.Select(r => r.Key)];

        /// <summary>What each key's first record says (a key used twice is reported on its own).</summary>
        private static Dictionary<string, Side> FirstByKey<T>(IEnumerable<T> records, Func<T, Side> side) where T : IEntry
        {
            var first = new Dictionary<string, Side>(StringComparer.Ordinal);
            foreach (var record in records)
            {
                first.TryAdd(record.Key, side(record));
            }

            return first;
        }

        private static Side? SideOf(Dictionary<string, Side> sides, string key) => sides.TryGetValue(key, out var side) ? side : null;

        private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static string Number(decimal value) => DataSetJson.Normalize(value).ToString(CultureInfo.InvariantCulture);
    }
}
