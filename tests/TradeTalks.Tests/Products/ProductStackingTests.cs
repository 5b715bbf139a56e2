using TradeTalks.Products;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Products;

/// <summary>
/// The duties a product from China pays on a day, layer by layer (issue 26). Each line is built by hand from a row of
/// the lists of arifshehab/tariff-rate-tracker (resources/*.csv at commit 9919812) and the general rate of the schedule
/// (data/hts_archives/hts_2026_rev_4.json.gz); the rates come from the bundled data set's tariff layers, through its
/// product programmes. Each expected figure says where it comes from.
/// </summary>
public sealed class ProductStackingTests
{
    private static readonly DateOnly ScheduleStart = new(2025, 1, 1);

    /// <summary>config/revision_dates.csv: 2026_rev_10, in effect from 8 June 2026, is the last revision in the repository.</summary>
    private static readonly ProductStacking Stacking = new(BundledRecords.ProductProgrammes, new ScheduleRevision("2026_rev_10", new(2026, 6, 8)));

    [Fact]
    public void ATShirtOnListFourAPaysItsGeneralRateListFourATheFentanylDutyAndThe125PercentReciprocalDutyOn12April2025()
    {
        // s301_product_lists.csv: "61091000,4A,9903.88.15"; the schedule: 6109.10.00 "Of cotton", general 16.5%.
        var tShirt = Line("6109100012", "16.5%", 16.5m, Listed("301-list-4a", "9903.88.15"));

        var stack = Stacking.On(tShirt, new(2025, 4, 12));

        // The store: us-301-list-4a-2020-02-14 (7.5), us-fentanyl-2025-03-04 (20), us-reciprocal-2025-04-10 (125).
        AssertCharged(stack, ("general-rate", 16.5m), ("301-list-4a", 7.5m), ("ieepa-fentanyl", 20m), ("ieepa-reciprocal", 125m));
        Assert.Equal(169m, stack.Total.OnFullValue);
        Assert.Equal("us-reciprocal-2025-04-10", Layer(stack, "ieepa-reciprocal").SetBy!.Key);
        Assert.Equal(new DaySpan(new(2025, 4, 10), new(2025, 5, 14)), Layer(stack, "ieepa-reciprocal").Days);
        Assert.Equal("9903.88.15", Layer(stack, "301-list-4a").Heading);
        Assert.Null(stack.Total.SpecificDuty);
    }

    [Fact]
    public void ASmartphoneOutOfTheReciprocalDutyStillPaysTheFentanylDutyInJune2025()
    {
        // No 301 list names 8517.13; ieepa_exempt_products.csv: "8517130000,2025-04-05,NA" (the electronics of April
        // 2025); s122_exempt_products.csv names 85171300. The schedule: 8517.13.00.00 Smartphones, Free.
        var phone = Smartphone();

        var stack = Stacking.On(phone, new(2025, 6, 16));

        // us-fentanyl-2025-03-04: 20%; the reciprocal duty (us-reciprocal-2025-05-14, 10%) is listed but not charged.
        AssertCharged(stack, ("general-rate", 0m), ("ieepa-fentanyl", 20m));
        var reciprocal = Layer(stack, "ieepa-reciprocal");
        Assert.False(reciprocal.Charged);
        Assert.Equal(StackingRules.ReciprocalExemption, reciprocal.Rule);
        Assert.Equal(20m, stack.Total.OnFullValue);
    }

    [Fact]
    public void ASmartphonePaysNothingBeyondItsGeneralRateInMarch2026()
    {
        var stack = Stacking.On(Smartphone(), new(2026, 3, 16));

        // The IEEPA duties ended on 24 February 2026 (us-fentanyl-2026-02-20 and us-reciprocal-2026-02-20 end the layers);
        // Section 122 (us-section-122-2026-02-24, 10%) is listed but the smartphone is on its exemption list.
        AssertCharged(stack, ("general-rate", 0m));
        Assert.DoesNotContain(stack.Layers, l => l.Part is DutyPart.Fentanyl or DutyPart.Reciprocal);
        Assert.Equal(StackingRules.Section122Exemption, Layer(stack, "s122").Rule);
        Assert.Equal(0m, stack.Total.OnFullValue);
    }

    [Fact]
    public void AnElectricCarPaysThe100Percent301RateSection232AutosAndTheFentanylDutyButNotTheReciprocalDutyInJune2025()
    {
        // s301_product_lists.csv: "87038000,biden_100,9903.91.03"; the schedule: 8703.80.00 general 2.5%. No list names
        // cars for Section 232: the 232-autos programme reaches every line under 8703 and 8704.
        var car = Line("8703800020", "2.5%", 2.5m, Listed("301-2024-100", "9903.91.03"));

        var stack = Stacking.On(car, new(2025, 6, 16));

        // us-301-2024-evs-2024-09-27 (100), us-232-autos-2025-04-03 (25), us-fentanyl-2025-03-04 (20).
        AssertCharged(stack, ("general-rate", 2.5m), ("301-2024-100", 100m), ("232-autos", 25m), ("ieepa-fentanyl", 20m));
        Assert.Equal(StackingRules.Section232Precedence, Layer(stack, "ieepa-reciprocal").Rule);
        Assert.False(Layer(stack, "ieepa-reciprocal").Charged);
        Assert.Equal(147.5m, stack.Total.OnFullValue);
    }

    [Fact]
    public void ASteelDerivativeOnList3PaysList3AndSection232OnItsSteelAndSection122OnTheRestInMarch2026()
    {
        var stack = Stacking.On(DoorCloser(), new(2026, 3, 16));

        // us-301-lists-1-3-2019-05-10 (25); us-232-steel-aluminium-2025-06-04 (50, on the steel content);
        // us-section-122-2026-02-24 (10, on the rest of the value); no IEEPA duty after 24 February 2026.
        AssertCharged(stack, ("general-rate", 3.9m), ("301-list-3", 25m), ("232-steel-derivative", 50m), ("s122", 10m));
        Assert.Equal(ValuePart.MetalContent, Layer(stack, "232-steel-derivative").ChargedOn);
        Assert.Equal(ValuePart.RestOfValue, Layer(stack, "s122").ChargedOn);
        Assert.Equal((28.9m, 50m, 10m), Sums(stack));
        Assert.True(stack.Total.SplitByMetalContent);
    }

    [Fact]
    public void TheSameSteelDerivativeUnderTheApril2026AnnexPaysOnItsFullValueAndNoSection122()
    {
        // s232_annex_products.csv: "83024130,1b,steel,proclamation,2026-04-06"; us-232-metals-annex-i-b-2026-04-06 (25).
        var stack = Stacking.On(DoorCloser(), new(2026, 4, 15));

        AssertCharged(stack, ("general-rate", 3.9m), ("301-list-3", 25m), ("232-annex-1b", 25m));
        Assert.False(Layer(stack, "s122").Charged);
        Assert.Equal(53.9m, stack.Total.OnFullValue);
        Assert.False(stack.Total.SplitByMetalContent);
    }

    [Fact]
    public void ChinasFentanylDutyIsChargedInFullOnASection232Good()
    {
        // September 2025: us-fentanyl-2025-03-04 (20) on the whole value, beside Section 232 on the steel content; the
        // reciprocal duty (us-reciprocal-2025-05-14, 10) only on the rest of the value.
        var stack = Stacking.On(DoorCloser(), new(2025, 9, 15));

        var fentanyl = Layer(stack, "ieepa-fentanyl");
        Assert.True(fentanyl.Charged);
        Assert.Equal(ValuePart.FullValue, fentanyl.ChargedOn);
        Assert.Equal(StackingRules.FentanylStacks, fentanyl.Rule);
        Assert.Equal((48.9m, 50m, 10m), Sums(stack));
    }

    [Fact]
    public void SoybeansOnList3PayList3TheFentanylDutyAndTheReciprocalDutyInJune2025()
    {
        // s301_product_lists.csv: "12019000,3,9903.88.03"; the schedule: 1201.90.00 Other, Free.
        var soybeans = Line("1201900010", "Free", 0m, Listed("301-list-3", "9903.88.03"));

        var stack = Stacking.On(soybeans, new(2025, 6, 16));

        // us-301-lists-1-3-2019-05-10 (25), us-fentanyl-2025-03-04 (20), us-reciprocal-2025-05-14 (10).
        AssertCharged(stack, ("general-rate", 0m), ("301-list-3", 25m), ("ieepa-fentanyl", 20m), ("ieepa-reciprocal", 10m));
        Assert.Equal(55m, stack.Total.OnFullValue);
    }

    [Fact]
    public void AListFourBLineIsShownAsSuspendedAndPaysOnlyItsOtherList()
    {
        // s301_product_lists.csv: "03047250,3,9903.88.03" and "03047250,4B,9903.88.16"; 0304.72.50.00 is Free.
        var fillets = Line("0304725000", "Free", 0m, Listed("301-list-3", "9903.88.03"), Listed("301-list-4b", "9903.88.16"));

        var stack = Stacking.On(fillets, new(2025, 6, 16));

        var listFourB = Layer(stack, "301-list-4b");
        Assert.False(listFourB.Charged);
        Assert.Null(listFourB.Rate);
        Assert.Equal(StackingRules.SuspendedList, listFourB.Rule);
        Assert.Equal(55m, stack.Total.OnFullValue);
    }

    [Fact]
    public void AnExclusionTakesTheSection301DutyAwayForItsDaysOnly()
    {
        // s301_exclusion_lines.csv: "9903.88.69,0304725000"; the window is the one extended to 31 May 2025 (89 FR 46948).
        var fillets = Line("0304725000", "Free", 0m, Listed("301-list-3", "9903.88.03"),
            new ProductListing("301-exclusion", "9903.88.69", new(new(2024, 6, 15), new(2025, 6, 1))));

        var inside = Stacking.On(fillets, new(2025, 5, 20));
        var outside = Stacking.On(fillets, new(2025, 6, 1));

        Assert.False(Layer(inside, "301-list-3").Charged);
        Assert.Equal(StackingRules.Section301Exclusion, Layer(inside, "301-list-3").Rule);
        Assert.Equal(30m, inside.Total.OnFullValue);
        Assert.True(Layer(outside, "301-list-3").Charged);
        Assert.Equal(55m, outside.Total.OnFullValue);
    }

    [Fact]
    public void ALineOnSeveralSection301ListsPaysTheHighestRateOnly()
    {
        // s301_product_lists.csv names 94016960 on lists 3 (9903.88.03), 3_addl (9903.88.04) and 4A (9903.88.15).
        var chair = Line("9401696011", "Free", 0m, Listed("301-list-3", "9903.88.03"), Listed("301-list-3-additional", "9903.88.04"),
            Listed("301-list-4a", "9903.88.15"));

        var stack = Stacking.On(chair, new(2025, 6, 16));

        var section301 = stack.Layers.Where(l => l.Part == DutyPart.Section301).ToList();
        Assert.Equal(3, section301.Count);
        Assert.Equal(new[] { "301-list-3" }, section301.Where(l => l.Charged).Select(l => l.Id));
        Assert.All(section301.Where(l => !l.Charged), l => Assert.Equal(StackingRules.HighestSection301, l.Rule));
        Assert.Equal(55m, stack.Total.OnFullValue);
    }

    [Fact]
    public void ASpecificGeneralRateIsNamedAndNeverTurnedIntoAPercent()
    {
        // s301_product_lists.csv: "01042000,4A,9903.88.15"; the schedule: 0104.20.00.00 Goats, 68¢/head.
        var goats = Line("0104200000", "68¢/head", null, Listed("301-list-4a", "9903.88.15"));

        var stack = Stacking.On(goats, new(2025, 6, 16));

        Assert.Null(Layer(stack, "general-rate").Rate);
        Assert.Equal("68¢/head", stack.Total.SpecificDuty);
        Assert.Equal(37.5m, stack.Total.OnFullValue);
    }

    [Fact]
    public void AProgrammeWithNoRateOnRecordIsShownWithoutOneAndNamedBesideTheTotal()
    {
        // s301_product_lists.csv: "87163900,note31_chassis,9903.91.12"; the store holds no rate for the chassis action.
        var chassis = Line("8716390090", "Free", 0m, Listed("301-chassis", "9903.91.12"));

        var stack = Stacking.On(chassis, new(2025, 6, 16));

        Assert.Null(Layer(stack, "301-chassis").Rate);
        Assert.Equal(new[] { "Section 301: intermodal chassis" }, stack.Total.WithoutRate);
    }

    [Fact]
    public void PastTheLastRevisionTheStackSaysTheLaterChangesAreNotOnRecord()
    {
        var before = Stacking.On(Smartphone(), new(2026, 6, 8));
        var after = Stacking.On(Smartphone(), new(2026, 6, 9));

        Assert.Null(before.NotOnRecord);
        Assert.Equal("The last revision on record is 2026_rev_10 (in effect for China from 8 June 2026); later changes are not on record.", after.NotOnRecord);
    }

    [Fact]
    public void TheDailyStepsOfATShirtChangeOnlyWhereALayerChanges()
    {
        var tShirt = Line("6109100012", "16.5%", 16.5m, Listed("301-list-4a", "9903.88.15"));

        var steps = Stacking.Steps(tShirt, new(2025, 1, 1), new(2026, 3, 31));

        // 16.5 + 7.5, then the fentanyl steps (10, 20, 10, end), the reciprocal steps (10, 84, 125, 10, end) and
        // Section 122 (10 from 24 February 2026), as the store's layers date them.
        Assert.Equal(
            new[] { ("2025-01-01", 24m), ("2025-02-04", 34m), ("2025-03-04", 44m), ("2025-04-05", 54m), ("2025-04-09", 128m), ("2025-04-10", 169m),
             ("2025-05-14", 54m), ("2025-11-10", 44m), ("2026-02-24", 34m) },
            steps.Select(s => (s.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), s.Total.OnFullValue)));
        Assert.Equal(7.5m, steps[^1].ChargedRates["301-list-4a"]);
    }

    [Fact]
    public void UnwroughtAluminiumPaysThe2018TenPercentInJanuary2025AndTwentyFivePercentFrom12March2025()
    {
        // s232_metal_chapter_products.csv names chapter 76 for aluminium with no date (Proclamation 9704 of 2018); the
        // schedule: 7601.10.30.00, general 2.6%.
        var aluminium = Line("7601103000", "2.6%", 2.6m, Listed("232-aluminium", ""));

        var january = Stacking.On(aluminium, new(2025, 1, 15));
        var march = Stacking.On(aluminium, new(2025, 3, 20));

        // us-232-aluminium-2018-03-23 (10, Proclamation 9704); no other duty on China before 4 February 2025.
        AssertCharged(january, ("general-rate", 2.6m), ("232-aluminium", 10m));
        Assert.Equal("us-232-aluminium-2018-03-23", Layer(january, "232-aluminium").SetBy!.Key);
        Assert.Equal(12.6m, january.Total.OnFullValue);

        // us-232-aluminium-2025-03-12 (25, Proclamation 10895) and us-fentanyl-2025-03-04 (20).
        AssertCharged(march, ("general-rate", 2.6m), ("232-aluminium", 25m), ("ieepa-fentanyl", 20m));
        Assert.Equal(47.6m, march.Total.OnFullValue);
    }

    [Fact]
    public void AChapter72SteelLinePaysThe2018TwentyFivePercentInJanuary2025()
    {
        // s232_metal_chapter_products.csv: "7208,steel,mill,," (Proclamation 9705); 7208.10.15.00, Free.
        var steel = Line("7208101500", "Free", 0m, Listed("232-steel", ""));

        var stack = Stacking.On(steel, new(2025, 1, 15));

        // us-232-steel-aluminium-2018-03-23: 25 (Proclamation 9705).
        AssertCharged(stack, ("general-rate", 0m), ("232-steel", 25m));
        Assert.Equal(25m, stack.Total.OnFullValue);
        // The metal lists give no heading: the programme's is shown.
        Assert.Equal("9903.80.01", Layer(stack, "232-steel").Heading);
    }

    [Fact]
    public void SteelAndAluminiumBothPayFiftyPercentFrom4June2025()
    {
        var steel = Stacking.On(Line("7208101500", "Free", 0m, Listed("232-steel", "")), new(2025, 6, 16));
        var aluminium = Stacking.On(Line("7601103000", "2.6%", 2.6m, Listed("232-aluminium", "")), new(2025, 6, 16));

        // us-232-steel-aluminium-2025-06-04 and us-232-aluminium-2025-06-04: 50 each (Proclamation 10947).
        Assert.Equal(50m, Layer(steel, "232-steel").Rate);
        Assert.Equal(50m, Layer(aluminium, "232-aluminium").Rate);
    }

    [Fact]
    public void ALineTheAnnexesCoverPaysItsAnnexOnlyFrom6April2026NotThePreAnnexSteelDuty()
    {
        // s232_metal_chapter_products.csv: "73269086,steel,derivative,2025-03-12"; s232_annex_products.csv names
        // 7326908688 in annex I-A (the longest prefix; "732690" in I-B is shorter); the schedule: 2.9%.
        var line = Line("7326908688", "2.9%", 2.9m, Listed("301-list-3", "9903.88.03"),
            new ProductListing("232-steel", "", new(new(2025, 3, 12), null)),
            new ProductListing("232-annex-1a", "", new(new(2026, 4, 6), null)));

        var stack = Stacking.On(line, new(2026, 5, 1));

        // us-232-metals-annex-i-a-2026-04-06 (50); us-232-steel-aluminium-2026-04-06 ends the pre-annex layer; the
        // annex sets Section 122 aside (us-section-122-2026-02-24).
        AssertCharged(stack, ("general-rate", 2.9m), ("301-list-3", 25m), ("232-annex-1a", 50m));
        Assert.DoesNotContain(stack.Layers, l => l.Id == "232-steel");
        Assert.Equal(77.9m, stack.Total.OnFullValue);
    }

    [Fact]
    public void ASteelDerivativeStillOnTheOldListPaysOnlyItsAnnexInMay2026()
    {
        // The derivative list gives no end: "83024130,9903.81.91,steel,2025-08-18"; the annex names 83024130 in I-B.
        var closer = Line("8302413000", "3.9%", 3.9m, Listed("301-list-3", "9903.88.03"),
            new ProductListing("232-steel-derivative", "9903.81.91", new(new(2025, 8, 18), null)),
            new ProductListing("232-annex-1b", "", new(new(2026, 4, 6), null)));

        var stack = Stacking.On(closer, new(2026, 5, 1));

        AssertCharged(stack, ("general-rate", 3.9m), ("301-list-3", 25m), ("232-annex-1b", 25m));
        Assert.False(stack.Total.SplitByMetalContent);
    }

    [Fact]
    public void CopperContentPaysNoPreAnnexCopperDutyFrom6April2026()
    {
        // s232_copper_products.csv: "74081100,9903.78.01" from 1 August 2025; us-232-copper-2026-04-06 ends the layer.
        var wire = Line("7408110000", "3%", 3m, new ProductListing("232-copper", "9903.78.01", new(new(2025, 8, 1), null)));

        Assert.Equal(50m, Layer(Stacking.On(wire, new(2026, 3, 16)), "232-copper").Rate);
        Assert.DoesNotContain(Stacking.On(wire, new(2026, 4, 6)).Layers, l => l.Id == "232-copper");
    }

    [Fact]
    public void ADerivativeOnTheSteelAndTheAluminiumListsPaysEachMetalsContentItsOwnRateNotTheirSum()
    {
        // s232_derivative_products.csv names 83024130 under 9903.81.91 (steel) and 9903.85.08 (aluminium).
        var closer = Line("8302413000", "3.9%", 3.9m, Listed("301-list-3", "9903.88.03"),
            new ProductListing("232-steel-derivative", "9903.81.91", new(new(2025, 8, 18), null)),
            new ProductListing("232-aluminium-derivative", "9903.85.08", new(new(2025, 8, 18), null)));

        var stack = Stacking.On(closer, new(2025, 9, 15));

        // 50 on the steel content (us-232-steel-aluminium-2025-06-04) and 50 on the aluminium content
        // (us-232-aluminium-2025-06-04): the metal content pays 50, not 100.
        Assert.Equal(StackingRules.EachMetalItsOwnRate, Layer(stack, "232-steel-derivative").Rule);
        Assert.Equal(StackingRules.EachMetalItsOwnRate, Layer(stack, "232-aluminium-derivative").Rule);
        Assert.True(Layer(stack, "232-aluminium-derivative").Charged);
        Assert.Equal((48.9m, 50m, 10m), Sums(stack));
    }

    [Fact]
    public void WhereTheMetalsRatesDifferTheMetalContentShowsTheHigherAndEachLayerSaysWhichMetalPaysWhat()
    {
        var both = Line("8302413000", "3.9%", 3.9m,
            Listed("232-steel-derivative", "9903.81.91"), Listed("232-aluminium-derivative", "9903.85.04"));

        var stack = Stacking.On(both, new(2025, 1, 15));

        // January 2025: 25 on the steel content, 10 on the aluminium content (Proclamations 9705 and 9704).
        Assert.Equal(25m, Layer(stack, "232-steel-derivative").Rate);
        Assert.Equal(10m, Layer(stack, "232-aluminium-derivative").Rate);
        Assert.Equal(25m, stack.Total.OnMetalContent);
        Assert.Contains("aluminium content", Layer(stack, "232-aluminium-derivative").Note, StringComparison.Ordinal);
        Assert.Contains("importer", Layer(stack, "232-aluminium-derivative").Note, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAluminiumArticleAlsoOnTheDerivativeListPaysTheAluminiumDutyOnceOnItsFullValue()
    {
        // s232_metal_chapter_products.csv: 7610 aluminium from 2025-03-12; s232_derivative_products.csv: 76101000
        // under 9903.85.07 with no date. The schedule: 7610.10.00.10, 5.7%.
        var windows = Line("7610100010", "5.7%", 5.7m, new ProductListing("232-aluminium", "", new(new(2025, 3, 12), null)),
            Listed("232-aluminium-derivative", "9903.85.07"));

        var stack = Stacking.On(windows, new(2025, 6, 16));

        AssertCharged(stack, ("general-rate", 5.7m), ("232-aluminium", 50m), ("ieepa-fentanyl", 20m));
        Assert.False(Layer(stack, "232-aluminium-derivative").Charged);
        Assert.Equal((75.7m, 0m, 0m), Sums(stack));
    }

    /// <summary>8517.13.00.00, with the listings the lists give it (all its time in the schedule where no date is given).</summary>
    private static ProductLine Smartphone() => Line("8517130000", "Free", 0m,
        new ProductListing("reciprocal-exempt-electronics", "9903.01.32", new(new(2025, 4, 5), null)), Listed("s122-exempt", "9903.03.02–9903.03.11"));

    /// <summary>
    /// 8302.41.30.00, door closers, 3.9%: s301_product_lists.csv "83024130,3,9903.88.03"; s232_derivative_products.csv
    /// "83024130,9903.81.91,steel,2025-08-18" until the April 2026 annex ("83024130,1b,steel,proclamation,2026-04-06").
    /// </summary>
    private static ProductLine DoorCloser() => Line("8302413000", "3.9%", 3.9m, Listed("301-list-3", "9903.88.03"),
        new ProductListing("232-steel-derivative", "9903.81.91", new(new(2025, 8, 18), new(2026, 4, 6))),
        new ProductListing("232-annex-1b", "9903.82.02", new(new(2026, 4, 6), null)));

    private static ProductLine Line(string hts10, string general, decimal? adValorem, params ProductListing[] listings) =>
        new(hts10, ["Chapter", "Heading", "Line"], new(ScheduleStart, null), [new(new(ScheduleStart, null), general, adValorem)], listings);

    private static ProductListing Listed(string programme, string heading) => new(programme, heading, new(ScheduleStart, null));

    private static DutyLayer Layer(ProductStack stack, string id) => Assert.Single(stack.Layers, l => l.Id == id);

    /// <summary>The total on the full value, on the metal content and on the rest of the value.</summary>
    private static (decimal, decimal, decimal) Sums(ProductStack stack) => (stack.Total.OnFullValue, stack.Total.OnMetalContent, stack.Total.OnRestOfValue);

    private static void AssertCharged(ProductStack stack, params (string Id, decimal Rate)[] expected) =>
        Assert.Equal(expected.OrderBy(e => e.Id, StringComparer.Ordinal), stack.Charged.Select(l => (l.Id, l.Rate ?? 0m)).OrderBy(e => e.Id, StringComparer.Ordinal));
}
