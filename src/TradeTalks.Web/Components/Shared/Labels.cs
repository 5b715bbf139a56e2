using System.Globalization;
using TradeTalks.Claims;
using TradeTalks.Commitments;
using TradeTalks.Measures;
using TradeTalks.People;
using TradeTalks.Products;
using TradeTalks.Sources;
using TradeTalks.Talks;
using TradeTalks.Tariffs;
using TradeTalks.Time;
using TradeTalks.Timeline;
using TradeTalks.Truces;

namespace TradeTalks.Web.Components.Shared;

// Words for the store's values, as the pages show them: display text lives in the web layer, not in Core. The
// editors' forms take their choices' words from here too (Editing/FieldChoices), so a value reads the same everywhere.

public static class TruceStateNames
{
    public static string Label(this TruceState state) => state switch
    {
        TruceState.Announced => "Agreed, not yet in force",
        TruceState.InForce => "In force",
        TruceState.EndingSoon => "Ending soon",
        TruceState.DeadlinePassed => "Deadline passed; no extension or lapse on record",
        TruceState.Lapsed => "Lapsed",
        TruceState.Superseded => "Superseded",
        _ => state.ToString(),
    };
}

public static class SourceKindNames
{
    public static string Label(this SourceKind kind) => kind switch
    {
        SourceKind.Original => "The publisher's own document",
        SourceKind.Relay => "A relay of another's report",
        SourceKind.Aggregator => "An aggregator",
        SourceKind.SingleReport => "A single report, confirmed by no other",
        _ => kind.ToString(),
    };
}

public static class TariffAuthorityNames
{
    public static string Label(this TariffAuthority authority) => authority switch
    {
        TariffAuthority.FentanylEmergencyOrder => "Emergency powers: fentanyl order",
        TariffAuthority.ReciprocalOrder => "Emergency powers: \"reciprocal\" order",
        TariffAuthority.Section122Surcharge => "Section 122 surcharge",
        TariffAuthority.RetaliatoryTariff => "Retaliation since 2025",
        TariffAuthority.SectoralDuty => "Duties on named goods since 2025",
        TariffAuthority.Section301 => "Section 301",
        TariffAuthority.Section232 => "Section 232",
        TariffAuthority.RetaliationOf2018 => "Retaliation of 2018–2019",
        _ => authority.ToString(),
    };
}

public static class TariffScopeNames
{
    public static string Label(this TariffScope scope) => scope switch
    {
        TariffScope.AcrossTheBoard => "Across the board",
        TariffScope.Sectoral => "Named goods only",
        _ => scope.ToString(),
    };
}

public static class TalkKindNames
{
    public static string Label(this TalkKind kind) => kind switch
    {
        TalkKind.NegotiatingRound => "Negotiating round",
        TalkKind.PhoneCall => "Phone call",
        TalkKind.Summit => "Summit",
        TalkKind.StateVisit => "State visit",
        _ => kind.ToString(),
    };
}

public static class PersonRoleNames
{
    public static string Label(this PersonRole role) => role switch
    {
        PersonRole.Official => "Official",
        PersonRole.Commentator => "Commentator (outside government)",
        _ => role.ToString(),
    };
}

public static class MeasureKindNames
{
    public static string Label(this MeasureKind kind) => kind switch
    {
        MeasureKind.ExportControl => "Export control",
        MeasureKind.EntityListing => "Entity listing",
        MeasureKind.Licensing => "Licensing",
        MeasureKind.PortFee => "Port fees",
        MeasureKind.Investigation => "Investigation",
        MeasureKind.PurchaseBan => "Purchase ban",
        _ => "Other",
    };
}

public static class MeasureStateNames
{
    public static string Label(this MeasureState state) => state switch
    {
        MeasureState.Imposed => "Imposed",
        MeasureState.Tightened => "Tightened",
        MeasureState.Suspended => "Suspended",
        MeasureState.Lifted => "Lifted",
        MeasureState.Resumed => "Resumed",
        _ => state.ToString(),
    };
}

public static class ClaimTopicNames
{
    public static string Label(this ClaimTopic topic) => topic switch
    {
        ClaimTopic.RareEarths => "Rare earths",
        ClaimTopic.Chips => "Chips",
        ClaimTopic.ChipDesignSoftware => "Chip-design software",
        ClaimTopic.StudentVisas => "Student visas",
        ClaimTopic.ExportControls => "Export controls",
        ClaimTopic.Tariffs => "Tariffs",
        ClaimTopic.Purchases => "Purchases",
        _ => "Other",
    };
}

public static class ClaimKindNames
{
    public static string Label(this ClaimKind kind) => kind switch
    {
        ClaimKind.UnconfirmedPromise => "Promise no text confirms",
        _ => "Commitment said to be broken",
    };
}

public static class ProgrammeEffectNames
{
    public static string Label(this ProgrammeEffect effect) => effect switch
    {
        ProgrammeEffect.Suspended => "Suspended: charges nothing",
        ProgrammeEffect.RemovesReciprocal => "Takes the lines out of the reciprocal duty",
        ProgrammeEffect.RemovesSection122 => "Takes the lines out of the Section 122 surcharge",
        ProgrammeEffect.RemovesSection301 => "Section 301 exclusion",
        _ => "Charges its tariff layer's rate",
    };
}

public static class DutyBasisNames
{
    public static string Label(this DutyBasis basis) => basis switch
    {
        DutyBasis.MetalContent => "The metal content only",
        _ => "The full value",
    };
}

public static class CommitmentPartyNames
{
    public static string Label(this CommitmentParty party) => party switch
    {
        CommitmentParty.UnitedStates => "US",
        CommitmentParty.China => "China",
        _ => "Both sides",
    };
}

public static class TimelineKindNames
{
    public static string Label(this TimelineKind kind) => kind switch
    {
        TimelineKind.Talk => "Talks and calls",
        TimelineKind.TariffChange => "Tariff changes",
        TimelineKind.TruceMilestone => "Truce milestones",
        TimelineKind.Statement => "Statements",
        TimelineKind.Claim => "Claims",
        TimelineKind.IndicatorRelease => "Indicator releases",
        TimelineKind.Development => "Other developments",
        TimelineKind.Measure => "Measures beyond tariffs",
        TimelineKind.Commitment => "Commitments",
        _ => kind.ToString(),
    };

    /// <summary>The kind's word for one item: "Tariff change".</summary>
    public static string Singular(this TimelineKind kind) => kind switch
    {
        TimelineKind.Talk => "Talk or call",
        TimelineKind.TariffChange => "Tariff change",
        TimelineKind.TruceMilestone => "Truce milestone",
        TimelineKind.Statement => "Statement",
        TimelineKind.Claim => "Claim",
        TimelineKind.IndicatorRelease => "Indicator release",
        TimelineKind.Development => "Other development",
        TimelineKind.Measure => "Measure beyond tariffs",
        TimelineKind.Commitment => "Commitment",
        _ => kind.ToString(),
    };
}

public static class MeasureStandingNames
{
    public static string Label(this MeasureStanding standing) => standing switch
    {
        MeasureStanding.InForce => "In force",
        MeasureStanding.Suspended => "Suspended",
        MeasureStanding.DeadlinePassed => "Suspension deadline passed; no extension or lapse on record",
        _ => "Lifted",
    };
}

/// <summary>A timeline item's short fact in words.</summary>
public static class Figures
{
    public static string? Text(TimelineFigure? figure) => figure switch
    {
        RateFigure r => $"{r.Imposer.ShortName()} on {r.Target.ShortName()}: {Percent.Format(r.From)} → {Percent.Format(r.To)}"
            + (r.ScheduledEnd ? ", a scheduled end; nothing on record since" : ""),
        DeadlineFigure d => (d.IsNew ? "New deadline " : "Deadline ") + Eastern(d.Deadline),
        AccusationFigure a => $"{a.Accuser.ShortName()} accuses {a.Accused.ShortName()}",
        MeasureFigure m => m.Until is { } until ? $"{m.State} until {Eastern(until)}" : m.State.ToString(),
        PlaceFigure p => p.Place,
        IndicatorFigure i => string.Create(CultureInfo.InvariantCulture, $"{i.Period}: {i.Value:0.###}{i.Unit}"),
        CommitmentFigure c => string.Create(CultureInfo.InvariantCulture,
            $"{(c.Quantity is { } quantity ? $"{quantity:0.###} {c.Unit}{(c.Period is null ? "" : ", " + c.Period)} · " : "")}promised {c.MadeOn:d MMM yyyy}"),
        ProgressFigure => "Progress reported",
        _ => null,
    };

    private static string Eastern(DateTimeOffset instant) =>
        instant.In(Zones.UsEastern).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " US Eastern";
}

/// <summary>How a record that cites a source is named on the sources page and in the API.</summary>
public static class Citations
{
    /// <summary>The kind's word for one record, from the registry, capitalised: "Tariff change".</summary>
    public static string Kind(TradeTalks.Sources.Citation citation) =>
        TradeTalks.DataSets.Kinds.Find(citation.Kind)?.Noun is { } noun ? char.ToUpperInvariant(noun[0]) + noun[1..] : citation.Kind;

    public static string Label(TradeTalks.Sources.Citation c) => c.Kind switch
    {
        "talks" or "truceExtensions" or "commitments" or "commitmentProgress" or "measureChanges" => string.Create(CultureInfo.InvariantCulture, $"{c.Name} ({c.Day:yyyy-MM-dd})"),
        "tariffChanges" => string.Create(CultureInfo.InvariantCulture, $"{c.Name}: {Percent.Format(c.Rate ?? 0)} from {c.Day:yyyy-MM-dd}"),
        "statements" => $"{c.Detail}: “{c.Name}”",
        "indicatorReleases" => $"{c.Name}, {c.Detail}",
        "truceItems" => $"{c.Detail}: {c.Name}",
        _ => c.Name,
    };
}

public static class SideNames
{
    public static string ShortName(this Side side) => side switch
    {
        Side.UnitedStates => "US",
        Side.China => "China",
        _ => "Other",
    };

    /// <summary>The side's full name, where a short one would be read alone (a spreadsheet's cell).</summary>
    public static string Name(this Side side) => side switch
    {
        Side.UnitedStates => "United States",
        Side.China => "China",
        _ => "Other",
    };
}
