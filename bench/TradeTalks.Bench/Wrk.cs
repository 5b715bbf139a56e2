using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeTalks.Bench;

/// <summary>wrk (Debian's package): requests per second with 2 threads and 32 connections, the median of three rounds.</summary>
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

    /// <summary>
    /// Requests per second for each target, the median of three rounds. The rounds are interleaved (each target once per
    /// round), so that a change in the machine's load while the benchmark runs weighs on every figure alike and the
    /// ratios between them hold.
    /// </summary>
    public static async Task<IReadOnlyList<double>> InterleavedMedianRpsAsync(int seconds, params (string Url, bool UniqueQuery)[] targets)
    {
        var script = Path.Combine(Path.GetTempPath(), "tradetalks-bench-unique.lua");
        await File.WriteAllTextAsync(script, UniqueQueryScript);
        foreach (var (url, unique) in targets)
        {
            await RunAsync(url, 2, unique ? script : null);
        }

        var runs = targets.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < targets.Length; i++)
            {
                runs[i].Add(await RunAsync(targets[i].Url, seconds, targets[i].UniqueQuery ? script : null));
            }
        }

        return [.. runs.Select(r => r.Order().ElementAt(1))];
    }

    private static async Task<double> RunAsync(string url, int seconds, string? script)
    {
        var output = await Processes.RunAsync("wrk", $"-t2 -c32 -d{seconds}s {(script is null ? "" : $"-s {script} ")}{url}");
        var errors = Regex.Match(output, @"Non-2xx or 3xx responses: (\d+)");
        if (errors.Success)
        {
            throw new InvalidOperationException($"{url} answered {errors.Groups[1].Value} errors under load:\n{output}");
        }

        return double.Parse(Rps().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex Rps();
}
