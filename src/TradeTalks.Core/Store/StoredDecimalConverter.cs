using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TradeTalks.Store;

/// <summary>
/// Reads a PostgreSQL numeric with the scale SQLite's provider gives the same value (which stores decimals as text
/// with at least one decimal): 10.000 comes back as 10.0, 12.500 as 12.5. The value is the same; only its written form
/// was not, and the API and exports write decimals as they are.
/// </summary>
public sealed class StoredDecimalConverter() : ValueConverter<decimal, decimal>(
    value => value,
    stored => decimal.Parse(stored.ToString("0.0###########################", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
