using ClaimCheck.Events;
using static ClaimCheck.Tests.Events.AlignmentFixture;

namespace ClaimCheck.Tests.Events;

public class EventBuilderTests
{
    private static AlignmentResult Build(ClaimFeatures f, params (string A, string B, LinkFlags Flags)[] links)
    {
        var clusters = new Clusters(f, 45);
        foreach (var (a, b, flags) in links)
        {
            int i = Index(f, a), j = Index(f, b);
            clusters.TryMerge(new Link(Math.Min(i, j), Math.Max(i, j), 1.0, flags));
        }
        return new EventBuilder(f).Build(clusters);
    }

    [Fact]
    public void AnEventSaysWhoWhereAndWhen()
    {
        var f = Features([
            Evac("a", "r2", ["Yarmouk"], ["isis", "regime-forces"], "2018-05-01"),
            Evac("b", "r1", ["Tadamon"], ["isis"], "2018-05-03"),
            Evac("c", "r1", ["Yarmouk", "South"], ["isis"], "2018-05-02"),
        ]);
        var result = Build(f, ("a", "b", LinkFlags.StrongPlace | LinkFlags.Time), ("b", "c", LinkFlags.StrongPlace | LinkFlags.SharedParty));
        var ev = Assert.Single(result.Events);
        Assert.Equal(StableId.Of("e-", ["a", "b", "c"]), ev.Id);
        Assert.Equal("isis · South (Yarmouk, Tadamon) · 2018-05-01–2018-05-03", ev.Label);
        Assert.Equal(["Yarmouk", "South", "Tadamon"], ev.Places);
        Assert.Equal(new DateOnly(2018, 5, 1), ev.FirstDate);
        Assert.Equal(new DateOnly(2018, 5, 3), ev.LastDate);
        Assert.Equal(["r1", "r2"], ev.ReportIds);
        Assert.Equal(["a", "b", "c"], ev.ClaimIds);
        Assert.Equal(["actor:isis", "place:South", "window:2018-05-01..2018-05-03"], ev.GroupedBy);
    }

    [Fact]
    public void WithoutPartiesActorsOrPlacesTheLabelFallsBack()
    {
        var f = Features([
            Evac("a", "r1", [], ["regime-forces"], null),
            Fight("b", "r2", [], [], "2018-05-01"),
            Fight("c", "r2", ["Damascus", "Rif"], [], "2018-05-01"),
        ]);
        var result = Build(f);
        Assert.Equal(3, result.Events.Count);
        var byClaim = result.Events.ToDictionary(e => e.ClaimIds.Single(), e => e.Label);
        Assert.Equal("regime-forces · place unknown", byClaim["a"]);
        Assert.Equal("casualties · place unknown · 2018-05-01", byClaim["b"]);
        Assert.Equal("casualties · Damascus, Rif · 2018-05-01", byClaim["c"]);
        Assert.All(result.Events, e => Assert.Empty(e.GroupedBy));
    }

    [Fact]
    public void EventsAreInIdOrderAndClaimsInReportAndEvidenceOrder()
    {
        var f = Features([
            Evac("a", "r2", ["Yarmouk"], [], "2018-05-01", start: 50),
            Evac("b", "r1", ["Douma"], [], "2018-05-01", start: 90),
            Evac("c", "r1", ["Douma"], [], "2018-05-01", start: 10),
            Evac("d", "r2", ["Yarmouk"], [], "2018-05-01", start: 5),
        ]);
        var result = Build(f, ("b", "c", LinkFlags.StrongPlace), ("a", "d", LinkFlags.StrongPlace));
        Assert.Equal(result.Events.Select(e => e.Id).Order(StringComparer.Ordinal), result.Events.Select(e => e.Id));
        Assert.Equal(["c", "b", "d", "a"], result.Claims.Select(c => c.Id));
        var eventOf = result.Events.SelectMany(e => e.ClaimIds.Select(id => (id, e.Id))).ToDictionary();
        Assert.All(result.Claims, c => Assert.Equal(eventOf[c.Id], c.EventId));
    }
}
