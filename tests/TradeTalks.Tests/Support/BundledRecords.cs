using Microsoft.EntityFrameworkCore;
using TradeTalks.Measures;
using TradeTalks.Products;
using TradeTalks.Tariffs;
using TradeTalks.Truces;

namespace TradeTalks.Tests.Support;

/// <summary>
/// The bundled data set's tariff layers and truce windows as the store gives them back, loaded once through the real
/// seed path, for calculation tests that work on records in memory.
/// </summary>
public static class BundledRecords
{
    private static readonly Lazy<(List<TariffLayer> Layers, List<TruceWindow> Windows, List<Measure> Measures)> Loaded =
        new(() => LoadAsync().GetAwaiter().GetResult());

    private static readonly Lazy<List<ProductProgramme>> Programmes = new(() => LoadProgrammesAsync().GetAwaiter().GetResult());

    public static IReadOnlyList<TariffLayer> TariffLayers => Loaded.Value.Layers;

    public static IReadOnlyList<TruceWindow> TruceWindows => Loaded.Value.Windows;

    public static IReadOnlyList<Measure> Measures => Loaded.Value.Measures;

    /// <summary>The product programmes, each with its tariff layer's changes and every source loaded.</summary>
    public static IReadOnlyList<ProductProgramme> ProductProgrammes => Programmes.Value;

    private static async Task<List<ProductProgramme>> LoadProgrammesAsync()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.NewContext();
        return await db.ProductProgrammes.AsNoTrackingWithIdentityResolution().Include(p => p.Sources)
            .Include(p => p.Layer).ThenInclude(l => l!.Changes).ThenInclude(c => c.Sources).AsSplitQuery().ToListAsync();
    }

    private static async Task<(List<TariffLayer>, List<TruceWindow>, List<Measure>)> LoadAsync()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.NewContext();
        var layers = await db.TariffLayers.AsNoTracking().Include(l => l.Sources).Include(l => l.Changes).ThenInclude(c => c.Sources).ToListAsync();
        var windows = (await new TradeTalks.Truces.TruceService(database.Factory).GetWindowsAsync()).ToList();
        var measures = await db.Measures.AsNoTracking().Include(m => m.Changes).ToListAsync();
        return (layers, windows, measures);
    }
}
