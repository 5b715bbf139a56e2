using TradeTalks.Statements;

namespace TradeTalks.Store.Seed;

public sealed partial class SeedData
{
    private List<Statement> CreateStatements() =>
    [
        Said("trump-total-reset", "donald-trump", Day(2025, 5, 10), "total reset",
            "How Trump described the outcome of the Geneva talks.", "article-london-2025-06"),
        Said("trump-very-good-talk", "donald-trump", Day(2025, 6, 5), "very good talk",
            "Trump on his phone call with Xi Jinping.", "article-london-2025-06"),
        Said("trump-positive-conclusion", "donald-trump", Day(2025, 6, 5), "resulted in a very positive conclusion for both countries",
            "Trump on the outcome of the same call.", "article-london-2025-06"),
        Said("xi-withdraw-measures", "xi-jinping", Day(2025, 6, 5), "withdraw the negative measures it has taken against China",
            "What Xi told Trump the US should do, as reported by the Xinhua news agency.", "article-london-2025-06"),
        Said("ramachandran-welcome-addition", "swetha-ramachandran", Day(2025, 6, 9), "a welcome addition",
            "On the Commerce Secretary joining the London round, given his part in US technology export controls.", "article-london-2025-06"),
        Said("ramachandran-rare-earths", "swetha-ramachandran", Day(2025, 6, 9), "they mine 69% of the rare earths globally",
            "On China's leverage in the London round.", "article-london-2025-06"),
        new()
        {
            Key = "oecd-weakened-prospects",
            Speaker = "OECD",
            Side = Side.Other,
            SaidOn = Day(2025, 6, 3),
            Words = "weakened economic prospects will be felt around the world",
            Context = "The OECD on cutting its world growth forecast to a \"modest\" 2.9%, blaming a \"significant\" rise in trade barriers.",
            Sources = Cite("article-london-2025-06", "japan-times-oecd-2025-06"),
        },
    ];

    private Statement Said(string key, string person, DateOnly on, string words, string context, params string[] sources)
    {
        var who = Who(person);
        return new Statement
        {
            Key = key,
            Person = who,
            Speaker = who.Name,
            Side = who.Side,
            SaidOn = on,
            Words = words,
            Context = context,
            Sources = Cite(sources),
        };
    }
}
