using TradeTalks.Claims;
using TradeTalks.Commitments;
using TradeTalks.Measures;
using TradeTalks.People;
using TradeTalks.Products;
using TradeTalks.Sources;
using TradeTalks.Talks;
using TradeTalks.Tariffs;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Web.Editing;

/// <summary>
/// The words for a choice field's values: the reading pages' own (Components/Shared/Labels.cs), found by the schema's
/// definition and field, so "Section301" reads "Section 301" in the form as on the tariffs page.
/// </summary>
public static class FieldChoices
{
    /// <param name="field">The field's name, or "side" for any field that holds a side (imposer, accuser, ...).</param>
    public static string Label(string definition, string field, string value) => (definition, field) switch
    {
        (_, "side") => Words<Side>(value, v => v.ShortName()),
        (_, "party") => Words<CommitmentParty>(value, v => v.Label()),
        (_, "authority") => Words<TariffAuthority>(value, v => v.Label()),
        (_, "scope") => Words<TariffScope>(value, v => v.Label()),
        (_, "role") => Words<PersonRole>(value, v => v.Label()),
        (_, "topic") => Words<ClaimTopic>(value, v => v.Label()),
        (_, "state") => Words<MeasureState>(value, v => v.Label()),
        ("talk", "kind") => Words<TalkKind>(value, v => v.Label()),
        ("measure", "kind") => Words<MeasureKind>(value, v => v.Label()),
        ("claim", "kind") => Words<ClaimKind>(value, v => v.Label()),
        ("source", "kind") => Words<SourceKind>(value, v => v.Label()),
        ("productProgramme", "effect") => Words<ProgrammeEffect>(value, v => v.Label()),
        ("productProgramme", "basis") => Words<DutyBasis>(value, v => v.Label()),
        _ => EditSchema.Humanize(value),
    };

    // A value the schema has and the store's enum lacks would be a bug between the two; it still reads as words.
    private static string Words<TEnum>(string value, Func<TEnum, string> label)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? label(parsed) : EditSchema.Humanize(value);
}
