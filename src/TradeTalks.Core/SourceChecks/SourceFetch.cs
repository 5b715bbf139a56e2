namespace TradeTalks.SourceChecks;

/// <summary>
/// What fetching an address gave: the answer's status, the address it ended at after redirects, its type and the
/// SHA-256 of its body (and the body, when it was kept); or, when there was no usable answer, why in words.
/// </summary>
public sealed record SourceFetch(
    string Address, string? FinalAddress, int? StatusCode, string? ContentType, string? Sha256, string? Problem, byte[]? Body = null)
{
    public bool Answered => Problem is null;

    public static SourceFetch Failed(string address, string problem, string? finalAddress = null, int? statusCode = null) =>
        new(address, finalAddress, statusCode, null, null, problem);
}
