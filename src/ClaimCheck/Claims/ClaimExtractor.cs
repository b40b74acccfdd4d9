using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Attribution;
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
    private const int DenyWindow = 12;
    private const int ConclusionWindow = 10;

    private readonly ExtractionResources _res;

    /// <summary>Creates an extractor over <paramref name="resources"/>.</summary>
    public ClaimExtractor(ExtractionResources resources) => _res = resources;

    /// <summary>The outlet's camp from the registry, or <see cref="Camp.Other"/> when the outlet is unknown to it; null when there is no outlet.</summary>
    public Camp? OutletCamp(string? outlet) => outlet is null ? null : _res.Sources.TryFind(outlet, out var s) ? s.Camp ?? Camp.Other : Camp.Other;

    /// <summary>Extracts the claims of <paramref name="report"/>.</summary>
    public ReportResult Extract(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var outlet = report.Outlet ?? DetectOutlet(report.Text);
        var info = new ReportInfo(report.Id, outlet, OutletCamp(outlet), report.Published, "ar");
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
            claims.AddRange(MergeWithinSentence(doc, ctx.Info.Id, sentenceClaims));
        }
        var ordered = DropRepeatedCounts(claims)
            .OrderBy(c => c.Evidence.Start).ThenBy(c => c.Evidence.End).ThenBy(c => c.Kind).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToArray();
        return new ReportResult(info, ordered);
    }

    private static bool IsQuestion(Context ctx, int s)
    {
        var seg = ctx.Doc.Sentences[s];
        return ctx.Has(seg.FirstToken, "question") || ctx.Doc.IsPunct(seg.EndToken - 1, '?');
    }

    /// <summary>One claim per source, kind and value in a sentence: repeated mentions merge, their evidence spans joined.</summary>
    private static IEnumerable<Claim> MergeWithinSentence(Document doc, string reportId, List<Claim> claims)
    {
        foreach (var group in claims.GroupBy(c => (c.Kind, c.Polarity, c.Quantity, c.Subject, c.Harm, c.Action, c.Source.Name, c.Source.Camp)))
        {
            var first = group.First();
            if (group.Count() == 1) { yield return first; continue; }
            int start = group.Min(c => c.Evidence.Start), end = group.Max(c => c.Evidence.End);
            var span = new TextSpan(start, end);
            yield return first with
            {
                Id = ClaimId(reportId, first.Kind, span),
                Evidence = Evidence.From(doc.Original, span),
                Cues = group.SelectMany(c => c.Cues).Distinct(StringComparer.Ordinal).ToArray(),
            };
        }
    }

    /// <summary>A report that repeats the same figure from the same source makes one claim: the first mention is kept.</summary>
    private static IEnumerable<Claim> DropRepeatedCounts(List<Claim> claims)
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
        int lines = 0;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim().TrimEnd(':', '،', ',').Trim();
            if (line.Length == 0) continue;
            if (++lines > 8) break;
            if (line.Length <= 40 && _res.Sources.TryFind(line, out var s) && s.Kind == SourceKind.Outlet) return s.Name;
        }
        return null;
    }

    private sealed class Context
    {
        public Context(Document doc, ExtractionResources res, ReportInfo info)
        {
            Doc = doc;
            Info = info;
            Cues = res.Cues.Annotate(doc);
            CueAt = new Cue?[doc.Tokens.Count];
            for (int i = 0; i < Cues.Length; i++)
                if (Cues[i].Cue is { } c) for (int k = i; k < Cues[i].End; k++) CueAt[k] ??= c;
            Attributor = new Attributor(doc, Cues, res.Sources, info.Outlet, info.OutletCamp);
            Quantities = res.Quantities.Recognize(doc);
            Dates = res.Dates.Recognize(doc, info.Published);
            Places = res.Places.FindMentions(doc, 0, doc.Tokens.Count);
            Actors = res.Actors.FindMentions(doc, 0, doc.Tokens.Count);
        }

        public Document Doc { get; }
        public ReportInfo Info { get; }
        public (Cue? Cue, int End)[] Cues { get; }
        /// <summary>The cue covering each token (first token of a phrase and the rest).</summary>
        public Cue?[] CueAt { get; }
        public Attributor Attributor { get; }
        public IReadOnlyList<QuantityMention> Quantities { get; }
        public IReadOnlyList<DateMention> Dates { get; }
        public IReadOnlyList<PlaceMention> Places { get; }
        public IReadOnlyList<ActorMention> Actors { get; }

        public Cue? StartCue(int token) => token >= 0 && token < Cues.Length ? Cues[token].Cue : null;

        public bool Has(int token, string tag) => StartCue(token) is { } c && c.Has(tag);

        public bool HasPrefix(int token, string prefix) => StartCue(token) is { } c && c.Value(prefix) is not null;

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

    private void ExtractCounts(Context ctx, int s, List<Claim> claims)
    {
        var doc = ctx.Doc;
        var seg = doc.Sentences[s];
        ClaimKind? previousKind = null;
        int previousEnd = -1;
        foreach (var q in ctx.Quantities)
        {
            if (q.FirstToken < seg.FirstToken || q.FirstToken >= seg.EndToken || q.Kind != NumberKind.Count) continue;
            var cues = new List<string>(q.Cues);
            // The counted noun: inside a dual, else right after the number ("3500 من عائلاتهم" allows من).
            int noun = q.DualNoun is not null ? q.EndToken - 1 : CountedNoun(ctx, q, seg.EndToken);
            if (noun >= seg.EndToken) continue;
            var nounCue = ctx.StartCue(noun);
            bool partitive = ctx.Has(q.FirstToken - 1, "partitive") || (q.FirstToken >= 2 && ctx.Has(q.FirstToken - 2, "partitive"));
            if (nounCue is null && !partitive) { previousKind = null; continue; }
            if (nounCue is not null) cues.Add("noun:" + Original(doc, noun, ctx.Cues[noun].End));

            string? vehicle = nounCue?.Value("vehicle");
            string? group = nounCue?.Value("group");
            bool killedNoun = nounCue?.Has("killed-noun") == true, woundedNoun = nounCue?.Has("wounded-noun") == true;
            int nounEnd = nounCue is null ? noun : ctx.Cues[noun].End;
            Claim? claim = null;
            if (vehicle is not null)
            {
                claim = VehicleClaim(ctx, s, q, noun, nounEnd, vehicle, cues);
            }
            else if (killedNoun || woundedNoun || partitive && previousKind == ClaimKind.Casualties || group is not null || partitive)
            {
                int harmCue = ctx.Before(q.FirstToken - 1, Math.Max(seg.FirstToken, q.FirstToken - CasualtyCueWindow), "killed");
                int woundCue = ctx.Before(q.FirstToken - 1, Math.Max(seg.FirstToken, q.FirstToken - CasualtyCueWindow), "wounded");
                bool joined = previousKind == ClaimKind.Casualties && q.FirstToken - previousEnd <= 8;
                if (killedNoun || woundedNoun || harmCue >= 0 || woundCue >= 0 || (partitive && previousKind == ClaimKind.Casualties) || joined && group is not null)
                {
                    claim = CasualtyClaim(ctx, s, q, noun, nounEnd, killedNoun, woundedNoun, harmCue, woundCue, group, cues);
                }
                else if (group is not null && group is not "soldiers")
                {
                    claim = EvacueeClaim(ctx, s, q, noun, nounEnd, group, cues);
                }
            }
            if (claim is not null)
            {
                claims.Add(claim);
                previousKind = claim.Kind;
                previousEnd = q.EndToken;
            }
        }
    }

    /// <summary>The counted noun: a noun cue inside the quantity's words ("25 عنصراً على الأقل"), else right after them ("3500 من عائلاتهم" allows من).</summary>
    private static int CountedNoun(Context ctx, QuantityMention q, int sentenceEnd)
    {
        for (int k = q.FirstToken; k < q.EndToken; k++)
            if (ctx.Doc.Tokens[k].Kind == TokenKind.Number || IsNumberWord(ctx, k))
            {
                int next = k + 1;
                if (next < q.EndToken && ctx.StartCue(next) is { } c && IsNounCue(c)) return next;
            }
        int noun = SkipPunct(ctx.Doc, q.EndToken, sentenceEnd);
        if (ctx.Word(noun, "من")) noun = SkipPunct(ctx.Doc, noun + 1, sentenceEnd);
        return noun;
    }

    private static bool IsNumberWord(Context ctx, int k) => ctx.StartCue(k) is null && ctx.Doc.Tokens[k].Kind == TokenKind.Word;

    private static bool IsNounCue(Cue c) => c.Value("group") is not null || c.Value("vehicle") is not null || c.Has("killed-noun") || c.Has("wounded-noun");

    private Claim? VehicleClaim(Context ctx, int s, QuantityMention q, int noun, int nounEnd, string vehicle, List<string> cues)
    {
        var seg = ctx.Doc.Sentences[s];
        // The verb saying what the vehicles did: after the noun within the clause (SVO), else before the number (VSO).
        string? action = null;
        int actionToken = -1;
        for (int k = nounEnd; k < Math.Min(seg.EndToken, nounEnd + 10); k++)
        {
            if (ctx.Doc.IsPunct(k, ',') || ctx.Doc.IsPunct(k, ':')) break;
            if (ctx.HasPrefix(k, "action")) { action = ctx.StartCue(k)!.Value("action"); actionToken = k; break; }
        }
        if (action is null)
        {
            for (int k = q.FirstToken - 1; k >= Math.Max(seg.FirstToken, q.FirstToken - 7); k--)
                if (ctx.HasPrefix(k, "action")) { action = ctx.StartCue(k)!.Value("action"); actionToken = k; break; }
        }
        if (actionToken >= 0) cues.Add("verb:" + Original(ctx.Doc, actionToken, ctx.Cues[actionToken].End));
        int first = Math.Min(q.FirstToken, actionToken >= 0 ? actionToken : q.FirstToken);
        int end = Math.Max(nounEnd, actionToken >= 0 ? ctx.Cues[actionToken].End : nounEnd);
        return Build(ctx, s, ClaimKind.Vehicles, first, end, q.FirstToken, cues) with
        {
            Quantity = q.Quantity,
            QuantityText = Original(ctx.Doc, q.Span),
            Subject = vehicle,
            Action = action,
        };
    }

    private Claim CasualtyClaim(Context ctx, int s, QuantityMention q, int noun, int nounEnd, bool killedNoun, bool woundedNoun, int harmCue, int woundCue, string? group, List<string> cues)
    {
        var seg = ctx.Doc.Sentences[s];
        Harm harm = Harm.Killed;
        bool both = ctx.After(noun, Math.Min(seg.EndToken, nounEnd + 1), "killed-wounded") >= 0 || ctx.Has(noun, "killed-wounded");
        if (both) harm = Harm.KilledOrWounded;
        else if (woundedNoun || (!killedNoun && woundCue > harmCue)) harm = Harm.Wounded;
        int cueToken = killedNoun || woundedNoun ? noun : Math.Max(harmCue, woundCue);
        if (cueToken >= 0 && cueToken != noun) cues.Add((harm == Harm.Wounded ? "wounded:" : "killed:") + Original(ctx.Doc, cueToken, ctx.Cues[cueToken].End));

        // Who died: an armed party after the noun ("من قوات النظام", "في صفوف", "بين المدنيين"), else the group noun, else a party just before.
        int subjectEnd = nounEnd;
        string? subject = null;
        // A partitive ("منهم 251 من القوات السورية") has no noun: the party follows the number.
        int after = SkipPunct(ctx.Doc, ctx.StartCue(noun) is null ? q.EndToken : nounEnd, seg.EndToken);
        // The hedge may follow the noun: "25 عنصراً على الأقل من قوات النظام".
        if (after < q.EndToken) after = SkipPunct(ctx.Doc, q.EndToken, seg.EndToken);
        int party = PartyAfterPreposition(ctx, after, seg.EndToken);
        if (party >= 0)
        {
            var actor = ActorAt(ctx, party);
            if (actor is not null) { subject = actor.Actor.Id; subjectEnd = actor.EndToken; cues.Add("party:" + Original(ctx.Doc, actor.Span)); }
            else if (ctx.StartCue(party)?.Value("group") is { } g) { subject = g; subjectEnd = ctx.Cues[party].End; }
        }
        if (subject is null && group is not null && group != "fighters") subject = group;
        if (subject is null && harmCue >= 0 && harmCue < q.FirstToken && !killedNoun)
        {
            // The party that suffered, named just before the harm verb: "قوات الأسد … وتكبدت قرابة ألاف قتيل".
            for (int k = harmCue - 1; k >= Math.Max(seg.FirstToken, harmCue - 6); k--)
            {
                var actor = ActorEndingAt(ctx, k);
                if (actor is not null) { subject = actor.Actor.Id; cues.Add("party:" + Original(ctx.Doc, actor.Span)); break; }
            }
        }
        else if (subject is null && killedNoun)
        {
            int verb = ctx.Before(q.FirstToken - 1, Math.Max(seg.FirstToken, q.FirstToken - 3), "killed");
            for (int k = verb - 1; verb >= 0 && k >= Math.Max(seg.FirstToken, verb - 6); k--)
            {
                var actor = ActorEndingAt(ctx, k);
                if (actor is not null) { subject = actor.Actor.Id; cues.Add("party:" + Original(ctx.Doc, actor.Span)); break; }
            }
        }
        subject ??= group ?? "people";
        if (subject == "soldiers") subject = "regime-forces";
        int first = cueToken >= 0 && cueToken < q.FirstToken ? cueToken : q.FirstToken;
        return Build(ctx, s, ClaimKind.Casualties, first, Math.Max(subjectEnd, nounEnd), q.FirstToken, cues) with
        {
            Quantity = q.Quantity,
            QuantityText = Original(ctx.Doc, q.Span),
            Subject = subject,
            Harm = harm,
        };
    }

    /// <summary>After "من", "بين", "في صفوف", "لدى", "ضمن", or "من" with a clitic ("للقوات"), the token that names the party; -1 if none.</summary>
    private static int PartyAfterPreposition(Context ctx, int k, int end)
    {
        if (k >= end) return -1;
        string w = ctx.Doc.TokenText(k);
        if (w is "من" or "بين" or "لدي" or "ضمن" or "بينهم" or "منهم") return SkipPunct(ctx.Doc, k + 1, end);
        if (w is "في" && k + 1 < end && ctx.Doc.TokenText(k + 1) is "صفوف") return SkipPunct(ctx.Doc, k + 2, end);
        return -1;
    }

    private Claim? EvacueeClaim(Context ctx, int s, QuantityMention q, int noun, int nounEnd, string group, List<string> cues)
    {
        var seg = ctx.Doc.Sentences[s];
        int lo = Math.Max(seg.FirstToken, q.FirstToken - EvacuationCueWindow), hi = Math.Min(seg.EndToken, nounEnd + EvacuationCueWindow);
        int cue = -1;
        for (int k = q.FirstToken - 1; k >= lo && cue < 0; k--)
            if (ctx.Has(k, "evac-verb") || ctx.Has(k, "evac-noun") || ctx.Has(k, "people-batch") || ctx.Has(k, "count-phrase")) cue = k;
        for (int k = nounEnd; k < hi && cue < 0; k++)
            if (ctx.Has(k, "evac-verb") || ctx.Has(k, "evac-self") || ctx.Has(k, "people-batch")) cue = k;
        if (cue < 0) return null;
        cues.Add("evacuation:" + Original(ctx.Doc, cue, ctx.Cues[cue].End));
        bool planned = ctx.Before(q.FirstToken - 1, seg.FirstToken, "planned") >= 0;
        int first = Math.Min(cue, q.FirstToken), end = Math.Max(nounEnd, ctx.Cues[cue].End);
        return Build(ctx, s, ClaimKind.Evacuees, first, end, q.FirstToken, cues) with
        {
            Quantity = q.Quantity,
            QuantityText = Original(ctx.Doc, q.Span),
            Subject = group,
            Action = planned ? "planned" : "departed",
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
            bool agreement = cue.Has("agreement"), negotiations = cue.Has("negotiations");
            if (!agreement && !negotiations) continue;
            int aEnd = ctx.Cues[a].End;
            var cues = new List<string> { "agreement:" + Original(ctx.Doc, a, aEnd) };
            int lo = Math.Max(seg.FirstToken, a - PolarityWindow);
            int uncertain = ctx.Before(a - 1, lo, "uncertain");
            int deny = ctx.Before(a - 1, Math.Max(seg.FirstToken, a - DenyWindow), "deny");
            int negation = ctx.Before(a - 1, Math.Max(seg.FirstToken, a - 5), "negation");
            Polarity? polarity = null;
            int cueToken = -1;
            if (deny >= 0 || negation >= 0)
            {
                polarity = Polarity.Denied;
                cueToken = Math.Max(deny, negation);
                cues.Add((cueToken == deny ? "deny:" : "negation:") + Original(ctx.Doc, cueToken, ctx.Cues[cueToken].End));
            }
            else if (uncertain >= 0 && !negotiations && !Backgrounded(ctx, uncertain, seg.FirstToken))
            {
                polarity = Polarity.Uncertain;
                cueToken = uncertain;
                cues.Add("uncertain:" + Original(ctx.Doc, uncertain, ctx.Cues[uncertain].End));
            }
            else if (!negotiations && !ctx.Has(a - 1, "deny-noun") && uncertain < 0)
            {
                // The agreement as the basis of what happened ("بموجب اتفاق", "ضمن اتفاق", "حسب اتفاق"), reached ("توصلت إلى اتفاق"),
                // concluded or in force after it ("اتفاق أبرم", "جرى", "دخل حيز التنفيذ"), or confirmed ("بنود الاتفاق", "المؤكد").
                int basis = ctx.Has(a - 1, "affirm") || ctx.Has(a - 1, "cite") ? a - 1
                    : ctx.Has(a - 2, "affirm") && ctx.Doc.TokenText(a - 1) is "الي" or "علي" ? a - 2 : -1;
                int concluded = -1;
                for (int k = aEnd; k < Math.Min(seg.EndToken, aEnd + ConclusionWindow) && concluded < 0; k++)
                {
                    if (ctx.Doc.IsPunct(k, ',') || ctx.Has(k, "agreement")) break;
                    if (ctx.Has(k, "affirm")) concluded = k;
                }
                cueToken = basis >= 0 ? basis : concluded;
                if (cueToken >= 0)
                {
                    polarity = Polarity.Affirmed;
                    cues.Add("affirm:" + Original(ctx.Doc, cueToken, ctx.Cues[cueToken].End));
                }
            }
            if (polarity is null) { a = aEnd - 1; continue; }
            int first = Math.Min(cueToken, a), end = Math.Max(aEnd, cueToken >= 0 ? ctx.Cues[cueToken].End : aEnd);
            var claim = Build(ctx, s, ClaimKind.Agreement, first, end, Math.Max(a, cueToken), cues) with { Polarity = polarity };
            // "Conflicting reports" in the outlet's own voice is a remark about the dispute, not a claim by a camp; and failed
            // talks told as the outlet's narrative history are background to the event, not a sourced statement about it.
            bool narration = claim.Source.Mention is null;
            if (narration && (polarity == Polarity.Uncertain || negotiations || ctx.Has(cueToken, "negation") && ctx.StartCue(cueToken)!.Text.StartsWith("فشل", StringComparison.Ordinal)))
            {
                a = aEnd - 1;
                continue;
            }
            claims.Add(claim);
            a = aEnd - 1;
        }
    }

    private void ExtractEvacuations(Context ctx, int s, List<Claim> claims)
    {
        var doc = ctx.Doc;
        var seg = doc.Sentences[s];
        for (int v = seg.FirstToken; v < seg.EndToken; v++)
        {
            var cue = ctx.StartCue(v);
            if (cue is null) continue;
            bool verb = cue.Has("evac-verb"), self = cue.Has("evac-self"), noun = cue.Has("evac-noun");
            if (!verb && !self && !noun) continue;
            int vEnd = ctx.Cues[v].End;
            if (Backgrounded(ctx, v, seg.FirstToken)) { v = vEnd - 1; continue; }
            int subject = -1, subjectEnd = -1;
            if (self) { subject = v; subjectEnd = vEnd; }
            else if (verb)
            {
                (subject, subjectEnd) = EvacuatedParty(ctx, vEnd, Math.Min(seg.EndToken, vEnd + 6));
                if (subject < 0) (subject, subjectEnd) = EvacuatedPartyBefore(ctx, v, Math.Max(seg.FirstToken, v - 8));
            }
            else
            {
                // A verbal noun is asserted only as reported content: "تتحدث عن خروج", "«الانتهاء من إخراج".
                bool reported = ctx.Word(v - 1, "عن") || (ctx.Word(v - 1, "من") && v >= 2 && ctx.Doc.TokenText(v - 2) is "الانتهاء" or "انتهاء" or "اتمام" && doc.IsPunct(v - 3, '"'));
                if (reported) (subject, subjectEnd) = EvacuatedParty(ctx, vEnd, Math.Min(seg.EndToken, vEnd + 3));
            }
            if (subject < 0) { v = vEnd - 1; continue; }
            var cues = new List<string> { "evacuation:" + Original(doc, v, vEnd) };
            int lo = Math.Max(seg.FirstToken, v - PolarityWindow);
            int deny = ctx.Before(v - 1, lo, "deny"), negation = ctx.Before(v - 1, lo, "negation");
            var polarity = Polarity.Affirmed;
            int first = Math.Min(v, subject);
            if (deny >= 0 || negation >= 0)
            {
                polarity = Polarity.Denied;
                int d = Math.Max(deny, negation);
                cues.Add((d == deny ? "deny:" : "negation:") + Original(doc, d, ctx.Cues[d].End));
                first = Math.Min(first, d);
            }
            claims.Add(Build(ctx, s, ClaimKind.Evacuation, first, Math.Max(vEnd, subjectEnd), v, cues) with { Polarity = polarity });
            v = vEnd - 1;
        }
    }

    private static bool Backgrounded(Context ctx, int v, int sentenceStart)
    {
        for (int k = v - 1; k >= Math.Max(sentenceStart, v - 3); k--)
            if (ctx.Has(k, "backgrounding")) return true;
        return false;
    }

    /// <summary>The people or vehicles that leave, after the verb: fighters, families, a batch, buses, or an armed party.</summary>
    private static (int Start, int End) EvacuatedParty(Context ctx, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (ctx.StartCue(k) is { } c && (c.Has("people-batch") || c.Value("vehicle") is not null || c.Value("group") is "fighters" or "families"))
                return (k, ctx.Cues[k].End);
            if (ActorAt(ctx, k) is { } a && a.Actor.Id is not "regime-forces" and not "un") return (k, a.EndToken);
        }
        return (-1, -1);
    }

    private static (int Start, int End) EvacuatedPartyBefore(Context ctx, int verb, int lowest)
    {
        for (int k = verb - 1; k >= lowest; k--)
        {
            if (ctx.StartCue(k) is { } c && (c.Has("people-batch") || c.Value("vehicle") is not null || c.Value("group") is "fighters" or "families"))
                return (k, ctx.Cues[k].End);
        }
        return (-1, -1);
    }

    // ---- shared ------------------------------------------------------------------------------------------------

    private static ActorMention? ActorAt(Context ctx, int token)
    {
        foreach (var a in ctx.Actors) if (a.FirstToken == token) return a;
        return null;
    }

    private static ActorMention? ActorEndingAt(Context ctx, int token)
    {
        foreach (var a in ctx.Actors) if (a.EndToken - 1 == token) return a;
        return null;
    }

    private static int SkipPunct(Document doc, int k, int end)
    {
        while (k < end && doc.Tokens[k].Kind == TokenKind.Punct && doc.Text[doc.Tokens[k].Start] is '"' or '(' or ')') k++;
        return k;
    }

    private Claim Build(Context ctx, int s, ClaimKind kind, int firstToken, int endToken, int anchor, List<string> cues)
    {
        var doc = ctx.Doc;
        var span = doc.ToOriginal(doc.SpanOfTokens(firstToken, endToken));
        var (source, attributionCue) = ctx.Attributor.Resolve(s, anchor);
        if (attributionCue is not null) cues.Add(attributionCue);
        var places = Nearby(ctx.Places, ctx, s, m => m.FirstToken, m => m.Place.Name);
        var actors = Nearby(ctx.Actors, ctx, s, m => m.FirstToken, m => m.Actor.Id);
        DateOnly? date = null;
        foreach (var d in ctx.Dates)
        {
            if (d.Date is not null && doc.SentenceOf(d.FirstToken) == s) { date = d.Date; cues.Add("date:" + Original(doc, d.Span)); break; }
        }
        return new Claim
        {
            Id = ClaimId(ctx.Info.Id, kind, span),
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

    /// <summary>Names in the claim's sentence; if none, in the closest of the two sentences before it.</summary>
    private static string[] Nearby<T>(IReadOnlyList<T> mentions, Context ctx, int s, Func<T, int> token, Func<T, string> name)
    {
        for (int back = 0; back <= 2 && s - back >= 0; back++)
        {
            var seg = ctx.Doc.Sentences[s - back];
            var found = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var m in mentions)
            {
                int t = token(m);
                if (t >= seg.FirstToken && t < seg.EndToken) found.Add(name(m));
            }
            if (found.Count > 0) return found.ToArray();
        }
        return [];
    }

    private static string Original(Document doc, int firstToken, int endToken) => Original(doc, doc.SpanOfTokens(firstToken, endToken));

    private static string Original(Document doc, TextSpan normalizedSpan)
    {
        var span = doc.ToOriginal(normalizedSpan);
        return doc.Original.Substring(span.Start, span.Length);
    }

    /// <summary>"c-" and 12 hex digits of SHA-256 over report id, kind and evidence offsets.</summary>
    internal static string ClaimId(string reportId, ClaimKind kind, TextSpan span)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{reportId}\u001F{kind}\u001F{span.Start}\u001F{span.End}"));
        return "c-" + Convert.ToHexString(bytes, 0, 6).ToLowerInvariant();
    }
}
