namespace ClaimCheck;

/// <summary>The claims of one report: the output of per-report extraction (the map step).</summary>
/// <param name="Report">The report's metadata.</param>
/// <param name="Claims">Its claims, ordered by evidence offset.</param>
public sealed record ReportResult(ReportInfo Report, IReadOnlyList<Claim> Claims);
