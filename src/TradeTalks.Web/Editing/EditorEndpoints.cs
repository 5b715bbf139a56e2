using System.Globalization;
using TradeTalks.DataSets;
using TradeTalks.Web.Accounts;

namespace TradeTalks.Web.Editing;

public static class EditorEndpoints
{
    /// <summary>The download of the whole store as a data set, for signed-in editors.</summary>
    public static WebApplication MapEditorEndpoints(this WebApplication app)
    {
        app.MapGet("/edit/export", async (DataSetExporter exporter, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var bytes = DataSetJson.Serialize(await exporter.ExportAsync(cancellationToken));
            var day = time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return TypedResults.File(bytes, "application/json", $"tradetalks-{day}.json");
        }).RequireAuthorization(AccountExtensions.EditorsPolicy).ExcludeFromDescription();
        return app;
    }
}
