using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.DataSets;
using TradeTalks.Sources;
using TradeTalks.Tests.Commands;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Components.Shared;
using TradeTalks.Web.Editing;

namespace TradeTalks.Tests.DataSets;

/// <summary>
/// Every kind in the registry (<see cref="Kinds"/>) reaches every place that works kind by kind: a kind added to the
/// registry but missing from one of them fails here. docs/adding-a-kind.md lists the files a new kind touches.
/// </summary>
public sealed class KindRegistryTests
{
    /// <summary>
    /// Where the API lists each top-level kind. A new kind needs its routes in Web/Api and a line here; developments are
    /// served on the timeline (their only page).
    /// </summary>
    private static string? ApiRoute(string kind) => kind switch
    {
        "sources" => "/api/v1/sources",
        "people" => "/api/v1/people",
        "talks" => "/api/v1/talks",
        "tariffLayers" => "/api/v1/tariffs/layers",
        "measures" => "/api/v1/measures",
        "truceWindows" => "/api/v1/truce/windows",
        "commitments" => "/api/v1/commitments",
        "indicatorReleases" => "/api/v1/indicators",
        "statements" => "/api/v1/statements",
        "claims" => "/api/v1/claims",
        "developments" => "/api/v1/timeline?kind=Development",
        // Until the products API of issue 26 is built, programmes are read with the layers whose rates they charge.
        "productProgrammes" => "/api/v1/tariffs/layers",
        _ => null,
    };

    [Fact]
    public async Task EveryKindComesBackFromTheStoreAsTheBundledDataSetHasIt()
    {
        await using var app = new TradeTalksAppFactory();
        _ = app.Server;
        var bundled = DataSetFiles.Read(DataSetFiles.Bundled);

        var exported = await app.Services.GetRequiredService<DataSetExporter>().ExportAsync();

        foreach (var kind in Kinds.All)
        {
            Assert.True(kind.EntriesIn(bundled).Count > 0, $"The bundled data set has no {kind.Plural}, so nothing shows that they round-trip.");
            Assert.Equal(Json(kind, bundled), Json(kind, exported));
        }
    }

    [Fact]
    public async Task ValidateCountsEveryKind()
    {
        await using var run = new CommandRun();
        var bundled = DataSetFiles.Read(DataSetFiles.Bundled);

        var (_, output, _) = await run.RunAsync(["validate", DataSetFiles.DataSetPath]);

        Assert.All(Kinds.All, kind => Assert.Contains(kind.Count(kind.EntriesIn(bundled).Count), output, StringComparison.Ordinal));
    }

    [Fact]
    public void TheEditorListsEveryTopLevelKindAndEveryKindHasAWordForTheSourcesPage()
    {
        Assert.Equal(Kinds.TopLevel.Select(k => k.Name).Order(), RecordKind.All.Select(k => k.Kind).Order());
        Assert.All(Kinds.All, kind =>
        {
            Assert.False(string.IsNullOrWhiteSpace(kind.Noun) || string.IsNullOrWhiteSpace(kind.Plural), kind.Name);
            Assert.NotEqual(kind.Name, Citations.Kind(new Citation(kind.Name, "key", "name", null)));
        });
    }

    [Fact]
    public async Task EveryTopLevelKindIsListedByTheApi()
    {
        await using var app = new TradeTalksAppFactory();
        using var client = app.CreateClient();

        foreach (var kind in Kinds.TopLevel)
        {
            var route = ApiRoute(kind.Name);
            Assert.True(route is not null, $"No API route is known for {kind.Plural}: add its routes in Web/Api and here.");
            var response = await client.GetAsync(route + (route.Contains('?') ? "&" : "?") + "asOf=2026-11-29");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{route} answered {response.StatusCode}");
        }
    }

    [Fact]
    public async Task EveryKindLeadsToAReadingPageThatAnswers()
    {
        await using var app = new TradeTalksAppFactory();
        using var client = app.CreateClient();

        foreach (var kind in Kinds.All)
        {
            var owner = RecordKind.OwnerOf(kind.Name);
            Assert.True(owner is not null, $"{kind.Plural} belong to no kind the editor lists: register it or its parent in Web/Editing/RecordKinds.cs.");
            var response = await client.GetAsync(owner.ReadingPage);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{owner.ReadingPage}, the page of {kind.Plural}, answered {response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("tariffChanges", "/tariffs")]
    [InlineData("truceItems", "/truce")]
    [InlineData("commitmentProgress", "/commitments")]
    [InlineData("statements", "/timeline")]
    [InlineData("no such kind", null)]
    public void AChildKindIsFoundOnItsParentsPage(string kind, string? page) =>
        Assert.Equal(page, RecordKind.OwnerOf(kind)?.ReadingPage);

    private static string Json(DataSetKind kind, DataSetDocument document) =>
        JsonSerializer.Serialize(kind.EntriesIn(document).Select(e => (object)e.Entry), DataSetJson.Options);
}
