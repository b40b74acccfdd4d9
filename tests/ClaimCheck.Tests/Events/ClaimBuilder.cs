namespace ClaimCheck.Tests.Events;

/// <summary>Short-hand for building claims and reports in unit tests.</summary>
public static class ClaimBuilder
{
    public static Claim Polar(string id, string report, ClaimKind kind, Polarity polarity, Camp camp, string[]? places = null,
        string[]? actors = null, string? date = null, string? source = null, string? text = null, int start = 0) => new()
    {
        Id = id,
        ReportId = report,
        Kind = kind,
        Polarity = polarity,
        Source = new SourceRef(source ?? camp.ToString(), camp, [], null),
        Places = places ?? [],
        Actors = actors ?? [],
        Date = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        Evidence = new Evidence(start, start + (text ?? "نص").Length, text ?? "نص"),
    };

    public static Claim Count(string id, string report, ClaimKind kind, Quantity quantity, string subject, Camp camp, string? action = null,
        Harm? harm = null, string[]? places = null, string[]? actors = null, string? date = null, string? source = null, string? text = null,
        int start = 0, string[]? cues = null) => new()
    {
        Id = id,
        ReportId = report,
        Kind = kind,
        Quantity = quantity,
        Subject = subject,
        Action = action,
        Harm = harm,
        Source = new SourceRef(source ?? camp.ToString(), camp, [], null),
        Places = places ?? [],
        Actors = actors ?? [],
        Date = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        Evidence = new Evidence(start, start + (text ?? "نص").Length, text ?? "نص"),
        Cues = cues ?? [],
    };

    public static ReportInfo Report(string id, string? published, Camp? camp = Camp.Other) =>
        new(id, id, camp, published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), "ar");

    /// <summary>Report results for the claims, one per distinct report id, with the given publication dates (default none).</summary>
    public static List<ReportResult> Results(IEnumerable<Claim> claims, IReadOnlyDictionary<string, string?>? published = null) =>
        claims.GroupBy(c => c.ReportId).Select(g => new ReportResult(
            Report(g.Key, published is not null && published.TryGetValue(g.Key, out var p) ? p : null), g.ToArray())).ToList();
}
