namespace ClaimCheck.Comparison;

/// <summary>
/// How two counts of the same slot relate. Each count is compared through <see cref="Quantity.ComparisonInterval"/>: its interval,
/// widened by <see cref="Quantity.AboutTolerance"/> (±15%) when hedged ("about") or round (multiples of 100). Two counts agree
/// when those intervals overlap: "about 20" (17–23) agrees with "more than 20" (21 or more), 6 does not agree with "about 20".
/// </summary>
public static class QuantityComparison
{
    /// <summary>True when the comparison intervals of <paramref name="a"/> and <paramref name="b"/> overlap.</summary>
    public static bool Agree(Quantity a, Quantity b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (aMin, aMax) = a.ComparisonInterval();
        var (bMin, bMax) = b.ComparisonInterval();
        return aMin <= bMax && bMin <= aMax;
    }

    /// <summary>
    /// How far apart the best values are, from 0 (equal) to 1: 1 − smaller/larger, which is 1 − e^(−|ln(larger/smaller)|), the
    /// log-ratio squashed into 0..1. 251 against 1000 gives 0.75; 6 against 7 gives 0.14. Negative values count as 0.
    /// </summary>
    public static double Distance(Quantity a, Quantity b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Distance(a.Best, b.Best);
    }

    /// <summary>The distance of two best values (see <see cref="Distance(Quantity, Quantity)"/>).</summary>
    public static double Distance(double a, double b)
    {
        double x = Math.Max(0, a), y = Math.Max(0, b);
        double hi = Math.Max(x, y), lo = Math.Min(x, y);
        return hi == 0 || double.IsNaN(hi) ? 0 : 1 - lo / hi;
    }
}
