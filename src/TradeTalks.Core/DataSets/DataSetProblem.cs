namespace TradeTalks.DataSets;

/// <summary>
/// One thing wrong with a data set: where (a JSON path such as <c>$.tariffLayers[3].changes[1].effectiveOn</c>) and
/// what, said so that the reader knows what to change.
/// </summary>
public sealed record DataSetProblem(string Path, string Message)
{
    public string ToString(string file) => $"{file}: {Path}: {Message}";

    public override string ToString() => $"{Path}: {Message}";
}
