namespace ClaimCheck.Comparison;

/// <summary>Knobs of <see cref="ContradictionDetector"/>.</summary>
public sealed record ComparisonOptions
{
    /// <summary>The default options.</summary>
    public static ComparisonOptions Default { get; } = new();

    /// <summary>
    /// Claims of one event whose dates lie within this many days are compared as simultaneous (7). Claims further apart are never
    /// contradictory: when they disagree the verdict is <see cref="Verdict.ChangeOverTime"/>. A claim's date is
    /// <see cref="Claim.Date"/>, else its report's publication date; a claim without either is compared with every period.
    /// </summary>
    public int SameTimeWindowDays { get; init; } = 7;

    /// <summary>The phrases that mark a count as a batch (see <see cref="ScopeLexicon"/>).</summary>
    public ScopeLexicon Scopes { get; init; } = ScopeLexicon.Default;

    /// <summary>Directness of a same-time disagreement between camps; severity = distance × directness (1).</summary>
    public double ContradictoryDirectness { get; init; } = 1.0;

    /// <summary>Directness of a disagreement between sources of one camp (0.8).</summary>
    public double WithinCampDirectness { get; init; } = 0.8;

    /// <summary>Directness of counts that differ in action or scope: they may both be true (0.4).</summary>
    public double DifferentScopeDirectness { get; init; } = 0.4;

    /// <summary>Directness of claims far apart in time: the situation may have changed (0.3).</summary>
    public double ChangeOverTimeDirectness { get; init; } = 0.3;

    internal void Validate()
    {
        if (SameTimeWindowDays < 0) throw new ArgumentOutOfRangeException(nameof(SameTimeWindowDays), SameTimeWindowDays, "must be zero or more");
        ArgumentNullException.ThrowIfNull(Scopes, nameof(Scopes));
        foreach (var (name, value) in new[] { (nameof(ContradictoryDirectness), ContradictoryDirectness), (nameof(WithinCampDirectness), WithinCampDirectness),
            (nameof(DifferentScopeDirectness), DifferentScopeDirectness), (nameof(ChangeOverTimeDirectness), ChangeOverTimeDirectness) })
        {
            if (!(value >= 0 && value <= 1)) throw new ArgumentOutOfRangeException(name, value, "must lie in 0..1");
        }
    }
}
