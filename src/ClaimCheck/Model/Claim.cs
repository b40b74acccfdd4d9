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
