using BenchmarkDotNet.Attributes;
using ClaimCheck.Text;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// A plain normalisation pass (diacritics, tatweel, alef, digits, punctuation, spaces, with the offset map), per report:
/// the floor that end-to-end extraction is compared with.
/// </summary>
[Config(typeof(ThroughputConfig))]
public class NormalizationBenchmarks
{
    private const int SyntheticCount = 200;
    private string[] _seeds = [];
    private string[] _synthetic = [];

    [GlobalSetup]
    public void Setup()
    {
        _seeds = SeedCorpus.Reports().Select(r => r.Text).ToArray();
        _synthetic = SyntheticReports.Generate(SyntheticCount).Select(r => r.Text).ToArray();
    }

    [Benchmark(OperationsPerInvoke = 5), Corpus(CorpusKind.Seeds)]
    public int NormalizeSeeds() => Normalize(_seeds);

    [Benchmark(OperationsPerInvoke = SyntheticCount), Corpus(CorpusKind.Synthetic, SyntheticCount)]
    public int NormalizeSynthetic() => Normalize(_synthetic);

    private static int Normalize(string[] texts)
    {
        int length = 0;
        foreach (var text in texts) length += ArabicNormalizer.Normalize(text).Text.Length;
        return length;
    }
}
