using Microsoft.Data.Sqlite;

namespace TradeTalks.Tests.Support;

/// <summary>
/// A store file of a test's own in the temporary folder, and its removal afterwards together with the files kept beside
/// it: SQLite's write-ahead log (<c>-wal</c>) and shared memory (<c>-shm</c>), and the migration guard's lock file.
/// </summary>
public static class StoreFiles
{
    public static string NewPath() => Path.Combine(Path.GetTempPath(), $"tradetalks-test-{Guid.NewGuid():N}.db");

    /// <summary>Deletes the store at <paramref name="path"/> and the files beside it; what is not there is skipped.</summary>
    public static void Delete(string path)
    {
        // A pooled connection keeps the files open; closing them first lets the next test's checks see them gone.
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-migration-lock" })
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Takes the store at <paramref name="path"/> away while the app runs, as a lost disk would, until the result is
    /// disposed: a folder stands in its place, which SQLite can neither open nor create a new store in.
    /// </summary>
    public static IDisposable TakeAway(string path)
    {
        var away = path + ".away";
        SqliteConnection.ClearAllPools();
        File.Move(path, away);
        Directory.CreateDirectory(path);
        return new Returned(() =>
        {
            Directory.Delete(path);
            File.Move(away, path);
            SqliteConnection.ClearAllPools();
        });
    }

    private sealed class Returned(Action giveBack) : IDisposable
    {
        public void Dispose() => giveBack();
    }
}
