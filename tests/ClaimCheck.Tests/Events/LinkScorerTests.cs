using ClaimCheck.Events;
using static ClaimCheck.Tests.Events.AlignmentFixture;

namespace ClaimCheck.Tests.Events;

public class LinkScorerTests
{
    private static Link? TryLink(ClaimFeatures f, string a, string b, bool nearby = false)
    {
        var scorer = new LinkScorer(f, AlignmentOptions.Default);
        int i = Index(f, a), j = Index(f, b);
        return scorer.TryLink(Math.Min(i, j), Math.Max(i, j), nearby, new LinkScratch(), out var link) ? link : null;
    }

    [Fact]
    public void OneAreaAndDatesInTheWindowLink()
    {
        var f = Features([
            Evac("a", "r1", ["Yarmouk"], ["isis"], "2018-05-01", text: "alpha"),
            Evac("b", "r2", ["Tadamon"], ["isis"], "2018-05-03", text: "beta"),
            Fight("c", "r3", ["Tadamon"], [], "2018-05-20", text: "gamma"),
        ]);
        var ab = TryLink(f, "a", "b")!.Value;
        Assert.Equal(LinkFlags.StrongPlace | LinkFlags.SharedParty | LinkFlags.Time | LinkFlags.Family, ab.Flags);
        Assert.Equal(1.0 + 1.0 + (1.0 - 2.0 / 45) + 0.25, ab.Score, 9);
        Assert.Null(TryLink(f, "b", "c"));                  // a toll and a movement, two reports, nothing but place and time to tie them
    }

    [Fact]
    public void TollsInOneTownDaysApartLinkOnlyThroughAlikeTexts()
    {
        // Two car bombs in one town ten days apart, the second claimed by the same party; a toll the next day; a report that
        // recalls the earlier bombing; the same battle told in alike words.
        var f = Features([
            Fight("a", "r1", ["Tadamon"], ["isis"], "2018-05-01", text: "a car bomb in the market"),
            Fight("b", "r2", ["Tadamon"], ["isis"], "2018-05-11", text: "an explosion near the crossing"),
            Fight("c", "r3", ["Tadamon"], [], "2018-05-12", text: "the toll of the crossing blast rose"),
            Fight("d", "r2", ["Tadamon"], [], "2018-05-01", text: "an explosion near the crossing"),
            Fight("e", "r4", ["Tadamon"], [], "2018-05-03", text: "shelling of the district killed civilians"),
            Fight("g", "r5", ["Tadamon"], [], "2018-05-09", text: "shelling of the district killed civilians"),
        ]);
        Assert.Null(TryLink(f, "a", "b"));                  // the bomber they share does not make them one
        Assert.NotNull(TryLink(f, "b", "c"));               // a day apart: one moment
        Assert.Null(TryLink(f, "b", "d"));                  // one report, two bombings ten days apart
        Assert.True(TryLink(f, "e", "g")!.Value.Flags.HasFlag(LinkFlags.Text));
    }

    [Fact]
    public void ATollAndAMovementInOnePlaceLinkOnlyThroughAPartyTheTextsOrTheReport()
    {
        // The bombing of the evacuees' buses and the evacuation: one place, one day, two happenings.
        var f = Features([
            Evac("a", "r1", ["Tadamon"], [], "2018-05-01", text: "buses left the town with the evacuees"),
            Fight("b", "r2", ["Tadamon"], [], "2018-05-01", text: "a car bomb killed dozens at the crossing"),
            Fight("c", "r3", ["Tadamon"], ["isis"], "2018-05-02", text: "soldiers fell in the battle"),
            Evac("d", "r4", ["Tadamon"], ["isis"], "2018-05-03", text: "the convoy reached the desert"),
            Fight("e", "r1", ["Tadamon"], [], "2018-05-01", text: "buses left the town with the evacuees"),
            Fight("f", "r5", ["Tadamon"], [], "2018-05-01", text: "another car bomb killed dozens at the crossing"),
        ]);
        Assert.Null(TryLink(f, "a", "b"));
        var cd = TryLink(f, "c", "d")!.Value;                // the party that fought is the party that left
        Assert.Equal(LinkFlags.StrongPlace | LinkFlags.SharedParty | LinkFlags.Time, cd.Flags);
        Assert.NotNull(TryLink(f, "a", "e"));               // one report tells both
        var bf = TryLink(f, "b", "f")!.Value;                // two tolls of one place and day: one kind of happening
        Assert.True(bf.Flags.HasFlag(LinkFlags.Family));
    }

    [Fact]
    public void KnownDisjointPartiesAreasOrFarDatesNeverLink()
    {
        var f = Features([
            Evac("a", "r1", ["Yarmouk"], ["isis"], "2018-05-01"),
            Evac("b", "r2", ["Yarmouk"], ["jaysh-al-islam"], "2018-05-01"),
            Evac("c", "r3", ["Douma"], ["isis"], "2018-05-01"),
            Evac("d", "r4", ["Yarmouk"], ["isis"], "2018-08-01"),
        ]);
        Assert.Null(TryLink(f, "a", "b"));
        Assert.Null(TryLink(f, "a", "c"));
        Assert.Null(TryLink(f, "a", "d"));
    }

    [Fact]
    public void ACoarsePlaceLinksOnlyWithSomethingElse()
    {
        var f = Features([
            Evac("a", "r1", ["Yarmouk"], [], "2018-05-01", text: "alpha"),
            Evac("b", "r2", ["Damascus"], [], "2018-05-03", text: "beta"),
            Evac("c", "r3", ["Yarmouk"], ["isis"], "2018-05-01", text: "gamma"),
            Evac("d", "r4", ["Damascus"], ["isis"], "2018-05-03", text: "delta"),
        ]);
        Assert.Null(TryLink(f, "a", "b"));                  // two days apart, and only a governorate in common
        var cd = TryLink(f, "c", "d")!.Value;
        Assert.Equal(LinkFlags.WeakPlace | LinkFlags.SharedParty | LinkFlags.Time | LinkFlags.Family, cd.Flags);
    }

    [Fact]
    public void UndatedClaimsOfTwoReportsNeedOneTown()
    {
        var f = Features([
            Evac("a", "r1", ["Yarmouk"], ["isis"], null, text: "epsilon"),
            Evac("b", "r2", ["Yarmouk"], ["isis"], null, text: "zeta"),
            Evac("c", "r3", ["South"], ["isis"], null, text: "eta"),
            Evac("d", "r4", ["South"], ["isis"], null, text: "theta"),
        ]);
        Assert.Equal(LinkFlags.StrongPlace | LinkFlags.SharedParty | LinkFlags.Family, TryLink(f, "a", "b")!.Value.Flags);
        Assert.Null(TryLink(f, "c", "d"));                  // South contains other places: a region, not a town
        Assert.Null(TryLink(f, "a", "c"));
    }

    [Fact]
    public void ACoarsePlaceAndTheSameKindOfHappeningADayApartLink()
    {
        var f = Features([
            Evac("a", "r1", ["Damascus"], [], "2018-06-10", text: "iota"),
            Evac("b", "r2", ["Tadamon"], [], "2018-06-11", text: "kappa"),
            Evac("c", "r3", ["Tadamon"], [], "2018-06-12", text: "lambda"),
            Fight("d", "r4", ["Tadamon"], [], "2018-06-10", text: "mu"),
            Evac("e", "r5", ["Rif"], [], "2018-06-10", text: "nu"),
        ]);
        Assert.Equal(LinkFlags.WeakPlace | LinkFlags.Time | LinkFlags.Family, TryLink(f, "a", "b")!.Value.Flags);
        Assert.Null(TryLink(f, "a", "c"));                  // two days apart
        Assert.Null(TryLink(f, "a", "d"));                  // the same day, but fighting, not a deal
        Assert.Null(TryLink(f, "b", "e"));                  // the same kind, but another governorate
    }

    [Fact]
    public void UndatedReportsOfOneTownAndOneKindOfHappeningLink()
    {
        var f = Features([
            Evac("a", "r1", ["Tadamon"], [], null, text: "omicron"),
            Evac("b", "r2", ["Tadamon"], [], "2018-07-02", text: "pi"),
            Fight("c", "r3", ["Tadamon"], [], null, text: "rho"),
            Evac("d", "r4", ["Yarmouk"], [], null, text: "sigma"),
            Evac("e", "r5", ["South"], ["isis"], null, text: "tau"),
        ]);
        Assert.Equal(LinkFlags.StrongPlace | LinkFlags.Family, TryLink(f, "a", "b")!.Value.Flags);
        Assert.Null(TryLink(f, "a", "c"));                  // one town, but another kind of happening
        Assert.Null(TryLink(f, "b", "c"));
        Assert.Null(TryLink(f, "a", "d"));                  // one area, but no town in common
        Assert.Null(TryLink(f, "a", "e"));                  // a region contains the town: not the same happening
    }

    [Fact]
    public void AClaimNamingNoPlaceLinksToItsNeighbourInTheReport()
    {
        var f = Features([
            Evac("x", "r1", [], [], "2018-05-01", start: 0),
            Evac("y", "r1", ["Yarmouk"], [], "2018-05-01", start: 400),
            Evac("z", "r1", ["Yarmouk"], [], "2018-05-01", start: 2000),
        ]);
        var xy = TryLink(f, "x", "y", nearby: true)!.Value;
        Assert.True(xy.Flags.HasFlag(LinkFlags.Nearby));
        Assert.True(xy.Flags.HasFlag(LinkFlags.SameReport));
        Assert.Null(TryLink(f, "x", "y", nearby: false));
        Assert.Null(TryLink(f, "x", "z", nearby: true));   // further than NearbyDistance
    }

    [Fact]
    public void AMovementLinksToItsDealNearbyThoughThePlacesDoNotRelate()
    {
        var f = Features([
            Evac("leave", "r1", ["Tadamon"], [], "2018-06-01", start: 0),
            Evac("arrive", "r1", ["Rif"], [], "2018-06-01", start: 300),
            ClaimBuilder.Polar("terms", "r1", ClaimKind.Agreement, Polarity.Affirmed, Camp.Other, ["Damascus"], [], "2018-06-01", start: 500),
            ClaimBuilder.Polar("truce", "r1", ClaimKind.Agreement, Polarity.Affirmed, Camp.Other, ["Rif"], [], "2018-06-01", start: 600),
            Fight("shelled", "r1", ["Damascus"], [], "2018-06-01", start: 400),
            Evac("elsewhere", "r1", ["Douma"], [], "2018-06-01", start: 200),
        ]);
        Assert.True(TryLink(f, "leave", "arrive", nearby: true)!.Value.Flags.HasFlag(LinkFlags.Nearby));
        Assert.True(TryLink(f, "arrive", "terms", nearby: true)!.Value.Flags.HasFlag(LinkFlags.Nearby));
        Assert.Null(TryLink(f, "leave", "arrive", nearby: false));   // unrelated places: only their neighbourhood in the report joins them
        Assert.Null(TryLink(f, "terms", "truce", nearby: true));     // two agreements alone may be two deals
        Assert.Null(TryLink(f, "arrive", "shelled", nearby: true));  // fighting beside a convoy is another happening
        Assert.Null(TryLink(f, "leave", "elsewhere", nearby: true)); // two areas never join
    }

    [Fact]
    public void ScoringKeepsEachDistinctPairOnce()
    {
        var f = Features([
            Evac("a", "r1", ["Yarmouk"], ["isis"], "2018-05-01"),
            Evac("b", "r2", ["Tadamon"], ["isis"], "2018-05-03"),
            Evac("c", "r3", ["Douma"], ["isis"], "2018-05-03"),
        ]);
        var scorer = new LinkScorer(f, AlignmentOptions.Default);
        int a = Index(f, "a"), b = Index(f, "b"), c = Index(f, "c");
        var pairs = new List<long> { IndexPair.Pack(b, a), IndexPair.Pack(a, c), IndexPair.Pack(a, b), IndexPair.Pack(a, a) };
        var links = scorer.Score(pairs, nearby: false, new LinkScratch());
        var link = Assert.Single(links);
        Assert.Equal((a, b), (link.A, link.B));
    }

    [Fact]
    public void TheScratchCachesReportSimilarityBothWays()
    {
        var model = new CountingModel();
        var scratch = new LinkScratch();
        Assert.Equal(0.5, scratch.Similarity(model, 3, 8));
        Assert.Equal(0.5, scratch.Similarity(model, 8, 3));
        Assert.Equal(1, model.Calls);
    }

    private sealed class CountingModel : ITextSimilarityModel
    {
        public int Calls;
        public int Count => 10;
        public double Score(int first, int second) { Calls++; return 0.5; }
    }
}
