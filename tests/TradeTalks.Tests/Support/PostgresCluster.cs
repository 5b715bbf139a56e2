using System.Diagnostics;
using Npgsql;

namespace TradeTalks.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster for the tests that need the real server: made with Debian's initdb under a temporary
/// folder (never the machine's own cluster), listening on a free loopback port, removed afterwards. Where PostgreSQL is
/// not installed the tests that need it are skipped with a message, except under CI=true, where they fail.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    private const string User = "tradetalks";

    // A password rather than trust: other users of the machine get no superuser on the loopback port.
    private readonly string _password = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
    private string? _folder;
    private string? _bin;
    private int _port;

    /// <summary>Why there is no cluster (PostgreSQL missing or failing to start), or null when there is one.</summary>
    public string? Unavailable { get; private set; }

    public async ValueTask InitializeAsync()
    {
        _bin = FindBin();
        if (_bin is null)
        {
            Unavailable = "PostgreSQL is not installed here (apt-get install -y postgresql); the PostgreSQL tests need its initdb and pg_ctl.";
            return;
        }

        try
        {
            _folder = Directory.CreateTempSubdirectory("tradetalks-pg-").FullName;
            _port = Ports.Free();
            if (Environment.UserName == "root")
            {
                // initdb refuses to run as root: the cluster belongs to Debian's postgres user.
                await RunAsync("chown", "-R", "postgres:postgres", _folder);
            }

            var passwordFile = Path.Combine(_folder, "password");
            await File.WriteAllTextAsync(passwordFile, _password + "\n");
            await RunAsPostgresAsync(Path.Combine(_bin, "initdb"), "-D", Data, "-U", User, "--auth=scram-sha-256", $"--pwfile={passwordFile}", "-E", "UTF8", "--no-sync");
            await RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", Data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
                "-o", $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                "start");
        }
        catch (Exception exception)
        {
            Unavailable = $"A throwaway PostgreSQL cluster could not be started: {exception.Message}";
        }
    }

    /// <summary>Skips the calling test when there is no cluster, or fails it under CI=true, where PostgreSQL must be there.</summary>
    public void Require()
    {
        if (Unavailable is null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CI=true and PostgreSQL is required: {Unavailable}");
        }

        Assert.Skip(Unavailable);
    }

    /// <summary>A new, empty database of its own, for one test.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        Require();
        var name = $"t{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = _port, Username = User, Password = _password, Database = database, Pooling = true, MaxPoolSize = 20 }.ConnectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_folder is null)
        {
            return;
        }

        if (_bin is not null && Unavailable is null)
        {
            try
            {
                await RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", Data, "-m", "immediate", "-w", "stop");
            }
            catch (InvalidOperationException)
            {
                // Already gone; the folder is removed below either way.
            }
        }

        Directory.Delete(_folder, recursive: true);
    }

    private string Data => Path.Combine(_folder!, "data");

    /// <summary>Debian keeps the server's programs in /usr/lib/postgresql/VERSION/bin; the newest is used.</summary>
    private static string? FindBin()
    {
        if (Environment.GetEnvironmentVariable("TRADETALKS_PG_BIN") is { Length: > 0 } configured)
        {
            return configured;
        }

        const string debian = "/usr/lib/postgresql";
        return Directory.Exists(debian)
            ? Directory.GetDirectories(debian)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
    }


    private static Task RunAsPostgresAsync(string program, params string[] args) =>
        Environment.UserName == "root" ? RunAsync("runuser", ["-u", "postgres", "--", program, .. args]) : RunAsync(program, args);

    private static async Task RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', args)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL";
}
