using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TradeTalks.Store;

/// <summary>
/// Stores an instant as a UTC date and time and reads it back with a zero offset. Both stores keep microseconds
/// (PostgreSQL's timestamp precision), so an instant is cut to the microsecond on the way in: what one store holds, the
/// other holds too, and the data set's instants (at most six decimals) round-trip exactly.
/// </summary>
public sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTime>(
    instant => new DateTime(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMicrosecond), DateTimeKind.Utc),
    stored => new DateTimeOffset(DateTime.SpecifyKind(stored, DateTimeKind.Utc)));
