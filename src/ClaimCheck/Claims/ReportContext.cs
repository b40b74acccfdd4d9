using ClaimCheck.Attribution;
using ClaimCheck.Lexicons;
using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>
/// One Arabic report as the rule sets read it: its <see cref="Document"/>, whose annotation layers (cues, quantities, dates,
/// places, actors and their token index, attribution frames) <see cref="Annotate"/> fills once from the recognisers, and the
/// token tests every rule set shares. The layers live on the document; this class only reads them.
/// </summary>
internal sealed class ReportContext
{
    private readonly ActorIndex _actorIndex;
    private PlaceMention[]? _origins;
    private Dictionary<Func<ReportContext, int, Cue, bool>, int[]>? _firstCue;

    public ReportContext(Document doc, ExtractionResources res, ReportInfo info)
    {
        Doc = doc;
        Info = info;
        Resources = res;
        var layers = doc.Layers;
        if (!layers.Has<Attributor>()) Annotate(doc, res, info);
        Cues = layers.Get<TokenMap<(Cue? Cue, int End)>>();
        Attributor = layers.Get<Attributor>();
        Quantities = layers.Get<IReadOnlyList<QuantityMention>>();
        Dates = layers.Get<IReadOnlyList<DateMention>>();
        Places = WithoutDatelines(doc, layers.Get<IReadOnlyList<PlaceMention>>(), Dates);
        Actors = layers.Get<IReadOnlyList<ActorMention>>();
        _actorIndex = layers.Get<ActorIndex>();
    }

    /// <summary>
    /// The places of the report without its datelines: a place opening a line and followed by a dash or slash, past a date or an
    /// agency in brackets ("دمشق - …", "بيروت (رويترز) - …", "دمشق 15 يوليو 2018 / …", "اربيل (كوردستان24)- …") is where the
    /// report was filed, not where anything happened.
    /// </summary>
    private static IReadOnlyList<PlaceMention> WithoutDatelines(Document doc, IReadOnlyList<PlaceMention> places, IReadOnlyList<DateMention> dates)
    {
        List<PlaceMention>? kept = null;
        for (int i = 0; i < places.Count; i++)
        {
            bool dateline = IsDateline(doc, places[i], dates);
            if (dateline && kept is null) { kept = new List<PlaceMention>(places.Count); for (int j = 0; j < i; j++) kept.Add(places[j]); }
            if (!dateline) kept?.Add(places[i]);
        }
        return kept ?? places;
    }

    /// <summary>How many tokens a dateline's agency in brackets may take ("(أ ف ب)", "(كوردستان24)").</summary>
    private const int DatelineBracketTokens = 8;

    private static bool IsDateline(Document doc, PlaceMention m, IReadOnlyList<DateMention> dates)
    {
        var tokens = doc.TokenArray;
        int k = m.FirstToken;
        if (k > 0 && doc.Text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).IndexOf('\n') < 0) return false;
        int j = m.EndToken;
        for (int step = 0; step < 3 && j < tokens.Length; step++)
        {
            if (doc.IsPunct(j, '-') || doc.IsPunct(j, '/')) return true; // en and em dashes are folded to '-'
            int d = Sorted.LowerBound(dates, j, x => x.FirstToken);
            if (d < dates.Count && dates[d].FirstToken == j) { j = dates[d].EndToken; continue; }
            if (doc.IsPunct(j, '('))
            {
                int close = j + 1;
                while (close < tokens.Length && close - j <= DatelineBracketTokens && !doc.IsPunct(close, ')')) close++;
                if (!doc.IsPunct(close, ')')) return false;
                j = close + 1;
                continue;
            }
            return false;
        }
        return false;
    }


    /// <summary>Fills the layers of <paramref name="doc"/> that the Arabic rule sets read, each once, from the recognisers of <paramref name="res"/>.</summary>
    public static void Annotate(Document doc, ExtractionResources res, ReportInfo info)
    {
        var layers = doc.Layers;
        var cues = res.Cues.Annotations(doc);
        layers.Set(cues);
        layers.Set(new Attributor(doc, cues, res.Sources, info.Outlet, info.OutletCamp));
        layers.Set(res.Quantities.Recognize(doc));
        layers.Set(res.Dates.Recognize(doc, info.Published));
        layers.Set(res.Places.FindMentions(doc, 0, doc.Tokens.Count));
        var actors = res.Actors.FindMentions(doc, 0, doc.Tokens.Count);
        layers.Set(actors);
        layers.Set(ActorIndex.Of(doc, actors));
    }

    public Document Doc { get; }
    public ReportInfo Info { get; }

    /// <summary>The lexicons and recognisers (the gazetteer's hierarchy places claims).</summary>
    public ExtractionResources Resources { get; }

    /// <summary>The cue starting at each token and its end token (the cue layer).</summary>
    public TokenMap<(Cue? Cue, int End)> Cues { get; }

    /// <summary>The attribution frames of the report.</summary>
    public Attributor Attributor { get; }

    public IReadOnlyList<QuantityMention> Quantities { get; }

    /// <summary>The quantity that starts at token <paramref name="k"/>, or null.</summary>
    public QuantityMention? QuantityStartingAt(int k)
    {
        int i = Sorted.LowerBound(Quantities, k, m => m.FirstToken);
        return i < Quantities.Count && Quantities[i].FirstToken == k ? Quantities[i] : null;
    }

    /// <summary>The quantity that token <paramref name="k"/> is part of, or null.</summary>
    public QuantityMention? QuantityCovering(int k)
    {
        int i = Sorted.LowerBound(Quantities, k + 1, m => m.FirstToken) - 1;
        return i >= 0 && Quantities[i].EndToken > k ? Quantities[i] : null;
    }
    public IReadOnlyList<DateMention> Dates { get; }
    public IReadOnlyList<PlaceMention> Places { get; }

    /// <summary>Whether <paramref name="v"/> is the first word of a line (a headline or a dateline-led lead: "خروج الدفعة الأولى من …", "الاتفاق على …").</summary>
    public bool IsHeadlineStart(Segment seg, int v)
    {
        for (int k = v - 1; k >= seg.FirstToken; k--)
            if (Doc.Tokens[k].Kind == TokenKind.Word || Doc.Tokens[k].Kind == TokenKind.Number) return false;
        int at = Doc.Tokens[seg.FirstToken].Start - 1;
        while (at >= 0 && Doc.Text[at] is ' ' or '\t') at--;
        return at < 0 || Doc.Text[at] == '\n';
    }

    /// <summary>Whether a place mention starts at <paramref name="token"/> (the mentions are in token order).</summary>
    public bool PlaceStartsAt(int token)
    {
        int i = Sorted.LowerBound(Places, token, static m => m.FirstToken);
        return i < Places.Count && Places[i].FirstToken == token;
    }
    public IReadOnlyList<ActorMention> Actors { get; }

    /// <summary>The places not named as where something goes (<see cref="IsDestination"/>), found once per report when first asked.</summary>
    public IReadOnlyList<PlaceMention> OriginPlaces => _origins ??= FindOrigins();

    /// <summary>
    /// The report's places split by whether they name where people come from (<see cref="IsProvenance"/>: "من أهالي حي برزة",
    /// "من أبناء مدينة دوما", "ينحدرون من داريا") — a home place, which places a claim only when nothing else near it does — or
    /// anything else; of all places (<paramref name="origins"/> false) or of those that are not destinations. Found once per report.
    /// </summary>
    public (IReadOnlyList<PlaceMention> Happening, IReadOnlyList<PlaceMention> Provenance) PlacesByRole(bool origins)
    {
        var list = origins ? OriginPlaces : Places;
        ref var cache = ref origins ? ref _originRoles : ref _placeRoles;
        if (cache is { } c) return c;
        List<PlaceMention>? happening = null, provenance = null;
        PlaceMention? lastProvenance = null;
        for (int i = 0; i < list.Count; i++)
        {
            var m = list[i];
            if (IsProvenance(m, lastProvenance) || JoinedTo(lastProvenance, m))
            {
                lastProvenance = m;
                // The first home place: every place before it is a happening place.
                if (happening is null) { happening = new List<PlaceMention>(list.Count); for (int j = 0; j < i; j++) happening.Add(list[j]); }
                (provenance ??= []).Add(m);
            }
            else happening?.Add(m);
        }
        return (cache = (happening is null ? list : happening, provenance is null ? [] : provenance)).Value;
    }

    private (IReadOnlyList<PlaceMention>, IReadOnlyList<PlaceMention>)? _placeRoles, _originRoles;

    /// <summary>
    /// The distinct names (sorted, ordinal) of the mentions of <paramref name="mentions"/> in sentence <paramref name="s"/>, computed
    /// once per list and sentence: a claim with nothing named near it falls back on its whole sentence, and a long sentence holds
    /// thousands of claims (gathering and sorting its mentions for each would be quadratic).
    /// </summary>
    internal string[] SentenceNames<T>(IReadOnlyList<T> mentions, int s, Func<T, int> token, Func<T, string> name)
    {
        var cache = _sentenceNames ??= [];
        if (cache.TryGetValue((mentions, s), out var cached)) return cached;
        var seg = Doc.Sentences[s];
        var found = new List<string>();
        for (int i = Sorted.LowerBound(mentions, seg.FirstToken, token); i < mentions.Count && token(mentions[i]) < seg.EndToken; i++) found.Add(name(mentions[i]));
        string[] names = ClaimBuilder.SortedDistinct(found);
        cache[(mentions, s)] = names;
        return names;
    }

    /// <summary>The cache of <see cref="SentenceNames"/>, by list (its reference) and sentence.</summary>
    /// <summary>Made on first use: most reports name something near every claim.</summary>
    private Dictionary<(object List, int Sentence), string[]>? _sentenceNames;

    /// <summary>How many words may stand between a provenance cue and the place ("أهالي الحي وحي برزة", "ينحدرون من مدينة داريا").</summary>
    private const int ProvenanceWords = 3;

    /// <summary>
    /// A place named as the home of people: after a provenance word that follows "من" ("من أهالي", "من سكان", "من أبناء") or
    /// takes it ("ينحدرون من"), with place words
    /// between (bare, with و or the article: "من أهالي الحي وحي برزة"), or joined by و to the home place named just before
    /// (<paramref name="previous"/>) with place words between ("من أهالي دوما وحي برزة"; not "من أبناء داريا بلدة خان الشيح").
    /// </summary>
    private bool IsProvenance(PlaceMention m, PlaceMention? previous)
    {
        var doc = Doc;
        int k = m.FirstToken - 1;
        for (int words = 0; words < ProvenanceWords && k >= 0 && (Resources.Places.IsPlaceWord(doc.TokenSpan(k), definite: true) || Word(k, FunctionWords.Default.And)); words++) k--;
        if (k < 0 || doc.Tokens[k].Kind != TokenKind.Word) return false;
        if (previous is not null && k < previous.EndToken && k >= previous.FirstToken)
            return previous.EndToken < m.FirstToken && (Word(previous.EndToken, FunctionWords.Default.And) || Doc.Text[Doc.Tokens[previous.EndToken].Start] == '\u0648');
        var provenance = FunctionWords.Default.Provenance;
        // "من أهالي X" (some of X's people) names their home; "خروج أهالي X", "استهدف القصف سكان X" name where they are.
        return WordOrConjoined(k, provenance) && Word(k - 1, FunctionWords.Default.From) || Word(k, FunctionWords.Default.From) && WordOrConjoined(k - 1, provenance);
    }

    /// <summary>
    /// The places that are not destinations, in one pass: a place is a destination when <see cref="IsDestination"/> says so,
    /// when it is joined by و to the destination right before it ("إلى محافظتي درعا وإدلب"), or when it locates the destination
    /// named before it by a place word, with ب or في ("إلى بلدة الغارية الغربية بريف درعا الشرقي").
    /// </summary>
    private PlaceMention[] FindOrigins()
    {
        var kept = new List<PlaceMention>(Places.Count);
        PlaceMention? lastDestination = null;
        foreach (var m in Places)
        {
            if (IsDestination(m) || JoinedTo(lastDestination, m) || LocatesDestination(m)) lastDestination = m;
            else kept.Add(m);
        }
        return [.. kept];
    }

    /// <summary>How many words may stand between a destination cue and the ب/في place that locates it ("إلى بلدة الغارية الغربية بريف …").</summary>
    private const int LocatedDestinationWords = 4;

    /// <summary>The letter clitic on the token of <paramref name="m"/> right before the place name ('و' in "وإدلب"), or '\0'.</summary>
    private char CliticBefore(PlaceMention m)
    {
        var token = Doc.Tokens[m.FirstToken];
        return m.Span.Start > token.Start && m.Span.Start <= token.End ? Doc.Text[m.Span.Start - 1] : '\0';
    }

    /// <summary>Whether <paramref name="m"/> follows the destination <paramref name="previous"/> joined by و ("درعا وإدلب", "درعا و إدلب").</summary>
    private bool JoinedTo(PlaceMention? previous, PlaceMention m)
    {
        if (previous is null) return false;
        if (m.FirstToken == previous.EndToken) return CliticBefore(m) == '\u0648';
        return m.FirstToken == previous.EndToken + 1 && Word(previous.EndToken, FunctionWords.Default.And);
    }

    /// <summary>Whether <paramref name="m"/>, written with ب or after في, locates a destination named just before it (a destination cue a few words back, no punctuation between).</summary>
    private bool LocatesDestination(PlaceMention m)
    {
        int k = m.FirstToken - 1;
        if (CliticBefore(m) != '\u0628')
        {
            if (!Word(k, FunctionWords.Default.In)) return false;
            k--;
        }
        for (int words = 0; words < LocatedDestinationWords && k >= 0 && Doc.Tokens[k].Kind == TokenKind.Word; words++, k--)
        {
            // The destination opens with a place word ("إلى بلدة X بريف …", "إلى قرية صغيرة في ريف …"), not with a deal
            // ("توصلت إلى اتفاق مع النظام في درعا").
            if (Has(k, CueTags.Destination)) return words > 0 && Resources.Places.IsPlaceWord(Doc, k + 1);
        }
        return false;
    }

    /// <summary>
    /// The first token of sentence <paramref name="s"/> whose starting cue passes <paramref name="test"/> (given the context, the
    /// token and its cue), or -1: found once per sentence and test (a static delegate), so a rule that asks of every count or verb
    /// in a long sentence whether the sentence tells of something does not scan the sentence each time.
    /// </summary>
    public int FirstCueInSentence(int s, Func<ReportContext, int, Cue, bool> test)
    {
        _firstCue ??= new(ReferenceEqualityComparer.Instance);
        if (!_firstCue.TryGetValue(test, out var firsts))
        {
            firsts = new int[Doc.Sentences.Count];
            Array.Fill(firsts, int.MinValue);
            _firstCue[test] = firsts;
        }
        if (firsts[s] != int.MinValue) return firsts[s];
        var seg = Doc.Sentences[s];
        int found = -1;
        for (int k = seg.FirstToken; k < seg.EndToken && found < 0; k++)
            if (StartCue(k) is { } c && test(this, k, c)) found = k;
        return firsts[s] = found;
    }

    /// <summary>The cue covering each token (first token of a phrase and the rest).</summary>
    public Cue? CueAt(int token) => Cues.TryGetAtOrBefore(token, out _, out var c) && c.End > token ? c.Cue : null;

    /// <summary>One past the last token of the cue starting at <paramref name="token"/>; token + 1 when no cue starts there.</summary>
    public int CueEnd(int token) => token >= 0 && token < Cues.Length && Cues[token].Cue is not null ? Cues[token].End : token + 1;

    /// <summary>The cue starting at <paramref name="token"/>, or null.</summary>
    public Cue? StartCue(int token) => token >= 0 && token < Cues.Length ? Cues[token].Cue : null;

    /// <summary>Whether the cue starting at <paramref name="token"/> has <paramref name="tag"/> (a <see cref="CueTags"/> constant).</summary>
    public bool Has(int token, string tag) => StartCue(token) is { } c && c.Has(tag);

    /// <summary>Whether the cue starting at <paramref name="token"/> has a tag of the valued family <paramref name="prefix"/>.</summary>
    public bool HasPrefix(int token, string prefix) => StartCue(token) is { } c && c.Value(prefix) is not null;

    /// <summary>
    /// A finite denial verb: "نفت", "تنفي", "ينفي", and "نفى" — which normalises to the noun's spelling "نفي", so the original
    /// alef maqsura or a conjunction prefix ("ونفى") tells the verb from the verbal noun ("رغم نفي النظام").
    /// </summary>
    public bool IsDenyVerb(int token)
    {
        if (StartCue(token) is not { } c) return false;
        if (c.Has(CueTags.Deny)) return true;
        if (!c.Has(CueTags.DenyNoun)) return false;
        var span = Doc.ToOriginal(Doc.Tokens[token].Span);
        string original = Doc.Original.Substring(span.Start, span.Length).TrimEnd('\u064B', '\u064E', '\u0651', '\u0652', '\u0640');
        if (original.EndsWith('\u0649')) return true;
        string word = Doc.TokenText(token);
        return word.Length > c.Text.Length && word[0] is '\u0648' or '\u0641' && !Has(token - 1, CueTags.Backgrounding);
    }

    public bool Word(int token, string text) => token >= 0 && token < Doc.Tokens.Count && Doc.Tokens[token].Kind == TokenKind.Word && Doc.TokenText(token) == text;

    /// <summary>Whether <paramref name="token"/> is a word of <paramref name="words"/> (a set of <see cref="FunctionWords"/>).</summary>
    public bool Word(int token, WordSet words) => token >= 0 && token < Doc.Tokens.Count && Doc.Tokens[token].Kind == TokenKind.Word && Contains(words, token);

    /// <summary>How long a word with a one-letter preposition clitic on it must be (past و/ف) for the clitic to be read off it.</summary>
    private const int MinClitisedLength = 4;

    /// <summary>
    /// Whether the word at <paramref name="token"/> carries the one-letter preposition <paramref name="clitic"/> (ب or ل), bare or
    /// after و/ف: "بالاتفاق", "وبهدنة", "بانتهاء". Only a word of at least <see cref="MinClitisedLength"/> letters past the conjunction.
    /// </summary>
    public bool ClitisedWith(int token, char clitic)
    {
        var word = ArabicClitics.WithoutConjunction(Doc.TokenSpan(token));
        return word.Length >= MinClitisedLength && word[0] == clitic;
    }

    /// <summary>Whether <paramref name="token"/> is a word of <paramref name="words"/>, bare or with the conjunction و/ف on it ("وقعت", "ولم", "فنقلت").</summary>
    public bool WordOrConjoined(int token, WordSet words) =>
        token >= 0 && token < Doc.Tokens.Count && Doc.Tokens[token].Kind == TokenKind.Word
        && (Contains(words, token) || Contains(words, ArabicClitics.WithoutConjunction(Doc.TokenSpan(token))));

    /// <summary>The set lookup of <see cref="Word(int, WordSet)"/>, by the token's span.</summary>
    private bool Contains(WordSet words, int token) => words.Contains(Doc.TokenSpan(token));

    private static bool Contains(WordSet words, ReadOnlySpan<char> word) => words.Contains(word);

    /// <summary>The nearest token in (from-window, from] whose cue has <paramref name="tag"/>, scanning backwards; -1 if none.</summary>
    public int Before(int from, int lowest, string tag)
    {
        for (int k = from; k >= lowest && k >= 0; k--) if (Has(k, tag)) return k;
        return -1;
    }

    /// <summary>The nearest token in [from, highest) whose cue has <paramref name="tag"/>, scanning forwards; -1 if none.</summary>
    public int After(int from, int highest, string tag)
    {
        for (int k = from; k < highest && k < Cues.Length; k++) if (Has(k, tag)) return k;
        return -1;
    }

    /// <summary>The actor mention starting at <paramref name="token"/>, or null.</summary>
    public ActorMention? ActorAt(int token) => token >= 0 && token < _actorIndex.Starting.Length ? _actorIndex.Starting[token] : null;

    /// <summary>The actor mention ending at <paramref name="token"/> (its last token), or null.</summary>
    public ActorMention? ActorEndingAt(int token) => token >= 0 && token < _actorIndex.Ending.Length ? _actorIndex.Ending[token] : null;

    /// <summary>The first token at or after <paramref name="k"/> (before <paramref name="end"/>) that is not a quotation mark or a parenthesis.</summary>
    public int SkipPunct(int k, int end)
    {
        var doc = Doc;
        while (k < end && doc.Tokens[k].Kind == TokenKind.Punct && doc.Text[doc.Tokens[k].Start] is '"' or '(' or ')') k++;
        return k;
    }

    /// <summary>A comma, colon or semicolon, or a word that starts a new clause ("بينما", "فيما", "حين", "ثم", "بعدما").</summary>
    public bool ClauseBreak(int k) =>
        Doc.IsPunct(k, ',') || Doc.IsPunct(k, ':') || Doc.IsPunct(k, ';') ||
        Doc.Tokens[k].Kind == TokenKind.Word && FunctionWords.Default.ClauseStarters.Contains(Doc.TokenText(k));

    /// <summary>Whether a clause break (<see cref="ClauseBreak"/>) stands between the cue at <paramref name="from"/> (past its end) and <paramref name="to"/>: "وبعد فشل المحاولات، توصل الطرفان".</summary>
    public bool ClauseBreakBetween(int from, int to)
    {
        for (int k = CueEnd(from); k < to; k++)
            if (ClauseBreak(k)) return true;
        return false;
    }

    /// <summary>A clause link that may join a different happening ("فيما", "بينما", "حين").</summary>
    public bool HappeningLink(int k) =>
        Doc.Tokens[k].Kind == TokenKind.Word && FunctionWords.Default.ClauseLinks.Contains(Doc.TokenText(k));

    /// <summary>Whether a number token stands strictly between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public bool NumberBetween(int from, int to)
    {
        for (int k = from + 1; k < to; k++) if (Doc.Tokens[k].Kind == TokenKind.Number) return true;
        return false;
    }

    /// <summary>A verb whose ending marks a plural or dual subject (خرجوا، يغادرون، وصلا), beyond the cue's own spelling when that is singular.</summary>
    public bool IsPluralVerb(int token, Cue cue)
    {
        string w = Doc.TokenText(token);
        // "يغادروها", "أخرجوهم": a plural ending before an object pronoun.
        return w.EndsWith("وا", StringComparison.Ordinal) || w.EndsWith("ون", StringComparison.Ordinal) && w.Length > 4 || cue.Text.EndsWith("وا", StringComparison.Ordinal)
               || (w.EndsWith("وها", StringComparison.Ordinal) || w.EndsWith("وهم", StringComparison.Ordinal)) && w.Length > 5;
    }

    /// <summary>A "backgrounding" cue at most three tokens before <paramref name="v"/>, in its sentence: what follows is told as background.</summary>
    public bool Backgrounded(int v, int sentenceStart)
    {
        for (int k = v - 1; k >= Math.Max(sentenceStart, v - 3); k--)
            if (Has(k, CueTags.Backgrounding)) return true;
        return false;
    }

    /// <summary>
    /// A place named as where something goes: after a "destination" cue ("إلى", "نحو", "باتجاه") or a "route" cue (a place passed on
    /// the way: "مروراً بحي برزة"), with place words between ("إلى محافظة درعا", "باتجاه ريف إدلب"), or written with the preposition لـ
    /// ("وصلت لريف درعا").
    /// </summary>
    private bool IsDestination(PlaceMention m)
    {
        var doc = Doc;
        if (CliticBefore(m) == '\u0644') return true;
        int k = m.FirstToken - 1;
        if (k >= 0 && doc.IsPunct(k, '"')) k--;
        for (int words = 0; words < 2 && Resources.Places.IsPlaceWord(doc, k); words++)
        {
            if (Has(k, CueTags.Destination) || Has(k, CueTags.Route)) return true;
            k--;
        }
        return Has(k, CueTags.Destination) || Has(k, CueTags.Route);
    }
}
