using TradeTalks.Talks;

namespace TradeTalks.Store.Seed;

public sealed partial class SeedData
{
    private List<Talk> CreateTalks() =>
    [
        new()
        {
            Key = "geneva-2025-05",
            Kind = TalkKind.NegotiatingRound,
            Title = "Geneva round",
            Place = "Geneva, Switzerland",
            FirstDay = Day(2025, 5, 10),
            LastDay = Day(2025, 5, 11),
            Participants = Persons("scott-bessent", "jamieson-greer", "he-lifeng"),
            Summary = "First face-to-face negotiation since the tariff escalation of April 2025. Both sides agreed to roll back most of the rates they had added that spring.",
            Outcome = "A joint statement on 12 May set a 90-day truce: each side suspends 24 points of its tariff and keeps 10%.",
            Sources = Cite("china-daily-geneva"),
        },
        new()
        {
            Key = "call-2025-06-05",
            Kind = TalkKind.PhoneCall,
            Title = "Trump–Xi phone call",
            Place = "By telephone",
            FirstDay = Day(2025, 6, 5),
            LastDay = Day(2025, 6, 5),
            Participants = Persons("donald-trump", "xi-jinping"),
            Summary = "The two presidents spoke for the first time since the tariff conflict began in February. The US side described the call warmly; Chinese state media said Xi asked the US to lift its measures against China.",
            Outcome = "Both sides agreed that their negotiators would meet again.",
            Sources = Cite("article-london-2025-06", "ap-timeline"),
        },
        new()
        {
            Key = "london-2025-06",
            Kind = TalkKind.NegotiatingRound,
            Title = "London round",
            Place = "Lancaster House, London",
            FirstDay = Day(2025, 6, 9),
            LastDay = Day(2025, 6, 10),
            Participants = Persons("scott-bessent", "howard-lutnick", "jamieson-greer", "he-lifeng", "wang-wentao", "li-chenggang"),
            Summary = "Negotiators met to rescue the Geneva truce amid accusations from both sides. China's supply of rare earths and magnets and China's access to American technology, chips above all, led the agenda. The Commerce Secretary, who oversees US export controls on semiconductors and AI technology, joined the US team.",
            Outcome = "The sides agreed a framework for putting the Geneva terms into practice.",
            Sources = Cite("article-london-2025-06", "canadian-manufacturing-london"),
        },
        new()
        {
            Key = "stockholm-2025-07",
            Kind = TalkKind.NegotiatingRound,
            Title = "Stockholm round",
            Place = "Stockholm, Sweden",
            FirstDay = Day(2025, 7, 28),
            LastDay = Day(2025, 7, 29),
            Participants = Persons("scott-bessent", "jamieson-greer", "he-lifeng"),
            Summary = "Two days of talks with the first truce deadline two weeks away.",
            Outcome = "Both sides agreed to seek another 90 days of truce.",
            Sources = Cite("geopolitechs-stockholm"),
        },
        new()
        {
            Key = "madrid-2025-09",
            Kind = TalkKind.NegotiatingRound,
            Title = "Madrid round",
            Place = "Madrid, Spain",
            FirstDay = Day(2025, 9, 14),
            LastDay = Day(2025, 9, 15),
            Participants = Persons("scott-bessent", "jamieson-greer", "he-lifeng", "li-chenggang"),
            Summary = "Talks that turned largely on the future of TikTok's US business.",
            Outcome = "A framework deal on TikTok.",
            Sources = Cite("nation-thailand-madrid"),
        },
        new()
        {
            Key = "call-2025-09-19",
            Kind = TalkKind.PhoneCall,
            Title = "Trump–Xi phone call",
            Place = "By telephone",
            FirstDay = Day(2025, 9, 19),
            LastDay = Day(2025, 9, 19),
            Participants = Persons("donald-trump", "xi-jinping"),
            Summary = "The presidents spoke days after the Madrid round.",
            Sources = Cite("nation-thailand-madrid"),
        },
        new()
        {
            Key = "kuala-lumpur-2025-10",
            Kind = TalkKind.NegotiatingRound,
            Title = "Kuala Lumpur round",
            Place = "Kuala Lumpur, Malaysia",
            FirstDay = Day(2025, 10, 25),
            LastDay = Day(2025, 10, 26),
            Participants = Persons("scott-bessent", "jamieson-greer", "he-lifeng", "li-chenggang"),
            Summary = "Negotiators prepared the ground for the leaders' meeting later that week.",
            Outcome = "The sides said they had reached a \"basic consensus\" ahead of the summit.",
            Sources = Cite("global-neighbours-kl"),
        },
        new()
        {
            Key = "busan-2025-10-30",
            Kind = TalkKind.Summit,
            Title = "Busan summit",
            Place = "Busan, South Korea",
            FirstDay = Day(2025, 10, 30),
            LastDay = Day(2025, 10, 30),
            Participants = Persons("donald-trump", "xi-jinping"),
            Summary = "The two presidents met in person on the sidelines of the regional summit season.",
            Outcome = "The US halved its fentanyl tariff to 10%; China paused its October rare-earth controls for a year; the truce was extended by one year.",
            Sources = Cite("hindustan-times-busan"),
        },
        new()
        {
            Key = "call-2025-11-24",
            Kind = TalkKind.PhoneCall,
            Title = "Trump–Xi phone call",
            Place = "By telephone",
            FirstDay = Day(2025, 11, 24),
            LastDay = Day(2025, 11, 24),
            Participants = Persons("donald-trump", "xi-jinping"),
            Summary = "A follow-up call a few weeks after Busan.",
            Outcome = "Trump accepted an invitation to visit Beijing.",
            Sources = Cite("wptv-call-nov-2025"),
        },
        new()
        {
            Key = "paris-2026-03",
            Kind = TalkKind.NegotiatingRound,
            Title = "Paris round",
            Place = "Paris, France",
            FirstDay = Day(2026, 3, 15),
            LastDay = Day(2026, 3, 16),
            Participants = Persons("scott-bessent", "jamieson-greer", "he-lifeng"),
            Summary = "Talks to prepare the president's trip to Beijing.",
            Outcome = "No agreement was announced; the Beijing trip was later pushed back.",
            Sources = Cite("mb-paris-beijing-2026"),
        },
        new()
        {
            Key = "beijing-2026-05",
            Kind = TalkKind.StateVisit,
            Title = "State visit to Beijing",
            Place = "Beijing, China",
            FirstDay = Day(2026, 5, 13),
            LastDay = Day(2026, 5, 15),
            Participants = Persons("donald-trump", "xi-jinping"),
            Summary = "Trump's state visit to China, delayed from its first planned date.",
            Outcome = "No deals were confirmed.",
            Sources = Cite("mb-paris-beijing-2026", "bbc-beijing-2026"),
        },
    ];
}
