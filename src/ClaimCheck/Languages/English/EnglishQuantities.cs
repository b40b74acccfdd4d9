using System.Globalization;
using ClaimCheck.Lexicons;
using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Languages.English;

/// <summary>The shape of <c>en/numbers.json</c> (see the file's header for the rules it writes down).</summary>
internal sealed record EnglishNumberFile(
    List<EnglishNumberWords>? Cardinals, List<EnglishNumberWords>? Scales, List<EnglishNumberWords>? Fixed, List<VagueEntry>? Vague,
    List<EnglishHedge>? Hedges, List<string>? RangeOpen, List<string>? RangeJoin, List<string>? Percent, List<string>? Months,
    List<string>? OrdinalSuffixes, List<string>? TimeWords);

/// <summary>Number words with one value.</summary>
internal sealed record EnglishNumberWords(long Value, List<string> Words);

/// <summary>Hedge phrases and the qualifier they give.</summary>
internal sealed record EnglishHedge(QuantityQualifier Qualifier, List<string> Phrases);

/// <summary>
/// Finds numbers in English text: digits ("1,300", "2.5 million"), number words ("twenty-one", "three hundred and
/// twenty", "a dozen", "a quarter of a million"), vague amounts ("dozens", "scores", "hundreds", "several") and hedges
/// before them ("at least", "more than", "some", "nearly", "up to"), as <see cref="QuantityMention"/>s with the same
/// intervals and cues as the Arabic recogniser. Years, days of dates, percentages, times and ordinals are told from counts.
/// </summary>
internal sealed class EnglishQuantities
{
    private static readonly Lazy<EnglishQuantities> BuiltIn = new(() => new EnglishQuantities(LexiconLoader.LoadEmbedded("en.numbers.json", LanguageJsonContext.Reading.EnglishNumberFile)));

    /// <summary>The built-in recogniser (embedded <c>en/numbers.json</c>).</summary>
    public static EnglishQuantities Default => BuiltIn.Value;

    private readonly Dictionary<string, long> _cardinals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _scales = new(StringComparer.Ordinal);
    private readonly PhraseMatcher<(long Value, string Word)> _fixed;
    private readonly PhraseMatcher<VagueEntry> _vague;
    private readonly PhraseMatcher<QuantityQualifier> _hedges;
    private readonly PhraseMatcher<bool> _percent;
    private readonly HashSet<string> _rangeOpen, _rangeJoin, _months, _ordinalSuffixes, _timeWords;

    private EnglishQuantities(EnglishNumberFile file)
    {
        foreach (var c in file.Cardinals ?? []) foreach (var w in c.Words) _cardinals[Key(w)] = c.Value;
        foreach (var c in file.Scales ?? []) foreach (var w in c.Words) _scales[Key(w)] = c.Value;
        _fixed = new PhraseMatcher<(long, string)>((file.Fixed ?? []).SelectMany(f => f.Words.Select(w => (w, (f.Value, w)))));
        _vague = new PhraseMatcher<VagueEntry>((file.Vague ?? []).SelectMany(v => v.Words.Select(w => (w, v))));
        _hedges = new PhraseMatcher<QuantityQualifier>((file.Hedges ?? []).SelectMany(h => h.Phrases.Select(p => (p, h.Qualifier))));
        _percent = new PhraseMatcher<bool>((file.Percent ?? []).Select(p => (p, true)));
        _rangeOpen = Set(file.RangeOpen);
        _rangeJoin = Set(file.RangeJoin);
        _months = Set(file.Months);
        _ordinalSuffixes = Set(file.OrdinalSuffixes);
        _timeWords = Set(file.TimeWords);
    }

    private static HashSet<string> Set(List<string>? words) => new((words ?? []).Select(Key), StringComparer.Ordinal);

    private static string Key(string word) => string.Join(' ', PhraseMatcher<bool>.TokensOf(word));

    /// <summary>True when token <paramref name="k"/> names a month ("July", "sept").</summary>
    public bool IsMonth(Document doc, int k) => k >= 0 && k < doc.Tokens.Count && doc.Tokens[k].Kind == TokenKind.Word && _months.Contains(doc.TokenText(k));

    /// <summary>The numbers of <paramref name="doc"/>, in text order, not overlapping.</summary>
    public IReadOnlyList<QuantityMention> Recognize(Document doc)
    {
        var result = new List<QuantityMention>();
        int n = doc.Tokens.Count;
        for (int i = 0; i < n; i++)
        {
            if (doc.Tokens[i].Kind == TokenKind.Punct) continue;
            var cues = new List<string>();
            int start = i;
            QuantityQualifier? hedge = null;
            if (_hedges.TryMatchAt(doc, i, out var h, allowClitics: false) && h.EndToken < n)
            {
                hedge = h.Payload;
                cues.Add("hedge:" + h.Phrase);
                i = h.EndToken;
            }
            bool between = false;
            if (hedge is null && IsWord(doc, i, _rangeOpen) && i + 1 < n)
            {
                between = true;
                i++;
            }
            if (!TryNumber(doc, i, out var first))
            {
                // A hedge or range word not followed by a number is just a word.
                i = start;
                continue;
            }
            cues.AddRange(first.Cues);
            int end = first.End;
            Quantity quantity;
            // "between 20 and 30", "from 10 to 21", "20 to 30", "20-30", "two or three".
            if ((IsWord(doc, end, _rangeJoin) || doc.IsPunct(end, '-') && first.Exact) && first.Exact
                && TryNumber(doc, end + 1, out var second) && second.Exact && second.Value > first.Value
                && (between || !doc.IsPunct(end, '-') || doc.Tokens[end].Start == doc.Tokens[end - 1].End && !DateLike(doc, i, second.End, second.Value)))
            {
                if (!between && doc.TokenText(end) == "and")
                {
                    // "killed 28 and wounded 30": "and" joins two counts, not a range.
                    quantity = Quantity.Exactly(first.Value);
                }
                else
                {
                    cues.AddRange(second.Cues);
                    cues.Add("range:" + doc.TokenText(end));
                    quantity = new Quantity(first.Value, second.Value, (first.Value + second.Value) / 2, QuantityQualifier.Range);
                    end = second.End;
                }
            }
            else if (first.Vague is { } v)
            {
                quantity = hedge switch
                {
                    QuantityQualifier.MoreThan or QuantityQualifier.AtLeast => new Quantity(v.Min, null, v.Best, hedge.Value),
                    QuantityQualifier.LessThan => new Quantity(0, v.Min - 1, v.Min - 1, QuantityQualifier.LessThan),
                    QuantityQualifier.AtMost => new Quantity(0, v.Max, v.Best, QuantityQualifier.AtMost),
                    _ => new Quantity(v.Min, v.Max, v.Best, QuantityQualifier.Vague),
                };
            }
            else
            {
                long value = first.Value;
                quantity = hedge switch
                {
                    QuantityQualifier.About => new Quantity(value, value, value, QuantityQualifier.About),
                    QuantityQualifier.AtLeast => new Quantity(value, null, value, QuantityQualifier.AtLeast),
                    QuantityQualifier.MoreThan => new Quantity(value + 1, null, value + 1, QuantityQualifier.MoreThan),
                    QuantityQualifier.AtMost => new Quantity(0, value, value, QuantityQualifier.AtMost),
                    QuantityQualifier.LessThan => new Quantity(0, Math.Max(0, value - 1), Math.Max(0, value - 1), QuantityQualifier.LessThan),
                    _ => Quantity.Exactly(value),
                };
            }
            int firstToken = hedge is null && !between ? i : start;
            var kind = KindOf(doc, firstToken, i, end, first, cues);
            result.Add(new QuantityMention(doc.SpanOfTokens(firstToken, end), firstToken, end, quantity, kind, cues));
            i = end - 1;
        }
        return result;
    }

    /// <summary>One number: its value (or vague interval), where it ends, whether it is a plain exact value, and its cues.</summary>
    private readonly record struct Number(long Value, VagueEntry? Vague, int End, bool Exact, bool Digits, List<string> Cues);

    /// <summary>The largest value read; a larger one ("99999999999999999999 billion", "hundred hundred hundred …") is no number.</summary>
    private const long MaxValue = 1_000_000_000_000_000;

    private bool TryNumber(Document doc, int i, out Number number)
    {
        number = default;
        int n = doc.Tokens.Count;
        if (i < 0 || i >= n) return false;
        if (_fixed.TryMatchAt(doc, i, out var f, allowClitics: false))
        {
            number = new Number(f.Payload.Value, null, f.EndToken, true, false, ["number-word:" + f.Payload.Word]);
            return true;
        }
        if (_vague.TryMatchAt(doc, i, out var v, allowClitics: false))
        {
            number = new Number(v.Payload.Best, v.Payload, v.EndToken, false, false, ["vague:" + v.Phrase]);
            return true;
        }
        var token = doc.Tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            string text = doc.TokenText(i);
            int end = i + 1;
            decimal value;
            bool thousands = text.Contains(',');
            string digits = text.Replace(",", "", StringComparison.Ordinal);
            if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return false;
            var cues = new List<string> { "digits:" + text };
            if (end < n && doc.Tokens[end].Kind == TokenKind.Word && _scales.TryGetValue(doc.TokenText(end), out long scale) && scale >= 1000)
            {
                if (value > MaxValue / scale) return false;
                value *= scale;
                cues.Add("scale:" + doc.TokenText(end));
                end++;
            }
            if (value > MaxValue) return false;
            if (value != Math.Floor(value) && !thousands) value = Math.Round(value, MidpointRounding.AwayFromZero);
            number = new Number((long)value, null, end, true, true, cues);
            return true;
        }
        return TryWords(doc, i, out number);
    }

    /// <summary>Number words: "twenty one", "three hundred and twenty", "a thousand", "one and a half million".</summary>
    private bool TryWords(Document doc, int i, out Number number)
    {
        number = default;
        int n = doc.Tokens.Count;
        long total = 0, current = 0;
        bool any = false, lastWasTens = false;
        int k = i, end = i;
        var words = new List<string>();
        if (Word(doc, k) is "a" or "an" && k + 1 < n && _scales.ContainsKey(Word(doc, k + 1) ?? ""))
        {
            current = 1;
            words.Add(Word(doc, k)!);
            k++;
        }
        while (k < n)
        {
            if (doc.IsPunct(k, '-') && any && k + 1 < n && doc.Tokens[k].Start == doc.Tokens[k - 1].End) { k++; continue; }
            string? w = Word(doc, k);
            if (w is null) break;
            if (total + current > MaxValue / 1000) break;
            if (_cardinals.TryGetValue(w, out long value))
            {
                // "twenty one" joins; "one two" does not.
                if (any && current % 100 != 0 && !(lastWasTens && value < 10)) break;
                current += value;
                lastWasTens = value >= 20 && value % 10 == 0;
                any = true;
                words.Add(w);
                end = ++k;
                continue;
            }
            if (_scales.TryGetValue(w, out long scale) && (any || current > 0))
            {
                if (Math.Max(current, 1) > MaxValue / scale || total > MaxValue - Math.Max(current, 1) * scale) break;
                if (scale == 100) current = Math.Max(current, 1) * 100;
                else
                {
                    total += Math.Max(current, 1) * scale;
                    current = 0;
                }
                any = true;
                lastWasTens = false;
                words.Add(w);
                end = ++k;
                continue;
            }
            // "three hundred and twenty", "two thousand and five".
            if (w == "and" && any && words.Count > 0 && _scales.ContainsKey(words[^1]) && k + 1 < n && Word(doc, k + 1) is { } next && _cardinals.ContainsKey(next))
            {
                k++;
                continue;
            }
            break;
        }
        if (!any) return false;
        number = new Number(total + current, null, end, true, false, ["number-word:" + string.Join(' ', words)]);
        return true;
    }

    /// <summary>"18-02-2016", "02-2016": digits joined by dashes into a date, not a range.</summary>
    private static bool DateLike(Document doc, int first, int end, long second) =>
        second is >= 1900 and <= 2100 || doc.IsPunct(first - 1, '-') || doc.IsPunct(end, '-') || doc.IsPunct(first - 1, '/') || doc.IsPunct(end, '/');

    private static string? Word(Document doc, int k) => k >= 0 && k < doc.Tokens.Count && doc.Tokens[k].Kind == TokenKind.Word ? doc.TokenText(k) : null;

    private static bool IsWord(Document doc, int k, HashSet<string> words) => Word(doc, k) is { } w && words.Contains(w);

    /// <summary>Years ("in 2016"), days of dates ("July 5", "5 July"), percentages, times ("10 pm") and ordinals ("5th") are no counts.</summary>
    private NumberKind KindOf(Document doc, int firstToken, int numberStart, int end, Number number, List<string> cues)
    {
        if (_percent.TryMatchAt(doc, end, out _, allowClitics: false) || doc.IsPunct(end, '%'))
        {
            cues.Add("percent");
            return NumberKind.Percent;
        }
        if (number.Digits)
        {
            string text = doc.TokenText(numberStart);
            if (IsWord(doc, end, _ordinalSuffixes) && doc.Tokens[end].Start == doc.Tokens[end - 1].End) return NumberKind.Ordinal;
            if (text.Contains('.') && text.Count(c => c == '.') > 1) return NumberKind.Date;
            if (IsWord(doc, end, _timeWords) || doc.IsPunct(end, ':')) return NumberKind.Time;
            if (number.Value is >= 1900 and <= 2100 && text.Length == 4) return NumberKind.Year;
            if (number.Value is >= 1 and <= 31 && (IsMonth(doc, numberStart - 1) || IsMonth(doc, end))) return NumberKind.Date;
        }
        return NumberKind.Count;
    }
}
