namespace TradeTalks.Products.Building;

/// <summary>
/// Reads the product lists under resources/ (and config/revision_dates.csv's days, where a list gives none) into
/// listing rules, one programme id per list (docs/products.md says which file and rule each comes from).
/// </summary>
public sealed class ProductLists
{
    private readonly List<string> _notes;

    private ProductLists(List<string> notes) => _notes = notes;

    public const string Section301 = "resources/s301_product_lists.csv";
    public const string ExclusionLines = "resources/s301_exclusion_lines.csv";
    public const string ExclusionHeadings = "resources/s301_exclusion_headings.csv";
    public const string MetalChapters = "resources/s232_metal_chapter_products.csv";
    public const string Derivatives = "resources/s232_derivative_products.csv";
    public const string Copper = "resources/s232_copper_products.csv";
    public const string AutoParts = "resources/s232_auto_parts.txt";
    public const string Semiconductors = "resources/s232_semi_products.csv";
    public const string Annexes = "resources/s232_annex_products.csv";
    public const string ReciprocalExempt = "resources/ieepa_exempt_products.csv";
    public const string AnnexIiFirstAppearance = "resources/annex_ii_first_appearance.csv";
    public const string Section122Exempt = "resources/s122_exempt_products.csv";

    /// <summary>The Chapter 99 heading of the reciprocal duty's exemptions (Annex II, which the electronics memo extended).</summary>
    public const string ReciprocalExemptHeading = "9903.01.32";

    /// <summary>The heading of the automobile parts of U.S. note 33 (Section 232 autos).</summary>
    public const string AutoPartsHeading = "9903.94.05";

    private static readonly Dictionary<string, string> Lists301 = new(StringComparer.Ordinal)
    {
        ["1"] = "301-list-1", ["2"] = "301-list-2", ["3"] = "301-list-3", ["3_addl"] = "301-list-3-additional",
        ["4A"] = "301-list-4a", ["4B"] = "301-list-4b",
        ["biden_25"] = "301-2024-25", ["biden_50"] = "301-2024-50", ["biden_100"] = "301-2024-100",
        ["biden_50_jan25"] = "301-2024-50-2025", ["biden_25_jan25"] = "301-2024-25-2025", ["biden_jan26"] = "301-2024-2026",
        ["note31_chassis"] = "301-chassis", ["note31_cranes"] = "301-cranes", ["cranes_301"] = "301-cranes",
    };

    private static readonly Dictionary<string, string> Metals = new(StringComparer.Ordinal) { ["steel"] = "steel", ["aluminum"] = "aluminium" };

    private static readonly HashSet<string> AnnexNames = new(StringComparer.Ordinal) { "1a", "1b", "1c", "2", "3" };

    /// <summary>The aluminium derivative heading of Proclamation 9980 (2020), in force before the schedule's first revision.</summary>
    private const string DerivativesOf2020 = "9903.85.04";

    /// <summary>The day the derivative headings of Proclamations 10895 and 10896 took effect (12:01 a.m. EDT, 12 March 2025).</summary>
    private static readonly DateOnly DerivativesOf2025 = new(2025, 3, 12);

    /// <summary>The day the electronics memo's exemptions apply from (retroactive to the reciprocal duty's first day).</summary>
    private static readonly DateOnly ElectronicsMemo = new(2025, 4, 5);

    /// <param name="notes">Where rows read with a correction are noted (a code with zeros past its tenth digit).</param>
    public static IReadOnlyList<ListingRule> Read(InputFolder folder, RevisionDays days, List<string> notes)
    {
        var lists = new ProductLists(notes);
        var rules = new List<ListingRule>();
        lists.Section301Lists(folder, rules);
        lists.Exclusions(folder, days, rules);
        lists.Section232(folder, days, rules);
        lists.Reciprocal(folder, days, rules);
        var s122 = InputCsv.Read(folder, Section122Exempt, "hts8");
        rules.AddRange(s122.Rows.Select(r => new ListingRule("s122-exempt", "", lists.Prefix(s122, r, "hts8"), days.Of("2026_rev_4", Section122Exempt), null)));
        return rules;
    }

    private void Section301Lists(InputFolder folder, List<ListingRule> rules)
    {
        var csv = InputCsv.Read(folder, Section301, "hts8", "list", "ch99_code");
        foreach (var row in csv.Rows)
        {
            var list = csv.Field(row, "list");
            var programme = Lists301.GetValueOrDefault(list)
                ?? throw ProductInputException.AtRow(Section301, row.Row, $"list \"{list}\" is not one the build knows ({string.Join(", ", Lists301.Keys)}). Add it to ProductLists and docs/products.md.");
            rules.Add(new ListingRule(programme, Heading(csv, row, "ch99_code"), Prefix(csv, row, "hts8"), null, null));
        }
    }

    /// <summary>
    /// An exclusion holds for its heading's validity window where s301_exclusion_headings.csv gives one; where it gives
    /// none, for the revisions that list the line (first_rev up to the revision after last_rev).
    /// </summary>
    private void Exclusions(InputFolder folder, RevisionDays days, List<ListingRule> rules)
    {
        var headings = InputCsv.Read(folder, ExclusionHeadings, "ch99_code", "validity_start", "validity_end");
        var windows = headings.Rows.ToDictionary(r => headings.Field(r, "ch99_code"), r => (From: headings.Date(r, "validity_start"), Last: headings.Date(r, "validity_end")), StringComparer.Ordinal);
        var lines = InputCsv.Read(folder, ExclusionLines, "ch99_code", "hts10", "first_rev", "last_rev");
        foreach (var row in lines.Rows)
        {
            var heading = Heading(lines, row, "ch99_code");
            var window = windows.GetValueOrDefault(heading);
            var from = window.From ?? days.Of(lines.Field(row, "first_rev"), ExclusionLines, row.Row);
            var until = window.Last?.AddDays(1) ?? days.After(lines.Field(row, "last_rev"), ExclusionLines, row.Row);
            rules.Add(new ListingRule("301-exclusion", heading, Prefix(lines, row, "hts10"), from, until));
        }
    }

    private void Section232(InputFolder folder, RevisionDays days, List<ListingRule> rules)
    {
        // Metal chapters: a blank date is the programme's start, before the schedule's first revision (2018).
        var metal = InputCsv.Read(folder, MetalChapters, "hts_prefix", "metal_type", "effective_date");
        rules.AddRange(metal.Rows.Select(r => new ListingRule($"232-{Metal(metal, r)}", "", Prefix(metal, r, "hts_prefix"), metal.Date(r, "effective_date"), null)));

        // Derivatives: a blank date under the 2020 heading is in force throughout; under the 2025 headings it is the day
        // Proclamations 10895 and 10896 brought them in.
        var derivatives = InputCsv.Read(folder, Derivatives, "hts_prefix", "ch99_code", "derivative_type", "effective_date");
        rules.AddRange(derivatives.Rows.Select(r => new ListingRule(
            $"232-{Metal(derivatives, r, "derivative_type")}-derivative", Heading(derivatives, r, "ch99_code"), Prefix(derivatives, r, "hts_prefix"),
            derivatives.Date(r, "effective_date") ?? (Heading(derivatives, r, "ch99_code") == DerivativesOf2020 ? null : DerivativesOf2025), null)));

        var copper = InputCsv.Read(folder, Copper, "hts10", "ch99_code");
        rules.AddRange(copper.Rows.Select(r => new ListingRule("232-copper", Heading(copper, r, "ch99_code"), Prefix(copper, r, "hts10"), days.Of("rev_17", Copper), null)));

        var semiconductors = InputCsv.Read(folder, Semiconductors, "hts10", "ch99_code");
        rules.AddRange(semiconductors.Rows.Select(r => new ListingRule(
            "232-semiconductors", Heading(semiconductors, r, "ch99_code"), Prefix(semiconductors, r, "hts10"), days.Of("2026_rev_1", Semiconductors), null)));

        var autoParts = folder.ReadAllText(AutoParts).Split('\n').Select((line, i) => (Row: i + 1, Code: line.Trim())).Where(l => l.Code.Length > 0 && !l.Code.StartsWith('#'));
        rules.AddRange(autoParts.Select(l => new ListingRule("232-auto-parts", AutoPartsHeading, CheckedPrefix(l.Code, AutoParts, l.Row), days.Of("rev_11", AutoParts), null)));

    }

    /// <summary>The metals annexes of April 2026: read apart from the other lists, since a line is in one annex only.</summary>
    public static MetalAnnexes ReadAnnexes(InputFolder folder, RevisionDays days, List<string> notes)
    {
        var lists = new ProductLists(notes);
        var annexes = InputCsv.Read(folder, Annexes, "hts_prefix", "annex", "metal_type", "effective_date");
        var read = new MetalAnnexes();
        foreach (var row in annexes.Rows)
        {
            var annex = annexes.Field(row, "annex");
            if (!AnnexNames.Contains(annex))
            {
                throw ProductInputException.AtRow(Annexes, row.Row, $"annex \"{annex}\" is not one of 1a, 1b, 1c, 2 or 3.");
            }

            Metal(annexes, row, "metal_type", copperAllowed: true);
            read.Add(lists.Prefix(annexes, row, "hts_prefix"), annex, annexes.Date(row, "effective_date") ?? days.Of("2026_rev_5", Annexes));
        }

        return read;
    }

    /// <summary>
    /// The reciprocal duty's exemptions: ieepa_exempt_products rows that start on 5 April 2025, and annex_ii_first_appearance
    /// rows dated 5 April 2025 that a revision after rev_7 added, are the electronics memo's; the others are Annex II. An end date is the last day; no start is the duty's
    /// first day (rev_7).
    /// </summary>
    private void Reciprocal(InputFolder folder, RevisionDays days, List<ListingRule> rules)
    {
        var start = days.Of("rev_7", ReciprocalExempt);
        var exempt = InputCsv.Read(folder, ReciprocalExempt, "hts10", "effective_date_start", "effective_date_end");
        foreach (var row in exempt.Rows)
        {
            var from = exempt.Date(row, "effective_date_start");
            var programme = from == ElectronicsMemo ? "reciprocal-exempt-electronics" : "reciprocal-exempt-annex-ii";
            rules.Add(new ListingRule(programme, ReciprocalExemptHeading, Prefix(exempt, row, "hts10"), from ?? start, exempt.Date(row, "effective_date_end")?.AddDays(1)));
        }

        // Annex II's rows that a later revision added back to 5 April 2025 (2025 Revision 10, with the memo) are the memo's.
        var annexIi = InputCsv.Read(folder, AnnexIiFirstAppearance, "prefix", "first_revision", "first_effective_date", "end_effective_date");
        foreach (var row in annexIi.Rows)
        {
            var from = annexIi.Date(row, "first_effective_date");
            var programme = from == ElectronicsMemo && annexIi.Field(row, "first_revision") != "rev_7" ? "reciprocal-exempt-electronics" : "reciprocal-exempt-annex-ii";
            rules.Add(new ListingRule(programme, ReciprocalExemptHeading, Prefix(annexIi, row, "prefix"), from ?? start, annexIi.Date(row, "end_effective_date")?.AddDays(1)));
        }
    }

    private static string Metal(InputCsv csv, (int Row, string[] Fields) row, string column = "metal_type", bool copperAllowed = false)
    {
        var metal = csv.Field(row, column);
        return Metals.GetValueOrDefault(metal) ?? (copperAllowed && metal == "copper" ? metal
            : throw ProductInputException.AtRow(csv.Name, row.Row, $"{column} \"{metal}\" is not steel or aluminum{(copperAllowed ? " or copper" : "")}."));
    }

    private static string Heading(InputCsv csv, (int Row, string[] Fields) row, string column)
    {
        var heading = csv.Field(row, column);
        return heading.Length == 10 && heading.StartsWith("9903.", StringComparison.Ordinal) && heading[7] == '.'
            ? heading
            : throw ProductInputException.AtRow(csv.Name, row.Row, $"{column} \"{heading}\" is not a Chapter 99 heading (9903.xx.xx).");
    }

    private string Prefix(InputCsv csv, (int Row, string[] Fields) row, string column) => CheckedPrefix(csv.Field(row, column), csv.Name, row.Row);

    private string CheckedPrefix(string text, string file, int row)
    {
        var code = text.Replace(".", "", StringComparison.Ordinal);
        if (code.Length > 10 && code.AsSpan(10).IndexOfAnyExcept('0') < 0 && code.All(char.IsAsciiDigit))
        {
            // Zeros past the tenth digit say nothing more (ieepa_exempt_products.csv has one such row): read the ten.
            _notes.Add($"{file}, row {row}: \"{text}\" has zeros past its tenth digit; read as {code[..10]}.");
            code = code[..10];
        }

        return code.Length is >= 4 and <= 10 && code.All(char.IsAsciiDigit)
            ? code
            : throw ProductInputException.AtRow(file, row, $"\"{text}\" is not an HTS code or prefix (4 to 10 digits, dots optional).");
    }
}
