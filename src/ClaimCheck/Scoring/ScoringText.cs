namespace ClaimCheck.Scoring;

/// <summary>
/// A report's original text as the confidence features read it: where its sentences break, whether it opens with a headline
/// line, and how many of its claims each sentence holds. Built once per report in one pass over the text.
/// </summary>
internal sealed class ScoringText
{
    /// <summary>A first line longer than this is a paragraph, not a headline.</summary>
    private const int HeadlineMaxLength = 250;

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?؟؛\n");

    private readonly string _text;
    private readonly int[] _breaks;
    private readonly int _headlineEnd;
    private readonly Dictionary<int, int> _claimsPerSentence = [];

    /// <summary>Prepares <paramref name="text"/> for the claims read in it.</summary>
    public ScoringText(string text, IEnumerable<Claim> claims)
    {
        _text = text;
        _breaks = SentenceBreaks(text);
        int newline = text.IndexOf('\n');
        _headlineEnd = newline > 0 && newline <= HeadlineMaxLength && text.AsSpan(newline).Trim().Length > 0 ? newline : -1;
        foreach (var claim in claims)
        {
            int s = SentenceOf(claim.Evidence.Start);
            _claimsPerSentence[s] = _claimsPerSentence.GetValueOrDefault(s) + 1;
        }
    }

    /// <summary>The text's length in UTF-16 units.</summary>
    public int Length => _text.Length;

    /// <summary>
    /// Offsets just past each sentence end: '.', '!', '?', '؟', '؛' and line breaks. A full stop between digits (2.5) is
    /// a decimal point.
    /// </summary>
    private static int[] SentenceBreaks(string text)
    {
        var breaks = new List<int>();
        int at = 0;
        while (at < text.Length)
        {
            int k = text.AsSpan(at).IndexOfAny(SentenceEnds);
            if (k < 0) break;
            k += at;
            bool decimalPoint = text[k] == '.' && k > 0 && k + 1 < text.Length && char.IsDigit(text[k - 1]) && char.IsDigit(text[k + 1]);
            if (!decimalPoint && (breaks.Count == 0 || breaks[^1] != k)) breaks.Add(k + 1);
            at = k + 1;
        }
        return breaks.ToArray();
    }

    /// <summary>The index of the sentence holding offset <paramref name="offset"/>.</summary>
    public int SentenceOf(int offset)
    {
        int i = Array.BinarySearch(_breaks, offset);
        return i >= 0 ? i + 1 : ~i;
    }

    /// <summary>How many claims start in sentence <paramref name="sentence"/>.</summary>
    public int ClaimsInSentence(int sentence) => _claimsPerSentence.GetValueOrDefault(sentence);

    /// <summary>True when <paramref name="offset"/> lies in the report's headline line.</summary>
    public bool IsHeadline(int offset) => offset < _headlineEnd;

    /// <summary>Words (runs of non-space characters) that start in (<paramref name="from"/>, <paramref name="to"/>].</summary>
    public int WordsBetween(int from, int to)
    {
        from = Math.Clamp(from, 0, _text.Length);
        to = Math.Clamp(to, 0, _text.Length);
        int words = 0;
        for (int k = from + 1; k < to; k++)
            if (!char.IsWhiteSpace(_text[k]) && char.IsWhiteSpace(_text[k - 1])) words++;
        return words;
    }

    /// <summary>
    /// The start of the occurrence of <paramref name="word"/> nearest to the span [<paramref name="start"/>, <paramref name="end"/>):
    /// inside it first, else the closest within <paramref name="before"/> units before it or <paramref name="after"/> after it; -1 if none.
    /// </summary>
    public int Nearest(string word, int start, int end, int before, int after)
    {
        start = Math.Clamp(start, 0, _text.Length);
        end = Math.Clamp(end, start, _text.Length);
        var span = _text.AsSpan();
        int inside = span[start..end].IndexOf(word, StringComparison.Ordinal);
        if (inside >= 0) return start + inside;
        int lo = Math.Max(0, start - before);
        int left = span[lo..Math.Min(_text.Length, start + word.Length - 1)].LastIndexOf(word, StringComparison.Ordinal);
        int hi = Math.Min(_text.Length, end + after);
        int right = end < hi ? span[end..hi].IndexOf(word, StringComparison.Ordinal) : -1;
        if (left >= 0) left += lo;
        if (right >= 0) right += end;
        if (left < 0) return right;
        if (right < 0) return left;
        return start - left <= right - end ? left : right;
    }
}
