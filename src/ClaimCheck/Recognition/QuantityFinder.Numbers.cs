using ClaimCheck.Text;

namespace ClaimCheck.Recognition;

// The finder, continued: the number itself. Elements (digits, number words, fractions) and the cores built of them: compound
// numbers in the usual Arabic order, vague words with a unit word after them, duals. Their values come from QuantityResolver.
internal sealed partial class QuantityFinder
{
    private bool ElementAt(int p, out NumberElement e, bool afterWaw = false)
    {
        e = default;
        if (p < _begin || p >= _end) return false;
        var token = _tokens[p];
        if (token.Kind == TokenKind.Number && !afterWaw)
        {
            int end = SpaceGroupsEnd(p);
            if (end > p + 1)
            {
                e = SpaceGrouped(p, end);
                return true;
            }
            bool unitFollows = UnitAt(p + 1);
            var n = DigitNumber.Parse(doc.TokenSpan(p), unitFollows);
            if (n.Shape is DigitsShape.Invalid or DigitsShape.DayMonthYear) return false;
            e = new NumberElement
            {
                Part = NumberPart.Digits, Value = n.Value, Overflow = n.Overflow, End = p + 1, SpanStart = token.Start,
                Cue = "digits:" + TokenText(p),
            };
            return true;
        }
        if (token.Kind != TokenKind.Word || !Any(p)) return false;
        if (Lex(p, LexRole.Cardinal, out var hit, afterWaw))
        {
            long v = hit.Item.Value;
            var part = hit.Item.CompoundOnly ? NumberPart.BoundUnit : QuantityResolver.Classify(v, out v);
            e = FromHit(hit, part, v, "number-word:");
            return true;
        }
        if (Lex(p, LexRole.Vague, out hit, afterWaw) && hit.Item.Vague!.Unit is long unit)
        {
            e = FromHit(hit, NumberPart.PluralScale, unit, "number-word:");
            return true;
        }
        if (Lex(p, LexRole.Fraction, out hit, afterWaw))
        {
            e = FromHit(hit, NumberPart.Fraction, 0, "fraction:");
            e.FractionEntry = hit.Item.Fraction;
            return true;
        }
        return false;
    }

    /// <summary>
    /// The end of digits grouped by spaces from token <paramref name="p"/> ("40 000", "1 500 000", thin and no-break spaces
    /// too): one to three plain digits, then groups of exactly three plain digits, each after exactly one space; p + 1 when
    /// there is no such group. "2018 300" and "3 40" are two numbers; a run after a number starting with 0 is a phone
    /// number ("0933 123 456").
    /// </summary>
    private int SpaceGroupsEnd(int p)
    {
        var lead = doc.TokenSpan(p);
        if (lead.Length > 3 || lead[0] == '0' || !IsAllDigits(lead) || (SpaceBetweenNumbers(p - 1) && doc.TokenSpan(p - 1)[0] == '0')) return p + 1;
        int q = p + 1;
        while (SpaceBetweenNumbers(q - 1) && doc.TokenSpan(q) is { Length: 3 } group && IsAllDigits(group)) q++;
        return q;
    }

    /// <summary>Tokens <paramref name="a"/> and a + 1 are both numbers with exactly one space between them.</summary>
    private bool SpaceBetweenNumbers(int a) =>
        IsNumber(a) && IsNumber(a + 1) && _tokens[a + 1].Start == _tokens[a].End + 1 && _text[_tokens[a].End] == ' ';

    private NumberElement SpaceGrouped(int p, int end)
    {
        decimal v = 0;
        bool overflow = false;
        for (int q = p; q < end && !overflow; q++)
        {
            foreach (char c in doc.TokenSpan(q)) v = v * 10 + (c - '0');
            overflow = v > long.MaxValue;
        }
        return new NumberElement
        {
            Part = NumberPart.Digits, Value = overflow ? 0 : v, Overflow = overflow, End = end, SpanStart = _tokens[p].Start,
            Cue = "digits:" + _text[_tokens[p].Start.._tokens[end - 1].End],
        };
    }

    private NumberElement FromHit(LexHit hit, NumberPart part, decimal value, string cuePrefix) => new()
    {
        Part = part, Value = value, End = hit.End, SpanStart = hit.SpanStart, CliticLength = hit.CliticLength,
        Conj = hit.CliticLength == 1 && _text[_tokens[hit.First].Start] == Waw, ViaArticle = hit.ViaArticle,
        Cue = cuePrefix + hit.Item.Written,
    };

    /// <summary>A unit word (a scale or a unit plural) at token <paramref name="p"/>, without proclitics.</summary>
    private bool UnitAt(int p)
    {
        if (!IsWord(p) || !Any(p)) return false;
        if (Lex(p, LexRole.Cardinal, out var hit) && hit.CliticLength == 0 && !hit.Item.CompoundOnly && QuantityResolver.Classify(hit.Item.Value, out _) == NumberPart.Scale) return true;
        return Lex(p, LexRole.Vague, out hit) && hit.CliticLength == 0 && hit.Item.Vague!.Unit is not null;
    }

    private bool TenAt(int p) =>
        ElementAt(p, out var e) && e.Part == NumberPart.Ten && e.CliticLength == 0 && !e.ViaArticle;

    /// <summary>Tens joined by و at token <paramref name="p"/> ("وعشرين", "و عشرين", "والعشرين" after an ordinal).</summary>
    private bool TensAfterConj(int p, bool allowArticle, out long tens, out int end)
    {
        tens = 0;
        end = p;
        bool bare = IsBareWaw(p);
        if (!ElementAt(bare ? p + 1 : p, out var e) || e.Part != NumberPart.Tens || (e.ViaArticle && !allowArticle)) return false;
        if (bare ? e.CliticLength != 0 : !e.Conj) return false;
        tens = (long)e.Value;
        end = e.End;
        return true;
    }

    /// <summary>What must follow a word that counts only in compounds (أحد، اثنا): عشر/عشرة, or و + tens.</summary>
    private bool CompoundFollows(int p) => TenAt(p) || TensAfterConj(p, allowArticle: false, out _, out _);

    /// <summary>A number (digits or words, possibly compound), a vague word or a dual starting at token <paramref name="i"/>.</summary>
    private QuantityCore? ParseCore(int i, bool numbersOnly)
    {
        if (i < _begin || i >= _end) return null;
        string? articleCue = null;
        int spanStart = _tokens[i].Start;
        int first = i;
        if (IsBareArticle(i))
        {
            // "الـ ألف": a detached article before a number.
            if (!ElementAt(i + 1, out var after) || after.CliticLength != 0 || after.ViaArticle || after.Part is NumberPart.Fraction or NumberPart.PluralScale) return null;
            articleCue = "article:ال";
            i++;
        }
        if (_tokens[i].Kind == TokenKind.Number)
        {
            var n = DigitNumber.Parse(doc.TokenSpan(i), UnitAt(i + 1));
            if (n.Shape == DigitsShape.DayMonthYear && articleCue is null)
            {
                var date = new QuantityCore { Type = QuantityCoreType.DayMonthYear, First = i, End = i + 1, SpanStart = _tokens[i].Start, SpanEnd = _tokens[i].End, Value = n.Value };
                date.Cues.Add("date:" + TokenText(i));
                return date;
            }
            if (n.Shape == DigitsShape.Invalid) return null;
        }
        var core = Compound(i, first, articleCue is null ? -1 : spanStart);
        if (core is not null)
        {
            if (articleCue is not null) core.Cues.Insert(0, articleCue);
            return core;
        }
        if (numbersOnly || articleCue is not null || !IsWord(i)) return null;
        if (Lex(i, LexRole.Vague, out var vague)) return VagueCore(vague);
        if (Lex(i, LexRole.Dual, out var dual))
        {
            var d = new QuantityCore
            {
                Type = QuantityCoreType.Dual, First = i, End = dual.End, SpanStart = dual.SpanStart, SpanEnd = _tokens[dual.End - 1].End,
                Value = 2, Dual = dual.Item,
            };
            d.Cues.Add("dual:" + dual.Item.Written);
            return d;
        }
        return null;
    }

    private QuantityCore VagueCore(LexHit hit)
    {
        var v = hit.Item.Vague!;
        var core = new QuantityCore
        {
            Type = QuantityCoreType.Vague, First = hit.First, End = hit.End, SpanStart = hit.SpanStart, SpanEnd = _tokens[hit.End - 1].End,
            VMin = v.Min, VMax = v.Max, VBest = v.Best, VUnit = v.Unit,
        };
        core.Cues.Add("vague:" + hit.Item.Written);
        // عشرات الآلاف، بضعة آلاف، مئات الملايين: a unit word after the vague word multiplies it.
        if (ElementAt(hit.End, out var unit) && unit.CliticLength == 0 && unit.Part is NumberPart.Scale or NumberPart.PluralScale)
        {
            long factor = (long)unit.Value;
            (core.VMin, core.VMax, core.VBest, core.VUnit) = QuantityResolver.Scale(core.VMin, core.VMax, core.VBest, core.VUnit, factor);
            core.End = unit.End;
            core.SpanEnd = _tokens[unit.End - 1].End;
            core.Cues.Add(unit.Cue);
        }
        return core;
    }

    /// <summary>
    /// A compound number from token <paramref name="i"/>: elements in the usual Arabic order (scale groups from large to
    /// small; in a group, hundreds, then units before tens), joined by و where Arabic joins them.
    /// </summary>
    private QuantityCore? Compound(int i, int first, int articleSpanStart)
    {
        if (!ElementAt(i, out var e) || e.Part is NumberPart.PluralScale or NumberPart.Fraction) return null;
        if (e.Part == NumberPart.BoundUnit && !CompoundFollows(e.End)) return null;
        // "10 صفر": after a number, صفر is the Hijri month Safar, not zero.
        if (e.Part == NumberPart.Other && e.Value == 0 && IsNumber(i - 1)) return null;
        int firstSpanStart = e.SpanStart;
        var value = CompoundValue.Start;
        var cues = new List<string>(2);
        NumberPart last = NumberPart.None;
        int pos = i;
        while (true)
        {
            if (last != NumberPart.None)
            {
                int p = pos;
                bool conj = false;
                if (IsBareWaw(p)) { conj = true; p++; }
                // Prefer reading a leading و as the conjunction: وأحد عشر is و + أحد عشر, not واحد.
                bool joined = !conj && ElementAt(p, out e, afterWaw: true) && !e.ViaArticle && Allowed(last, e, true, value)
                    && (e.Part != NumberPart.BoundUnit || CompoundFollows(e.End));
                if (!joined && (!ElementAt(p, out e) || e.ViaArticle)) break;
                if (e.CliticLength > 0)
                {
                    if (conj || !e.Conj) break;
                    conj = true;
                }
                if (!Allowed(last, e, conj, value)) break;
                if (e.Part == NumberPart.BoundUnit && !CompoundFollows(e.End)) break;
                // "عام 2016 آلاف المدنيين": a year after its cue takes no scale; the scale word opens a count of its own.
                if (last == NumberPart.Digits && pos == i + 1 && value.Group is >= 1900 and <= 2100 && doc.TokenSpan(i).Length == 4
                    && CueBefore(i, LexRole.YearCue, out _)) break;
            }
            last = QuantityResolver.Add(ref value, e, last);
            cues.Add(e.Cue);
            pos = e.End;
            if (value.Overflow) break;
        }
        bool hasScale = value.LastScale != decimal.MaxValue;
        var core = new QuantityCore
        {
            HasScale = hasScale,
            TrailingScale = hasScale && value.Group == 0 && last is NumberPart.Scale or NumberPart.PluralScale or NumberPart.DualScale ? value.LastScale : 0,
            Type = QuantityCoreType.Number, First = first, End = pos,
            SpanStart = articleSpanStart >= 0 ? articleSpanStart : firstSpanStart,
            SpanEnd = _tokens[pos - 1].End, Overflow = value.Overflow, Value = value.Overflow ? 0 : value.Total + value.Group,
        };
        if (pos == i + 1 && _tokens[i].Kind == TokenKind.Number && articleSpanStart < 0)
        {
            var span = doc.TokenSpan(i);
            core.SingleDigits = true;
            core.PlainDigits = span.IndexOfAny('.', ',') < 0;
            core.DigitCount = span.Length;
        }
        core.Cues.AddRange(cues);
        if (cues.Count == 1 && last == NumberPart.Scale && DualConstruct(i, pos))
        {
            core.Value *= 2;
            core.TrailingScale = 0;
            core.Cues.Add("dual-construct");
        }
        if (value.Overflow) core.Cues.Add("overflow");
        else if (core.Value != decimal.Floor(core.Value)) core.Cues.Add("decimal");
        return core;
    }

    /// <summary>
    /// A scale word alone, written with the nominative dual's alif and right before a word that is no number ("ألفا شخص", "مليونا
    /// نسمة"): the dual in construct, two of the scale. The accusative singular ("تجاوز العدد ألفاً") carries tanween or ends the
    /// phrase, and after a number ("عشرين ألفا") the scale is part of a compound.
    /// </summary>
    private bool DualConstruct(int scale, int next)
    {
        var text = doc.TokenSpan(scale);
        if (text.Length < 3 || text[^1] != '\u0627' || next >= _end || _tokens[next].Kind != TokenKind.Word || ElementAt(next, out _)) return false;
        var original = doc.ToOriginal(new TextSpan(_tokens[scale].Start, _tokens[scale].End));
        return doc.Original.AsSpan(original.Start, original.Length).IndexOf('\u064B') < 0;
    }

    private static bool Allowed(NumberPart last, NumberElement e, bool conj, in CompoundValue value)
    {
        decimal group = value.Group, total = value.Total, lastScale = value.LastScale;
        bool scaleOk = e.Part is NumberPart.Scale or NumberPart.PluralScale && (total == 0 || e.Value < lastScale) && !e.Overflow;
        return last switch
        {
            // 110 آلاف، 1.5 مليون، 3 مئة; after a scale, digits may open a smaller group: مليون و200 ألف.
            NumberPart.Digits => !conj && (scaleOk || (e.Part == NumberPart.Hundred && group is >= 1 and < 10 && group == decimal.Floor(group))),
            // ثلاثة عشر، ثلاث مئة، ثلاثة آلاف؛ خمسة وعشرون.
            NumberPart.Unit => conj ? e.Part == NumberPart.Tens : e.Part == NumberPart.Ten || (e.Part == NumberPart.Hundred && group < 10) || scaleOk,
            NumberPart.BoundUnit => conj ? e.Part == NumberPart.Tens : e.Part == NumberPart.Ten,
            NumberPart.Ten or NumberPart.Teen or NumberPart.Tens => !conj && scaleOk,
            // مئة ألف؛ مئة وخمسون، ثلاثمئة و25.
            NumberPart.Hundred or NumberPart.Hundreds => conj
                ? e.Part is NumberPart.Unit or NumberPart.BoundUnit or NumberPart.Ten or NumberPart.Tens || (e.Part == NumberPart.Digits && e.Value < 100 && e.Value == decimal.Floor(e.Value))
                : scaleOk,
            // ألف وخمسمئة، ألف و600، مليون ونصف، مليون وألفين.
            NumberPart.Scale or NumberPart.DualScale or NumberPart.PluralScale => conj && (
                e.Part is NumberPart.Unit or NumberPart.BoundUnit or NumberPart.Ten or NumberPart.Tens or NumberPart.Hundred or NumberPart.Hundreds or NumberPart.Fraction
                || (e.Part == NumberPart.Digits && !e.Overflow && e.Value < lastScale && e.Value == decimal.Floor(e.Value))
                || (e.Part == NumberPart.DualScale && e.Value < lastScale)),
            _ => false,
        };
    }

}
