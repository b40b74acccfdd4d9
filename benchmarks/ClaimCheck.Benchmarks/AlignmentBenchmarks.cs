using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using ClaimCheck.Comparison;
using ClaimCheck.Events;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// Alignment and comparison (the reduce step) over synthetic claims, from 10^3 to 10^6 claims (up to 10^5 in a dry smoke
/// run): cost should grow near-linearly with the claim count. The peak working set of the process (input claims
/// included) is printed to the log after each case.
/// </summary>
[Config(typeof(ThroughputConfig))]
public class AlignmentBenchmarks
{
    private List<ReportResult> _reports = [];
    private List<ReportInfo> _infos = [];
    private EventAligner _aligner = null!;
    private readonly ContradictionDetector _detector = new();

    /// <summary>Number of claims.</summary>
    [ParamsSource(nameof(ClaimCounts))]
    public int Claims { get; set; }

    public static IEnumerable<int> ClaimCounts() =>
        BenchScale.Smoke ? [1_000, 10_000, 100_000] : [1_000, 10_000, 100_000, 1_000_000];

    [GlobalSetup]
    public void Setup()
    {
        var (reports, places) = SyntheticClaims.Generate(Claims);
        _reports = reports;
        _infos = reports.Select(r => r.Report).ToList();
        _aligner = new EventAligner(places);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"// peak working set: {process.PeakWorkingSet64 / (1024 * 1024)} MiB ({Claims} claims)");
    }

    [Benchmark]
    public int Align() => _aligner.Align(_reports).Events.Count;

    [Benchmark]
    public int AlignAndCompare()
    {
        var alignment = _aligner.Align(_reports);
        return alignment.Events.Count + _detector.Detect(alignment, _infos).Count;
    }
}
