using TradeTalks.Tariffs;

namespace TradeTalks.Store.Seed;

public sealed partial class SeedData
{
    private const string EffectiveTimeNote = "The sources give the day; the store places the change at 00:01 US Eastern.";

    private List<TariffLayer> CreateTariffLayers() =>
    [
        Layer("us-fentanyl", Side.UnitedStates, TariffAuthority.FentanylEmergencyOrder, TariffScope.AcrossTheBoard,
            "Fentanyl emergency order", null, ["ap-timeline"],
            Change("us-fentanyl-2025-02-04", 10, Day(2025, 2, 4), Day(2025, 2, 1), "Emergency-powers order over fentanyl trafficking adds 10% on all Chinese goods.", ["ap-timeline"]),
            Change("us-fentanyl-2025-03-04", 20, Day(2025, 3, 4), null, "The fentanyl tariff is doubled to 20%.", ["ap-timeline"]),
            Change("us-fentanyl-2025-11-10", 10, Day(2025, 11, 10), Day(2025, 11, 4), "After the Busan summit the fentanyl tariff is halved to 10%.", ["mondaq-nov-2025"]),
            End("us-fentanyl-2026-02-20", Day(2026, 2, 20), "The Supreme Court rules 6–3 in Learning Resources v. Trump that the emergency-powers law does not authorise tariffs; the layer ends.", ["faegre-feb-2026"])),

        Layer("us-reciprocal", Side.UnitedStates, TariffAuthority.ReciprocalOrder, TariffScope.AcrossTheBoard,
            "\"Reciprocal\" tariff order", null, ["piie-chart"],
            Change("us-reciprocal-2025-04-05", 10, Day(2025, 4, 5), Day(2025, 4, 2), "The 10% baseline \"reciprocal\" tariff starts on imports from China.", ["piie-chart"]),
            Change("us-reciprocal-2025-04-09", 84, Day(2025, 4, 9), Day(2025, 4, 8), "The reciprocal rate on China rises to 84%.", ["piie-chart", "ap-timeline"],
                note: "Announced on 2 April as 34%, raised to 84% on 8 April before it took effect."),
            Change("us-reciprocal-2025-04-10", 125, Day(2025, 4, 10), Day(2025, 4, 9), "The reciprocal rate on China rises to 125%, taking the total to 145%.", ["white-house-april-2025"]),
            Change("us-reciprocal-2025-05-14", 10, Day(2025, 5, 14), Day(2025, 5, 12), "Geneva terms: 24 of the 34 reciprocal points are suspended for 90 days; 10% stays.", ["china-daily-geneva"]),
            End("us-reciprocal-2026-02-20", Day(2026, 2, 20), "The Supreme Court rules 6–3 in Learning Resources v. Trump that the emergency-powers law does not authorise tariffs; the layer ends.", ["faegre-feb-2026"])),

        Layer("us-section-122", Side.UnitedStates, TariffAuthority.Section122Surcharge, TariffScope.AcrossTheBoard,
            "Section 122 import surcharge", null, ["ey-2026-0491"],
            Change("us-section-122-2026-02-24", 10, Day(2026, 2, 24), null, "A temporary global import surcharge under Section 122 of the Trade Act of 1974, for at most 150 days.", ["ey-2026-0491"],
                note: "Some reports give 15%; the better-supported figure is 10%."),
            End("us-section-122-2026-07-24", Day(2026, 7, 24), "The 150 days that Section 122 allows run out; no extension is on record.", ["ey-2026-0491"])),

        Layer("cn-retaliatory", Side.China, TariffAuthority.RetaliatoryTariff, TariffScope.AcrossTheBoard,
            "Retaliatory tariff on all US goods", null, ["siasat-china-84"],
            Change("cn-retaliatory-2025-04-10", 84, Day(2025, 4, 10), Day(2025, 4, 9), "China answers the US reciprocal tariff with 84% on all US goods.", ["siasat-china-84"],
                note: "Announced on 4 April as 34%, raised to 84% on 9 April before it took effect."),
            Change("cn-retaliatory-2025-04-12", 125, Day(2025, 4, 12), Day(2025, 4, 11), "China raises its rate to 125% and says it will ignore any further US increases.", ["peoples-daily-2025-04-11"]),
            Change("cn-retaliatory-2025-05-14", 10, Day(2025, 5, 14), Day(2025, 5, 12), "Geneva terms: China suspends 24 points for 90 days and keeps 10%.", ["china-daily-geneva"],
                note: "Reported still at 10% after the US Supreme Court ruling of February 2026 (faegredrinker.com).")),

        Layer("cn-energy-15", Side.China, TariffAuthority.SectoralDuty, TariffScope.Sectoral,
            "Duty on US coal and LNG", "Coal and liquefied natural gas", ["reuters-china-feb-2025"],
            Change("cn-energy-15-2025-02-10", 15, Day(2025, 2, 10), Day(2025, 2, 4), "China's first answer to the fentanyl tariff: 15% on US coal and LNG.", ["ap-timeline", "reuters-china-feb-2025"])),

        Layer("cn-energy-10", Side.China, TariffAuthority.SectoralDuty, TariffScope.Sectoral,
            "Duty on US crude oil, farm machinery and large cars", "Crude oil, agricultural machinery and large-engine cars", ["reuters-china-feb-2025"],
            Change("cn-energy-10-2025-02-10", 10, Day(2025, 2, 10), Day(2025, 2, 4), "China adds 10% on US crude oil, farm machinery and large cars.", ["ap-timeline", "reuters-china-feb-2025"])),

        Layer("cn-farm-15", Side.China, TariffAuthority.SectoralDuty, TariffScope.Sectoral,
            "Duty on US farm goods (15% band)", "Chicken, wheat, corn and cotton", ["abc-china-farm-2025"],
            Change("cn-farm-15-2025-03-10", 15, Day(2025, 3, 10), Day(2025, 3, 4), "China answers the doubled fentanyl tariff with duties on US farm goods; the higher band is 15%.", ["abc-china-farm-2025"]),
            End("cn-farm-15-2025-11-10", Day(2025, 11, 10), "After the Busan summit China lifts its March duties on US farm goods.", ["report-az-mofcom"])),

        Layer("cn-farm-10", Side.China, TariffAuthority.SectoralDuty, TariffScope.Sectoral,
            "Duty on US farm goods (10% band)", "Soybeans, sorghum, pork, beef, seafood, fruit, vegetables and dairy", ["abc-china-farm-2025"],
            Change("cn-farm-10-2025-03-10", 10, Day(2025, 3, 10), Day(2025, 3, 4), "China answers the doubled fentanyl tariff with duties on US farm goods; the lower band is 10%.", ["abc-china-farm-2025"]),
            End("cn-farm-10-2025-11-10", Day(2025, 11, 10), "After the Busan summit China lifts its March duties on US farm goods.", ["report-az-mofcom"])),
    ];

    private TariffLayer Layer(
        string key, Side imposer, TariffAuthority authority, TariffScope scope, string name, string? products,
        string[] sources, params TariffChange[] changes) => new()
        {
            Key = key,
            Imposer = imposer,
            Target = imposer == Side.UnitedStates ? Side.China : Side.UnitedStates,
            Authority = authority,
            Scope = scope,
            Name = name,
            Products = products,
            Sources = Cite(sources),
            Changes = [.. changes],
        };

    private TariffChange Change(
        string key, decimal rate, DateOnly effectiveOn, DateOnly? announcedOn, string cause, string[] sources,
        string? note = null) => new()
        {
            Key = key,
            Rate = rate,
            EffectiveOn = effectiveOn,
            EffectiveAt = At0001Eastern(effectiveOn),
            AnnouncedOn = announcedOn,
            Cause = cause,
            Note = note is null ? EffectiveTimeNote : note + " " + EffectiveTimeNote,
            Sources = Cite(sources),
        };

    private TariffChange End(string key, DateOnly effectiveOn, string cause, string[] sources)
    {
        var change = Change(key, 0, effectiveOn, null, cause, sources);
        change.EndsLayer = true;
        return change;
    }
}
