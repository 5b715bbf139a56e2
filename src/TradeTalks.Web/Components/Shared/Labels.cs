using TradeTalks.Timeline;
using TradeTalks.Truces;
using TradeTalks.Tariffs;

namespace TradeTalks.Web.Components.Shared;

// Words for the store's values, as the pages show them: display text lives in the web layer, not in Core.

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
}
