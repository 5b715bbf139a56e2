namespace TradeTalks.Products.Building;

/// <summary>What a build made, and what it noticed on the way (lists naming codes the schedule never held, archives left out).</summary>
public sealed record ProductBuild(ProductData Data, IReadOnlyDictionary<string, string> Inputs, IReadOnlyList<string> Notes);

/// <summary>
/// Turns a clone of the tariff-rate-tracker repository into the bundled product data: every HTS10 line of every
/// revision named in config/revision_dates.csv, its description path (as the last revision holding it words it), its
/// general rate by days, and the lists that name it by days.
/// </summary>
public static class ProductDataBuilder
{
    public static ProductBuild Build(string folderPath)
    {
        if (!Directory.Exists(folderPath))
        {
            throw new ProductInputException($"{folderPath}: no such folder. Give --from the folder of a clone of the tariff-rate-tracker repository.");
        }

        var folder = new InputFolder(folderPath);
        var notes = new List<string>();
        var calendar = RevisionCalendar.Read(folder);
        var revisions = calendar.Select(c => c.Revision).ToList();
        var history = new SortedDictionary<string, LineHistory>(StringComparer.Ordinal);
        for (var index = 0; index < calendar.Count; index++)
        {
            foreach (var (code, line) in ScheduleArchive.Read(folder, RevisionCalendar.ArchiveOf(calendar[index].Key)))
            {
                if (!history.TryGetValue(code, out var seen))
                {
                    history[code] = seen = new LineHistory(index);
                }

                seen.Add(index, line);
            }
        }

        notes.AddRange(LeftOut(folderPath, calendar));
        var codes = history.Keys.ToArray();
        var spans = history.ToDictionary(h => h.Key, h => h.Value.InSchedule(revisions), StringComparer.Ordinal);
        var listings = codes.ToDictionary(c => c, _ => new List<ProductListing>(), StringComparer.Ordinal);
        var unmatched = 0;
        var revisionDays = new RevisionDays(calendar);
        foreach (var rule in ProductLists.Read(folder, revisionDays, notes))
        {
            var (start, end) = PrefixRange(codes, rule.Prefix);
            unmatched += start == end ? 1 : 0;
            for (var i = start; i < end; i++)
            {
                List(listings[codes[i]], spans[codes[i]], rule);
            }
        }

        var annexes = ProductLists.ReadAnnexes(folder, revisionDays, notes);
        unmatched += annexes.Prefixes.Count(p => PrefixRange(codes, p) is var (start, end) && start == end);
        foreach (var code in codes)
        {
            foreach (var rule in annexes.Of(code))
            {
                List(listings[code], spans[code], rule);
            }
        }

        if (unmatched > 0)
        {
            notes.Add($"{unmatched} list row(s) name a code that no revision holds as an HTS10 line (or the start of one); they list nothing.");
        }

        var lines = codes.Select(code => history[code].ToLine(code, revisions, spans[code], Merge(listings[code]))).ToList();
        return new ProductBuild(new ProductData(revisions, lines), folder.Read, notes);
    }

    private static void List(List<ProductListing> listings, DaySpan inSchedule, ListingRule rule)
    {
        if (Clip(inSchedule, rule.From, rule.Until) is { } days)
        {
            listings.Add(new ProductListing(rule.Programme, rule.Heading, days));
        }
    }

    /// <summary>The codes that start with the prefix, as a range of the sorted codes.</summary>
    private static (int Start, int End) PrefixRange(string[] codes, string prefix)
    {
        var start = Array.BinarySearch(codes, prefix, StringComparer.Ordinal);
        start = start < 0 ? ~start : start;
        var end = start;
        while (end < codes.Length && codes[end].StartsWith(prefix, StringComparison.Ordinal))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>A list's days within the line's days in the schedule; none when they do not meet.</summary>
    private static DaySpan? Clip(DaySpan inSchedule, DateOnly? from, DateOnly? until)
    {
        var start = from is { } f && f > inSchedule.From ? f : inSchedule.From;
        var end = (until, inSchedule.Until) switch
        {
            ({ } u, { } s) => u < s ? u : s,
            (var u, var s) => u ?? s,
        };
        return end is { } e && e <= start ? null : new DaySpan(start, end);
    }

    /// <summary>One listing per programme, heading and stretch of days: rows of several files that overlap become one.</summary>
    private static List<ProductListing> Merge(List<ProductListing> listings)
    {
        var merged = new List<ProductListing>();
        foreach (var listing in listings.OrderBy(l => l.Programme, StringComparer.Ordinal).ThenBy(l => l.Heading, StringComparer.Ordinal).ThenBy(l => l.Days.From))
        {
            if (merged.Count > 0 && merged[^1] is var last && last.Programme == listing.Programme && last.Heading == listing.Heading
                && (last.Days.Until is not { } lastUntil || lastUntil >= listing.Days.From))
            {
                var until = last.Days.Until is null || listing.Days.Until is null ? null : (DateOnly?)(last.Days.Until > listing.Days.Until ? last.Days.Until : listing.Days.Until);
                merged[^1] = last with { Days = new DaySpan(last.Days.From, until) };
            }
            else
            {
                merged.Add(listing);
            }
        }

        return merged;
    }

    /// <summary>Archives in the folder that config/revision_dates.csv leaves out (2026_rev_8, on purpose).</summary>
    private static IEnumerable<string> LeftOut(string folderPath, IReadOnlyList<(string Key, ScheduleRevision Revision)> calendar)
    {
        var archives = Path.Combine(folderPath, "data", "hts_archives");
        var used = calendar.Select(c => Path.GetFileName(RevisionCalendar.ArchiveOf(c.Key))).ToHashSet(StringComparer.Ordinal);
        return Directory.Exists(archives)
            ? Directory.GetFiles(archives, "hts_*.json.gz").Select(Path.GetFileName).Where(f => !used.Contains(f!)).Order(StringComparer.Ordinal)
                .Select(f => $"{f} is not in {RevisionCalendar.FileName}: left out.")
            : [];
    }

    /// <summary>One line through the revisions: the revisions that hold it, its rate in each, its latest path.</summary>
    private sealed class LineHistory(int first)
    {
        private readonly List<(int Revision, string Rate)> _rates = [];
        private IReadOnlyList<string> _path = [];
        private int _last;

        public void Add(int revision, ArchiveLine line)
        {
            _rates.Add((revision, line.GeneralRate));
            _path = line.Path;
            _last = revision;
        }

        /// <summary>From the first revision that holds the line to the first after the last that does.</summary>
        public DaySpan InSchedule(IReadOnlyList<ScheduleRevision> revisions) =>
            new(revisions[first].EffectiveOn, _last + 1 < revisions.Count ? revisions[_last + 1].EffectiveOn : null);

        public ProductLine ToLine(string code, IReadOnlyList<ScheduleRevision> revisions, DaySpan inSchedule, IReadOnlyList<ProductListing> listings)
        {
            var rates = new List<GeneralRate>();
            for (var i = 0; i < _rates.Count; i++)
            {
                var (revision, text) = _rates[i];
                // Each revision's rate holds until the next revision, which words it again or no longer holds the line.
                DateOnly? next = revision + 1 < revisions.Count ? revisions[revision + 1].EffectiveOn : null;
                if (rates.Count > 0 && rates[^1].Text == text && rates[^1].Days.Until == revisions[revision].EffectiveOn)
                {
                    rates[^1] = rates[^1] with { Days = new DaySpan(rates[^1].Days.From, next) };
                }
                else
                {
                    rates.Add(new GeneralRate(new DaySpan(revisions[revision].EffectiveOn, next), text, GeneralRateText.AdValoremPercent(text)));
                }
            }

            return new ProductLine(code, _path, inSchedule, rates, listings);
        }
    }
}
