namespace ClaimCheck.Recognition;

/// <summary>
/// The resolver of <see cref="QuantityRecognizer"/>: what the words <see cref="QuantityFinder"/> found are worth. The value of
/// a number word and of a compound built from them, and how a number, a vague word, a hedge and a range become a
/// <see cref="Quantity"/> (interval, best value, qualifier); a clock reading. The rules are documented on
/// <see cref="QuantityRecognizer"/> (and in the header of numbers.json); this is their one implementation. It reads no text.
/// </summary>
internal static class QuantityResolver
{
    private static readonly long[] Scales = [1_000, 1_000_000, 1_000_000_000, 1_000_000_000_000, 1_000_000_000_000_000, 1_000_000_000_000_000_000];

    /// <summary>Units 1–9, ten, tens, hundreds, scales (powers of 1000) and their duals; anything else stands alone.</summary>
    public static NumberPart Classify(long v, out long scale)
    {
        scale = v;
        if (v is >= 1 and <= 9) return NumberPart.Unit;
        if (v == 10) return NumberPart.Ten;
        if (v is >= 20 and <= 90 && v % 10 == 0) return NumberPart.Tens;
        if (v == 100) return NumberPart.Hundred;
        if (v is >= 200 and <= 900 && v % 100 == 0) return NumberPart.Hundreds;
        foreach (long s in Scales)
        {
            if (v == s) return NumberPart.Scale;
            if (v == 2 * s) { scale = s; return NumberPart.DualScale; }
        }
        return NumberPart.Other;
    }

    /// <summary>
    /// Adds element <paramref name="e"/>, read after an element of part <paramref name="last"/>, to the running value of a
    /// compound number; returns the part <paramref name="e"/> plays in it (a ten after a unit makes a teen, a hundred after
    /// a unit makes hundreds). The finder has checked that the element may follow.
    /// </summary>
    public static NumberPart Add(ref CompoundValue v, in NumberElement e, NumberPart last)
    {
        var part = e.Part;
        switch (e.Part)
        {
            case NumberPart.Digits:
                // Alone, after a scale (group 0) or after hundreds and و: مئتين و50 = 250.
                v.Overflow |= e.Overflow;
                v.Group += e.Value;
                break;
            case NumberPart.Ten when last is NumberPart.Unit or NumberPart.BoundUnit:
                v.Group += 10;
                part = NumberPart.Teen;
                break;
            case NumberPart.Hundred when last is NumberPart.Unit or NumberPart.Digits && v.Group < 10:
                v.Group *= 100;
                part = NumberPart.Hundreds;
                break;
            case NumberPart.Scale or NumberPart.PluralScale:
                {
                    decimal multiplier = v.Group == 0 ? 1 : v.Group;
                    if (multiplier > long.MaxValue / e.Value) v.Overflow = true;
                    else v.Total += multiplier * e.Value;
                    v.Group = 0;
                    v.LastScale = e.Value;
                    break;
                }
            case NumberPart.DualScale:
                v.Total += 2 * e.Value;
                v.Group = 0;
                v.LastScale = e.Value;
                break;
            case NumberPart.Fraction:
                v.Total += (decimal)e.FractionEntry!.Numerator / e.FractionEntry.Denominator * v.LastScale;
                break;
            default:
                v.Group += e.Value;
                break;
        }
        if (v.Total + v.Group > long.MaxValue) v.Overflow = true;
        return part;
    }

    /// <summary>"أربعة إلى خمسة آلاف", "بين 3 و4 ملايين": the scale that ends Y applies to a smaller X without one.</summary>
    public static decimal LowEnd(QuantityCore x, QuantityCore y) =>
        !x.HasScale && y.TrailingScale > 0 && x.Value < y.Value / y.TrailingScale ? x.Value * y.TrailingScale : x.Value;

    /// <summary>The range from <paramref name="x"/> to <paramref name="y"/> (Y &gt; X), a scale ending Y applied to X (<see cref="LowEnd"/>).</summary>
    public static Quantity Range(QuantityCore x, QuantityCore y) => Range(LowEnd(x, y), y.Value);

    /// <summary>The amount of a number or vague word (<paramref name="core"/>) under an optional <paramref name="hedge"/>.</summary>
    public static Quantity Amount(QuantityCore core, QuantityQualifier? hedge) => core.Type switch
    {
        QuantityCoreType.Vague => Vague(core.VMin, core.VMax, core.VBest, core.VUnit, hedge),
        _ => Number(core.Value, core.Overflow, hedge),
    };

    /// <summary>A clock reading as stated, hhmm: 12 → 1200, 11:05 → 1105 (no 24-hour conversion).</summary>
    public static Quantity Clock(long hours, int minutes) => Quantity.Exactly(hours * 100 + minutes);

    /// <summary>The value of ASCII digits (a day, minutes, a year: a short run, checked by the finder).</summary>
    public static int Digits(ReadOnlySpan<char> digits)
    {
        int n = 0;
        foreach (char c in digits) n = n * 10 + (c - '0');
        return n;
    }

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
