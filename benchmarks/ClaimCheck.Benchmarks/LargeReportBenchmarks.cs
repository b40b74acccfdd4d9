using System.Text;
using BenchmarkDotNet.Attributes;
using ClaimCheck.Claims;
using ClaimCheck.Text;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// The memory one large report costs (issue 14: "28–30× its size"): one report of <see cref="Megabytes"/> MB of UTF-8 text,
/// made of synthetic reports joined by blank lines. <see cref="Extract"/> is the whole extraction; the others are its first
/// stages on the same text, to show which of them dominates. Allocated ÷ the report's UTF-8 size is the ratio to compare.
/// </summary>
[Config(typeof(ThroughputConfig))]
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

    [GlobalSetup]
    public void Setup()
    {
        int bytes = (BenchScale.Smoke ? 1 : Megabytes) * 1_000_000;
        var text = new StringBuilder();
        int seed = 0;
        while (Encoding.UTF8.GetByteCount(text.ToString()) < bytes)
        {
            foreach (var r in SyntheticReports.Generate(50, seed++)) text.Append(r.Text).Append("\n\n");
        }
        _report = new Report("large.txt", text.ToString());
        _utf8 = Encoding.UTF8.GetBytes(_report.Text);
        _document = new Document(_report.Text);
        Console.WriteLine($"// large report: {_utf8.Length:N0} bytes of UTF-8, {_report.Text.Length:N0} UTF-16 chars");
    }

    /// <summary>What reading costs: the UTF-8 bytes decoded to the report's string (the CLI holds both for a moment).</summary>
    [Benchmark]
    public int Decode() => Encoding.UTF8.GetString(_utf8).Length;

    /// <summary>Normalisation, tokens and sentences.</summary>
    [Benchmark]
    public int Document() => new Document(_report.Text).Tokens.Count;

    /// <summary>Cue annotation on the prepared document.</summary>
    [Benchmark]
    public int Cues() => _resources.Cues.Annotate(_document).Length;

    /// <summary>The whole extraction of the one report.</summary>
    [Benchmark]
    public int Extract() => _checker.Extract(_report).Claims.Count;
}
