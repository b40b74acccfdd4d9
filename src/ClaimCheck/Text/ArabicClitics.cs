namespace ClaimCheck.Text;

/// <summary>
/// Proclitics that attach to the front of an Arabic word: the conjunctions و and ف, the prepositions ب، ل، ك,
/// and ل + the article (لل). Used to look a word up in a lexicon under its bare form.
/// </summary>
public static class ArabicClitics
{
    /// <summary>
    /// Forms of a normalised word to look up, the word itself first: وبالحجر → بالحجر, الحجر; للاجئين → لاجئين, اللاجئين.
    /// Each candidate is a string and the number of leading characters that were clitics.
    /// </summary>
    public static IEnumerable<(string Form, int CliticLength)> Candidates(string word) => Candidates(word, stripArticle: false);

    /// <summary>As <see cref="Candidates(string)"/>; with <paramref name="stripArticle"/>, each form that starts with the article ال is also tried without it.</summary>
    public static IEnumerable<(string Form, int CliticLength)> Candidates(string word, bool stripArticle)
    {
        foreach (var (form, clitic) in ProcliticForms(word))
        {
            yield return (form, clitic);
            if (stripArticle && form.Length > 4 && form[0] == '\u0627' && form[1] == '\u0644') yield return (form[2..], clitic);
        }
    }

    private static IEnumerable<(string Form, int CliticLength)> ProcliticForms(string word)
    {
        yield return (word, 0);
        int i = 0;
        // Conjunction و or ف, then one preposition ب ل ك.
        if (word.Length - i > 2 && word[i] is '\u0648' or '\u0641')
        {
            i++;
            yield return (word[i..], i);
        }
        if (word.Length - i > 2 && word[i] is '\u0628' or '\u0643' or '\u0644')
        {
            bool lamLam = word[i] == '\u0644' && word[i + 1] == '\u0644';
            i++;
            yield return (word[i..], i);
            // ل + ال contracts to لل: للاجئين is ل + اللاجئين.
            if (lamLam && word.Length - i > 2) yield return ("\u0627" + word[i..], i);
        }
    }
}

/// <summary>A lexicon phrase found in a document.</summary>
/// <typeparam name="T">The payload lexicon entries carry.</typeparam>
/// <param name="FirstToken">Index of the first token matched.</param>
/// <param name="EndToken">Index one past the last token matched.</param>
/// <param name="Span">Span in the normalised text (clitics included).</param>
/// <param name="Payload">The entry's payload.</param>
/// <param name="Phrase">The lexicon phrase as written in the lexicon.</param>
/// <param name="CliticLength">Number of clitic characters stripped from the first token.</param>
public readonly record struct PhraseMatch<T>(int FirstToken, int EndToken, TextSpan Span, T Payload, string Phrase, int CliticLength);

/// <summary>
/// Finds multi-word lexicon phrases in a document by token, after normalisation: entries are keyed by their first
/// normalised token (looked up with clitics stripped), and the longest entry wins. Quotation marks and brackets between
/// the words of a phrase are skipped («جيش الإسلام» and جيش "الإسلام" both match).
/// </summary>
/// <typeparam name="T">The payload of an entry.</typeparam>
public sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, Entry[]> _byFirst;

    private sealed record Entry(string[] Tokens, T Payload, string Phrase);

    private readonly Func<T, bool>? _articleFilter;

    /// <summary>Compiles (phrase, payload) pairs. Empty phrases are ignored; for a repeated phrase the first payload wins.</summary>
    /// <param name="entries">The phrases and their payloads.</param>
    /// <param name="articleFilter">When given, the first word is also looked up without the article ال ("الإرهابيين" finds "إرهابيين"),
    /// for entries whose payload passes the filter (nouns take the article; verbs such as "توصل" must not match "التوصل").</param>
    public PhraseMatcher(IEnumerable<(string Phrase, T Payload)> entries, Func<T, bool>? articleFilter = null)
    {
        _articleFilter = articleFilter;
        var groups = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (phrase, payload) in entries)
        {
            var tokens = TokensOf(phrase);
            if (tokens.Length == 0) continue;
            if (!seen.Add(string.Join(' ', tokens))) continue;
            if (!groups.TryGetValue(tokens[0], out var list)) groups[tokens[0]] = list = [];
            list.Add(new Entry(tokens, payload, phrase));
        }
        _byFirst = groups.ToDictionary(g => g.Key, g => g.Value.OrderByDescending(e => e.Tokens.Length).ToArray(), StringComparer.Ordinal);
        Count = seen.Count;
    }

    /// <summary>Number of distinct phrases.</summary>
    public int Count { get; }

    /// <summary>The normalised word and number tokens of a phrase, as the matcher keys it.</summary>
    public static string[] TokensOf(string phrase)
    {
        var norm = ArabicNormalizer.Normalize(phrase).Text;
        return Tokenizer.Tokenize(norm).Where(t => !IsSkippable(norm, t)).Select(t => norm.Substring(t.Start, t.End - t.Start)).ToArray();
    }

    private static bool IsSkippable(string text, Token t) => t.Kind == TokenKind.Punct && text[t.Start] is '"' or '\'' or '(' or ')' or '{' or '}' or '[' or ']' or '-';

    /// <summary>The longest entry starting at token <paramref name="index"/>, if any.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="index">Token index.</param>
    /// <param name="match">The match found.</param>
    /// <param name="allowClitics">Whether the first token may carry proclitics (و، ف، ب، ل، ك).</param>
    public bool TryMatchAt(Document doc, int index, out PhraseMatch<T> match, bool allowClitics = true)
    {
        match = default;
        if (index < 0 || index >= doc.Tokens.Count || doc.Tokens[index].Kind == TokenKind.Punct) return false;
        string word = doc.TokenText(index);
        bool found = false;
        foreach (var (form, clitic) in allowClitics ? ArabicClitics.Candidates(word, _articleFilter is not null) : [(word, 0)])
        {
            if (!_byFirst.TryGetValue(form, out var entries)) continue;
            bool articleStripped = _articleFilter is not null && form.Length + 2 <= word.Length - clitic && word.AsSpan(clitic).StartsWith("\u0627\u0644") && word.AsSpan(clitic + 2).SequenceEqual(form);
            foreach (var e in entries)
            {
                if (articleStripped && !_articleFilter!(e.Payload)) continue;
                int end = MatchRest(doc, index + 1, e.Tokens);
                if (end < 0) continue;
                var m = new PhraseMatch<T>(index, end, new TextSpan(doc.Tokens[index].Start, doc.Tokens[end - 1].End), e.Payload, e.Phrase, clitic);
                if (!found || m.EndToken > match.EndToken) { match = m; found = true; }
                break; // entries are longest first
            }
        }
        return found;
    }

    private static int MatchRest(Document doc, int i, string[] tokens)
    {
        for (int k = 1; k < tokens.Length; k++)
        {
            while (i < doc.Tokens.Count && IsSkippable(doc.Text, doc.Tokens[i])) i++;
            if (i >= doc.Tokens.Count || !doc.TokenSpan(i).SequenceEqual(tokens[k])) return -1;
            i++;
        }
        return i;
    }

    /// <summary>All non-overlapping matches in tokens [<paramref name="from"/>, <paramref name="to"/>), left to right, longest first.</summary>
    public List<PhraseMatch<T>> FindAll(Document doc, int from = 0, int to = -1, bool allowClitics = true)
    {
        if (to < 0 || to > doc.Tokens.Count) to = doc.Tokens.Count;
        var result = new List<PhraseMatch<T>>();
        for (int i = Math.Max(0, from); i < to; i++)
        {
            if (TryMatchAt(doc, i, out var m, allowClitics) && m.EndToken <= to)
            {
                result.Add(m);
                i = m.EndToken - 1;
            }
        }
        return result;
    }
}
