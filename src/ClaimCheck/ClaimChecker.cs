namespace ClaimCheck;

/// <summary>
/// The facade: extract claims from reports, align them into events and flag contradictions.
/// <see cref="Extract"/> is pure and thread-safe; one instance can be shared by many threads.
/// </summary>
public sealed class ClaimChecker
{
    private readonly Claims.ClaimExtractor _extractor;

    private ClaimChecker(Claims.ExtractionResources resources)
    {
        Resources = resources;
        _extractor = new Claims.ClaimExtractor(resources);
    }

    /// <summary>A checker with the built-in lexicons, registry and gazetteer.</summary>
    public static ClaimChecker CreateDefault() => new(Claims.ExtractionResources.Default);

    /// <summary>A checker over custom resources (for example the default registry with a user file added).</summary>
    public static ClaimChecker Create(Claims.ExtractionResources resources) => new(resources ?? throw new ArgumentNullException(nameof(resources)));

    /// <summary>The lexicons and recognisers in use.</summary>
    public Claims.ExtractionResources Resources { get; }

    /// <summary>Extracts the claims of one report (the map step). Pure and thread-safe.</summary>
    public ReportResult Extract(Report report) => _extractor.Extract(report);

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
