using ClaimCheck.Events;
using static ClaimCheck.Tests.Events.AlignmentFixture;

namespace ClaimCheck.Tests.Events;

public class BlockingTests
{
    private static (ClaimFeatures F, Blocking B) Block(AlignmentOptions? options, params Claim[] claims)
    {
        var f = Features(claims, options);
        return (f, new Blocking(f, options ?? AlignmentOptions.Default));
    }

    private static HashSet<(string, string)> Pairs(ClaimFeatures f, Blocking b, int block)
    {
        var pairs = new List<long>();
        b.AddPairs(block, pairs);
        return pairs.Select(p => (f.Claims[IndexPair.First(p)].Id, f.Claims[IndexPair.Second(p)].Id)).ToHashSet();
    }

    private static int BlockOf(ClaimFeatures f, Blocking b, string place) =>
        Enumerable.Range(0, b.Count).Single(k => b.Key(k) == Place(f, place));

    [Fact]
    public void ClaimsAreBlockedByAreaOrCoarsePlace()
    {
        var (f, b) = Block(null,
            Evac("a", "r1", ["Yarmouk"], [], "2018-05-01"),
            Evac("b", "r2", ["Tadamon"], [], "2018-05-01"),
            Evac("c", "r3", ["Douma"], [], "2018-05-01"),
            Evac("d", "r4", ["Damascus"], [], "2018-05-01"),
            Evac("e", "r5", [], [], "2018-05-01"));
        Assert.Equal(3, b.Count);
        Assert.Equal([Index(f, "a"), Index(f, "b")], b.Members(BlockOf(f, b, "South")));
        Assert.Equal([Index(f, "c")], b.Members(BlockOf(f, b, "Ghouta")));
        Assert.Equal([Index(f, "d")], b.Members(BlockOf(f, b, "Damascus")));
        Assert.True(Enumerable.Range(1, b.Count - 1).All(k => b.Key(k - 1) < b.Key(k)));
    }

    [Fact]
    public void EachClaimMeetsOnlyItsNextNeighbours()
    {
        var claims = Enumerable.Range(1, 6).Select(d => Evac($"c{d}", $"r{d}", ["Yarmouk"], [], $"2018-05-0{d}")).ToArray();
        var (f, b) = Block(AlignmentOptions.Default with { NeighbourCount = 1 }, claims);
        Assert.Equal([("c1", "c2"), ("c2", "c3"), ("c3", "c4"), ("c4", "c5"), ("c5", "c6")], Pairs(f, b, 0).Order());
    }

    [Fact]
    public void ClaimsOutsideTheWindowAreNotPaired()
    {
        var (f, b) = Block(null,
            Evac("a", "r1", ["Yarmouk"], ["isis"], "2018-01-01"),
            Evac("b", "r2", ["Yarmouk"], ["isis"], "2018-06-01"),
            Evac("c", "r3", ["Yarmouk"], ["isis"], "2018-06-20"),
            Evac("u", "r4", ["Yarmouk"], ["isis"], null));
        var pairs = Pairs(f, b, 0);
        Assert.Contains(("b", "c"), pairs);
        Assert.DoesNotContain(("a", "b"), pairs);
        Assert.DoesNotContain(("a", "c"), pairs);
        Assert.Contains(("a", "u"), pairs);            // an unknown date is never a mismatch
    }

    [Fact]
    public void ClaimsInsideACoarsePlaceProbeItsBlock()
    {
        var (f, b) = Block(null,
            Evac("town", "r1", ["Yarmouk"], [], "2018-05-01"),
            Evac("city", "r2", ["Damascus"], [], "2018-05-02"),
            Evac("late", "r3", ["Damascus"], [], "2018-09-02"),
            Evac("other", "r4", ["Douma"], [], "2018-05-01"));
        var pairs = Pairs(f, b, BlockOf(f, b, "Damascus"));
        Assert.Contains(("city", "town"), pairs);
        Assert.DoesNotContain(("late", "town"), pairs);
        Assert.DoesNotContain(pairs, p => p.Item1 == "other" || p.Item2 == "other");
    }

    [Fact]
    public void ClaimsNamingNoPlaceMeetTheirNeighboursInTheReport()
    {
        var (f, b) = Block(null,
            Evac("x", "r1", [], [], "2018-05-01", start: 0),
            Evac("y", "r1", ["Yarmouk"], [], "2018-05-01", start: 100),
            Evac("z", "r1", ["Yarmouk"], [], "2018-05-01", start: 5000),
            Fight("p", "r2", ["Yarmouk"], [], "2018-05-01", start: 0),
            Fight("q", "r2", ["Douma"], [], "2018-05-01", start: 10));
        var pairs = b.NearbyPairs().Select(p => (f.Claims[IndexPair.First(p)].Id, f.Claims[IndexPair.Second(p)].Id)).ToList();
        Assert.Equal([("x", "y")], pairs);
    }

    [Fact]
    public void AMovementMeetsTheNeighboursOfItsDealInTheReport()
    {
        var (f, b) = Block(null,
            Evac("leave", "r1", ["Tadamon"], [], "2018-06-01", start: 0),
            Evac("arrive", "r1", ["Harasta"], [], "2018-06-01", start: 300),
            Deal("terms", "r1", ["Rif"], [], "2018-06-01", start: 600),
            Fight("shelled", "r1", ["Douma"], [], "2018-06-01", start: 700),
            Deal("truce1", "r2", ["Yarmouk"], [], "2018-06-01", start: 0),
            Deal("truce2", "r2", ["Douma"], [], "2018-06-01", start: 100));
        var pairs = b.NearbyPairs().Select(p => (f.Claims[IndexPair.First(p)].Id, f.Claims[IndexPair.Second(p)].Id)).ToHashSet();
        Assert.Contains(("arrive", "leave"), pairs);
        Assert.Contains(("arrive", "terms"), pairs);
        Assert.Contains(("leave", "terms"), pairs);
        Assert.DoesNotContain(pairs, p => p.Item1 == "shelled" || p.Item2 == "shelled");   // fighting beside a deal
        Assert.DoesNotContain(("truce1", "truce2"), pairs);                                   // two agreements: maybe two deals
    }

    [Fact]
    public void ClaimsOfOneReportMeetInACrowdedBlock()
    {
        // Undated claims of many reports sort together by id; two claims of one report far apart in that order still meet.
        var claims = new List<Claim> { Evac("a0", "mine", ["Yarmouk"], [], null, start: 10) };
        for (int k = 1; k <= 9; k++) claims.Add(Evac($"b{k}", $"other{k}", ["Tadamon"], [], null));
        claims.Add(Evac("z9", "mine", ["Tadamon"], [], null, start: 400));
        var (f, b) = Block(AlignmentOptions.Default with { NeighbourCount = 2 }, claims.ToArray());
        var pairs = Pairs(f, b, BlockOf(f, b, "South"));
        Assert.Contains(("a0", "z9"), pairs);
        Assert.DoesNotContain(("a0", "b5"), pairs);
    }

    [Fact]
    public void AnUndatedClaimMeetsEachRunOfDatedClaimsOfItsTown()
    {
        // In the block the undated claims sort first and meet only each other; by town, each meets one claim of each kind
        // family from each run of dated claims there, however many undated claims sit before them.
        var claims = new List<Claim>();
        for (int k = 0; k < 8; k++) claims.Add(Evac($"u{k}", $"ru{k}", ["Yarmouk"], [], null));
        claims.Add(Evac("may1", "r1", ["Yarmouk"], [], "2018-05-01"));
        claims.Add(Evac("may2", "r2", ["Yarmouk"], [], "2018-05-02"));
        claims.Add(Fight("may2f", "r3", ["Yarmouk"], [], "2018-05-02"));
        claims.Add(Evac("june", "r4", ["Yarmouk"], [], "2018-06-20"));
        claims.Add(Evac("elsewhere", "r5", ["Tadamon"], [], "2018-05-01"));
        var (f, b) = Block(AlignmentOptions.Default with { NeighbourCount = 2 }, claims.ToArray());
        var blockPairs = Pairs(f, b, BlockOf(f, b, "South"));
        Assert.DoesNotContain(("may1", "u0"), blockPairs);   // the sorted neighbourhood alone misses it
        var pairs = b.UndatedPairs().Select(p => (f.Claims[IndexPair.First(p)].Id, f.Claims[IndexPair.Second(p)].Id)).ToHashSet();
        foreach (var u in Enumerable.Range(0, 8).Select(k => $"u{k}"))
        {
            Assert.Contains(("may1", u), pairs);              // the first of the run, for the deal family
            Assert.Contains(("may2f", u), pairs);             // and for fighting
            Assert.Contains(("june", u), pairs);              // the next run
            Assert.DoesNotContain(("may2", u), pairs);        // one per family and run
        }
        Assert.DoesNotContain(pairs, p => p.Item1 == "elsewhere" || p.Item2 == "elsewhere");
        Assert.Equal(8 * 3, pairs.Count);
    }

    [Fact]
    public void UndatedPairsAreBoundedPerTown()
    {
        var claims = new List<Claim> { Evac("u", "ru", ["Douma"], [], null) };
        for (int k = 0; k < 40; k++) claims.Add(Evac($"d{k:00}", $"r{k}", ["Douma"], [], DateOnly.FromDayNumber(736000 + 10 * k).ToString("yyyy-MM-dd")));
        var (f, b) = Block(null, claims.ToArray());
        Assert.Equal(Blocking.MaxRunsPerTown, b.UndatedPairs().Distinct().Count());
        Assert.Empty(Block(null, claims.Skip(1).ToArray()).B.UndatedPairs());   // nothing undated: nothing to pair
    }

    private static Claim Deal(string id, string report, string[] places, string[] actors, string? date, int start = 0) =>
        ClaimBuilder.Polar(id, report, ClaimKind.Agreement, Polarity.Affirmed, Camp.Other, places, actors, date, start: start);
}
