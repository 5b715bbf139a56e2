using TradeTalks.Web.Accounts;
using TradeTalks.Web.Components.Pages.Edit;
using TradeTalks.Web.Components.Pages.Timeline;
using TradeTalks.Web.Editing;

namespace TradeTalks.Tests.Components;

/// <summary>The editor's forms, one per kind, laid out from the schema and checked by the import's rules.</summary>
public sealed class EditFormTests : PageTestContext
{
    public static TheoryData<string> Kinds => [.. RecordKind.All.Select(k => k.Kind)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void SavingAnEmptyFormMarksEveryRequiredFieldWithAMessage(string kind)
    {
        SignInEditor();
        var form = RenderForm(kind, null);
        form.WaitForElement("[data-testid=save]");

        form.Find("[data-testid=save]").Click();

        form.WaitForAssertion(() => Assert.NotNull(form.Find("[data-testid=problem-summary]")));
        var required = EditSchema.Instance.Fields(RecordKind.Of(kind).Definition).Where(f => f.Required).ToList();
        Assert.NotEmpty(required);
        foreach (var field in required)
        {
            var message = form.Find($"[data-field='{field.Name}'] .mud-input-helper-text.mud-input-error");
            Assert.False(string.IsNullOrWhiteSpace(message.TextContent), $"{kind}.{field.Name} shows no message");
        }

        Assert.Contains("Required: fill this in.", form.Find("[data-testid=problem-summary]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void OnAReadOnlyStoreTheDeskSaysWhyNothingCanBeSaved()
    {
        SignInEditor();
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<TradeTalks.Store.StoreState>(Services)
            .ServeReadOnly("The store is opened read-only (Mode=ReadOnly in ConnectionStrings:TradeTalks). Remove it to edit.");

        var form = RenderForm("talks", null);

        form.WaitForElement("[data-testid=store-read-only]");
        var alert = form.Find("[data-testid=store-read-only]").TextContent;
        Assert.Contains("Editing is unavailable", alert, StringComparison.Ordinal);
        Assert.Contains("Mode=ReadOnly", alert, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("effectiveOn", "Effective on")]
    [InlineData("NegotiatingRound", "Negotiating round")]
    [InlineData("key", "Key")]
    public void FieldNamesAndChoicesReadAsWords(string name, string words) => Assert.Equal(words, EditSchema.Humanize(name));

    [Fact]
    public void AnAbsurdDateIsMarkedAtItsFieldAsSoonAsItIsEntered()
    {
        SignInEditor();
        var form = RenderForm("talks", "london-2025-06");
        form.WaitForElement("[data-field='firstDay'] input");

        form.Find("[data-field='firstDay'] input").Change("1066-10-14");

        form.WaitForAssertion(() => Assert.Contains("1900", form.Find("[data-field='firstDay'] .mud-input-helper-text.mud-input-error").TextContent, StringComparison.Ordinal));
        Assert.Empty(form.FindAll("[data-testid=problem-summary]"));
        Assert.Empty(form.FindAll("[data-field='title'] .mud-input-error"));
    }

    [Fact]
    public void AnExistingRecordsKeyCannotBeChangedButAChildsFieldsAreThere()
    {
        SignInEditor();
        var form = RenderForm("tariffLayers", "us-reciprocal");
        form.WaitForElement("[data-field='key'] input");

        Assert.True(form.Find("[data-field='key'] input").HasAttribute("disabled"));
        Assert.Equal("125", form.Find("[data-field='changes[2].rate'] input").GetAttribute("value"));
        Assert.Equal(5, form.FindAll("[data-child]").Count);
    }

    [Fact]
    public void AnUnknownKindOrKeySaysSoInsteadOfFailing()
    {
        SignInEditor();
        var unknownKind = RenderForm("widgets", "x");
        Assert.Contains("is not a kind of record", unknownKind.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingRecordPointsToItsHistory()
    {
        SignInEditor();
        var missing = RenderForm("talks", "no-such-talk");
        missing.WaitForElement("[data-testid=record-missing]");
        Assert.Contains("/edit/talks/no-such-talk/history", missing.Find("[data-testid=record-missing] a").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadersSeeNoEditLinksAndEditorsSeeOneOnEveryTimelineEntry()
    {
        var reader = RenderPage<TimelineView>("/timeline");
        reader.WaitForElement("[data-testid=timeline-item]");
        Assert.Empty(reader.FindAll("[data-testid^=edit-]"));
    }

    [Fact]
    public void EditorsSeeAnEditLinkOnEveryTimelineEntry()
    {
        SignInEditor();
        var page = RenderPage<TimelineView>("/timeline");
        page.WaitForElement("[data-testid=timeline-item]");

        var items = page.FindAll("[data-testid=timeline-item]");
        Assert.All(items, item => Assert.NotNull(item.QuerySelector("a.edit-link, .edit-link")));
        Assert.Contains(page.FindAll("[data-testid^=edit-tariffChanges-]"), link => link.GetAttribute("href")!.StartsWith("/edit/locate?kinds=tariffChanges&key=", StringComparison.Ordinal));
    }

    [Fact]
    public void ANoteOverTheLimitIsKeptWholeCountedAndMarkedAtItsFieldBeforeSaving()
    {
        SignInEditor();
        var form = RenderForm("talks", "london-2025-06");
        form.WaitForElement("[data-field='note'] textarea");
        var limit = form.Find("[data-field='note'] textarea").GetAttribute("maxlength");
        Assert.True(limit is null || int.Parse(limit, System.Globalization.CultureInfo.InvariantCulture) > 2000, $"the note is cut at {limit} characters");

        // Typed (or pasted), then a pause, on the app's clock: the field is not left and nothing is saved.
        form.Find("[data-field='note'] textarea").Input(new string('a', 2100));
        Clock.Advance(TimeSpan.FromSeconds(1));

        form.WaitForAssertion(() => Assert.Contains("2100 characters long, more than the 2000 allowed: shorten it by 100.",
            form.Find("[data-field='note'] .mud-input-helper-text.mud-input-error").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Contains("2100 / 2000", form.Find("[data-field='note']").TextContent, StringComparison.Ordinal);
        Assert.Empty(form.FindAll("[data-testid=problem-summary]"));
    }

    [Theory]
    [InlineData("sources", false)]
    [InlineData("talks", true)]
    public void OnlyAFormThatCitesSourcesSaysToAddANewSourceFirst(string kind, bool says)
    {
        SignInEditor();
        var form = RenderForm(kind, null);

        var intro = form.WaitForElement("[data-testid=form-intro]").TextContent;

        Assert.Equal(says, intro.Contains("add the source first", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Fields marked * are required.", intro, StringComparison.Ordinal);
    }

    [Fact]
    public void ANewTariffChangesKeyIsItsLayersKeyAndTheDayItTakesEffect()
    {
        SignInEditor();
        var form = RenderForm("tariffLayers", "us-301-2024-semiconductors");
        form.WaitForElement("[data-testid='add-changes']");

        form.Find("[data-testid='add-changes']").Click();
        form.WaitForElement("[data-field='changes[1].effectiveOn'] input").Change("2025-06-01");

        form.WaitForAssertion(() => Assert.Equal("us-301-2024-semiconductors-2025-06-01", form.Find("[data-field='changes[1].key'] input").GetAttribute("value")));
        Assert.Empty(form.FindAll("[data-field='changes[1].key'] .mud-input-error"));
        Assert.Contains("Made from the key above and the day", form.Find("[data-field='changes[1].key']").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Made from the key above", form.Find("[data-field='changes[0].key']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ANewTruceItemWhichHasNoDayGetsANumberedKeyNamedAfterItsKindAndTheTruce()
    {
        SignInEditor();
        var form = RenderForm("truceWindows", "geneva-truce");
        form.WaitForElement("[data-testid='add-items']");

        form.Find("[data-testid='add-items']").Click();

        form.WaitForAssertion(() => Assert.Equal("geneva-truce-item-8", form.Find("[data-field='items[7].key'] input").GetAttribute("value")));
    }

    [Fact]
    public void ChangingTheDayOfANewChangeMovesTheSuggestedKeyButNotOneTheEditorTyped()
    {
        SignInEditor();
        var form = RenderForm("tariffLayers", "us-301-2024-semiconductors");
        form.WaitForElement("[data-testid='add-changes']");
        form.Find("[data-testid='add-changes']").Click();
        form.WaitForElement("[data-field='changes[1].effectiveOn'] input").Change("2025-06-01");
        form.WaitForElement("[data-field='changes[1].effectiveOn'] input").Change("2025-07-01");
        form.WaitForAssertion(() => Assert.Equal("us-301-2024-semiconductors-2025-07-01", form.Find("[data-field='changes[1].key'] input").GetAttribute("value")));

        form.Find("[data-field='changes[1].key'] input").Change("us-301-chips-step-up");
        form.Find("[data-field='changes[1].effectiveOn'] input").Change("2025-08-01");

        form.WaitForAssertion(() => Assert.Equal("us-301-chips-step-up", form.Find("[data-field='changes[1].key'] input").GetAttribute("value")));
    }

    [Fact]
    public void TypingWordsInTheSourcesPickerNarrowsItAndAPickIsAddedAsAChip()
    {
        SignInEditor();
        var form = RenderForm("talks", null);

        form.WaitForElement("[data-field='sources'] input").Input("london opening");
        // The box waits for a pause in the typing, on the app's clock.
        Clock.Advance(TimeSpan.FromSeconds(1));

        _popovers.WaitForAssertion(() =>
        {
            var items = _popovers.FindAll(".mud-popover-open .mud-list-item");
            Assert.NotEmpty(items);
            Assert.True(items.Count < 10, $"{items.Count} sources listed");
            Assert.All(items, item => Assert.Contains("london", item.TextContent, StringComparison.OrdinalIgnoreCase));
        }, TimeSpan.FromSeconds(10));
        var picked = _popovers.FindAll(".mud-popover-open .mud-list-item")[0].TextContent.Trim();
        _popovers.FindAll(".mud-popover-open .mud-list-item")[0].Click();

        form.WaitForAssertion(() => Assert.Contains(picked, Assert.Single(form.FindAll("[data-field='sources'] .mud-chip")).TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));
    }

    private IRenderedComponent<MudBlazor.MudPopoverProvider> _popovers = null!;

    /// <summary>The form as the router gives it its route's values.</summary>
    private IRenderedComponent<RecordForm> RenderForm(string kind, string? key)
    {
        _popovers = Render<MudBlazor.MudPopoverProvider>();
        return Render<RecordForm>(parameters => parameters.Add(p => p.Kind, kind).Add(p => p.Key, key));
    }

    private void SignInEditor()
    {
        Authorization.SetAuthorized("editor@example.org");
        Authorization.SetRoles("Editor");
        Authorization.SetPolicies(AccountExtensions.EditorsPolicy);
    }
}
