using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Commands;

namespace TradeTalks.Tests.Commands;

/// <summary>Runs the app's command line in this process against a store file of its own, capturing what it prints.</summary>
public sealed class CommandRun : IAsyncDisposable
{
    public string DatabasePath { get; } = StoreFiles.NewPath();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 29, 15, 0, 0, TimeSpan.Zero));

    public string Folder { get; } = Directory.CreateTempSubdirectory("tradetalks-cli-").FullName;

    public bool Served { get; private set; }

    /// <summary>Configuration keys of the test's own, as in appsettings.json.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Services of the test's own, added before the app's.</summary>
    public Action<IServiceCollection>? Services { get; set; }

    public async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args, byte[]? standardInput = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var standardOutput = new MemoryStream();
        var context = new CommandContext
        {
            Output = output,
            Error = error,
            WorkingDirectory = Folder,
            Time = Time,
            OpenStandardInput = () => new MemoryStream(standardInput ?? []),
            OpenStandardOutput = () => standardOutput,
            ConfigureHost = builder =>
            {
                builder.Configuration["ConnectionStrings:TradeTalks"] = $"Data Source={DatabasePath};Pooling=False";
                builder.Services.AddSingleton<TimeProvider>(Time);
                foreach (var (key, value) in Settings)
                {
                    builder.Configuration[key] = value;
                }

                Services?.Invoke(builder.Services);
            },
        };

        var exitCode = await AppCommandLine.InvokeAsync(args, _ =>
        {
            Served = true;
            return Task.FromResult(0);
        }, context);
        return (exitCode, output + System.Text.Encoding.UTF8.GetString(standardOutput.ToArray()), error.ToString());
    }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public ValueTask DisposeAsync()
    {
        StoreFiles.Delete(DatabasePath);

        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
