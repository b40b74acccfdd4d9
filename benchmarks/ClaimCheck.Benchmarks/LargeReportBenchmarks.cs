using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ClaimCheck.Claims;
using ClaimCheck.Text;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// The memory one large report costs (issue 14: "28–30× its size"): one report of exactly <see cref="Megabytes"/> MB of UTF-8
/// text, made of synthetic reports joined by blank lines. <see cref="Extract"/> is the whole extraction; the others are its
/// first stages on the same text, to show which of them dominates. The <c>Alloc/byte</c> column is the bytes allocated per
/// byte of the report's UTF-8 text; the setup also prints the peak of live memory during one <see cref="Extract"/>.
/// </summary>
[Config(typeof(Config))]
public class LargeReportBenchmarks
{
    private readonly ClaimChecker _checker = ClaimChecker.CreateDefault();
    private readonly ExtractionResources _resources = ExtractionResources.Default;
    private Report _report = new("large", "");
    private Document _document = new("");
    private byte[] _utf8 = [];

    /// <summary>The report's size in MB (10^6 bytes of UTF-8).</summary>
    [Params(1, 4)]
    public int Megabytes { get; set; }

    private static int ReportBytes(int megabytes) => (BenchScale.Smoke ? 1 : megabytes) * 1_000_000;

    [GlobalSetup]
    public void Setup()
    {
        _report = new Report("large.txt", Text(ReportBytes(Megabytes)));
        _utf8 = Encoding.UTF8.GetBytes(_report.Text);
        _document = new Document(_report.Text);
        Console.WriteLine($"// large report: {_utf8.Length:N0} bytes of UTF-8, {_report.Text.Length:N0} UTF-16 chars");
        long peak = PeakLiveBytes(() => _checker.Extract(_report));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// peak live memory during Extract: {peak / 1e6:F1} MB over the report and the resources, {(double)peak / _utf8.Length:F2}x the report's UTF-8 size"));
    }

    /// <summary>Synthetic reports joined by blank lines, cut to <paramref name="bytes"/> bytes of UTF-8 (at a character boundary).</summary>
    internal static string Text(int bytes)
    {
        var text = new StringBuilder();
        int seed = 0, have = 0;
        while (have < bytes)
        {
            foreach (var r in SyntheticReports.Generate(50, seed++))
            {
                text.Append(r.Text).Append("\n\n");
                have += Encoding.UTF8.GetByteCount(r.Text) + 2;
            }
        }
        int chars = 0;
        for (int used = 0; chars < text.Length; chars++)
        {
            char c = text[chars];
            int size = char.IsHighSurrogate(c) ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            if (used + size > bytes) break;
            used += size;
            if (size == 4) chars++;
        }
        return text.ToString(0, chars);
    }

    /// <summary>
    /// The most memory live at once (the managed heap after a full collection) while <paramref name="work"/> runs, above what
    /// was live before it: a second thread collects every few milliseconds and samples the heap. Slow; for a log line only.
    /// </summary>
    internal static long PeakLiveBytes(Func<object> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long baseline = GC.GetTotalMemory(true), peak = baseline;
        bool done = false;
        var sampler = new Thread(() =>
        {
            while (!Volatile.Read(ref done))
            {
                GC.Collect();
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                Thread.Sleep(2);
            }
        });
        sampler.Start();
        var result = work();
        Volatile.Write(ref done, true);
        sampler.Join();
        peak = Math.Max(peak, GC.GetTotalMemory(true));
        GC.KeepAlive(result);
        return peak - baseline;
    }

    /// <summary>What reading costs: the UTF-8 bytes decoded to the report's string (the CLI holds both for a moment).</summary>
    [Benchmark]
    public int Decode() => Encoding.UTF8.GetString(_utf8).Length;

    /// <summary>Normalisation, tokens and sentences.</summary>
    [Benchmark]
    public int Document() => new Document(_report.Text).Tokens.Count;

    /// <summary>Cue annotation on the prepared document.</summary>
    [Benchmark]
    public int Cues() => _resources.Cues.Annotations(_document).Length;

    /// <summary>The whole extraction of the one report.</summary>
    [Benchmark]
    public int Extract() => _checker.Extract(_report).Claims.Count;

    private sealed class Config : ThroughputConfig
    {
        public Config() => AddColumn(new AllocatedPerByteColumn());
    }

    /// <summary>Bytes allocated per operation ÷ the report's UTF-8 size.</summary>
    private sealed class AllocatedPerByteColumn : IColumn
    {
        public string Id => "AllocatedPerByte";

        public string ColumnName => "Alloc/byte";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 2;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Bytes allocated per operation per byte of the report's UTF-8 text";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            if (summary[benchmarkCase]?.GcStats is not { } gc || gc.GetBytesAllocatedPerOperation(benchmarkCase) is not long allocated) return "NA";
            int megabytes = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == nameof(Megabytes))?.Value is int m ? m : 1;
            return ((double)allocated / ReportBytes(megabytes)).ToString("F2", CultureInfo.InvariantCulture);
        }
    }
}
