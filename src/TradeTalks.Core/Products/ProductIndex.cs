namespace TradeTalks.Products;

/// <summary>
/// The product lines, ready to look up: by HTS10 code (dots optional), by the start of a code of any length, and by
/// words of the description path (every word must begin a word of the path, in any case). Results come in code order,
/// a page at a time. Built once from the bundled data; it never changes after, so any thread may read it.
/// </summary>
public sealed partial class ProductIndex
{
    public const int MaxPageSize = 200;

    private readonly ProductLine[] _lines;
    private readonly string[] _codes;
    private readonly Dictionary<string, int> _byCode;

    // Every word of every path, in ordinal order, and the lines (by position, ascending) whose path holds each.
    private readonly string[] _words;
    private readonly int[][] _linesWithWord;

    public ProductIndex(ProductData data)
    {
        Data = data;
        _lines = [.. data.Lines.OrderBy(l => l.Hts10, StringComparer.Ordinal)];
        _codes = [.. _lines.Select(l => l.Hts10)];
        _byCode = _codes.Select((code, i) => (code, i)).ToDictionary(c => c.code, c => c.i, StringComparer.Ordinal);
        var postings = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _lines.Length; i++)
        {
            foreach (var word in _lines[i].Path.SelectMany(Words).Distinct())
            {
                if (!postings.TryGetValue(word, out var lines))
                {
                    postings[word] = lines = [];
                }

                lines.Add(i);
            }
        }

        _words = [.. postings.Keys];
        _linesWithWord = [.. postings.Values.Select(l => l.ToArray())];
    }

    public ProductData Data { get; }

    public int Count => _lines.Length;

    /// <summary>The line with this HTS10 code ("6109100012" or "6109.10.00.12"); null when there is none.</summary>
    public ProductLine? Find(string code)
    {
        var digits = CodeDigits(code);
        return digits is { Length: 10 } && _byCode.TryGetValue(digits, out var i) ? _lines[i] : null;
    }

    /// <summary>
    /// The lines a reader's query finds: a query of digits (dots and spaces allowed) is the start of a code; any other is
    /// words of the description. An empty query finds every line.
    /// </summary>
    public Paged<ProductLine> Search(string? query, int page, int pageSize)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var text = query?.Trim() ?? "";
        if (CodeDigits(text) is { } prefix)
        {
            var (start, end) = PrefixRange(prefix);
            return Page(end - start, page, pageSize, i => _lines[start + i]);
        }

        var found = WithAllWords([.. Words(text).Distinct()]);
        return Page(found.Length, page, pageSize, i => _lines[found[i]]);
    }

    private static Paged<ProductLine> Page(int total, int page, int pageSize, Func<int, ProductLine> at)
    {
        page = Paged<ProductLine>.Clamp(page, total, pageSize);
        var first = (page - 1) * pageSize;
        var items = Enumerable.Range(first, Math.Max(0, Math.Min(pageSize, total - first))).Select(at).ToList();
        return new Paged<ProductLine>(items, total, page, pageSize);
    }

    /// <summary>The code's digits when the text is a code or its start (digits, dots, spaces); null when it is words.</summary>
    private static string? CodeDigits(string text)
    {
        var digits = new string([.. text.Where(c => c is not ('.' or ' '))]);
        return digits.All(char.IsAsciiDigit) && digits.Length <= 10 ? digits : null;
    }

    private (int Start, int End) PrefixRange(string prefix)
    {
        var start = LowerBound(_codes, prefix);
        // The first code past every code that starts with the prefix: the prefix with a character above every digit.
        var end = LowerBound(_codes, prefix + ":");
        return (start, end);
    }

    private int[] WithAllWords(string[] words)
    {
        if (words.Length == 0)
        {
            return [.. Enumerable.Range(0, _lines.Length)];
        }

        int[]? found = null;
        // The longest word first: it usually finds the fewest lines, so the rest have least to sift.
        foreach (var word in words.OrderByDescending(w => w.Length))
        {
            var lines = WithWordStarting(word);
            found = found is null ? lines : [.. Intersect(found, lines)];
            if (found.Length == 0)
            {
                break;
            }
        }

        return found!;
    }

    /// <summary>The lines (ascending) whose path has a word that starts with <paramref name="start"/>.</summary>
    private int[] WithWordStarting(string start)
    {
        var first = LowerBound(_words, start);
        var last = first;
        while (last < _words.Length && _words[last].StartsWith(start, StringComparison.Ordinal))
        {
            last++;
        }

        if (last - first <= 1)
        {
            return last > first ? _linesWithWord[first] : [];
        }

        var hit = new bool[_lines.Length];
        for (var w = first; w < last; w++)
        {
            foreach (var line in _linesWithWord[w])
            {
                hit[line] = true;
            }
        }

        var lines = new List<int>();
        for (var i = 0; i < hit.Length; i++)
        {
            if (hit[i])
            {
                lines.Add(i);
            }
        }

        return [.. lines];
    }

    private static IEnumerable<int> Intersect(int[] a, int[] b)
    {
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j])
            {
                yield return a[i];
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
    }

    private static int LowerBound(string[] sorted, string value)
    {
        var found = Array.BinarySearch(sorted, value, StringComparer.Ordinal);
        return found < 0 ? ~found : found;
    }

    /// <summary>A text's words in lower case: runs of letters and digits ("T-shirts" is "t" and "shirts").</summary>
    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
