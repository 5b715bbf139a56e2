namespace TradeTalks.Products.Building;

/// <summary>
/// One of the build's CSV inputs, read whole: quoted fields may hold commas and doubled quotes; the first row names the
/// columns. Rows are numbered as a spreadsheet shows them (the header is row 1), so a message points at the right line.
/// </summary>
public sealed class InputCsv
{
    private readonly Dictionary<string, int> _columns;

    private InputCsv(string name, IReadOnlyList<string> header, IReadOnlyList<(int Row, string[] Fields)> rows)
    {
        Name = name;
        _columns = header.Select((h, i) => (h, i)).ToDictionary(c => c.h, c => c.i, StringComparer.Ordinal);
        Rows = rows;
    }

    /// <summary>The file's path under the inputs' folder, as messages and the manifest name it.</summary>
    public string Name { get; }

    public IReadOnlyList<(int Row, string[] Fields)> Rows { get; }

    public static InputCsv Read(InputFolder folder, string name, params string[] columns)
    {
        var lines = folder.ReadAllText(name).Split('\n');
        var parsed = new List<(int, string[])>();
        string[]? header = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var fields = Split(line) ?? throw ProductInputException.AtRow(name, i + 1, "a quoted field is not closed on its line. Check the row's quotes.");
            if (header is null)
            {
                header = fields;
            }
            else
            {
                parsed.Add((i + 1, fields));
            }
        }

        var csv = new InputCsv(name, header ?? [], parsed);
        var missing = columns.Where(c => !csv._columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new ProductInputException(
                $"{name}: the column(s) {string.Join(", ", missing)} are missing from its first row. Is this the file from the named commit?");
        }

        return csv;
    }

    /// <summary>A column's value on a row; a row shorter than the header is malformed.</summary>
    public string Field((int Row, string[] Fields) row, string column)
    {
        var index = _columns[column];
        return index < row.Fields.Length
            ? row.Fields[index].Trim()
            : throw ProductInputException.AtRow(Name, row.Row, $"has {row.Fields.Length} field(s) where the header names {_columns.Count}.");
    }

    /// <summary>A date column: "NA" or empty is none; anything else must be yyyy-mm-dd.</summary>
    public DateOnly? Date((int Row, string[] Fields) row, string column)
    {
        var text = Field(row, column);
        if (text is "" or "NA")
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", out var day)
            ? day
            : throw ProductInputException.AtRow(Name, row.Row, $"{column} \"{text}\" is not a date (yyyy-mm-dd, or NA for none).");
    }

    private static string[]? Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return quoted ? null : [.. fields];
    }
}
