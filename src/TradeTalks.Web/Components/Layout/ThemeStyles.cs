using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace TradeTalks.Web.Components.Layout;

/// <summary>
/// The style sheets <see cref="MudThemeProvider"/> writes for the dashboard's theme, light or dark, worked out once by
/// rendering it and then written as they are, in the head of every page (App): style sheets belong there (the HTML
/// checker refuses a &lt;style&gt; in the body), and the first paint has the reader's colours. A reading page renders
/// statically, so a theme provider of its own would only build the same CSS again on every request, and then try (and
/// fail) to reach the browser's script when it is disposed. The editors' desk, which is interactive, keeps the real one.
/// </summary>
public sealed class ThemeStyles : IComponent
{
    private RenderHandle _handle;

    [Inject]
    private ThemeStylesheets Sheets { get; set; } = null!;

    [Parameter]
    public bool DarkMode { get; set; }

    public void Attach(RenderHandle renderHandle) => _handle = renderHandle;

    public async Task SetParametersAsync(ParameterView parameters)
    {
        parameters.SetParameterProperties(this);
        var markup = await Sheets.GetAsync(DarkMode);
        _handle.Render(builder => builder.AddMarkupContent(0, markup));
    }
}

/// <summary>The theme's style sheets, rendered once for each mode (see <see cref="ThemeStyles"/>).</summary>
public sealed class ThemeStylesheets(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    private readonly Task<string>?[] _sheets = new Task<string>?[2];

    /// <summary>The sheets for a mode; a render that failed is tried again by the next request rather than kept.</summary>
    public Task<string> GetAsync(bool darkMode)
    {
        var index = darkMode ? 1 : 0;
        var sheets = Volatile.Read(ref _sheets[index]);
        if (sheets is null || sheets.IsFaulted || sheets.IsCanceled)
        {
            // Off the requesting page's render: the result is shared by every page after it.
            sheets = Task.Run(() => RenderAsync(scopes, loggers, darkMode));
            Volatile.Write(ref _sheets[index], sheets);
        }

        return sheets;
    }

    private static async Task<string> RenderAsync(IServiceScopeFactory scopes, ILoggerFactory loggers, bool darkMode)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<MudThemeProvider>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MudThemeProvider.Theme)] = DashboardTheme.Theme,
                [nameof(MudThemeProvider.IsDarkMode)] = darkMode,
            }));
            return output.ToHtmlString();
        });
    }
}
