using TradeTalks.Claims;
using TradeTalks.Developments;
using TradeTalks.Indicators;
using TradeTalks.People;
using TradeTalks.Sources;
using TradeTalks.Statements;
using TradeTalks.Talks;
using TradeTalks.Tariffs;
using TradeTalks.Time;
using TradeTalks.Truces;

namespace TradeTalks.Store.Seed;

/// <summary>
/// The facts the store starts with: the June 2025 article on the London round and the dated reports around it.
/// Every description is written in the project's own words; quotes are short and attributed.
/// A fresh instance holds fresh, untracked objects; records refer to each other by object, and the seeder
/// swaps in stored objects where a key already exists.
/// </summary>
public sealed partial class SeedData
{
    private readonly Dictionary<string, Source> _sources;
    private readonly Dictionary<string, Person> _people;

    public SeedData()
    {
        _sources = CreateSources().ToDictionary(s => s.Key);
        _people = CreatePeople().ToDictionary(p => p.Key);
        Talks = CreateTalks();
        TariffLayers = CreateTariffLayers();
        TruceWindows = CreateTruceWindows();
        Indicators = CreateIndicators();
        Statements = CreateStatements();
        Claims = CreateClaims();
        Developments = CreateDevelopments();

        // Children point back at their parents, so the seeder can find the stored parent by key.
        foreach (var layer in TariffLayers)
        {
            layer.Changes.ForEach(c => c.Layer = layer);
        }

        foreach (var window in TruceWindows)
        {
            window.Extensions.ForEach(e => e.TruceWindow = window);
        }

        TariffChanges = [.. TariffLayers.SelectMany(l => l.Changes)];
        TruceExtensions = [.. TruceWindows.SelectMany(w => w.Extensions)];
    }

    public IReadOnlyCollection<Source> Sources => _sources.Values;

    public IReadOnlyCollection<Person> People => _people.Values;

    public IReadOnlyList<Talk> Talks { get; }

    public IReadOnlyList<TariffLayer> TariffLayers { get; }

    public IReadOnlyList<TariffChange> TariffChanges { get; }

    public IReadOnlyList<TruceWindow> TruceWindows { get; }

    public IReadOnlyList<TruceExtension> TruceExtensions { get; }

    public IReadOnlyList<IndicatorRelease> Indicators { get; }

    public IReadOnlyList<Statement> Statements { get; }

    public IReadOnlyList<Claim> Claims { get; }

    public IReadOnlyList<Development> Developments { get; }

    private List<Source> Cite(params string[] keys) => [.. keys.Select(k => _sources[k])];

    private List<Person> Persons(params string[] keys) => [.. keys.Select(k => _people[k])];

    private Person Who(string key) => _people[key];

    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    /// <summary>The sources give days; orders and deadlines take effect at 00:01 US Eastern on that day.</summary>
    private static DateTimeOffset At0001Eastern(DateOnly day) => Zones.UsEasternOneMinutePastMidnight(day);
}
