using BenchmarkDotNet.Attributes;
using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Benchmarks;

/// <summary>Quantity recognition per seed report: on prepared documents, and with the document prepared too.</summary>
[Config(typeof(ThroughputConfig))]
public class QuantityBenchmarks
{
    private Document[] _docs = [];
    private string[] _texts = [];
    private readonly QuantityRecognizer _recognizer = QuantityRecognizer.Default;

    [GlobalSetup]
    public void Setup()
    {
        _texts = SeedCorpus.Reports().Select(r => r.Text).ToArray();
        _docs = _texts.Select(t => new Document(t)).ToArray();
    }

    /// <summary>Recognition alone, on a prepared document.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 5), Corpus(CorpusKind.Seeds)]
    public int Recognize()
    {
        int n = 0;
        foreach (var doc in _docs) n += _recognizer.Recognize(doc).Count;
        return n;
    }

    /// <summary>Normalising, tokenising and recognising: what a caller pays per report.</summary>
    [Benchmark(OperationsPerInvoke = 5), Corpus(CorpusKind.Seeds)]
    public int PrepareAndRecognize()
    {
        int n = 0;
        foreach (var text in _texts) n += _recognizer.Recognize(new Document(text)).Count;
        return n;
    }
}
