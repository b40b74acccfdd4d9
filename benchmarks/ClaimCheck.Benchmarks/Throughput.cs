using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ClaimCheck.Benchmarks;

/// <summary>Which reports a benchmark's operation is: one operation is one report of this corpus.</summary>
internal enum CorpusKind
{
    /// <summary>The five seeds.</summary>
    Seeds,
    /// <summary>Synthetic reports from <see cref="SyntheticReports"/>.</summary>
    Synthetic,
    /// <summary>The English FA-KES articles from <see cref="FaKesCorpus"/>.</summary>
    FaKes,
}

/// <summary>
/// Marks a benchmark whose operation is one report (it sets <c>OperationsPerInvoke</c> to the number of reports it handles),
/// so that <see cref="ThroughputColumn"/> can print MB/s (UTF-8 bytes of the original text) and reports/s.
/// </summary>
/// <param name="kind">The corpus.</param>
/// <param name="count">How many synthetic reports; 0 takes the benchmark's <c>Reports</c> parameter.</param>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class CorpusAttribute(CorpusKind kind, int count = 0) : Attribute
{
    public CorpusKind Kind { get; } = kind;

    public int Count { get; } = count;

    /// <summary>True when one operation handles the whole corpus (all <c>Reports</c>) rather than one report.</summary>
    public bool WholeCorpus { get; init; }
}

/// <summary>Throughput from the median time of one report: MB/s of original text, or reports/s.</summary>
internal sealed class ThroughputColumn(bool reports) : IColumn
{
    public static readonly IColumn MegabytesPerSecond = new ThroughputColumn(reports: false);
    public static readonly IColumn ReportsPerSecond = new ThroughputColumn(reports: true);

    private static readonly ConcurrentDictionary<(CorpusKind, int), double> s_averageBytes = new();

    public string Id => reports ? "ReportsPerSecond" : "MegabytesPerSecond";

    public string ColumnName => reports ? "Reports/s" : "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => reports ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => reports
        ? "Reports per second on one thread of work (from the median time per report)"
        : "Megabytes (10^6 bytes of UTF-8 original text) per second (from the median time per report)";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var corpus = benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<CorpusAttribute>();
        if (corpus is null) return "-";
        if (summary[benchmarkCase]?.ResultStatistics is not { } statistics || statistics.Median <= 0) return "NA";
        int count = corpus.Count > 0 ? corpus.Count
            : benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Reports")?.Value is int n ? n : 0;
        double nanoseconds = corpus.WholeCorpus ? statistics.Median / Math.Max(1, count) : statistics.Median;
        if (reports) return (1e9 / nanoseconds).ToString("N0", CultureInfo.InvariantCulture);
        double bytes = s_averageBytes.GetOrAdd((corpus.Kind, count), key => AverageBytes(key.Item1, key.Item2));
        return (bytes / nanoseconds * 1e3).ToString("N2", CultureInfo.InvariantCulture);
    }

    private static double AverageBytes(CorpusKind kind, int count)
    {
        var corpus = kind switch
        {
            CorpusKind.Seeds => SeedCorpus.Reports(),
            CorpusKind.FaKes => FaKesCorpus.Reports(),
            _ => SyntheticReports.Generate(Math.Max(1, count)),
        };
        return SeedCorpus.Utf8Bytes(corpus) / (double)corpus.Count;
    }

    public override string ToString() => ColumnName;
}

/// <summary>Allocations, and throughput for benchmarks marked with <see cref="CorpusAttribute"/>.</summary>
internal class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.ReportsPerSecond, StatisticColumn.Median);
    }
}

/// <summary>
/// How big the workloads are. The dry job (CI's smoke run: every benchmark once) uses small sizes so it stays quick;
/// every other job measures the sizes the performance targets name (10^6 claims, 10^4 reports).
/// </summary>
internal static class BenchScale
{
    public const string Variable = "CLAIMCHECK_BENCH_SCALE";

    /// <summary>True for the smoke sizes.</summary>
    public static bool Smoke => Environment.GetEnvironmentVariable(Variable) == "smoke";

    /// <summary>Sets the scale from the command line: a dry job is a smoke run.</summary>
    public static void FromArguments(string[] args)
    {
        for (int i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] is "--job" or "-j" && string.Equals(args[i + 1], "dry", StringComparison.OrdinalIgnoreCase))
                Environment.SetEnvironmentVariable(Variable, "smoke");
        }
    }
}
