using System.Net;
using System.Text.Json;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Extensions;

namespace TradeTalks.Tests.Host;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task TheHostStartsWithProductionSettings()
    {
        await using var app = new TradeTalksAppFactory("Production");
        using var client = app.CreateClient();

        var response = await client.GetAsync("/truce");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(app.DatabasePath));
    }

    [Fact]
    public void TheAppRunsOnTheServerCollectorWithItsDynamicAdaptationOff()
    {
        // What the built app starts with (its runtimeconfig.json, which a publish carries too): decision 16.
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TradeTalks.Web.runtimeconfig.json")));
        var properties = settings.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(0, properties.GetProperty("System.GC.DynamicAdaptationMode").GetInt32());
    }

    [Fact]
    public void ARelativeStoreFileIsTakenFromTheAppFolderAndItsFolderIsCreated()
    {
        var root = Path.Combine(Path.GetTempPath(), $"tradetalks-root-{Guid.NewGuid():N}");
        try
        {
            var resolved = StoreExtensions.ResolveFile("Data Source=App_Data/store.db", root);

            Assert.Contains(Path.Combine(root, "App_Data", "store.db"), resolved, StringComparison.Ordinal);
            Assert.True(Directory.Exists(Path.Combine(root, "App_Data")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void AMalformedConnectionStringIsRefusedWithAMessageThatSaysWhatToWrite()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StoreExtensions.ResolveFile("this is not=a;valid;;=string", Path.GetTempPath()));

        Assert.Contains("ConnectionStrings:TradeTalks", error.Message, StringComparison.Ordinal);
        Assert.Contains("Data Source=", error.Message, StringComparison.Ordinal);
    }
}
