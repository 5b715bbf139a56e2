using TradeTalks.Claims;
using TradeTalks.Developments;

namespace TradeTalks.Store.Seed;

public sealed partial class SeedData
{
    private const string GenevaNonTariffTerms = "The Geneva understanding not to add new non-tariff measures while the truce holds";

    private List<Claim> CreateClaims() =>
    [
        new()
        {
            Key = "us-claims-rare-earth-magnets",
            Accuser = Side.UnitedStates,
            Accused = Side.China,
            Person = Who("jamieson-greer"),
            Topic = ClaimTopic.RareEarths,
            Commitment = "China's Geneva pledge to lift its restrictions on exports of key resources",
            Summary = "The Trade Representative said China had not reversed its limits on exports of rare-earth magnets.",
            ReportedOn = Day(2025, 6, 9),
            Sources = Cite("article-london-2025-06"),
        },
        ChinaClaim("china-claims-chip-design-software", ClaimTopic.ChipDesignSoftware,
            "China said the US had stopped sales of chip-design software to Chinese companies."),
        ChinaClaim("china-claims-huawei-chips", ClaimTopic.Chips,
            "China objected to US warnings against using chips made by Huawei."),
        ChinaClaim("china-claims-student-visas", ClaimTopic.StudentVisas,
            "China objected to the US revoking visas of Chinese students."),
    ];

    private Claim ChinaClaim(string key, ClaimTopic topic, string summary) => new()
    {
        Key = key,
        Accuser = Side.China,
        Accused = Side.UnitedStates,
        Topic = topic,
        Commitment = GenevaNonTariffTerms,
        Summary = summary,
        ReportedOn = Day(2025, 6, 9),
        Sources = Cite("article-london-2025-06"),
    };

    private List<Development> CreateDevelopments() =>
    [
        new()
        {
            Key = "china-rare-earth-controls-2025-10",
            Side = Side.China,
            On = Day(2025, 10, 9),
            Title = "China widens rare-earth export controls",
            Summary = "Beijing extends its licensing rules to more rare-earth products and technologies.",
            Note = "Paused for a year after the Busan summit.",
            Sources = Cite("spglobal-rare-earths-oct-2025", "hindustan-times-busan"),
        },
        new()
        {
            Key = "us-threatens-100-2025-10",
            Side = Side.UnitedStates,
            On = Day(2025, 10, 10),
            Title = "US threatens a further 100% tariff",
            Summary = "Washington answers the new controls by threatening an extra 100% on Chinese goods from 1 November.",
            Note = "Never imposed.",
            Sources = Cite("spglobal-rare-earths-oct-2025"),
        },
        new()
        {
            Key = "supreme-court-ieepa-2026-02-20",
            Side = Side.UnitedStates,
            On = Day(2026, 2, 20),
            Title = "Supreme Court strikes down the emergency-powers tariffs",
            Summary = "In Learning Resources v. Trump the court holds, 6–3, that the emergency-powers law does not authorise tariffs. The fentanyl and reciprocal layers end.",
            Sources = Cite("faegre-feb-2026"),
        },
    ];
}
