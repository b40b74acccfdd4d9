using ClaimCheck.Events;
using static ClaimCheck.Tests.Events.ClaimBuilder;

namespace ClaimCheck.Tests.Events;

public class EventAlignerTests
{
    private static readonly FakePlaceHierarchy Places = FakePlaceHierarchy.FromSpec();

    private static AlignmentResult Align(IEnumerable<Claim> claims, AlignmentOptions? options = null, ITextSimilarity? similarity = null,
        IReadOnlyDictionary<string, string?>? published = null) =>
        new EventAligner(Places, similarity, options).Align(Results(claims, published));

    private static string EventOf(AlignmentResult r, string claimId) => r.Claims.Single(c => c.Id == claimId).EventId!;

    private static Claim Evac(string id, string report, string[] places, string[] actors, string? date, string? text = null, int start = 0) =>
        Polar(id, report, ClaimKind.Evacuation, Polarity.Affirmed, Camp.Other, places, actors, date, text: text, start: start);

    [Fact]
    public void PlacesInOneAreaAreOneEvent()
    {
        var r = Align([
            Evac("c1", "r1", ["Yarmouk camp"], ["isis"], "2018-05-20"),
            Evac("c2", "r2", ["Tadamon"], ["isis"], "2018-05-21"),
            Evac("c3", "r3", ["Southern Damascus"], ["isis"], "2018-05-21"),
            Evac("c4", "r4", ["Hajar al-Aswad", "Syrian Badia"], [], "2018-05-22"),
        ]);
        var ev = Assert.Single(r.Events);
        Assert.Equal(["c1", "c2", "c3", "c4"], ev.ClaimIds);
        Assert.Contains("place:Southern Damascus", ev.GroupedBy);
        Assert.Contains("actor:isis", ev.GroupedBy);
        Assert.Contains("window:2018-05-20..2018-05-22", ev.GroupedBy);
        Assert.Equal(["r1", "r2", "r3", "r4"], ev.ReportIds);
    }

    [Theory]
    [InlineData("Dumayr", "Douma")]          // common ancestor Rif Dimashq is a governorate
    [InlineData("Mayadeen", "Hajin")]        // common ancestor Deir ez-Zor is a governorate
    [InlineData("Jarablus", "Hamzat")]       // common ancestor Aleppo governorate
    [InlineData("Dumayr", "Western Qalamoun")]
    public void PlacesWithOnlyATopLevelInCommonAreDifferentEvents(string first, string second)
    {
        var r = Align([Evac("c1", "r1", [first], ["isis"], "2018-05-20"), Evac("c2", "r2", [second], ["isis"], "2018-05-20")]);
        Assert.Equal(2, r.Events.Count);
    }

    [Fact]
    public void DifferentPartiesAreDifferentEventsEvenWithABridgingClaim()
    {
        var r = Align([
            Evac("jaysh", "r1", ["Dumayr"], ["jaysh-al-islam"], "2018-04-19"),
            Evac("isis", "r2", ["Dumayr"], ["isis"], "2018-04-19"),
            Evac("both", "r3", ["Dumayr"], ["isis", "jaysh-al-islam"], "2018-04-19"),
        ]);
        Assert.Equal(2, r.Events.Count);
        Assert.NotEqual(EventOf(r, "jaysh"), EventOf(r, "isis"));
    }

    [Fact]
    public void AnUndatedReportJoinsTheEventItsTopicTellsOfNotAnotherInTheSameArea()
    {
        // Two happenings in Eastern Ghouta five years apart; the undated report names only the area, and its topic (what the
        // whole report is about) is the gas attack's.
        string[] gas = ["مجزره", "كيماوي", "غازات", "سامه", "سارين", "اختناق", "غوطه", "شرقيه", "2013"];
        string[] bombing = ["قصف", "غارات", "طيران", "براميل", "هدنه", "مجلس", "امن", "غوطه", "شرقيه", "2018"];
        var claims = new[]
        {
            AlignmentFixture.Fight("g1", "gas1", ["Eastern Ghouta"], [], "2013-08-21", text: "مقتل 1300 شخص"),
            AlignmentFixture.Fight("g2", "gas2", ["Eastern Ghouta"], [], "2013-08-22", text: "1188 قتيلا"),
            AlignmentFixture.Fight("b1", "bomb1", ["Eastern Ghouta"], [], "2018-02-20", text: "مقتل 400 مدني"),
            AlignmentFixture.Fight("b2", "bomb2", ["Eastern Ghouta"], [], "2018-02-22", text: "حصيلة القتلى 500"),
            AlignmentFixture.Fight("u1", "undated", ["Eastern Ghouta"], [], null, text: "مقتل 502 شخص"),
        };
        var topics = new Dictionary<string, string[]> { ["gas1"] = gas, ["gas2"] = gas[..7], ["bomb1"] = bombing, ["bomb2"] = bombing[2..], ["undated"] = gas[1..] };
        var results = Results(claims).Select(r => r with { Report = r.Report with { Topic = topics[r.Report.Id] } }).ToList();
        var r = new EventAligner(Places).Align(results);
        Assert.Equal(EventOf(r, "g1"), EventOf(r, "u1"));
        Assert.NotEqual(EventOf(r, "b1"), EventOf(r, "u1"));

        // The same claims, the undated report now about the bombing: it joins the bombing.
        topics["undated"] = bombing[1..];
        var swapped = new EventAligner(Places).Align(Results(claims).Select(x => x with { Report = x.Report with { Topic = topics[x.Report.Id] } }).ToList());
        Assert.Equal(EventOf(swapped, "b1"), EventOf(swapped, "u1"));
        Assert.NotEqual(EventOf(swapped, "g1"), EventOf(swapped, "u1"));
    }

    [Theory]
    [InlineData("hezbollah")]
    [InlineData("iran")]
    [InlineData("russia")]
    [InlineData("sarc")]
    public void TheGovernmentSideAndItsAlliesAndRescuersTellNoEventApart(string ally)
    {
        // Hezbollah fights beside the army against the fighters who leave: one event, though the two claims name no party in common.
        var options = AlignmentOptions.Default with { CommonActors = ClaimChecker.AlignmentOptions.CommonActors };
        var claims = new[] { Evac("ally", "r1", ["Douma"], [ally], "2018-04-01"), Evac("fighters", "r2", ["Douma"], ["jaysh-al-islam"], "2018-04-02") };
        Assert.Single(Align(claims, options).Events);
        Assert.Equal(2, Align(claims, AlignmentOptions.Default with { CommonActors = [] }).Events.Count);
    }

    [Fact]
    public void PartiesBindDealsButNotTheMixedActorsOfATollOfDead()
    {
        // One shelling told by three reports: the dead's side, the side that shelled, and neither. The tolls join through the
        // report that names no party; the same shape of exits (ISIS leaves, Jaysh al-Islam leaves) stays two events.
        Claim[] Three(Func<string, string, string[], string[], string?, string?, int, Claim> make) =>
        [
            make("a", "r1", ["Douma"], ["isis"], "2018-04-01", null, 0),
            make("b", "r2", ["Douma"], [], "2018-04-01", null, 0),
            make("c", "r3", ["Douma"], ["jaysh-al-islam"], "2018-04-01", null, 0),
        ];
        var tolls = Align(Three(AlignmentFixture.Fight));
        Assert.Single(tolls.Events);
        var exits = Align(Three(Evac));
        Assert.NotEqual(EventOf(exits, "a"), EventOf(exits, "c"));
    }

    [Fact]
    public void DealsAreToldApartByWhoMovesNotByWhoTheyWereMadeWith()
    {
        // ISIS leaves under a deal with the SDF: the SDF's account and the exit are one event; another faction's exit is not.
        var options = AlignmentOptions.Default with { MovingParties = ["isis", "jaysh-al-islam"] };
        var claims = new[]
        {
            Evac("exit", "r1", ["Douma"], ["isis"], "2018-04-01"),
            Evac("account", "r2", ["Douma"], ["sdf"], "2018-04-01"),
            Evac("other", "r3", ["Douma"], ["jaysh-al-islam"], "2018-04-02"),
        };
        var r = Align(claims, options);
        Assert.Equal(EventOf(r, "exit"), EventOf(r, "account"));
        Assert.NotEqual(EventOf(r, "exit"), EventOf(r, "other"));
        // Without the option every party binds: the SDF's account stands apart from ISIS's exit.
        var all = Align(claims);
        Assert.NotEqual(EventOf(all, "exit"), EventOf(all, "account"));
    }

    [Fact]
    public void TwoFactionsExitsAreTwoEventsTheBroaderPartyJoinsOne()
    {
        // Ahrar al-Sham leaves one town and Faylaq al-Rahman the next, two days apart: two events. A report that names only
        // "the opposition's fighters" joins one of them; without the groups it would name a third party and stand alone.
        var groups = new Dictionary<string, IReadOnlyList<string>> { ["opposition-fighters"] = ["ahrar-al-sham", "faylaq-al-rahman"] };
        var options = AlignmentOptions.Default with { MovingParties = ["opposition-fighters"], PartyGroups = groups };
        var claims = new[]
        {
            Evac("ahrar", "r1", ["Douma"], ["ahrar-al-sham"], "2018-03-22"),
            Evac("generic", "r2", ["Douma"], ["opposition-fighters"], "2018-03-22"),
            Evac("faylaq", "r3", ["Douma"], ["faylaq-al-rahman"], "2018-03-24"),
            Evac("both", "r4", ["Douma"], ["opposition-fighters", "faylaq-al-rahman"], "2018-03-24"),
        };
        var r = Align(claims, options);
        Assert.NotEqual(EventOf(r, "ahrar"), EventOf(r, "faylaq"));
        Assert.Contains(EventOf(r, "generic"), new[] { EventOf(r, "ahrar"), EventOf(r, "faylaq") });
        // Naming the broader party beside one faction is that faction's claim.
        Assert.Equal(EventOf(r, "faylaq"), EventOf(r, "both"));
        Assert.DoesNotContain(r.Events, e => e.ClaimIds.Contains("ahrar") && e.ClaimIds.Contains("both"));
        // The label names the parties the claims name, not every faction the broader party stands for.
        Assert.DoesNotContain("ahrar", r.Events.Single(e => e.ClaimIds.Contains("faylaq")).Label, StringComparison.Ordinal);
        var flat = Align(claims, options with { MovingParties = ["opposition-fighters", "ahrar-al-sham", "faylaq-al-rahman"], PartyGroups = new Dictionary<string, IReadOnlyList<string>>() });
        Assert.NotEqual(EventOf(flat, "generic"), EventOf(flat, "ahrar"));
        Assert.NotEqual(EventOf(flat, "generic"), EventOf(flat, "faylaq"));
    }

    [Fact]
    public void ASwapDealThatTwoReportsTellBridgesItsTwoAreas()
    {
        // One deal empties a town of each area (the four towns: Foua and Kefraya for Madaya and Zabadani). Two reports tell the deal
        // with both sides in one claim: the two exits are one event. One report naming both areas, or two tolls, bridge nothing.
        Claim Deal(string id, string report) =>
            Polar(id, report, ClaimKind.Agreement, Polarity.Affirmed, Camp.Other, ["Douma", "Yarmouk camp"], [], "2018-04-01");
        Claim[] Exits() => [Evac("east", "r3", ["Douma"], [], "2018-04-02"), Evac("south", "r4", ["Yarmouk camp"], [], "2018-04-02")];
        var swap = Align([Deal("d1", "r1"), Deal("d2", "r2"), .. Exits(),
            AlignmentFixture.Fight("toll-east", "r5", ["Douma"], [], "2018-04-02"), AlignmentFixture.Fight("toll-south", "r6", ["Yarmouk camp"], [], "2018-04-02")]);
        Assert.Equal(EventOf(swap, "east"), EventOf(swap, "south"));
        Assert.Equal(EventOf(swap, "d1"), EventOf(swap, "east"));
        // Tolls keep their own areas: a bombing in each area on the day of the swap are two events still.
        Assert.NotEqual(EventOf(swap, "toll-east"), EventOf(swap, "toll-south"));
        var once = Align([Deal("d1", "r1"), .. Exits()]);
        Assert.NotEqual(EventOf(once, "east"), EventOf(once, "south"));
        var tolls = Align([
            AlignmentFixture.Fight("t1", "r1", ["Douma", "Yarmouk camp"], [], "2018-04-01"),
            AlignmentFixture.Fight("t2", "r2", ["Douma", "Yarmouk camp"], [], "2018-04-01"), .. Exits()]);
        Assert.NotEqual(EventOf(tolls, "east"), EventOf(tolls, "south"));
    }

    [Fact]
    public void WhenTheRootPlacesNothingTheCountryRelatesNoClaims()
    {
        // Two tolls a month apart, in two towns of two governorates, both also naming "Syria": with a country-rooted hierarchy
        // the shared country is no coarse place that links them; a claim naming only the country joins its neighbour.
        var hierarchy = new DictionaryHierarchy(new Dictionary<string, string[]>
        {
            ["Douma"] = ["Rif Dimashq", "Syria"], ["Rif Dimashq"] = ["Syria"],
            ["Jisr al-Shughur"] = ["Idlib", "Syria"], ["Idlib"] = ["Syria"],
        });
        var claims = new[]
        {
            AlignmentFixture.Fight("a", "r1", ["Douma", "Syria"], ["isis"], "2018-04-01"),
            AlignmentFixture.Fight("b", "r2", ["Syria"], ["isis"], "2018-04-20", start: 0),
            AlignmentFixture.Fight("c", "r2", ["Jisr al-Shughur", "Syria"], ["isis"], "2018-04-20", start: 100),
        };
        var rooted = new EventAligner(hierarchy, null, AlignmentOptions.Default with { MinimumSharedPlaceDepth = 2, RootPlacesNothing = true }).Align(Results(claims));
        Assert.NotEqual(EventOf(rooted, "a"), EventOf(rooted, "c"));
        Assert.Equal(EventOf(rooted, "b"), EventOf(rooted, "c"));
        // Alone, the Douma toll and the country-only claim of another report are not related by "Syria".
        var pair = new EventAligner(hierarchy, null, AlignmentOptions.Default with { MinimumSharedPlaceDepth = 2, RootPlacesNothing = true }).Align(Results(claims[..2]));
        Assert.Equal(2, pair.Events.Count);
        var plain = new EventAligner(hierarchy, null, AlignmentOptions.Default with { MinimumSharedPlaceDepth = 2 }).Align(Results(claims[..2]));
        Assert.Single(plain.Events);
    }

    private sealed class DictionaryHierarchy(Dictionary<string, string[]> ancestors) : ClaimCheck.Recognition.IPlaceHierarchy
    {
        public IReadOnlyList<string> Ancestors(string place) => ancestors.GetValueOrDefault(place) ?? [];
    }

    [Fact]
    public void CommonActorsDoNotTellEventsApart()
    {
        Claim[] claims = [Evac("a", "r1", ["Yarmouk camp"], ["regime-forces"], "2018-05-20"), Evac("b", "r2", ["Tadamon"], ["isis"], "2018-05-20")];
        Assert.Single(Align(claims).Events);
        Assert.Equal(2, Align(claims, new AlignmentOptions { CommonActors = [] }).Events.Count);
    }

    [Fact]
    public void AnUnknownDateIsNotAMismatch()
    {
        var r = Align([
            Evac("dated", "r1", ["Dumayr"], ["isis"], "2018-04-19", text: "خروج مقاتلي التنظيم من الضمير"),
            Evac("undated", "r2", ["Dumayr"], ["isis"], null, text: "جرى نقلهم من مدينة الضمير"),
        ]);
        Assert.Single(r.Events);
        var ev = r.Events[0];
        Assert.Equal(new DateOnly(2018, 4, 19), ev.FirstDate);
        Assert.Equal(ev.FirstDate, ev.LastDate);
    }

    [Fact]
    public void AnUndatedClaimWithoutPartyOrSimilarTextStaysApart()
    {
        var r = Align([
            Evac("dated", "r1", ["Eastern Ghouta"], ["jaysh-al-islam"], "2018-04-14", text: "انتهاء عملية اجلاء مقاتلي جيش الاسلام من دوما"),
            Count("undated", "r2", ClaimKind.Casualties, Quantity.Exactly(2), "people", Camp.Other, places: ["Eastern Ghouta"], actors: ["regime-forces"], text: "مقتل شخصين وإصابة آخرين"),
        ]);
        Assert.Equal(2, r.Events.Count);
    }

    [Fact]
    public void UndatedReportsJoinOnTheSameTownAndPartyNotOnTheSameGovernorate()
    {
        // Two undated reports of fighters of one faction leaving one town tell of one happening, whatever their words.
        var r = Align([
            Evac("dated", "r1", ["Dumayr"], ["jaysh-al-islam"], "2018-04-19", text: "خروج الدفعة الأولى"),
            Evac("undated", "r2", ["Dumayr"], ["jaysh-al-islam"], null, text: "وصلت الحافلات"),
        ]);
        Assert.Single(r.Events);
        // Naming only the governorate is no sign of one happening: undated, they stay apart.
        var apart = Align([
            Evac("dated", "r1", ["Rif Dimashq"], ["jaysh-al-islam"], "2018-04-19", text: "خروج الدفعة الأولى"),
            Evac("undated", "r2", ["Rif Dimashq"], ["jaysh-al-islam"], null, text: "وصلت الحافلات"),
        ]);
        Assert.Equal(2, apart.Events.Count);
    }

    [Fact]
    public void AnUndatedReportJoinsItsTownsDatedEventInABusyArea()
    {
        // Many undated claims in one area sort before the dated ones and would meet only each other; the undated report that
        // names the town still finds the dated event there, and not the other town's.
        var claims = new List<Claim>();
        for (int k = 0; k < 10; k++) claims.Add(Evac($"other{k}", $"ro{k}", ["Tadamon"], [], null, text: $"نص مختلف رقم {k}"));
        claims.Add(Evac("dated", "r1", ["Yarmouk camp"], [], "2018-05-20", text: "خرجت الحافلات"));
        claims.Add(Evac("undated", "r2", ["Yarmouk camp"], [], null, text: "غادر المقاتلون"));
        var r = Align(claims, new AlignmentOptions { NeighbourCount = 2 });
        Assert.Equal(EventOf(r, "dated"), EventOf(r, "undated"));
        Assert.NotEqual(EventOf(r, "dated"), EventOf(r, "other0"));
    }

    [Fact]
    public void HumanitarianBodiesAreNoFactionInTheLibrarysOptions()
    {
        // The Red Crescent escorting a convoy and ISIS leaving on it are one happening, not two factions' events.
        Claim[] claims = [Evac("escort", "r1", ["Yarmouk camp"], ["sarc"], "2018-05-20"), Evac("leave", "r2", ["Tadamon"], ["isis"], "2018-05-20")];
        Assert.Single(Align(claims, ClaimChecker.AlignmentOptions with { MinimumSharedPlaceDepth = 1 }).Events);
        Assert.Equal(2, Align(claims, new AlignmentOptions()).Events.Count);
    }

    [Fact]
    public void ReportDatesStandInForMissingClaimDates()
    {
        var published = new Dictionary<string, string?> { ["r1"] = "2018-01-01", ["r2"] = "2018-05-01" };
        var r = Align([Evac("a", "r1", ["Yarmouk camp"], ["isis"], null), Evac("b", "r2", ["Yarmouk camp"], ["isis"], null)], published: published);
        Assert.Equal(2, r.Events.Count);
        var near = new Dictionary<string, string?> { ["r1"] = "2018-04-19", ["r2"] = "2018-05-21" };
        Assert.Single(Align([Evac("a", "r1", ["Yarmouk camp"], ["isis"], null), Evac("b", "r2", ["Yarmouk camp"], ["isis"], null)], published: near).Events);
    }

    [Fact]
    public void NoEventSpansMoreThanTheWindow()
    {
        // Claims every 20 days in one place: each pair of neighbours is within 45 days, but an event never spans more.
        var claims = Enumerable.Range(0, 6).Select(i => Evac($"c{i}", $"r{i}", ["Yarmouk camp"], ["isis"],
            new DateOnly(2018, 1, 1).AddDays(20 * i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var r = Align(claims);
        Assert.True(r.Events.Count >= 2);
        Assert.All(r.Events, e => Assert.True(e.LastDate!.Value.DayNumber - e.FirstDate!.Value.DayNumber <= 45));
        Assert.Equal(6, Align(claims, new AlignmentOptions { EventWindowDays = 100 }).Events.Single().ClaimIds.Count);
    }

    [Fact]
    public void ACoarsePlaceJoinsWithSupportOnly()
    {
        var r = Align([
            Evac("fine", "r1", ["Yarmouk camp"], ["isis"], "2018-05-20", text: "غادرت الحافلات مخيم اليرموك"),
            Evac("coarseParty", "r2", ["Damascus"], ["isis"], "2018-05-20", text: "خروج عناصر التنظيم"),
            Evac("coarseBare", "r3", ["Damascus"], [], "2018-05-23", text: "اجتماع وزاري في العاصمة"),
        ]);
        Assert.Equal(EventOf(r, "fine"), EventOf(r, "coarseParty"));
        Assert.NotEqual(EventOf(r, "fine"), EventOf(r, "coarseBare"));
        Assert.Contains("place:Damascus", r.Events.Single(e => e.ClaimIds.Contains("fine")).GroupedBy);
    }

    [Fact]
    public void ASharedDestinationRegionDoesNotMergeTwoEvacuations()
    {
        var r = Align([
            Evac("qalamoun", "r1", ["Western Qalamoun", "Syrian Badia"], ["isis", "hezbollah"], "2018-05-21"),
            Evac("damascus", "r2", ["Southern Damascus", "Syrian Badia"], ["isis"], "2018-05-21"),
            Evac("badia", "r3", ["Syrian Badia"], ["isis"], "2018-05-21"),
        ]);
        Assert.NotEqual(EventOf(r, "qalamoun"), EventOf(r, "damascus"));
    }

    [Fact]
    public void AClaimWithoutPlaceJoinsANearbyClaimOfItsReport()
    {
        var r = Align([
            Evac("placed", "r1", ["Yarmouk camp"], ["isis"], "2018-05-20", start: 100),
            Evac("near", "r1", [], [], null, start: 400),
            Evac("far", "r1", [], [], null, start: 5000),
            Evac("otherReport", "r2", [], [], null, start: 400),
        ]);
        Assert.Equal(EventOf(r, "placed"), EventOf(r, "near"));
        Assert.NotEqual(EventOf(r, "placed"), EventOf(r, "far"));
        Assert.NotEqual(EventOf(r, "placed"), EventOf(r, "otherReport"));
        Assert.Contains("nearby-in-report", r.Events.Single(e => e.ClaimIds.Contains("near")).GroupedBy);
    }

    [Fact]
    public void AClaimWithoutPlaceDoesNotJoinAConflictingParty()
    {
        var r = Align([
            Evac("placed", "r1", ["Yarmouk camp"], ["isis"], "2018-05-20", start: 100),
            Evac("near", "r1", [], ["jaysh-al-islam"], null, start: 300),
        ]);
        Assert.Equal(2, r.Events.Count);
    }

    [Fact]
    public void NamesMatchFuzzily()
    {
        var r = Align([
            Evac("a", "r1", ["Yarmouk camp"], ["isis"], "2018-05-20"),
            Evac("b", "r2", ["al-Yarmouk Camp"], ["ISIS"], "2018-05-20"),
            Evac("c", "r3", ["Yarmuk camp"], ["Isis"], "2018-05-20"),
            Evac("d", "r4", ["Tadamon"], ["Jaysh al-Islam"], "2018-05-20"),
            Evac("e", "r5", ["Tadamonn"], ["jaysh-al-islam"], "2018-05-20"),
        ]);
        Assert.Equal(EventOf(r, "a"), EventOf(r, "b"));
        Assert.Equal(EventOf(r, "a"), EventOf(r, "c"));
        Assert.NotEqual(EventOf(r, "a"), EventOf(r, "d"));
        // "Tadamonn" is unknown to the hierarchy and close to "Tadamon"; "Jaysh al-Islam" folds to the key of "jaysh-al-islam".
        Assert.Equal(EventOf(r, "d"), EventOf(r, "e"));
        var ev = r.Events.Single(e => e.ClaimIds.Contains("a"));
        Assert.Equal(["Yarmouk camp"], ev.Places);
    }

    [Fact]
    public void ActorsNeverMatchFuzzilyAndDigitsMustAgree()
    {
        var r = Align([
            Evac("kurds", "r1", ["Qamishli"], ["kurdish-forces"], "2016-04-20"),
            Evac("turks", "r2", ["Qamishli"], ["turkish-forces"], "2016-04-20"),
            Evac("d1", "r3", ["District 1"], ["isis"], "2016-04-20"),
            Evac("d7", "r4", ["District 7"], ["isis"], "2016-04-20"),
        ]);
        Assert.NotEqual(EventOf(r, "kurds"), EventOf(r, "turks"));
        Assert.Contains("District 1", r.Events.Single(e => e.ClaimIds.Contains("d1")).Places);
        Assert.Contains("District 7", r.Events.Single(e => e.ClaimIds.Contains("d7")).Places);
    }

    [Fact]
    public void ArabicNamesFoldDiacriticsAndArticle()
    {
        var parents = new Dictionary<string, string> { ["مخيم اليرموك"] = "جنوب دمشق", ["التضامن"] = "جنوب دمشق", ["جنوب دمشق"] = "دمشق" };
        var aligner = new EventAligner(new FakePlaceHierarchy(parents));
        var r = aligner.Align(Results([
            Evac("a", "r1", ["مخيّم اليرموك"], ["داعش"], "2018-05-20"),
            Evac("b", "r2", ["التضامن"], ["دَاعِش"], "2018-05-20"),
            Evac("c", "r3", ["مخيم اليرموك"], ["داعـــش"], "2018-05-21"),
        ]));
        var ev = Assert.Single(r.Events);
        Assert.Equal(["مخيم اليرموك", "التضامن"], ev.Places);
        Assert.Contains("place:جنوب دمشق", ev.GroupedBy);
    }

    [Fact]
    public void TextSimilarityBreaksTies()
    {
        Claim[] events =
        [
            Evac("isis", "r1", ["Yarmouk camp"], ["isis"], "2018-05-20", text: "غادرت حافلات تقل عناصر داعش مخيم اليرموك باتجاه البادية"),
            Evac("hts", "r2", ["Yarmouk camp"], ["hts"], "2018-05-20", text: "قصف مدفعي على مواقع هيئة تحرير الشام قرب المخيم ومقتل مدنيين"),
        ];
        var likeIsis = Evac("x", "r3", ["Yarmouk camp"], [], null, text: "حافلات تقل عناصر داعش غادرت مخيم اليرموك");
        var likeHts = Evac("x", "r3", ["Yarmouk camp"], [], null, text: "قصف مدفعي على مواقع هيئة تحرير الشام");
        Assert.Equal(EventOf(Align([.. events, likeIsis]), "isis"), EventOf(Align([.. events, likeIsis]), "x"));
        Assert.Equal(EventOf(Align([.. events, likeHts]), "hts"), EventOf(Align([.. events, likeHts]), "x"));
    }

    [Fact]
    public void ASimilarityImplementationCanBePluggedIn()
    {
        Claim[] claims = [Evac("a", "r1", ["Dumayr"], [], null, text: "أ"), Polar("b", "r2", ClaimKind.Casualties, Polarity.Affirmed, Camp.Other, ["Dumayr"], [], null, text: "ب")];
        Assert.Equal(2, Align(claims).Events.Count);
        Assert.Single(Align(claims, similarity: new ConstantSimilarity(1.0)).Events);
        Assert.Contains("text-similarity", Align(claims, similarity: new ConstantSimilarity(1.0)).Events[0].GroupedBy);
    }

    [Fact]
    public void EventIdsDeriveFromClaimIds()
    {
        Claim[] claims = [Evac("a", "r1", ["Yarmouk camp"], ["isis"], "2018-05-20"), Evac("b", "r2", ["Tadamon"], ["isis"], "2018-05-20")];
        var first = Align(claims).Events.Single();
        Assert.Matches("^e-[0-9a-f]{16}$", first.Id);
        Assert.Equal(first.Id, Align(claims.Reverse()).Events.Single().Id);
        var changed = Align([.. claims, Evac("c", "r3", ["Tadamon"], ["isis"], "2018-05-20")]).Events.Single();
        Assert.NotEqual(first.Id, changed.Id);
        var other = Align([claims[0] with { Id = "z" }, claims[1]]).Events.Single();
        Assert.NotEqual(first.Id, other.Id);
    }

    [Fact]
    public void ClaimsComeBackOrderedWithTheirEvent()
    {
        var r = Align([
            Evac("z", "r2", ["Dumayr"], ["isis"], "2018-05-20", start: 5),
            Evac("y", "r1", ["Dumayr"], ["isis"], "2018-05-20", start: 50),
            Evac("x", "r1", ["Dumayr"], ["isis"], "2018-05-20", start: 10),
        ]);
        Assert.Equal(["x", "y", "z"], r.Claims.Select(c => c.Id));
        Assert.All(r.Claims, c => Assert.Equal(r.Events.Single().Id, c.EventId));
    }

    [Fact]
    public void LabelsReadWell()
    {
        var r = Align([
            Evac("a", "r1", ["Yarmouk camp", "Tadamon"], ["isis", "regime-forces"], "2018-05-20"),
            Evac("b", "r2", ["Hajar al-Aswad", "Yarmouk camp"], ["isis"], "2018-05-21"),
            Count("q", "r3", ClaimKind.Casualties, Quantity.Exactly(5), "kurdish-forces", Camp.Other, places: ["Qamishli"]),
            Count("n", "r4", ClaimKind.Casualties, Quantity.Exactly(5), "people", Camp.Other),
        ]);
        Assert.Equal("isis · Southern Damascus (Yarmouk camp, Hajar al-Aswad, Tadamon) · 2018-05-20–2018-05-21", r.Events.Single(e => e.ClaimIds.Contains("a")).Label);
        Assert.Equal("casualties · Qamishli", r.Events.Single(e => e.ClaimIds.Contains("q")).Label);
        Assert.Equal("casualties · place unknown", r.Events.Single(e => e.ClaimIds.Contains("n")).Label);
        var damascus = r.Events.Single(e => e.ClaimIds.Contains("a"));
        Assert.Equal(["Yarmouk camp", "Hajar al-Aswad", "Tadamon"], damascus.Places);
    }

    [Fact]
    public void MissingListsAndNamesDoNotCrash()
    {
        var r = Align([
            Evac("a", "r1", ["Yarmouk camp"], ["isis"], "2018-05-20") with { Places = null!, Actors = null!, Cues = null! },
            Evac("b", "r1", ["", "  "], ["", " "], null) with { Evidence = null! },
        ]);
        Assert.Equal(2, r.Claims.Count);
        Assert.All(r.Claims, c => Assert.NotNull(c.EventId));
    }

    [Fact]
    public void DuplicateClaimIdsAreRejected()
    {
        var claim = Evac("a", "r1", ["Dumayr"], ["isis"], null);
        var results = new List<ReportResult> { new(Report("r1", null), [claim]), new(Report("r2", null), [claim with { ReportId = "r2" }]) };
        Assert.Throws<ArgumentException>(() => new EventAligner(Places).Align(results));
    }

    [Fact]
    public void NoClaimsGiveNoEvents()
    {
        var r = new EventAligner(Places).Align([]);
        Assert.Empty(r.Events);
        Assert.Empty(r.Claims);
    }

    [Theory]
    [InlineData(-1, 1, 6)]
    [InlineData(45, -1, 6)]
    [InlineData(45, 1, 0)]
    public void BadOptionsAreRejected(int window, int depth, int neighbours) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new EventAligner(Places, null,
            new AlignmentOptions { EventWindowDays = window, MinimumSharedPlaceDepth = depth, NeighbourCount = neighbours }));

    private sealed class ConstantSimilarity(double value) : ITextSimilarity
    {
        public ITextSimilarityModel Fit(IReadOnlyList<IReadOnlyList<string>> documents) => new Model(documents.Count, value);

        private sealed class Model(int count, double value) : ITextSimilarityModel
        {
            public int Count => count;
            public double Score(int first, int second) => first == second ? 1 : value;
        }
    }
}
