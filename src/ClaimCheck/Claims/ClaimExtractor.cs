using ClaimCheck.Attribution;
using ClaimCheck.Lexicons;
using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>The lexicons and recognisers extraction uses; immutable and shareable across threads.</summary>
/// <param name="Sources">Source registry.</param>
/// <param name="Cues">Cue lexicon.</param>
/// <param name="Quantities">Quantity recogniser.</param>
/// <param name="Dates">Date recogniser.</param>
/// <param name="Places">Gazetteer.</param>
/// <param name="Actors">Actor lexicon.</param>
public sealed record ExtractionResources(SourceRegistry Sources, CueLexicon Cues, QuantityRecognizer Quantities, DateRecognizer Dates, Gazetteer Places, ActorLexicon Actors)
{
    private readonly Languages.English.EnglishResources? _english;

    /// <summary>What English reports are read with; the built-in <see cref="Languages.English.EnglishResources.Default"/> unless set.</summary>
    public Languages.English.EnglishResources English { get => _english ?? Languages.English.EnglishResources.Default; init => _english = value; }

    /// <summary>The built-in resources.</summary>
    public static ExtractionResources Default => new(SourceRegistry.Default, CueLexicon.Default, QuantityRecognizer.Default, DateRecognizer.Default, Gazetteer.Default, ActorLexicon.Default);
}

/// <summary>
/// Turns one report into claims: counts (casualties, vehicles, evacuees) anchored on quantities and the nouns they count,
/// polarity claims (agreement, evacuation) anchored on their cue words, each attributed by <see cref="Attributor"/> and
/// carrying its places, parties, date, evidence and cues. Pure: the same report always gives the same claims.
/// </summary>
public sealed class ClaimExtractor
{
    private const int CasualtyCueWindow = 6;
    private const int EvacuationCueWindow = 10;
    private const int PolarityWindow = 8;

    /// <summary>How far into the text a byline is looked for.</summary>
    private const int BylineScan = 4000;
    private const int DenyWindow = 12;
    private const int ConclusionWindow = 10;

    /// <summary>How many tokens around a claim's evidence its places, parties and date are taken from before the whole sentence is used.</summary>
    private const int ContextWindow = 25;

    /// <summary>How many tokens from a claim's evidence a date may stand (dates never cross a clause link).</summary>
    private const int DateWindow = 15;

    private readonly ExtractionResources _res;
    private Languages.English.EnglishClaimExtractor? _english;

    /// <summary>Creates an extractor over <paramref name="resources"/>.</summary>
    public ClaimExtractor(ExtractionResources resources) => _res = resources;

    /// <summary>The outlet's camp from the registry, or <see cref="Camp.Other"/> when the outlet is unknown to it; null when there is no outlet.</summary>
    public Camp? OutletCamp(string? outlet) => outlet is null ? null : _res.Sources.TryFind(outlet, out var s) ? s.Camp ?? Camp.Other : Camp.Other;

    /// <summary>Extracts the claims of <paramref name="report"/>.</summary>
    public ReportResult Extract(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(report.Text, nameof(report) + "." + nameof(report.Text));
        // Language dispatch: English has its own rules; a language ClaimCheck does not read yields no claims.
        string language = Languages.LanguageDetector.Resolve(report.Language, report.Text);
        if (language == Languages.LanguageDetector.English) return (_english ??= new(_res)).Extract(report);
        if (language != Languages.LanguageDetector.Arabic) return new ReportResult(new ReportInfo(report.Id, report.Outlet, OutletCamp(report.Outlet), report.Published, language), []);
        var outlet = report.Outlet ?? DetectOutlet(report.Text);
        var info = new ReportInfo(report.Id, outlet, OutletCamp(outlet), report.Published, language);
        var doc = new Document(report.Text);
        var ctx = new Context(doc, _res, info);
        var claims = new List<Claim>();
        var sentenceClaims = new List<Claim>();
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            // A question asserts nothing ("هل خرج التنظيم …؟").
            if (IsQuestion(ctx, s)) continue;
            sentenceClaims.Clear();
            ExtractCounts(ctx, s, sentenceClaims);
            ExtractAgreements(ctx, s, sentenceClaims);
            ExtractEvacuations(ctx, s, sentenceClaims);
            claims.AddRange(MergeWithinSentence(doc, sentenceClaims));
        }
        // Ids are derived from each claim's content as well as its words: two counts over the same words ("قتل 5 طفلين") differ.
        var ordered = DropRepeatedCounts(claims)
            .Select(c => c with { Id = ClaimId(c) })
            .GroupBy(c => c.Id, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(c => c.Evidence.Start).ThenBy(c => c.Evidence.End).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToArray();
        return new ReportResult(info, ordered);
    }

    private static bool IsQuestion(Context ctx, int s)
    {
        var seg = ctx.Doc.Sentences[s];
        return ctx.Has(seg.FirstToken, CueTags.Question) || ctx.Doc.IsPunct(seg.EndToken - 1, '?');
    }

    /// <summary>One claim per source, kind and value in a sentence: repeated mentions merge, their evidence spans joined.</summary>
    internal static IEnumerable<Claim> MergeWithinSentence(Document doc, List<Claim> claims)
    {
        if (claims.Count < 2)
        {
            foreach (var c in claims) yield return c;
            yield break;
        }
        foreach (var group in claims.GroupBy(c => (c.Kind, c.Polarity, c.Quantity, c.Subject, c.Harm, c.Action, c.Source.Name, c.Source.Camp)))
        {
            var first = group.First();
            if (group.Count() == 1) { yield return first; continue; }
            int start = group.Min(c => c.Evidence.Start), end = group.Max(c => c.Evidence.End);
            var span = new TextSpan(start, end);
            yield return first with
            {
                Evidence = Evidence.From(doc.Original, span),
                Cues = group.SelectMany(c => c.Cues).Distinct(StringComparer.Ordinal).ToArray(),
            };
        }
    }

    /// <summary>A report that repeats the same figure from the same source makes one claim: the first mention is kept.</summary>
    internal static IEnumerable<Claim> DropRepeatedCounts(List<Claim> claims)
    {
        var seen = new HashSet<(ClaimKind, long, string?, Harm?, string?, string, Camp)>();
        foreach (var c in claims)
        {
            if (c.Quantity is null || seen.Add((c.Kind, c.Quantity.Best, c.Subject, c.Harm, c.Action, c.Source.Name, c.Source.Camp))) yield return c;
        }
    }

    /// <summary>A byline in the first lines of the text ("حرية برس:", "تلفزيون سوريا" alone on a line) names the outlet.</summary>
    private string? DetectOutlet(string text)
    {
        int lines = 0, at = 0;
        while (at < text.Length && at < BylineScan && lines < 8)
        {
            int nl = text.IndexOf('\n', at);
            if (nl < 0) nl = text.Length;
            var line = text.AsSpan(at, nl - at).Trim().TrimEnd(":،,").Trim();
            at = nl + 1;
            if (line.Length == 0) continue;
            lines++;
            if (line.Length <= 40 && _res.Sources.TryFind(line.ToString(), out var s) && s.Kind == SourceKind.Outlet) return s.Name;
        }
        return null;
    }

    private sealed class Context
    {
        public Context(Document doc, ExtractionResources res, ReportInfo info)
        {
            Doc = doc;
            Info = info;
            Cues = res.Cues.Annotations(doc);
            Attributor = new Attributor(doc, Cues, res.Sources, info.Outlet, info.OutletCamp);
            Quantities = res.Quantities.Recognize(doc);
            Dates = res.Dates.Recognize(doc, info.Published);
            Places = res.Places.FindMentions(doc, 0, doc.Tokens.Count);
            _gazetteer = res.Places;
            Actors = res.Actors.FindMentions(doc, 0, doc.Tokens.Count);
            ActorStarting = TokenMap<ActorMention?>.FirstPerToken(doc.Tokens.Count + 1, Actors.Select(a => (a.FirstToken, (ActorMention?)a)));
            ActorEnding = TokenMap<ActorMention?>.FirstPerToken(doc.Tokens.Count + 1, Actors.Select(a => (a.EndToken - 1, (ActorMention?)a)));
        }

        /// <summary>The actor mention starting at each token (index), so lookups are O(1).</summary>
        public TokenMap<ActorMention?> ActorStarting { get; }

        /// <summary>The actor mention ending at each token.</summary>
        public TokenMap<ActorMention?> ActorEnding { get; }

        public Document Doc { get; }
        public ReportInfo Info { get; }
        public TokenMap<(Cue? Cue, int End)> Cues { get; }
        /// <summary>The cue covering each token (first token of a phrase and the rest).</summary>
        public Cue? CueAt(int token) => Cues.TryGetAtOrBefore(token, out _, out var c) && c.End > token ? c.Cue : null;
        public Attributor Attributor { get; }
        public IReadOnlyList<QuantityMention> Quantities { get; }
        public IReadOnlyList<DateMention> Dates { get; }
        public IReadOnlyList<PlaceMention> Places { get; }

        private readonly Gazetteer _gazetteer;
        private PlaceMention[]? _origins;

        /// <summary>The places not named as where something goes (<see cref="IsDestination"/>), found once per report when first asked.</summary>
        public IReadOnlyList<PlaceMention> OriginPlaces => _origins ??= Places.Where(m => !IsDestination(this, _gazetteer, m)).ToArray();
        public IReadOnlyList<ActorMention> Actors { get; }

        /// <summary>One past the last token of the cue starting at <paramref name="token"/>; token + 1 when no cue starts there.</summary>
        public int CueEnd(int token) => token >= 0 && token < Cues.Length && Cues[token].Cue is not null ? Cues[token].End : token + 1;

        public Cue? StartCue(int token) => token >= 0 && token < Cues.Length ? Cues[token].Cue : null;

        public bool Has(int token, string tag) => StartCue(token) is { } c && c.Has(tag);

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

        /// <summary>The nearest token in (from-window, from] whose cue has <paramref name="tag"/>, scanning backwards; -1 if none.</summary>
        public int Before(int from, int lowest, string tag)
        {
            for (int k = from; k >= lowest && k >= 0; k--) if (Has(k, tag)) return k;
            return -1;
        }

        public int After(int from, int highest, string tag)
        {
            for (int k = from; k < highest && k < Cues.Length; k++) if (Has(k, tag)) return k;
            return -1;
        }
    }

    // ---- counts --------------------------------------------------------------------------------------------------

    /// <summary>The noun a number counts, where it stands, and the cue that names it.</summary>
    private readonly record struct CountedNoun(int Token, int End, Cue? Cue, bool Before);

    private void ExtractCounts(Context ctx, int s, List<Claim> claims)
    {
        var doc = ctx.Doc;
        var seg = doc.Sentences[s];
        Claim? previous = null;
        int previousEnd = -1;
        for (int qi = LowerBound(ctx.Quantities, seg.FirstToken, m => m.FirstToken); qi < ctx.Quantities.Count && ctx.Quantities[qi].FirstToken < seg.EndToken; qi++)
        {
            var q = ctx.Quantities[qi];
            if (q.Kind != NumberKind.Count || OneAsAdjective(ctx, q)) continue;
            var cues = new List<string>(q.Cues);
            var noun = FindCountedNoun(ctx, q, seg, previous);
            bool partitive = ctx.Has(q.FirstToken - 1, CueTags.Partitive) || ctx.Has(q.FirstToken - 2, CueTags.Partitive);
            bool joined = previous is not null && q.FirstToken - previousEnd <= 4 && Coordinated(ctx, previousEnd, q.FirstToken);
            var harm = FindHarm(ctx, q, noun, seg);
            // "بينهم 49 طفلاً دون العاشرة، و32 امرأة", "مقتل 37 شخصاً … في السوق، وسبعة آخرين": a group count joined by و continues the casualty
            // breakdown before it, farther than a plain coordination, when it names no harm of its own.
            if (!joined && previous?.Kind == ClaimKind.Casualties && noun.Cue?.Value(CueTags.Group) is not null && harm.Harm is null
                && q.FirstToken - previousEnd <= ContinuedBreakdown && ConjoinedNumber(ctx, q) && !LinkBetween(ctx, previousEnd, q.FirstToken))
                joined = true;
            Claim? claim = null;
            if (noun.Cue?.Value(CueTags.Vehicle) is { } vehicle)
            {
                cues.Add("noun:" + Original(doc, noun.Token, noun.End));
                claim = VehicleClaim(ctx, s, q, noun, vehicle, cues);
            }
            else if (noun.Cue is not null || partitive || harm.Tally >= 0 || harm.Bare)
            {
                if (noun.Cue is not null) cues.Add("noun:" + Original(doc, noun.Token, noun.End));
                string? group = noun.Cue?.Value(CueTags.Group);
                bool harmNoun = noun.Cue is { } nc && (nc.Has(CueTags.KilledNoun) || nc.Has(CueTags.WoundedNoun));
                bool evacuatedWounded = noun.Cue?.Has(CueTags.WoundedNoun) == true && EvacuationCueBefore(ctx, q, seg) is var leave && leave >= 0 && ctx.Has(leave, CueTags.EvacVerb);
                if (!evacuatedWounded && (harmNoun || harm.Verb >= 0 || harm.Tally >= 0 || (partitive || joined) && previous?.Kind == ClaimKind.Casualties)
                    && !Disease(ctx, q, seg))
                    claim = CasualtyClaim(ctx, s, q, noun, harm, harm.Harm is null && (partitive || joined) ? previous : null, cues);
                else if ((group is not null && group is not "soldiers") || evacuatedWounded)
                    claim = EvacueeClaim(ctx, s, q, noun, evacuatedWounded ? "people" : group!, (joined || partitive) && previous?.Kind == ClaimKind.Evacuees ? previous : null, cues);
            }
            if (claim is { Kind: ClaimKind.Casualties } && RiseFromTo(ctx, q, seg))
            {
                // "ارتفاع عدد القتلى من 10 إلى 21": the new toll and the old one are two figures, not a range.
                claims.Add(claim with { Quantity = Quantity.Exactly(q.Quantity.Min), Cues = [.. claim.Cues, "previous-toll"] });
                claim = claim with { Quantity = Quantity.Exactly(q.Quantity.Max!.Value) };
            }
            if (claim is not null)
            {
                claims.Add(claim);
                previous = claim;
                previousEnd = q.EndToken;
            }
        }
    }

    /// <summary>Cases of an illness ("9 إصابات و23 حالة شفاء من فيروس كورونا") are no war casualties: a disease cue within a few tokens of the count.</summary>
    private static bool Disease(Context ctx, QuantityMention q, Segment seg)
    {
        int from = Math.Max(seg.FirstToken, q.FirstToken - 3), to = Math.Min(seg.EndToken, q.EndToken + 8);
        return ctx.After(from, to, CueTags.Disease) >= 0;
    }

    /// <summary>A "من X إلى Y" range after a verb of rising ("ارتفع عدد القتلى من 10 إلى 21"): an old and a new figure.</summary>
    private static bool RiseFromTo(Context ctx, QuantityMention q, Segment seg)
    {
        if (q.Quantity.Qualifier != QuantityQualifier.Range || q.Quantity.Max is null || !ctx.Word(q.FirstToken, "من")) return false;
        return ctx.Before(q.FirstToken - 1, Math.Max(seg.FirstToken, q.FirstToken - 6), CueTags.TallyReach) >= 0;
    }

    /// <summary>How many tokens a و-joined group count may stand from the casualty count it continues.</summary>
    private const int ContinuedBreakdown = 16;

    /// <summary>The count is joined by a و of its own: "و32 امرأة", "و 32 امرأة", "وسبعة آخرين" (not "وخرج 300 مقاتل").</summary>
    private static bool ConjoinedNumber(Context ctx, QuantityMention q)
    {
        if (ctx.Word(q.FirstToken - 1, "و")) return true;
        var span = ctx.Doc.Tokens[q.FirstToken];
        return ctx.Doc.Tokens[q.FirstToken].Kind == TokenKind.Word && ctx.Doc.Text[span.Start] == '\u0648' && q.Span.Start > span.Start;
    }

    /// <summary>A clause link ("فيما", "بينما", "حين") or a full stop between two tokens.</summary>
    private static bool LinkBetween(Context ctx, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (HappeningLink(ctx, k) || ctx.Doc.IsPunct(k, '.') || ctx.Doc.IsPunct(k, ':')) return true;
        return false;
    }

    /// <summary>Two counts joined by و, مع, مقابل or a comma ("1500 مقاتل مع 3500 من عائلاتهم").</summary>
    private static bool Coordinated(Context ctx, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (ctx.Doc.Tokens[k].Kind == TokenKind.Word && ctx.Doc.TokenText(k) is "مع" or "مقابل" or "و" or "بينما" || ctx.Doc.IsPunct(k, ',')) return true;
        return to > from && ctx.Doc.TokenText(to).StartsWith('\u0648');
    }

    /// <summary>
    /// The counted noun: a noun cue inside the quantity's words ("25 عنصراً على الأقل"); right after them, with من allowed
    /// ("3500 من عائلاتهم"); "أخرى" standing for the previous count's noun ("ودخلت 7 أخرى"); or just before the number
    /// ("الحافلات الـ12", "حافلات عدة").
    /// </summary>
    private static CountedNoun FindCountedNoun(Context ctx, QuantityMention q, Segment seg, Claim? previous)
    {
        if (q.DualNoun is not null) return new CountedNoun(q.EndToken - 1, q.EndToken, ctx.StartCue(q.EndToken - 1), false);
        for (int k = q.FirstToken; k < q.EndToken - 1; k++)
            if (ctx.Doc.Tokens[k].Kind == TokenKind.Number || IsNumberWord(ctx, k))
                if (ctx.StartCue(k + 1) is { } c && IsNounCue(c)) return new CountedNoun(k + 1, ctx.CueEnd(k + 1), c, false);
        int after = SkipPunct(ctx.Doc, q.EndToken, seg.EndToken);
        if (ctx.Word(after, "من")) after = SkipPunct(ctx.Doc, after + 1, seg.EndToken);
        if (after < seg.EndToken && ctx.StartCue(after) is { } a && IsNounCue(a)) return new CountedNoun(after, ctx.CueEnd(after), a, false);
        if (after < seg.EndToken && ctx.Has(after, CueTags.Elliptic) && previous?.Kind == ClaimKind.Vehicles && previous.Subject is { } v)
            return new CountedNoun(after, after + 1, new Cue(ctx.Doc.TokenText(after), [CueTags.Vehicle + ":" + v]), false);
        // A noun before the number only when the number follows it as an adjective: definite ("الحافلات الـ12") or vague ("حافلات عدة").
        int before = q.FirstToken - 1;
        bool definite = before >= seg.FirstToken && ctx.Doc.TokenText(before) is "ال" || ctx.Doc.TokenText(q.FirstToken).StartsWith("ال", StringComparison.Ordinal);
        if (before >= seg.FirstToken && ctx.Doc.TokenText(before) is "ال") before--;
        bool digits = false;
        for (int k = q.FirstToken; k < q.EndToken && !digits; k++) digits = ctx.Doc.Tokens[k].Kind == TokenKind.Number;
        if ((definite && digits || q.Quantity.Qualifier == QuantityQualifier.Vague) && before >= seg.FirstToken && ctx.CueAt(before) is { } b && IsNounCue(b) && ctx.Cues[before].Cue is not null)
            return new CountedNoun(before, ctx.CueEnd(before), b, true);
        return new CountedNoun(after, after, null, false);
    }

    private static bool IsNumberWord(Context ctx, int k) => ctx.StartCue(k) is null && ctx.Doc.Tokens[k].Kind == TokenKind.Word;

    private static bool IsNounCue(Cue c) => c.Value(CueTags.Group) is not null || c.Value(CueTags.Vehicle) is not null || c.Has(CueTags.KilledNoun) || c.Has(CueTags.WoundedNoun);

    /// <summary>What harm a count reports and the cue that says so.</summary>
    /// <param name="Harm">Killed, wounded or both; null when no harm cue was found.</param>
    /// <param name="Verb">Token of the harm verb or noun outside the counted noun; -1 if none.</param>
    /// <param name="Tally">Token of a tally noun ("عدد قتلى", "حصيلة القتلى") before a bare number; -1 if none.</param>
    /// <param name="Bare">The count has no counted noun but a harm verb stands right next to it ("مقتل العشرات", "العشرات أصيبوا"): its victims are people.</param>
    /// <param name="TallyGroup">A group noun inside the tally ("عدد المدنيين الذين قتلوا … 718 شخصاً"); -1 if none.</param>
    private readonly record struct HarmCue(Harm? Harm, int Verb, int Tally, bool Bare = false, int TallyGroup = -1);

    /// <summary>How far back a tally ("ارتفعت حصيلة قتلى القصف … إلى 72 شخصاً") may stand from its figure.</summary>
    private const int TallyWindow = 25;

    /// <summary>
    /// Harm around a count: a verb or noun before the number ("قتل 25", "أسفر عن مقتل"), inside a separable hedge ("تجاوزت حصيلة القتلى 100"),
    /// right after the noun ("10 مدنيين قتلوا", "25 شخصاً بين قتيل وجريح", "416 مدنياً (بينهم 95 طفلاً) قتلوا"), right after a bare number
    /// ("العشرات أصيبوا", "59 منهم قضوا"), or a tally before or after the figure ("ارتفع عدد قتلى قوات النظام إلى 32", "ارتفعت الحصيلة … إلى 72 شخصاً",
    /// "ارتفع إلى 502 عدد الشهداء"). A killed cue and a wounded cue side by side ("قتل وجرح") mean both, unless the first already follows a count of its own.
    /// </summary>
    private static HarmCue FindHarm(Context ctx, QuantityMention q, CountedNoun noun, Segment seg)
    {
        int lo = Math.Max(seg.FirstToken, q.FirstToken - CasualtyCueWindow);
        int killed = -1, wounded = -1, both = -1;
        for (int k = lo; k < q.EndToken; k++)
        {
            if (noun.Cue is not null && k >= noun.Token && k < noun.End) continue;
            if (ctx.Has(k, CueTags.KilledWounded)) both = k;
            else if (ctx.Has(k, CueTags.Killed)) killed = k;
            else if (ctx.Has(k, CueTags.Wounded)) wounded = k;
        }
        int before = Math.Max(killed, Math.Max(wounded, both));
        // "مقتل العشرات", "استشهاد 18 واصابة …", "وأصابت قرابة 80": a harm verb right before a number that counts nothing named.
        bool bare = noun.Cue is null && q.DualNoun is null && before >= 0 && before < q.FirstToken && !IsHarmNoun(ctx, before) && BareAfterVerb(ctx, before, q, seg);
        // A harm word right after the noun (or a bare number) is this count's own; a harm word before it that belongs to the previous
        // count ("56 قتيلاً و484 …", "45 شخصاً قتلوا و110 أشخاص أصيبوا") gives way to it.
        if (!bare && (noun.Cue is not null || q.DualNoun is null)
            && (before < 0 || noun.Cue is null || (NumberBetween(ctx, before, q.FirstToken) || FollowsCount(ctx, before, seg) && ConjoinedNumber(ctx, q)) && !IsHarmNoun(ctx, before)))
        {
            int from = noun.Cue is not null ? Math.Max(noun.End, q.EndToken) : q.EndToken;
            if (noun.Cue is null && ctx.Has(from, CueTags.Partitive)) from = ctx.CueEnd(from);
            int after = HarmAfter(ctx, from, Math.Min(seg.EndToken, from + (noun.Cue is null ? 1 : 3)));
            // "900 عنصر من قوات النظام قتلوا", "12 شخصاً من عائلة واحدة لقوا حتفهم": the noun's من-phrase stands between it and its verb.
            // Only a plural verb agrees with the noun: "قتل منهم 5" after it starts a clause of its own.
            if (after < 0 && noun.Cue is not null && !noun.Before && OfPhraseEnd(ctx, from, seg) is var ofEnd && ofEnd > from
                && HarmAfter(ctx, ofEnd, Math.Min(seg.EndToken, ofEnd + 2)) is var agreeing && agreeing >= 0 && IsPluralVerb(ctx, agreeing, ctx.StartCue(agreeing)!))
                after = agreeing;
            // The verb after a count is its predicate ("العشرات أصيبوا"), not a new clause ("استشهاد 18 واصابة …", "50 طفلاً وإصابة 600").
            if (after >= 0 && (noun.Cue is not null || !IsHarmNoun(ctx, after)) && (ctx.Doc.TokenText(after)[0] != '\u0648' || IsHarmNoun(ctx, after)))
            {
                killed = wounded = both = -1;
                if (ctx.Has(after, CueTags.KilledWounded)) both = after;
                else if (ctx.Has(after, CueTags.Killed)) killed = after;
                else wounded = after;
                bare = noun.Cue is null;
            }
        }
        // "قتل 9 أشخاص وخرج 300 مقاتل": a verb of leaving between the harm verb and the count starts a clause the harm is not in.
        if (!bare && before >= 0 && Math.Max(killed, Math.Max(wounded, both)) == before && LeavingBetween(ctx, before, q.FirstToken))
            killed = wounded = both = -1;
        if (noun.Cue is { } own && (own.Has(CueTags.KilledNoun) || own.Has(CueTags.WoundedNoun) || own.Has(CueTags.KilledWounded)))
        {
            // A harm noun says its own harm: "4 قتلى و11 جريحاً" is 4 killed and 11 wounded, whatever verbs stand near.
            Harm nounHarm = own.Has(CueTags.KilledWounded) ? Harm.KilledOrWounded : own.Has(CueTags.KilledNoun) ? Harm.Killed : Harm.Wounded;
            int verbBefore = Math.Max(killed, Math.Max(wounded, both));
            return new HarmCue(nounHarm, verbBefore >= 0 && verbBefore <= q.FirstToken ? verbBefore : -1, -1);
        }
        int tally = -1, tallyGroup = -1;
        if (noun.Cue is null || noun.Cue.Value(CueTags.Group) is not null)
            (tally, tallyGroup) = FindTally(ctx, q, noun, seg, bare ? q.FirstToken : before);
        // "قتل وأصيب العشرات" is both; "18 شخصا قتلوا وأصيب عشرات" is not: the first verb follows a count of its own.
        bool pair = killed >= 0 && wounded >= 0 && Math.Abs(killed - wounded) == 1 && !FollowsCount(ctx, Math.Min(killed, wounded), seg);
        Harm? harm = both >= 0 || pair ? Harm.KilledOrWounded
            : wounded > killed ? Harm.Wounded
            : killed >= 0 ? Harm.Killed
            : tally >= 0 ? (ctx.Has(tally, CueTags.WoundedNoun) || (tallyGroup >= 0 && ctx.Has(tally, CueTags.Wounded)) ? Harm.Wounded : Harm.Killed)
            : null;
        int verb = Math.Max(both, Math.Max(killed, wounded));
        return new HarmCue(harm, verb, tally, bare, tallyGroup);
    }

    /// <summary>Whether the number token <paramref name="k"/> is part of a date, year, time or ordinal rather than a count ("منذ 18 فبراير").</summary>
    private static bool NotACount(Context ctx, int k)
    {
        int i = LowerBound(ctx.Quantities, k + 1, m => m.FirstToken) - 1;
        return i >= 0 && ctx.Quantities[i].EndToken > k && ctx.Quantities[i].Kind != NumberKind.Count;
    }

    private static bool LeavingBetween(Context ctx, int from, int to)
    {
        for (int k = from + 1; k < to; k++)
            if (ctx.Has(k, CueTags.EvacVerb) || ctx.Has(k, CueTags.EvacSelf) || ctx.Has(k, CueTags.EvacNoun)) return true;
        return false;
    }

    private static bool IsHarmNoun(Context ctx, int k) => ctx.Has(k, CueTags.KilledNoun) || ctx.Has(k, CueTags.WoundedNoun);

    /// <summary>The first harm cue in [from, to), looking past a parenthesis ("416 مدنياً (بينهم 95 طفلاً) قتلوا") and stopping at a number; -1 if none.</summary>
    private static int HarmAfter(Context ctx, int from, int to)
    {
        var doc = ctx.Doc;
        for (int k = from; k < to && k < doc.Tokens.Count; k++)
        {
            if (doc.IsPunct(k, '('))
            {
                int close = k + 1;
                while (close < doc.Tokens.Count && close - k < 12 && !doc.IsPunct(close, ')') && !doc.IsPunct(close, '.')) close++;
                if (close < doc.Tokens.Count && doc.IsPunct(close, ')')) { to += close - k + 1; k = close; continue; }
            }
            if (doc.Tokens[k].Kind == TokenKind.Number || ClauseBreak(ctx, k) || doc.IsPunct(k, '.')) return -1;
            if (ctx.Has(k, CueTags.Tally)) continue;
            if (ctx.Has(k, CueTags.KilledWounded) || ctx.Has(k, CueTags.Killed) || ctx.Has(k, CueTags.Wounded)) return k;
        }
        return -1;
    }

    /// <summary>
    /// "واحد"/"واحدة" after a noun that counts nothing ("دفعة واحدة", "في آن واحد") or in a من-phrase ("من عائلة واحدة") is the
    /// adjective "one", not a count; after a counted noun ("شخص واحد") or a harm word it still counts.
    /// </summary>
    private static bool OneAsAdjective(Context ctx, QuantityMention q)
    {
        var doc = ctx.Doc;
        if (q.Quantity.Min != 1 || q.Quantity.Max != 1 || q.EndToken - q.FirstToken != 1 || doc.Tokens[q.FirstToken].Kind != TokenKind.Word) return false;
        int before = q.FirstToken - 1;
        return before >= 0 && doc.Tokens[before].Kind == TokenKind.Word && doc.Tokens[q.FirstToken].Start - doc.Tokens[before].End <= 1
            && doc.TokenText(before) is not ("من" or "الا" or "سوي")
            && (ctx.CueAt(before) is null || ctx.Word(before - 1, "من"));
    }

    /// <summary>
    /// The end of a من-phrase that describes a counted noun (whose side or origin it names): "من" and then an actor
    /// ("من قوات النظام") or up to three plain words ("من عائلة واحدة", "من أبناء البلدة"); -1 if <paramref name="at"/> starts none.
    /// </summary>
    private static int OfPhraseEnd(Context ctx, int at, Segment seg)
    {
        if (!ctx.Word(at, "من") || at + 1 >= seg.EndToken) return -1;
        if (ActorAt(ctx, at + 1) is { } actor) return actor.EndToken;
        int k = at + 1;
        while (k < seg.EndToken && k - at <= 3 && ctx.Doc.Tokens[k].Kind == TokenKind.Word && (ctx.CueAt(k) is null || IsNounCue(ctx.CueAt(k)!))) k++;
        return k > at + 1 ? k : -1;
    }

    /// <summary>Whether the harm verb at <paramref name="verb"/> is right before the count ("مقتل العشرات", "قتل وأصيب على إثرها العشرات") and nothing after the count names another unit ("قتل 5 أيام").</summary>
    private static bool BareAfterVerb(Context ctx, int verb, QuantityMention q, Segment seg)
    {
        var doc = ctx.Doc;
        for (int k = ctx.CueEnd(verb); k < q.FirstToken; k++)
            if (doc.Tokens[k].Kind != TokenKind.Word || doc.TokenText(k) is not ("علي" or "اثرها" or "اثره" or "خلالها" or "امس" or "اليوم" or "ايضا" or "جراءها")) return false;
        return NothingElseCounted(ctx, q, seg);
    }

    /// <summary>Whether the word after a bare count leaves it a count of people: punctuation, a date, a preposition, a conjunction, a group or harm word — not another unit ("10 أيام").</summary>
    private static bool NothingElseCounted(Context ctx, QuantityMention q, Segment seg)
    {
        var doc = ctx.Doc;
        int next = q.EndToken;
        if (next >= seg.EndToken || doc.Tokens[next].Kind == TokenKind.Punct) return true;
        int date = LowerBound(ctx.Dates, next, m => m.FirstToken);
        if (date < ctx.Dates.Count && ctx.Dates[date].FirstToken == next) return true;
        if (doc.Tokens[next].Kind != TokenKind.Word) return false;
        if (ctx.StartCue(next) is { } c) return c.Has(CueTags.Partitive) || c.Has(CueTags.Killed) || c.Has(CueTags.Wounded) || c.Value(CueTags.Group) is not null || c.Has(CueTags.Say) || c.Has(CueTags.Cite);
        string w = doc.TokenText(next);
        return w[0] is '\u0648' or '\u0628' || w is "من" or "في" or "علي" or "جراء" or "خلال" or "اثر" or "منذ" or "حتي" or "بعد" or "قبل" or "بسبب" or "نتيجه" or "امس" or "اليوم" or "وفق" or "حسب" or "معظمهم" or "اغلبهم" or "غالبيتهم" or "اخر" or "اخرين" or "اخرون" or "اخري" or "اضافه";
    }

    /// <summary>Whether a count ends at most three tokens before <paramref name="k"/>, so the verb there is that count's own ("18 شخصا قتلوا", "45 شخصاً على الأقل قتلوا").</summary>
    private static bool FollowsCount(Context ctx, int k, Segment seg)
    {
        int i = LowerBound(ctx.Quantities, k, m => m.FirstToken) - 1;
        return i >= 0 && ctx.Quantities[i].Kind == NumberKind.Count && ctx.Quantities[i].FirstToken >= seg.FirstToken && ctx.Quantities[i].EndToken >= k - 3;
    }

    /// <summary>
    /// A tally the count is the figure of: a tally noun and a harm noun ("عدد قتلى قوات النظام 32", "عدد الضحايا"), "حصيلة" alone, or a tally
    /// of a group and a harm verb ("عدد المدنيين الذين قتلوا"); before the number with no other count between them, either right before it
    /// or reached through a verb of rising or reaching ("ارتفعت الحصيلة … إلى", "وصلت إلى", "قد بلغ", "…، 718 شخصاً"); or right after the
    /// number ("ارتفع إلى 502 عدد الشهداء"). <paramref name="nearest"/> is the harm cue nearest before the number (-1 if none).
    /// Returns the harm token (-1 if none) and the tally's group token (-1 if none).
    /// </summary>
    private static (int Harm, int Group) FindTally(Context ctx, QuantityMention q, CountedNoun noun, Segment seg, int nearest)
    {
        var doc = ctx.Doc;
        if (noun.Cue is null && ctx.Has(q.EndToken, CueTags.Tally) && IsHarmNoun(ctx, q.EndToken + 1)) return (q.EndToken + 1, -1);
        int lowest = Math.Max(seg.FirstToken, q.FirstToken - TallyWindow);
        bool reached = false;
        int words = 0;
        for (int k = q.FirstToken - 1; k >= lowest; k--)
        {
            if (doc.Tokens[k].Kind == TokenKind.Number && !NotACount(ctx, k)) return (-1, -1);
            if (doc.Tokens[k].Kind == TokenKind.Word) words++;
            if (ctx.Has(k, CueTags.TallyReach) || ctx.Has(k, CueTags.ActionArrived) || ctx.Word(k, "الي") && k == q.FirstToken - 1) reached = true;
            if (!ctx.Has(k, CueTags.Tally)) continue;
            int next = ctx.CueEnd(k);
            bool close = words <= 2 || reached || (k > lowest && (ctx.Has(k - 1, CueTags.TallyReach) || ctx.Has(k - 1, CueTags.ActionArrived)))
                         || (q.FirstToken - k <= 8 && IsHarmNoun(ctx, next));
            if (!close) return (-1, -1);
            if (IsHarmNoun(ctx, next)) return (next, -1);
            if (ctx.StartCue(next)?.Value(CueTags.Group) is not null)
            {
                for (int j = ctx.CueEnd(next); j < Math.Min(q.FirstToken, ctx.CueEnd(next) + 3); j++)
                    if (ctx.Has(j, CueTags.Killed) || ctx.Has(j, CueTags.Wounded)) return (j, next);
                return (-1, -1);
            }
            // "حصيلة" alone ("ارتفعت الحصيلة إلى 40") is a toll of the dead when no harm word stands nearer the number.
            if (ctx.Has(k, CueTags.Killed) && nearest <= k && (reached || words <= 2) && (noun.Cue is not null || NothingElseCounted(ctx, q, seg))) return (k + 1, -1);
            return (-1, -1);
        }
        return (-1, -1);
    }

    private Claim? VehicleClaim(Context ctx, int s, QuantityMention q, CountedNoun noun, string vehicle, List<string> cues)
    {
        var seg = ctx.Doc.Sentences[s];
        // What the vehicles did: a verb just before the number (VSO, "ودخلت 10 حافلات"), else the first verb after the noun in its clause.
        int actionToken = -1;
        int words = 0;
        for (int k = q.FirstToken - 1; k >= seg.FirstToken && words < 3 && actionToken < 0; k--)
        {
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) continue;
            words++;
            if (ctx.HasPrefix(k, CueTags.Action)) actionToken = k;
        }
        int from = noun.Before ? q.EndToken : noun.End;
        for (int k = from; actionToken < 0 && k < Math.Min(seg.EndToken, from + 10); k++)
        {
            if (ClauseBreak(ctx, k) || (k > from && ctx.Doc.Tokens[k].Kind == TokenKind.Number)) break;
            if (ctx.HasPrefix(k, CueTags.Action)) actionToken = k;
        }
        // "ووصلت الدفعة الأولى المؤلفة من 16 حافلة": the verb of the batch the vehicles form.
        for (int k = q.FirstToken - 1; actionToken < 0 && k >= Math.Max(seg.FirstToken, q.FirstToken - 7); k--)
        {
            if (ClauseBreak(ctx, k) && !ctx.Doc.IsPunct(k, ',')) break;
            if (ctx.HasPrefix(k, CueTags.Action)) actionToken = k;
        }
        string? action = actionToken >= 0 ? ctx.StartCue(actionToken)!.Value(CueTags.Action) : null;
        if (actionToken >= 0) cues.Add("verb:" + Original(ctx.Doc, actionToken, ctx.CueEnd(actionToken)));
        int planned = ctx.Before(q.FirstToken - 1, Math.Max(seg.FirstToken, q.FirstToken - 6), CueTags.Planned);
        if (planned >= 0)
        {
            action = "planned";
            cues.Add("planned:" + Original(ctx.Doc, planned, ctx.CueEnd(planned)));
        }
        int first = Math.Min(Math.Min(q.FirstToken, noun.Token), actionToken >= 0 ? actionToken : q.FirstToken);
        int end = Math.Max(Math.Max(noun.End, q.EndToken), actionToken >= 0 ? ctx.CueEnd(actionToken) : 0);
        return BuildCount(ctx, s, ClaimKind.Vehicles, first, end, q, cues) with
        {
            Subject = vehicle,
            Action = action,
        };
    }

    private static bool NumberBetween(Context ctx, int from, int to)
    {
        for (int k = from + 1; k < to; k++) if (ctx.Doc.Tokens[k].Kind == TokenKind.Number) return true;
        return false;
    }

    private static bool ClauseBreak(Context ctx, int k) =>
        ctx.Doc.IsPunct(k, ',') || ctx.Doc.IsPunct(k, ':') || ctx.Doc.IsPunct(k, ';') ||
        ctx.Doc.Tokens[k].Kind == TokenKind.Word && ctx.Doc.TokenText(k) is "بينما" or "فيما" or "حين" or "ثم" or "بعدما";

    private Claim CasualtyClaim(Context ctx, int s, QuantityMention q, CountedNoun noun, HarmCue harm, Claim? continues, List<string> cues)
    {
        var seg = ctx.Doc.Sentences[s];
        // A subset or continuation with no harm word of its own takes the harm of the count it continues ("قتل 10 … بينهم 3 أطفال").
        var h = harm.Harm ?? (noun.Cue?.Has(CueTags.WoundedNoun) == true ? Harm.Wounded : continues?.Harm ?? Harm.Killed);
        if (harm.Verb >= 0) cues.Add((h == Harm.Wounded ? "wounded:" : "killed:") + Original(ctx.Doc, harm.Verb, ctx.CueEnd(harm.Verb)));
        int tallyStart = Math.Max(seg.FirstToken, harm.TallyGroup >= 0 ? harm.TallyGroup - 1 : harm.Tally - 1);
        if (harm.Tally >= 0) cues.Add("tally:" + Original(ctx.Doc, tallyStart, ctx.CueEnd(harm.Tally)));
        string? group = noun.Cue?.Value(CueTags.Group);
        // "عدد المدنيين الذين قتلوا … 718 شخصاً": the tally's group names the victims better than "people".
        if (harm.TallyGroup >= 0 && group is null or "people") group = ctx.StartCue(harm.TallyGroup)?.Value(CueTags.Group);
        int subjectEnd = noun.Cue is null ? q.EndToken : Math.Max(noun.End, q.EndToken);
        string? subject = null;

        // Who was hit, in order: an armed party named by the noun itself ("مقاتلي المعارضة", "جنود أتراك") or right after it
        // ("عناصر التنظيم"); a party after a preposition ("من قوات النظام", "في صفوف", "بين المدنيين"); after a tally noun
        // ("عدد قتلى قوات النظام"); the group noun; the party named before the harm verb ("قوات الأسد … وتكبدت").
        ActorMention? actor = null;
        if (noun.Cue is not null) actor = ActorAt(ctx, noun.Token) ?? (ActorAt(ctx, noun.End) is { } genitive && !noun.Before ? genitive : null);
        if (harm.Tally >= 0 && IsHarmNoun(ctx, harm.Tally)) actor ??= ActorAt(ctx, ctx.CueEnd(harm.Tally));
        if (actor is null)
        {
            int after = SkipPunct(ctx.Doc, Math.Max(noun.Cue is null ? q.EndToken : noun.End, q.EndToken), seg.EndToken);
            int party = PartyAfterPreposition(ctx, after, seg.EndToken);
            if (party >= 0)
            {
                actor = ActorAt(ctx, party);
                // "من عائلة واحدة" says where the victims come from, not who they are.
                if (actor is null && ctx.StartCue(party)?.Value(CueTags.Group) is { } g && g != "families") { subject = g; subjectEnd = ctx.CueEnd(party); }
            }
        }
        if (actor is not null)
        {
            subject = CasualtySubject(actor.Actor.Id);
            subjectEnd = Math.Max(subjectEnd, actor.EndToken);
            cues.Add("party:" + Original(ctx.Doc, actor.Span));
        }
        if (subject is null && group is not null && group != "fighters" && group != "soldiers") subject = group;
        // Not for a bare count: in "اتهمت المعارضة القوات الحكومية بقتل المئات" the party before the verb is the killer.
        if (subject is null && !harm.Bare && harm.Verb >= 0 && harm.Verb <= q.FirstToken)
        {
            for (int k = harm.Verb - 1; k >= Math.Max(seg.FirstToken, harm.Verb - 6); k--)
                if (ActorEndingAt(ctx, k) is { } before) { subject = CasualtySubject(before.Actor.Id); cues.Add("party:" + Original(ctx.Doc, before.Span)); break; }
        }
        subject ??= group switch { "soldiers" => "regime-forces", null => "people", _ => group };
        // "رفات 42 مدنياً وعسكرياً", "مدنيين ومسلحين": two groups counted together are people.
        if (actor is null && noun.Cue is not null && !noun.Before && noun.End < seg.EndToken && ctx.Doc.TokenText(noun.End) is { Length: > 1 } next
            && next[0] == '\u0648' && ctx.StartCue(noun.End)?.Value(CueTags.Group) is { } second && second != group)
            subject = "people";
        int first = Math.Min(q.FirstToken, noun.Cue is null ? q.FirstToken : noun.Token);
        // The harm word stretches the evidence only when it is this count's own ("قتل 25"), not a previous count's
        // ("56 قتيلاً بين المدنيين و484 …"); a partitive starts at "منهم".
        bool ownVerb = harm.Verb >= 0 && harm.Verb < first && !NumberBetween(ctx, harm.Verb, q.FirstToken)
                       && !ctx.Has(harm.Verb, CueTags.KilledNoun) && !ctx.Has(harm.Verb, CueTags.WoundedNoun);
        if (ownVerb) first = harm.Verb;
        if (harm.Tally >= 0) first = Math.Min(first, tallyStart);
        for (int k = q.FirstToken - 1; k >= Math.Max(seg.FirstToken, q.FirstToken - 2); k--)
            if (ctx.Has(k, CueTags.Partitive)) { first = Math.Min(first, k); break; }
        int end = Math.Max(subjectEnd, harm.Verb >= 0 && (ownVerb || harm.Verb > q.FirstToken) ? ctx.CueEnd(harm.Verb) : 0);
        return BuildCount(ctx, s, ClaimKind.Casualties, first, end, q, cues) with
        {
            Subject = subject,
            Harm = h,
        };
    }

    /// <summary>
    /// The victims an armed or civil body stands for, in the contract's subjects: rescuers and aid workers are civilians, the SDF are
    /// Kurdish forces, HTS and Jaysh al-Islam opposition fighters, pro-regime militias the regime's forces; other actors keep their id.
    /// </summary>
    private static string CasualtySubject(string actor) => actor switch
    {
        "civil-defence" or "sarc" or "icrc" or "un" => "civilians",
        "sdf" => "kurdish-forces",
        "hts" or "jaysh-al-islam" => "opposition-fighters",
        "pro-regime-militias" => "regime-forces",
        _ => actor,
    };

    /// <summary>After "من", "بين", "في صفوف", "لدى", "ضمن": the token that names the party; -1 if none. ("بينهم"/"منهم" introduce a subset, not the party.)</summary>
    private static int PartyAfterPreposition(Context ctx, int k, int end)
    {
        if (k >= end || ctx.Doc.Tokens[k].Kind != TokenKind.Word) return -1;
        string w = ctx.Doc.TokenText(k);
        if (w is "من" or "بين" or "لدي" or "ضمن") return SkipPunct(ctx.Doc, k + 1, end);
        if (w is "في" && k + 1 < end && ctx.Doc.TokenText(k + 1) is "صفوف") return SkipPunct(ctx.Doc, k + 2, end);
        return -1;
    }

    /// <summary>An evacuation cue at most two words before the number ("خرج خلاله عشرات", "إخراج نحو 1500", "البالغ عددهم", "وضمت الدفعة الأولى 800"); -1 if none.</summary>
    private static int EvacuationCueBefore(Context ctx, QuantityMention q, Segment seg)
    {
        int words = 0;
        for (int k = q.FirstToken - 1; k >= seg.FirstToken && words < 3; k--)
        {
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) continue;
            words++;
            if (ctx.Has(k, CueTags.EvacVerb) || ctx.Has(k, CueTags.EvacNoun) || ctx.Has(k, CueTags.CountPhrase) || ctx.Has(k, CueTags.PeopleBatch) || ctx.Has(k, CueTags.ActionArrived) || ctx.Has(k, CueTags.Carry)) return k;
        }
        // A tally of those who left: "بلغ عدد الذين غادروا حتى فجر الإثنين 2100 شخص", "عدد المقاتلين الذين خرجوا اليوم 400 مقاتل".
        for (int k = q.FirstToken - 1; k >= Math.Max(seg.FirstToken, q.FirstToken - EvacuationCueWindow); k--)
        {
            if (ClauseBreak(ctx, k) || ctx.Doc.Tokens[k].Kind == TokenKind.Number) break;
            if (!ctx.Has(k, CueTags.EvacVerb) && !ctx.Has(k, CueTags.EvacNoun)) continue;
            for (int t = k - 1; t >= Math.Max(seg.FirstToken, k - 4); t--)
                if (ctx.Has(t, CueTags.Tally)) return k;
            break;
        }
        return -1;
    }

    private static bool IsEach(Context ctx, int k) => ctx.Word(k, "كل") || ctx.Word(k, "وكل");

    /// <summary>Whether the vehicles that carry people arrived: "وصلت الحافلات التي تقل …", "ست حافلات وصلت إلى درعا تقل".</summary>
    private static bool ArrivalBefore(Context ctx, int carry, Segment seg)
    {
        for (int k = carry - 1; k >= Math.Max(seg.FirstToken, carry - 8); k--)
        {
            if (ctx.HasPrefix(k, CueTags.Action)) return ctx.Has(k, CueTags.ActionArrived);
        }
        return false;
    }

    private Claim? EvacueeClaim(Context ctx, int s, QuantityMention q, CountedNoun noun, string group, Claim? coordinatedWith, List<string> cues)
    {
        var seg = ctx.Doc.Sentences[s];
        int cue = EvacuationCueBefore(ctx, q, seg);
        int nounEnd = Math.Max(noun.End, q.EndToken);
        // After the noun: a verb of leaving ("… وعائلاتهم جرى نقلهم", "سيخرجون"), the batch they were in, or "للخروج" close by.
        for (int k = nounEnd; cue < 0 && k < Math.Min(seg.EndToken, nounEnd + EvacuationCueWindow); k++)
        {
            if (ctx.Has(k, CueTags.EvacVerb) || ctx.Has(k, CueTags.EvacSelf) || ctx.Has(k, CueTags.PeopleBatch) || ctx.Has(k, CueTags.ArriveVerb) && IsPluralVerb(ctx, k, ctx.StartCue(k)!)) cue = k;
            else if ((k < nounEnd + 3 || ctx.Has(k - 1, CueTags.Begin)) && ctx.Has(k, CueTags.EvacNoun)) cue = k;
        }
        if (cue < 0 && coordinatedWith is null) return null;
        // "وتحمل كل حافلة 40 شخصاً": a load per vehicle, not a count of people who left.
        if (cue >= 0 && ctx.Has(cue, CueTags.Carry) && (IsEach(ctx, cue + 1) || IsEach(ctx, cue - 1) || IsEach(ctx, cue - 2))) return null;
        // "رفض 200 مقاتل الخروج", "لم يخرج": a refused or negated departure evacuates nobody.
        if (ctx.Before(q.FirstToken - 1, Math.Max(seg.FirstToken, q.FirstToken - 3), CueTags.Negation) >= 0 || (cue > 0 && ctx.Word(cue - 1, "لم"))) return null;
        if (cue >= 0) cues.Add("evacuation:" + Original(ctx.Doc, cue, ctx.CueEnd(cue)));
        else cues.Add("coordinated:" + coordinatedWith!.QuantityText);
        bool planned = ctx.Before(q.FirstToken - 1, Math.Max(seg.FirstToken, q.FirstToken - EvacuationCueWindow), CueTags.Planned) >= 0
                       || (cue >= 0 && ctx.Has(cue, CueTags.Planned))
                       || ctx.After(nounEnd, Math.Min(seg.EndToken, nounEnd + 3), CueTags.Planned) >= 0;
        string action = planned ? "planned"
            : cue >= 0 && (ctx.Has(cue, CueTags.ActionArrived) && !ctx.Has(cue, CueTags.EvacVerb) || ctx.Has(cue, CueTags.Carry) && ArrivalBefore(ctx, cue, seg)) ? "arrived"
            : coordinatedWith?.Action ?? "departed";
        int first = Math.Min(cue >= 0 ? cue : q.FirstToken, Math.Min(q.FirstToken, noun.Token));
        int end = Math.Max(nounEnd, cue >= 0 ? ctx.CueEnd(cue) : nounEnd);
        return BuildCount(ctx, s, ClaimKind.Evacuees, first, end, q, cues) with
        {
            Subject = group,
            Action = action,
        };
    }

    // ---- polarity claims -----------------------------------------------------------------------------------------

    private void ExtractAgreements(Context ctx, int s, List<Claim> claims)
    {
        var seg = ctx.Doc.Sentences[s];
        for (int a = seg.FirstToken; a < seg.EndToken; a++)
        {
            var cue = ctx.StartCue(a);
            if (cue is null) continue;
            bool agreement = cue.Has(CueTags.Agreement), negotiations = cue.Has(CueTags.Negotiations);
            if (!agreement && !negotiations) continue;
            int aEnd = ctx.CueEnd(a);
            var cues = new List<string> { "agreement:" + Original(ctx.Doc, a, aEnd) };
            var (polarity, cueToken, tag) = Negated(ctx, seg, a, aEnd);
            if (polarity == Polarity.Uncertain && negotiations) polarity = null;
            if (polarity is not null)
            {
                cues.Add(tag + ":" + Original(ctx.Doc, cueToken, ctx.CueEnd(cueToken)));
            }
            else if (!negotiations && !ctx.Has(a - 1, CueTags.DenyNoun) && tag is not CueTags.Uncertain and not CueTags.Attempt)
            {
                cueToken = Affirmation(ctx, s, seg, a, aEnd);
                if (cueToken >= 0)
                {
                    polarity = Polarity.Affirmed;
                    cues.Add("affirm:" + Original(ctx.Doc, cueToken, ctx.CueEnd(cueToken)));
                }
                else if (Hypothetical(ctx, seg, a) is var hypothetical && hypothetical >= 0)
                {
                    // "مشروع قرار لهدنة", "استعدادها الدخول في اتفاق", "دون اتفاق معلن": a deal proposed, hoped for or missing is not affirmed.
                    polarity = Polarity.Uncertain;
                    cueToken = hypothetical;
                    cues.Add("hypothetical:" + Original(ctx.Doc, cueToken, ctx.CueEnd(cueToken)));
                }
                else if (Introduced(ctx, seg, a, aEnd) is var introduced && introduced >= 0)
                {
                    // A deal introduced as a thing that exists — indefinite ("بموجب اتفاق بين …", "بعد أيام من اتفاق أمريكي روسي"),
                    // stating its terms ("وينص الاتفاق على", "الاتفاق يقضي"), or described ("الاتفاق الذي …") — is affirmed by whoever
                    // tells it, even with no verb of concluding. A bare definite reference back ("بموجب الاتفاق", "لتنفيذ الاتفاق")
                    // presupposes a deal told elsewhere and makes no claim of its own.
                    polarity = Polarity.Affirmed;
                    cueToken = introduced;
                    cues.Add("introduced:" + Original(ctx.Doc, introduced, ctx.CueEnd(introduced)));
                }
            }
            if (polarity is null || IsTopic(ctx, seg, a, aEnd)) { a = aEnd - 1; continue; }
            int first = Math.Min(cueToken, a), end = Math.Max(aEnd, cueToken >= 0 ? ctx.CueEnd(cueToken) : aEnd);
            var claim = Build(ctx, s, ClaimKind.Agreement, first, end, Math.Max(a, cueToken), cues) with { Polarity = polarity };
            // "Conflicting reports" in the outlet's own voice is a remark about the dispute, not a claim by a camp; and failed
            // talks told as the outlet's narrative history are background to the event, not a sourced statement about it.
            bool narration = claim.Source.Mention is null;
            if (narration && (polarity == Polarity.Uncertain || negotiations || ctx.Has(cueToken, CueTags.Negation) && ctx.StartCue(cueToken)!.Text.StartsWith("فشل", StringComparison.Ordinal)))
            {
                a = aEnd - 1;
                continue;
            }
            claims.Add(claim);
            a = aEnd - 1;
        }
    }

    /// <summary>
    /// Whether the proposition at [a, aEnd) is denied or doubted: a finite denial verb before it (نفت، تنفي، ونفى), a negation
    /// before it (لا صحة، لم يتوصل، فشل، لم + verb) or after it ("… غير صحيح"), or talk of conflicting reports before it (not when
    /// backgrounded: "بعد تضارب الأنباء"). Returns the polarity (null when none of these), the cue token and its family.
    /// </summary>
    private static (Polarity? Polarity, int Cue, string Tag) Negated(Context ctx, Segment seg, int a, int aEnd)
    {
        for (int k = a - 1; k >= Math.Max(seg.FirstToken, a - DenyWindow); k--)
        {
            if (!ctx.IsDenyVerb(k)) continue;
            // "يحاول أن ينفي": someone's attempt to deny, as the speaker reads it, is not a denial the source made.
            if (ctx.Before(k - 1, Math.Max(seg.FirstToken, k - 3), CueTags.Attempt) >= 0) return (null, -1, CueTags.Attempt);
            return (Polarity.Denied, k, CueTags.Deny);
        }
        int negation = ctx.Before(a - 1, Math.Max(seg.FirstToken, a - PolarityWindow), CueTags.Negation);
        if (negation >= 0) return (Polarity.Denied, negation, CueTags.Negation);
        if (ctx.Word(a - 1, "لم") || ctx.Word(a - 2, "لم") && ctx.Doc.TokenText(a - 1) is "يتم") return (Polarity.Denied, a - 1 - (ctx.Word(a - 1, "لم") ? 0 : 1), CueTags.Negation);
        for (int k = aEnd; k < Math.Min(seg.EndToken, aEnd + PolarityWindow); k++)
        {
            if (ctx.Doc.IsPunct(k, '.')) break;
            if (ctx.Has(k, CueTags.NegationPost)) return (Polarity.Denied, k, CueTags.Negation);
        }
        // "تواردت أنباء عن توصل النظام ومسلحي المعارضة إلى اتفاق": talk of unconfirmed reports reaches as far as a denial does.
        int uncertain = -1;
        for (int k = a - 1; k >= Math.Max(seg.FirstToken, a - DenyWindow) && uncertain < 0; k--)
        {
            // "وسط أنباء عن وصولها، وذلك ضمن اتفاق": a new clause after a comma leaves the talk of reports behind.
            if (ClauseBreak(ctx, k) && !(ctx.Doc.IsPunct(k, ',') && k + 1 < a && !ctx.Doc.TokenText(k + 1).StartsWith('\u0648'))) break;
            if (ctx.Has(k, CueTags.Uncertain)) uncertain = k;
        }
        if (uncertain >= 0) return (Backgrounded(ctx, uncertain, seg.FirstToken) ? null : Polarity.Uncertain, uncertain, CueTags.Uncertain);
        return (null, -1, "");
    }

    /// <summary>
    /// How a deal is introduced as existing, without a verb of concluding: the token of the terms verb before or after it
    /// ("ينص الاتفاق على", "الاتفاق يقضي"), of a relative pronoun describing it ("الاتفاق الذي"), or the agreement noun itself
    /// when it is indefinite (no article, not annexed to a definite noun: "اتفاق بين", "هدنة تستمر"); -1 otherwise.
    /// </summary>
    private static int Introduced(Context ctx, Segment seg, int a, int aEnd)
    {
        // "أي اتفاق", "نفي … وجود صفقة": a deal named only to be denied or doubted is not introduced.
        if (ctx.Word(a - 1, "اي") || ctx.Before(a - 1, Math.Max(seg.FirstToken, a - DenyWindow), CueTags.DenyNoun) >= 0) return -1;
        if (ctx.Has(a - 1, CueTags.Terms)) return a - 1;
        int next = SkipPunct(ctx.Doc, aEnd, seg.EndToken);
        if (next < seg.EndToken && (ctx.Has(next, CueTags.Terms) || ctx.Doc.TokenText(next) is "الذي" or "التي")) return next;
        return IsDefinite(ctx, a, aEnd, seg) ? -1 : a;
    }

    /// <summary>Whether the noun phrase at [a, aEnd) is definite: the article (after clitics), or annexed to a definite noun ("اتفاق الانسحاب", "وقف إطلاق النار").</summary>
    private static bool IsDefinite(Context ctx, int a, int aEnd, Segment seg)
    {
        // The article after at most a conjunction and a preposition (والهدنة، بالاتفاق، وبالتسوية), or contracted after ل (للاتفاق).
        var first = ctx.Doc.TokenSpan(a);
        if (first.Length > 2 && first[0] is '\u0648' or '\u0641') first = first[1..];
        if (first.StartsWith("لل", StringComparison.Ordinal)) return true;
        if (first.Length > 2 && first[0] is '\u0628' or '\u0643' or '\u0644') first = first[1..];
        if (first.StartsWith("ال", StringComparison.Ordinal)) return true;
        if (aEnd - a > 1 && ctx.Doc.TokenText(aEnd - 1).StartsWith("ال", StringComparison.Ordinal)) return true;
        int next = aEnd;
        return next < seg.EndToken && ctx.Doc.Tokens[next].Kind == TokenKind.Word && ctx.Doc.TokenText(next) is var w && w.StartsWith("ال", StringComparison.Ordinal) && w is not "الذي" and not "التي";
    }

    /// <summary>A deal named as the topic of a talk or programme ("تتناول الحلقة اتفاقيات المصالحة", "كان الاتفاق محور نقاش"): no claim.</summary>
    private static bool IsTopic(Context ctx, Segment seg, int a, int aEnd)
    {
        for (int k = Math.Max(seg.FirstToken, a - 3); k < Math.Min(seg.EndToken, aEnd + 3); k++)
            if (ctx.Has(k, CueTags.Topic)) return true;
        return false;
    }

    /// <summary>
    /// A deal that is only proposed, sought or said to be missing: a cue of the "hypothetical" family up to four words before
    /// the agreement noun ("مشروع قرار حول هدنة", "جهود للتوصل إلى اتفاق"), or "دون"/"بدون" right before it; -1 if none.
    /// </summary>
    private static int Hypothetical(Context ctx, Segment seg, int a)
    {
        int words = 0;
        for (int k = a - 1; k >= seg.FirstToken && words < 4; k--)
        {
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) { if (ctx.Doc.IsPunct(k, ',') || ctx.Doc.IsPunct(k, '.')) break; continue; }
            words++;
            if (ctx.Has(k, CueTags.Hypothetical) || ctx.Has(k, CueTags.Attempt) || ctx.Has(k, CueTags.Negotiations)) return k;
            if (words == 1 && ctx.Has(k, CueTags.Without)) return k;
        }
        return -1;
    }

    /// <summary>
    /// The cue that asserts an agreement exists: the basis of what happened ("بموجب اتفاق", "ضمن اتفاق", "حسب اتفاق"), its
    /// conclusion ("توصلت الفصائل إلى اتفاق", "اتفاق أبرم", "جرى", "دخل حيز التنفيذ", "دخلت الهدنة حيز التنفيذ"), its terms or
    /// confirmation ("بنود الاتفاق", "المؤكد"), or a reporting verb whose content it opens ("أكدت مصادر وجود اتفاق"); -1 if none.
    /// </summary>
    private static int Affirmation(Context ctx, int s, Segment seg, int a, int aEnd)
    {
        if (ctx.Has(a - 1, CueTags.Affirm) || ctx.Has(a - 1, CueTags.Cite)) return a - 1;
        if (a - 1 > seg.FirstToken && ctx.Doc.TokenText(a - 1) is "الي" or "علي" or "ل")
            for (int k = a - 2; k >= Math.Max(seg.FirstToken, a - 5); k--)
                if (ctx.Has(k, CueTags.Affirm)) return k;
        bool backgrounded = Backgrounded(ctx, a, seg.FirstToken);
        for (int k = aEnd; k < Math.Min(seg.EndToken, aEnd + ConclusionWindow); k++)
        {
            if (ctx.Doc.IsPunct(k, ',') || ctx.Has(k, CueTags.Agreement)) break;
            if (ctx.Has(k, CueTags.Affirm) || (!backgrounded && ctx.Has(k, CueTags.InForce))) return k;
        }
        int opening = ctx.Word(a - 1, "وجود") ? a - 1 : a;
        if (ctx.Attributor.FrameOpeningAt(s, opening) is { Kind: FrameKind.Say } frame) return frame.CueToken;
        return -1;
    }

    private void ExtractEvacuations(Context ctx, int s, List<Claim> claims)
    {
        var doc = ctx.Doc;
        var seg = doc.Sentences[s];
        for (int v = seg.FirstToken; v < seg.EndToken; v++)
        {
            var cue = ctx.StartCue(v);
            if (cue is null) continue;
            // Verbs of moving and arriving ("توجهت", "وصلت") tell of an evacuation only when people, a batch or vehicles carrying
            // people move (buses also head somewhere, or arrive, to collect people), and "وصل عدد … إلى 800" is a figure reached.
            bool arrive = cue.Has(CueTags.ArriveVerb) || cue.Has(CueTags.MoveVerb);
            bool verb = cue.Has(CueTags.EvacVerb) || arrive, self = cue.Has(CueTags.EvacSelf), noun = cue.Has(CueTags.EvacNoun);
            if (!verb && !self && !noun) continue;
            int vEnd = ctx.CueEnd(v);
            if (arrive && ReachesFigure(ctx, vEnd, seg)) { v = vEnd - 1; continue; }
            if (Backgrounded(ctx, v, seg.FirstToken)) { v = vEnd - 1; continue; }
            // "من المنتظر أن يخرج 400 مسلح": a departure still to come is an evacuee count (planned), not an evacuation that happened.
            if (ctx.Before(v - 1, Math.Max(seg.FirstToken, v - 4), CueTags.Planned) >= 0 || cue.Has(CueTags.Planned)) { v = vEnd - 1; continue; }
            int subject = -1, subjectEnd = -1;
            if (self) { subject = v; subjectEnd = vEnd; }
            else if (verb)
            {
                // An arrival ("وصلت الدفعة الأولى إلى إدلب", "مئة مقاتل … وصلوا") tells of an evacuation only when people or a
                // batch arrive, not buses alone (they also arrive to collect people).
                (subject, subjectEnd) = EvacuatedParty(ctx, vEnd, Math.Min(seg.EndToken, vEnd + 6), vehicles: !arrive);
                if (subject < 0) (subject, subjectEnd) = EvacuatedPartyBefore(ctx, v, Math.Max(seg.FirstToken, v - 8), vehicles: !arrive || CarriesPeople(ctx, v, seg));
                // A plural verb carries its own subject ("… الذين خرجوا", "بدأوا بالتوجه"): a party named earlier in the sentence.
                if (subject < 0 && IsPluralVerb(ctx, v, cue))
                    (subject, subjectEnd) = EvacuatedPartyBefore(ctx, v, Math.Max(seg.FirstToken, v - PluralSubjectWindow), vehicles: false);
            }
            else
            {
                // A verbal noun is asserted as reported content ("تتحدث عن خروج", "«الانتهاء من إخراج", "نفت سانا خروج", "أكدت مصادر
                // خروج"), as what began, went on or ended ("بدء خروج", "انتهت بخروج", "بدأوا بمغادرة"), or as a headline ("خروج الدفعة الأولى من …").
                bool reported = ctx.Word(v - 1, "عن") || (ctx.Word(v - 1, "من") && v >= 2 && ctx.Doc.TokenText(v - 2) is "الانتهاء" or "انتهاء" or "اتمام" && doc.IsPunct(v - 3, '"'))
                                || ctx.Attributor.FrameOpeningAt(s, v) is not null
                                || ctx.Has(v - 1, CueTags.Begin) || ctx.Has(v - 2, CueTags.Begin) && ctx.Doc.Tokens[v - 1].Kind == TokenKind.Punct
                                || IsHeadlineStart(ctx, seg, v)
                                || ctx.After(vEnd, Math.Min(seg.EndToken, vEnd + 6), CueTags.Begin) is var began && began >= 0 && !NumberBetween(ctx, vEnd - 1, began);
                if (reported)
                {
                    (subject, subjectEnd) = EvacuatedParty(ctx, vEnd, Math.Min(seg.EndToken, vEnd + 4));
                    if (subject < 0 && ctx.Has(v - 1, CueTags.Begin) && IsPluralVerb(ctx, v - 1, ctx.StartCue(v - 1)!))
                        (subject, subjectEnd) = EvacuatedPartyBefore(ctx, v - 1, Math.Max(seg.FirstToken, v - 1 - PluralSubjectWindow), vehicles: false);
                }
            }
            if (subject < 0 || MedicalTransfer(ctx, seg, v, subject, subjectEnd)) { v = vEnd - 1; continue; }
            var cues = new List<string> { "evacuation:" + Original(doc, v, vEnd) };
            var (negated, negCue, negTag) = Negated(ctx, seg, v, Math.Max(vEnd, subjectEnd));
            var polarity = negated ?? Polarity.Affirmed;
            int first = Math.Min(v, subject);
            if (negated is not null)
            {
                cues.Add(negTag + ":" + Original(doc, negCue, ctx.CueEnd(negCue)));
                first = Math.Min(first, negCue);
            }
            else if (negTag == CueTags.Uncertain) { v = vEnd - 1; continue; }
            if (negated == Polarity.Uncertain && ctx.Attributor.Resolve(s, v).Source.Mention is null) { v = vEnd - 1; continue; }
            int last = Math.Max(Math.Max(vEnd, subjectEnd), negated is not null && negCue > v ? ctx.CueEnd(negCue) : 0);
            claims.Add(Build(ctx, s, ClaimKind.Evacuation, first, last, v, cues) with { Polarity = polarity });
            v = vEnd - 1;
        }
    }

    /// <summary>
    /// Wounded people taken or arriving to a hospital ("نقل 35 جريحاً إلى مشفى", "12 جريحاً وصلوا إلى المستشفى") are a medical
    /// transfer, not an evacuation: the moved party is a wounded noun and the destination after the verb is a "hospital" cue.
    /// </summary>
    private static bool MedicalTransfer(Context ctx, Segment seg, int v, int subject, int subjectEnd)
    {
        bool wounded = false;
        for (int k = Math.Min(subject, v); k < Math.Max(subjectEnd, subject + 1) && !wounded; k++) wounded = ctx.Has(k, CueTags.WoundedNoun);
        if (!wounded) return false;
        int from = ctx.CueEnd(v), to = Math.Min(seg.EndToken, Math.Max(from, subjectEnd) + 6);
        for (int k = from; k < to - 1; k++)
            if (ctx.Has(k, CueTags.Destination) && ctx.Has(k + 1, CueTags.Hospital)) return true;
        return false;
    }

    private static bool Backgrounded(Context ctx, int v, int sentenceStart)
    {
        for (int k = v - 1; k >= Math.Max(sentenceStart, v - 3); k--)
            if (ctx.Has(k, CueTags.Backgrounding)) return true;
        return false;
    }

    /// <summary>How far back a plural verb of leaving looks for the party it stands for ("المدنيين الذين … خرجوا").</summary>
    private const int PluralSubjectWindow = 20;

    /// <summary>The people or vehicles that leave, after the verb: fighters, families, civilians, people, a batch, buses, or an armed party.</summary>
    private static (int Start, int End) EvacuatedParty(Context ctx, int from, int to, bool vehicles = true)
    {
        for (int k = from; k < to; k++)
        {
            // "خرجت مظاهرة شارك فيها 500 شخص": what went out is not a party leaving.
            if (ctx.Has(k, CueTags.NotParty)) break;
            if (ctx.StartCue(k) is { } c && IsLeavingParty(c, vehicles)) return (k, ctx.CueEnd(k));
            if (ActorAt(ctx, k) is { } a && a.Actor.Id is not "regime-forces" and not "un") return (k, a.EndToken);
        }
        return (-1, -1);
    }

    private static (int Start, int End) EvacuatedPartyBefore(Context ctx, int verb, int lowest, bool vehicles = true)
    {
        for (int k = verb - 1; k >= lowest; k--)
        {
            if (ctx.StartCue(k) is { } c && IsLeavingParty(c, vehicles)) return (k, ctx.CueEnd(k));
            // The subject stands inside the reported clause: never beyond its complementiser or reporting verb ("قال مصدر في المعارضة إن …").
            if (ctx.Has(k, CueTags.Say) || ctx.Has(k, CueTags.Cite) || ctx.Doc.Tokens[k].Kind == TokenKind.Word && ctx.Doc.TokenText(k) is "ان" or "بان" or "انه" or "انها") break;
            if (ActorEndingAt(ctx, k) is { } a && a.Actor.Id is not "regime-forces" and not "un") return (a.FirstToken, a.EndToken);
        }
        return (-1, -1);
    }

    /// <summary>A noun for who can leave: a batch or convoy, people of any group (not soldiers), or, when allowed, vehicles.</summary>
    private static bool IsLeavingParty(Cue c, bool vehicles) =>
        c.Has(CueTags.PeopleBatch) || vehicles && c.Value(CueTags.Vehicle) is not null || c.Value(CueTags.Group) is { } g && g != "soldiers" || c.Has(CueTags.WoundedNoun);

    /// <summary>"وصل عدد الخارجين إلى 800", "وصلت إلى 1360 شخصاً": a tally or a number reached, not a journey's end.</summary>
    private static bool ReachesFigure(Context ctx, int after, Segment seg)
    {
        int k = SkipPunct(ctx.Doc, after, seg.EndToken);
        if (k < seg.EndToken && ctx.Has(k, CueTags.Tally)) return true;
        if (k < seg.EndToken && ctx.Doc.TokenText(k) is "الي" or "لي") k++;
        if (k < seg.EndToken && ctx.Doc.TokenText(k) is "نحو" or "حوالي" or "قرابة" or "ما") k++;
        if (k >= seg.EndToken) return false;
        int qi = LowerBound(ctx.Quantities, k, m => m.FirstToken);
        return ctx.Has(k, CueTags.Tally) || qi < ctx.Quantities.Count && ctx.Quantities[qi].FirstToken == k;
    }

    /// <summary>Vehicles that carry people ("حافلات تقل مقاتلين … وصلت"): a carrying cue within the clause before the verb.</summary>
    private static bool CarriesPeople(Context ctx, int verb, Segment seg)
    {
        for (int k = verb - 1; k >= Math.Max(seg.FirstToken, verb - 8); k--)
        {
            if (ClauseBreak(ctx, k)) break;
            if (ctx.Has(k, CueTags.Carry)) return true;
        }
        return false;
    }

    /// <summary>A verb whose ending marks a plural or dual subject (خرجوا، يغادرون، وصلا), beyond the cue's own spelling when that is singular.</summary>
    private static bool IsPluralVerb(Context ctx, int token, Cue cue)
    {
        string w = ctx.Doc.TokenText(token);
        return w.EndsWith("وا", StringComparison.Ordinal) || w.EndsWith("ون", StringComparison.Ordinal) && w.Length > 4 || cue.Text.EndsWith("وا", StringComparison.Ordinal);
    }

    /// <summary>The first word of a line (a headline or a dateline-led lead: "خروج الدفعة الأولى من …").</summary>
    private static bool IsHeadlineStart(Context ctx, Segment seg, int v)
    {
        for (int k = v - 1; k >= seg.FirstToken; k--)
            if (ctx.Doc.Tokens[k].Kind == TokenKind.Word || ctx.Doc.Tokens[k].Kind == TokenKind.Number) return false;
        int at = ctx.Doc.Tokens[seg.FirstToken].Start - 1;
        while (at >= 0 && ctx.Doc.Text[at] is ' ' or '\t') at--;
        return at < 0 || ctx.Doc.Text[at] == '\n';
    }

    // ---- shared ------------------------------------------------------------------------------------------------

    private static ActorMention? ActorAt(Context ctx, int token)
    {
        return token >= 0 && token < ctx.ActorStarting.Length ? ctx.ActorStarting[token] : null;
    }

    private static ActorMention? ActorEndingAt(Context ctx, int token)
    {
        return token >= 0 && token < ctx.ActorEnding.Length ? ctx.ActorEnding[token] : null;
    }

    private static int SkipPunct(Document doc, int k, int end)
    {
        while (k < end && doc.Tokens[k].Kind == TokenKind.Punct && doc.Text[doc.Tokens[k].Start] is '"' or '(' or ')') k++;
        return k;
    }

    /// <summary>A count claim: <see cref="Build"/> with the quantity and the original words that gave it.</summary>
    private Claim BuildCount(Context ctx, int s, ClaimKind kind, int firstToken, int endToken, QuantityMention q, List<string> cues) =>
        Build(ctx, s, kind, firstToken, endToken, q.FirstToken, cues) with { Quantity = q.Quantity, QuantityText = Original(ctx.Doc, q.Span) };

    private Claim Build(Context ctx, int s, ClaimKind kind, int firstToken, int endToken, int anchor, List<string> cues)
    {
        var doc = ctx.Doc;
        var span = doc.ToOriginal(doc.SpanOfTokens(firstToken, endToken));
        var (source, attributionCue) = ctx.Attributor.Resolve(s, anchor);
        if (attributionCue is not null) cues.Add(attributionCue);
        var window = ContextOf(ctx, s, firstToken, endToken);
        // Where people or buses go is not where their evacuation happened: a destination does not place the claim.
        var placeMentions = kind is ClaimKind.Evacuation or ClaimKind.Vehicles or ClaimKind.Evacuees ? ctx.OriginPlaces : ctx.Places;
        var places = Nearby(placeMentions, ctx, s, window, m => m.FirstToken, m => m.Place.Name, name => _res.Places.Ancestors(name).Count >= 2);
        var actors = Nearby(ctx.Actors, ctx, s, window, m => m.FirstToken, m => m.Actor.Id, _ => true);
        DateOnly? date = null;
        int best = int.MaxValue;
        for (int di = LowerBound(ctx.Dates, window.SideFrom, m => m.FirstToken); di < ctx.Dates.Count && ctx.Dates[di].FirstToken < window.SideTo; di++)
        {
            var d = ctx.Dates[di];
            if (d.Date is null || d.EndToken > window.SideTo) continue;
            int distance = d.FirstToken >= endToken ? d.FirstToken - endToken + 1 : d.EndToken <= firstToken ? firstToken - d.EndToken + 1 : 0;
            if (distance <= DateWindow && distance < best) { best = distance; date = d.Date; }
        }
        if (date is not null) cues.Add("date:" + date.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return new Claim
        {
            Id = "", // assigned from the claim's content once the report's claims are final
            ReportId = ctx.Info.Id,
            Kind = kind,
            Source = source,
            Places = places,
            Actors = actors,
            Date = date,
            Evidence = Evidence.From(doc.Original, span),
            Cues = cues.ToArray(),
        };
    }

    /// <summary>Where a claim's context is read: its own side of "فيما"/"بينما"/"في حين", and the wider window across them.</summary>
    private readonly record struct ContextRange(int SideFrom, int SideTo, int WideFrom, int WideTo);

    private static ContextRange ContextOf(Context ctx, int s, int firstToken, int endToken)
    {
        var seg = ctx.Doc.Sentences[s];
        int from = firstToken, to = endToken;
        while (from > seg.FirstToken && firstToken - from < ContextWindow && !HappeningLink(ctx, from - 1)) from--;
        while (to < seg.EndToken && to - endToken < ContextWindow && !HappeningLink(ctx, to)) to++;
        return new ContextRange(from, to, Math.Max(seg.FirstToken, firstToken - ContextWindow), Math.Min(seg.EndToken, endToken + ContextWindow));
    }

    /// <summary>
    /// Names near the claim: on its side of a clause link ("فيما", "بينما", "في حين" may join a different happening) within
    /// <see cref="ContextWindow"/> tokens; across the link when that side names nothing specific; then its whole sentence; then the
    /// closest of the two sentences before it (a claim continues the paragraph's topic).
    /// </summary>
    private static string[] Nearby<T>(IReadOnlyList<T> mentions, Context ctx, int s, ContextRange window, Func<T, int> token, Func<T, string> name, Func<string, bool> specific)
    {
        // A list sorted and de-duplicated at the end (a sorted set allocates an enumerator for every look at it).
        var found = new List<string>();
        Collect(window.SideFrom, window.SideTo);
        if (!found.Exists(n => specific(n))) Collect(window.WideFrom, window.WideTo);
        for (int back = 0; found.Count == 0 && back <= 2 && s - back >= 0; back++)
            Collect(ctx.Doc.Sentences[s - back].FirstToken, ctx.Doc.Sentences[s - back].EndToken);
        if (found.Count == 0) return [];
        found.Sort(StringComparer.Ordinal);
        int distinct = 1;
        for (int i = 1; i < found.Count; i++) if (!string.Equals(found[i], found[distinct - 1], StringComparison.Ordinal)) found[distinct++] = found[i];
        found.RemoveRange(distinct, found.Count - distinct);
        return [.. found];

        void Collect(int from, int to)
        {
            for (int i = LowerBound(mentions, from, token); i < mentions.Count && token(mentions[i]) < to; i++) found.Add(name(mentions[i]));
        }
    }

    /// <summary>
    /// A place named as where something goes: after a "destination" cue ("إلى", "نحو", "باتجاه"), with place words between
    /// ("إلى محافظة درعا", "باتجاه ريف إدلب"), or written with the preposition لـ ("وصلت لريف درعا").
    /// </summary>
    private static bool IsDestination(Context ctx, Gazetteer gazetteer, PlaceMention m)
    {
        var doc = ctx.Doc;
        int first = m.FirstToken;
        var token = doc.Tokens[first];
        if (m.Span.Start > token.Start && m.Span.Start <= token.End && doc.Text[m.Span.Start - 1] == '\u0644') return true;
        int k = first - 1;
        if (k >= 0 && doc.IsPunct(k, '"')) k--;
        for (int words = 0; words < 2 && gazetteer.IsPlaceWord(doc, k); words++)
        {
            if (ctx.Has(k, CueTags.Destination)) return true;
            k--;
        }
        return ctx.Has(k, CueTags.Destination);
    }

    /// <summary>Index of the first mention at or after token <paramref name="token"/> in a list ordered by first token.</summary>
    internal static int LowerBound<T>(IReadOnlyList<T> sorted, int token, Func<T, int> first)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (first(sorted[mid]) < token) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static bool HappeningLink(Context ctx, int k) =>
        ctx.Doc.Tokens[k].Kind == TokenKind.Word && ctx.Doc.TokenText(k) is "فيما" or "بينما" or "حين";

    private static string Original(Document doc, int firstToken, int endToken) => Original(doc, doc.SpanOfTokens(firstToken, endToken));

    private static string Original(Document doc, TextSpan normalizedSpan)
    {
        var span = doc.ToOriginal(normalizedSpan);
        return doc.Original.Substring(span.Start, span.Length);
    }

    /// <summary>
    /// The claim's stable id: "c-" and 12 hex digits of SHA-256 over report id, kind, evidence offsets and what it says
    /// (polarity, quantity, subject, harm, action). The same input always gives the same id.
    /// </summary>
    internal static string ClaimId(Claim c)
    {
        var q = c.Quantity;
        // An absent value hashes as an empty part (not as StableId's U+0000), as the ids always have.
        return StableId.Of("c-", [c.ReportId, c.Kind.ToString(), Invariant(c.Evidence.Start), Invariant(c.Evidence.End), c.Polarity?.ToString() ?? "",
            q is null ? "" : Invariant(q.Min), q?.Max is { } max ? Invariant(max) : "", q?.Qualifier.ToString() ?? "", c.Subject ?? "", c.Harm?.ToString() ?? "", c.Action ?? ""], 6);

        // Offsets and counts are never negative: the same digits in every culture.
        static string Invariant(long n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
