using ClaimCheck.Text;
using static ClaimCheck.Recognition.DateResolver;

namespace ClaimCheck.Recognition;

/// <summary>The finder of <see cref="DateRecognizer"/>, continued: relative days, weekdays, relative months, and the phrase matching every part uses.</summary>
public sealed partial class DateRecognizer
{
    private sealed partial class Scan
    {
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
            var (date, endDate) = WeekdayDays(wd.Payload, dir, twoDays, _pub);
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
            var (first, last) = RelativeMonth(rel.Payload, _pub);
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
}
