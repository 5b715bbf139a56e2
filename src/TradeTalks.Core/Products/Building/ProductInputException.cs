namespace TradeTalks.Products.Building;

/// <summary>
/// An input the product build cannot use: a missing file, a malformed row, an unknown list. The message names the file
/// (relative to the inputs' folder) and, where there is one, the row, and says what to do; the verb prints it as it is.
/// </summary>
public sealed class ProductInputException(string message) : Exception(message)
{
    public static ProductInputException AtRow(string file, int row, string problem) => new($"{file}, row {row}: {problem}");
}
