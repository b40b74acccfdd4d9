using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Recognition;

/// <summary>
/// Finds the numbers of an Arabic document — digits (Western or Eastern, with separators), number words and their
/// compounds, duals, vague words — with their hedges and ranges, and says what each stands for (a count, a year, a
/// time, a day of a date, an ordinal, a percentage). It scans the tokens of each sentence once, left to right, looking
/// words up in a <see cref="NumberLexicon"/> compiled once into a table keyed by normalised token.
/// </summary>
/// <remarks>
/// <para><b>Values.</b> Digits: 1500 · 1,500 · ١٥٠٠ · ١٬٥٠٠ · 1.500 (a single dot before exactly three digits is a
/// thousands separator unless a unit word follows: "1.5 مليون" and "1.500 مليون" are decimals) · 2.5 (a decimal without a
/// unit word becomes the range [2, 3] with best 3) · 40 000 (one to three digits, then groups of exactly three digits
/// after exactly one space, no-break and thin spaces included; "2018 300" and "3 40" stay two numbers, and so does a run
/// after a number starting with 0, a phone number). Words: صفر (0, alone; not after a number, where it is the month
/// Safar), units, teens (ثلاث عشرة، أحد عشر، اثنا عشر), tens, hundreds (مئة، مئتين، ثلاثمئة، ثلاث مئة، 3 مئة), scales
/// (ألف، ألفين، مليون، مليار), unit plurals after a number (ثلاثة آلاف، 110 آلاف), compounds joined by و in the usual
/// order (ثلاثة آلاف ومئتين، خمسة وعشرين، ألف و600، مئتين و50، مليون ونصف), a detached article ("الـ ألف"). A dual of a
/// listed noun (شخصين، حافلتان) is 2.</para>
/// <para><b>Vague words.</b> A plural of a unit u (عشرات 10, مئات 100, آلاف 1000, ملايين, مليارات) is [2u, 10u−1] with
/// best 3u: عشرات [20, 99] best 30, مئات [200, 999] best 300, آلاف [2000, 9999] best 3000. بضع/بضعة [3, 9] best 5;
/// عدة [3, 9] best 4. A unit word after a vague word multiplies it: عشرات الآلاف [20000, 99999], بضعة آلاف [3000, 9999].
/// Qualifier <see cref="QuantityQualifier.Vague"/>.</para>
/// <para><b>Hedges</b> on a number v (before it, or after it or after it and one noun: "25 عنصراً على الأقل", the span
/// then covers the noun and the hedge; a comma may precede a hedge after the number when only punctuation follows it:
/// "1630 شخصا، على الأقل،"). Negated comparisons bound the other way (لا أقل من 30 atLeast, لا أكثر من 50 and لا يتجاوز 50
/// atMost). Prepositions (حتى، دون، تحت، فوق; <see cref="HedgeEntry.Preposition"/>) hedge counts only: before a date or a
/// time they are left out of the mention, and a year-shaped number with no word after them is a year ("حتى 2018").
/// Intervals: about [v, v] best v (the comparison tolerance is <see cref="Quantity.AboutTolerance"/>); moreThan [v+1, ∞) best v+1; atLeast [v, ∞) best v; lessThan [0, v−1] best v−1;
/// atMost [0, v] best v. A verb hedge may be separated from its number by its subject ("تجاوز عدد القتلى الـ ألف",
/// "يناهز عددهم 500"; see <see cref="NumberLexicon.HedgeSubjects"/>; a verb that needs a preposition takes it after the subject:
/// "لا يقل عددهم عن 30", <see cref="HedgeEntry.Then"/>), and the span then covers them all. Ranges (بين X و Y،
/// من X إلى Y، X إلى Y، X أو Y، X-Y, with Y &gt; X): [X, Y], best the midpoint rounded down; a scale ending Y applies to a
/// smaller X that has none ("أربعة إلى خمسة آلاف" = [4000, 5000]).</para>
/// <para><b>Hedges on vague words</b> [a, b] with unit u: about ("قرابة آلاف", nearly thousands) → [u, ∞) best u, qualifier
/// about — the amount approaches the plural from below, so the floor drops to a single unit, and the writer stresses
/// size, so there is no ceiling (a vague word without a unit uses a); moreThan and atLeast → [a, ∞) with the vague best;
/// lessThan → [0, a−1]; atMost → [0, b] with the vague best.</para>
/// <para><b>Too large.</b> A value that does not fit a 64-bit integer becomes [<see cref="long.MaxValue"/>, ∞) with qualifier
/// atLeast (moreThan when so hedged) and the cue "overflow"; arithmetic saturates, nothing wraps or throws.</para>
/// <para><b>Not counts.</b> Year: a plain 4-digit number from 1900 to 2100 after a year cue (عام، العام، سنة، منذ…), after a
/// weak cue (في، خلال…) when no word follows, after a month name (any 4-digit number from 1000 to 2999), or in a year
/// range (2011-2018, من 2011 إلى 2015), or a later year (by at most 50) joined by و to a year just found ("عامي 2011 و2015").
/// Time: a number after الساعة (digits, cardinal or ordinal words: الساعة الخامسة), before a part of the
/// day (12 ظهراً), or h:mm (11:05); the value is hhmm as stated. Date: a number 1–31 right before a month name, an
/// ordinal before من + month (الأول من مايو), d.m.yyyy or d/m/yyyy; the value is the day (the span is the day only). A
/// number glued to a preceding word and too large for a day ("التحرير121 مايو") gives its last two digits as the day.
/// Ordinal: ordinal words (الأول، الثانية، أول، الحادي عشر، الخامسة والعشرين). Percent: a number before %, بالمئة, في المئة, or
/// right after a % typed first ("%50").</para>
/// <para><b>Spans.</b> Proclitics of the first word are left out of the span; the article is kept. Words that only decide
/// the kind (الساعة، العام، a month name) are not in the span; hedges and range words are.</para>
/// </remarks>
public sealed class QuantityRecognizer
{
    private static readonly Lazy<QuantityRecognizer> BuiltIn = new(() => new QuantityRecognizer(NumberLexicon.Default));

    private readonly NumberTable _table;

    /// <summary>The recogniser of the built-in <see cref="NumberLexicon.Default"/>, compiled once.</summary>
    public static QuantityRecognizer Default => BuiltIn.Value;

    /// <summary>Compiles <paramref name="lexicon"/> (for example <c>NumberLexicon.Default.With(NumberLexicon.LoadFile(path))</c>).</summary>
    public QuantityRecognizer(NumberLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
        _table = new NumberTable(lexicon);
    }

    /// <summary>The lexicon this recogniser was compiled from.</summary>
    public NumberLexicon Lexicon { get; }

    /// <summary>All quantities of <paramref name="doc"/>, in text order, sentence by sentence.</summary>
    public IReadOnlyList<QuantityMention> Recognize(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return Recognize(doc, 0, doc.Tokens.Count);
    }

    /// <summary>
    /// The quantities lying wholly in tokens [<paramref name="firstToken"/>, <paramref name="endToken"/>), in text order.
    /// Context outside the range (a cue word before it) is not read; sentence boundaries inside it are respected.
    /// Out-of-range bounds are clamped.
    /// </summary>
    public IReadOnlyList<QuantityMention> Recognize(Document doc, int firstToken, int endToken)
    {
        ArgumentNullException.ThrowIfNull(doc);
        firstToken = Math.Clamp(firstToken, 0, doc.Tokens.Count);
        endToken = Math.Clamp(endToken, firstToken, doc.Tokens.Count);
        var result = new List<QuantityMention>();
        if (firstToken == endToken) return result;
        var scan = new Scan(_table, doc, firstToken, endToken, result);
        int s = Math.Max(0, doc.SentenceOf(firstToken));
        for (; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            if (sentence.FirstToken >= endToken) break;
            int from = Math.Max(firstToken, sentence.FirstToken), to = Math.Min(endToken, sentence.EndToken);
            if (from < to) scan.Run(from, to);
        }
        return result;
    }

    /// <summary>The kinds of element a compound number is built of.</summary>
    private enum Part : byte
    {
        None,
        Digits,
        Unit,
        BoundUnit,
        Ten,
        Teen,
        Tens,
        Hundred,
        Hundreds,
        Scale,
        DualScale,
        PluralScale,
        Fraction,
        Other,
    }

    /// <summary>One element of a compound number at a token.</summary>
    private struct Element
    {
        public Part Part;
        public decimal Value;      // for scales, the scale (ألفين: 1000 with Dual)
        public bool Overflow;
        public int End;            // token after the element
        public int SpanStart;
        public int CliticLength;
        public bool Conj;          // the proclitic is exactly و
        public bool ViaArticle;
        public string Cue;
        public FractionEntry? FractionEntry;
    }

    private enum CoreType : byte { Number, Vague, Dual, DayMonthYear }

    /// <summary>A number, vague word or dual found at a token, before its kind is decided.</summary>
    private sealed class Core
    {
        public CoreType Type;
        public int First, End;
        public int SpanStart, SpanEnd;
        public decimal Value;
        public bool Overflow;
        public bool SingleDigits;  // one number token, no article
        public bool PlainDigits;   // and no separators
        public int DigitCount;
        public decimal TrailingScale; // the scale of the last word when the number ends in one (خمسة آلاف: 1000), else 0
        public bool HasScale;
        public long VMin, VMax, VBest;
        public long? VUnit;
        public LexItem? Dual;
        public readonly List<string> Cues = [];
    }

    /// <summary>One recognition pass over a token range.</summary>
    private sealed class Scan(NumberTable table, Document doc, int rangeFirst, int rangeEnd, List<QuantityMention> result)
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

        // ---- elements and cores

        private bool ElementAt(int p, out Element e, bool afterWaw = false)
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
                e = new Element
                {
                    Part = Part.Digits, Value = n.Value, Overflow = n.Overflow, End = p + 1, SpanStart = token.Start,
                    Cue = "digits:" + TokenText(p),
                };
                return true;
            }
            if (token.Kind != TokenKind.Word || !Any(p)) return false;
            if (Lex(p, LexRole.Cardinal, out var hit, afterWaw))
            {
                long v = hit.Item.Value;
                var part = hit.Item.CompoundOnly ? Part.BoundUnit : Classify(v, out v);
                e = FromHit(hit, part, v, "number-word:");
                return true;
            }
            if (Lex(p, LexRole.Vague, out hit, afterWaw) && hit.Item.Vague!.Unit is long unit)
            {
                e = FromHit(hit, Part.PluralScale, unit, "number-word:");
                return true;
            }
            if (Lex(p, LexRole.Fraction, out hit, afterWaw))
            {
                e = FromHit(hit, Part.Fraction, 0, "fraction:");
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

        private Element SpaceGrouped(int p, int end)
        {
            decimal v = 0;
            bool overflow = false;
            for (int q = p; q < end && !overflow; q++)
            {
                foreach (char c in doc.TokenSpan(q)) v = v * 10 + (c - '0');
                overflow = v > long.MaxValue;
            }
            return new Element
            {
                Part = Part.Digits, Value = overflow ? 0 : v, Overflow = overflow, End = end, SpanStart = _tokens[p].Start,
                Cue = "digits:" + _text[_tokens[p].Start.._tokens[end - 1].End],
            };
        }

        private Element FromHit(LexHit hit, Part part, decimal value, string cuePrefix) => new()
        {
            Part = part, Value = value, End = hit.End, SpanStart = hit.SpanStart, CliticLength = hit.CliticLength,
            Conj = hit.CliticLength == 1 && _text[_tokens[hit.First].Start] == Waw, ViaArticle = hit.ViaArticle,
            Cue = cuePrefix + hit.Item.Written,
        };

        private static readonly long[] Scales = [1_000, 1_000_000, 1_000_000_000, 1_000_000_000_000, 1_000_000_000_000_000, 1_000_000_000_000_000_000];

        /// <summary>Units 1–9, ten, tens, hundreds, scales (powers of 1000) and their duals; anything else stands alone.</summary>
        private static Part Classify(long v, out long scale)
        {
            scale = v;
            if (v is >= 1 and <= 9) return Part.Unit;
            if (v == 10) return Part.Ten;
            if (v is >= 20 and <= 90 && v % 10 == 0) return Part.Tens;
            if (v == 100) return Part.Hundred;
            if (v is >= 200 and <= 900 && v % 100 == 0) return Part.Hundreds;
            foreach (long s in Scales)
            {
                if (v == s) return Part.Scale;
                if (v == 2 * s) { scale = s; return Part.DualScale; }
            }
            return Part.Other;
        }

        /// <summary>A unit word (a scale or a unit plural) at token <paramref name="p"/>, without proclitics.</summary>
        private bool UnitAt(int p)
        {
            if (!IsWord(p) || !Any(p)) return false;
            if (Lex(p, LexRole.Cardinal, out var hit) && hit.CliticLength == 0 && !hit.Item.CompoundOnly && Classify(hit.Item.Value, out _) == Part.Scale) return true;
            return Lex(p, LexRole.Vague, out hit) && hit.CliticLength == 0 && hit.Item.Vague!.Unit is not null;
        }

        private bool TenAt(int p) =>
            ElementAt(p, out var e) && e.Part == Part.Ten && e.CliticLength == 0 && !e.ViaArticle;

        /// <summary>Tens joined by و at token <paramref name="p"/> ("وعشرين", "و عشرين", "والعشرين" after an ordinal).</summary>
        private bool TensAfterConj(int p, bool allowArticle, out long tens, out int end)
        {
            tens = 0;
            end = p;
            bool bare = IsBareWaw(p);
            if (!ElementAt(bare ? p + 1 : p, out var e) || e.Part != Part.Tens || (e.ViaArticle && !allowArticle)) return false;
            if (bare ? e.CliticLength != 0 : !e.Conj) return false;
            tens = (long)e.Value;
            end = e.End;
            return true;
        }

        /// <summary>What must follow a word that counts only in compounds (أحد، اثنا): عشر/عشرة, or و + tens.</summary>
        private bool CompoundFollows(int p) => TenAt(p) || TensAfterConj(p, allowArticle: false, out _, out _);

        /// <summary>A number (digits or words, possibly compound), a vague word or a dual starting at token <paramref name="i"/>.</summary>
        private Core? ParseCore(int i, bool numbersOnly)
        {
            if (i < _begin || i >= _end) return null;
            string? articleCue = null;
            int spanStart = _tokens[i].Start;
            int first = i;
            if (IsBareArticle(i))
            {
                // "الـ ألف": a detached article before a number.
                if (!ElementAt(i + 1, out var after) || after.CliticLength != 0 || after.ViaArticle || after.Part is Part.Fraction or Part.PluralScale) return null;
                articleCue = "article:ال";
                i++;
            }
            if (_tokens[i].Kind == TokenKind.Number)
            {
                var n = DigitNumber.Parse(doc.TokenSpan(i), UnitAt(i + 1));
                if (n.Shape == DigitsShape.DayMonthYear && articleCue is null)
                {
                    var date = new Core { Type = CoreType.DayMonthYear, First = i, End = i + 1, SpanStart = _tokens[i].Start, SpanEnd = _tokens[i].End, Value = n.Value };
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
                var d = new Core
                {
                    Type = CoreType.Dual, First = i, End = dual.End, SpanStart = dual.SpanStart, SpanEnd = _tokens[dual.End - 1].End,
                    Value = 2, Dual = dual.Item,
                };
                d.Cues.Add("dual:" + dual.Item.Written);
                return d;
            }
            return null;
        }

        private Core VagueCore(LexHit hit)
        {
            var v = hit.Item.Vague!;
            var core = new Core
            {
                Type = CoreType.Vague, First = hit.First, End = hit.End, SpanStart = hit.SpanStart, SpanEnd = _tokens[hit.End - 1].End,
                VMin = v.Min, VMax = v.Max, VBest = v.Best, VUnit = v.Unit,
            };
            core.Cues.Add("vague:" + hit.Item.Written);
            // عشرات الآلاف، بضعة آلاف، مئات الملايين: a unit word after the vague word multiplies it.
            if (ElementAt(hit.End, out var unit) && unit.CliticLength == 0 && unit.Part is Part.Scale or Part.PluralScale)
            {
                long factor = (long)unit.Value;
                (core.VMin, core.VMax, core.VBest, core.VUnit) = QuantityRules.Scale(core.VMin, core.VMax, core.VBest, core.VUnit, factor);
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
        private Core? Compound(int i, int first, int articleSpanStart)
        {
            if (!ElementAt(i, out var e) || e.Part is Part.PluralScale or Part.Fraction) return null;
            if (e.Part == Part.BoundUnit && !CompoundFollows(e.End)) return null;
            // "10 صفر": after a number, صفر is the Hijri month Safar, not zero.
            if (e.Part == Part.Other && e.Value == 0 && IsNumber(i - 1)) return null;
            int firstSpanStart = e.SpanStart;
            decimal total = 0, group = 0, lastScale = decimal.MaxValue;
            bool overflow = false;
            var cues = new List<string>(2);
            Part last = Part.None;
            int pos = i;
            while (true)
            {
                if (last != Part.None)
                {
                    int p = pos;
                    bool conj = false;
                    if (IsBareWaw(p)) { conj = true; p++; }
                    // Prefer reading a leading و as the conjunction: وأحد عشر is و + أحد عشر, not واحد.
                    bool joined = !conj && ElementAt(p, out e, afterWaw: true) && !e.ViaArticle && Allowed(last, e, true, group, total, lastScale)
                        && (e.Part != Part.BoundUnit || CompoundFollows(e.End));
                    if (!joined && (!ElementAt(p, out e) || e.ViaArticle)) break;
                    if (e.CliticLength > 0)
                    {
                        if (conj || !e.Conj) break;
                        conj = true;
                    }
                    if (!Allowed(last, e, conj, group, total, lastScale)) break;
                    if (e.Part == Part.BoundUnit && !CompoundFollows(e.End)) break;
                }
                // Apply the element.
                switch (e.Part)
                {
                    case Part.Digits:
                        // Alone, after a scale (group 0) or after hundreds and و: مئتين و50 = 250.
                        overflow |= e.Overflow;
                        group += e.Value;
                        break;
                    case Part.Ten when last is Part.Unit or Part.BoundUnit:
                        group += 10;
                        e.Part = Part.Teen;
                        break;
                    case Part.Hundred when last is Part.Unit or Part.Digits && group < 10:
                        group *= 100;
                        e.Part = Part.Hundreds;
                        break;
                    case Part.Scale or Part.PluralScale:
                        {
                            decimal multiplier = group == 0 ? 1 : group;
                            if (multiplier > long.MaxValue / e.Value) overflow = true;
                            else total += multiplier * e.Value;
                            group = 0;
                            lastScale = e.Value;
                            break;
                        }
                    case Part.DualScale:
                        total += 2 * e.Value;
                        group = 0;
                        lastScale = e.Value;
                        break;
                    case Part.Fraction:
                        total += (decimal)e.FractionEntry!.Numerator / e.FractionEntry.Denominator * lastScale;
                        break;
                    default:
                        group += e.Value;
                        break;
                }
                cues.Add(e.Cue);
                if (total + group > long.MaxValue) overflow = true;
                last = e.Part;
                pos = e.End;
                if (overflow) break;
            }
            bool hasScale = lastScale != decimal.MaxValue;
            var core = new Core
            {
                HasScale = hasScale,
                TrailingScale = hasScale && group == 0 && last is Part.Scale or Part.PluralScale or Part.DualScale ? lastScale : 0,
                Type = CoreType.Number, First = first, End = pos,
                SpanStart = articleSpanStart >= 0 ? articleSpanStart : firstSpanStart,
                SpanEnd = _tokens[pos - 1].End, Overflow = overflow, Value = overflow ? 0 : total + group,
            };
            if (pos == i + 1 && _tokens[i].Kind == TokenKind.Number && articleSpanStart < 0)
            {
                var span = doc.TokenSpan(i);
                core.SingleDigits = true;
                core.PlainDigits = span.IndexOfAny('.', ',') < 0;
                core.DigitCount = span.Length;
            }
            core.Cues.AddRange(cues);
            if (overflow) core.Cues.Add("overflow");
            else if (core.Value != decimal.Floor(core.Value)) core.Cues.Add("decimal");
            return core;
        }

        private static bool Allowed(Part last, Element e, bool conj, decimal group, decimal total, decimal lastScale)
        {
            bool scaleOk = e.Part is Part.Scale or Part.PluralScale && (total == 0 || e.Value < lastScale) && !e.Overflow;
            return last switch
            {
                // 110 آلاف، 1.5 مليون، 3 مئة; after a scale, digits may open a smaller group: مليون و200 ألف.
                Part.Digits => !conj && (scaleOk || (e.Part == Part.Hundred && group is >= 1 and < 10 && group == decimal.Floor(group))),
                // ثلاثة عشر، ثلاث مئة، ثلاثة آلاف؛ خمسة وعشرون.
                Part.Unit => conj ? e.Part == Part.Tens : e.Part == Part.Ten || (e.Part == Part.Hundred && group < 10) || scaleOk,
                Part.BoundUnit => conj ? e.Part == Part.Tens : e.Part == Part.Ten,
                Part.Ten or Part.Teen or Part.Tens => !conj && scaleOk,
                // مئة ألف؛ مئة وخمسون، ثلاثمئة و25.
                Part.Hundred or Part.Hundreds => conj
                    ? e.Part is Part.Unit or Part.BoundUnit or Part.Ten or Part.Tens || (e.Part == Part.Digits && e.Value < 100 && e.Value == decimal.Floor(e.Value))
                    : scaleOk,
                // ألف وخمسمئة، ألف و600، مليون ونصف، مليون وألفين.
                Part.Scale or Part.DualScale or Part.PluralScale => conj && (
                    e.Part is Part.Unit or Part.BoundUnit or Part.Ten or Part.Tens or Part.Hundred or Part.Hundreds or Part.Fraction
                    || (e.Part == Part.Digits && !e.Overflow && e.Value < lastScale && e.Value == decimal.Floor(e.Value))
                    || (e.Part == Part.DualScale && e.Value < lastScale)),
                _ => false,
            };
        }

        // ---- hedges, ranges, ordinals, months

        private bool TryHedged(LexHit hedge, out int next)
        {
            next = hedge.First + 1;
            var item = hedge.Item;
            // A verb that needs its preposition after the subject ("لا يقل عددهم عن 30") has no number right after it.
            var core = item.Then.Length == 0 ? ParseCore(hedge.End, numbersOnly: false) : null;
            if (core is null && item.Hedge!.Separable && Lex(hedge.End, LexRole.HedgeSubject, out var subject))
            {
                // تجاوز عدد القتلى الألف: the verb's subject stands between it and the number.
                core = AfterSubject(subject.End, item);
                if (core is null && IsWord(subject.End) && !Any(subject.End)) core = AfterSubject(subject.End + 1, item);
            }
            if (core is null || core.Type == CoreType.DayMonthYear) return false;
            next = Emit(core, hedge);
            return true;
        }

        /// <summary>The number after a hedge's subject, behind the preposition the hedge needs there, if any ("عن" in "لا يقل عددهم عن 30").</summary>
        private Core? AfterSubject(int p, LexItem hedge)
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
            Core? y;
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

        /// <summary>"أربعة إلى خمسة آلاف", "بين 3 و4 ملايين": the scale that ends Y applies to a smaller X without one.</summary>
        private static decimal LowEnd(Core x, Core y) =>
            !x.HasScale && y.TrailingScale > 0 && x.Value < y.Value / y.TrailingScale ? x.Value * y.TrailingScale : x.Value;

        private int EmitRange(int firstToken, int spanStart, Core x, Core y, string cue)
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
            result.Add(new QuantityMention(new TextSpan(spanStart, spanEnd), firstToken, end, QuantityRules.Range(LowEnd(x, y), y.Value), kind, cues));
            return end;
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
                value *= 100;
                cues.Add("clock:" + clock.Item.Written);
            }
            else if (Lex(end, LexRole.RangeFrom, out var of) && Lex(of.End, LexRole.Month, out var month))
            {
                // الأول من مايو: the first of May.
                kind = NumberKind.Date;
                cues.Add("month:" + month.Item.Written);
            }
            result.Add(new QuantityMention(new TextSpan(hit.SpanStart, _tokens[end - 1].End), hit.First, end, Quantity.Exactly(value), kind, cues));
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
                    int year = (span[0] - '0') * 1000 + (span[1] - '0') * 100 + (span[2] - '0') * 10 + (span[3] - '0');
                    result.Add(new QuantityMention(_tokens[p].Span, p, p + 1, Quantity.Exactly(year), NumberKind.Year, cues));
                    return p + 1;
                }
            }
            return p;
        }

        // ---- deciding the kind and emitting

        private static bool IsYearish(Core c) => c.Type == CoreType.Number && c.PlainDigits && c.DigitCount == 4 && c.Value is >= 1900 and <= 2100;

        private void AddYear(Core c, string cue)
        {
            var cues = new List<string>(c.Cues.Count + 1) { cue };
            cues.AddRange(c.Cues);
            result.Add(new QuantityMention(new TextSpan(c.SpanStart, c.SpanEnd), c.First, c.End, Quantity.Exactly((long)c.Value), NumberKind.Year, cues));
        }

        /// <summary>Decides what <paramref name="core"/> stands for, reads what follows it (%, a post-hedge, the other end of a range) and records the mention.</summary>
        private int Emit(Core core, LexHit? pre)
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

            if (core.Type == CoreType.DayMonthYear)
            {
                result.Add(new QuantityMention(new TextSpan(spanStart, spanEnd), firstToken, end, Quantity.Exactly((long)core.Value), NumberKind.Date, cues));
                return end;
            }

            var kind = NumberKind.Count;
            Quantity? quantity = null;
            if (core.Type == CoreType.Number && !core.Overflow)
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
                    && (mm[0] - '0') * 10 + (mm[1] - '0') <= 59)
                {
                    // 11:05
                    kind = NumberKind.Time;
                    quantity = Quantity.Exactly((long)v * 100 + (mm[0] - '0') * 10 + (mm[1] - '0'));
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
                    quantity = Quantity.Exactly((long)v * 100);
                    cues.Add("clock:" + clock.Item.Written);
                }
                else if (whole && v <= 24 && Lex(end, LexRole.DayPart, out var dayPart))
                {
                    kind = NumberKind.Time;
                    quantity = Quantity.Exactly((long)v * 100);
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

            quantity ??= core.Type switch
            {
                CoreType.Vague => QuantityRules.Vague(core.VMin, core.VMax, core.VBest, core.VUnit, hedge),
                _ => QuantityRules.Number(core.Value, core.Overflow, hedge),
            };
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
        private long? DayOf(Core core, ref int spanStart, List<string> cues)
        {
            if (core.Value is >= 1 and <= 31) return (long)core.Value;
            int t = core.First;
            if (core.DigitCount >= 3 && IsWord(t - 1) && Adjacent(t - 1, t))
            {
                var s = doc.TokenSpan(t);
                int day = (s[^2] - '0') * 10 + (s[^1] - '0');
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
        private bool YearReading(Core core, LexHit? pre, out string cue)
        {
            if (pre is not LexHit h) return YearCue(core, out cue);
            bool year = h.Item.Hedge!.Preposition && !IsWord(core.End);
            cue = year ? "year-cue:" + h.Item.Written : "";
            return year;
        }

        private bool YearCue(Core core, out string cue)
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

        /// <summary>X-Y, X إلى Y, X أو Y after a plain count X.</summary>
        private bool TryRangeAfter(Core x, List<string> cues, out int end)
        {
            end = x.End;
            if (x.Type != CoreType.Number || x.Overflow) return false;
            int p = x.End;
            Core? y = null;
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

        private int EmitRangeFrom(Core x, Core y, List<string> cues)
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
            result.Add(new QuantityMention(new TextSpan(x.SpanStart, spanEnd), x.First, end, QuantityRules.Range(LowEnd(x, y), y.Value), kind, cues));
            return end;
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
}
