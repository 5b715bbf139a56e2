using Microsoft.Extensions.Logging;
using TradeTalks.DataSets;
using TradeTalks.History;

namespace TradeTalks.Store;

/// <summary>
/// Adds the records of the bundled data set (<c>data/tradetalks.json</c>) that the store lacks, matched by key, through
/// the same checks and write path as an import. Stored records are never touched, so edits survive and running it
/// again adds nothing; a record someone deleted comes back.
/// </summary>
public sealed class Seeder(StoreWriter writer, ILogger<Seeder> logger)
{
    /// <summary>Adds what is missing; returns how many records were added.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        DataSetReadResult bundled;
        await using (var stream = BundledFiles.Open(BundledFiles.DataSetName))
        {
            bundled = await DataSetReader.ReadAsync(stream, cancellationToken);
        }

        if (!bundled.IsValid)
        {
            // A test keeps this from shipping; should it happen, say exactly what is wrong rather than seed half.
            throw new InvalidDataSetException(bundled.Problems);
        }

        var report = await writer.ApplyAsync(bundled.Document!, WriteMode.AddMissing, cancellationToken: cancellationToken, author: WriteAuthor.BundledDataSet);
        var added = report.Total(k => k.Added);
        if (added > 0)
        {
            logger.LogInformation("Added {RecordCount} record(s) from the bundled data set", added);
        }

        return added;
    }
}
