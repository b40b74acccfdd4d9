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
/// <para><b>Code.</b> Finding and resolving are apart, as Recognizers-Text keeps extractors apart from parsers:
/// <c>QuantityFinder</c> decides which tokens form a mention and what it stands for; <c>QuantityResolver</c> gives the
/// values (a compound's value, the interval and qualifier under a hedge, a range, a clock reading).</para>
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
        var scan = new QuantityFinder(_table, doc, firstToken, endToken, result);
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
}
