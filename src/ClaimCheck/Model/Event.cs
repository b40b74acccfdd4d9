namespace ClaimCheck;

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
