using ClaimCheck.Comparison;
using ClaimCheck.Events;
using Xunit.Abstractions;

namespace ClaimCheck.Tests.Events;

/// <summary>Alignment at scale on seeded synthetic claims: correctness only (each claim in one event, events pure), never a duration.</summary>
public class EventBlockingTests(ITestOutputHelper output)
{
    [Fact]
    public void TwentyThousandClaimsAlignIntoPureEvents()
    {
        var corpus = SyntheticCorpus.Generate(20_000, seed: 42);
        var alignment = new EventAligner(corpus.Places).Align(corpus.Results);
        var reports = corpus.Results.Select(r => r.Report).ToList();
        var contradictions = new ContradictionDetector().Detect(alignment, reports);
        ContractRules.AssertHold(corpus.Results, alignment, contradictions, reports, ComparisonOptions.Default.SameTimeWindowDays);

        var published = reports.ToDictionary(r => r.Id, r => r.Published);
        // A claim that names a town and has a date fits one true event only; the others may fit several and are checked for fit.
        bool Determined(Claim c) => c.Places.Count == 1 && c.Places[0].Contains('t') && (c.Date is not null || published[c.ReportId] is not null);

        // Purity: an event never holds determined claims of two true events.
        var byId = alignment.Claims.ToDictionary(c => c.Id);
        foreach (var ev in alignment.Events)
        {
            var claims = ev.ClaimIds.Select(id => byId[id]).ToArray();
            var truths = claims.Where(Determined).Select(c => corpus.TruthEvent[c.Id]).Distinct().ToArray();
            Assert.True(truths.Length <= 1, $"{ev.Label} mixes true events {string.Join(", ", truths)}");
            // Every claim of an event fits it: one district; and one party among its deals and movements (parties bind only those:
            // the actors near a count of dead are too mixed to keep a whole cluster apart).
            var districts = claims.SelectMany(c => c.Places).Select(p => corpus.Places.Ancestors(p) switch
            {
                [var district, _] => district, // a town
                [_] => p,                      // a district
                _ => null,                     // a governorate
            }).Where(d => d is not null).Distinct().ToArray();
            Assert.True(districts.Length <= 1, $"{ev.Label} spans districts {string.Join(", ", districts)}");
            Assert.True(claims.Where(c => c.Kind != ClaimKind.Casualties).SelectMany(c => c.Actors).Where(a => a.StartsWith("party-", StringComparison.Ordinal)).Distinct().Count() <= 1,
                ev.Label + ": " + string.Join(" ", claims.Select(c => $"{c.Id}[{string.Join(",", c.Places)}|{string.Join(",", c.Actors)}|{c.Date}|{c.ReportId}]")));
        }

        // Completeness: nearly every true event is found whole.
        var eventOf = alignment.Claims.ToDictionary(c => c.Id, c => c.EventId);
        var byTruth = alignment.Claims.Where(Determined).GroupBy(c => corpus.TruthEvent[c.Id]).ToArray();
        int whole = byTruth.Count(g => g.Select(c => eventOf[c.Id]).Distinct().Count() == 1);
        double completeness = (double)whole / byTruth.Length;
        output.WriteLine($"claims {alignment.Claims.Count}, events {alignment.Events.Count}, true events {byTruth.Length}, found whole {completeness:P1}, contradictions {contradictions.Count}");
        Assert.True(completeness >= 0.95, $"only {completeness:P1} of true events found whole");
    }

    [Fact]
    public void SyntheticAlignmentIsDeterministicUnderShuffle()
    {
        var corpus = SyntheticCorpus.Generate(3_000, seed: 7);
        var reports = corpus.Results.Select(r => r.Report).ToList();
        var aligner = new EventAligner(corpus.Places);
        var detector = new ContradictionDetector();
        var first = aligner.Align(corpus.Results);
        var expected = EventSeedsTests.Serialize(first, detector.Detect(first, reports));
        var random = new Random(3);
        var shuffled = corpus.Results.OrderBy(_ => random.Next()).Select(r => r with { Claims = r.Claims.OrderBy(_ => random.Next()).ToArray() }).ToList();
        var again = aligner.Align(shuffled);
        Assert.Equal(expected, EventSeedsTests.Serialize(again, detector.Detect(again, reports.OrderBy(_ => random.Next()).ToList())));
    }
}
