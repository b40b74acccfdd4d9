using ClaimCheck.Output;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// Same input, same bytes: one checker shared by many threads gives what one thread gives, the order of the reports does
/// not change the JSON, two checkers agree, and a report's claims never depend on the other reports analysed with it —
/// not even on one whose extraction throws.
/// </summary>
[Collection(HugeInputCollection.Name)]
public class DeterminismTests
{
    private const int Threads = 8;
    private const int RoundsPerThread = 6;

    private static Report[] SeedsAndVariants()
    {
        var seeds = Seeds.Reports();
        // The seeds, and each seed without its manifest metadata (outlet from the byline, no date).
        return seeds.Concat(seeds.Select(r => r with { Id = "bare-" + r.Id, Outlet = null, Published = null })).ToArray();
    }

    [Fact]
    public void EightThreadsSharingOneCheckerGetWhatOneThreadGets()
    {
        var reports = SeedsAndVariants();
        var expected = reports.ToDictionary(r => r.Id, r => OutputInvariants.Json(ClaimChecker.CreateDefault().Extract(r)), StringComparer.Ordinal);
        Assert.Contains(expected.Values, j => j.Contains("\"kind\": \"casualties\"", StringComparison.Ordinal) || j.Contains("\"kind\":\"casualties\"", StringComparison.Ordinal));

        var shared = ClaimChecker.CreateDefault();
        var mismatches = new System.Collections.Concurrent.ConcurrentBag<string>();
        int extractions = 0;
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            var random = new Random(1000 + t);
            start.SignalAndWait();
            for (int round = 0; round < RoundsPerThread; round++)
            {
                // A different order in every thread and round.
                foreach (var r in reports.OrderBy(_ => random.Next()))
                {
                    string json = OutputInvariants.Json(shared.Extract(r));
                    Interlocked.Increment(ref extractions);
                    if (json != expected[r.Id]) mismatches.Add($"thread {t}, round {round}: {r.Id}");
                }
            }
        })).ToArray();
        foreach (var th in threads) th.Start();
        foreach (var th in threads) th.Join();
        Assert.Empty(mismatches);
        Assert.Equal(Threads * RoundsPerThread * reports.Length, extractions);
    }

    [Fact]
    public void ParallelAnalysesOfShuffledSeedsGiveTheSameBytes()
    {
        var reports = SeedsAndVariants();
        var checker = ClaimChecker.CreateDefault();
        string expected = AnalysisJson.Serialize(checker.Analyze(reports));
        var outputs = new string[Threads];
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, t =>
        {
            var random = new Random(t);
            outputs[t] = AnalysisJson.Serialize(checker.Analyze(reports.OrderBy(_ => random.Next()).ToArray()));
        });
        Assert.All(outputs, o => Assert.Equal(expected, o));
    }

    [Fact]
    public void AnyOrderOfTheReportsGivesByteIdenticalJson()
    {
        var reports = SeedsAndVariants();
        var checker = ClaimChecker.CreateDefault();
        string expected = OutputInvariants.Check(reports, checker.Analyze(reports));
        Assert.Contains("\"claims\"", expected, StringComparison.Ordinal);
        var random = new Random(20180521);
        for (int permutation = 0; permutation < 12; permutation++)
        {
            var shuffled = reports.ToArray();
            random.Shuffle(shuffled);
            Assert.Equal(expected, AnalysisJson.Serialize(checker.Analyze(shuffled)));
        }
        Assert.Equal(expected, AnalysisJson.Serialize(checker.Analyze(reports.Reverse())));
    }

    [Fact]
    public void TwoCheckersGiveIdenticalOutput()
    {
        var reports = SeedsAndVariants();
        var one = ClaimChecker.CreateDefault();
        var two = ClaimChecker.CreateDefault();
        var three = ClaimChecker.Create(ClaimCheck.Claims.ExtractionResources.Default);
        string a = AnalysisJson.Serialize(one.Analyze(reports));
        Assert.Equal(a, AnalysisJson.Serialize(two.Analyze(reports)));
        Assert.Equal(a, AnalysisJson.Serialize(three.Analyze(reports)));
        // And again, after the checkers have been used: no state carried over.
        Assert.Equal(a, AnalysisJson.Serialize(one.Analyze(reports)));
    }

    /// <summary>Analyze of [A, B] gives for A exactly what Analyze of [A] gives, for every pair of seeds and hostile inputs.</summary>
    [Fact]
    public void AReportYieldsTheSameClaimsWhateverIsAnalysedWithIt()
    {
        var checker = ClaimChecker.CreateDefault();
        var reports = Seeds.Reports()
            .Concat(NastyInputs.FileNames().Select(n => new Report(n, NastyInputs.File(n))))
            .Append(new Report("every-lexicon-phrase", NastyInputs.Generated["every-lexicon-phrase"]()))
            .ToArray();
        var alone = reports.ToDictionary(r => r.Id, r => ClaimsOf(checker.Analyze([r]), r.Id), StringComparer.Ordinal);
        Assert.Contains(alone.Values, claims => claims.Length > 0);
        foreach (var a in reports)
        {
            foreach (var b in reports)
            {
                if (a.Id == b.Id) continue;
                var together = checker.Analyze([a, b]);
                Assert.Equal(alone[a.Id], ClaimsOf(together, a.Id));
                Assert.Equal(alone[b.Id], ClaimsOf(together, b.Id));
            }
        }
    }

    /// <summary>
    /// A report whose extraction throws (here: a null text) fails the call that holds it, and leaves nothing behind: the
    /// same checker then gives every other report exactly what it gave before.
    /// </summary>
    [Fact]
    public void AnExceptionInOneReportChangesNothingForTheOthers()
    {
        var checker = ClaimChecker.CreateDefault();
        var reports = Seeds.Reports().ToArray();
        string before = AnalysisJson.Serialize(checker.Analyze(reports));
        var broken = new Report("broken", null!);
        for (int at = 0; at <= reports.Length; at++)
        {
            var withBroken = reports.Take(at).Append(broken).Concat(reports.Skip(at)).ToArray();
            Assert.ThrowsAny<Exception>(() => checker.Analyze(withBroken));
            Assert.ThrowsAny<Exception>(() => checker.Extract(broken));
            Assert.Equal(before, AnalysisJson.Serialize(checker.Analyze(reports)));
        }
        // A sequence that fails while it is being enumerated.
        Assert.Throws<InvalidOperationException>(() => checker.Analyze(Failing(reports)));
        var after = checker.Analyze(reports);
        Assert.Equal(before, AnalysisJson.Serialize(after));
        foreach (var r in reports)
            Assert.Equal(checker.Extract(r).Claims.Select(Describe), ClaimsOf(after, r.Id));
    }

    private static IEnumerable<Report> Failing(IEnumerable<Report> reports)
    {
        foreach (var r in reports.Take(2)) yield return r;
        throw new InvalidOperationException("the source of reports failed");
    }

    private static string[] ClaimsOf(Analysis analysis, string reportId) =>
        analysis.Claims.Where(c => c.ReportId == reportId).Select(Describe).ToArray();

    /// <summary>A claim in one line with every field that extraction sets.</summary>
    private static string Describe(Claim c) => string.Join(" | ",
        c.Id, c.Kind, c.Polarity, c.Quantity, c.QuantityText, c.Subject, c.Harm, c.Action,
        c.Source.Name, c.Source.Camp, string.Join(">", c.Source.Via), c.Source.Mention,
        string.Join(",", c.Places), string.Join(",", c.Actors), c.Date, c.Evidence.Start, c.Evidence.End, c.Evidence.Text, string.Join(",", c.Cues));
}
