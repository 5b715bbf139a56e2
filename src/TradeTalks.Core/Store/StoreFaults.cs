using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace TradeTalks.Store;

/// <summary>
/// What a database error means for the people using the dashboard, in words they can act on. SQLite reports its
/// faults by result code; the ones a deployment meets are a store another program holds locked, a file that cannot be
/// written, a file that is not (or no longer) a database, and a file that cannot be opened at all. PostgreSQL reports
/// them by SQLSTATE, and a server that cannot be reached as an NpgsqlException of its own.
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
    public static bool IsBusy(Exception exception) =>
        Code(exception) is Busy or Locked || State(exception) is "55P03" or "40001" or "40P01";

    /// <summary>The store cannot be written: a read-only file, folder or connection.</summary>
    public static bool IsReadOnly(Exception exception) => Code(exception) is ReadOnly || State(exception) is "25006";

    /// <summary>
    /// A fault of the database itself: unreachable, locked, read-only, damaged. Not a constraint the data broke (a
    /// clash between records), which trying again cannot mend.
    /// </summary>
    public static bool IsStoreFault(Exception exception) =>
        Find<DbException>(exception) is not null && !IsConstraint(exception);

    /// <summary>A sentence for a log line or a page, or null when the exception is not a database fault.</summary>
    public static string? Describe(Exception exception) => State(exception) switch
    {
        "55P03" or "40001" or "40P01" => BusyMessage,
        "25006" => ReadOnlyMessage,
        "3D000" => "The PostgreSQL database named in ConnectionStrings:TradeTalks does not exist. Create it (createdb), then it is migrated.",
        "28P01" or "28000" => "PostgreSQL refused the user or password in ConnectionStrings:TradeTalks.",
        "57P01" or "57P02" or "57P03" => "The PostgreSQL server is shutting down or starting up. It is tried again.",
        _ when Find<Npgsql.NpgsqlException>(exception) is { } npgsql && npgsql is not Npgsql.PostgresException =>
            "The PostgreSQL server in ConnectionStrings:TradeTalks cannot be reached (is it running, and is the host and port right?). " +
            "It is tried again until it answers.",
        _ => DescribeCode(exception),
    };

    private static string? DescribeCode(Exception exception) => Code(exception) switch
    {
        Busy or Locked => BusyMessage,
        ReadOnly => ReadOnlyMessage,
        Corrupt or NotADatabase => "The database file is damaged or is not a SQLite database. Stop the app, move the file " +
            "aside and restore it from a backup, or start on a new file and import an export (see docs/editing.md).",
        CantOpen => "The database file cannot be opened. Check ConnectionStrings:TradeTalks and that the folder exists and " +
            "the app may use it.",
        // Not the database's own words: they can name files, hosts and users, and this text reaches the public probe.
        _ when Find<DbException>(exception) is not null => "The database answered with an error; the app's log has its words.",
        _ => null,
    };

    private const string BusyMessage = "Another program holds the store's write lock (an import, a backup, a database tool). " +
        "It is tried again until the lock is released.";

    private const string ReadOnlyMessage = "The store cannot be written: the database file, its folder or its connection is read-only. " +
        "Readers are served; editing needs a writable store.";

    /// <summary>A constraint the data broke: a unique key written twice, say.</summary>
    public static bool IsConstraint(Exception exception) =>
        Code(exception) is Constraint || State(exception)?.StartsWith("23", StringComparison.Ordinal) == true;

    private static int? Code(Exception exception) => Find<SqliteException>(exception)?.SqliteErrorCode;

    private static string? State(Exception exception) => Find<Npgsql.PostgresException>(exception)?.SqlState;

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
