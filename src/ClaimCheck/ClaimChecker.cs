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

    /// <summary>
    /// The built-in lexicons, registry and gazetteer; start from them to add your own:
    /// <c>ClaimChecker.Create(ClaimChecker.DefaultResources with { Sources = SourceRegistry.Default.WithFile("my-sources.json") })</c>.
    /// </summary>
    public static Claims.ExtractionResources DefaultResources => Claims.ExtractionResources.Default;

    /// <summary>A checker over custom resources (for example the default registry with a user file added).</summary>
    public static ClaimChecker Create(Claims.ExtractionResources resources) => new(resources ?? throw new ArgumentNullException(nameof(resources)));

    /// <summary>
    /// Alignment settings for the built-in gazetteer: it roots every place at the country, so governorates sit at depth 1 and
    /// the areas that tell events apart (Southern Damascus, Eastern Ghouta, Qalamoun, Aleppo countryside) at depth 2.
    /// The government side (its forces, Russia, allied militias) and the UN take part in nearly every event, so they do not tell
    /// events apart.
    /// </summary>
    public static Events.AlignmentOptions AlignmentOptions { get; } = Events.AlignmentOptions.Default with
    {
        MinimumSharedPlaceDepth = 2,
        CommonActors = ["regime-forces", "russia", "pro-regime-militias", "iran-backed-militias", "un"],
    };

    /// <summary>The lexicons and recognisers in use.</summary>
    public Claims.ExtractionResources Resources { get; }

    /// <summary>Extracts the claims of one report (the map step). Pure and thread-safe.</summary>
    public ReportResult Extract(Report report) => _extractor.Extract(report);

    /// <summary>
    /// Analyses reports: extraction per report (in parallel on every core), then alignment into events and contradiction
    /// detection. The result does not depend on the order of <paramref name="reports"/>.
    /// </summary>
    public Analysis Analyze(IEnumerable<Report> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var list = reports as IReadOnlyList<Report> ?? reports.ToArray();
        var results = list.Count < 2
            ? list.Select(Extract).ToArray()
            : list.AsParallel().AsOrdered().Select(Extract).ToArray();
        return Align(results);
    }

    /// <summary>
    /// Aligns already extracted reports into events and detects contradictions (the reduce step: it needs claims only, so
    /// extraction can run elsewhere and its JSONL be read back). The result does not depend on the order of <paramref name="results"/>.
    /// </summary>
    public Analysis Align(IEnumerable<ReportResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var ordered = results.OrderBy(r => r.Report.Id, StringComparer.Ordinal).ToArray();
        var alignment = new Events.EventAligner(Resources.Places, options: AlignmentOptions).Align(ordered);
        var reports = ordered.Select(r => r.Report).ToArray();
        var contradictions = new Comparison.ContradictionDetector().Detect(alignment, reports);
        return new Analysis
        {
            Reports = reports,
            Claims = alignment.Claims,
            Events = alignment.Events,
            Contradictions = contradictions,
        };
    }
}
