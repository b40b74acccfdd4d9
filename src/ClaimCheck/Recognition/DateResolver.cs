namespace ClaimCheck.Recognition;

/// <summary>
/// The resolver of <see cref="DateRecognizer"/>: the calendar days that the words its finder found name, resolved against
/// the publication date. Calendar arithmetic that never throws and never leaves <see cref="DateOnly"/>'s range.
/// </summary>
internal static class DateResolver
{
    /// <summary>The earliest year a numeric date or a year after a month may state.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest year a numeric date or a year after a month may state.</summary>
    public const int MaxYear = 2100;

    /// <summary>
    /// The date of a numeric date's three digit groups: year first (2018-05-21) or day first (21.05.2018, 21/5/2018), the day
    /// and month swapped only when the day-first reading is impossible and the month-first one is not (05/21/2018). Null when
    /// a group is not digits, the shape is neither, the year lies outside [<see cref="MinYear"/>, <see cref="MaxYear"/>] or the
    /// day does not exist.
    /// </summary>
    public static DateOnly? NumericDate(ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c)
    {
        if (!TryDigits(a, out int na) || !TryDigits(b, out int nb) || !TryDigits(c, out int nc)) return null;
        int year, month, dayOfMonth;
        if (a.Length == 4 && b.Length <= 2 && c.Length <= 2) (year, month, dayOfMonth) = (na, nb, nc);
        else if (c.Length == 4 && a.Length <= 2 && b.Length <= 2)
        {
            (year, month, dayOfMonth) = (nc, nb, na);
            if (!IsValid(year, month, dayOfMonth) && IsValid(year, dayOfMonth, month)) (month, dayOfMonth) = (dayOfMonth, month);
        }
        else return null;
        if (year is < MinYear or > MaxYear || !IsValid(year, month, dayOfMonth)) return null;
        return new DateOnly(year, month, dayOfMonth);
    }

    /// <summary>
    /// The day <paramref name="dayOfMonth"/> (to <paramref name="lastDay"/> for a range) of <paramref name="month"/>: in the
    /// year stated, or else the most recent such day by <paramref name="published"/> (<see cref="InferYear"/>). A range whose
    /// last day does not exist in that month gives no date at all.
    /// </summary>
    public static (DateOnly? Date, DateOnly? EndDate) DayInMonth(int dayOfMonth, int? lastDay, MonthRef month, DateOnly? published)
    {
        DateOnly? date = null, endDate = null;
        if (month.Unresolved || (month.YearFound && month.Year is null)) return (null, null);
        if (month.YearFound)
        {
            int y = month.Year!.Value;
            if (IsValid(y, month.Month, dayOfMonth)) date = new DateOnly(y, month.Month, dayOfMonth);
            if (lastDay is { } l && date is not null && IsValid(y, month.Month, l)) endDate = new DateOnly(y, month.Month, l);
        }
        else if (published is { } pub)
        {
            // Infer the year from the first day; a range keeps the same year.
            date = InferYear(month.Month, dayOfMonth, pub, month.Direction);
            if (lastDay is { } l && date is { } d && IsValid(d.Year, month.Month, l)) endDate = new DateOnly(d.Year, month.Month, l);
        }
        if (lastDay is not null && endDate is null) date = null;
        return (date, endDate);
    }

    /// <summary>The first and last days of <paramref name="month"/>: in the year stated when <paramref name="yearFound"/>, else the year inferred from <paramref name="published"/> (<see cref="InferMonthYear"/>).</summary>
    public static (DateOnly? First, DateOnly? Last) WholeMonth(int month, bool yearFound, int? year, DateDirection? direction, DateOnly? published)
    {
        int? y = yearFound ? year : published is { } pub ? InferMonthYear(month, pub, direction) : null;
        return y is { } yy ? MonthRange(yy, month) : (null, null);
    }

    /// <summary>The month <paramref name="offset"/> months from publication ("الشهر الماضي" −1), first and last day.</summary>
    public static (DateOnly? First, DateOnly? Last) RelativeMonth(int offset, DateOnly? published) =>
        published is { } p && AddMonths(p.Year, p.Month, offset) is { } ym ? MonthRange(ym.Year, ym.Month) : (null, null);

    /// <summary>The year <paramref name="offset"/> years from publication ("العام الماضي" −1); null without one or out of range.</summary>
    public static int? RelativeYear(DateOnly? published, int offset) =>
        published is { } p && p.Year + offset is >= 1 and <= 9999 ? p.Year + offset : null;

    /// <summary>
    /// The day a weekday names: the most recent one on or before publication, strictly before for "الماضي", the first after
    /// for "المقبل"; with <paramref name="twoDays"/> (a night spanning two days) also the day after.
    /// </summary>
    public static (DateOnly? Date, DateOnly? EndDate) WeekdayDays(DayOfWeek day, DateDirection? direction, bool twoDays, DateOnly? published)
    {
        DateOnly? date = null, endDate = null;
        if (published is { } p)
        {
            date = direction switch
            {
                DateDirection.Past => Previous(p, day, strict: true),
                DateDirection.Next => Following(p, day),
                _ => Previous(p, day, strict: false),
            };
            if (twoDays && date is { } d) endDate = AddDays(d, 1);
        }
        return (date, endDate);
    }

    // ---- calendar arithmetic (never throws) ----

    public static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.Length is 0 or > 9) return false;
        foreach (char c in s)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    public static DateOnly? AddDays(DateOnly date, int days)
    {
        long n = (long)date.DayNumber + days;
        return n < DateOnly.MinValue.DayNumber || n > DateOnly.MaxValue.DayNumber ? null : DateOnly.FromDayNumber((int)n);
    }

    public static (int Year, int Month)? AddMonths(int year, int month, int offset)
    {
        int index = year * 12 + (month - 1) + offset;
        int y = index / 12, m = index % 12 + 1;
        return y is >= 1 and <= 9999 ? (y, m) : null;
    }

    public static (DateOnly?, DateOnly?) MonthRange(int year, int month) =>
        IsValid(year, month, 1) ? (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month))) : (null, null);

    /// <summary>The most recent <paramref name="day"/> on (or, when strict, before) <paramref name="reference"/>.</summary>
    public static DateOnly? Previous(DateOnly reference, DayOfWeek day, bool strict)
    {
        int back = ((int)reference.DayOfWeek - (int)day + 7) % 7;
        if (strict && back == 0) back = 7;
        return AddDays(reference, -back);
    }

    /// <summary>The first <paramref name="day"/> strictly after <paramref name="reference"/>.</summary>
    public static DateOnly? Following(DateOnly reference, DayOfWeek day)
    {
        int ahead = ((int)day - (int)reference.DayOfWeek + 7) % 7;
        return AddDays(reference, ahead == 0 ? 7 : ahead);
    }

    /// <summary>The <paramref name="day"/> nearest to <paramref name="reference"/> (within three days either way).</summary>
    public static DateOnly? Nearest(DateOnly reference, DayOfWeek day)
    {
        int shift = ((int)day - (int)reference.DayOfWeek + 7) % 7;
        if (shift > 3) shift -= 7;
        return AddDays(reference, shift);
    }

    /// <summary>
    /// The year of a day and month given without one: the most recent such date on or before publication (strictly before
    /// for "الماضي", strictly after for "المقبل"); null when no year within eight of publication has that day (31 شباط).
    /// </summary>
    public static DateOnly? InferYear(int month, int day, DateOnly published, DateDirection? direction)
    {
        if (direction == DateDirection.Next)
        {
            for (int y = published.Year; y <= published.Year + 8 && y <= 9999; y++)
                if (IsValid(y, month, day) && new DateOnly(y, month, day) > published) return new DateOnly(y, month, day);
            return null;
        }
        for (int y = published.Year; y >= published.Year - 8 && y >= 1; y--)
        {
            if (!IsValid(y, month, day)) continue;
            var d = new DateOnly(y, month, day);
            if (direction == DateDirection.Past ? d < published : d <= published) return d;
        }
        return null;
    }

    /// <summary>The year of a month given without one: the most recent such month that has begun by publication
    /// (for "الماضي" one that has ended before the publication month; for "المقبل" the first one after it).</summary>
    public static int? InferMonthYear(int month, DateOnly published, DateDirection? direction)
    {
        int y = direction switch
        {
            DateDirection.Past => month < published.Month ? published.Year : published.Year - 1,
            DateDirection.Next => month > published.Month ? published.Year : published.Year + 1,
            _ => month <= published.Month ? published.Year : published.Year - 1,
        };
        return y is >= 1 and <= 9999 ? y : null;
    }
}

/// <summary>A month after a day: its number, whether a year was stated (or given relatively), the year (null when unresolvable), a modifier.</summary>
internal readonly record struct MonthRef(int Month, bool YearFound, int? Year, DateDirection? Direction, bool Relative, bool Unresolved);
