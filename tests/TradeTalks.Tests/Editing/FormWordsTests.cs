using System.Text.RegularExpressions;
using TradeTalks.Web.Editing;

namespace TradeTalks.Tests.Editing;

/// <summary>The editors' forms speak as the reading pages do, never in the data file's spelling.</summary>
public sealed partial class FormWordsTests
{
    [Theory]
    [InlineData("tariffLayer", "authority", "Section301", "Section 301")]
    [InlineData("tariffLayer", "authority", "ReciprocalOrder", "Emergency powers: \"reciprocal\" order")]
    [InlineData("measure", "side", "UnitedStates", "US")]
    [InlineData("measure", "kind", "PortFee", "Port fees")]
    [InlineData("claim", "topic", "ChipDesignSoftware", "Chip-design software")]
    [InlineData("claim", "kind", "UnconfirmedPromise", "Promise no text confirms")]
    [InlineData("commitment", "party", "Both", "Both sides")]
    [InlineData("talk", "kind", "PhoneCall", "Phone call")]
    [InlineData("source", "kind", "Aggregator", "An aggregator")]
    [InlineData("source", "kind", "SingleReport", "A single report, confirmed by no other")]
    public void AChoiceReadsAsTheReadingPagesWordIt(string definition, string field, string value, string words)
    {
        var options = EditSchema.Instance.Fields(definition).Single(f => f.Name == field).Options;

        Assert.Equal(words, options.Single(o => o.Value == value).Label);
    }

    [Theory]
    [InlineData("source", "publisherSiteOnly", "Only the publisher's site is known")]
    [InlineData("tariffChange", "scheduledOnly", "Scheduled end only: no report that it happened")]
    public void TheNewTickBoxesAreLabelledInTheReadersWords(string definition, string field, string label)
    {
        var spec = EditSchema.Instance.Fields(definition).Single(f => f.Name == field);

        Assert.Equal(EditFieldType.Boolean, spec.Type);
        Assert.Equal(label, spec.Label);
    }

    [Fact]
    public void NoLabelHelpOrChoiceOfAnyFormShowsTheDataFilesSpelling()
    {
        var found = new List<string>();
        foreach (var (definition, field) in AllFields())
        {
            foreach (var text in new[] { field.Label, field.Help }.Concat(field.Options.Select(o => o.Label)).OfType<string>())
            {
                if (FileSpelling().Match(text) is { Success: true } word)
                {
                    found.Add($"{definition}.{field.Name}: \"{word.Value}\" in \"{text}\"");
                }
                else if (text.StartsWith("True when", StringComparison.Ordinal) || text.Contains("United states", StringComparison.Ordinal))
                {
                    found.Add($"{definition}.{field.Name}: \"{text}\"");
                }
            }
        }

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    private static IEnumerable<(string Definition, FieldSpec Field)> AllFields()
    {
        var pending = new Queue<string>(RecordKind.All.Select(k => k.Definition));
        var seen = new HashSet<string>();
        while (pending.TryDequeue(out var definition))
        {
            if (!seen.Add(definition))
            {
                continue;
            }

            foreach (var field in EditSchema.Instance.Fields(definition))
            {
                yield return (definition, field);
                if (field.ChildDefinition is { } child)
                {
                    pending.Enqueue(child);
                }
            }
        }
    }

    /// <summary>A word as a file spells a field or a value: "effectiveOn", "UnitedStates", "Section301".</summary>
    [GeneratedRegex(@"\b(?:[a-z]+[A-Z]\w*|[A-Z][a-z]+[A-Z]\w*|[A-Za-z]+[a-z]\d+)\b")]
    private static partial Regex FileSpelling();
}
