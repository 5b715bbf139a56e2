using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeTalks.Bench;

/// <summary>wrk (Debian's package): requests per second with 2 threads and 32 connections, the median of three runs.</summary>
public static partial class Wrk
{
    // A new query parameter on every request: the output cache varies by query, so each one is a fresh render.
    private const string UniqueQueryScript = """
        local counter = 0
        math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
        request = function()
          counter = counter + 1
          local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
          return wrk.format(nil, wrk.path .. separator .. "bench=" .. counter .. "-" .. math.random(1, 1000000000))
        end
        """;

    public static async Task<double> MedianRpsAsync(string url, int seconds, bool uniqueQuery = false)
    {
        var script = Path.Combine(Path.GetTempPath(), "tradetalks-bench-unique.lua");
        await File.WriteAllTextAsync(script, UniqueQueryScript);
        var runs = new List<double>();
        await Processes.RunAsync("wrk", $"-t2 -c32 -d2s {(uniqueQuery ? $"-s {script} " : "")}{url}");
        for (var run = 0; run < 3; run++)
        {
            var output = await Processes.RunAsync("wrk", $"-t2 -c32 -d{seconds}s {(uniqueQuery ? $"-s {script} " : "")}{url}");
            var errors = Regex.Match(output, @"Non-2xx or 3xx responses: (\d+)");
            if (errors.Success)
            {
                throw new InvalidOperationException($"{url} answered {errors.Groups[1].Value} errors under load:\n{output}");
            }

            runs.Add(double.Parse(Rps().Match(output).Groups[1].Value, CultureInfo.InvariantCulture));
        }

        return runs.Order().ElementAt(1);
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex Rps();
}
