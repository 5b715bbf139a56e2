using System.IO.Compression;
using System.Text.Json;

namespace TradeTalks.Tests.Products;

/// <summary>
/// Small hand-made inputs for the product build, in a temporary folder laid out as a clone of the tariff-rate-tracker
/// repository: six revisions of a few lines, and one or two rows in each list. A test changes a file before it builds.
/// </summary>
public sealed class ProductInputs : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("tradetalks-hts-").FullName;

    /// <summary>The revisions, with the effective and policy dates config/revision_dates.csv gives them.</summary>
    public static readonly (string Key, string Effective, string Policy)[] Revisions =
    [
        ("basic", "2025-01-01", "NA"), ("rev_7", "2025-04-02", "2025-04-05"), ("rev_11", "2025-04-11", "2025-05-03"),
        ("rev_17", "2025-07-01", "2025-08-01"), ("2026_rev_1", "2026-01-16", "2026-01-15"), ("2026_rev_4", "2026-02-24", "NA"),
    ];

    public ProductInputs()
    {
        Write("config/revision_dates.csv", "revision,effective_date,policy_effective_date,tpc_date,policy_event\n" +
            string.Concat(Revisions.Select(r => $"{r.Key},{r.Effective},{r.Policy},NA,\"A note, with a comma\"\n")));
        foreach (var (key, _, _) in Revisions)
        {
            WriteArchive(key, Schedule(key));
        }

        Write("resources/s301_product_lists.csv", "hts8,list,ch99_code\n61091000,4A,9903.88.15\n73181520,3,9903.88.03\n12019000,3,9903.88.03\n");
        Write("resources/s301_exclusion_lines.csv", "ch99_code,hts10,n_revisions,first_rev,last_rev\n9903.88.69,6109100012,3,basic,rev_11\n");
        Write("resources/s301_exclusion_headings.csv", "ch99_code,validity_start,validity_end,coverage_share,source,source_note\n9903.88.69,NA,NA,0.35,curator,\"USTR exclusion, window\"\n");
        Write("resources/s232_metal_chapter_products.csv", "hts_prefix,metal_type,kind,effective_date,source\n7318,steel,derivative,2025-03-12,note\n");
        Write("resources/s232_derivative_products.csv", "hts_prefix,ch99_code,derivative_type,effective_date\n73181520,9903.81.91,steel,2025-08-18\n");
        Write("resources/s232_copper_products.csv", "hts10,ch99_code\n74031100,9903.78.01\n");
        Write("resources/s232_auto_parts.txt", "610910\n");
        Write("resources/s232_semi_products.csv", "hts10,ch99_code,heading,description\n8517130000,9903.79.01,8517,Smartphones\n");
        Write("resources/s232_annex_products.csv", "hts_prefix,annex,metal_type,source,effective_date\n7318,1b,steel,proclamation,2026-04-06\n");
        Write("resources/ieepa_exempt_products.csv", "hts10,effective_date_start,effective_date_end\n8517130000,2025-04-05,NA\n1201900010,NA,2025-07-31\n");
        Write("resources/annex_ii_first_appearance.csv", "prefix,first_revision,last_revision,first_effective_date,removed_at,end_effective_date\n12019000,rev_29,2026_rev_9,2025-11-13,NA,NA\n85171300,rev_10,2026_rev_9,2025-04-05,NA,NA\n");
        Write("resources/s122_exempt_products.csv", "\"hts8\"\n\"12019000\"\n");
        Write("CITATION.cff", "cff-version: 1.2.0\ntitle: \"Tariff Rate Tracker\"\nauthors:\n  - name: \"The Budget Lab at Yale\"\npreferred-citation:\n  year: 2026\nurl: \"https://github.com/Budget-Lab-Yale/tariff-rate-tracker\"\n");
        Write("LICENSE", "MIT License\n\nCopyright (c) 2025-2026 The Budget Lab at Yale\n");
    }

    /// <summary>
    /// The schedule in one revision: T-shirts of cotton at 16.5% (one line only from rev_11 on, one gone from rev_17),
    /// bolts at "2.4¢/kg + 5%", copper cathodes at "2.4¢/kg", smartphones and soybeans free.
    /// </summary>
    public static List<object> Schedule(string key)
    {
        var later = Array.IndexOf(Revisions.Select(r => r.Key).ToArray(), key);
        var rows = new List<object>
        {
            Row("6109", 0, "T-shirts, singlets, tank tops and similar garments, knitted or crocheted:"),
            Row("6109.10.00", 1, "Of cotton", "16.5%"),
            Row("", 2, "Men's or boys':"),
            Row("6109.10.00.12", 3, "T-shirts, all white, short hemmed sleeves"),
        };
        if (later < 3)
        {
            rows.Add(Row("6109.10.00.14", 3, "Other T-shirts"));
        }

        if (later >= 2)
        {
            rows.Add(Row("6109.10.00.40", 3, "Tank tops"));
        }

        rows.AddRange(
        [
            Row("1201", 0, "Soybeans, whether or not broken:"),
            Row("1201.90.00", 1, "Other", "Free"),
            Row("1201.90.00.10", 2, "Yellow soybeans"),
            Row("7318", 0, "Screws, bolts, nuts and similar articles, of iron or steel:"),
            Row("7318.15.20", 1, "Bolts and bolts and their nuts", "2.4¢/kg + 5%"),
            Row("7318.15.20.10", 2, "Having shanks or threads with a diameter of less than 6 mm"),
            Row("7403", 0, "Refined copper and copper alloys, unwrought:"),
            Row("7403.11.00.00", 1, "Cathodes and sections of cathodes", "2.4¢/kg"),
            Row("8517", 0, "Telephone sets, including smartphones:"),
            Row("8517.13.00.00", 1, "Smartphones", "Free"),
        ]);
        return rows;
    }

    public static object Row(string htsno, int indent, string description, string general = "") =>
        new { htsno, indent = indent.ToString(System.Globalization.CultureInfo.InvariantCulture), description, superior = (string?)null, general, footnotes = Array.Empty<object>() };

    public void WriteArchive(string key, object rows)
    {
        var path = Path.Combine(Folder, "data", "hts_archives", $"hts_{(key.StartsWith("20", StringComparison.Ordinal) ? key : "2025_" + key)}.json.gz");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        JsonSerializer.Serialize(gzip, rows);
    }

    public void Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
