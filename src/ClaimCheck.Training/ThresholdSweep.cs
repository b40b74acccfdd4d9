using ClaimCheck.Evaluation;

namespace ClaimCheck.Training;

/// <summary>Recall, precision and F1 (as <c>claimcheck evaluate</c> counts them) when claims below a confidence are dropped.</summary>
/// <param name="Threshold">The confidence a claim needs to be kept; 0 keeps every claim (the rules without the scorer).</param>
/// <param name="Found">Core gold claims found.</param>
/// <param name="Core">Core gold claims.</param>
/// <param name="Matched">Kept claims that match a gold claim.</param>
/// <param name="Emitted">Kept claims of the gold's reports.</param>
public sealed record SweepPoint(double Threshold, int Found, int Core, int Matched, int Emitted)
{
    /// <summary>Found / core.</summary>
    public double Recall => Found / (double)Math.Max(1, Core);

    /// <summary>Matched / emitted (1 when nothing is kept).</summary>
    public double Precision => Emitted == 0 ? 1 : Matched / (double)Emitted;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;
}

/// <summary>Scores scored claims against gold claims at every threshold 0.00, 0.01, …, 1.00, and chooses the default threshold.</summary>
public static class ThresholdSweep
{
    /// <summary>The precision the default threshold must reach (the rule: highest F1 with precision ≥ 0.95).</summary>
    public const double TargetPrecision = 0.95;

    /// <summary>The figures at each threshold, lowest first.</summary>
    /// <param name="claims">Scored claims (their <see cref="Claim.Confidence"/> set) of the annotated reports.</param>
    /// <param name="gold">The gold claims of those reports.</param>
    /// <param name="texts">Report id → text, for gold claims located by quote.</param>
    public static IReadOnlyList<SweepPoint> Run(IReadOnlyList<Claim> claims, GoldSet gold, IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(gold);
        var points = new List<SweepPoint>();
        for (int step = 0; step <= 100; step++)
        {
            double threshold = step / 100.0;
            var kept = claims.Where(c => (c.Confidence ?? 1) >= threshold).ToArray();
            var result = Evaluator.Evaluate(gold, new Analysis { Claims = kept }, texts);
            points.Add(new SweepPoint(threshold, result.Kinds.Sum(k => k.Found), result.Kinds.Sum(k => k.Core),
                result.Kinds.Sum(k => k.Matched), result.Kinds.Sum(k => k.Emitted)));
        }
        return points;
    }

    /// <summary>
    /// The point with the highest F1 among those with precision ≥ <see cref="TargetPrecision"/> (the lowest threshold on a
    /// tie), or null when no threshold that keeps a claim reaches it.
    /// </summary>
    public static SweepPoint? Choose(IReadOnlyList<SweepPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return points.Where(p => p.Emitted > 0 && p.Precision >= TargetPrecision)
            .OrderByDescending(p => p.F1).ThenBy(p => p.Threshold).FirstOrDefault();
    }

    /// <summary>The point with the highest F1 (the lowest threshold on a tie).</summary>
    public static SweepPoint BestF1(IReadOnlyList<SweepPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return points.OrderByDescending(p => p.F1).ThenBy(p => p.Threshold).First();
    }
}
