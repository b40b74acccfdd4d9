using ClaimCheck.Text;

namespace ClaimCheck.Recognition;

/// <summary>How a date mention names its day.</summary>
public enum DateKind
{
    /// <summary>A calendar date, month or numeric date ("19 نيسان/أبريل 2018", "21.05.2018", "الأول من مايو", "مايو 2018").</summary>
    Explicit,
    /// <summary>A day or month relative to the publication date ("أمس", "أول من أمس", "صباح اليوم", "الشهر الماضي").</summary>
    Relative,
    /// <summary>A weekday name, resolved against the publication date ("الخميس", "ليل السبت–الأحد", "فجر الأحد").</summary>
    Weekday,
}

/// <summary>A date expression found in a document.</summary>
/// <param name="Span">Span of the words that gave the date, in normalised-text (<see cref="Document.Text"/>) coordinates.
/// A proclitic (و، ف، ب، ل) on the first word is outside the span.</param>
/// <param name="FirstToken">Index of the first token of the mention.</param>
/// <param name="EndToken">Index one past the last token of the mention.</param>
/// <param name="Date">The day named (the first day of a month or of a night that spans two days); null when it cannot be
/// resolved: a relative date, a weekday or a date without a year and no publication date, or an impossible day ("31 شباط").</param>
/// <param name="EndDate">The last day when the words name more than one day: the second day of a night ("ليل السبت–الأحد"),
/// the last day of a month ("مايو 2018", "الشهر الماضي") or of a day range ("19-20 نيسان"); otherwise null.</param>
/// <param name="Kind">How the day is named.</param>
/// <param name="YearInferred">True when a calendar date or month gave no year and the year was taken from the publication date.</param>
/// <param name="Cues">The lexicon phrases that made the mention, as the lexicon spells them, in text order.</param>
public sealed record DateMention(TextSpan Span, int FirstToken, int EndToken, DateOnly? Date, DateOnly? EndDate, DateKind Kind, bool YearInferred, IReadOnlyList<string> Cues);

/// <summary>
/// Finds date expressions in Arabic news text and resolves them against the publication date.
/// </summary>
/// <remarks>
/// <para>What it reads (the words come from a <see cref="DateLexicon"/>):</para>
/// <list type="bullet">
/// <item>Calendar dates: "19 نيسان/أبريل 2018", "14 تشرين الأول", "21 مايو 2018", "19 من شهر نيسان", "19-20 نيسان",
/// "الأول من مايو", "الأول من الشهر الجاري", "أيار من العام الماضي". A date without a year takes the most recent such
/// day on or before publication (<see cref="DateMention.YearInferred"/>); "آذار الماضي" the most recent one before it.</item>
/// <item>Numeric dates day-first: "21.05.2018", "21/05/2018", "21-5-2018", and year-first "2018-05-21". A four-digit year
/// is required; day and month swap only when the day-first reading is impossible and the month-first one is not
/// ("05/21/2018"). An impossible numeric date is not a mention.</item>
/// <item>Months: "مايو 2018", "شهر أيار", "آذار الماضي", "الشهر الماضي" give the month's first day as
/// <see cref="DateMention.Date"/> and its last day as <see cref="DateMention.EndDate"/>. A month name alone ("في أيار")
/// is not read: "آب" is also a common noun.</item>
/// <item>Relative days: "اليوم", "أمس", "أول من أمس", "الليلة الماضية", optionally with a part of the day before
/// ("صباح اليوم", "مساء أمس") and a weekday after ("أمس الأحد", "اليوم الاثنين"). When the weekday disagrees with the
/// relative word, the weekday wins: the date is the nearest such weekday to the relative day.</item>
/// <item>Weekdays: "الخميس" is the most recent Thursday on or before publication, "الخميس الماضي" the most recent before
/// it, "الخميس المقبل" the first after it; "يوم السبت", "فجر الأحد", "ظهر السبت"; a night word may name two consecutive
/// days ("ليل السبت–الأحد": <see cref="DateMention.Date"/> is Saturday, <see cref="DateMention.EndDate"/> Sunday).
/// A weekday followed by a calendar date ("الخميس 19 نيسان 2018", "الخميس الموافق 19/4/2018") is one explicit mention.</item>
/// </list>
/// <para>Not dates: a year alone ("2012", "العام 2012"), clock times ("11:05"), ordinals without "من" + month ("الأول"),
/// and the lexicon's not-date phrases ("روسيا اليوم", "اليوم التالي"). Text glued by scraping ("التحرير121 مايو") gives the
/// last one or two digits as the day when the number is too large to be one.</para>
/// <para>Recognition never throws on any text and never resolves outside <see cref="DateOnly"/>'s range.</para>
/// </remarks>
public sealed class DateRecognizer
{
    private static readonly Lazy<DateRecognizer> LazyDefault = new(() => new DateRecognizer(DateLexicon.Default));

    private readonly PhraseMatcher<int> _months;
    private readonly PhraseMatcher<int> _relativeDays;
    private readonly PhraseMatcher<int> _relativeMonths;
    private readonly PhraseMatcher<int> _relativeYears;
    private readonly PhraseMatcher<int> _ordinals;
    private readonly PhraseMatcher<DayOfWeek> _weekdays;
    private readonly PhraseMatcher<bool> _partsOfDay;
    private readonly PhraseMatcher<DateDirection> _modifiers;
    private readonly PhraseMatcher<bool> _dayWords;
    private readonly PhraseMatcher<bool> _monthWords;
    private readonly PhraseMatcher<bool> _yearWords;
    private readonly PhraseMatcher<bool> _yearSuffixes;
    private readonly PhraseMatcher<bool> _ofWords;
    private readonly PhraseMatcher<bool> _linkWords;
    private readonly PhraseMatcher<bool> _rangeWords;
    private readonly PhraseMatcher<bool> _notDates;

    /// <summary>The first words of every phrase a mention can start with: other words (and punctuation) start none.</summary>
    private readonly StartFilter _starts = new();

    /// <summary>The recogniser over the embedded lexicon (built once).</summary>
    public static DateRecognizer Default => LazyDefault.Value;

    /// <summary>Compiles a recogniser over <paramref name="lexicon"/> (for instance <c>DateLexicon.Default.Merge(DateLexicon.LoadFile(path))</c>).</summary>
    public DateRecognizer(DateLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _months = Compile(lexicon.Months, e => e.Month, e => e.Names);
        _relativeDays = Compile(lexicon.RelativeDays, e => e.Offset, e => e.Names);
        _relativeMonths = Compile(lexicon.RelativeMonths, e => e.Offset, e => e.Names);
        _relativeYears = Compile(lexicon.RelativeYears, e => e.Offset, e => e.Names);
        _ordinals = Compile(lexicon.OrdinalDays, e => e.Day, e => e.Names);
        _weekdays = Compile(lexicon.Weekdays, e => e.Day, e => e.Names);
        _partsOfDay = Compile(lexicon.PartsOfDay, e => e.Night, e => e.Names);
        _modifiers = Compile(lexicon.Modifiers, e => e.Direction, e => e.Names);
        _dayWords = Words(lexicon.DayWords);
        _monthWords = Words(lexicon.MonthWords);
        _yearWords = Words(lexicon.YearWords);
        _yearSuffixes = Words(lexicon.YearSuffixes);
        _ofWords = Words(lexicon.OfWords);
        _linkWords = Words(lexicon.LinkWords);
        _rangeWords = Words(lexicon.RangeWords);
        _notDates = Words(lexicon.NotDates);
        // TryMentionAt starts with a part of the day, "يوم", or TryCore: a number, an ordinal, "شهر", a month, a relative day,
        // a weekday or a relative month.
        _partsOfDay.AddTo(_starts);
        _dayWords.AddTo(_starts);
        _ordinals.AddTo(_starts);
        _monthWords.AddTo(_starts);
        _months.AddTo(_starts);
        _relativeDays.AddTo(_starts);
        _weekdays.AddTo(_starts);
        _relativeMonths.AddTo(_starts);
    }

    private static PhraseMatcher<T> Compile<TEntry, T>(IEnumerable<TEntry> entries, Func<TEntry, T> payload, Func<TEntry, IReadOnlyList<string>> names)
    {
        var pairs = new List<(string, T)>();
        foreach (var e in entries)
            foreach (var n in names(e)) pairs.Add((n, payload(e)));
        return new PhraseMatcher<T>(pairs);
    }

    private static PhraseMatcher<bool> Words(IEnumerable<string> words)
    {
        var pairs = new List<(string, bool)>();
        foreach (var w in words) pairs.Add((w, true));
        return new PhraseMatcher<bool>(pairs);
    }

    /// <summary>All date mentions of <paramref name="doc"/>, left to right, not overlapping.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="published">The publication date, which relative dates, weekdays and dates without a year need.</param>
    public IReadOnlyList<DateMention> Recognize(Document doc, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return Recognize(doc, 0, doc.Tokens.Count, published);
    }

    /// <summary>The date mentions that lie inside tokens [<paramref name="firstToken"/>, <paramref name="endToken"/>), left to right.
    /// Indexes outside the document are clamped to it.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="firstToken">First token to read.</param>
    /// <param name="endToken">One past the last token to read.</param>
    /// <param name="published">The publication date, which relative dates, weekdays and dates without a year need.</param>
    public IReadOnlyList<DateMention> Recognize(Document doc, int firstToken, int endToken, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(doc);
        int from = Math.Clamp(firstToken, 0, doc.Tokens.Count);
        int to = Math.Clamp(endToken, from, doc.Tokens.Count);
        var scan = new Scan(this, doc, from, to, published);
        var result = new List<DateMention>();
        var tokens = doc.TokenArray;
        for (int i = from; i < to; i++)
        {
            if (tokens[i].Kind == TokenKind.Punct || (tokens[i].Kind == TokenKind.Word && !_starts.MayStartAt(doc, i))) continue;
            if (scan.TryMentionAt(i, out var mention))
            {
                result.Add(mention);
                i = mention.EndToken - 1;
            }
        }
        return result;
    }

    /// <summary>What a part of a mention resolved to.</summary>
    private readonly record struct Piece(int StartOffset, int End, DateOnly? Date, DateOnly? EndDate, DateKind Kind, bool YearInferred);

    /// <summary>A stated or relative year after a month: Found when words were consumed; Year null when unresolvable.</summary>
    private readonly record struct YearPart(bool Found, int? Year, int End);

    /// <summary>One recognition pass over a token range: the lexicon, the blocked tokens and the cues of the mention being read.</summary>
    private sealed class Scan
    {
        private const int MinYear = 1900;
        private const int MaxYear = 2100;

        private readonly DateRecognizer _r;
        private readonly Document _doc;
        private readonly IReadOnlyList<Token> _tokens;
        private readonly int _to;
        private readonly DateOnly? _pub;
        private readonly bool[] _blocked;
        private readonly List<string> _cues = [];

        public Scan(DateRecognizer recognizer, Document doc, int from, int to, DateOnly? published)
        {
            _r = recognizer;
            _doc = doc;
            _tokens = doc.Tokens;
            _to = to;
            _pub = published;
            _blocked = new bool[doc.Tokens.Count];
            foreach (var m in recognizer._notDates.Matches(doc, from, to))
                for (int k = m.FirstToken; k < m.EndToken; k++) _blocked[k] = true;
        }

        public bool TryMentionAt(int i, out DateMention mention)
        {
            mention = null!;
            if (_blocked[i] || _tokens[i].Kind == TokenKind.Punct) return false;
            _cues.Clear();

            // A part of the day, optionally "يوم", then the day: "مساء أمس الأحد", "ظهر يوم السبت", "ليل السبت–الأحد".
            if (Match(_r._partsOfDay, i, true, out var pod))
            {
                _cues.Add(pod.Phrase);
                int k = pod.EndToken;
                if (Match(_r._dayWords, k, false, out var dw)) { _cues.Add(dw.Phrase); k = dw.EndToken; }
                if (TryCore(k, false, pod.Payload, out var core))
                {
                    mention = Make(StartOf(pod), i, core);
                    return true;
                }
                _cues.Clear();
            }
            // "يوم" then the day: "يوم السبت", "يوم أمس", "يوم 19 نيسان".
            if (Match(_r._dayWords, i, true, out var day))
            {
                _cues.Add(day.Phrase);
                if (TryCore(day.EndToken, false, false, out var core))
                {
                    mention = Make(StartOf(day), i, core);
                    return true;
                }
                _cues.Clear();
            }
            if (TryCore(i, true, false, out var bare))
            {
                mention = Make(bare.StartOffset, i, bare);
                return true;
            }
            return false;
        }

        private DateMention Make(int startOffset, int firstToken, Piece core) =>
            new(new TextSpan(startOffset, _tokens[core.End - 1].End), firstToken, core.End, core.Date, core.EndDate, core.Kind, core.YearInferred, _cues.ToArray());

        private bool TryCore(int k, bool clitics, bool night, out Piece piece)
        {
            piece = default;
            if (k >= _to || _blocked[k]) return false;
            int mark = _cues.Count;
            if (TryNumericDate(k, out piece) || TryDayMonth(k, out piece) || TryOrdinal(k, clitics, out piece) || TryMonth(k, clitics, out piece)
                || TryRelativeDay(k, clitics, out piece) || TryWeekday(k, clitics, night, out piece) || TryRelativeMonth(k, clitics, out piece))
                return true;
            Rollback(mark);
            return false;
        }

        // ---- calendar dates ----

        /// <summary>"21.05.2018" (one token), "21/05/2018", "21-5-2018", "2018-05-21" (tokens written without spaces).</summary>
        private bool TryNumericDate(int k, out Piece piece)
        {
            piece = default;
            var t = _tokens[k];
            if (t.Kind != TokenKind.Number) return false;
            ReadOnlySpan<char> a, b, c;
            int end;
            var text = _doc.TokenSpan(k);
            int dot1 = text.IndexOf('.');
            if (dot1 >= 0)
            {
                int dot2 = text[(dot1 + 1)..].IndexOf('.');
                if (dot2 < 0) return false;
                dot2 += dot1 + 1;
                if (text[(dot2 + 1)..].IndexOf('.') >= 0) return false;
                a = text[..dot1];
                b = text[(dot1 + 1)..dot2];
                c = text[(dot2 + 1)..];
                end = k + 1;
            }
            else
            {
                if (k + 4 >= _to) return false;
                char sep = SeparatorAt(k + 1);
                if (sep == '\0' || SeparatorAt(k + 3) != sep) return false;
                if (_tokens[k + 2].Kind != TokenKind.Number || _tokens[k + 4].Kind != TokenKind.Number) return false;
                for (int j = k; j < k + 4; j++)
                    if (_tokens[j].End != _tokens[j + 1].Start) return false;
                a = text;
                b = _doc.TokenSpan(k + 2);
                c = _doc.TokenSpan(k + 4);
                end = k + 5;
            }
            if (!TryDigits(a, out int na) || !TryDigits(b, out int nb) || !TryDigits(c, out int nc)) return false;
            int year, month, dayOfMonth;
            if (a.Length == 4 && b.Length <= 2 && c.Length <= 2) (year, month, dayOfMonth) = (na, nb, nc);
            else if (c.Length == 4 && a.Length <= 2 && b.Length <= 2)
            {
                (year, month, dayOfMonth) = (nc, nb, na);
                if (!IsValid(year, month, dayOfMonth) && IsValid(year, dayOfMonth, month)) (month, dayOfMonth) = (dayOfMonth, month);
            }
            else return false;
            if (year is < MinYear or > MaxYear || !IsValid(year, month, dayOfMonth)) return false;
            piece = new Piece(t.Start, end, new DateOnly(year, month, dayOfMonth), null, DateKind.Explicit, false);
            return true;
        }

        private char SeparatorAt(int k)
        {
            if (k >= _to || _tokens[k].Kind != TokenKind.Punct) return '\0';
            char c = _doc.Text[_tokens[k].Start];
            return c is '/' or '-' or '.' ? c : '\0';
        }

        /// <summary>"19 نيسان/أبريل 2018", "14 تشرين الأول", "19 من شهر نيسان", "19-20 نيسان", "14 من الشهر الجاري", "14 آذار الماضي".</summary>
        private bool TryDayMonth(int k, out Piece piece)
        {
            piece = default;
            if (!TryDayNumber(k, out int dayOfMonth, out int startOffset)) return false;
            int mark = _cues.Count;
            int m = k + 1;
            int? lastDay = null;
            // A day range "19-20 نيسان".
            if (m + 1 < _to && _doc.IsPunct(m, '-') && _tokens[m + 1].Kind == TokenKind.Number
                && TryDigits(_doc.TokenSpan(m + 1), out int second) && second > dayOfMonth && second <= 31)
            {
                lastDay = second;
                m += 2;
            }
            if (TryMonthPart(m, false, out var month, out int end))
            {
                piece = DayInMonth(startOffset, dayOfMonth, lastDay, month, end);
                return true;
            }
            Rollback(mark);
            return false;
        }

        /// <summary>"الأول من مايو", "الحادي والعشرين من شهر أيار 2018", "الأول من الشهر الجاري".</summary>
        private bool TryOrdinal(int k, bool clitics, out Piece piece)
        {
            piece = default;
            if (!Match(_r._ordinals, k, clitics, out var ord)) return false;
            int mark = _cues.Count;
            _cues.Add(ord.Phrase);
            // "من" is required: "الأول" alone is an ordinal, not a date.
            if (Match(_r._ofWords, ord.EndToken, false, out var of) && TryMonthPart(of.EndToken, false, out var month, out int end, ofAlreadyRead: true))
            {
                piece = DayInMonth(StartOf(ord), ord.Payload, null, month, end);
                return true;
            }
            Rollback(mark);
            return false;
        }

        /// <summary>A month after a day: optional "من" and "شهر", then a month name (with year or modifier) or a relative month.</summary>
        private bool TryMonthPart(int m, bool clitics, out MonthRef month, out int end, bool ofAlreadyRead = false)
        {
            month = default;
            end = m;
            if (!ofAlreadyRead && Match(_r._ofWords, m, false, out var of)) m = of.EndToken;
            if (Match(_r._monthWords, m, false, out var mw)) { _cues.Add(mw.Phrase); m = mw.EndToken; }
            if (TryMonthName(m, clitics, out int number, out int e))
            {
                var year = TryYear(e);
                e = year.End;
                DateDirection? dir = null;
                if (!year.Found && Match(_r._modifiers, e, false, out var mod)) { _cues.Add(mod.Phrase); dir = mod.Payload; e = mod.EndToken; }
                month = new MonthRef(number, year.Found, year.Year, dir, Relative: false, Unresolved: false);
                end = e;
                return true;
            }
            if (Match(_r._relativeMonths, m, false, out var rel))
            {
                _cues.Add(rel.Phrase);
                var ym = _pub is { } p ? AddMonths(p.Year, p.Month, rel.Payload) : null;
                month = ym is { } v ? new MonthRef(v.Month, true, v.Year, null, Relative: true, Unresolved: false) : new MonthRef(1, true, null, null, Relative: true, Unresolved: true);
                end = rel.EndToken;
                return true;
            }
            return false;
        }

        /// <summary>A month: its number, whether a year was stated (or given relatively), the year (null when unresolvable), a modifier.</summary>
        private readonly record struct MonthRef(int Month, bool YearFound, int? Year, DateDirection? Direction, bool Relative, bool Unresolved);

        private Piece DayInMonth(int startOffset, int dayOfMonth, int? lastDay, MonthRef month, int end)
        {
            var kind = month.Relative ? DateKind.Relative : DateKind.Explicit;
            bool inferred = !month.YearFound;
            DateOnly? date = null, endDate = null;
            if (month.Unresolved || (month.YearFound && month.Year is null)) return new Piece(startOffset, end, null, null, kind, inferred);
            if (month.YearFound)
            {
                int y = month.Year!.Value;
                if (IsValid(y, month.Month, dayOfMonth)) date = new DateOnly(y, month.Month, dayOfMonth);
                if (lastDay is { } l && date is not null && IsValid(y, month.Month, l)) endDate = new DateOnly(y, month.Month, l);
            }
            else if (_pub is { } pub)
            {
                // Infer the year from the first day; a range keeps the same year.
                date = InferYear(month.Month, dayOfMonth, pub, month.Direction);
                if (lastDay is { } l && date is { } d && IsValid(d.Year, month.Month, l)) endDate = new DateOnly(d.Year, month.Month, l);
            }
            if (lastDay is not null && endDate is null) date = null;
            return new Piece(startOffset, end, date, endDate, kind, inferred);
        }

        /// <summary>"مايو 2018", "شهر أيار", "آذار الماضي", "أيار من العام الماضي": a whole month.</summary>
        private bool TryMonth(int k, bool clitics, out Piece piece)
        {
            piece = default;
            int mark = _cues.Count;
            int m = k;
            bool word = false;
            int startOffset = _tokens[k].Start;
            if (Match(_r._monthWords, k, clitics, out var mw))
            {
                _cues.Add(mw.Phrase);
                startOffset = StartOf(mw);
                m = mw.EndToken;
                word = true;
            }
            if (!TryMonthName(m, clitics && !word, out int month, out int e, out int nameStart))
            {
                Rollback(mark);
                return false;
            }
            if (!word) startOffset = nameStart;
            var year = TryYear(e);
            e = year.End;
            DateDirection? dir = null;
            if (!year.Found && Match(_r._modifiers, e, false, out var mod)) { _cues.Add(mod.Phrase); dir = mod.Payload; e = mod.EndToken; }
            if (!word && !year.Found && dir is null)
            {
                // A month name alone is too ambiguous to read ("آب" is also "father").
                Rollback(mark);
                return false;
            }
            int? y = year.Found ? year.Year : _pub is { } pub ? InferMonthYear(month, pub, dir) : null;
            var (first, last) = y is { } yy ? MonthRange(yy, month) : (null, null);
            piece = new Piece(startOffset, e, first, last, DateKind.Explicit, !year.Found);
            return true;
        }

        /// <summary>A month name with alternatives of the same month: "نيسان/أبريل", "نيسان (أبريل)", "أيار-مايو".</summary>
        private bool TryMonthName(int k, bool clitics, out int month, out int end) => TryMonthName(k, clitics, out month, out end, out _);

        private bool TryMonthName(int k, bool clitics, out int month, out int end, out int startOffset)
        {
            month = 0;
            end = k;
            startOffset = 0;
            if (!Match(_r._months, k, clitics, out var name)) return false;
            _cues.Add(name.Phrase);
            month = name.Payload;
            startOffset = StartOf(name);
            end = name.EndToken;
            for (int alternatives = 0; alternatives < 2; alternatives++)
            {
                if (end < _to && (_doc.IsPunct(end, '/') || _doc.IsPunct(end, '-')) && Match(_r._months, end + 1, false, out var alt) && alt.Payload == month)
                {
                    _cues.Add(alt.Phrase);
                    end = alt.EndToken;
                }
                else if (_doc.IsPunct(end, '(') && Match(_r._months, end + 1, false, out var par) && par.Payload == month && par.EndToken < _to && _doc.IsPunct(par.EndToken, ')'))
                {
                    _cues.Add(par.Phrase);
                    end = par.EndToken + 1;
                }
                else break;
            }
            return true;
        }

        /// <summary>A year after a month: "2018", "عام 2018", "من العام 2018", "2018م", "من العام الماضي".</summary>
        private YearPart TryYear(int k)
        {
            int mark = _cues.Count;
            int j = k;
            if (Match(_r._ofWords, j, false, out var of)) j = of.EndToken;
            if (Match(_r._relativeYears, j, false, out var rel))
            {
                _cues.Add(rel.Phrase);
                int? y = _pub is { } p && p.Year + rel.Payload is >= 1 and <= 9999 ? p.Year + rel.Payload : null;
                return new YearPart(true, y, rel.EndToken);
            }
            if (Match(_r._yearWords, j, false, out var yw)) { _cues.Add(yw.Phrase); j = yw.EndToken; }
            if (j < _to && _tokens[j].Kind == TokenKind.Number && _doc.TokenSpan(j).Length == 4 && TryDigits(_doc.TokenSpan(j), out int year) && year is >= MinYear and <= MaxYear)
            {
                j++;
                if (Match(_r._yearSuffixes, j, false, out var suffix)) j = suffix.EndToken;
                return new YearPart(true, year, j);
            }
            Rollback(mark);
            return new YearPart(false, null, k);
        }

        /// <summary>A day-of-month number (1–31). A longer number glued to the word before it ("التحرير121") gives its last digits.</summary>
        private bool TryDayNumber(int k, out int day, out int startOffset)
        {
            day = 0;
            startOffset = 0;
            var t = _tokens[k];
            if (t.Kind != TokenKind.Number) return false;
            var s = _doc.TokenSpan(k);
            if (!TryDigits(s, out int value)) return false;
            if (s.Length <= 2)
            {
                day = value;
                startOffset = t.Start;
                return day is >= 1 and <= 31;
            }
            bool glued = k > 0 && _tokens[k - 1].Kind == TokenKind.Word && _tokens[k - 1].End == t.Start;
            if (!glued) return false;
            int two = (s[^2] - '0') * 10 + (s[^1] - '0');
            if (s[^2] != '0' && two is >= 10 and <= 31) { day = two; startOffset = t.End - 2; return true; }
            int one = s[^1] - '0';
            if (one is >= 1 and <= 9) { day = one; startOffset = t.End - 1; return true; }
            return false;
        }

        // ---- relative days, weekdays, relative months ----

        /// <summary>"اليوم", "أمس", "أول من أمس", optionally with a weekday and a calendar date: "أمس الأحد", "اليوم الاثنين 21 أيار".</summary>
        private bool TryRelativeDay(int k, bool clitics, out Piece piece)
        {
            piece = default;
            if (!Match(_r._relativeDays, k, clitics, out var rel)) return false;
            _cues.Add(rel.Phrase);
            DateOnly? date = _pub is { } p ? AddDays(p, rel.Payload) : null;
            int end = rel.EndToken;
            if (Match(_r._weekdays, end, false, out var wd))
            {
                _cues.Add(wd.Phrase);
                if (date is { } d) date = Nearest(d, wd.Payload);
                end = wd.EndToken;
            }
            if (TryTrailingDate(end, out var explicitDate))
            {
                piece = explicitDate with { StartOffset = StartOf(rel) };
                return true;
            }
            piece = new Piece(StartOf(rel), end, date, null, DateKind.Relative, false);
            return true;
        }

        /// <summary>"الخميس", "السبت الماضي", "الأحد المقبل", "ليل السبت–الأحد" (after a night word), "الخميس 19 نيسان 2018".</summary>
        private bool TryWeekday(int k, bool clitics, bool night, out Piece piece)
        {
            piece = default;
            if (!Match(_r._weekdays, k, clitics, out var wd)) return false;
            _cues.Add(wd.Phrase);
            int end = wd.EndToken;
            bool twoDays = false;
            if (night)
            {
                int mark = _cues.Count;
                int j = end;
                if (_doc.IsPunct(j, '-') || _doc.IsPunct(j, '/')) j++;
                else if (Match(_r._rangeWords, j, false, out var rw)) { _cues.Add(rw.Phrase); j = rw.EndToken; }
                if (Match(_r._weekdays, j, false, out var wd2) && (int)wd2.Payload == ((int)wd.Payload + 1) % 7)
                {
                    _cues.Add(wd2.Phrase);
                    end = wd2.EndToken;
                    twoDays = true;
                }
                else Rollback(mark);
            }
            DateDirection? dir = null;
            if (Match(_r._modifiers, end, false, out var mod)) { _cues.Add(mod.Phrase); dir = mod.Payload; end = mod.EndToken; }
            if (!twoDays && TryTrailingDate(end, out var explicitDate))
            {
                piece = explicitDate with { StartOffset = StartOf(wd) };
                return true;
            }
            DateOnly? date = null, endDate = null;
            if (_pub is { } p)
            {
                date = dir switch
                {
                    DateDirection.Past => Previous(p, wd.Payload, strict: true),
                    DateDirection.Next => Following(p, wd.Payload),
                    _ => Previous(p, wd.Payload, strict: false),
                };
                if (twoDays && date is { } d) endDate = AddDays(d, 1);
            }
            piece = new Piece(StartOf(wd), end, date, endDate, DateKind.Weekday, false);
            return true;
        }

        /// <summary>A calendar date after a weekday or relative day: "الخميس 19 نيسان", "الخميس، 19/4/2018", "الخميس الموافق 19 نيسان", "الخميس (19 نيسان)".</summary>
        private bool TryTrailingDate(int k, out Piece piece)
        {
            piece = default;
            int mark = _cues.Count;
            int j = k;
            bool paren = false;
            if (_doc.IsPunct(j, ',')) j++;
            else if (_doc.IsPunct(j, '(')) { j++; paren = true; }
            else if (Match(_r._linkWords, j, false, out var link)) { _cues.Add(link.Phrase); j = link.EndToken; }
            if (j >= _to) { Rollback(mark); return false; }
            if (TryNumericDate(j, out piece) || TryDayMonth(j, out piece) || TryOrdinal(j, false, out piece))
            {
                int end = piece.End;
                if (paren && _doc.IsPunct(end, ')') && end < _to) end++;
                piece = piece with { End = end };
                return true;
            }
            Rollback(mark);
            return false;
        }

        /// <summary>"الشهر الماضي", "الشهر الجاري": a whole month relative to publication.</summary>
        private bool TryRelativeMonth(int k, bool clitics, out Piece piece)
        {
            piece = default;
            if (!Match(_r._relativeMonths, k, clitics, out var rel)) return false;
            _cues.Add(rel.Phrase);
            DateOnly? first = null, last = null;
            if (_pub is { } p && AddMonths(p.Year, p.Month, rel.Payload) is { } ym) (first, last) = MonthRange(ym.Year, ym.Month);
            piece = new Piece(StartOf(rel), rel.EndToken, first, last, DateKind.Relative, false);
            return true;
        }

        // ---- matching helpers ----

        /// <summary>
        /// The longest lexicon phrase at token <paramref name="k"/> inside the range and clear of not-date phrases.
        /// With clitics allowed, a conjunction (و، ف) may precede any phrase, but a preposition (ب، ل، ك) only a word with
        /// the article ("بالأمس", "لليوم"): "لامس" (touched) is not "ل" + "أمس".
        /// </summary>
        private bool Match<T>(PhraseMatcher<T> matcher, int k, bool clitics, out PhraseMatch<T> match)
        {
            match = default;
            if (k < 0 || k >= _to || _blocked[k]) return false;
            if (!matcher.TryMatchAt(_doc, k, out match, clitics) || match.EndToken > _to) return false;
            for (int j = k + 1; j < match.EndToken; j++)
                if (_blocked[j]) return false;
            return match.CliticLength == 0 || CliticAllowed(_tokens[k].Start, match.CliticLength, nounWithoutArticle: IsNoun(matcher));
        }

        // "يوم" and "شهر" are nouns that take a preposition without the article: "بيوم السبت", "لشهر أيار".
        private bool IsNoun<T>(PhraseMatcher<T> matcher) => ReferenceEquals(matcher, _r._dayWords) || ReferenceEquals(matcher, _r._monthWords);

        private bool CliticAllowed(int start, int length, bool nounWithoutArticle)
        {
            var text = _doc.Text;
            int i = start, end = start + length;
            while (i < end && text[i] is '\u0648' or '\u0641') i++;
            if (i == end) return true;
            if (end - i == 1 && nounWithoutArticle) return true;
            // One preposition left: it must stand before the article, or be ل before ل of the article (لل).
            if (end - i != 1 || end + 1 >= text.Length) return false;
            return (text[end] == '\u0627' && text[end + 1] == '\u0644') || (text[i] == '\u0644' && text[end] == '\u0644');
        }

        private int StartOf<T>(PhraseMatch<T> m) => _tokens[m.FirstToken].Start + m.CliticLength;

        private void Rollback(int mark)
        {
            if (_cues.Count > mark) _cues.RemoveRange(mark, _cues.Count - mark);
        }
    }

    // ---- calendar arithmetic (never throws) ----

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
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

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static DateOnly? AddDays(DateOnly date, int days)
    {
        long n = (long)date.DayNumber + days;
        return n < DateOnly.MinValue.DayNumber || n > DateOnly.MaxValue.DayNumber ? null : DateOnly.FromDayNumber((int)n);
    }

    private static (int Year, int Month)? AddMonths(int year, int month, int offset)
    {
        int index = year * 12 + (month - 1) + offset;
        int y = index / 12, m = index % 12 + 1;
        return y is >= 1 and <= 9999 ? (y, m) : null;
    }

    private static (DateOnly?, DateOnly?) MonthRange(int year, int month) =>
        IsValid(year, month, 1) ? (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month))) : (null, null);

    /// <summary>The most recent <paramref name="day"/> on (or, when strict, before) <paramref name="reference"/>.</summary>
    private static DateOnly? Previous(DateOnly reference, DayOfWeek day, bool strict)
    {
        int back = ((int)reference.DayOfWeek - (int)day + 7) % 7;
        if (strict && back == 0) back = 7;
        return AddDays(reference, -back);
    }

    /// <summary>The first <paramref name="day"/> strictly after <paramref name="reference"/>.</summary>
    private static DateOnly? Following(DateOnly reference, DayOfWeek day)
    {
        int ahead = ((int)day - (int)reference.DayOfWeek + 7) % 7;
        return AddDays(reference, ahead == 0 ? 7 : ahead);
    }

    /// <summary>The <paramref name="day"/> nearest to <paramref name="reference"/> (within three days either way).</summary>
    private static DateOnly? Nearest(DateOnly reference, DayOfWeek day)
    {
        int shift = ((int)day - (int)reference.DayOfWeek + 7) % 7;
        if (shift > 3) shift -= 7;
        return AddDays(reference, shift);
    }

    /// <summary>
    /// The year of a day and month given without one: the most recent such date on or before publication (strictly before
    /// for "الماضي", strictly after for "المقبل"); null when no year within eight of publication has that day (31 شباط).
    /// </summary>
    private static DateOnly? InferYear(int month, int day, DateOnly published, DateDirection? direction)
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
    private static int? InferMonthYear(int month, DateOnly published, DateDirection? direction)
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
