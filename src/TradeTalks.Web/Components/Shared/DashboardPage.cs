using Microsoft.AspNetCore.Components;
using TradeTalks.Time;

namespace TradeTalks.Web.Components.Shared;

/// <summary>
/// A page whose figures answer for the as-of date in the address (<c>?asOf=YYYY-MM-DD</c>), or for now. A bad date
/// is reported on the page and the figures fall back to now.
/// Reading pages render statically on the server: a reader opens no live connection, and every control on them is a
/// link or a GET form. The attribute is inherited by every page built on this class.
/// </summary>
[ExcludeFromInteractiveRouting]
[Extensions.ReadingPage]
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Extensions.DashboardExtensions.PagesCachePolicy)]
public abstract class DashboardPage : ComponentBase
{
    [Inject]
    protected TimeProvider Time { get; set; } = null!;

    /// <summary>The as-of date, read once per address for the request or connection.</summary>
    [Inject]
    protected AsOfState AsOfState { get; set; } = null!;

    /// <summary>Only here so that a new as-of date in the address sets the page's parameters again; <see cref="AsOfState"/> reads it.</summary>
    [SupplyParameterFromQuery(Name = "asOf")]
    public string? AsOfText { get; set; }

    protected AsOf AsOf { get; private set; }


    /// <summary>True once the page's data has loaded (or failed to).</summary>
    protected bool Loaded { get; private set; }

    protected string? LoadError { get; private set; }

    protected override async Task OnParametersSetAsync()
    {
        AsOf = AsOfState.Current;
        if (Services.GetService<Published.PublishedReading>()?.Problem is { } notPublished)
        {
            // Never figures that look real for a point the record cannot show: the reason alone, with a status to match.
            LoadError = notPublished.Message;
            Loaded = true;
            if (RequestContext is { Response.HasStarted: false } asked)
            {
                asked.Response.StatusCode = Services.GetRequiredService<Published.PublishedReading>().ProblemStatus;
            }

            return;
        }

        try
        {
            await LoadAsync();
            LoadError = null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LoadError = Store.StoreFaults.IsStoreFault(exception)
                ? "The record is not available right now: the dashboard cannot reach its store. It comes back by itself once the " +
                  "store answers again; reload the page in a minute."
                : "The data could not be loaded. Reload the page; if it keeps failing, the store may be unavailable.";
            Logger?.LogError(exception, "Loading {Page} failed", GetType().Name);
            // Not a page to keep: a 503 is neither output-cached nor kept by a proxy, so the figures return with the store.
            if (RequestContext is { Response.HasStarted: false } request)
            {
                request.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                request.Response.Headers.RetryAfter = "30";
            }
        }

        Loaded = true;
    }

    [Inject]
    private ILogger<DashboardPage>? Logger { get; set; }

    /// <summary>For what only some hosts register (the record as published is not set up in tests of a component alone).</summary>
    [Inject]
    private IServiceProvider Services { get; set; } = null!;

    /// <summary>The request, when the page renders statically on the server (none in tests of the component alone).</summary>
    [CascadingParameter]
    private HttpContext? RequestContext { get; set; }

    /// <summary>Loads what the page shows for <see cref="AsOf"/>.</summary>
    protected abstract Task LoadAsync();

    /// <summary>A link to another page that keeps the as-of date.</summary>
    protected string Link(string path) => AsOfLinks.With(path, AsOf);
}
