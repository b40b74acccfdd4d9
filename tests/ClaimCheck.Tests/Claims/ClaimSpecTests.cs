using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClaimCheck.Tests.Claims;

/// <summary>
/// Data-driven claim specs: each line of Specs/claims-*.jsonl is a sentence (or short report) written for the purpose and the
/// claims it must yield. Every expected claim must be matched, on the fields it gives, by a claim of its own (two expectations
/// never share one claim); "exact": true also forbids other claims (so "expect": [] with exact means: no claim at all).
/// "knownWrong" lists claims the extractor yields today that are wrong readings (each with a "why"): they must still be there,
/// so the line stays exact and a fix shows up as a failing line whose knownWrong entry is then deleted. One test method per spec file.
/// </summary>
public class ClaimSpecTests
{
    private static readonly ClaimChecker Checker = ClaimChecker.CreateDefault();

    public static IEnumerable<object[]> Lines(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", file);
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith("//", StringComparison.Ordinal)) continue;
            yield return [n, line];
        }
    }

    [Theory]
    [MemberData(nameof(Lines), "claims-attribution.jsonl")]
    public void Attribution(int line, string spec) => Check(line, spec);

    [Theory]
    [MemberData(nameof(Lines), "claims-casualties.jsonl")]
    public void Casualties(int line, string spec) => Check(line, spec);

    [Theory]
    [MemberData(nameof(Lines), "claims-vehicles.jsonl")]
    public void Vehicles(int line, string spec) => Check(line, spec);

    [Theory]
    [MemberData(nameof(Lines), "claims-evacuees.jsonl")]
    public void Evacuees(int line, string spec) => Check(line, spec);

    [Theory]
    [MemberData(nameof(Lines), "claims-polarity.jsonl")]
    public void Polarity(int line, string spec) => Check(line, spec);

    [Theory]
    [MemberData(nameof(Lines), "en-claims-casualties.jsonl")]
    public void EnglishCasualties(int line, string spec) => Check(line, spec);

    [Theory]
    [MemberData(nameof(Lines), "en-claims-polarity.jsonl")]
    public void EnglishPolarity(int line, string spec) => Check(line, spec);

    [Theory]
    [MemberData(nameof(Lines), "en-claims-attribution.jsonl")]
    public void EnglishAttribution(int line, string spec) => Check(line, spec);

    [Theory]
    [MemberData(nameof(Lines), "en-claims-vehicles.jsonl")]
    public void EnglishVehicles(int line, string spec) => Check(line, spec);

    [Theory]
    [MemberData(nameof(Lines), "en-claims-evacuation.jsonl")]
    public void EnglishEvacuation(int line, string spec) => Check(line, spec);

    [Theory]
    [MemberData(nameof(Lines), "en-claims-evacuees.jsonl")]
    public void EnglishEvacuees(int line, string spec) => Check(line, spec);

    private static void Check(int line, string spec)
    {
        var node = JsonNode.Parse(spec)!.AsObject();
        string text = (string)node["text"]!;
        DateOnly? published = node["published"] is { } p ? DateOnly.Parse((string)p!, System.Globalization.CultureInfo.InvariantCulture) : null;
        var report = new Report($"spec-{line}", text, (string?)node["outlet"], published);
        var claims = Checker.Extract(report).Claims;
        string Describe() => string.Join("\n", claims.Select(c => $"  {c.Kind} {c.Polarity}{c.Quantity} subj={c.Subject} harm={c.Harm} action={c.Action} src={c.Source.Name}/{c.Source.Camp} via=[{string.Join(",", c.Source.Via)}] «{c.Evidence.Text}»"));
        var expected = node["expect"]!.AsArray().Select(x => x!.AsObject()).ToArray();
        var knownWrong = node["knownWrong"]?.AsArray().Select(x => x!.AsObject()).ToArray() ?? [];
        foreach (var w in knownWrong)
            Assert.False(string.IsNullOrWhiteSpace((string?)w["why"]), $"line {line}: a knownWrong entry says why it is wrong");
        var wanted = expected.Concat(knownWrong).ToArray();
        var owner = MatchOneToOne(wanted, claims, text);
        for (int i = 0; i < wanted.Length; i++)
        {
            if (Array.IndexOf(owner, i) >= 0) continue;
            string what = i < expected.Length ? "no claim of its own matches" : "the known wrong claim is gone (fixed? then delete it from knownWrong):";
            Assert.Fail($"line {line}: {what} {wanted[i].ToJsonString()}\nin «{text}»\ngot:\n{Describe()}");
        }
        if (node["exact"] is { } exact && (bool)exact!)
            Assert.True(claims.Count == wanted.Length, $"line {line}: expected exactly {wanted.Length} claims, got {claims.Count}\nin «{text}»\n{Describe()}");
        foreach (var c in claims) Assert.Equal(text[c.Evidence.Start..c.Evidence.End], c.Evidence.Text);
    }

    /// <summary>
    /// Pairs expectations with distinct claims (bipartite matching by augmenting paths; a line has a handful of each).
    /// Returns, for each claim, the index of the expectation it is paired with, or -1.
    /// </summary>
    private static int[] MatchOneToOne(JsonObject[] wanted, IReadOnlyList<Claim> claims, string text)
    {
        var fits = wanted.Select(e => claims.Select(c => ClaimCheck.Training.SpecLine.Matches(e, c, text)).ToArray()).ToArray();
        var owner = Enumerable.Repeat(-1, claims.Count).ToArray();
        bool Assign(int e, bool[] seen)
        {
            for (int c = 0; c < claims.Count; c++)
            {
                if (!fits[e][c] || seen[c]) continue;
                seen[c] = true;
                if (owner[c] < 0 || Assign(owner[c], seen)) { owner[c] = e; return true; }
            }
            return false;
        }
        for (int e = 0; e < wanted.Length; e++) Assign(e, new bool[claims.Count]);
        return owner;
    }
}
