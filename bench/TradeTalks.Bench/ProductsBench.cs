using System.Diagnostics;
using System.Globalization;
using TradeTalks.Products;

namespace TradeTalks.Bench;

/// <summary>
/// The product catalogue at the full bundled data set (issue 26: a median under 5 ms for looking one product up and for
/// searching by code or by words): thousands of queries of each kind, drawn with a fixed seed from the data itself, each
/// timed on its own after a warm-up pass, in a Release build.
/// </summary>
internal static class ProductsBench
{
    private const double TargetMilliseconds = 5;
    private const int QueriesOfEachKind = 2000;

    public static int Run(string repo)
    {
        var path = Path.Combine(repo, "data", "products", ProductDataJson.FileName);
        var clock = Stopwatch.StartNew();
        ProductIndex index;
        using (var file = File.OpenRead(path))
        {
            index = new ProductIndex(ProductDataJson.Read(file));
        }

        Console.WriteLine($"Read {index.Count} lines ({new FileInfo(path).Length / 1024} KB) and built the index in {clock.ElapsedMilliseconds} ms.");
        var random = new Random(26);
        var lines = index.Data.Lines;
        var words = lines.SelectMany(l => l.Path).SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(w => w.Trim(',', ':', ';', '(', ')', '.'))
            .Where(w => w.Length >= 3).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToArray();
        string Code() => lines[random.Next(lines.Count)].Hts10;
        string Dotted(string code) => $"{code[..4]}.{code[4..6]}.{code[6..8]}.{code[8..]}";
        string Word() => words[random.Next(words.Length)];
        var kinds = new (string Name, Func<string> Query, Func<string, int> Run)[]
        {
            ("lookup by HTS10 (half with dots)", () => random.Next(2) == 0 ? Code() : Dotted(Code()), q => index.Find(q) is null ? 0 : 1),
            ("search by code prefix (2–8 digits, dots)", () => Dotted(Code())[..(random.Next(4) switch { 0 => 2, 1 => 4, 2 => 7, _ => 10 })], q => index.Search(q, 1, 25).Total),
            ("search by one word", Word, q => index.Search(q, 1, 25).Total),
            ("search by two words", () => $"{Word()} {Word()}", q => index.Search(q, 1, 25).Total),
            ("search by a common word, last page", () => random.Next(3) switch { 0 => "other", 1 => "of", _ => "steel" }, q => index.Search(q, 9999, 25).Total),
        };

        var met = true;
        Console.WriteLine();
        Console.WriteLine("| query | median ms | p95 ms | max ms | target (median) | met |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (name, query, run) in kinds)
        {
            var queries = Enumerable.Range(0, QueriesOfEachKind).Select(_ => query()).ToArray();
            foreach (var q in queries)
            {
                run(q);
            }

            var times = new double[queries.Length];
            for (var i = 0; i < queries.Length; i++)
            {
                var start = Stopwatch.GetTimestamp();
                run(queries[i]);
                times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            Array.Sort(times);
            var median = times[times.Length / 2];
            met &= median < TargetMilliseconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {median:0.000} | {times[(int)(times.Length * 0.95)]:0.000} | {times[^1]:0.000} | < {TargetMilliseconds} | {(median < TargetMilliseconds ? "yes" : "no")} |"));
        }

        return met ? 0 : 1;
    }
}
