using ClaimCheck.Text;

namespace ClaimCheck.Recognition;

// The finder, continued: what a number stands for (a count, a year, a time, a day of a date, a percentage), read from the
// words around it, which may lengthen the mention (%, a hedge after it, the other end of a range); then the mention is
// recorded with the value QuantityResolver gives.
internal sealed partial class QuantityFinder
{
    private static bool IsYearish(QuantityCore c) => c.Type == QuantityCoreType.Number && c.PlainDigits && c.DigitCount == 4 && c.Value is >= 1900 and <= 2100;

    private void AddYear(QuantityCore c, string cue)
    {
        var cues = new List<string>(c.Cues.Count + 1) { cue };
        cues.AddRange(c.Cues);
        result.Add(new QuantityMention(new TextSpan(c.SpanStart, c.SpanEnd), c.First, c.End, Quantity.Exactly((long)c.Value), NumberKind.Year, cues));
    }

    /// <summary>Decides what <paramref name="core"/> stands for, reads what follows it (%, a post-hedge, the other end of a range) and records the mention.</summary>
    private int Emit(QuantityCore core, LexHit? pre)
    {
        int firstToken = pre?.First ?? core.First;
        int spanStart = pre?.SpanStart ?? core.SpanStart;
        int end = core.End, spanEnd = core.SpanEnd;
        var cues = new List<string>(core.Cues.Count + 2);
        QuantityQualifier? hedge = null;
        if (pre is LexHit h)
        {
            hedge = h.Item.Hedge!.Qualifier;
            cues.Add("hedge:" + h.Item.Written);
        }
        cues.AddRange(core.Cues);

        if (core.Type == QuantityCoreType.DayMonthYear)
        {
            result.Add(new QuantityMention(new TextSpan(spanStart, spanEnd), firstToken, end, Quantity.Exactly((long)core.Value), NumberKind.Date, cues));
            return end;
        }

        var kind = NumberKind.Count;
        Quantity? quantity = null;
        if (core.Type == QuantityCoreType.Number && !core.Overflow)
        {
            decimal v = core.Value;
            bool whole = v == decimal.Floor(v);
            bool single = core.End == core.First + 1 && IsNumber(core.First);
            if (Lex(end, LexRole.Percent, out var percent))
            {
                kind = NumberKind.Percent;
                cues.Add("percent:" + percent.Item.Written);
                end = percent.End;
                spanEnd = _tokens[end - 1].End;
            }
            else if (pre is null && single && IsPunct(core.First - 1, '%') && Adjacent(core.First - 1, core.First)
                && !(IsNumber(core.First - 2) && Adjacent(core.First - 2, core.First - 1)) && (result.Count == 0 || result[^1].EndToken < core.First))
            {
                // %50: the sign typed first, as right-to-left writers often do.
                kind = NumberKind.Percent;
                cues.Add("percent:%");
                firstToken = core.First - 1;
                spanStart = _tokens[firstToken].Start;
            }
            else if (single && core.PlainDigits && core.DigitCount <= 2 && v <= 24 && IsPunct(end, ':') && Adjacent(end - 1, end)
                && IsNumber(end + 1) && Adjacent(end, end + 1) && doc.TokenSpan(end + 1) is { Length: 2 } mm && IsAllDigits(mm)
                && QuantityResolver.Digits(mm) <= 59)
            {
                // 11:05
                kind = NumberKind.Time;
                quantity = QuantityResolver.Clock((long)v, QuantityResolver.Digits(mm));
                cues.Add("time:h:mm");
                end += 2;
                spanEnd = _tokens[end - 1].End;
            }
            else if (single && core.PlainDigits && core.DigitCount <= 2 && v is >= 1 and <= 31 && IsPunct(end, '/') && Adjacent(end - 1, end)
                && IsNumber(end + 1) && Adjacent(end, end + 1) && IsPunct(end + 2, '/') && Adjacent(end + 1, end + 2)
                && IsNumber(end + 3) && Adjacent(end + 2, end + 3) && doc.TokenSpan(end + 1).Length <= 2 && doc.TokenSpan(end + 3).Length is 2 or 4)
            {
                // 21/5/2018
                kind = NumberKind.Date;
                cues.Add("date:d/m/y");
                end += 4;
                spanEnd = _tokens[end - 1].End;
            }
            else if (whole && v <= 24 && CueBefore(core.First, LexRole.ClockCue, out var clock))
            {
                kind = NumberKind.Time;
                quantity = QuantityResolver.Clock((long)v, 0);
                cues.Add("clock:" + clock.Item.Written);
            }
            else if (whole && v <= 24 && Lex(end, LexRole.DayPart, out var dayPart))
            {
                kind = NumberKind.Time;
                quantity = QuantityResolver.Clock((long)v, 0);
                cues.Add("day-part:" + dayPart.Item.Written);
            }
            else if (single && core.PlainDigits && Lex(end, LexRole.Month, out var month) && DayOf(core, ref spanStart, cues) is long day)
            {
                kind = NumberKind.Date;
                quantity = Quantity.Exactly(day);
                cues.Add("month:" + month.Item.Written);
            }
            else if (IsYearish(core) && YearReading(core, pre, out var yearCue))
            {
                kind = NumberKind.Year;
                cues.Add(yearCue);
            }
            else if (IsYearish(core) && pre is null && IsPunct(end, '-') && ParseCore(end + 1, numbersOnly: true) is { } y && IsYearish(y) && y.Value > v)
            {
                AddYear(core, "year-range");
                AddYear(y, "year-range");
                return y.End;
            }
            else if (pre is null && TryRangeAfter(core, cues, out int rangeEnd))
            {
                return rangeEnd;
            }
        }

        if (pre is not null && kind is not (NumberKind.Count or NumberKind.Percent))
        {
            // "حتى 15 أيار", "حتى 2018": a hedge bounds counts only; the word is not part of a date, time or year.
            firstToken = core.First;
            spanStart = core.SpanStart;
            hedge = null;
            cues.RemoveAt(0);
        }
        if (kind is NumberKind.Count or NumberKind.Percent && pre is null && PostHedge(end, out var post))
        {
            hedge = post.Item.Hedge!.Qualifier;
            cues.Add("hedge:" + post.Item.Written);
            end = post.End;
            spanEnd = _tokens[end - 1].End;
        }

        quantity ??= QuantityResolver.Amount(core, hedge);
        var mention = new QuantityMention(new TextSpan(spanStart, spanEnd), firstToken, end, quantity, kind, cues);
        if (core.Dual is { } dual) mention = mention with { DualNoun = dual.DualForm, DualSingular = dual.Dual!.Singular };
        result.Add(mention);
        return end;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (!Tokenizer.IsDigit(c)) return false;
        return true;
    }

    /// <summary>
    /// The day of a number right before a month name: 1–31; or, for a longer number glued to the word before it
    /// (a scraped byline: "التحرير121 مايو"), its last two digits, the span narrowed to them.
    /// </summary>
    private long? DayOf(QuantityCore core, ref int spanStart, List<string> cues)
    {
        if (core.Value is >= 1 and <= 31) return (long)core.Value;
        int t = core.First;
        if (core.DigitCount >= 3 && IsWord(t - 1) && Adjacent(t - 1, t))
        {
            var s = doc.TokenSpan(t);
            int day = QuantityResolver.Digits(s[^2..]);
            if (day is >= 1 and <= 31)
            {
                spanStart = _tokens[t].End - 2;
                cues.Add("glued-day");
                return day;
            }
        }
        return null;
    }

    /// <summary>Whether a year-shaped number is a year: after a year cue, or after a prepositional hedge with no word after it ("حتى 2018").</summary>
    private bool YearReading(QuantityCore core, LexHit? pre, out string cue)
    {
        if (pre is not LexHit h) return YearCue(core, out cue);
        bool year = h.Item.Hedge!.Preposition && !IsWord(core.End);
        cue = year ? "year-cue:" + h.Item.Written : "";
        return year;
    }

    private bool YearCue(QuantityCore core, out string cue)
    {
        cue = "";
        if (IsBareWaw(core.First - 1) && core.First - 2 >= _begin && result.Count > 0 && result[^1] is { Kind: NumberKind.Year } year
            && year.EndToken == core.First - 1 && core.Value > year.Quantity.Best && core.Value - year.Quantity.Best <= 50)
        {
            // عامي 2011 و2015: a later year joined by و to a year is a year ("عام 2011 و2000 قتيل" is not).
            cue = "year-list";
            return true;
        }
        if (CueBefore(core.First, LexRole.YearCue, out var strong))
        {
            cue = "year-cue:" + strong.Item.Written;
            return true;
        }
        if (CueBefore(core.First, LexRole.WeakYearCue, out var weak) && !IsWord(core.End))
        {
            cue = "year-cue:" + weak.Item.Written;
            return true;
        }
        return false;
    }

    private int EmitRangeFrom(QuantityCore x, QuantityCore y, List<string> cues)
    {
        cues.AddRange(y.Cues);
        int end = y.End, spanEnd = y.SpanEnd;
        var kind = NumberKind.Count;
        if (Lex(end, LexRole.Percent, out var percent))
        {
            kind = NumberKind.Percent;
            cues.Add("percent:" + percent.Item.Written);
            end = percent.End;
            spanEnd = _tokens[end - 1].End;
        }
        result.Add(new QuantityMention(new TextSpan(x.SpanStart, spanEnd), x.First, end, QuantityResolver.Range(x, y), kind, cues));
        return end;
    }

    private int EmitRange(int firstToken, int spanStart, QuantityCore x, QuantityCore y, string cue)
    {
        if (IsYearish(x) && IsYearish(y))
        {
            // من 2011 إلى 2015: two years, not a count.
            AddYear(x, cue);
            AddYear(y, cue);
            return y.End;
        }
        int end = y.End, spanEnd = y.SpanEnd;
        var kind = NumberKind.Count;
        var cues = new List<string>(x.Cues.Count + y.Cues.Count + 2) { cue };
        cues.AddRange(x.Cues);
        cues.AddRange(y.Cues);
        if (Lex(end, LexRole.Percent, out var percent))
        {
            kind = NumberKind.Percent;
            cues.Add("percent:" + percent.Item.Written);
            end = percent.End;
            spanEnd = _tokens[end - 1].End;
        }
        result.Add(new QuantityMention(new TextSpan(spanStart, spanEnd), firstToken, end, QuantityResolver.Range(x, y), kind, cues));
        return end;
    }

}
