namespace ClaimCheck;

/// <summary>
/// The facade: extract claims from reports, align them into events and flag contradictions.
/// <see cref="Extract"/> is pure and thread-safe; one instance can be shared by many threads.
/// </summary>
public sealed class ClaimChecker
{
    private ClaimChecker() { }

    /// <summary>A checker with the built-in lexicons, registry and gazetteer.</summary>
    public static ClaimChecker CreateDefault() => new();

    /// <summary>Extracts the claims of one report (the map step).</summary>
    public ReportResult Extract(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportResult(new ReportInfo(report.Id, report.Outlet, null, report.Published, "ar"), []);
    }

    /// <summary>Analyses reports: extraction per report, then alignment and comparison.</summary>
    public Analysis Analyze(IEnumerable<Report> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var results = reports.Select(Extract).OrderBy(r => r.Report.Id, StringComparer.Ordinal).ToArray();
        return new Analysis
        {
            Reports = results.Select(r => r.Report).ToArray(),
            Claims = results.SelectMany(r => r.Claims).ToArray(),
        };
    }
}
