namespace ClaimCheck;

/// <summary>Whether a polarity claim asserts, denies or doubts its proposition.</summary>
public enum Polarity
{
    /// <summary>The source says it happened.</summary>
    Affirmed,
    /// <summary>The source says it did not happen.</summary>
    Denied,
    /// <summary>The source reports conflicting or unconfirmed accounts.</summary>
    Uncertain,
}
