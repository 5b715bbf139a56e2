using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TradeTalks.EndToEnd.Support;

namespace TradeTalks.EndToEnd;

/// <summary>
/// Every page fits the window at desktop and phone width, in both themes, with no text spilling out of its box or cut
/// off inside it; the overview's first screen answers the three questions, and on a phone the overview stays short.
/// The pages come from the app's own routes, so a new page is checked without editing this test.
/// </summary>
public sealed class FitsEveryScreenTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>
    /// The addresses that stand for each route with parameters. A route with parameters missing here fails the test:
    /// add the addresses of a record or two that show its richest state.
    /// </summary>
    private static readonly Dictionary<string, string[]> AddressesOfRoutesWithParameters = new(StringComparer.Ordinal)
    {
        ["/edit/{Kind}"] = ["/edit/truceWindows", "/edit/sources"],
        ["/edit/{Kind}/new"] = ["/edit/measures/new"],
        ["/edit/{Kind}/{Key}"] = ["/edit/truceWindows/geneva-truce", "/edit/tariffLayers/us-reciprocal"],
        ["/edit/{Kind}/{Key}/history"] = ["/edit/tariffLayers/us-reciprocal/history"],
        // A T-shirt, a steel derivative with layers set aside, and a car: the longest tables and legends.
        ["/products/{Code}"] = ["/products/6109100012", "/products/7326908688?asOf=2026-03-16", "/products/8703800020"],
    };

    /// <summary>Reading pages whose richest state lies later than the tests' clock (10 June 2025), at that later date.</summary>
    internal static readonly string[] LaterStates =
        ["/?asOf=2026-06-10", "/truce?asOf=2026-06-10", "/measures?asOf=2026-06-10", "/commitments?asOf=2026-06-10"];

    /// <summary>/products with results and as a programme's list (its plain address shows the empty search).</summary>
    internal static readonly string[] ProductStates = ["/products?q=6109", "/products?programme=301-list-3&asOf=2025-06-10"];

    /// <summary>The app reads its product data in the background after the start; until then /products says so.</summary>
    internal static async Task ProductsReadAsync(AppServer app)
    {
        var products = app.Services.GetRequiredService<TradeTalks.Products.ProductService>();
        for (var waited = 0; products.State == TradeTalks.Products.ProductCatalogueState.Loading && waited < 60_000; waited += 100)
        {
            await Task.Delay(100);
        }
    }

    public static TheoryData<int, bool> Variants => new()
    {
        { DesktopWidth, false }, { DesktopWidth, true }, { PhoneWidth, false }, { PhoneWidth, true },
    };

    /// <summary>
    /// The rule, run in the page: the document is no wider than the window, and no element's content is wider than its
    /// box (scrollWidth against clientWidth, with a pixel for rounding). Content wider than its box either spills over
    /// what is beside it (overflow visible) or is cut off (hidden, clip, an ellipsis), and both are faults. Exempt are:
    /// a box that scrolls on purpose (overflow-x auto or scroll, such as a wide table's region: the reader scrolls it
    /// and the page stays put), and what spills inside such a box, since scrolling reaches it (what is cut off there is
    /// still a fault); form fields (they scroll their own text); the parts of an SVG (they have no box of their own;
    /// the svg element is checked); boxes of 1 px (text for screen readers only, meant unseen); and MudBlazor's input
    /// adornment, whose 48 px icon button reaches into the field's padding by design, with nothing outside the field.
    /// </summary>
    private const string FindOverflow = """
        () => {
            const problems = [];
            const window_ = document.documentElement.clientWidth;
            const page = document.documentElement.scrollWidth;
            if (page > window_) problems.push(`the page is ${page}px wide in a ${window_}px window`);
            const describe = (el) => {
                const id = el.getAttribute('data-testid') ?? el.id;
                const classes = [...el.classList].filter(c => !c.startsWith('b-')).slice(0, 3).join('.');
                const text = (el.innerText ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
                return `<${el.tagName.toLowerCase()}${id ? ' ' + id : ''}${classes ? ' .' + classes : ''}> "${text}"`;
            };
            const scrolls = (el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
            const insideScroller = (el) => {
                for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
                    if (scrolls(up)) return true;
                }
                return false;
            };
            for (const el of document.body.querySelectorAll('*')) {
                if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
                if (['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) continue;
                if (el.clientWidth <= 1) continue;
                if (el.classList.contains('mud-input-adornment')) continue;
                const style = getComputedStyle(el);
                if (style.visibility === 'hidden') continue;
                if (scrolls(el)) continue;
                if (el.scrollWidth > el.clientWidth + 1) {
                    if (style.overflowX === 'visible' && insideScroller(el)) continue;
                    problems.push(`${describe(el)} holds ${el.scrollWidth}px in ${el.clientWidth}px (overflow-x ${style.overflowX})`);
                }
            }
            return problems;
        }
        """;

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task NoPageIsWiderThanTheWindowAndNoTextSpillsOutOfItsBox(int width, bool dark)
    {
        var (open, signedIn) = PagesFromRoutes();
        var theme = dark ? "dark" : "light";
        var page = await NewPageAsync(width, width == PhoneWidth ? PhoneHeight : DesktopHeight);
        // The browser's clock as the server's, so countdowns run as a reader would see them.
        await page.Clock.SetSystemTimeAsync(Fixture.App.Clock.GetUtcNow().UtcDateTime);
        await page.Context.AddCookiesAsync([new Cookie { Name = "tt-theme", Value = theme, Url = Fixture.App.BaseAddress }]);
        var problems = new List<string>();

        await ProductsReadAsync(Fixture.App);
        foreach (var path in open.Concat(LaterStates).Concat(ProductStates))
        {
            await CheckAsync(page, path, width, theme, problems);
        }

        // The editors' desk and the password page, signed in: an account of this variant's own, since the first
        // sign-in changes its password.
        var email = $"fits-{width}-{theme}@example.org";
        await EditorPathTests.AddAccountAsync(Fixture.App, email, "Admin");
        await EditorPathTests.SignInAsync(page, Fixture.App, email);
        foreach (var path in signedIn)
        {
            await CheckAsync(page, path, width, theme, problems);
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(page.Url.Contains("/edit", StringComparison.Ordinal), "the last page was not on the editors' desk: " + page.Url);
    }

    [Theory]
    [InlineData(DesktopWidth, DesktopHeight, "/")]
    [InlineData(PhoneWidth, PhoneHeight, "/")]
    [InlineData(DesktopWidth, DesktopHeight, "/?asOf=2026-06-10")]
    [InlineData(PhoneWidth, PhoneHeight, "/?asOf=2026-06-10")]
    public async Task TheOverviewsFirstScreenShowsTheRateEachWayTheTrucesStateAndDeadlineAndTheLatestTalk(int width, int height, string path)
    {
        var page = await NewPageAsync(width, height);
        await page.Clock.SetSystemTimeAsync(Fixture.App.Clock.GetUtcNow().UtcDateTime);
        await OpenAsync(page, Url(path));

        var answers = new Dictionary<string, ILocator>
        {
            ["the US rate"] = page.Locator("[data-testid=rate-us-on-cn]"),
            ["China's rate"] = page.Locator("[data-testid=rate-cn-on-us]"),
            ["the truce's state"] = page.Locator("[data-testid=truce-status]"),
            ["the truce's deadline"] = page.Locator("[data-testid=truce-deadline]"),
            ["the latest talk's name"] = page.Locator("[data-testid=latest-talk] p").Nth(0),
            ["the latest talk's days"] = page.Locator("[data-testid=latest-talk] p").Nth(1),
        };
        foreach (var (answer, locator) in answers)
        {
            var box = await locator.BoundingBoxAsync();
            Assert.True(box is not null && box.Y >= 0 && box.Y + box.Height <= height,
                $"{answer} is not on the first screen at {width}x{height} ({path}): {box?.Y}..{box?.Y + box?.Height}");
        }

        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.scrollY"));
        AssertNoProblems();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?asOf=2025-12-01")]
    [InlineData("/?asOf=2026-06-10")]
    public async Task TheOverviewOnAPhoneIsAtMost2000PixelsLong(string path)
    {
        var page = await NewPageAsync(PhoneWidth, PhoneHeight);
        await page.Clock.SetSystemTimeAsync(Fixture.App.Clock.GetUtcNow().UtcDateTime);
        await OpenAsync(page, Url(path));

        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");

        Assert.True(height <= 2000, $"{path} is {height}px long at {PhoneWidth}px");
        AssertNoProblems();
    }

    [Fact]
    public async Task ALiveCountdownThatReachesZeroSaysTheDeadlinePassedInsteadOfZeros()
    {
        var page = await NewPageAsync(PhoneWidth, PhoneHeight);
        // The browser's clock three seconds before the Geneva truce's deadline (12 Aug 2025, 00:01 US Eastern); the
        // server's is still on 10 June, so after the reload at zero the page says 62 days and the browser, past the
        // deadline, says it passed.
        await page.Clock.SetSystemTimeAsync(new DateTime(2025, 8, 12, 4, 0, 57, DateTimeKind.Utc));
        await OpenAsync(page, Url("/"));

        var passed = page.Locator("[data-testid=countdown-passed]");
        await Assertions.Expect(passed).ToBeVisibleAsync();
        await Assertions.Expect(passed).ToHaveTextAsync("Deadline passed less than a day ago");
        await Assertions.Expect(page.Locator("[data-testid=countdown-days]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-testid=countdown]")).ToHaveAttributeAsync("aria-label", "Deadline passed less than a day ago");
        AssertNoProblems();
    }

    [Fact]
    public async Task TheAsOfControlKeepsItsLabelInSightOnAPhone()
    {
        var page = await NewPageAsync(PhoneWidth, PhoneHeight);
        await OpenAsync(page, Url("/tariffs"));

        var label = page.Locator("label[for=asof-date]");
        await Assertions.Expect(label).ToBeVisibleAsync();
        await Assertions.Expect(label).ToHaveTextAsync("As of");
        var box = await label.BoundingBoxAsync();
        Assert.True(box is { Width: > 20, Height: > 10 } && box.X + box.Width <= PhoneWidth, $"the label's box: {box?.X},{box?.Width}x{box?.Height}");
        AssertNoProblems();
    }

    /// <summary>
    /// Every page the app routes to: those open to all, then those of the editors' desk and the password page, which ask
    /// for a signed-in editor. A route with parameters stands as the addresses listed for it.
    /// </summary>
    internal static (List<string> Open, List<string> SignedIn) PagesFromRoutes()
    {
        var templates = typeof(Program).Assembly.GetTypes()
            .SelectMany(type => type.GetCustomAttributes<RouteAttribute>())
            .Select(route => route.Template)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var missing = templates.Where(t => t.Contains('{', StringComparison.Ordinal) && !AddressesOfRoutesWithParameters.ContainsKey(t)).ToList();
        Assert.True(missing.Count == 0,
            $"Routes with parameters and no addresses in {nameof(AddressesOfRoutesWithParameters)}: {string.Join(", ", missing)}");

        var paths = templates.SelectMany(t => AddressesOfRoutesWithParameters.TryGetValue(t, out var addresses) ? addresses : [t]).ToList();
        static bool NeedsEditor(string path) => path.StartsWith("/edit", StringComparison.Ordinal) || path == "/account/password";
        return ([.. paths.Where(p => !NeedsEditor(p))], [.. paths.Where(NeedsEditor)]);
    }

    private async Task CheckAsync(IPage page, string path, int width, string theme, List<string> problems)
    {
        var response = await page.GotoAsync(Url(path));
        if (path.StartsWith("/edit", StringComparison.Ordinal))
        {
            await WaitInteractiveAsync(page);
            // The desk loads its records over the live connection once it is up.
            await page.WaitForTimeoutAsync(1000);
        }

        // The sign-in pages have one theme, the light one; every other page follows the reader's choice.
        var toggle = page.Locator("[data-testid=dark-mode-toggle]");
        if (await toggle.CountAsync() > 0)
        {
            Assert.True(await toggle.GetAttributeAsync("aria-pressed") == (theme == "dark" ? "true" : "false"), $"{path} is not in the {theme} theme");
        }
        var name = "fit-" + (path.StartsWith("/?", StringComparison.Ordinal) || path == "/" ? "overview" + path[1..] : path.Trim('/'))
            .Replace('/', '-').Replace("?asOf=", "-as-of-", StringComparison.Ordinal);
        await ScreenshotAsync(page, $"{name}-{width}-{theme}");
        foreach (var problem in await page.EvaluateAsync<string[]>(FindOverflow))
        {
            problems.Add($"{path} at {width}px, {theme} (HTTP {response?.Status}): {problem}");
        }
    }
}
