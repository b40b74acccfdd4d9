using ClaimCheck.Text;

namespace ClaimCheck.Recognition;

/// <summary>What a lexicon word does for the quantity recogniser.</summary>
internal enum LexRole : byte
{
    Cardinal,
    Ordinal,
    Fraction,
    Vague,
    Dual,
    Hedge,
    HedgeSubject,
    RangeBetween,
    RangeFrom,
    RangeTo,
    RangeOr,
    Percent,
    Month,
    YearCue,
    WeakYearCue,
    ClockCue,
    DayPart,
    NotQuantity,
}

/// <summary>Whether the first word of an entry may, must or must not carry the article ال.</summary>
internal enum ArticleMode : byte
{
    Forbidden,
    Optional,
    Required,
}

/// <summary>One compiled lexicon phrase: its role, payload and the tokens after the first.</summary>
internal sealed record LexItem
{
    public required LexRole Role { get; init; }
    /// <summary>The phrase as written in the lexicon (used in cues).</summary>
    public required string Written { get; init; }
    /// <summary>The normalised first token without an article the entry was written with.</summary>
    public required string Key { get; init; }
    /// <summary>Normalised tokens after the first.</summary>
    public required string[] Rest { get; init; }
    public required ArticleMode Article { get; init; }
    public long Value { get; init; }
    public bool CompoundOnly { get; init; }
    /// <summary>For a cardinal: its value as a dual in construct before a noun (<see cref="NumberWordEntry.BeforeNoun"/>).</summary>
    public long? BeforeNoun { get; init; }
    public VagueEntry? Vague { get; init; }
    public FractionEntry? Fraction { get; init; }
    public DualEntry? Dual { get; init; }
    /// <summary>For a dual: the normalised form without article (the mention's DualNoun).</summary>
    public string? DualForm { get; init; }
    public HedgeEntry? Hedge { get; init; }
    /// <summary>For a hedge: the normalised words of <see cref="HedgeEntry.Then"/>.</summary>
    public string[] Then { get; init; } = [];
    public MonthEntry? Month { get; init; }
}

/// <summary>A lexicon phrase found at a token.</summary>
/// <param name="Item">The entry.</param>
/// <param name="First">Its first token.</param>
/// <param name="End">One past its last token.</param>
/// <param name="SpanStart">Start in the normalised text, proclitics of the first token left out (article kept).</param>
/// <param name="CliticLength">Number of proclitic characters before <paramref name="SpanStart"/>.</param>
/// <param name="ViaArticle">Whether an article was stripped to find the entry.</param>
internal readonly record struct LexHit(LexItem Item, int First, int End, int SpanStart, int CliticLength, bool ViaArticle);

/// <summary>
/// A <see cref="NumberLexicon"/> compiled once into a table keyed by normalised first token. A token is looked up as
/// written, then with the proclitics و/ف, ب/ك/ل (and لل = ل + ال) and the article ال sliced off, without allocating.
/// </summary>
internal sealed class NumberTable
{
    private const char Alef = '\u0627', Lam = '\u0644', Waw = '\u0648', Feh = '\u0641', Beh = '\u0628', Kaf = '\u0643';

    private readonly SpanLookup<LexItem[]> _byKey;

    public NumberTable(NumberLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var items = new List<LexItem>();
        void Add(LexRole role, string written, Func<ArticleMode, string[], LexItem>? make = null, bool optionalArticle = false)
        {
            var tokens = NumberLexicon.PhraseTokens(written);
            if (tokens.Length == 0) return;
            string first = tokens[0];
            var mode = optionalArticle ? ArticleMode.Optional : ArticleMode.Forbidden;
            string trimmed = written.TrimStart();
            if (first.Length >= 4 && first[0] == Alef && first[1] == Lam && trimmed.Length > 1 && trimmed[0] == Alef && trimmed[1] == Lam)
            {
                first = first[2..];
                mode = ArticleMode.Required;
            }
            var rest = tokens[1..];
            items.Add(make is null
                ? new LexItem { Role = role, Written = written, Key = first, Rest = rest, Article = mode }
                : make(mode, rest) with { Key = first });
        }

        foreach (var e in lexicon.Cardinals)
            foreach (var w in e.Words)
                Add(LexRole.Cardinal, w, (m, r) => new LexItem { Role = LexRole.Cardinal, Written = w, Key = "", Rest = r, Article = m, Value = e.Value, CompoundOnly = e.CompoundOnly, BeforeNoun = e.BeforeNoun }, e.Article);
        foreach (var e in lexicon.Ordinals)
            foreach (var w in e.Words)
                Add(LexRole.Ordinal, w, (m, r) => new LexItem { Role = LexRole.Ordinal, Written = w, Key = "", Rest = r, Article = m, Value = e.Value, CompoundOnly = e.CompoundOnly }, e.Article);
        foreach (var e in lexicon.Fractions)
            foreach (var w in e.Words)
                Add(LexRole.Fraction, w, (m, r) => new LexItem { Role = LexRole.Fraction, Written = w, Key = "", Rest = r, Article = m, Fraction = e });
        foreach (var e in lexicon.Vague)
            foreach (var w in e.Words)
                Add(LexRole.Vague, w, (m, r) => new LexItem { Role = LexRole.Vague, Written = w, Key = "", Rest = r, Article = m, Vague = e }, e.Article);
        foreach (var e in lexicon.Duals)
            foreach (var w in e.Forms)
                Add(LexRole.Dual, w, (m, r) => new LexItem { Role = LexRole.Dual, Written = w, Key = "", Rest = r, Article = m, Dual = e, DualForm = string.Join(' ', NumberLexicon.PhraseTokens(w)) }, e.Article);
        foreach (var e in lexicon.Hedges)
            foreach (var w in e.Phrases)
                Add(LexRole.Hedge, w, (m, r) => new LexItem
                {
                    Role = LexRole.Hedge, Written = w, Key = "", Rest = r, Article = m, Hedge = e,
                    Then = [.. (e.Then ?? []).Select(t => string.Join(' ', NumberLexicon.PhraseTokens(t)))],
                });
        foreach (var e in lexicon.Months)
            foreach (var w in e.Names)
                Add(LexRole.Month, w, (m, r) => new LexItem { Role = LexRole.Month, Written = w, Key = "", Rest = r, Article = m, Month = e });
        foreach (var w in lexicon.HedgeSubjects) Add(LexRole.HedgeSubject, w);
        foreach (var w in lexicon.RangeBetween) Add(LexRole.RangeBetween, w);
        foreach (var w in lexicon.RangeFrom) Add(LexRole.RangeFrom, w);
        foreach (var w in lexicon.RangeTo) Add(LexRole.RangeTo, w);
        foreach (var w in lexicon.RangeOr) Add(LexRole.RangeOr, w);
        foreach (var w in lexicon.Percent) Add(LexRole.Percent, w);
        foreach (var w in lexicon.YearCues) Add(LexRole.YearCue, w);
        foreach (var w in lexicon.WeakYearCues) Add(LexRole.WeakYearCue, w);
        foreach (var w in lexicon.ClockCues) Add(LexRole.ClockCue, w);
        foreach (var w in lexicon.DayParts) Add(LexRole.DayPart, w);
        foreach (var w in lexicon.NotQuantities) Add(LexRole.NotQuantity, w);

        // Same phrase in the same role: the later entry (a user extension) replaces the earlier one.
        var byPhrase = new Dictionary<(LexRole, ArticleMode, string), LexItem>();
        var order = new List<(LexRole, ArticleMode, string)>();
        foreach (var item in items)
        {
            var id = (item.Role, item.Article, item.Key + " " + string.Join(' ', item.Rest));
            if (!byPhrase.ContainsKey(id)) order.Add(id);
            byPhrase[id] = item;
        }
        var groups = new Dictionary<string, List<LexItem>>(StringComparer.Ordinal);
        foreach (var id in order)
        {
            var item = byPhrase[id];
            if (!groups.TryGetValue(item.Key, out var list)) groups[item.Key] = list = [];
            list.Add(item);
        }
        _byKey = new SpanLookup<LexItem[]>(groups
            .Select(g => new KeyValuePair<string, LexItem[]>(g.Key, g.Value.OrderByDescending(i => i.Rest.Length).ThenByDescending(i => i.Article == ArticleMode.Required).ToArray()))
            .ToArray());
    }

    /// <summary>Number of distinct first tokens.</summary>
    public int KeyCount => _byKey.Count;

    /// <summary>
    /// Every entry starting at token <paramref name="index"/> and ending before <paramref name="end"/>, appended to
    /// <paramref name="hits"/> in priority order: forms of the token as written first, then with proclitics and article
    /// stripped; for one form, longer entries first. The first hit of a role is the match for that role.
    /// </summary>
    /// <returns>The number of hits appended.</returns>
    public int Collect(Document doc, int index, int end, List<LexHit> hits)
    {
        var token = doc.Tokens[index];
        if (token.Kind == TokenKind.Number) return 0;
        var text = doc.TokenSpan(index);
        if (text.Length > _byKey.MaxKeyLength + 4) return 0;
        Span<Form> forms = stackalloc Form[MaxForms];
        int n = Forms(text, forms), added = 0;
        for (int f = 0; f < n; f++)
        {
            var form = forms[f];
            if (!_byKey.TryGetValue(text[form.Offset..], out var items)) continue;
            foreach (var item in items)
            {
                if (form.ViaArticle ? item.Article == ArticleMode.Forbidden : item.Article == ArticleMode.Required) continue;
                int e = MatchRest(doc, index + 1, end, item.Rest);
                if (e < 0) continue;
                hits.Add(new LexHit(item, index, e, token.Start + form.SpanOffset, form.SpanOffset, form.ViaArticle));
                added++;
            }
        }
        return added;
    }

    private static int MatchRest(Document doc, int i, int end, string[] rest)
    {
        foreach (var word in rest)
        {
            if (i >= end || !doc.TokenSpan(i).SequenceEqual(word)) return -1;
            i++;
        }
        return i;
    }

    private const int MaxForms = 8;

    /// <summary>A way to read a token: skip <see cref="Offset"/> characters; <see cref="SpanOffset"/> of them are proclitics.</summary>
    private readonly record struct Form(int Offset, int SpanOffset, bool ViaArticle);

    /// <summary>The forms of a word: as written, without و/ف, without ب/ك/ل (لل counts as ل + ال), each also without ال.</summary>
    private static int Forms(ReadOnlySpan<char> w, Span<Form> forms)
    {
        int n = 0;
        forms[n++] = new Form(0, 0, false);
        int o = 0;
        if (w.Length - o > 2 && w[o] is Waw or Feh)
        {
            o++;
            forms[n++] = new Form(o, o, false);
        }
        if (w.Length - o > 2 && w[o] is Beh or Kaf or Lam)
        {
            if (w[o] == Lam && w[o + 1] == Lam && w.Length - o > 3)
            {
                // لل: the preposition ل and the article with its alef elided (للمرة = ل + المرة).
                forms[n++] = new Form(o + 2, o + 2, true);
            }
            else forms[n++] = new Form(o + 1, o + 1, false);
        }
        int plain = n;
        for (int f = 0; f < plain; f++)
        {
            var form = forms[f];
            if (form.ViaArticle) continue;
            int p = form.Offset;
            if (w.Length - p >= 4 && w[p] == Alef && w[p + 1] == Lam) forms[n++] = new Form(p + 2, form.SpanOffset, true);
        }
        return n;
    }
}
