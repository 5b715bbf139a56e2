using System.CommandLine;
using System.Globalization;
using TradeTalks.Products;
using TradeTalks.Products.Building;

namespace TradeTalks.Web.Commands;

/// <summary>
/// The <c>products build</c> verb: turns a clone of the tariff-rate-tracker repository (the HTS archives, the product
/// lists, the revision dates) into the bundled product data, its schema and its manifest (docs/products.md).
/// </summary>
public static class ProductCommands
{
    public static Command Create(CommandContext context)
    {
        var products = new Command("products", "Work with the bundled product data (HTS10 lines and the lists that name them).");
        products.Subcommands.Add(Build(context));
        return products;
    }

    private static Command Build(CommandContext context)
    {
        var from = new Option<string>("--from") { Description = "The folder of a clone of the tariff-rate-tracker repository.", Required = true };
        var commit = new Option<string>("--commit") { Description = "The commit the clone is at (git rev-parse HEAD), for the manifest.", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write products.json, its schema and manifest.json.", DefaultValueFactory = _ => Path.Combine("data", "products") };
        var command = new Command("build", "Build the bundled product data from the inputs, with a manifest of their SHA-256s.") { from, commit, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var sha = parse.GetValue(commit)!.Trim();
            if (sha.Length != 40 || !sha.All(char.IsAsciiHexDigit))
            {
                await context.Error.WriteLineAsync($"--commit \"{sha}\" is not a full commit id: give the 40 hex digits `git rev-parse HEAD` prints in the clone. Nothing was written.");
                return 2;
            }

            var folder = context.PathOf(parse.GetValue(from)!);
            ProductBuild build;
            byte[] manifest;
            var data = Array.Empty<byte>();
            try
            {
                build = ProductDataBuilder.Build(folder);
                data = ProductDataJson.Write(build.Data);
                manifest = ProductManifest.Write(build, new InputFolder(folder), sha.ToLowerInvariant(), context.Time.GetUtcNow(), data, BundledProducts.Schema());
            }
            catch (ProductInputException exception)
            {
                await context.Error.WriteLineAsync($"{exception.Message}\nNothing was written.");
                return 1;
            }

            var target = Directory.CreateDirectory(context.PathOf(parse.GetValue(output)!)).FullName;
            await WriteAsync(Path.Combine(target, ProductDataJson.FileName), data, cancellationToken);
            await WriteAsync(Path.Combine(target, ProductDataJson.SchemaName), BundledProducts.Schema(), cancellationToken);
            await WriteAsync(Path.Combine(target, ProductManifest.FileName), manifest, cancellationToken);
            foreach (var note in build.Notes)
            {
                await context.Output.WriteLineAsync(note);
            }

            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Built {build.Data.Lines.Count} HTS10 lines ({build.Data.Lines.Sum(l => l.Listings.Count)} listings) from {build.Data.Revisions.Count} revisions, the last {build.Data.LastRevision.Name}: {data.Length / 1024} KB in {target}."));
            return 0;
        });
        return command;
    }

    /// <summary>Written beside the target, then moved over it: a failed build never leaves half a file.</summary>
    private static async Task WriteAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        await File.WriteAllBytesAsync(path + ".partial", bytes, cancellationToken);
        File.Move(path + ".partial", path, overwrite: true);
    }
}
