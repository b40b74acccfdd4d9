using ClaimCheck.Text;
using static ClaimCheck.Recognition.DateResolver;

namespace ClaimCheck.Recognition;

/// <summary>
/// The finder of <see cref="DateRecognizer"/>: which tokens form a date mention, and the lexicon phrases (cues) that made it.
/// This file reads the mention's frame (a part of the day, "يوم") and calendar dates, numeric dates and months;
/// <c>DateRecognizer.Finder.Relative.cs</c> reads relative days, weekdays and relative months. The days they name come from
/// <see cref="DateResolver"/>.
/// </summary>
public sealed partial class DateRecognizer
{
    /// <summary>What a part of a mention resolved to.</summary>
    private readonly record struct Piece(int StartOffset, int End, DateOnly? Date, DateOnly? EndDate, DateKind Kind, bool YearInferred);

    /// <summary>A stated or relative year after a month: Found when words were consumed; Year null when unresolvable.</summary>
    private readonly record struct YearPart(bool Found, int? Year, int End);

    /// <summary>One recognition pass over a token range: the lexicon, the blocked tokens and the cues of the mention being read.</summary>
    private sealed partial class Scan
    {
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
            if (NumericDate(a, b, c) is not { } date) return false;
            piece = new Piece(t.Start, end, date, null, DateKind.Explicit, false);
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

        private Piece DayInMonth(int startOffset, int dayOfMonth, int? lastDay, MonthRef month, int end)
        {
            var (date, endDate) = DateResolver.DayInMonth(dayOfMonth, lastDay, month, _pub);
            return new Piece(startOffset, end, date, endDate, month.Relative ? DateKind.Relative : DateKind.Explicit, !month.YearFound);
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
            var (first, last) = WholeMonth(month, year.Found, year.Year, dir, _pub);
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
                return new YearPart(true, RelativeYear(_pub, rel.Payload), rel.EndToken);
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

    }
}
