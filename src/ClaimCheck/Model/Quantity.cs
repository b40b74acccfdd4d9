namespace ClaimCheck;

/// <summary>A quantity as an interval with a best guess.</summary>
/// <param name="Min">Lower bound, inclusive.</param>
/// <param name="Max">Upper bound, inclusive; null when unbounded.</param>
/// <param name="Best">The single best value (the stated number).</param>
/// <param name="Qualifier">How the words bound the value.</param>
public sealed record Quantity(long Min, long? Max, long Best, QuantityQualifier Qualifier)
{
    /// <summary>
    /// The one tolerance ClaimCheck applies to hedged ("about") and round values when comparing:
    /// ±15% of the stated value. Documented here and used by comparison only; the interval itself keeps the stated value.
    /// </summary>
    public const double AboutTolerance = 0.15;

    /// <summary>An exact value.</summary>
    public static Quantity Exactly(long value) => new(value, value, value, QuantityQualifier.Exact);

    /// <summary>The interval used when comparing: hedged and round values widened by <see cref="AboutTolerance"/>.</summary>
    public (double Min, double Max) ComparisonInterval()
    {
        double min = Min, max = Max ?? double.PositiveInfinity;
        bool widen = Qualifier == QuantityQualifier.About || (Qualifier == QuantityQualifier.Exact && IsRound(Best));
        if (widen)
        {
            min = Math.Floor(min * (1 - AboutTolerance));
            max = double.IsPositiveInfinity(max) ? max : Math.Ceiling(max * (1 + AboutTolerance));
        }
        return (min, max);
    }

    /// <summary>True for values a writer rounds (multiples of 100 from 100, of 1000 from 1000): 100, 500, 1500.</summary>
    public static bool IsRound(long value) => value >= 100 && value % 100 == 0;

    /// <summary>A short human rendering: "251", "about 20", "more than 1000", "20–99". Numbers are written with the invariant culture.</summary>
    public override string ToString() => Qualifier switch
    {
        QuantityQualifier.Exact => Number(Best),
        QuantityQualifier.About => "about " + Number(Best),
        QuantityQualifier.AtLeast => "at least " + Number(Min),
        QuantityQualifier.MoreThan => "more than " + Number(Min - 1),
        QuantityQualifier.AtMost => "at most " + Number(Max),
        QuantityQualifier.LessThan => "less than " + Number(Max + 1),
        QuantityQualifier.Range => Number(Min) + "–" + Number(Max),
        _ => Max is null ? Number(Min) + " or more (vague)" : Number(Min) + "–" + Number(Max) + " (vague)",
    };

    private static string Number(long? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
