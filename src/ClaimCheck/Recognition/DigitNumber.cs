namespace ClaimCheck.Recognition;

/// <summary>How the digits of a number token are laid out.</summary>
internal enum DigitsShape
{
    /// <summary>Digits only: 1500.</summary>
    Integer,
    /// <summary>Thousands separators: 1,500 · 1.500.000 · 1.500 (a dot before exactly three digits, no unit word after).</summary>
    Grouped,
    /// <summary>A decimal fraction: 2.5 · 1.5 (مليون) · 2,5.</summary>
    Decimal,
    /// <summary>A dotted date d.m.yyyy: 21.05.2018.</summary>
    DayMonthYear,
    /// <summary>Anything else (1.2.3, 12,34,5): no quantity.</summary>
    Invalid,
}

/// <summary>The value of one number token.</summary>
/// <param name="Shape">Layout of the digits.</param>
/// <param name="Value">The value (0 when <paramref name="Overflow"/> or invalid); for a date, the day.</param>
/// <param name="Overflow">True when the integer part does not fit a 64-bit signed integer.</param>
internal readonly record struct DigitNumber(DigitsShape Shape, decimal Value, bool Overflow)
{
    /// <summary>Most fraction digits kept; the rest are dropped.</summary>
    private const int MaxFractionDigits = 9;

    /// <summary>Reads a number token (ASCII digits with ',' or '.' between digits, as the tokenizer makes them).</summary>
    /// <param name="s">The token text.</param>
    /// <param name="unitFollows">Whether a unit word (ألف, مليون…) follows, which makes a dot a decimal point.</param>
    public static DigitNumber Parse(ReadOnlySpan<char> s, bool unitFollows)
    {
        int dots = 0, commas = 0;
        foreach (char c in s)
        {
            if (c == '.') dots++;
            else if (c == ',') commas++;
        }
        if (dots == 0 && commas == 0) return Integer(s, DigitsShape.Integer);
        if (commas == 0 && dots >= 2) return DottedDate(s) ?? (AllGroups(s, '.') ? Integer(s, DigitsShape.Grouped) : Invalid);
        if (dots == 0)
        {
            if (AllGroups(s, ',')) return Integer(s, DigitsShape.Grouped);
            return commas == 1 ? Fraction(s, s.IndexOf(',')) : Invalid;
        }
        if (commas == 0)
        {
            // One dot: 1.500 is a grouped thousand unless a unit follows (1.500 مليون) or it starts with 0 (0.500).
            int dot = s.IndexOf('.');
            bool threeAfter = s.Length - dot - 1 == 3;
            if (threeAfter && !unitFollows && s[0] != '0' && dot <= 3) return Integer(s, DigitsShape.Grouped);
            return Fraction(s, dot);
        }
        // Commas then one dot: 1,500.5.
        int lastDot = s.LastIndexOf('.');
        if (dots == 1 && s.LastIndexOf(',') < lastDot && AllGroups(s[..lastDot], ',')) return Fraction(s, lastDot);
        return Invalid;
    }

    private static DigitNumber Invalid => new(DigitsShape.Invalid, 0, false);

    /// <summary>Every separator-delimited group after the first has exactly three digits; the first has one to three.</summary>
    private static bool AllGroups(ReadOnlySpan<char> s, char separator)
    {
        int first = s.IndexOf(separator);
        if (first is < 1 or > 3) return false;
        int run = 0;
        for (int i = first + 1; i < s.Length; i++)
        {
            if (s[i] == separator)
            {
                if (run != 3) return false;
                run = 0;
            }
            else if (Text.Tokenizer.IsDigit(s[i])) run++;
            else return false;
        }
        return run == 3;
    }

    private static DigitNumber? DottedDate(ReadOnlySpan<char> s)
    {
        int a = s.IndexOf('.');
        int b = a + 1 + s[(a + 1)..].IndexOf('.');
        if (b <= a + 1 || s[(b + 1)..].IndexOf('.') >= 0) return null;
        int dayLen = a, monthLen = b - a - 1, yearLen = s.Length - b - 1;
        if (dayLen is < 1 or > 2 || monthLen is < 1 or > 2 || yearLen is not (2 or 4)) return null;
        int day = Small(s[..a]), month = Small(s[(a + 1)..b]);
        if (day is < 1 or > 31 || month is < 1 or > 12) return null;
        return new DigitNumber(DigitsShape.DayMonthYear, day, false);
    }

    private static int Small(ReadOnlySpan<char> digits)
    {
        int v = 0;
        foreach (char c in digits) v = v * 10 + (c - '0');
        return v;
    }

    /// <summary>The integer made of all digits of <paramref name="s"/> (separators skipped).</summary>
    private static DigitNumber Integer(ReadOnlySpan<char> s, DigitsShape shape)
    {
        var (value, overflow) = Digits(s);
        return new DigitNumber(shape, value, overflow);
    }

    private static DigitNumber Fraction(ReadOnlySpan<char> s, int point)
    {
        var (whole, overflow) = Digits(s[..point]);
        if (overflow) return new DigitNumber(DigitsShape.Decimal, 0, true);
        decimal fraction = 0, scale = 1;
        var tail = s[(point + 1)..];
        for (int i = 0; i < tail.Length && i < MaxFractionDigits; i++)
        {
            scale /= 10;
            fraction += (tail[i] - '0') * scale;
        }
        return new DigitNumber(DigitsShape.Decimal, whole + fraction, false);
    }

    /// <summary>The digits of <paramref name="s"/> as an integer, separators skipped; overflow when above <see cref="long.MaxValue"/>.</summary>
    private static (decimal Value, bool Overflow) Digits(ReadOnlySpan<char> s)
    {
        decimal v = 0;
        int significant = 0;
        foreach (char c in s)
        {
            if (!Text.Tokenizer.IsDigit(c)) continue;
            if (significant == 0 && c == '0') continue;
            if (++significant > 19) return (0, true);
            v = v * 10 + (c - '0');
        }
        return v > long.MaxValue ? (0, true) : (v, false);
    }
}
