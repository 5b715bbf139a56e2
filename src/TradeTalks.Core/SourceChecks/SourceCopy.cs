namespace TradeTalks.SourceChecks;

/// <summary>
/// A copy of a source's document that an editor kept: the bytes as fetched, with their hash, type and when, so the
/// document can still be read if the site changes it or takes it down. Not part of the exported data set.
/// </summary>
public sealed class SourceCopy
{
    public long Id { get; set; }

    public required string SourceKey { get; set; }

    public DateTimeOffset KeptAt { get; set; }

    public required string KeptBy { get; set; }

    public required string Address { get; set; }

    public string? FinalAddress { get; set; }

    public string? ContentType { get; set; }

    public required string Sha256 { get; set; }

    public long Length { get; set; }

    public required byte[] Content { get; set; }
}
