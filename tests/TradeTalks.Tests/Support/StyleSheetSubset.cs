using System.Text;
using System.Text.RegularExpressions;

namespace TradeTalks.Tests.Support;

/// <summary>
/// The part of a style sheet that a set of pages can use: every rule whose selector names only classes the pages carry
/// (classes inside :not(), :has(), :is() and :where() do not count against a rule, so what is kept errs on the side of
/// more), with the media queries around them, and the keyframes the kept rules name. Rules that name no class (the
/// reset of html, body, a, ...) are all kept. Made for MudBlazor's minified sheet, which has no @import or @layer.
/// </summary>
public static partial class StyleSheetSubset
{
    public static string Keep(string css, IReadOnlySet<string> classes)
    {
        var keyframes = new List<(string Name, string Text)>();
        var kept = new StringBuilder();
        Filter(css, 0, css.Length, classes, kept, keyframes);
        var text = kept.ToString();
        foreach (var (name, block) in keyframes.Where(k => Regex.IsMatch(text, $@"[\s:,]{Regex.Escape(k.Name)}[\s;,}}!]")))
        {
            kept.Append(block);
        }

        return kept.ToString();
    }

    /// <summary>Every class a selector in the sheet names.</summary>
    public static IReadOnlySet<string> ClassesIn(string css) =>
        ClassName().Matches(css).Select(m => Unescape(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The classes in an HTML page's class attributes.</summary>
    public static IEnumerable<string> ClassesOfPage(string html) =>
        ClassAttribute().Matches(html).SelectMany(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)
            .Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static void Filter(string css, int start, int end, IReadOnlySet<string> classes, StringBuilder kept, List<(string, string)> keyframes)
    {
        var i = start;
        while (i < end)
        {
            if (char.IsWhiteSpace(css[i]))
            {
                i++;
                continue;
            }

            if (string.CompareOrdinal(css, i, "/*", 0, 2) == 0)
            {
                var commentEnd = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = commentEnd < 0 ? end : commentEnd + 2;
                continue;
            }

            var open = IndexOutside(css, i, end, '{');
            if (open < 0)
            {
                break;
            }

            var prelude = css[i..open].Trim();
            var close = MatchingBrace(css, open, end);
            var body = css[(open + 1)..close];
            if (prelude.StartsWith("@media", StringComparison.Ordinal) || prelude.StartsWith("@supports", StringComparison.Ordinal))
            {
                var inner = new StringBuilder();
                Filter(css, open + 1, close, classes, inner, keyframes);
                if (inner.Length > 0)
                {
                    kept.Append(prelude).Append('{').Append(inner).Append('}');
                }
            }
            else if (prelude.Contains("keyframes", StringComparison.Ordinal))
            {
                keyframes.Add((prelude[(prelude.LastIndexOf(' ') + 1)..], prelude + "{" + body + "}"));
            }
            else if (prelude.StartsWith('@'))
            {
                // @-moz-document and the like: for browsers the dashboard does not serve differently.
            }
            else
            {
                var selectors = SplitOutside(prelude, ',').Where(s => Required(s).All(classes.Contains)).ToList();
                if (selectors.Count > 0)
                {
                    kept.Append(string.Join(',', selectors)).Append('{').Append(body).Append('}');
                }
            }

            i = close + 1;
        }
    }

    /// <summary>The classes an element must carry for the selector to match: those outside functional pseudo-classes.</summary>
    private static IEnumerable<string> Required(string selector)
    {
        var plain = new StringBuilder();
        var depth = 0;
        var inAttribute = false;
        foreach (var c in selector)
        {
            if (c == '[' && depth == 0)
            {
                inAttribute = true;
            }
            else if (c == ']' && inAttribute)
            {
                inAttribute = false;
            }
            else if (c == '(' && !inAttribute)
            {
                depth++;
            }
            else if (c == ')' && !inAttribute)
            {
                depth--;
            }
            else if (depth == 0 && !inAttribute)
            {
                plain.Append(c);
            }
        }

        return ClassName().Matches(plain.ToString()).Select(m => Unescape(m.Groups[1].Value));
    }

    private static string Unescape(string name) => Regex.Replace(name, @"\\(.)", "$1");

    private static int IndexOutside(string css, int start, int end, char wanted) =>
        OutsideStrings(css, start, end).Where(i => css[i] == wanted).DefaultIfEmpty(-1).First();

    private static int MatchingBrace(string css, int open, int end)
    {
        var depth = 0;
        foreach (var i in OutsideStrings(css, open, end))
        {
            if (css[i] == '{')
            {
                depth++;
            }
            else if (css[i] == '}' && --depth == 0)
            {
                return i;
            }
        }

        return end - 1;
    }

    /// <summary>The positions from start to end that are not inside a quoted string (a content: "{" must not count).</summary>
    private static IEnumerable<int> OutsideStrings(string css, int start, int end)
    {
        var quote = '\0';
        for (var i = start; i < end; i++)
        {
            var c = css[i];
            if (quote == '\0')
            {
                if (c is '"' or '\'')
                {
                    quote = c;
                }
                else
                {
                    yield return i;
                }
            }
            else if (c == '\\')
            {
                i++;
            }
            else if (c == quote)
            {
                quote = '\0';
            }
        }
    }

    private static IEnumerable<string> SplitOutside(string prelude, char separator)
    {
        var depth = 0;
        var from = 0;
        for (var i = 0; i < prelude.Length; i++)
        {
            var c = prelude[i];
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth--;
            }
            else if (c == separator && depth == 0)
            {
                yield return prelude[from..i].Trim();
                from = i + 1;
            }
        }

        yield return prelude[from..].Trim();
    }

    [GeneratedRegex(@"\.((?:\\.|[A-Za-z_-])(?:\\.|[A-Za-z0-9_-])*)")]
    private static partial Regex ClassName();

    [GeneratedRegex(@"\sclass=""([^""]*)""")]
    private static partial Regex ClassAttribute();
}
