using System.Text.Json;

namespace ClaimCheck.Tests.Support;

/// <summary>A gold claim from seeds-gold.json.</summary>
public sealed record GoldClaim(string Id, string Report, ClaimKind Kind, string[] Camps, bool Core, Polarity? Polarity,
    long? Min, long? Max, string? Subject, string? Action, string? Harm, int Start, int End, string Quote);

/// <summary>Scores claims against seeds-gold.json exactly as output-contract.md describes.</summary>
public static class GoldScorer
{
    public static IReadOnlyList<GoldClaim> Claims(JsonDocument gold) => gold.RootElement.GetProperty("claims").EnumerateArray().Select(c =>
    {
        long? min = null, max = null;
        if (c.TryGetProperty("quantity", out var q))
        {
            min = q.GetProperty("min").GetInt64();
            max = q.GetProperty("max").ValueKind == JsonValueKind.Null ? null : q.GetProperty("max").GetInt64();
        }
        return new GoldClaim(
            c.GetProperty("id").GetString()!, c.GetProperty("report").GetString()!,
            Enum.Parse<ClaimKind>(c.GetProperty("kind").GetString()!, ignoreCase: true),
            c.GetProperty("camps").EnumerateArray().Select(x => x.GetString()!).ToArray(),
            c.GetProperty("core").GetBoolean(),
            c.TryGetProperty("polarity", out var p) ? Enum.Parse<Polarity>(p.GetString()!, ignoreCase: true) : null,
            min, max,
            c.TryGetProperty("subject", out var s) ? s.GetString() : null,
            c.TryGetProperty("action", out var a) ? a.GetString() : null,
            c.TryGetProperty("harm", out var h) ? h.GetString() : null,
            c.GetProperty("start").GetInt32(), c.GetProperty("end").GetInt32(), c.GetProperty("quote").GetString()!);
    }).ToArray();

    public static string CampName(Camp camp) => camp switch
    {
        Camp.State => "state",
        Camp.Sohr => "sohr",
        Camp.Opposition => "opposition",
        _ => "other",
    };

    /// <summary>Same report and kind, evidence overlapping the gold span, camp among the gold camps, polarity equal or interval overlapping, and subject/action/harm where the gold gives them (no harm = killed).</summary>
    public static bool Matches(GoldClaim g, Claim c)
    {
        if (c.ReportId != g.Report || c.Kind != g.Kind) return false;
        if (!(c.Evidence.Start < g.End && g.Start < c.Evidence.End)) return false;
        if (!g.Camps.Contains(CampName(c.Source.Camp))) return false;
        if (g.Polarity is not null)
        {
            if (c.Polarity != g.Polarity) return false;
        }
        else
        {
            if (c.Quantity is null) return false;
            long gMax = g.Max ?? long.MaxValue, cMax = c.Quantity.Max ?? long.MaxValue;
            if (!(c.Quantity.Min <= gMax && g.Min!.Value <= cMax)) return false;
        }
        if (g.Subject is not null && c.Subject != g.Subject) return false;
        if (g.Action is not null && c.Action != g.Action) return false;
        if (g.Kind == ClaimKind.Casualties)
        {
            var harm = g.Harm ?? "killed";
            if (!string.Equals(c.Harm?.ToString(), harm, StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }
}
