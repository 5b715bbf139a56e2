using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TradeTalks.Store;

/// <summary>
/// One insert or delete of a row by its column values, run again and again on the context's connection and inside its
/// transaction. An import writes tens of thousands of plain rows (history versions, citation links) that need no
/// tracking; SaveChanges builds, logs and tracks a command of its own for each, which was most of an import's time.
/// Table, column names and value conversions come from the model, so the same command runs on SQLite and PostgreSQL.
/// </summary>
internal sealed class RowCommand : IDisposable
{
    private readonly DbCommand _command;
    private readonly ValueConverter?[] _converters;

    private RowCommand(DbCommand command, ValueConverter?[] converters)
    {
        _command = command;
        _converters = converters;
    }

    /// <summary>Inserts a row of <paramref name="columns"/>' table, giving those columns (the others take their defaults).</summary>
    public static RowCommand Insert(DbContext db, params IReadOnlyList<IProperty> columns)
    {
        var (table, names) = Describe(db, columns);
        return Create(db, columns, $"INSERT INTO {table} ({string.Join(", ", names)}) VALUES ({string.Join(", ", names.Select((_, i) => $"@p{i}"))})");
    }

    /// <summary>As <see cref="Insert"/>, answering the value the store generated for <paramref name="key"/> (an identity column).</summary>
    public static RowCommand InsertReturning(DbContext db, IProperty key, params IReadOnlyList<IProperty> columns)
    {
        var (table, names) = Describe(db, columns);
        var returned = db.GetService<ISqlGenerationHelper>().DelimitIdentifier(key.GetTableColumnMappings().First().Column.Name);
        return Create(db, columns,
            $"INSERT INTO {table} ({string.Join(", ", names)}) VALUES ({string.Join(", ", names.Select((_, i) => $"@p{i}"))}) RETURNING {returned}");
    }

    /// <summary>Deletes the rows of <paramref name="columns"/>' table whose columns all equal the values given.</summary>
    public static RowCommand Delete(DbContext db, params IReadOnlyList<IProperty> columns)
    {
        var (table, names) = Describe(db, columns);
        return Create(db, columns, $"DELETE FROM {table} WHERE {string.Join(" AND ", names.Select((n, i) => $"{n} = @p{i}"))}");
    }

    /// <summary>Runs the command with <paramref name="values"/> (in the columns' order, as the model's properties hold them).</summary>
    public Task<int> RunAsync(CancellationToken cancellationToken, params ReadOnlySpan<object?> values)
    {
        Bind(values);
        return _command.ExecuteNonQueryAsync(cancellationToken);
    }

    private void Bind(ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i] is { } given && _converters[i] is { } converter ? converter.ConvertToProvider(given) : values[i];
            _command.Parameters[i].Value = value ?? DBNull.Value;
        }
    }

    /// <summary>Runs an <see cref="InsertReturning"/> command with <paramref name="values"/>, answering the generated value.</summary>
    public async Task<object> ReturnAsync(CancellationToken cancellationToken, params object?[] values)
    {
        Bind(values);
        return await _command.ExecuteScalarAsync(cancellationToken) ?? throw new InvalidOperationException($"The store returned no value for: {_command.CommandText}");
    }

    public void Dispose() => _command.Dispose();

    private static (string Table, List<string> Columns) Describe(DbContext db, IReadOnlyList<IProperty> columns)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var mappings = columns.Select(c => c.GetTableColumnMappings().First()).ToList();
        var table = mappings[0].Column.Table;
        return (sql.DelimitIdentifier(table.Name, table.Schema), [.. mappings.Select(m => sql.DelimitIdentifier(m.Column.Name))]);
    }

    private static RowCommand Create(DbContext db, IReadOnlyList<IProperty> columns, string text)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = text;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        for (var i = 0; i < columns.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }

        return new(command, [.. columns.Select(c => c.GetTableColumnMappings().First().TypeMapping.Converter)]);
    }
}
