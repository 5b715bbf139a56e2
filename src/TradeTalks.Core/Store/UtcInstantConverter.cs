using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TradeTalks.Store;

/// <summary>Stores an instant as a UTC date and time and reads it back with a zero offset.</summary>
public sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTime>(
    instant => instant.UtcDateTime,
    stored => new DateTimeOffset(DateTime.SpecifyKind(stored, DateTimeKind.Utc)));
