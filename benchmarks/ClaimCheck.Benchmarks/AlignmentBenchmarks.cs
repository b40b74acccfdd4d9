using BenchmarkDotNet.Attributes;
using ClaimCheck.Comparison;
using ClaimCheck.Events;

namespace ClaimCheck.Benchmarks;

/// <summary>Alignment and comparison (the reduce step) over synthetic claims; cost should grow near-linearly with the claim count.</summary>
[MemoryDiagnoser]
public class AlignmentBenchmarks
{
    private List<ReportResult> _reports = [];
    private List<ReportInfo> _infos = [];
    private EventAligner _aligner = null!;
    private readonly ContradictionDetector _detector = new();

    /// <summary>Number of claims.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (reports, places) = SyntheticClaims.Generate(Claims);
        _reports = reports;
        _infos = reports.Select(r => r.Report).ToList();
        _aligner = new EventAligner(places);
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
