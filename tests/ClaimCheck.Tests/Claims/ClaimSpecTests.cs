using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClaimCheck.Tests.Claims;

/// <summary>
/// Data-driven claim specs: each line of Specs/claims-*.jsonl is a sentence (or short report) written for the purpose and the
/// claims it must yield. Every expected claim must be matched on the fields it gives; "exact": true also forbids other claims
/// (so "expect": [] with exact means: no claim at all). One test method per spec file.
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

    private static void Check(int line, string spec)
    {
        var node = JsonNode.Parse(spec)!.AsObject();
        string text = (string)node["text"]!;
        DateOnly? published = node["published"] is { } p ? DateOnly.Parse((string)p!, System.Globalization.CultureInfo.InvariantCulture) : null;
        var report = new Report($"spec-{line}", text, (string?)node["outlet"], published);
        var claims = Checker.Extract(report).Claims;
        string Describe() => string.Join("\n", claims.Select(c => $"  {c.Kind} {c.Polarity}{c.Quantity} subj={c.Subject} harm={c.Harm} action={c.Action} src={c.Source.Name}/{c.Source.Camp} via=[{string.Join(",", c.Source.Via)}] «{c.Evidence.Text}»"));
        var expected = node["expect"]!.AsArray();
        foreach (var e in expected.Select(x => x!.AsObject()))
        {
            Assert.True(claims.Any(c => ClaimCheck.Training.SpecLine.Matches(e, c, text)), $"line {line}: no claim matches {e.ToJsonString()}\nin «{text}»\ngot:\n{Describe()}");
        }
        if (node["exact"] is { } exact && (bool)exact!)
            Assert.True(claims.Count == expected.Count, $"line {line}: expected exactly {expected.Count} claims, got {claims.Count}\nin «{text}»\n{Describe()}");
        foreach (var c in claims) Assert.Equal(text[c.Evidence.Start..c.Evidence.End], c.Evidence.Text);
    }
}
