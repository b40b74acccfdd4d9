namespace ClaimCheck;

/// <summary>The harm a casualty claim counts.</summary>
public enum Harm
{
    /// <summary>Dead.</summary>
    Killed,
    /// <summary>Wounded.</summary>
    Wounded,
    /// <summary>Killed and wounded together ("قتلى وجرحى").</summary>
    KilledOrWounded,
}
