using ClaimCheck.Text;

namespace ClaimCheck.Recognition;

/// <summary>The evidence span of a lexicon mention: proclitics left out, quotation marks and brackets kept balanced.</summary>
internal static class MentionSpans
{
    /// <summary>
    /// The span of tokens [<paramref name="first"/>, <paramref name="end"/>) without the first token's
    /// <paramref name="clitic"/> characters. When the match went through the ل + ال contraction (للنظام read as ل + النظام),
    /// no substring spells the bare word, so the preposition's ل stays in ("للنظام", not "لنظام"). When the matcher skipped an
    /// opening quote or bracket inside the mention (تنظيم "الدولة"), the closing one right after it is taken in, and
    /// <paramref name="end"/> moves past it, never beyond <paramref name="limit"/>.
    /// </summary>
    public static TextSpan Of(Document doc, int first, ref int end, int clitic, bool lamLam, int limit)
    {
        int start = doc.Tokens[first].Start + (lamLam && clitic > 0 ? clitic - 1 : clitic);
        int quotes = 0, brackets = 0;
        for (int t = first; t < end; t++)
        {
            if (doc.IsPunct(t, '"')) quotes++;
            else if (doc.IsPunct(t, '(')) brackets++;
            else if (doc.IsPunct(t, ')')) brackets--;
        }
        if (end < limit && quotes % 2 == 1 && doc.IsPunct(end, '"')) end++;
        else if (end < limit && brackets > 0 && doc.IsPunct(end, ')')) end++;
        return new TextSpan(start, doc.Tokens[end - 1].End);
    }

    /// <summary>True when a lexicon form of <paramref name="firstTokenLength"/> characters matched a text word of <paramref name="wordLength"/> characters after <paramref name="clitic"/> stripped characters only through the ل + ال contraction.</summary>
    public static bool IsLamLam(int wordLength, int clitic, int firstTokenLength) => clitic > 0 && firstTokenLength == wordLength - clitic + 1;
}
