namespace ClaimCheck;

/// <summary>Who asserted a claim.</summary>
/// <param name="Name">Canonical name from the source registry.</param>
/// <param name="Camp">The source's camp.</param>
/// <param name="Via">The chain it was reported through, innermost first, outermost last.</param>
/// <param name="Mention">The words that named the source; null for the outlet's own narration.</param>
public sealed record SourceRef(string Name, Camp Camp, IReadOnlyList<string> Via, string? Mention)
{
    /// <summary>
    /// Who owns, runs or funds the source ("Islamic State agency", "Russian state media") as the source registry knows it
    /// (<see cref="SourceRegistry.AffiliationOf"/>); null when it knows none. <see cref="ClaimChecker"/> fills it in.
    /// </summary>
    public string? Affiliation { get; init; }
}
