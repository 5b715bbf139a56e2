namespace TradeTalks.Products;

/// <summary>The product data and its schema as the app carries them (embedded from data/products/).</summary>
public static class BundledProducts
{
    private const string Prefix = "TradeTalks.Products.";

    public static Stream OpenData() => Open(ProductDataJson.FileName);

    public static byte[] Schema()
    {
        using var stream = Open(ProductDataJson.SchemaName);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static Stream Open(string name) =>
        typeof(BundledProducts).Assembly.GetManifestResourceStream(Prefix + name)
        ?? throw new InvalidOperationException($"The app carries no {name}: build it with `products build` (docs/products.md).");
}
