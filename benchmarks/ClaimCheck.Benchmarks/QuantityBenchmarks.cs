using BenchmarkDotNet.Attributes;
using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Benchmarks;

/// <summary>Quantity recognition throughput over the five seed reports concatenated (the document is prepared once).</summary>
[MemoryDiagnoser]
public class QuantityBenchmarks
{
    private Document _doc = new("");
    private string _text = "";
    private QuantityRecognizer _recognizer = QuantityRecognizer.Default;

    [GlobalSetup]
    public void Setup()
    {
        _text = SeedCorpus.AllText();
        _doc = new Document(_text);
        _recognizer = QuantityRecognizer.Default;
    }

    /// <summary>Recognition alone, on a prepared document.</summary>
    [Benchmark(Baseline = true)]
    public int Recognize() => _recognizer.Recognize(_doc).Count;

    /// <summary>Normalising, tokenising and recognising: what a caller pays per report.</summary>
    [Benchmark]
    public int PrepareAndRecognize() => _recognizer.Recognize(new Document(_text)).Count;
}
