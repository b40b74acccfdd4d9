using BenchmarkDotNet.Attributes;

namespace ClaimCheck.Benchmarks;

/// <summary>End-to-end extraction of English reports per report, on one thread: the 804 FA-KES articles.</summary>
[Config(typeof(ThroughputConfig))]
public class EnglishBenchmarks
{
    private const int Count = 804;
    private readonly ClaimChecker _checker = ClaimChecker.CreateDefault();
    private Report[] _reports = [];

    [GlobalSetup]
    public void Setup()
    {
        _reports = FaKesCorpus.Reports().ToArray();
        if (_reports.Length != Count) throw new InvalidOperationException($"FA-KES has {_reports.Length} articles, expected {Count}");
    }

    [Benchmark(OperationsPerInvoke = Count), Corpus(CorpusKind.FaKes, Count)]
    public int ExtractFaKes()
    {
        int claims = 0;
        foreach (var report in _reports) claims += _checker.Extract(report).Claims.Count;
        return claims;
    }
}
