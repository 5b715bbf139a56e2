using TradeTalks.Products;
using TradeTalks.Products.Building;

namespace TradeTalks.Tests.Products;

/// <summary>The product build on small hand-made inputs (<see cref="ProductInputs"/>).</summary>
public sealed class ProductDataBuilderTests : IDisposable
{
    private readonly ProductInputs _inputs = new();

    public void Dispose() => _inputs.Dispose();

    private ProductLine Line(string hts10) => ProductDataBuilder.Build(_inputs.Folder).Data.Lines.Single(l => l.Hts10 == hts10);

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void AnHts10LineTakesTheGeneralRateOfTheHts8LineAboveItByIndent()
    {
        var shirt = Line("6109100012");

        var rate = Assert.Single(shirt.GeneralRates);
        Assert.Equal("16.5%", rate.Text);
        Assert.Equal(16.5m, rate.AdValoremPercent);
        Assert.Equal(new DaySpan(Day("2025-01-01"), null), rate.Days);
    }

    [Fact]
    public void ALinesPathRunsFromItsHeadingThroughTheTextLinesAboveItToItself()
    {
        Assert.Equal(
            ["T-shirts, singlets, tank tops and similar garments, knitted or crocheted:", "Of cotton", "Men's or boys':", "T-shirts, all white, short hemmed sleeves"],
            Line("6109100012").Path);
    }

    [Fact]
    public void ALineThatAppearsInALaterRevisionIsInTheScheduleFromThatRevisionsDay()
    {
        var tankTops = Line("6109100040");

        Assert.Equal(new DaySpan(Day("2025-05-03"), null), tankTops.InSchedule);
        Assert.Equal(Day("2025-05-03"), Assert.Single(tankTops.GeneralRates).Days.From);
    }

    [Fact]
    public void ALineThatLeavesTheScheduleEndsOnTheFirstRevisionWithoutItAndItsListsEndThere()
    {
        var other = Line("6109100014");

        Assert.Equal(new DaySpan(Day("2025-01-01"), Day("2025-08-01")), other.InSchedule);
        Assert.Equal(Day("2025-08-01"), Assert.Single(other.GeneralRates).Days.Until);
        Assert.Equal(new DaySpan(Day("2025-01-01"), Day("2025-08-01")), other.Listings.Single(l => l.Programme == "301-list-4a").Days);
    }

    [Fact]
    public void RevisionsTakeThePolicyEffectiveDateWhereThereIsOneElseThePublishedEffectiveDate()
    {
        var revisions = ProductDataBuilder.Build(_inputs.Folder).Data.Revisions;

        Assert.Equal(
            [("2025 Basic Edition", "2025-01-01"), ("2025 Revision 7", "2025-04-05"), ("2025 Revision 11", "2025-05-03"), ("2025 Revision 17", "2025-08-01"),
                ("2026 Revision 1", "2026-01-15"), ("2026 Revision 4", "2026-02-24")],
            revisions.Select(r => (r.Name, r.EffectiveOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("Free", 0.0)]
    [InlineData("16.5%", 16.5)]
    [InlineData("2.4¢/kg", null)]
    [InlineData("2.4¢/kg + 5%", 5.0)]
    public void TheAdValoremPartOfAGeneralRateIsItsPercent(string text, double? percent) =>
        Assert.Equal(percent is { } p ? (decimal)p : null, GeneralRateText.AdValoremPercent(text));

    [Fact]
    public void ASpecificAndACompoundRateKeepTheirWordsWithTheirAdValoremPart()
    {
        Assert.Equal(("2.4¢/kg + 5%", 5m), Assert.Single(Line("7318152010").GeneralRates) is var bolts ? (bolts.Text, bolts.AdValoremPercent) : default);
        Assert.Null(Assert.Single(Line("7403110000").GeneralRates).AdValoremPercent);
    }

    [Theory]
    [InlineData("1", "301-list-1")]
    [InlineData("2", "301-list-2")]
    [InlineData("3", "301-list-3")]
    [InlineData("3_addl", "301-list-3-additional")]
    [InlineData("4A", "301-list-4a")]
    [InlineData("4B", "301-list-4b")]
    [InlineData("biden_25", "301-2024-25")]
    [InlineData("biden_50", "301-2024-50")]
    [InlineData("biden_100", "301-2024-100")]
    [InlineData("biden_50_jan25", "301-2024-50-2025")]
    [InlineData("biden_25_jan25", "301-2024-25-2025")]
    [InlineData("biden_jan26", "301-2024-2026")]
    [InlineData("note31_chassis", "301-chassis")]
    [InlineData("note31_cranes", "301-cranes")]
    [InlineData("cranes_301", "301-cranes")]
    public void EachSection301ListIsItsProgrammeForTheLinesWholeTimeInTheSchedule(string list, string programme)
    {
        _inputs.Write("resources/s301_product_lists.csv", $"hts8,list,ch99_code\n61091000,{list},9903.91.01\n");

        var tankTops = Line("6109100040");

        var listing = Assert.Single(tankTops.Listings, l => l.Programme.StartsWith("301-", StringComparison.Ordinal) && l.Programme != "301-exclusion");
        Assert.Equal(new ProductListing(programme, "9903.91.01", tankTops.InSchedule), listing);
    }

    [Theory]
    [InlineData("6109100012", "301-exclusion", "9903.88.69", "2025-01-01", "2025-08-01")]
    [InlineData("7318152010", "232-steel", "", "2025-03-12", null)]
    [InlineData("7318152010", "232-steel-derivative", "9903.81.91", "2025-08-18", null)]
    [InlineData("7318152010", "232-annex-1b", "", "2026-04-06", null)]
    [InlineData("7403110000", "232-copper", "9903.78.01", "2025-08-01", null)]
    [InlineData("6109100012", "232-auto-parts", "9903.94.05", "2025-05-03", null)]
    [InlineData("8517130000", "232-semiconductors", "9903.79.01", "2026-01-15", null)]
    [InlineData("8517130000", "reciprocal-exempt-electronics", "9903.01.32", "2025-04-05", null)]
    [InlineData("1201900010", "reciprocal-exempt-annex-ii", "9903.01.32", "2025-04-05", "2025-08-01")]
    [InlineData("1201900010", "reciprocal-exempt-annex-ii", "9903.01.32", "2025-11-13", null)]
    [InlineData("1201900010", "s122-exempt", "", "2026-02-24", null)]
    public void EachOtherListGivesItsProgrammeHeadingAndDays(string hts10, string programme, string heading, string from, string? until)
    {
        var listing = new ProductListing(programme, heading, new DaySpan(Day(from), until is null ? null : Day(until)));

        Assert.Contains(listing, Line(hts10).Listings);
    }

    [Fact]
    public void ALineNamedByAnnexRowsOfDifferentLengthsIsInTheAnnexOfTheLongestOnly()
    {
        // As upstream's classify_s232_annex: the longest prefix in force wins; a longer row of a later day takes over then.
        _inputs.Write("resources/s232_annex_products.csv", "hts_prefix,annex,metal_type,source,effective_date\n" +
            "7318,1b,steel,proclamation,2026-04-06\n731815,1a,steel,proclamation,2026-04-06\n73181520,1c,steel,proclamation,2026-06-08\n");

        var annexes = Line("7318152010").Listings.Where(l => l.Programme.StartsWith("232-annex-", StringComparison.Ordinal));

        Assert.Equal(
            [new ProductListing("232-annex-1a", "", new(Day("2026-04-06"), Day("2026-06-08"))), new ProductListing("232-annex-1c", "", new(Day("2026-06-08"), null))],
            annexes);
    }

    [Fact]
    public void AnAnnexRowOfALaterDayMovesItsPrefixToTheNewAnnexFromThatDay()
    {
        _inputs.Write("resources/s232_annex_products.csv", "hts_prefix,annex,metal_type,source,effective_date\n" +
            "7318,1b,steel,proclamation,2026-04-06\n7318,2,steel,proclamation,2026-06-08\n");

        var annexes = Line("7318152010").Listings.Where(l => l.Programme.StartsWith("232-annex-", StringComparison.Ordinal));

        Assert.Equal(
            [new ProductListing("232-annex-1b", "", new(Day("2026-04-06"), Day("2026-06-08"))), new ProductListing("232-annex-2", "", new(Day("2026-06-08"), null))],
            annexes);
    }

    [Theory]
    [InlineData("9903.85.04", "2025-01-01")]
    [InlineData("9903.85.08", "2025-03-12")]
    public void AnUndatedAluminiumDerivativeRowIsInForceThroughoutUnderThe2020HeadingAndFrom12March2025UnderThe2025Ones(string heading, string from)
    {
        _inputs.Write("resources/s232_derivative_products.csv", $"hts_prefix,ch99_code,derivative_type,effective_date\n73181520,{heading},aluminum,\n");

        var listing = Assert.Single(Line("7318152010").Listings, l => l.Programme == "232-aluminium-derivative");

        Assert.Equal(new DaySpan(Day(from), null), listing.Days);
    }

    [Fact]
    public void AnAnnexIiRowTheElectronicsMemoAddedIsAnElectronicsExemptionNotASecondAnnexIiOne()
    {
        var smartphones = Line("8517130000");

        Assert.DoesNotContain(smartphones.Listings, l => l.Programme == "reciprocal-exempt-annex-ii");
        Assert.Single(smartphones.Listings, l => l.Programme == "reciprocal-exempt-electronics");
    }

    [Fact]
    public void AnArchiveTheRevisionDatesLeaveOutIsNotBuiltFromAndTheBuildSaysSo()
    {
        _inputs.WriteArchive("2026_rev_8", new[] { ProductInputs.Row("9999.99.99.99", 0, "Not on record", "Free") });

        var build = ProductDataBuilder.Build(_inputs.Folder);

        Assert.DoesNotContain(build.Data.Lines, l => l.Hts10 == "9999999999");
        Assert.Contains(build.Notes, n => n.Contains("hts_2026_rev_8.json.gz", StringComparison.Ordinal));
        Assert.Equal("2026 Revision 4", build.Data.LastRevision.Name);
    }
}
