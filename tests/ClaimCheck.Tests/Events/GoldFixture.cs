using System.Globalization;
using System.Text.Json;

namespace ClaimCheck.Tests.Events;

/// <summary>Specs/gold-claims-annotated.json: the gold claims of the seeds, with places, actors and dates, plus distractors.</summary>
public sealed class GoldFixture
{
    public required IReadOnlyList<ReportInfo> Reports { get; init; }
    public required IReadOnlyList<ReportResult> Results { get; init; }
    public required IReadOnlyDictionary<string, FixtureClaim> Claims { get; init; }
    public required IReadOnlyList<GoldContradiction> Contradictions { get; init; }
    public required IReadOnlyList<MustNot> MustNots { get; init; }

    public sealed record FixtureClaim(Claim Claim, bool Gold, string? GoldEvent, string Quote);

    /// <summary>A gold contradiction: kind, subject, and the claims of each gold camp.</summary>
    public sealed record GoldContradiction(string Id, ClaimKind Kind, string? Subject, IReadOnlyDictionary<string, string> CampOfClaim);

    public sealed record MustNot(string Id, string Kind, string First, string Second, string Note);

    public static GoldFixture Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "gold-claims-annotated.json")));
        var root = doc.RootElement;
        var reports = root.GetProperty("reports").EnumerateArray().Select(r => new ReportInfo(
            r.GetProperty("id").GetString()!,
            r.GetProperty("outlet").GetString(),
            ParseCamp(r.GetProperty("outletCamp").GetString()!),
            ParseDate(r.GetProperty("published")),
            "ar")).ToList();

        var claims = new Dictionary<string, FixtureClaim>(StringComparer.Ordinal);
        foreach (var c in root.GetProperty("claims").EnumerateArray())
        {
            var evidence = c.GetProperty("evidence");
            var quote = evidence.GetProperty("quote").GetString()!;
            var claim = new Claim
            {
                Id = c.GetProperty("id").GetString()!,
                ReportId = c.GetProperty("report").GetString()!,
                Kind = Enum.Parse<ClaimKind>(c.GetProperty("kind").GetString()!, ignoreCase: true),
                Polarity = c.TryGetProperty("polarity", out var p) ? Enum.Parse<Polarity>(p.GetString()!, ignoreCase: true) : null,
                Quantity = c.TryGetProperty("quantity", out var q) ? ParseQuantity(q) : null,
                QuantityText = c.TryGetProperty("quantity", out var qt) && qt.TryGetProperty("text", out var t) ? t.GetString() : null,
                Subject = c.TryGetProperty("subject", out var s) ? s.GetString() : null,
                Harm = c.TryGetProperty("harm", out var h) ? Enum.Parse<Harm>(h.GetString()!, ignoreCase: true) : null,
                Action = c.TryGetProperty("action", out var a) ? a.GetString() : null,
                Source = new SourceRef(c.GetProperty("source").GetString()!, ParseCamp(c.GetProperty("camp").GetString()!), [], null),
                Places = c.GetProperty("places").EnumerateArray().Select(x => x.GetString()!).ToArray(),
                Actors = c.GetProperty("actors").EnumerateArray().Select(x => x.GetString()!).ToArray(),
                Date = ParseDate(c.GetProperty("date")),
                Evidence = new Evidence(evidence.GetProperty("start").GetInt32(), evidence.GetProperty("end").GetInt32(), quote),
            };
            claims.Add(claim.Id, new FixtureClaim(claim, c.GetProperty("gold").GetBoolean(),
                c.TryGetProperty("event", out var e) ? e.GetString() : null, quote));
        }

        var results = reports.Select(r => new ReportResult(r,
            claims.Values.Select(x => x.Claim).Where(x => x.ReportId == r.Id).OrderBy(x => x.Evidence.Start).ToArray())).ToList();

        var contradictions = root.GetProperty("contradictions").EnumerateArray().Select(x =>
        {
            var camps = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var side in x.GetProperty("sides").EnumerateObject())
                foreach (var id in side.Value.EnumerateArray()) camps[id.GetString()!] = side.Name;
            return new GoldContradiction(x.GetProperty("id").GetString()!, Enum.Parse<ClaimKind>(x.GetProperty("kind").GetString()!, ignoreCase: true),
                x.TryGetProperty("subject", out var s) ? s.GetString() : null, camps);
        }).ToList();

        var mustNots = root.GetProperty("mustNot").EnumerateArray().Select(x =>
        {
            var ids = x.GetProperty("claims").EnumerateArray().Select(i => i.GetString()!).ToArray();
            return new MustNot(x.GetProperty("id").GetString()!, x.GetProperty("kind").GetString()!, ids[0], ids[1], x.GetProperty("note").GetString()!);
        }).ToList();

        return new GoldFixture { Reports = reports, Results = results, Claims = claims, Contradictions = contradictions, MustNots = mustNots };
    }

    public static Camp ParseCamp(string camp) => Enum.Parse<Camp>(camp, ignoreCase: true);

    private static DateOnly? ParseDate(JsonElement e) =>
        e.ValueKind == JsonValueKind.Null ? null : DateOnly.ParseExact(e.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Quantity ParseQuantity(JsonElement q)
    {
        long min = q.GetProperty("min").GetInt64();
        long? max = q.GetProperty("max").ValueKind == JsonValueKind.Null ? null : q.GetProperty("max").GetInt64();
        long best = q.TryGetProperty("best", out var b) && b.ValueKind != JsonValueKind.Null ? b.GetInt64() : min;
        var qualifier = Enum.Parse<QuantityQualifier>(q.GetProperty("qualifier").GetString()!, ignoreCase: true);
        return new Quantity(min, max, best, qualifier);
    }
}
