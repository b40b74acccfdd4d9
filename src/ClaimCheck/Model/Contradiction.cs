namespace ClaimCheck;

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
