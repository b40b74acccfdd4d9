using BenchmarkDotNet.Attributes;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// End-to-end extraction (the map step: normalise, recognise, attribute, build claims) per report, on one thread: on the
/// seeds, and on a synthetic corpus generated from them (numbers, places and sentence order varied). The *Unscored runs
/// leave out the confidence model: the difference is what scoring costs; <see cref="ScoreSeeds"/> is the scoring alone.
/// </summary>
[Config(typeof(ThroughputConfig))]
public class ExtractionBenchmarks
{
    private const int SyntheticCount = 200;
    private readonly ClaimChecker _checker = ClaimChecker.CreateDefault();
    private readonly ClaimChecker _unscored = ClaimChecker.CreateDefault(new ClaimCheckerOptions { ConfidenceModel = null });
    private Report[] _seeds = [];
    private Report[] _synthetic = [];
    private IReadOnlyList<Claim>[] _seedClaims = [];

    [GlobalSetup]
    public void Setup()
    {
        _seeds = SeedCorpus.Reports().ToArray();
        _synthetic = SyntheticReports.Generate(SyntheticCount);
        _seedClaims = _seeds.Select(r => _unscored.Extract(r).Claims).ToArray();
    }

    /// <summary>The confidence of every claim of a seed report (features and the model), its claims already extracted.</summary>
    [Benchmark(OperationsPerInvoke = 5), Corpus(CorpusKind.Seeds)]
    public double ScoreSeeds()
    {
        double sum = 0;
        for (int i = 0; i < _seeds.Length; i++) sum += Scoring.ConfidenceModel.Default.Score(_seedClaims[i], _seeds[i].Text).Sum();
        return sum;
    }

    [Benchmark(OperationsPerInvoke = 5), Corpus(CorpusKind.Seeds)]
    public int ExtractSeeds() => Extract(_seeds);

    [Benchmark(OperationsPerInvoke = SyntheticCount), Corpus(CorpusKind.Synthetic, SyntheticCount)]
    public int ExtractSynthetic() => Extract(_synthetic);

    [Benchmark(OperationsPerInvoke = 5), Corpus(CorpusKind.Seeds)]
    public int ExtractSeedsUnscored() => Extract(_seeds, _unscored);

    [Benchmark(OperationsPerInvoke = SyntheticCount), Corpus(CorpusKind.Synthetic, SyntheticCount)]
    public int ExtractSyntheticUnscored() => Extract(_synthetic, _unscored);

    private int Extract(Report[] reports) => Extract(reports, _checker);

    private static int Extract(Report[] reports, ClaimChecker checker)
    {
        int claims = 0;
        foreach (var report in reports) claims += checker.Extract(report).Claims.Count;
        return claims;
    }
}
