using ClaimCheck.Events;
using static ClaimCheck.Tests.Events.AlignmentFixture;

namespace ClaimCheck.Tests.Events;

public class ClustersTests
{
    private const LinkFlags Strong = LinkFlags.StrongPlace | LinkFlags.Time;

    private static Link L(ClaimFeatures f, string a, string b, LinkFlags flags = Strong)
    {
        int i = Index(f, a), j = Index(f, b);
        return new Link(Math.Min(i, j), Math.Max(i, j), 1.0, flags);
    }

    private static bool Together(ClaimFeatures f, Clusters c, string a, string b) => c.Find(Index(f, a)) == c.Find(Index(f, b));

    [Fact]
    public void CompatibleClaimsMerge()
    {
        var f = Features([
            Evac("a", "r1", ["Yarmouk"], ["isis"], "2018-05-01"),
            Evac("b", "r2", ["Tadamon"], ["isis"], "2018-05-02"),
            Evac("c", "r3", ["Tadamon"], [], "2018-05-03"),
        ]);
        var clusters = new Clusters(f, 45);
        clusters.TryMerge(L(f, "a", "b"));
        clusters.TryMerge(L(f, "b", "c"));
        Assert.True(Together(f, clusters, "a", "c"));
        Assert.True(clusters.Timed(clusters.Find(0)));
    }

    [Fact]
    public void ABridgingClaimDoesNotJoinTwoParties()
    {
        var f = Features([
            Evac("a", "r1", ["Yarmouk"], ["isis"], "2018-05-01"),
            Evac("b", "r2", ["Yarmouk"], [], "2018-05-01"),
            Evac("c", "r3", ["Yarmouk"], ["jaysh-al-islam"], "2018-05-01"),
        ]);
        var clusters = new Clusters(f, 45);
        clusters.TryMerge(L(f, "a", "b"));
        clusters.TryMerge(L(f, "b", "c"));
        clusters.TryMerge(L(f, "b", "c"));                 // refused again, from the memo
        Assert.True(Together(f, clusters, "a", "b"));
        Assert.False(Together(f, clusters, "b", "c"));
        Assert.False(clusters.Compatible(clusters.Find(Index(f, "a")), clusters.Find(Index(f, "c"))));
    }

    [Fact]
    public void AClusterSpansNoMoreThanTheWindow()
    {
        var f = Features([
            Evac("a", "r1", ["Yarmouk"], [], "2018-05-01"),
            Evac("b", "r2", ["Yarmouk"], [], "2018-05-31"),
            Evac("c", "r3", ["Yarmouk"], [], "2018-06-30"),
            Evac("u", "r4", ["Yarmouk"], [], null),
        ]);
        var clusters = new Clusters(f, 45);
        clusters.TryMerge(L(f, "a", "b"));
        clusters.TryMerge(L(f, "b", "c"));
        clusters.TryMerge(L(f, "u", "c", LinkFlags.StrongPlace));
        Assert.True(Together(f, clusters, "a", "b"));
        Assert.False(Together(f, clusters, "a", "c"));
        Assert.True(Together(f, clusters, "u", "c"));
        Assert.False(clusters.Timed(clusters.Find(Index(f, "u"))));         // no link with a time flag grouped u and c
    }

    [Fact]
    public void AreasMustMeetAcrossTheWholeCluster()
    {
        var f = Features([
            Evac("a", "r1", ["Yarmouk", "Douma"], [], "2018-05-01"),
            Evac("b", "r2", ["Tadamon"], [], "2018-05-01"),
            Evac("c", "r3", ["Harasta"], [], "2018-05-01"),
        ]);
        var clusters = new Clusters(f, 45);
        clusters.TryMerge(L(f, "a", "b"));
        clusters.TryMerge(L(f, "a", "c"));                 // c meets a (Ghouta) but not b (South)
        Assert.True(Together(f, clusters, "a", "b"));
        Assert.False(Together(f, clusters, "a", "c"));
    }

    [Fact]
    public void CoresAreIntersections()
    {
        int[] x = [1, 3, 5, 7];
        Assert.Equal([3, 7], Clusters.Core(x, [2, 3, 7, 9])!);
        Assert.Same(x, Clusters.Core(x, null));
        Assert.Same(x, Clusters.Core(null, x));
        Assert.Same(x, Clusters.Core(x, x));
        Assert.Empty(Clusters.Core(x, [2, 4])!);
    }

    [Fact]
    public void ReasonsNameWhatMatched()
    {
        var f = Features([
            Evac("a", "r1", ["Yarmouk"], ["isis"], "2018-05-01"),
            Evac("b", "r2", ["Tadamon"], ["isis"], "2018-05-02"),
            Evac("c", "r2", [], [], "2018-05-02"),
            Evac("d", "r3", ["Damascus"], ["isis"], "2018-05-02"),
        ]);
        var clusters = new Clusters(f, 45);
        clusters.TryMerge(L(f, "a", "b", LinkFlags.StrongPlace | LinkFlags.SharedParty | LinkFlags.Family | LinkFlags.Time));
        clusters.TryMerge(L(f, "b", "c", LinkFlags.SameReport | LinkFlags.Nearby | LinkFlags.Text));
        clusters.TryMerge(L(f, "a", "d", LinkFlags.WeakPlace));
        int root = clusters.Find(0);
        Assert.Equal(["place:South", "actor:isis", "what:evacuation", "same-report", "text-similarity", "nearby-in-report", "place:Damascus"],
            clusters.Reasons.Names(root));
        Assert.Empty(new Clusters(f, 45).Reasons.Names(0));
    }
}
