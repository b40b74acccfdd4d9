using System.Text.Json;
using ClaimCheck.Output;
using ClaimCheck.Tests.Support;
using Xunit.Abstractions;

namespace ClaimCheck.Tests.Claims;

/// <summary>
/// The seeds analysed end to end (extraction, alignment, comparison) and scored against seeds-gold.json's contradictions and
/// mustNot rules exactly as output-contract.md describes.
/// </summary>
public class SeedContradictionTests(ITestOutputHelper output)
{
    private static readonly Lazy<Analysis> SeedAnalysis = new(() => ClaimChecker.CreateDefault().Analyze(Seeds.Reports()));

    /// <summary>Gold claim id → the extracted claims that match it.</summary>
    private static Dictionary<string, Claim[]> Matches(IReadOnlyList<GoldClaim> golds, Analysis analysis) =>
        golds.ToDictionary(g => g.Id, g => analysis.Claims.Where(c => GoldScorer.Matches(g, c)).ToArray());

    [Fact]
    public void AllFourGoldContradictionsAreFound()
    {
        using var gold = Seeds.Gold();
        var golds = GoldScorer.Claims(gold);
        var analysis = SeedAnalysis.Value;
        var matches = Matches(golds, analysis);
        foreach (var x in analysis.Contradictions)
            output.WriteLine($"{x.Kind} {x.Subject} {x.Verdict} {x.Severity:0.00}: {string.Join(" | ", x.Sides.Select(s => $"{s.Camp} {s.Summary} [{string.Join(",", s.ClaimIds)}]"))} — {x.Note}");
        var missing = new List<string>();
        foreach (var gx in gold.RootElement.GetProperty("contradictions").EnumerateArray())
        {
            var kind = Enum.Parse<ClaimKind>(gx.GetProperty("kind").GetString()!, ignoreCase: true);
            string? subject = gx.TryGetProperty("subject", out var s) ? s.GetString() : null;
            // extracted claim id → the gold camp it stands for in this contradiction
            var campOf = new Dictionary<string, string>();
            foreach (var side in gx.GetProperty("sides").EnumerateObject())
                foreach (var goldId in side.Value.EnumerateArray())
                    foreach (var c in matches[goldId.GetString()!]) campOf.TryAdd(c.Id, side.Name);
            bool found = analysis.Contradictions.Any(x => x.Kind == kind && (subject is null || x.Subject == subject)
                && x.Verdict is Verdict.Contradictory or Verdict.DifferentScope
                && x.Sides.SelectMany(side => side.ClaimIds).Where(campOf.ContainsKey).Select(id => campOf[id]).Distinct().Count() >= 2);
            if (!found) missing.Add(gx.GetProperty("id").GetString()!);
        }
        Assert.True(missing.Count == 0, "not found: " + string.Join(", ", missing));
    }

    [Fact]
    public void AllSixMustNotRulesHold()
    {
        using var gold = Seeds.Gold();
        var golds = GoldScorer.Claims(gold);
        var analysis = SeedAnalysis.Value;
        var matches = Matches(golds, analysis);
        var broken = new List<string>();
        foreach (var rule in gold.RootElement.GetProperty("mustNot").EnumerateArray())
        {
            var ids = rule.GetProperty("claims").EnumerateArray().Select(e => e.GetString()!).ToArray();
            var first = matches[ids[0]].Select(c => c.Id).ToHashSet();
            var second = matches[ids[1]].Select(c => c.Id).ToHashSet();
            bool holds = rule.GetProperty("kind").GetString() switch
            {
                "separate-events" => !analysis.Claims.Where(c => first.Contains(c.Id)).Any(a => analysis.Claims.Where(c => second.Contains(c.Id)).Any(b => a.EventId == b.EventId)),
                "not-same-time" => !analysis.Contradictions.Any(x => x.Verdict == Verdict.Contradictory &&
                    x.Sides.Any(s1 => s1.ClaimIds.Any(first.Contains) && x.Sides.Any(s2 => s2 != s1 && s2.ClaimIds.Any(second.Contains)))),
                "not-compared" => !analysis.Contradictions.Any(x => x.Sides.SelectMany(s => s.ClaimIds).Any(first.Contains) && x.Sides.SelectMany(s => s.ClaimIds).Any(second.Contains)),
                var other => throw new InvalidOperationException("unknown mustNot kind " + other),
            };
            if (!holds) broken.Add($"{rule.GetProperty("id").GetString()}: {rule.GetProperty("note").GetString()}");
        }
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void EveryClaimBelongsToExactlyOneEvent()
    {
        var analysis = SeedAnalysis.Value;
        Assert.NotEmpty(analysis.Events);
        foreach (var c in analysis.Claims)
        {
            Assert.NotNull(c.EventId);
            Assert.Single(analysis.Events, e => e.ClaimIds.Contains(c.Id));
            Assert.Equal(c.EventId, analysis.Events.Single(e => e.ClaimIds.Contains(c.Id)).Id);
        }
    }

    [Fact]
    public void ReversedReportsGiveByteIdenticalJson()
    {
        var checker = ClaimChecker.CreateDefault();
        var forward = AnalysisJson.Serialize(checker.Analyze(Seeds.Reports()));
        var reversed = AnalysisJson.Serialize(checker.Analyze(Seeds.Reports().Reverse().ToArray()));
        Assert.Equal(forward, reversed);
        using var doc = JsonDocument.Parse(forward);
        Assert.Equal("1", doc.RootElement.GetProperty("schemaVersion").GetString());
    }
}
