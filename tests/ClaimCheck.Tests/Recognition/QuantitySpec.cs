using System.Text.Json;
using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Recognition;

/// <summary>One expected mention of the quantity spec, or one found, in a comparable form.</summary>
public sealed record QuantityExpectation(string Quote, string Kind, long Min, long? Max, long Best, string Qualifier, string? DualNoun)
{
    private static readonly JsonNamingPolicy Camel = JsonNamingPolicy.CamelCase;

    /// <summary>The comparable form of a recognised mention: its original quote and its values.</summary>
    public static QuantityExpectation Of(Document doc, QuantityMention m)
    {
        var o = doc.ToOriginal(m.Span);
        return new QuantityExpectation(doc.Original[o.Start..o.End], Camel.ConvertName(m.Kind.ToString()), m.Quantity.Min, m.Quantity.Max,
            m.Quantity.Best, Camel.ConvertName(m.Quantity.Qualifier.ToString()), m.DualNoun);
    }

    public override string ToString() => $"«{Quote}» {Kind} [{Min}, {Max?.ToString() ?? "∞"}] best {Best} {Qualifier}{(DualNoun is null ? "" : " dual " + DualNoun)}";
}

/// <summary>A line of Specs/quantities.jsonl.</summary>
public sealed record QuantitySpecCase(int Line, string? Seed, string? Note, string Text, IReadOnlyList<QuantityExpectation> Mentions);

/// <summary>Reads Specs/quantities.jsonl (lines starting with // are comments).</summary>
public static class QuantitySpec
{
    private static readonly Lazy<IReadOnlyList<QuantitySpecCase>> Cases = new(Read);

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Specs", "quantities.jsonl");

    public static IReadOnlyList<QuantitySpecCase> All => Cases.Value;

    private static IReadOnlyList<QuantitySpecCase> Read()
    {
        var result = new List<QuantitySpecCase>();
        int line = 0;
        foreach (var raw in File.ReadLines(Path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw) || raw.TrimStart().StartsWith("//", StringComparison.Ordinal)) continue;
            using var json = JsonDocument.Parse(raw);
            var root = json.RootElement;
            var mentions = new List<QuantityExpectation>();
            foreach (var m in root.GetProperty("mentions").EnumerateArray())
            {
                mentions.Add(new QuantityExpectation(
                    m.GetProperty("quote").GetString()!,
                    m.GetProperty("kind").GetString()!,
                    m.GetProperty("min").GetInt64(),
                    m.GetProperty("max").ValueKind == JsonValueKind.Null ? null : m.GetProperty("max").GetInt64(),
                    m.GetProperty("best").GetInt64(),
                    m.GetProperty("qualifier").GetString()!,
                    m.TryGetProperty("dualNoun", out var d) ? d.GetString() : null));
            }
            result.Add(new QuantitySpecCase(line,
                root.TryGetProperty("seed", out var seed) ? seed.GetString() : null,
                root.TryGetProperty("note", out var note) ? note.GetString() : null,
                root.GetProperty("text").GetString()!,
                mentions));
        }
        return result;
    }
}
