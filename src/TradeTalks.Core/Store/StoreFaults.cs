using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace TradeTalks.Store;

/// <summary>
/// What a database error means for the people using the dashboard, in words they can act on. SQLite reports its
/// faults by result code; the ones a deployment meets are a store another program holds locked, a file that cannot be
/// written, a file that is not (or no longer) a database, and a file that cannot be opened at all.
/// </summary>
public static class StoreFaults
{
    // SQLite's primary result codes (https://sqlite.org/rescode.html), which SqliteException.SqliteErrorCode carries.
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int Corrupt = 11;
    private const int CantOpen = 14;
    private const int Constraint = 19;
    private const int NotADatabase = 26;

    /// <summary>Another process holds the store's write lock.</summary>
    public static bool IsBusy(Exception exception) => Code(exception) is Busy or Locked;

    /// <summary>The store cannot be written: a read-only file, folder or connection.</summary>
    public static bool IsReadOnly(Exception exception) => Code(exception) is ReadOnly;

    /// <summary>
    /// A fault of the database itself: unreachable, locked, read-only, damaged. Not a constraint the data broke (a
    /// clash between records), which trying again cannot mend.
    /// </summary>
    public static bool IsStoreFault(Exception exception) => Find<DbException>(exception) is not null && Code(exception) is not Constraint;

    /// <summary>A sentence for a log line or a page, or null when the exception is not a database fault.</summary>
    public static string? Describe(Exception exception) => Code(exception) switch
    {
        Busy or Locked => "Another program holds the store's write lock (an import, a backup, a database tool). " +
            "It is tried again until the lock is released.",
        ReadOnly => "The store cannot be written: the database file, its folder or its connection is read-only. " +
            "Readers are served; editing needs a writable store.",
        Corrupt or NotADatabase => "The database file is damaged or is not a SQLite database. Stop the app, move the file " +
            "aside and restore it from a backup, or start on a new file and import an export (see README).",
        CantOpen => "The database file cannot be opened. Check ConnectionStrings:TradeTalks and that the folder exists and " +
            "the app may use it.",
        _ when Find<DbException>(exception) is { } fault => $"The database answered with an error: {fault.Message}",
        _ => null,
    };

    private static int? Code(Exception exception) => Find<SqliteException>(exception)?.SqliteErrorCode;

    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T found)
            {
                return found;
            }
        }

        return null;
    }
}
