using BenchmarkDotNet.Attributes;
using ClaimCheck.Text;

namespace ClaimCheck.Benchmarks;

/// <summary>Normalisation throughput over the five seed reports concatenated.</summary>
[MemoryDiagnoser]
public class NormalizationBenchmarks
{
    private string _text = "";

    [GlobalSetup]
    public void Setup() => _text = SeedCorpus.AllText();

    [Benchmark]
    public int Normalize() => ArabicNormalizer.Normalize(_text).Text.Length;
}
