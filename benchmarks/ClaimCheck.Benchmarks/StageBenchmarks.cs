using BenchmarkDotNet.Attributes;
using ClaimCheck.Attribution;
using ClaimCheck.Claims;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// Extraction stage by stage, per seed report, each on inputs prepared in setup (so a stage's time is its own): where the
/// time of <see cref="Extract"/> goes. What <see cref="Extract"/> costs beyond the sum of the stages is the claim rules
/// (counts, polarity, merging, ids) and attribution lookups per claim.
/// </summary>
[Config(typeof(ThroughputConfig))]
public class StageBenchmarks
{
    private const int N = 5;
    private readonly ExtractionResources _resources = ExtractionResources.Default;
    private readonly ClaimChecker _checker = ClaimChecker.CreateDefault();
    private Report[] _reports = [];
    private Document[] _docs = [];
    private TokenMap<(Cue? Cue, int End)>[] _cues = [];

    [GlobalSetup]
    public void Setup()
    {
        _reports = SeedCorpus.Reports().ToArray();
        _docs = _reports.Select(r => new Document(r.Text)).ToArray();
        _cues = _docs.Select(d => _resources.Cues.Annotations(d)).ToArray();
    }

    /// <summary>The plain normalisation pass (the floor).</summary>
    [Benchmark(OperationsPerInvoke = N), Corpus(CorpusKind.Seeds)]
    public int Normalize()
    {
        int n = 0;
        foreach (var r in _reports) n += ArabicNormalizer.Normalize(r.Text).Text.Length;
        return n;
    }

    /// <summary>Normalisation, tokens and sentences.</summary>
    [Benchmark(OperationsPerInvoke = N), Corpus(CorpusKind.Seeds)]
    public int Document()
    {
        int n = 0;
        foreach (var r in _reports) n += new Document(r.Text).Tokens.Count;
        return n;
    }

    /// <summary>Cue annotation: every cue phrase of the lexicon, by token.</summary>
    [Benchmark(OperationsPerInvoke = N), Corpus(CorpusKind.Seeds)]
    public int Cues()
    {
        int n = 0;
        foreach (var d in _docs) n += _resources.Cues.Annotations(d).Length;
        return n;
    }

    /// <summary>Source names (the registry's phrase matcher).</summary>
    [Benchmark(OperationsPerInvoke = N), Corpus(CorpusKind.Seeds)]
    public int Sources()
    {
        int n = 0;
        foreach (var d in _docs) n += _resources.Sources.FindMentions(d, 0, d.Tokens.Count).Count;
        return n;
    }

    /// <summary>Attribution frames (sources included): who says what in each sentence.</summary>
    [Benchmark(OperationsPerInvoke = N), Corpus(CorpusKind.Seeds)]
    public int Attribution()
    {
        int n = 0;
        for (int i = 0; i < _docs.Length; i++)
            n += new Attributor(_docs[i], _cues[i], _resources.Sources, _reports[i].Outlet, Camp.Other).Frames(0).Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = N), Corpus(CorpusKind.Seeds)]
    public int Quantities()
    {
        int n = 0;
        foreach (var d in _docs) n += _resources.Quantities.Recognize(d).Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = N), Corpus(CorpusKind.Seeds)]
    public int Dates()
    {
        int n = 0;
        for (int i = 0; i < _docs.Length; i++) n += _resources.Dates.Recognize(_docs[i], _reports[i].Published).Count;
        return n;
    }

    /// <summary>Places, exact aliases only.</summary>
    [Benchmark(OperationsPerInvoke = N), Corpus(CorpusKind.Seeds)]
    public int PlacesExact()
    {
        int n = 0;
        foreach (var d in _docs) n += _resources.Places.FindMentions(d, 0, d.Tokens.Count, approximate: false).Count;
        return n;
    }

    /// <summary>Places as extraction reads them: exact, then approximate on the words left over.</summary>
    [Benchmark(OperationsPerInvoke = N), Corpus(CorpusKind.Seeds)]
    public int Places()
    {
        int n = 0;
        foreach (var d in _docs) n += _resources.Places.FindMentions(d, 0, d.Tokens.Count).Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = N), Corpus(CorpusKind.Seeds)]
    public int Actors()
    {
        int n = 0;
        foreach (var d in _docs) n += _resources.Actors.FindMentions(d, 0, d.Tokens.Count).Count;
        return n;
    }

    /// <summary>Everything: the stages above plus the claim rules.</summary>
    [Benchmark(OperationsPerInvoke = N), Corpus(CorpusKind.Seeds)]
    public int Extract()
    {
        int n = 0;
        foreach (var r in _reports) n += _checker.Extract(r).Claims.Count;
        return n;
    }
}
