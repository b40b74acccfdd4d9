using ClaimCheck.Events;
using static ClaimCheck.Tests.Events.AlignmentFixture;

namespace ClaimCheck.Tests.Events;

public class ClaimFeaturesTests
{
    [Fact]
    public void ClaimsAreInIdOrderWithTheirReports()
    {
        var f = Features([Evac("z", "r2", [], [], null), Evac("a", "r9", [], [], null), Evac("m", "r2", [], [], null)]);
        Assert.Equal(["a", "m", "z"], f.Claims.Select(c => c.Id));
        Assert.Equal(["r2", "r9"], f.ReportIds);
        Assert.Equal([1, 0, 0], f.Report);
        Assert.Equal(new[] { new[] { 1, 2 }, new[] { 0 } }, f.ClaimsByReport());
    }

    [Fact]
    public void TheDayIsTheClaimsElseThePublicationDate()
    {
        var f = Features([Evac("a", "r1", [], [], "2018-05-03"), Evac("b", "r1", [], [], null), Evac("c", "r2", [], [], null)],
            published: new Dictionary<string, string?> { ["r1"] = "2018-05-10" });
        Assert.Equal(new DateOnly(2018, 5, 3).DayNumber, f.Day[0]);
        Assert.Equal(new DateOnly(2018, 5, 10).DayNumber, f.Day[1]);
        Assert.Equal(ClaimFeatures.Unknown, f.Day[2]);
    }

    [Fact]
    public void CasualtiesAreTheFightingFamily()
    {
        var f = Features([Evac("a", "r1", [], [], null), Fight("b", "r1", [], [], null)]);
        Assert.Equal(new byte[] { 0, 1 }, f.Family);
        Assert.Equal(1, ClaimFeatures.FamilyOf(ClaimKind.Casualties));
        Assert.All(new[] { ClaimKind.Agreement, ClaimKind.Evacuation, ClaimKind.Vehicles, ClaimKind.Evacuees },
            k => Assert.Equal(0, ClaimFeatures.FamilyOf(k)));
    }

    [Fact]
    public void PartiesAreTheActorsLessTheCommonOnes()
    {
        var f = Features([
            Evac("a", "r1", [], ["isis", "regime-forces"], null),
            Evac("b", "r1", [], ["regime-forces", "ISIS"], null),
            Evac("c", "r2", [], ["russia"], null),
            Evac("d", "r2", [], [], null),
            Evac("e", "r3", [], ["isis"], null),
        ]);
        Assert.Equal(2, f.Actors[0].Length);
        Assert.Equal(f.Actors[0], f.Actors[1]);                  // one folded key: isis = ISIS
        Assert.Equal(f.PartySet[0], f.PartySet[1]);
        Assert.Single(f.PartySets[f.PartySet[0]]);
        Assert.Equal("isis", f.ActorNames.Display(f.PartySets[f.PartySet[0]][0]));
        Assert.Equal(-1, f.PartySet[2]);                          // only a common actor
        Assert.Equal(-1, f.PartySet[3]);
        Assert.Equal(f.PartySet[0], f.PartySet[4]);
    }

    [Fact]
    public void AreasComeFromSpecificPlacesOnly()
    {
        var f = Features([
            Evac("a", "r1", ["Yarmouk", "Douma"], [], null),
            Evac("b", "r1", ["Damascus"], [], null),
            Evac("c", "r2", ["Tadamon"], [], null),
        ]);
        Assert.Equal(2, f.AreaSets[f.AreaSet[0]].Length);
        Assert.Equal(-1, f.AreaSet[1]);
        Assert.Equal([Place(f, "South")], f.AreaSets[f.AreaSet[2]]);
        Assert.Equal(2, f.Places[0].Length);
    }

    [Fact]
    public void StartIsClampedSoThatDifferencesCannotOverflow()
    {
        var f = Features([Evac("a", "r1", [], [], null, start: 40), Evac("b", "r1", [], [], null) with { Evidence = null! }]);
        Assert.Equal(40, f.Start(0));
        Assert.Equal(0, f.Start(1));
        var far = Evac("x", "r1", [], [], null) with { Evidence = new Evidence(int.MaxValue - 1, int.MaxValue, "x") };
        Assert.Equal(int.MaxValue / 2, ClaimFeatures.StartOf(far));
        Assert.Equal(0, ClaimFeatures.StartOf(far with { Evidence = new Evidence(-5, 1, "x") }));
    }

    [Fact]
    public void BadInputIsRefusedByName()
    {
        var claim = Evac("a", "r1", [], [], null);
        var report = ClaimBuilder.Report("r1", null);
        Assert.Throws<ArgumentException>(() => new ClaimFeatures([null!]));
        Assert.Throws<ArgumentException>(() => new ClaimFeatures([new ReportResult(report, null!)]));
        Assert.Throws<ArgumentException>(() => new ClaimFeatures([new ReportResult(report, [claim, null!])]));
        var dup = Assert.Throws<ArgumentException>(() => new ClaimFeatures([new ReportResult(report, [claim, claim])]));
        Assert.Contains("'a'", dup.Message);
    }

    [Fact]
    public void ATextModelOfTheWrongSizeIsRefused()
    {
        var f = new ClaimFeatures(ClaimBuilder.Results([Evac("a", "r1", [], [], null), Evac("b", "r2", [], [], null)]));
        Assert.Throws<InvalidOperationException>(() => f.BuildText(new OneReportSimilarity()));
    }

    private sealed class OneReportSimilarity : ITextSimilarity, ITextSimilarityModel
    {
        public ITextSimilarityModel Fit(IReadOnlyList<IReadOnlyList<string>> documents) => this;
        public int Count => 1;
        public double Score(int first, int second) => 0;
    }
}
