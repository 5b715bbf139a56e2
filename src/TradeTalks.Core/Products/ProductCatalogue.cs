using System.Diagnostics;

namespace TradeTalks.Products;

public enum ProductCatalogueState
{
    /// <summary>The data is being read, after the app started: every other page serves meanwhile.</summary>
    Loading,

    Ready,

    /// <summary>The data could not be read; <see cref="ProductCatalogue.Problem"/> says why.</summary>
    Failed,
}

/// <summary>
/// The product lines the app looks up (issue 26). It reads the bundled data in the background once the app has
/// started, so that a start is no slower and the other pages serve while it reads; until then it is
/// <see cref="ProductCatalogueState.Loading"/> and has no <see cref="Index"/>.
/// </summary>
public sealed class ProductCatalogue
{
    private volatile ProductIndex? _index;
    private volatile string? _problem;

    public ProductCatalogueState State => _index is not null ? ProductCatalogueState.Ready : _problem is not null ? ProductCatalogueState.Failed : ProductCatalogueState.Loading;

    /// <summary>The lines, once they are read; null while loading or after a failure.</summary>
    public ProductIndex? Index => _index;

    public string? Problem => _problem;

    /// <summary>How long the last load took.</summary>
    public TimeSpan LoadTime { get; private set; }

    /// <summary>Reads the data from the stream <paramref name="open"/> gives and makes it ready; a failure is kept, not thrown.</summary>
    public async Task LoadAsync(Func<CancellationToken, Task<Stream>> open, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            await using var stream = await open(cancellationToken);
            var index = await Task.Run(() => new ProductIndex(ProductDataJson.Read(stream)), cancellationToken);
            LoadTime = clock.Elapsed;
            _index = index;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _problem = $"The product data could not be read: {exception.Message}";
        }
    }
}
