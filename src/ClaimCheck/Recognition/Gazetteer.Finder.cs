using ClaimCheck.Text;

namespace ClaimCheck.Recognition;

/// <summary>
/// The finder of the gazetteer: which tokens of a document form a place mention. Exact aliases and not-place phrases in one
/// pass, then runs of uncovered words tried approximately (their text resolved by <see cref="BestFuzzy"/>), then the
/// tanween and context filters; the evidence span leaves proclitics out.
/// </summary>
public sealed partial class Gazetteer
{
    /// <summary>Places named in tokens [<paramref name="firstToken"/>, <paramref name="endToken"/>) of <paramref name="doc"/>, in text order, not overlapping.</summary>
    public IReadOnlyList<PlaceMention> FindMentions(Document doc, int firstToken, int endToken) => FindMentions(doc, firstToken, endToken, approximate: true);

    /// <summary>As <see cref="FindMentions(Document, int, int)"/>; without <paramref name="approximate"/> only exact aliases are read (for measuring the stages apart).</summary>
    internal IReadOnlyList<PlaceMention> FindMentions(Document doc, int firstToken, int endToken, bool approximate)
    {
        ArgumentNullException.ThrowIfNull(doc);
        int count = doc.Tokens.Count;
        firstToken = Math.Max(0, firstToken);
        endToken = Math.Min(count, endToken);
        if (endToken <= firstToken) return [];

        var covered = new bool[endToken - firstToken];
        var found = new List<Candidate>();
        foreach (var m in _matcher.Matches(doc, firstToken, endToken))
        {
            for (int t = m.FirstToken; t < m.EndToken; t++) covered[t - firstToken] = true;
            if (m.Payload.Place is { } p)
            {
                bool lamLam = MentionSpans.IsLamLam(doc.Tokens[m.FirstToken].End - doc.Tokens[m.FirstToken].Start, m.CliticLength, m.Payload.FirstLength);
                found.Add(new Candidate(m.FirstToken, m.EndToken, m.CliticLength, lamLam, p, m.Payload.Guarded, false, 100));
            }
        }
        if (approximate) FindFuzzy(doc, firstToken, endToken, covered, found);
        found.RemoveAll(c => HasTanween(doc, c));
        if (found.Count == 0) return [];
        found.Sort((a, b) => a.First.CompareTo(b.First));

        var kept = ApplyContext(doc, found);
        var result = new List<PlaceMention>(found.Count);
        for (int i = 0; i < found.Count; i++)
        {
            if (!kept[i]) continue;
            var c = found[i];
            int end = c.End;
            var span = MentionSpans.Of(doc, c.First, ref end, c.Clitic, c.LamLam, endToken);
            result.Add(new PlaceMention(c.First, end, span, c.Place, c.Fuzzy, c.Score));
        }
        return result;
    }

    private void FindFuzzy(Document doc, int from, int to, bool[] covered, List<Candidate> found)
    {
        var tokens = doc.TokenArray;
        string text = doc.Text;
        Span<CliticForm> forms = stackalloc CliticForm[ArabicClitics.MaxForms];
        int capacity = _maxFuzzyCandidate + 1;
        Span<char> candidate = capacity <= 256 ? stackalloc char[capacity] : new char[capacity];
        Span<ulong> masks = stackalloc ulong[256];
        masks.Clear();
        // Whether each word is a common word (0 = not yet known, 1 = common, 2 = not): a word is asked about up to three times.
        var common = new byte[to - from];
        // The letters of each word (FuzzyRatio.Letters; 0 = not yet computed, a word has at least one).
        var wordLetters = new ulong[to - from];
        const ulong spaceLetter = 1UL << (' ' & 63);
        for (int i = from; i < to; i++)
        {
            var first = tokens[i];
            if (covered[i - from] || first.Kind != TokenKind.Word || !IsArabicLetter(text[first.Start])) continue;
            var word = text.AsSpan(first.Start, first.End - first.Start);
            if (IsCommonAt(i)) continue;
            Hit? bestHit = null;
            int bestScore = 0, bestLength = 0, bestClitic = 0;
            bool bestLamLam = false;
            // The words after the first, each with its leading space, are written behind the first word's form.
            int restLetters = 0;
            ulong restMask = 0;
            int formCount = ArabicClitics.Forms(word, stripArticle: false, forms);
            bool mayBeListed = _wordEndings.MayStart(word);
            for (int len = 1; len <= 3 && i + len <= to; len++)
            {
                int last = i + len - 1;
                if (len > 1)
                {
                    if (covered[last - from] || tokens[last].Kind != TokenKind.Word) break;
                    if (text.AsSpan(tokens[last - 1].End, tokens[last].Start - tokens[last - 1].End).Contains('\n')) break;
                    var next = text.AsSpan(tokens[last].Start, tokens[last].End - tokens[last].Start);
                    restLetters += StemLength(next);
                    restMask |= spaceLetter | LettersAt(last);
                    if (IsCommonAt(last)) continue;
                }
                int restLength = RestLength(text, tokens, i + 1, last + 1);
                for (int f = 0; f < formCount; f++)
                {
                    var form = forms[f];
                    int formLength = form.Length(word.Length);
                    // Longer runs cannot reach the cutoff (and only grow with more words).
                    if (formLength + restLength > _maxFuzzyCandidate) continue;
                    var formText = form.Text(word, candidate);
                    if (!form.Alef) formText.CopyTo(candidate);
                    if (len == 1 && mayBeListed && _words.TryGetValue(formText, out _)) continue;
                    int letters = StemLength(formText) + restLetters;
                    if (letters < MinDotTypoLength) continue;
                    int n = formLength + restLength;
                    // The bucket key and the letters of the whole run, known without writing it out (a form of three letters or
                    // more holds the run's first three).
                    if (formLength >= 3 && !MayMatchFuzzy(BucketKey(formText, n), n, FuzzyRatio.Letters(formText) | restMask, letters)) continue;
                    n = formLength;
                    for (int t = i + 1; t <= last; t++)
                    {
                        candidate[n++] = ' ';
                        text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start).CopyTo(candidate[n..]);
                        n += tokens[t].End - tokens[t].Start;
                    }
                    if (BestFuzzy(candidate[..n], letters, masks, out var hit, out int score) && (score > bestScore || (score == bestScore && len > bestLength)))
                    {
                        bestHit = hit;
                        bestScore = score;
                        bestLength = len;
                        bestClitic = form.CliticLength;
                        bestLamLam = MentionSpans.IsLamLam(word.Length, form.CliticLength, formLength);
                    }
                }
            }
            if (bestHit is null) continue;
            for (int t = i; t < i + bestLength; t++) covered[t - from] = true;
            if (bestHit.Place is { } p) found.Add(new Candidate(i, i + bestLength, bestClitic, bestLamLam, p, bestHit.Guarded, true, bestScore));
            i += bestLength - 1;
        }

        ulong LettersAt(int t)
        {
            if (wordLetters[t - from] == 0) wordLetters[t - from] = FuzzyRatio.Letters(text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start));
            return wordLetters[t - from];
        }

        bool IsCommonAt(int t)
        {
            if (common[t - from] == 0) common[t - from] = IsCommon(text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start)) ? (byte)1 : (byte)2;
            return common[t - from] == 1;
        }
    }

    /// <summary>The length of " w" for each word token in [<paramref name="from"/>, <paramref name="end"/>).</summary>
    private static int RestLength(string text, Token[] tokens, int from, int end)
    {
        int n = 0;
        for (int t = from; t < end; t++) n += 1 + tokens[t].End - tokens[t].Start;
        return n;
    }

    /// <summary>Approximate matching is for Arabic spelling only: English words such as "Syrian" are one letter away from a name.</summary>
    private static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u064A';

    /// <summary>Letters of a word without its article ال.</summary>
    private static int StemLength(ReadOnlySpan<char> word) => word.Length > 3 && word[0] == '\u0627' && word[1] == '\u0644' ? word.Length - 2 : word.Length;

    private bool IsCommon(ReadOnlySpan<char> word) => _wordEndings.MayStart(word) && AnyForm(word, _words, CommonWordFlag);

    /// <summary>True when <paramref name="word"/> or one of its clitic forms is in <paramref name="words"/> with <paramref name="flag"/>.</summary>
    private static bool AnyForm(ReadOnlySpan<char> word, SpanLookup<byte> words, byte flag)
    {
        Span<CliticForm> forms = stackalloc CliticForm[ArabicClitics.MaxForms];
        Span<char> scratch = word.Length < 64 ? stackalloc char[64] : new char[word.Length + 1];
        int count = ArabicClitics.Forms(word, stripArticle: false, forms);
        for (int f = 0; f < count; f++)
        {
            if (forms[f].Length(word.Length) > words.MaxKeyLength) continue;
            if (words.TryGetValue(forms[f].Text(word, scratch), out byte found) && (found & flag) != 0) return true;
        }
        return false;
    }


    /// <summary>
    /// Place names take no tanween: "دوماً" is the adverb "always", not Douma; "بالاً" is "mind", not Bala. The
    /// normaliser removes the mark, so the original text is checked.
    /// </summary>
    private static bool HasTanween(Document doc, Candidate c)
    {
        var span = doc.ToOriginal(new TextSpan(doc.Tokens[c.First].Start, doc.Tokens[c.End - 1].End));
        foreach (char ch in doc.Original.AsSpan(span.Start, span.Length))
        {
            if (ch is >= '\u064B' and <= '\u064D') return true;
        }
        return false;
    }

    /// <summary>Which candidates survive: all plain ones, and context ones licensed by a place word or a coordinated kept place.</summary>
    private bool[] ApplyContext(Document doc, List<Candidate> found)
    {
        var kept = new bool[found.Count];
        for (int i = 0; i < found.Count; i++) kept[i] = !found[i].Guarded || PlaceWordBefore(doc, found[i].First);
        // A kept mention licenses its coordinated neighbour, which licenses the next one: licences run along a list in
        // one direction at a time, so one pass rightwards and one leftwards keep every mention a chain reaches (linear time;
        // repeating passes until nothing changes would be quadratic on a long list of context names).
        for (int i = 1; i < found.Count; i++)
        {
            if (!kept[i] && kept[i - 1] && Coordinated(doc, found[i - 1], found[i]) && ShareRegion(found[i].Place, found[i - 1].Place)) kept[i] = true;
        }
        for (int i = found.Count - 2; i >= 0; i--)
        {
            if (!kept[i] && kept[i + 1] && Coordinated(doc, found[i], found[i + 1]) && ShareRegion(found[i].Place, found[i + 1].Place)) kept[i] = true;
        }
        return kept;
    }

    /// <summary>True when token <paramref name="token"/> is a place word ("محافظة", "ريف", "مدينة"), in any clitic form.</summary>
    internal bool IsPlaceWord(Document doc, int token) =>
        token >= 0 && token < doc.Tokens.Count && doc.Tokens[token].Kind == TokenKind.Word && IsPlaceWord(doc.TokenSpan(token), definite: false);

    /// <summary>True when <paramref name="word"/> is a place word in any clitic form; with the article too ("الحي", "المدينة") when <paramref name="definite"/>.</summary>
    internal bool IsPlaceWord(ReadOnlySpan<char> word, bool definite)
    {
        if (definite && word.Length > 3 && word[0] == '\u0627' && word[1] == '\u0644') word = word[2..];
        return _wordEndings.MayStart(word) && AnyForm(word, _words, PlaceWordFlag);
    }

    private bool PlaceWordBefore(Document doc, int first)
    {
        int p = first - 1;
        if (p >= 0 && doc.IsPunct(p, '"')) p--;
        return IsPlaceWord(doc, p);
    }

    /// <summary>True when <paramref name="b"/> follows <paramref name="a"/> as the next item of a list: "أ وب", "أ، ب", "أ و ب", "أ/ب".</summary>
    private static bool Coordinated(Document doc, Candidate a, Candidate b)
    {
        int gap = b.First - a.End;
        if (gap < 0 || gap > 2) return false;
        bool link = b.Clitic > 0 && doc.Text[doc.Tokens[b.First].Start] == '\u0648';
        for (int t = a.End; t < b.First; t++)
        {
            var tok = doc.Tokens[t];
            if (tok.Kind == TokenKind.Punct)
            {
                char c = doc.Text[tok.Start];
                if (c is ',' or '/' or '-') link = true;
                else if (c is not ('(' or ')' or '"')) return false;
            }
            else if (tok.Kind == TokenKind.Word && doc.TokenSpan(t) is "\u0648") link = true;
            else return false;
        }
        return link;
    }
}
