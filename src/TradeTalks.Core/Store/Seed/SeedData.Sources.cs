using TradeTalks.Sources;

namespace TradeTalks.Store.Seed;

public sealed partial class SeedData
{
    private const string DatedByEvent = "Publication date not recorded; dated by the last day of the event it reports.";

    private static IEnumerable<Source> CreateSources() =>
    [
        new() { Key = "article-london-2025-06", Publisher = "News article (publisher not named in the copy held)", Title = "Report on the opening of the London round of US–China trade talks", PublishedOn = new(2025, 6, 9), Note = "The project's founding source: its facts seed the store. Copy held with the project's source material." },
        new() { Key = "ap-timeline", Publisher = "Associated Press (via Star Tribune)", Title = "A timeline of the US-China tariff and trade spat", Url = "https://www.startribune.com", Note = "Wire timeline, updated over time; site address only." },
        new() { Key = "reuters-china-feb-2025", Publisher = "Reuters", Title = "China's retaliatory duties on US energy, machinery and cars", Url = "https://www.reuters.com", PublishedOn = new(2025, 2, 4), Note = "Site address only." },
        new() { Key = "abc-china-farm-2025", Publisher = "ABC News (wire)", Title = "China's tariffs on US farm goods", Url = "https://abcnews.go.com", PublishedOn = new(2025, 3, 4), Note = "Site address only." },
        new() { Key = "piie-chart", Publisher = "Peterson Institute for International Economics (Chad P. Bown)", Title = "US-China Trade War Tariffs: An Up-to-Date Chart", Url = "https://www.piie.com", Note = "Chart updated over time; trade-weighted averages over all layers. Site address only." },
        new() { Key = "white-house-april-2025", Publisher = "The White House (as reported by the press)", Title = "Reciprocal tariff on China raised to 125%", PublishedOn = new(2025, 4, 9) },
        new() { Key = "siasat-china-84", Publisher = "The Siasat Daily", Title = "China raises its tariff on all US goods to 84%", Url = "https://www.siasat.com", PublishedOn = new(2025, 4, 9), Note = "Site address only." },
        new() { Key = "peoples-daily-2025-04-11", Publisher = "People's Daily", Title = "China raises additional tariffs on US goods to 125%", Url = "https://en.people.cn", PublishedOn = new(2025, 4, 11), Note = "Site address only." },
        new() { Key = "china-daily-geneva", Publisher = "China Daily", Title = "Joint statement on the US–China economic and trade meeting in Geneva", Url = "https://www.chinadaily.com.cn", PublishedOn = new(2025, 5, 12), Note = "Site address only." },
        new() { Key = "white-house-2025-08-11", Publisher = "The White House", Title = "Fact sheet: further suspension of the heightened tariffs on China", Url = "https://www.whitehouse.gov", PublishedOn = new(2025, 8, 11), Note = "Site address only." },
        new() { Key = "mondaq-nov-2025", Publisher = "Mondaq", Title = "Executive orders of 4 November 2025 on tariffs on China", Url = "https://www.mondaq.com", PublishedOn = new(2025, 11, 4), Note = DatedByEvent },
        new() { Key = "report-az-mofcom", Publisher = "Report.az (citing China's Ministry of Commerce)", Title = "China adjusts its countermeasures after the Busan summit", Url = "https://report.az", PublishedOn = new(2025, 11, 5), Note = "Site address only." },
        new() { Key = "faegre-feb-2026", Publisher = "Faegre Drinker", Title = "Client alert: Supreme Court rules on emergency-powers tariffs (Learning Resources v. Trump)", Url = "https://www.faegredrinker.com", PublishedOn = new(2026, 2, 20), Note = DatedByEvent },
        new() { Key = "ey-2026-0491", Publisher = "EY Tax News", Title = "Update 2026-0491: US imposes a temporary Section 122 import surcharge", Url = "https://taxnews.ey.com", PublishedOn = new(2026, 2, 24), Note = DatedByEvent },
        new() { Key = "geopolitechs-stockholm", Publisher = "Geopolitechs", Title = "US–China talks in Stockholm", Url = "https://www.geopolitechs.org", PublishedOn = new(2025, 7, 29), Note = DatedByEvent },
        new() { Key = "canadian-manufacturing-london", Publisher = "Canadian Manufacturing", Title = "US and Chinese officials meet in London", Url = "https://www.canadianmanufacturing.com", PublishedOn = new(2025, 6, 10), Note = DatedByEvent },
        new() { Key = "nation-thailand-madrid", Publisher = "Nation Thailand", Title = "US–China talks in Madrid and the Trump–Xi call", Url = "https://www.nationthailand.com", PublishedOn = new(2025, 9, 19), Note = DatedByEvent },
        new() { Key = "global-neighbours-kl", Publisher = "Global Neighbours", Title = "US–China talks in Kuala Lumpur", Url = "https://globalneighbours.org", PublishedOn = new(2025, 10, 26), Note = DatedByEvent },
        new() { Key = "hindustan-times-busan", Publisher = "Hindustan Times", Title = "Trump and Xi meet in Busan", Url = "https://www.hindustantimes.com", PublishedOn = new(2025, 10, 30), Note = DatedByEvent },
        new() { Key = "spglobal-rare-earths-oct-2025", Publisher = "S&P Global", Title = "China widens rare-earth export controls; US threatens further tariffs", Url = "https://www.spglobal.com", PublishedOn = new(2025, 10, 10), Note = DatedByEvent },
        new() { Key = "wptv-call-nov-2025", Publisher = "WPTV (wire)", Title = "Trump and Xi speak by phone", Url = "https://www.wptv.com", PublishedOn = new(2025, 11, 24), Note = DatedByEvent },
        new() { Key = "mb-paris-beijing-2026", Publisher = "Manila Bulletin", Title = "US–China talks in Paris and the Beijing visit", Url = "https://mb.com.ph", PublishedOn = new(2026, 5, 15), Note = DatedByEvent },
        new() { Key = "bbc-beijing-2026", Publisher = "BBC", Title = "Trump's state visit to Beijing", Url = "https://www.bbc.com", PublishedOn = new(2026, 5, 15), Note = DatedByEvent },
        new() { Key = "japan-times-oecd-2025-06", Publisher = "The Japan Times", Title = "OECD cuts its world growth forecast", Url = "https://www.japantimes.co.jp", PublishedOn = new(2025, 6, 3), Note = "Site address only." },
        new() { Key = "independent-china-trade-2025-05", Publisher = "The Independent", Title = "China's exports in May", Url = "https://www.independent.co.uk", PublishedOn = new(2025, 6, 9), Note = "Site address only." },
        new() { Key = "usgs-rare-earths", Publisher = "US Geological Survey", Title = "Mineral Commodity Summaries: rare earths", Url = "https://www.usgs.gov", PublishedOn = new(2025, 1, 31), Note = "Annual summary covering 2024; publication day approximate (end of January)." },
    ];
}
