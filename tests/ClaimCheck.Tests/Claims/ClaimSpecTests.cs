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
            Assert.True(claims.Any(c => Matches(e, c, text)), $"line {line}: no claim matches {e.ToJsonString()}\nin «{text}»\ngot:\n{Describe()}");
        }
        if (node["exact"] is { } exact && (bool)exact!)
            Assert.True(claims.Count == expected.Count, $"line {line}: expected exactly {expected.Count} claims, got {claims.Count}\nin «{text}»\n{Describe()}");
        foreach (var c in claims) Assert.Equal(text[c.Evidence.Start..c.Evidence.End], c.Evidence.Text);
    }

    private static bool Matches(JsonObject e, Claim c, string text)
    {
        if (e["kind"] is { } k && !c.Kind.ToString().Equals((string)k!, StringComparison.OrdinalIgnoreCase)) return false;
        if (e["polarity"] is { } p && !string.Equals(c.Polarity?.ToString(), (string)p!, StringComparison.OrdinalIgnoreCase)) return false;
        if (e["min"] is { } min && c.Quantity?.Min != (long)min) return false;
        if (e.ContainsKey("max"))
        {
            long? max = e["max"] is null ? null : (long)e["max"]!;
            if (c.Quantity is null || c.Quantity.Max != max) return false;
        }
        if (e["qualifier"] is { } q && !string.Equals(c.Quantity?.Qualifier.ToString(), (string)q!, StringComparison.OrdinalIgnoreCase)) return false;
        if (e["subject"] is { } s && c.Subject != (string)s!) return false;
        if (e["harm"] is { } h && !string.Equals(c.Harm?.ToString(), (string)h!, StringComparison.OrdinalIgnoreCase)) return false;
        if (e["action"] is { } a && c.Action != (string)a!) return false;
        if (e["camp"] is { } camp && !c.Source.Camp.ToString().Equals((string)camp!, StringComparison.OrdinalIgnoreCase)) return false;
        if (e["source"] is { } src && c.Source.Name != (string)src!) return false;
        if (e["via"] is JsonArray via && !via.Select(v => (string)v!).SequenceEqual(c.Source.Via)) return false;
        if (e["quote"] is { } quote)
        {
            int at = text.IndexOf((string)quote!, StringComparison.Ordinal);
            if (at < 0 || !(c.Evidence.Start < at + ((string)quote!).Length && at < c.Evidence.End)) return false;
        }
        return true;
    }
}
