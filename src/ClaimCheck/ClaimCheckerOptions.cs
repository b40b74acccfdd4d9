namespace ClaimCheck;

/// <summary>How a <see cref="ClaimChecker"/> scores its claims: the confidence model, and the confidence below which claims are dropped.</summary>
public sealed record ClaimCheckerOptions
{
    /// <summary>The built-in model and its default threshold.</summary>
    public static ClaimCheckerOptions Default { get; } = new();

    /// <summary>The model that gives each claim its <see cref="Claim.Confidence"/>; null leaves claims unscored (confidence null).</summary>
    public Scoring.ConfidenceModel? ConfidenceModel { get; init; } = Scoring.ConfidenceModel.Default;

    /// <summary>
    /// Claims scored below this (0–1) are left out of extraction and alignment, so events and contradictions use only the
    /// claims at or above it. Default <see cref="DefaultMinConfidence"/>; unscored claims are always kept.
    /// </summary>
    public double MinConfidence { get; init; } = DefaultMinConfidence;

    /// <summary>The default threshold (see the README for how it was chosen on the development set's tuning half).</summary>
    public const double DefaultMinConfidence = 0.57;
}
