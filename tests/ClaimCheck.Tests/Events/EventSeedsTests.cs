using ClaimCheck.Comparison;
using ClaimCheck.Events;
using Xunit.Abstractions;

namespace ClaimCheck.Tests.Events;

/// <summary>
/// The seeds' gold claims (Specs/gold-claims-annotated.json) aligned and compared, scored as output-contract.md describes:
/// the four gold contradictions found, the six mustNot rules held, the contract's rules kept, with distractors mixed in.
/// </summary>
public class EventSeedsTests(ITestOutputHelper output)
{
    private static readonly GoldFixture Fixture = GoldFixture.Load();

    private static (AlignmentResult Alignment, IReadOnlyList<Contradiction> Contradictions) Run(IReadOnlyList<ReportResult> results)
    {
        var alignment = new EventAligner(FakePlaceHierarchy.FromSpec()).Align(results);
        var contradictions = new ContradictionDetector().Detect(alignment, Fixture.Reports);
        return (alignment, contradictions);
    }

    [Fact]
    public void FixtureEvidenceQuotesTheSeeds()
    {
        foreach (var (id, c) in Fixture.Claims)
        {
            var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", c.Claim.ReportId));
            Assert.True(c.Claim.Evidence.End <= text.Length, id);
            Assert.Equal(c.Quote, text[c.Claim.Evidence.Start..c.Claim.Evidence.End]);
        }
        Assert.Equal(46, Fixture.Claims.Values.Count(c => c.Gold));
    }

    [Fact]
    public void SeedsScoreAsTheContractSays()
    {
        var (alignment, contradictions) = Run(Fixture.Results);
        Print(alignment, contradictions);
        var failures = new List<string>();
        foreach (var gold in Fixture.Contradictions)
        {
            bool found = contradictions.Any(x =>
                x.Kind == gold.Kind && (gold.Subject is null || x.Subject == gold.Subject)
                && x.Verdict is Verdict.Contradictory or Verdict.DifferentScope
                && x.Sides.SelectMany(s => s.ClaimIds).Where(gold.CampOfClaim.ContainsKey).Select(id => gold.CampOfClaim[id]).Distinct().Count() >= 2);
            if (!found) failures.Add($"{gold.Id} not found");
        }
        var eventOf = alignment.Claims.ToDictionary(c => c.Id, c => c.EventId);
        foreach (var rule in Fixture.MustNots)
        {
            bool holds = rule.Kind switch
            {
                "separate-events" => eventOf[rule.First] != eventOf[rule.Second],
                "not-same-time" => !contradictions.Any(x => x.Verdict == Verdict.Contradictory && OppositeSides(x, rule.First, rule.Second)),
                "not-compared" => !contradictions.Any(x => Contains(x, rule.First) && Contains(x, rule.Second)),
                _ => throw new InvalidOperationException("unknown mustNot kind " + rule.Kind),
            };
            if (!holds) failures.Add($"{rule.Id} broken: {rule.Note}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void SeedsKeepTheContractRules()
    {
        var (alignment, contradictions) = Run(Fixture.Results);
        ContractRules.AssertHold(Fixture.Results, alignment, contradictions, Fixture.Reports, ComparisonOptions.Default.SameTimeWindowDays);
    }

    [Fact]
    public void GoldEventsAreNeverMixed()
    {
        var (alignment, _) = Run(Fixture.Results);
        foreach (var ev in alignment.Events)
        {
            var goldEvents = ev.ClaimIds.Select(id => Fixture.Claims[id]).Where(c => c.Gold).Select(c => c.GoldEvent).Distinct().ToArray();
            Assert.True(goldEvents.Length <= 1, $"{ev.Label} mixes {string.Join(", ", goldEvents)}");
        }
    }

    [Fact]
    public void SouthernDamascusIsOneEventWithReadableLabelAndReasons()
    {
        var (alignment, _) = Run(Fixture.Results);
        var ev = alignment.Events.Single(e => e.ClaimIds.Contains("d10"));
        foreach (var id in new[] { "c1", "c2", "d3", "d5", "e6", "c4", "d2", "e7", "d11", "a7" }) Assert.Contains(id, ev.ClaimIds);
        Assert.StartsWith("isis · Southern Damascus (", ev.Label);
        Assert.Contains("place:Southern Damascus", ev.GroupedBy);
        Assert.Contains("actor:isis", ev.GroupedBy);
        Assert.Contains(ev.GroupedBy, g => g.StartsWith("window:2018-04-19..2018-05-21", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2018, 4, 19), ev.FirstDate);
        Assert.Equal(new DateOnly(2018, 5, 21), ev.LastDate);
        Assert.Equal(ev.ClaimIds.Order(StringComparer.Ordinal), ev.ClaimIds);
        Assert.Equal(ev.ReportIds.Order(StringComparer.Ordinal), ev.ReportIds);
    }

    [Fact]
    public void ShuffledReportsAndClaimsGiveIdenticalOutput()
    {
        var (alignment, contradictions) = Run(Fixture.Results);
        var expected = Serialize(alignment, contradictions);
        var random = new Random(17);
        for (int round = 0; round < 5; round++)
        {
            var shuffled = Fixture.Results.OrderBy(_ => random.Next())
                .Select(r => r with { Claims = r.Claims.OrderBy(_ => random.Next()).ToArray() }).ToList();
            var (a, x) = Run(shuffled);
            Assert.Equal(expected, Serialize(a, x));
        }
    }

    internal static string Serialize(AlignmentResult alignment, IReadOnlyList<Contradiction> contradictions)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var e in alignment.Events)
            sb.AppendLine($"{e.Id}|{e.Label}|{string.Join(",", e.Places)}|{e.FirstDate}|{e.LastDate}|{string.Join(",", e.ReportIds)}|{string.Join(",", e.ClaimIds)}|{string.Join(",", e.GroupedBy)}");
        foreach (var c in alignment.Claims) sb.AppendLine($"{c.Id}|{c.EventId}");
        foreach (var x in contradictions)
            sb.AppendLine($"{x.Id}|{x.EventId}|{x.Kind}|{x.Subject}|{x.Action}|{x.Verdict}|{x.Severity:R}|{string.Join(";", x.Sides.Select(s => $"{s.Camp}:{string.Join(",", s.ClaimIds)}:{s.Summary}"))}|{x.Note}");
        return sb.ToString();
    }

    private static bool Contains(Contradiction x, string claim) => x.Sides.Any(s => s.ClaimIds.Contains(claim));

    private static bool OppositeSides(Contradiction x, string a, string b) =>
        x.Sides.Any(s => s.ClaimIds.Contains(a)) && x.Sides.Any(s => s.ClaimIds.Contains(b))
        && !x.Sides.Any(s => s.ClaimIds.Contains(a) && s.ClaimIds.Contains(b));

    private void Print(AlignmentResult alignment, IReadOnlyList<Contradiction> contradictions)
    {
        foreach (var e in alignment.Events)
            output.WriteLine($"{e.Id} {e.Label} [{string.Join(" ", e.ClaimIds)}] by {string.Join(", ", e.GroupedBy)}");
        foreach (var x in contradictions)
            output.WriteLine($"{x.Verdict} {x.Kind}/{x.Subject}/{x.Action} sev {x.Severity} {string.Join(" | ", x.Sides.Select(s => $"{s.Camp}:{string.Join(",", s.ClaimIds)}={s.Summary}"))} :: {x.Note}");
    }
}
