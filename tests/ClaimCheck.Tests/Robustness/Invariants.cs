using System.Text.Json;
using ClaimCheck.Output;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// What must hold for any input, however hostile: evidence spans in bounds and equal to the words they cut out of the
/// original, unique claim ids, claims in evidence order, fields present for their kind, and an analysis the JSON writer
/// turns into a well-formed document. Checks are plain loops (no per-claim scans of the text) so they stay cheap on 10 MB inputs.
/// </summary>
internal static class Invariants
{
    /// <summary>Checks one report's extraction result.</summary>
    public static void Check(Report report, ReportResult result)
    {
        Assert.Equal(report.Id, result.Report.Id);
        Assert.Equal(report.Published, result.Report.Published);
        var ids = new Dictionary<string, Claim>(StringComparer.Ordinal);
        Claim? previous = null;
        foreach (var claim in result.Claims)
        {
            CheckClaim(report, claim);
            CheckUnique(ids, claim);
            if (previous is not null)
                Assert.True(previous.Evidence.Start <= claim.Evidence.Start, $"claims of {report.Id} out of evidence order: {previous.Id} at {previous.Evidence.Start}, then {claim.Id} at {claim.Evidence.Start}");
            previous = claim;
        }
    }

    /// <summary>Checks an analysis of <paramref name="reports"/> (ids unique among them) and its JSON rendering.</summary>
    /// <returns>The JSON text, for callers that compare outputs.</returns>
    public static string Check(IReadOnlyCollection<Report> reports, Analysis analysis)
    {
        var byId = reports.ToDictionary(r => r.Id, StringComparer.Ordinal);
        Assert.Equal(byId.Count, analysis.Reports.Count);
        for (int i = 1; i < analysis.Reports.Count; i++)
            Assert.True(string.CompareOrdinal(analysis.Reports[i - 1].Id, analysis.Reports[i].Id) < 0, "reports are not ordered by id");
        var ids = new Dictionary<string, Claim>(StringComparer.Ordinal);
        Claim? previous = null;
        foreach (var claim in analysis.Claims)
        {
            Assert.True(byId.TryGetValue(claim.ReportId, out var report), $"claim {claim.Id} names unknown report {claim.ReportId}");
            CheckClaim(report!, claim);
            CheckUnique(ids, claim);
            if (previous is not null)
            {
                int order = string.CompareOrdinal(previous.ReportId, claim.ReportId);
                Assert.True(order < 0 || (order == 0 && previous.Evidence.Start <= claim.Evidence.Start), $"claims out of order at {claim.Id}");
            }
            previous = claim;
        }
        string json = AnalysisJson.Serialize(analysis);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(analysis.Claims.Count, document.RootElement.GetProperty("claims").GetArrayLength());
        Assert.Equal(analysis.Reports.Count, document.RootElement.GetProperty("reports").GetArrayLength());
        return json;
    }

    private static void CheckUnique(Dictionary<string, Claim> ids, Claim claim)
    {
        if (ids.TryAdd(claim.Id, claim)) return;
        var other = ids[claim.Id];
        Assert.Fail(
            $"duplicate claim id {claim.Id}: {other.ReportId} {other.Kind} [{other.Evidence.Start}, {other.Evidence.End}) and {claim.ReportId} {claim.Kind} [{claim.Evidence.Start}, {claim.Evidence.End})");
    }

    private static void CheckClaim(Report report, Claim claim)
    {
        string text = report.Text;
        var e = claim.Evidence;
        Assert.True(0 <= e.Start && e.Start <= e.End && e.End <= text.Length,
            $"claim {claim.Id} of {report.Id}: evidence [{e.Start}, {e.End}) outside the text (length {text.Length})");
        Assert.True(e.Text is not null && text.AsSpan(e.Start, e.End - e.Start).SequenceEqual(e.Text),
            $"claim {claim.Id} of {report.Id}: evidence text differs from text[{e.Start}..{e.End}]");
        Assert.Equal(report.Id, claim.ReportId);
        Assert.StartsWith("c-", claim.Id, StringComparison.Ordinal);
        Assert.NotNull(claim.Source);
        Assert.False(string.IsNullOrEmpty(claim.Source.Name), $"claim {claim.Id} has no source name");
        Assert.True(Enum.IsDefined(claim.Source.Camp), $"claim {claim.Id} has camp {claim.Source.Camp}");
        Assert.NotNull(claim.Source.Via);
        Assert.NotNull(claim.Cues);
        Assert.NotNull(claim.Places);
        Assert.NotNull(claim.Actors);
        bool polar = claim.Kind is ClaimKind.Agreement or ClaimKind.Evacuation;
        Assert.True(polar == claim.Polarity.HasValue, $"claim {claim.Id} ({claim.Kind}) has polarity {claim.Polarity}");
        Assert.True(polar == (claim.Quantity is null), $"claim {claim.Id} ({claim.Kind}) has quantity {claim.Quantity}");
        if (claim.Quantity is { } q)
        {
            Assert.True(q.Min >= 0 && (q.Max is null || q.Min <= q.Max), $"claim {claim.Id}: quantity interval [{q.Min}, {q.Max}] is empty or negative");
            Assert.NotNull(claim.QuantityText);
            Assert.True(claim.QuantityText!.Length <= text.Length, $"claim {claim.Id}: quantity text longer than the report");
        }
    }
}
