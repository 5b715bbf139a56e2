using TradeTalks.People;

namespace TradeTalks.Store.Seed;

public sealed partial class SeedData
{
    private IEnumerable<Person> CreatePeople() =>
    [
        Official("donald-trump", "Donald Trump", Side.UnitedStates, "President of the United States", "The White House", "article-london-2025-06"),
        Official("scott-bessent", "Scott Bessent", Side.UnitedStates, "Treasury Secretary", "US Department of the Treasury", "article-london-2025-06"),
        Official("howard-lutnick", "Howard Lutnick", Side.UnitedStates, "Commerce Secretary", "US Department of Commerce", "article-london-2025-06"),
        Official("jamieson-greer", "Jamieson Greer", Side.UnitedStates, "US Trade Representative", "Office of the US Trade Representative", "article-london-2025-06"),
        Official("xi-jinping", "Xi Jinping", Side.China, "President of China", "People's Republic of China", "article-london-2025-06"),
        Official("he-lifeng", "He Lifeng", Side.China, "Vice Premier", "State Council of China", "article-london-2025-06"),
        Official("wang-wentao", "Wang Wentao", Side.China, "Commerce Minister", "Ministry of Commerce of China", "canadian-manufacturing-london"),
        Official("li-chenggang", "Li Chenggang", Side.China, "Trade negotiator and vice minister of commerce", "Ministry of Commerce of China", "canadian-manufacturing-london"),
        new Person
        {
            Key = "swetha-ramachandran",
            Name = "Swetha Ramachandran",
            Side = Side.Other,
            Role = PersonRole.Commentator,
            Title = "Fund manager",
            Organisation = "Artemis",
            Sources = Cite("article-london-2025-06"),
        },
    ];

    private Person Official(string key, string name, Side side, string title, string organisation, string source) => new()
    {
        Key = key,
        Name = name,
        Side = side,
        Role = PersonRole.Official,
        Title = title,
        Organisation = organisation,
        Sources = Cite(source),
    };
}
