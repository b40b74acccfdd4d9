using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// End-to-end <see cref="ClaimChecker.Analyze"/> (parallel extraction, then alignment and comparison) over 10^4 synthetic
/// reports, on one core and on every core. <see cref="ClaimChecker.Analyze"/> takes no degree of parallelism, so the
/// one-core case pins the benchmark process to the first processor (its affinity) and runs the very same call: the
/// thread pool still has its threads, they share one core.
/// </summary>
[Config(typeof(ThroughputConfig))]
public class AnalyzeBenchmarks
{
    private readonly ClaimChecker _checker = ClaimChecker.CreateDefault();
    private Report[] _reports = [];
    private IntPtr _affinity;

    /// <summary>Reports analysed per call (10^4; 500 in a dry smoke run).</summary>
    [ParamsSource(nameof(ReportCounts))]
    public int Reports { get; set; }

    /// <summary>Cores the process may use: 1, or every core of the machine.</summary>
    [ParamsSource(nameof(CoreCounts))]
    public int Cores { get; set; }

    public static IEnumerable<int> ReportCounts() => [BenchScale.Smoke ? 500 : 10_000];

    /// <summary>1 and every core where the affinity can be set (Linux, Windows); every core elsewhere.</summary>
    public static IEnumerable<int> CoreCounts() =>
        Environment.ProcessorCount > 1 && (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) ? [1, Environment.ProcessorCount] : [Environment.ProcessorCount];

    [GlobalSetup]
    public void Setup()
    {
        _reports = SyntheticReports.Generate(Reports);
        if (Cores < Environment.ProcessorCount && (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()))
        {
            var process = Process.GetCurrentProcess();
            _affinity = process.ProcessorAffinity;
            process.ProcessorAffinity = (IntPtr)((1L << Cores) - 1);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var process = Process.GetCurrentProcess();
        if (_affinity != IntPtr.Zero && (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())) process.ProcessorAffinity = _affinity;
        process.Refresh();
        Console.WriteLine($"// peak working set: {process.PeakWorkingSet64 / (1024 * 1024)} MiB ({Reports} reports, {Cores} cores)");
    }

    /// <summary>One operation analyses all <see cref="Reports"/> reports; the throughput columns divide by their number.</summary>
    [Benchmark, Corpus(CorpusKind.Synthetic, WholeCorpus = true)]
    public int Analyze() => _checker.Analyze(_reports).Contradictions.Count;
}
