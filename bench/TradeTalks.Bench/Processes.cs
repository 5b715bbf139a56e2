using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TradeTalks.Bench;

/// <summary>Running the published builds and the command-line tools the benchmark needs.</summary>
public static class Processes
{
    /// <summary>Runs a command to the end; throws with its output when it fails.</summary>
    public static async Task<string> RunAsync(
        string file, string arguments, string? workingDirectory = null, IDictionary<string, string>? environment = null, string? input = null)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}):\n{await output}\n{await error}");
        }

        return await output;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A published web app started on a loopback port; its standard output is kept for counting log lines.</summary>
public sealed class Server : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private Server(Process process, int port)
    {
        _process = process;
        Port = port;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Port { get; }

    public string BaseAddress => $"http://127.0.0.1:{Port}";

    public int ProcessId => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <c>dotnet {dll}</c> and returns once it is started (not yet ready; see <see cref="WaitReadyAsync"/>).</summary>
    public static Server Start(string dll, IDictionary<string, string> environment)
    {
        var port = Processes.FreePort();
        var start = new ProcessStartInfo("dotnet", $"\"{dll}\" --urls {"http://127.0.0.1:" + port}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Dashboard__PublicBaseUrl"] = $"http://127.0.0.1:{port}/";
        // Plain HTTP on loopback, with no HTTPS port to send readers to: in Production the app refuses to start redirecting.
        start.Environment["Https__Redirect"] = "false";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new Server(Process.Start(start)!, port);
    }

    /// <summary>
    /// <paramref name="environment"/> with the workstation garbage collector, overriding the server collector that both
    /// publishes configure: how the benchmark ran every server until 2026-11-30, kept for rows that compare with that.
    /// </summary>
    public static Dictionary<string, string> Workstation(IDictionary<string, string> environment) =>
        new(environment) { ["DOTNET_gcServer"] = "0" };

    /// <summary>
    /// <paramref name="environment"/> with the server collector's dynamic adaptation (DATAS) on, as the runtime has it
    /// by default and as the app ran until decision 16 turned it off in its publish: kept for rows that compare with that.
    /// </summary>
    public static Dictionary<string, string> WithDatas(IDictionary<string, string> environment) =>
        new(environment) { ["DOTNET_GCDynamicAdaptationMode"] = "1" };

    /// <summary>Polls <paramref name="path"/> until it answers 200; returns the time from <paramref name="since"/>.</summary>
    public async Task<TimeSpan> WaitReadyAsync(string path, Stopwatch since, TimeSpan? timeout = null)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = since.Elapsed + (timeout ?? TimeSpan.FromSeconds(120));
        while (since.Elapsed < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server stopped before it was ready:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(BaseAddress + path);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return since.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"{BaseAddress}{path} did not answer 200 in time:\n{Output}");
    }

    /// <summary>The processor time the server has used so far, on all its threads.</summary>
    public TimeSpan ProcessorTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>Resident memory of the server process, from /proc.</summary>
    public long ResidentBytes() => Status("VmRSS:");

    /// <summary>
    /// The resident memory split as the kernel counts it: anonymous (the collector's heap, and native memory such as
    /// SQLite's and the allocator's), shared (the runtime maps its compiled code twice, writable and executable) and
    /// file-backed (the app's and the framework's files).
    /// </summary>
    public string ResidentSplit() =>
        $"anonymous {Status("RssAnon:") / (1024 * 1024)} MB, shared {Status("RssShmem:") / (1024 * 1024)} MB, files {Status("RssFile:") / (1024 * 1024)} MB";

    private long Status(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
            }
        }

        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
