using ClaimCheck.Text;

namespace ClaimCheck.Recognition;

/// <summary>
/// The finder of <see cref="QuantityRecognizer"/>: one pass over a token range that decides which tokens form a quantity
/// mention — the number itself (<c>QuantityFinder.Numbers.cs</c>: digits, number words and their compounds, vague words,
/// duals), its hedges and range words (this file), and the words that say what it stands for
/// (<c>QuantityFinder.Kinds.cs</c>). The values (a compound's value, the interval and qualifier under a hedge, a range's
/// ends, a clock reading) come from <see cref="QuantityResolver"/>.
/// </summary>
/// <param name="table">The compiled number lexicon.</param>
/// <param name="doc">The document.</param>
/// <param name="rangeFirst">The first token of the range the pass may look at.</param>
/// <param name="rangeEnd">One past its last token.</param>
/// <param name="result">Where mentions are added, in text order.</param>
internal sealed partial class QuantityFinder(NumberTable table, Document doc, int rangeFirst, int rangeEnd, List<QuantityMention> result)
{
    private const char Waw = '\u0648';
    private readonly IReadOnlyList<Token> _tokens = doc.Tokens;
    private readonly string _text = doc.Text;
    // Per token of the range: where its lexicon hits start in _hits (-1: not looked up yet) and how many there are.
    private readonly int[] _hitStart = NewHitStarts(rangeEnd - rangeFirst);
    private readonly byte[] _hitCount = new byte[rangeEnd - rangeFirst];
    // News text has about one lexicon hit per six tokens: sized so, the list seldom regrows.
    private readonly List<LexHit> _hits = new((rangeEnd - rangeFirst) / 6);
    private int _begin, _end; // the sentence being scanned

    private static int[] NewHitStarts(int n)
    {
        var a = new int[n];
        Array.Fill(a, -1);
        return a;
    }

    /// <summary>Finds the mentions of tokens [<paramref name="from"/>, <paramref name="to"/>), one sentence (or part of one) inside the range.</summary>
    public void Run(int from, int to)
    {
        _begin = from;
        _end = to;
        int i = from;
        while (i < to) i = TryAt(i, out int next) ? Math.Max(next, i + 1) : i + 1;
    }

    // ---- token tests

    /// <summary>True when token <paramref name="i"/> starts some lexicon entry (any role).</summary>
    private bool Any(int i) => HitCount(i) > 0;

    private int HitCount(int i)
    {
        int k = i - rangeFirst;
        if (_hitStart[k] < 0)
        {
            _hitStart[k] = _hits.Count;
            _hitCount[k] = (byte)Math.Min(255, table.Collect(doc, i, _end, _hits));
        }
        return _hitCount[k];
    }

    /// <summary>The entry of <paramref name="role"/> starting at token <paramref name="i"/>, if any.</summary>
    /// <param name="i">Token index.</param>
    /// <param name="role">The role wanted.</param>
    /// <param name="hit">The entry found.</param>
    /// <param name="afterWaw">Only a reading with the proclitic و ("وأحد" is و + أحد, though واحد is a word too).</param>
    /// <param name="notAt">For hedges: skip those standing only at this position ("وأكثر" after a number is not "و + أكثر من" before one).</param>
    private bool Lex(int i, LexRole role, out LexHit hit, bool afterWaw = false, HedgePosition? notAt = null)
    {
        hit = default;
        if (i < _begin || i >= _end || _tokens[i].Kind == TokenKind.Number) return false;
        int n = HitCount(i), start = _hitStart[i - rangeFirst];
        for (int k = 0; k < n; k++)
        {
            var h = _hits[start + k];
            if (h.Item.Role != role) continue;
            if (notAt is { } skip && h.Item.Hedge!.Position == skip) continue;
            if (afterWaw && !(h.CliticLength == 1 && _text[_tokens[i].Start] == Waw)) continue;
            hit = h;
            return true;
        }
        return false;
    }

    private bool IsWord(int i) => i >= _begin && i < _end && _tokens[i].Kind == TokenKind.Word;

    private bool IsNumber(int i) => i >= _begin && i < _end && _tokens[i].Kind == TokenKind.Number;

    private bool IsPunct(int i, char c) => i >= _begin && i < _end && _tokens[i].Kind == TokenKind.Punct && _text[_tokens[i].Start] == c;

    private bool Adjacent(int a, int b) => _tokens[a].End == _tokens[b].Start;

    private bool IsBareWaw(int i) => IsWord(i) && _tokens[i].End - _tokens[i].Start == 1 && _text[_tokens[i].Start] == Waw;

    private bool IsBareArticle(int i) =>
        IsWord(i) && _tokens[i].End - _tokens[i].Start == 2 && _text[_tokens[i].Start] == '\u0627' && _text[_tokens[i].Start + 1] == '\u0644';

    private string TokenText(int i) => doc.TokenText(i);

    /// <summary>A cue word of <paramref name="role"/> ending right before token <paramref name="i"/>.</summary>
    private bool CueBefore(int i, LexRole role, out LexHit hit)
    {
        hit = default;
        for (int start = i - 1; start >= Math.Max(_begin, i - 3); start--)
            if (Lex(start, role, out hit) && hit.End == i) return true;
        return false;
    }

    // ---- the dispatcher

    private bool TryAt(int i, out int next)
    {
        next = i + 1;
        var kind = _tokens[i].Kind;
        if (kind == TokenKind.Punct) return false;
        if (kind == TokenKind.Word && !Any(i))
            return IsBareArticle(i) && TryCoreAt(i, out next);
        if (kind == TokenKind.Word)
        {
            if (Lex(i, LexRole.NotQuantity, out var skip)) { next = skip.End; return true; }
            if (Lex(i, LexRole.Month, out var month)) { next = AfterMonth(month); return true; }
            if (Lex(i, LexRole.Hedge, out var hedge, notAt: HedgePosition.After) && TryHedged(hedge, out next)) return true;
            if (Lex(i, LexRole.RangeBetween, out var between) && TryBetween(between, out next)) return true;
            if (Lex(i, LexRole.RangeFrom, out var from) && TryFromTo(from, out next)) return true;
            if (Lex(i, LexRole.Ordinal, out var ordinal) && TryOrdinal(ordinal, out next)) return true;
        }
        return TryCoreAt(i, out next);
    }

    private bool TryCoreAt(int i, out int next)
    {
        next = i + 1;
        var core = ParseCore(i, numbersOnly: false);
        if (core is null) return false;
        next = Emit(core, null);
        return true;
    }

    // ---- hedges, ranges, ordinals, months

    /// <summary>How many plain words may follow a separable hedge's subject word before its number.</summary>
    private const int SubjectWords = 3;

    private bool TryHedged(LexHit hedge, out int next)
    {
        next = hedge.First + 1;
        var item = hedge.Item;
        // A verb that needs its preposition after the subject ("لا يقل عددهم عن 30") has no number right after it.
        var core = item.Then.Length == 0 ? ParseCore(hedge.End, numbersOnly: false) : null;
        if (core is null && item.Hedge!.Separable && Lex(hedge.End, LexRole.HedgeSubject, out var subject))
        {
            // تجاوز عدد القتلى الألف: the verb's subject stands between it and the number.
            // Up to three more plain words may complete the subject: "تجاوز عدد الضحايا المدنيين 200", "تجاوز عدد قتلى قوات النظام 100".
            core = AfterSubject(subject.End, item);
            for (int p = subject.End; core is null && p < subject.End + SubjectWords && IsWord(p) && !Any(p); p++) core = AfterSubject(p + 1, item);
        }
        if (core is null || core.Type == QuantityCoreType.DayMonthYear) return false;
        next = Emit(core, hedge);
        return true;
    }

    /// <summary>The number after a hedge's subject, behind the preposition the hedge needs there, if any ("عن" in "لا يقل عددهم عن 30").</summary>
    private QuantityCore? AfterSubject(int p, LexItem hedge)
    {
        if (hedge.Then.Length == 0) return ParseCore(p, numbersOnly: false);
        if (!IsWord(p)) return null;
        var word = doc.TokenSpan(p);
        foreach (var then in hedge.Then)
            if (word.SequenceEqual(then)) return ParseCore(p + 1, numbersOnly: false);
        return null;
    }

    private bool TryBetween(LexHit between, out int next)
    {
        next = between.First + 1;
        var x = ParseCore(between.End, numbersOnly: true);
        if (x is null || x.Overflow) return false;
        int p = x.End;
        QuantityCore? y;
        if (IsBareWaw(p)) y = ParseCore(p + 1, numbersOnly: true);
        else
        {
            // وY: the conjunction is the proclitic of Y's first word.
            y = IsWord(p) && _text[_tokens[p].Start] == Waw ? ParseCore(p, numbersOnly: true) : null;
            if (y is not null && y.SpanStart != _tokens[p].Start + 1) y = null;
        }
        if (y is null || y.Overflow || y.Value <= x.Value) return false;
        next = EmitRange(between.First, between.SpanStart, x, y, "range:" + between.Item.Written);
        return true;
    }

    private bool TryFromTo(LexHit from, out int next)
    {
        next = from.First + 1;
        var x = ParseCore(from.End, numbersOnly: true);
        if (x is null || x.Overflow || !Lex(x.End, LexRole.RangeTo, out var to)) return false;
        var y = ParseCore(to.End, numbersOnly: true);
        if (y is null || y.Overflow || y.Value <= x.Value) return false;
        next = EmitRange(from.First, from.SpanStart, x, y, "range:" + from.Item.Written + "…" + to.Item.Written);
        return true;
    }

    private bool TryOrdinal(LexHit hit, out int next)
    {
        next = hit.First + 1;
        long value = hit.Item.Value;
        int end = hit.End;
        var cues = new List<string>(3) { "ordinal:" + hit.Item.Written };
        if ((hit.Item.CompoundOnly || value is >= 2 and <= 9) && TenAt(end))
        {
            value += 10;
            end++;
            cues.Add("teen");
        }
        else if ((hit.Item.CompoundOnly || value is >= 1 and <= 9) && TensAfterConj(end, allowArticle: true, out long tens, out int tensEnd))
        {
            // الحادي والعشرون، الخامسة والعشرين
            value += tens;
            end = tensEnd;
            cues.Add("number-word:tens");
        }
        else if (hit.Item.CompoundOnly) return false;
        var kind = NumberKind.Ordinal;
        if (CueBefore(hit.First, LexRole.ClockCue, out var clock))
        {
            kind = NumberKind.Time;
            cues.Add("clock:" + clock.Item.Written);
        }
        else if (Lex(end, LexRole.RangeFrom, out var of) && Lex(of.End, LexRole.Month, out var month))
        {
            // الأول من مايو: the first of May.
            kind = NumberKind.Date;
            cues.Add("month:" + month.Item.Written);
        }
        result.Add(new QuantityMention(new TextSpan(hit.SpanStart, _tokens[end - 1].End), hit.First, end,
            kind == NumberKind.Time ? QuantityResolver.Clock(value, 0) : Quantity.Exactly(value), kind, cues));
        next = end;
        return true;
    }

    /// <summary>Skips a month name (and an alternative after "/"); a 4-digit number right after it is a year.</summary>
    private int AfterMonth(LexHit month)
    {
        int p = month.End;
        var cues = new List<string>(2) { "month:" + month.Item.Written };
        if (IsPunct(p, '/') && Lex(p + 1, LexRole.Month, out var alt))
        {
            p = alt.End;
            cues.Add("month:" + alt.Item.Written);
        }
        if (IsNumber(p))
        {
            var span = doc.TokenSpan(p);
            if (span.Length == 4 && span.IndexOfAny('.', ',') < 0 && span[0] is '1' or '2')
            {
                int year = QuantityResolver.Digits(span);
                result.Add(new QuantityMention(_tokens[p].Span, p, p + 1, Quantity.Exactly(year), NumberKind.Year, cues));
                return p + 1;
            }
        }
        return p;
    }

    /// <summary>X-Y, X إلى Y, X أو Y after a plain count X.</summary>
    private bool TryRangeAfter(QuantityCore x, List<string> cues, out int end)
    {
        end = x.End;
        if (x.Type != QuantityCoreType.Number || x.Overflow) return false;
        int p = x.End;
        QuantityCore? y = null;
        string cue;
        if (IsPunct(p, '-') && x.SingleDigits)
        {
            y = ParseCore(p + 1, numbersOnly: true);
            if (y is not null && !y.SingleDigits) y = null;
            cue = "range:-";
        }
        else if (Lex(p, LexRole.RangeTo, out var to))
        {
            y = ParseCore(to.End, numbersOnly: true);
            cue = "range:" + to.Item.Written;
        }
        else if (Lex(p, LexRole.RangeOr, out var or) && !PostHedge(p, out _))
        {
            y = ParseCore(or.End, numbersOnly: true);
            cue = "range:" + or.Item.Written;
        }
        else return false;
        if (y is null || y.Overflow || y.Value <= x.Value) return false;
        var rangeCues = new List<string>(cues.Count + 1) { cue };
        rangeCues.AddRange(cues);
        end = EmitRangeFrom(x, y, rangeCues);
        return true;
    }

    /// <summary>
    /// A hedge after the number: right after it or after one noun ("25 عنصراً على الأقل"), either of them also after a
    /// comma when only punctuation or the end follows the hedge ("1630 شخصا، على الأقل،").
    /// </summary>
    private bool PostHedge(int p, out LexHit hit)
    {
        if (PostHedgeAt(p, out hit)) return true;
        if (IsWord(p) && !Any(p) && PostHedgeAt(p + 1, out hit)) return true;
        hit = default;
        return false;
    }

    private bool PostHedgeAt(int p, out LexHit hit)
    {
        bool comma = IsPunct(p, ',');
        if (!Lex(comma ? p + 1 : p, LexRole.Hedge, out hit, notAt: HedgePosition.Before)) return false;
        if (comma && (IsWord(hit.End) || IsNumber(hit.End))) return false;
        // "300 مقاتل وأكثر من 500 مدني": a longer hedge before the next number starts here.
        return !(Lex(hit.First, LexRole.Hedge, out var pre, notAt: HedgePosition.After) && pre.End > hit.End);
    }
}
