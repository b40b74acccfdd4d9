namespace ClaimCheck;

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
