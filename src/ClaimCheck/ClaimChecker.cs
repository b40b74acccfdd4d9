namespace ClaimCheck;

/// <summary>
/// The facade: extract claims from reports, align them into events and flag contradictions.
/// <see cref="Extract"/> is pure and thread-safe; one instance can be shared by many threads.
/// </summary>
public sealed class ClaimChecker
{
    private readonly Claims.ClaimExtractor _extractor;

    private ClaimChecker(Claims.ExtractionResources resources, ClaimCheckerOptions options, bool? broad = null)
    {
        Resources = resources;
        Options = options;
        // Broad readings are proposals for a model to decide on: without one, only the strict rules speak. At or above the
        // model's recommended threshold they are not proposed either: it is chosen on reports where no broad reading reached it
        // (README), and proposing them costs extraction a quarter of its speed for claims the threshold would drop.
        _extractor = new Claims.ClaimExtractor(resources, broad ?? (options.ConfidenceModel is { } model && options.MinConfidence < model.RecommendedThreshold));
    }

    /// <summary>
    /// Every candidate a model could score, unscored and unfiltered: the strict rules' claims and the broad readings
    /// (<c>broad:…</c> cues). What <c>claimcheck train</c> learns from.
    /// </summary>
    internal static ClaimChecker CreateCandidates() =>
        new(Claims.ExtractionResources.Default, new ClaimCheckerOptions { ConfidenceModel = null, MinConfidence = 0 }, broad: true);

    /// <summary>A checker with the built-in lexicons, registry, gazetteer and confidence model.</summary>
    public static ClaimChecker CreateDefault() => new(Claims.ExtractionResources.Default, ClaimCheckerOptions.Default);

    /// <summary>A checker with the built-in lexicons, registry and gazetteer, and the given confidence settings.</summary>
    public static ClaimChecker CreateDefault(ClaimCheckerOptions options) =>
        new(Claims.ExtractionResources.Default, Checked(options));

    /// <summary>
    /// The built-in lexicons, registry and gazetteer; start from them to add your own:
    /// <c>ClaimChecker.Create(ClaimChecker.DefaultResources with { Sources = SourceRegistry.Default.WithFile("my-sources.json") })</c>.
    /// </summary>
    public static Claims.ExtractionResources DefaultResources => Claims.ExtractionResources.Default;

    /// <summary>A checker over custom resources (for example the default registry with a user file added).</summary>
    public static ClaimChecker Create(Claims.ExtractionResources resources) => Create(resources, ClaimCheckerOptions.Default);

    /// <summary>A checker over custom resources with the given confidence settings.</summary>
    public static ClaimChecker Create(Claims.ExtractionResources resources, ClaimCheckerOptions options) =>
        new(resources ?? throw new ArgumentNullException(nameof(resources)), Checked(options));

    private static ClaimCheckerOptions Checked(ClaimCheckerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!(options.MinConfidence >= 0 && options.MinConfidence <= 1))
            throw new ArgumentOutOfRangeException(nameof(options), options.MinConfidence, "MinConfidence must lie between 0 and 1.");
        return options;
    }

    /// <summary>
    /// Alignment settings for the built-in gazetteer: it roots every place at the country, so governorates sit at depth 1 and
    /// the areas that tell events apart (Southern Damascus, Eastern Ghouta, Qalamoun, Aleppo countryside) at depth 2, and the
    /// country itself places nothing.
    /// The government side (its forces, Russia, Iran, Hezbollah and allied militias) takes part in nearly every event, and the bodies that rescue,
    /// escort or count in every battle (the UN, Civil Defence, the Red Crescent, the Red Cross) are nobody's faction: none of them
    /// tells events apart. Deals move the factions that leave (ISIS, HTS, Jaysh al-Islam, opposition fighters): who moves tells two
    /// deals apart, not who they were made with (the SDF, the coalition).
    /// </summary>
    public static Events.AlignmentOptions AlignmentOptions { get; } = Events.AlignmentOptions.Default with
    {
        MinimumSharedPlaceDepth = 2,
        RootPlacesNothing = true,
        CommonActors = ["regime-forces", "russia", "pro-regime-militias", "iran-backed-militias", "iran", "hezbollah", "un", "civil-defence", "sarc", "icrc"],
        MovingParties = ["isis", "hts", "jaysh-al-islam", "opposition-fighters"],
    };

    /// <summary>The lexicons and recognisers in use.</summary>
    public Claims.ExtractionResources Resources { get; }

    /// <summary>The confidence model and threshold in use.</summary>
    public ClaimCheckerOptions Options { get; }

    /// <summary>
    /// Extracts the claims of one report (the map step): each claim gets its <see cref="Claim.Confidence"/> from the
    /// options' model, and claims below <see cref="ClaimCheckerOptions.MinConfidence"/> are left out. Pure and thread-safe.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The report's id is null.</exception>
    public ReportResult Extract(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Id is null) throw new ArgumentException("The report's id is null; every report needs an id.", nameof(report));
        var result = WithAffiliations(_extractor.Extract(report));
        if (Options.ConfidenceModel is not { } model || result.Claims.Count == 0) return result;
        var scores = model.Score(result.Claims, report.Text);
        var claims = new List<Claim>(result.Claims.Count);
        for (int i = 0; i < scores.Length; i++)
            if (scores[i] >= Options.MinConfidence) claims.Add(result.Claims[i] with { Confidence = scores[i] });
        return result with { Claims = claims };
    }

    /// <summary>
    /// The result with each claim's <see cref="SourceRef.Affiliation"/> filled from the source registry where it knows one and
    /// the claim has none yet (a claim read back from JSON keeps the affiliation it was written with).
    /// </summary>
    private ReportResult WithAffiliations(ReportResult result)
    {
        if (result?.Claims is null) return result!;
        Claim[]? claims = null;
        for (int i = 0; i < result.Claims.Count; i++)
        {
            var claim = result.Claims[i];
            if (claim?.Source is not { Affiliation: null } source || Resources.Sources.AffiliationOf(source.Name) is not { } affiliation) continue;
            claims ??= [.. result.Claims];
            claims[i] = claim with { Source = source with { Affiliation = affiliation } };
        }
        return claims is null ? result : result with { Claims = claims };
    }

    /// <summary>
    /// Analyses reports: extraction per report (in parallel on every core), then alignment into events and contradiction
    /// detection. The result does not depend on the order of <paramref name="reports"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A report is null, has a null id, or two reports share an id.</exception>
    public Analysis Analyze(IEnumerable<Report> reports) => Analyze(reports, CancellationToken.None);

    /// <summary>As <see cref="Analyze(IEnumerable{Report})"/>, stopping between reports when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <exception cref="ArgumentException">A report is null, has a null id, or two reports share an id.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public Analysis Analyze(IEnumerable<Report> reports, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var list = reports as IReadOnlyList<Report> ?? reports.ToArray();
        RequireUniqueIds(list.Select(r => r?.Id), nameof(reports));
        var results = list.Count < 2
            ? list.Select(r =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return Extract(r);
            }).ToArray()
            : list.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(Extract).ToArray();
        cancellationToken.ThrowIfCancellationRequested();
        return Align(results);
    }

    /// <summary>
    /// Aligns already extracted reports into events and detects contradictions (the reduce step: it needs claims only, so
    /// extraction can run elsewhere and its JSONL be read back). Claims scored below <see cref="ClaimCheckerOptions.MinConfidence"/>
    /// are left out first (unscored claims are kept), so events and contradictions use only claims at or above it. The
    /// result does not depend on the order of <paramref name="results"/>.
    /// A claim without a source affiliation gets the one the registry knows.
    /// </summary>
    /// <exception cref="ArgumentException">A result is null, has a null report or id, or two results share a report id.</exception>
    public Analysis Align(IEnumerable<ReportResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results.ToArray();
        RequireUniqueIds(list.Select(r => r?.Report?.Id), nameof(results));
        list = list.Select(WithAffiliations).ToArray();
        var ordered = list.OrderBy(r => r.Report.Id, StringComparer.Ordinal).Select(AtThreshold).ToArray();
        var alignment = new Events.EventAligner(Resources.Places, options: AlignmentOptions with { PartyGroups = Resources.Actors.Groups }).Align(ordered);
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

    /// <summary>The result without its claims scored below the threshold.</summary>
    private ReportResult AtThreshold(ReportResult result)
    {
        double min = Options.MinConfidence;
        if (min <= 0 || result.Claims.All(c => c.Confidence is not { } v || v >= min)) return result;
        return result with { Claims = result.Claims.Where(c => c.Confidence is not { } v || v >= min).ToArray() };
    }

    /// <summary>
    /// Refuses a null or repeated report id: two reports with one id would have their claims filed together, and which
    /// outlet and date they got would depend on the input order.
    /// </summary>
    private static void RequireUniqueIds(IEnumerable<string?> ids, string parameter)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (id is null) throw new ArgumentException("A report, or its id, is null; every report needs an id.", parameter);
            if (!seen.Add(id)) throw new ArgumentException($"Two reports share the id \"{Output.DisplayText.Show(id)}\"; report ids must be unique.", parameter);
        }
    }
}
