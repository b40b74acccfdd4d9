namespace ClaimCheck.Recognition;

/// <summary>
/// How a number, a vague word, a hedge and a range become a <see cref="Quantity"/>. The rules are documented on
/// <see cref="QuantityRecognizer"/> (and in the header of numbers.json); this is their one implementation.
/// </summary>
internal static class QuantityRules
{
    /// <summary>A stated number <paramref name="value"/> (non-negative, at most <see cref="long.MaxValue"/> unless <paramref name="overflow"/>) under an optional hedge.</summary>
    public static Quantity Number(decimal value, bool overflow, QuantityQualifier? hedge)
    {
        if (overflow) return new Quantity(long.MaxValue, null, long.MaxValue, hedge == QuantityQualifier.MoreThan ? QuantityQualifier.MoreThan : QuantityQualifier.AtLeast);
        long lo = (long)decimal.Floor(value), hi = (long)decimal.Ceiling(value);
        long best = (long)decimal.Round(value, MidpointRounding.AwayFromZero);
        switch (hedge)
        {
            case QuantityQualifier.About:
                return new Quantity(lo, hi, best, QuantityQualifier.About);
            case QuantityQualifier.MoreThan:
                long above = lo == long.MaxValue ? lo : lo + 1;
                return new Quantity(above, null, above, QuantityQualifier.MoreThan);
            case QuantityQualifier.AtLeast:
                return new Quantity(hi, null, hi, QuantityQualifier.AtLeast);
            case QuantityQualifier.LessThan:
                long below = Math.Max(0, hi - 1);
                return new Quantity(0, below, below, QuantityQualifier.LessThan);
            case QuantityQualifier.AtMost:
                return new Quantity(0, lo, lo, QuantityQualifier.AtMost);
            default:
                return lo == hi ? Quantity.Exactly(lo) : new Quantity(lo, hi, best, QuantityQualifier.Range);
        }
    }

    /// <summary>A vague amount [<paramref name="min"/>, <paramref name="max"/>] (best <paramref name="best"/>, unit <paramref name="unit"/>) under an optional hedge.</summary>
    public static Quantity Vague(long min, long max, long best, long? unit, QuantityQualifier? hedge) => hedge switch
    {
        // "قرابة آلاف": approaching the plural from below, so the floor drops to one unit; no ceiling.
        QuantityQualifier.About => new Quantity(unit ?? min, null, unit ?? min, QuantityQualifier.About),
        QuantityQualifier.MoreThan or QuantityQualifier.AtLeast => new Quantity(min, null, best, hedge.Value),
        QuantityQualifier.LessThan => new Quantity(0, Math.Max(0, min - 1), Math.Max(0, min - 1), QuantityQualifier.LessThan),
        QuantityQualifier.AtMost => new Quantity(0, max, best, QuantityQualifier.AtMost),
        _ => new Quantity(min, max, best, QuantityQualifier.Vague),
    };

    /// <summary>An explicit range from <paramref name="low"/> to <paramref name="high"/> (high &gt; low); best is the midpoint, rounded down.</summary>
    public static Quantity Range(decimal low, decimal high)
    {
        long lo = (long)decimal.Floor(low), hi = (long)decimal.Ceiling(high);
        return new Quantity(lo, hi, lo + (hi - lo) / 2, QuantityQualifier.Range);
    }

    /// <summary>Multiplies a vague interval by a unit word after it ("عشرات الآلاف" = [20000, 99999]); saturates instead of wrapping.</summary>
    public static (long Min, long Max, long Best, long? Unit) Scale(long min, long max, long best, long? unit, long factor) =>
        (Mul(min, factor), Sub1(Mul(Add1(max), factor)), Mul(best, factor), Mul(unit ?? 1, factor));

    private static long Mul(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;

    private static long Add1(long a) => a == long.MaxValue ? a : a + 1;

    private static long Sub1(long a) => a == long.MaxValue ? a : a - 1;
}
