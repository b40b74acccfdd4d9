using BenchmarkDotNet.Attributes;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// End-to-end extraction (the map step: normalise, recognise, attribute, build claims) per report, on one thread: on the
/// seeds, and on a synthetic corpus generated from them (numbers, places and sentence order varied).
/// </summary>
[Config(typeof(ThroughputConfig))]
public class ExtractionBenchmarks
{
    private const int SyntheticCount = 200;
    private readonly ClaimChecker _checker = ClaimChecker.CreateDefault();
    private Report[] _seeds = [];
    private Report[] _synthetic = [];

    [GlobalSetup]
    public void Setup()
    {
        _seeds = SeedCorpus.Reports().ToArray();
        _synthetic = SyntheticReports.Generate(SyntheticCount);
    }

    [Benchmark(OperationsPerInvoke = 5), Corpus(CorpusKind.Seeds)]
    public int ExtractSeeds() => Extract(_seeds);

    [Benchmark(OperationsPerInvoke = SyntheticCount), Corpus(CorpusKind.Synthetic, SyntheticCount)]
    public int ExtractSynthetic() => Extract(_synthetic);

    private int Extract(Report[] reports)
    {
        int claims = 0;
        foreach (var report in reports) claims += _checker.Extract(report).Claims.Count;
        return claims;
    }
}
