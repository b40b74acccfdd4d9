namespace ClaimCheck;

/// <summary>One claim a source makes in a report, with the evidence and cues that justify it.</summary>
public sealed record Claim
{
    /// <summary>Stable id derived from report id, kind and evidence span ("c-" + hash).</summary>
    public required string Id { get; init; }

    /// <summary>The report the claim was read in.</summary>
    public required string ReportId { get; init; }

    /// <summary>What the claim is about.</summary>
    public required ClaimKind Kind { get; init; }

    /// <summary>Agreement and evacuation: affirmed, denied or uncertain; null for counts.</summary>
    public Polarity? Polarity { get; init; }

    /// <summary>Casualties, vehicles, evacuees: the count; null otherwise.</summary>
    public Quantity? Quantity { get; init; }

    /// <summary>The original words that gave <see cref="Quantity"/>.</summary>
    public string? QuantityText { get; init; }

    /// <summary>Who or what is counted: regime-forces, isis, civilians, fighters, buses, …</summary>
    public string? Subject { get; init; }

    /// <summary>Casualties: killed, wounded or both.</summary>
    public Harm? Harm { get; init; }

    /// <summary>Vehicles and evacuees: what they did (entered, departed, gathered, arrived, planned, …).</summary>
    public string? Action { get; init; }

    /// <summary>Who asserted the claim.</summary>
    public required SourceRef Source { get; init; }

    /// <summary>Canonical gazetteer names of the places the claim names or sits among.</summary>
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>Canonical actor ids the claim's sentence names (isis, jaysh-al-islam, regime-forces, …): the parties.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>When the claimed thing happened, if the text says.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The words of the original report.</summary>
    public required Evidence Evidence { get; init; }

    /// <summary>The cues that fired, e.g. "number-word:ست", "noun:حافلات", "verb:غادرت", "attribution:قال…إن".</summary>
    public IReadOnlyList<string> Cues { get; init; } = [];

    /// <summary>The event the claim was aligned to; null before alignment.</summary>
    public string? EventId { get; init; }

    /// <summary>
    /// How likely the claim is right (0–1, three decimals), from the confidence model (<see cref="Scoring.ConfidenceModel"/>);
    /// how well it matches how often claims are right is measured in the README's calibration table. Null when no model scored it.
    /// </summary>
    public double? Confidence { get; init; }
}

/// <summary>What ClaimCheck knows about a report as a whole.</summary>
/// <param name="Id">The report id.</param>
/// <param name="Outlet">The outlet, from the manifest, the input or the byline; may be null.</param>
/// <param name="OutletCamp">The outlet's camp, when the outlet is known.</param>
/// <param name="Published">Publication date, if known.</param>
/// <param name="Language">ISO 639-1 code of the text: "ar", "en", or another code for a language ClaimCheck does not read (no claims).</param>
public sealed record ReportInfo(string Id, string? Outlet, Camp? OutletCamp, DateOnly? Published, string Language);

/// <summary>The claims of one report: the output of per-report extraction (the map step).</summary>
/// <param name="Report">The report's metadata.</param>
/// <param name="Claims">Its claims, ordered by evidence offset.</param>
public sealed record ReportResult(ReportInfo Report, IReadOnlyList<Claim> Claims);

/// <summary>Claims from several reports grouped as one happening.</summary>
public sealed record Event
{
    /// <summary>Stable id ("e-" + hash of its claim ids).</summary>
    public required string Id { get; init; }

    /// <summary>A short human label.</summary>
    public required string Label { get; init; }

    /// <summary>Canonical place names.</summary>
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>Earliest date among its claims and reports.</summary>
    public DateOnly? FirstDate { get; init; }

    /// <summary>Latest date among its claims and reports.</summary>
    public DateOnly? LastDate { get; init; }

    /// <summary>Reports that contribute claims, ordered.</summary>
    public IReadOnlyList<string> ReportIds { get; init; } = [];

    /// <summary>Its claims, ordered.</summary>
    public IReadOnlyList<string> ClaimIds { get; init; } = [];

    /// <summary>Why its claims were grouped: the keys that matched (e.g. "place:Yarmouk camp", "actor:isis", "window:2018-05").</summary>
    public IReadOnlyList<string> GroupedBy { get; init; } = [];
}

/// <summary>How two camps' claims about one slot relate.</summary>
public enum Verdict
{
    /// <summary>The claims cannot both be true.</summary>
    Contradictory,
    /// <summary>The claims measure different things (buses that left against buses that entered; a batch against a total).</summary>
    DifferentScope,
    /// <summary>The claims lie far apart in time; the situation may have changed.</summary>
    ChangeOverTime,
    /// <summary>Two sources of the same camp disagree.</summary>
    WithinCamp,
}

/// <summary>One side of a contradiction: a camp and its claims.</summary>
/// <param name="Camp">The camp.</param>
/// <param name="ClaimIds">Its claims on this slot.</param>
/// <param name="Summary">What it says, short ("251", "denied", "more than 1000").</param>
public sealed record ContradictionSide(Camp Camp, IReadOnlyList<string> ClaimIds, string Summary);

/// <summary>A disagreement between camps about one slot of one event.</summary>
public sealed record Contradiction
{
    /// <summary>Stable id ("x-" + hash).</summary>
    public required string Id { get; init; }

    /// <summary>The event.</summary>
    public required string EventId { get; init; }

    /// <summary>The slot's kind.</summary>
    public required ClaimKind Kind { get; init; }

    /// <summary>The slot's subject, for counts.</summary>
    public string? Subject { get; init; }

    /// <summary>The slot's action, when all sides share one.</summary>
    public string? Action { get; init; }

    /// <summary>How the sides relate.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>0..1: how far apart and how direct.</summary>
    public required double Severity { get; init; }

    /// <summary>The sides, ordered by camp.</summary>
    public required IReadOnlyList<ContradictionSide> Sides { get; init; }

    /// <summary>One line a fact-checker can read.</summary>
    public required string Note { get; init; }
}

/// <summary>The immutable result of analysing a set of reports. In .NET notebooks it renders as HTML tables.</summary>
[ClaimCheck.Output.TypeFormatterSource(typeof(ClaimCheck.Output.AnalysisFormatterSource), PreferredMimeTypes = new[] { "text/html" })]
public sealed record Analysis
{
    /// <summary>Version of the output contract.</summary>
    public string SchemaVersion { get; init; } = "1";

    /// <summary>Reports, ordered by id.</summary>
    public IReadOnlyList<ReportInfo> Reports { get; init; } = [];

    /// <summary>Claims, ordered by report id, evidence offsets and id.</summary>
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    /// <summary>Events, ordered by id.</summary>
    public IReadOnlyList<Event> Events { get; init; } = [];

    /// <summary>Contradictions, ordered by event and id.</summary>
    public IReadOnlyList<Contradiction> Contradictions { get; init; } = [];
}
