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

    /// <summary>
    /// The word without a leading conjunction و or ف (وقعت → قعت is not asked for: only when at least two letters remain, as
    /// <see cref="Candidates(string)"/> strips it): ولم → لم, فنقلت → نقلت. The word itself when it has none.
    /// </summary>
    internal static ReadOnlySpan<char> WithoutConjunction(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[0] is '\u0648' or '\u0641' ? word[1..] : word;

    /// <summary>The most forms <see cref="Forms"/> can produce.</summary>
    internal const int MaxForms = 8;

    /// <summary>
    /// The forms of <see cref="Candidates(string, bool)"/>, in the same order, without allocating: each is a suffix of
    /// <paramref name="word"/>, or alef + a suffix (the ل + ال contraction). Returns how many were written to <paramref name="into"/>
    /// (at least <see cref="MaxForms"/> long).
    /// </summary>
    internal static int Forms(ReadOnlySpan<char> word, bool stripArticle, Span<CliticForm> into)
    {
        int n = 0;
        Add(word, new CliticForm(0, false, 0), stripArticle, into, ref n);
        int i = 0;
        if (word.Length - i > 2 && word[i] is '\u0648' or '\u0641')
        {
            i++;
            Add(word, new CliticForm(i, false, i), stripArticle, into, ref n);
        }
        if (word.Length - i > 2 && word[i] is '\u0628' or '\u0643' or '\u0644')
        {
            bool lamLam = word[i] == '\u0644' && word[i + 1] == '\u0644';
            i++;
            Add(word, new CliticForm(i, false, i), stripArticle, into, ref n);
            if (lamLam && word.Length - i > 2) Add(word, new CliticForm(i, true, i), stripArticle, into, ref n);
        }
        return n;

        static void Add(ReadOnlySpan<char> word, CliticForm form, bool stripArticle, Span<CliticForm> into, ref int n)
        {
            into[n++] = form;
            int length = form.Length(word.Length);
            char first = form.Alef ? '\u0627' : word[form.Start];
            char second = form.Alef ? word[form.Start] : length > 1 ? word[form.Start + 1] : '\0';
            // The article-less form of an alef form ("ا" + "ل…") is a plain suffix again.
            if (stripArticle && length > 4 && first == '\u0627' && second == '\u0644')
                into[n++] = new CliticForm(form.Alef ? form.Start + 1 : form.Start + 2, false, form.CliticLength);
        }
    }
}

/// <summary>One lookup form of a word: <c>word[Start..]</c>, with alef prepended when <paramref name="Alef"/> (لل → ال).</summary>
/// <param name="Start">Where the suffix starts in the word.</param>
/// <param name="Alef">Whether an alef goes before the suffix.</param>
/// <param name="CliticLength">How many leading characters of the word were clitics.</param>
internal readonly record struct CliticForm(int Start, bool Alef, int CliticLength)
{
    /// <summary>The form's length for a word of <paramref name="wordLength"/> characters.</summary>
    public int Length(int wordLength) => wordLength - Start + (Alef ? 1 : 0);

    /// <summary>The form's text: a slice of <paramref name="word"/>, or alef + the slice written to <paramref name="scratch"/> (long enough for the word plus one).</summary>
    public ReadOnlySpan<char> Text(ReadOnlySpan<char> word, Span<char> scratch)
    {
        if (!Alef) return word[Start..];
        scratch[0] = '\u0627';
        word[Start..].CopyTo(scratch[1..]);
        return scratch[..(word.Length - Start + 1)];
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
    /// <summary>Longest word a form is built into on the stack; longer words use the heap (they rarely match anything).</summary>
    private const int StackWord = 64;

    private readonly SpanLookup<Entry[]> _byFirst;

    /// <summary>A filter over first tokens (<see cref="StartFilter"/>): most words cannot start any phrase and are passed over cheaply.</summary>
    private readonly StartFilter _starts = new();

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
        var order = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (phrase, payload) in entries)
        {
            var tokens = TokensOf(phrase);
            if (tokens.Length == 0) continue;
            if (!seen.Add(string.Join(' ', tokens))) continue;
            if (!groups.TryGetValue(tokens[0], out var list))
            {
                groups[tokens[0]] = list = [];
                order.Add(tokens[0]);
            }
            list.Add(new Entry(tokens, payload, phrase));
        }
        var items = new List<KeyValuePair<string, Entry[]>>(order.Count);
        foreach (var first in order)
        {
            // Longest first; a stable sort keeps lexicon order among equals.
            items.Add(new(first, groups[first].OrderByDescending(e => e.Tokens.Length).ToArray()));
            _starts.Add(first);
        }
        _byFirst = new SpanLookup<Entry[]>(items);
        Count = seen.Count;
    }

    /// <summary>Number of distinct phrases.</summary>
    public int Count { get; }

    /// <summary>Adds this matcher's first-token filter to <paramref name="filter"/> (a union of several matchers).</summary>
    internal void AddTo(StartFilter filter) => filter.Add(_starts);

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
        var tokens = doc.TokenArray;
        if ((uint)index >= (uint)tokens.Length || tokens[index].Kind == TokenKind.Punct
            || !_starts.MayStart(doc.Text.AsSpan(tokens[index].Start, tokens[index].End - tokens[index].Start)))
        {
            match = default;
            return false;
        }
        return TryMatchWord(doc, index, out match, allowClitics);
    }

    /// <summary>The lookup proper, kept out of <see cref="TryMatchAt"/> so the common early rejection stays cheap.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private bool TryMatchWord(Document doc, int index, out PhraseMatch<T> match, bool allowClitics)
    {
        match = default;
        var token = doc.TokenArray[index];
        var word = doc.Text.AsSpan(token.Start, token.End - token.Start);
        bool found = false;
        if (!allowClitics)
        {
            TryForm(doc, index, word, word, 0, ref match, ref found);
            return found;
        }
        Span<CliticForm> forms = stackalloc CliticForm[ArabicClitics.MaxForms];
        int count = ArabicClitics.Forms(word, _articleFilter is not null, forms);
        Span<char> scratch = word.Length < StackWord ? stackalloc char[StackWord] : new char[word.Length + 1];
        for (int f = 0; f < count; f++)
        {
            var form = forms[f];
            if (form.Length(word.Length) > _byFirst.MaxKeyLength) continue;
            TryForm(doc, index, word, form.Text(word, scratch), form.CliticLength, ref match, ref found);
        }
        return found;
    }

    private void TryForm(Document doc, int index, ReadOnlySpan<char> word, ReadOnlySpan<char> form, int clitic, ref PhraseMatch<T> match, ref bool found)
    {
        if (!_byFirst.TryGetValue(form, out var entries)) return;
        bool articleStripped = _articleFilter is not null && form.Length + 2 <= word.Length - clitic && word[clitic..].StartsWith("\u0627\u0644") && word[(clitic + 2)..].SequenceEqual(form);
        foreach (var e in entries)
        {
            if (articleStripped && !_articleFilter!(e.Payload)) continue;
            int end = MatchRest(doc, index + 1, e.Tokens);
            if (end < 0) continue;
            var tokens = doc.TokenArray;
            if (!found || end > match.EndToken)
            {
                match = new PhraseMatch<T>(index, end, new TextSpan(tokens[index].Start, tokens[end - 1].End), e.Payload, e.Phrase, clitic);
                found = true;
            }
            break; // entries are longest first
        }
    }

    private static int MatchRest(Document doc, int i, string[] phrase)
    {
        var tokens = doc.TokenArray;
        string text = doc.Text;
        for (int k = 1; k < phrase.Length; k++)
        {
            while (i < tokens.Length && IsSkippable(text, tokens[i])) i++;
            if (i >= tokens.Length || !text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start).SequenceEqual(phrase[k])) return -1;
            i++;
        }
        return i;
    }

    /// <summary>All non-overlapping matches in tokens [<paramref name="from"/>, <paramref name="to"/>), left to right, longest first.</summary>
    public List<PhraseMatch<T>> FindAll(Document doc, int from = 0, int to = -1, bool allowClitics = true) => [.. Matches(doc, from, to, allowClitics)];

    /// <summary>As <see cref="FindAll"/>, one match at a time (a large document's matches are never all held at once).</summary>
    internal IEnumerable<PhraseMatch<T>> Matches(Document doc, int from = 0, int to = -1, bool allowClitics = true)
    {
        if (to < 0 || to > doc.Tokens.Count) to = doc.Tokens.Count;
        for (int i = Math.Max(0, from); i < to; i++)
        {
            if (TryMatchAt(doc, i, out var m, allowClitics) && m.EndToken <= to)
            {
                yield return m;
                i = m.EndToken - 1;
            }
        }
    }
}

/// <summary>
/// A filter over the first tokens of one or more lexicons. Every clitic form of a word (<see cref="ArabicClitics.Forms"/>: the
/// word, the word without its proclitics, alef + the word after ل for لل, and any of these without the article) is a suffix
/// of the word or alef + a suffix of at least three letters, and is at least two letters long unless the word itself is one
/// letter. So a form of three letters or more ends with the word's last three letters, and a two-letter form is the word's
/// last two: a word whose last three letters end no key of three letters or more, whose last two letters are no two-letter
/// key, and which is not a one-letter key, cannot start a phrase. One bit per hashed triple and one per folded pair; false
/// positives are possible, false negatives are not.
/// </summary>
internal sealed class StartFilter
{
    /// <summary>Two-letter keys, one bit per hashed pair (4,096 bits: lexicons have few such keys).</summary>
    private readonly ulong[] _pairs = new ulong[64];

    /// <summary>The last three letters of keys of three letters or more, one bit per hashed triple (32,768 bits: a few
    /// thousand keys leave most bits clear, and the table stays small enough to sit in the first-level cache).</summary>
    private readonly ulong[] _triples = new ulong[512];

    private bool _hasSingleLetterKeys;

    private static int PairIndex(char a, char b) => (int)((a * 0x9E3779B1u ^ b * 0x85EBCA77u) >> 20);

    private static int TripleIndex(char a, char b, char c) => (int)((a * 0x9E3779B1u ^ b * 0x85EBCA77u ^ c * 0xC2B2AE3Du) >> 17);

    private static void Set(ulong[] bits, int i) => bits[i >> 6] |= 1UL << (i & 63);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool Has(ulong[] bits, int i) => (bits[i >> 6] & (1UL << (i & 63))) != 0;

    /// <summary>Adds another filter's keys (a union of several matchers).</summary>
    public void Add(StartFilter other)
    {
        for (int i = 0; i < _pairs.Length; i++) _pairs[i] |= other._pairs[i];
        for (int i = 0; i < _triples.Length; i++) _triples[i] |= other._triples[i];
        _hasSingleLetterKeys |= other._hasSingleLetterKeys;
    }

    /// <summary>Adds the first token of a key (a normalised word).</summary>
    public void Add(string firstToken)
    {
        switch (firstToken.Length)
        {
            case 0: break;
            case 1: _hasSingleLetterKeys = true; break;
            case 2: Set(_pairs, PairIndex(firstToken[0], firstToken[1])); break;
            default: Set(_triples, TripleIndex(firstToken[^3], firstToken[^2], firstToken[^1])); break;
        }
    }

    /// <summary>False when no added key can be a clitic form of <paramref name="word"/>.</summary>
    public bool MayStart(ReadOnlySpan<char> word)
    {
        int n = word.Length;
        if (n < 2) return _hasSingleLetterKeys && n == 1;
        if (Has(_pairs, PairIndex(word[n - 2], word[n - 1]))) return true;
        return n > 2 && Has(_triples, TripleIndex(word[n - 3], word[n - 2], word[n - 1]));
    }

    /// <summary>False when no phrase of the added matchers can start at token <paramref name="index"/> (a word or number).</summary>
    public bool MayStartAt(Document doc, int index)
    {
        var t = doc.TokenArray[index];
        return MayStart(doc.Text.AsSpan(t.Start, t.End - t.Start));
    }
}
