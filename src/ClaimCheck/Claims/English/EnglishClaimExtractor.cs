using ClaimCheck.Languages;
using ClaimCheck.Languages.English;
using ClaimCheck.Lexicons;
using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Claims.English;

/// <summary>
/// The claim rules for English reports, over the same Document, cue tags, quantities, attribution results and claim model as
/// the Arabic ones. Counts: a number with the noun it counts ("20 civilians", "dozens of Islamic State fighters") and harm
/// before it ("killed at least 20", "the killing of 175"), after it ("20 people were killed", "seven dead", "40 injured"),
/// in a tally ("the death toll rose to 20") or carried from the count it continues ("killed 31 jihadists and eight
/// civilians", "12 people, eight of them children"). Agreements (<see cref="EnglishAgreementRules"/>) and evacuations and
/// evacuee counts (<see cref="EnglishEvacuationRules"/>) are rule sets of their own; claims are built as the Arabic ones are
/// (<see cref="ClaimBuilder"/>).
/// </summary>
internal sealed partial class EnglishClaimExtractor
{
    /// <summary>How far before a number a harm verb may stand ("killed at least 29", "the killing of 175").</summary>
    private const int HarmBeforeWindow = 4;

    /// <summary>How many tokens after a number or its noun the harm may come ("20 people have reportedly been killed").</summary>
    private const int HarmAfterWindow = 10;

    /// <summary>
    /// How far a passive harm may stand after the noun when a form of "be" comes first: a subject post-modified at length ("30
    /// militants of the group operating in Iraq and Syria were killed"). Only the passive reaches this far.
    /// </summary>
    private const int PassiveHarmWindow = 14;

    /// <summary>How many words may stand between a number and the noun it counts ("31 Islamic State (IS) group militants").</summary>
    private const int NounWindow = 8;

    /// <summary>How far back a tally ("the death toll … rose to") may stand from its figure.</summary>
    internal const int TallyWindow = 14;

    /// <summary>How many tokens around a claim its places, parties and date are taken from before the whole sentence is used.</summary>
    private const int ContextWindow = 25;

    private readonly ExtractionResources _res;
    private readonly EnglishResources _en;

    public EnglishClaimExtractor(ExtractionResources resources)
    {
        _res = resources;
        _en = resources.English;
    }

    public ReportResult Extract(Report report)
    {
        var outlet = report.Outlet;
        Camp? outletCamp = outlet is null ? null : _en.Sources.TryFind(outlet, out var s) ? s.Camp ?? Camp.Other : Camp.Other;
        var doc = new Document(report.Text);
        var info = new ReportInfo(report.Id, outlet, outletCamp, report.Published, LanguageDetector.English) { Topic = ReportTopic.Of(doc) };
        var ctx = new EnglishReportContext(doc, _en, info);
        var claims = new List<Claim>();
        var sentenceClaims = new List<Claim>();
        for (int si = 0; si < doc.Sentences.Count; si++)
        {
            var seg = doc.Sentences[si];
            if (doc.IsPunct(seg.EndToken - 1, '?')) continue;
            // Every mention of a count is its own claim (English reports restate figures, often hedged differently); agreement
            // mentions merge to one per source per sentence.
            ExtractCounts(ctx, si, claims);
            EnglishSingularVictims.Extract(ctx, si, claims);
            sentenceClaims.Clear();
            EnglishAgreementRules.Extract(ctx, si, sentenceClaims);
            EnglishEvacuationRules.Extract(ctx, si, sentenceClaims);
            claims.AddRange(ClaimExtractor.MergeWithinSentence(doc, sentenceClaims));
        }
        var ordered = ClaimBuilder.Identify(claims);
        return new ReportResult(info, ordered);
    }

    // ---- counts ----------------------------------------------------------------------------------------------------

    /// <summary>A count read so far: its quantity, counted noun, harm and the token span of its words.</summary>
    internal sealed class Count
    {
        public required QuantityMention Q { get; init; }
        public int NounToken = -1, NounEnd = -1;
        public string? Group;
        public string? Vehicle;
        public string? ActorSubject;
        public Harm? Harm;
        public int HarmToken = -1, HarmEnd = -1;
        public bool Partitive;
        public int End => Math.Max(Q.EndToken, NounEnd);
    }

    private static void ExtractCounts(EnglishReportContext ctx, int s, List<Claim> claims)
    {
        var doc = ctx.Doc;
        var seg = doc.Sentences[s];
        var counts = new List<Count>();
        int qi = Sorted.LowerBound(ctx.Quantities, seg.FirstToken, m => m.FirstToken);
        for (; qi < ctx.Quantities.Count && ctx.Quantities[qi].FirstToken < seg.EndToken; qi++)
        {
            var q = ctx.Quantities[qi];
            if (q.Kind != NumberKind.Count || q.EndToken > seg.EndToken) continue;
            var c = new Count { Q = q, Partitive = ctx.Has(q.EndToken, CueTags.Partitive) || q.FirstToken > 0 && ctx.Has(ctx.CoverStart[q.FirstToken - 1], CueTags.Partitive) };
            FindNoun(ctx, c, seg);
            if (c.NounToken < 0 && ctx.Has(q.EndToken, CueTags.Unit)) continue;
            FindHarm(ctx, c, seg);
            counts.Add(c);
        }
        // A count joined to the next one ("120 extremists and 60 mercenaries were killed", "87 people including 31 children died")
        // takes its harm; a count continuing the one before ("killed 31 jihadists and eight civilians", "12 people eight of them
        // children") takes that one's.
        for (int i = counts.Count - 2; i >= 0; i--)
            if (counts[i].Harm is null && counts[i + 1].Harm is { } h && counts[i].Vehicle is null && Joined(ctx, counts[i], counts[i + 1]) && counts[i + 1].HarmToken > counts[i + 1].Q.FirstToken)
            {
                counts[i].Harm = h;
                counts[i].HarmToken = counts[i + 1].HarmToken;
                counts[i].HarmEnd = counts[i + 1].HarmEnd;
            }
        for (int i = 1; i < counts.Count; i++)
            if (counts[i].Harm is null && counts[i - 1].Harm is { } h && counts[i].Vehicle is null && Joined(ctx, counts[i - 1], counts[i])
                && (counts[i].Group is not null || counts[i].Partitive))
            {
                counts[i].Harm = h;
                counts[i].HarmToken = counts[i - 1].HarmToken;
                counts[i].HarmEnd = counts[i - 1].HarmEnd;
            }
        // "… wounded in the raid on the camp, three of them women": a partitive count belongs to the latest count before it.
        for (int i = 1; i < counts.Count; i++)
            if (counts[i].Harm is null && counts[i].Partitive && counts[i].Vehicle is null && counts.Take(i).LastOrDefault(p => p.Harm is not null) is { } parent)
            {
                counts[i].Harm = parent.Harm;
                counts[i].HarmToken = parent.HarmToken;
                counts[i].HarmEnd = parent.HarmEnd;
            }
        var evacuees = EnglishEvacuationRules.EvacueeCounts(ctx, s, counts);
        for (int i = 0; i < counts.Count; i++)
        {
            var c = counts[i];
            if (evacuees[i] is { } evacuee)
            {
                claims.Add(evacuee);
                continue;
            }
            if (c.Vehicle is { } vehicle && c.Harm is null)
            {
                var vcues = new List<string>(c.Q.Cues) { "noun:" + Original(doc, c.NounToken, c.NounEnd) };
                claims.Add(BuildCount(ctx, s, ClaimKind.Vehicles, c.Q.FirstToken, c.NounEnd, c, vcues) with { Subject = vehicle, Action = "other" });
                continue;
            }
            if (c.Harm is not { } harm || c.Vehicle is not null) continue;
            // A bare number counts people only when the harm word stands right by it ("killed 30 in Aleppo", "seven dead").
            if (c.NounToken < 0 && !Bare(ctx, c, seg)) continue;
            var cues = new List<string>(c.Q.Cues);
            if (c.NounToken >= 0) cues.Add("noun:" + Original(doc, c.NounToken, c.NounEnd));
            cues.Add("harm:" + Original(doc, c.HarmToken, c.HarmEnd));
            int first = Math.Min(c.Q.FirstToken, c.HarmToken), end = Math.Max(c.End, c.HarmEnd);
            if (end - first > 16) (first, end) = (c.Q.FirstToken, c.End);
            claims.Add(BuildCount(ctx, s, ClaimKind.Casualties, first, end, c, cues) with { Subject = Subject(c), Harm = harm });
        }
    }

    private static bool Bare(EnglishReportContext ctx, Count c, Segment seg)
    {
        int next = c.Q.EndToken;
        // "nine, among them eight women, were killed": the whole before its breakdown counts people whatever the harm's distance.
        if (ctx.Has(next, CueTags.Partitive) || ctx.Doc.IsPunct(next, ',') && ctx.Has(next + 1, CueTags.Partitive)) return true;
        if (c.HarmToken >= next) return c.HarmToken - next <= 2;
        // "kills 5 injures 14": the next harm verb, with its own number, closes the count as a comma would.
        return next >= seg.EndToken || ctx.Doc.Tokens[next].Kind == TokenKind.Punct || ctx.Has(next, CueTags.Function) || ctx.Has(next, CueTags.Partitive)
               || ctx.IsWord(next) && ctx.Doc.TokenText(next) is "people" or "others" || HarmWordAt(ctx, next, seg, followedByNumber: true);
    }

    /// <summary>True when a harm word starts at <paramref name="k"/> and a number does (or, with <paramref name="followedByNumber"/> false, does not) follow it.</summary>
    private static bool HarmWordAt(EnglishReportContext ctx, int k, Segment seg, bool followedByNumber)
    {
        if (k >= seg.EndToken || ctx.CueAt(k) is not { } cue || !(cue.Has(CueTags.Killed) || cue.Has(CueTags.Wounded) || cue.Has(CueTags.KilledWounded))) return false;
        int after = ctx.CueEnd(k);
        bool number = after < seg.EndToken && ctx.Doc.Tokens[after].Kind == TokenKind.Number;
        return number == followedByNumber;
    }

    /// <summary>Two counts joined by "and", "or", a comma, "including", "among them", "of them", "with" (at most four tokens apart).</summary>
    internal static bool Joined(EnglishReportContext ctx, Count a, Count b)
    {
        int from = a.End, to = b.Q.FirstToken;
        if (to - from > 4 || to < from) return false;
        if (to == from) return true;
        for (int k = from; k < to; k++)
        {
            if (ctx.Stop(k)) return false;
            if (ctx.Has(k, CueTags.Partitive) || ctx.Has(k, CueTags.Determiner))
            {
                k = ctx.CueEnd(k) - 1;
                continue;
            }
            if (ctx.Doc.IsPunct(k, ',') || ctx.IsWord(k) && ctx.Doc.TokenText(k) is "and" or "or" or "with" or "plus") continue;
            return false;
        }
        return true;
    }

    /// <summary>
    /// The noun a number counts: a group or vehicle cue after it, past "of (the)", adjectives and party names ("dozens of
    /// government soldiers", "31 Islamic State (IS) group militants", "Fourteen of the IS group fighters"); "of the wounded" and
    /// "N dead" name the harm as a noun. Party names on the way give the subject ("Daesh militants" are isis).
    /// </summary>
    private static void FindNoun(EnglishReportContext ctx, Count c, Segment seg)
    {
        var doc = ctx.Doc;
        int start = c.Q.EndToken;
        // "eight of them children": the noun after the partitive.
        if (ctx.Has(start, CueTags.Partitive) && ctx.Doc.TokenText(start) is "of") start = ctx.CueEnd(start);
        int end = Math.Min(seg.EndToken, start + NounWindow);
        for (int k = start; k < end; k++)
        {
            if (ctx.ActorAt[k] is { } actor)
            {
                c.ActorSubject ??= actor.Actor.Id;
                // "250 Syrian troops", "IS militants": the party's name holds the noun.
                int inside = -1;
                for (int j = actor.FirstToken; j < actor.EndToken && inside < 0; j++) if (ctx.CueAt(j)?.Value(CueTags.Group) is not null) inside = j;
                if (inside < 0)
                {
                    k = actor.EndToken - 1;
                    continue;
                }
                k = inside;
            }
            var cue = ctx.CueAt(k);
            if (cue is not null && (cue.Value(CueTags.Group) is not null || cue.Value(CueTags.Vehicle) is not null || cue.Has(CueTags.KilledNoun) || cue.Has(CueTags.WoundedNoun) || cue.Has(CueTags.KilledWounded)))
            {
                c.NounToken = k;
                c.NounEnd = ctx.CueEnd(k);
                c.Group = cue.Value(CueTags.Group);
                c.Vehicle = cue.Value(CueTags.Vehicle);
                if (cue.Has(CueTags.KilledWounded)) c.Harm = Harm.KilledOrWounded;
                else if (cue.Has(CueTags.KilledNoun)) c.Harm = Harm.Killed;
                else if (cue.Has(CueTags.WoundedNoun)) c.Harm = Harm.Wounded;
                if (c.Harm is not null) (c.HarmToken, c.HarmEnd) = (k, c.NounEnd);
                // "women and children", "commanders and members": the noun runs on over a second group noun.
                if (ctx.IsWord(c.NounEnd) && doc.TokenText(c.NounEnd) is "and" or "or" && ctx.CueAt(c.NounEnd + 1)?.Value(CueTags.Group) is not null)
                    c.NounEnd = ctx.CueEnd(c.NounEnd + 1);
                // "members of the Daesh terrorist group", "fighters from ISIS".
                for (int j = c.NounEnd; j < Math.Min(seg.EndToken, c.NounEnd + 3); j++)
                {
                    if (ctx.ActorAt[j] is { } after) { c.ActorSubject ??= after.Actor.Id; break; }
                    if (!(ctx.IsWord(j) && doc.TokenText(j) is "of" or "from" or "the" or "its")) break;
                }
                return;
            }
            // "Fourteen of the wounded": the harm as a noun.
            if (cue is not null && (cue.Has(CueTags.Killed) || cue.Has(CueTags.Wounded)) && k > c.Q.EndToken && ctx.IsWord(k - 1) && doc.TokenText(k - 1) is "the")
            {
                c.Harm = cue.Has(CueTags.Wounded) ? Harm.Wounded : Harm.Killed;
                (c.HarmToken, c.HarmEnd) = (k, ctx.CueEnd(k));
                return;
            }
            // "Islamic State (IS) group militants", "[Daesh] fighters": a bracket is read past.
            if (doc.IsPunct(k, '(') || doc.IsPunct(k, '['))
            {
                int close = k + 1;
                while (close < end && !doc.IsPunct(close, ')') && !doc.IsPunct(close, ']')) close++;
                if (close < end && close - k <= 4)
                {
                    for (int j = k + 1; j < close; j++) if (ctx.ActorAt[j] is { } a) c.ActorSubject ??= a.Actor.Id;
                    k = close;
                    continue;
                }
            }
            if (doc.Tokens[k].Kind == TokenKind.Punct && doc.Text[doc.Tokens[k].Start] is ')' or ']' or '-' or '\'') continue;
            if (!ctx.IsWord(k) || cue is not null && !cue.Has(CueTags.Determiner) && !(cue.Has(CueTags.Function) && doc.TokenText(k) is "of") || ctx.Has(k, CueTags.Partitive)) return;
            if (doc.TokenText(k) is "and" or "or" or "in" or "on" or "at" or "who" or "which" or "that" or "were" or "was") return;
        }
    }

    /// <summary>Harm before the number, after it (or its noun), or in a tally before it.</summary>
    private static void FindHarm(EnglishReportContext ctx, Count c, Segment seg)
    {
        if (c.Harm is not null && c.HarmToken >= c.Q.EndToken) return;
        var doc = ctx.Doc;
        // A passive right after the count is its own ("those killed, at least 160 people were injured"); else a verb right before
        // the number is ("killed 28 and wounded 30", "killing 4 civilians and injuring others").
        // A harm word right after the count is its own unless a number follows it, which makes it a verb with its own object:
        // "seven killed 20 wounded" (20 are wounded) but "killed 28 injured 40" (28 are killed).
        if (HarmWordAt(ctx, c.NounToken >= 0 ? c.NounEnd : c.Q.EndToken, seg, followedByNumber: false) && HarmAfter(ctx, c, seg, passiveOnly: false)) return;
        if (HarmAfter(ctx, c, seg, passiveOnly: true) || HarmBefore(ctx, c, seg, 2) || HarmAfter(ctx, c, seg, passiveOnly: false)) return;
        if (HarmBefore(ctx, c, seg, HarmBeforeWindow)) return;
        // A tally: "the death toll rose to 20", "put the toll at six", "the total number of … killed in Syria to 18".
        FindTally(ctx, c, seg);
    }

    /// <summary>Harm after the number or its noun: "20 people were killed", "30 ISIL militants killed", "seven dead", "three of which died"; with <paramref name="passiveOnly"/>, only after a form of "be".</summary>
    private static bool HarmAfter(EnglishReportContext ctx, Count c, Segment seg, bool passiveOnly)
    {
        var doc = ctx.Doc;
        bool be = false;
        int lastBe = -1;
        int from = c.NounToken >= 0 ? c.NounEnd : c.Q.EndToken;
        if (c.NounToken < 0 && ctx.Has(from, CueTags.Partitive)) from = ctx.CueEnd(from) + 0;
        for (int k = from; k < Math.Min(seg.EndToken, from + (passiveOnly ? PassiveHarmWindow : HarmAfterWindow)); k++)
        {
            if (ctx.Stop(k) || ctx.Has(k, CueTags.Say) && k > from || ctx.Has(k, CueTags.Link) || ctx.Has(k, CueTags.EvacVerb) && !ctx.Has(k, CueTags.Killed) || doc.Tokens[k].Kind == TokenKind.Number) break;
            var cue = ctx.CueAt(k);
            if (cue is not null && (cue.Has(CueTags.Killed) || cue.Has(CueTags.Wounded) || cue.Has(CueTags.KilledWounded) || cue.Has(CueTags.KilledNoun) && k == from))
            {
                if (passiveOnly && !be) return false;
                // Beyond the ordinary reach only the passive's own participle counts ("… were killed", "… have been wounded").
                if (k - from >= HarmAfterWindow && k - lastBe > 2) return false;
                c.Harm = cue.Has(CueTags.KilledWounded) ? Harm.KilledOrWounded : cue.Has(CueTags.Wounded) && !cue.Has(CueTags.Killed) ? Harm.Wounded : Harm.Killed;
                (c.HarmToken, c.HarmEnd) = (k, ctx.CueEnd(k));
                return true;
            }
            if (cue is not null && cue.Has(CueTags.Be)) (be, lastBe) = (true, ctx.CueEnd(k) - 1);
            // "and" ends the count's clause, unless harm or "be" follows ("killed and wounded", "and were killed") or it joins two places.
            if (doc.TokenText(k) is "and" or "or" && !(ctx.IsWord(k + 1) && ctx.CueAt(k + 1) is { } n && (n.Has(CueTags.Killed) || n.Has(CueTags.Wounded) || n.Has(CueTags.Be)))
                && !(ctx.PlaceAt[k - 1] && ctx.PlaceAt[k + 1])) break;
            if (cue is not null) k = ctx.CueEnd(k) - 1;
        }
        return false;
    }

    /// <summary>Harm before the number: "killed at least 29 civilians", "kills 12", "wounded another 40", "the killing of 175", "the bodies of three children".</summary>
    private static bool HarmBefore(EnglishReportContext ctx, Count c, Segment seg, int window)
    {
        var doc = ctx.Doc;
        for (int k = c.Q.FirstToken - 1, steps = 0; k >= seg.FirstToken && steps < window; k--, steps++)
        {
            k = ctx.CoverStart[k];
            var cue = ctx.CueAt(k);
            if (cue is not null && (cue.Has(CueTags.Killed) || cue.Has(CueTags.Wounded) || cue.Has(CueTags.KilledWounded) || cue.Has(CueTags.KilledNoun)) && ctx.CueEnd(k) <= c.Q.FirstToken)
            {
                c.Harm = cue.Has(CueTags.KilledWounded) ? Harm.KilledOrWounded : cue.Has(CueTags.Wounded) && !cue.Has(CueTags.Killed) ? Harm.Wounded : Harm.Killed;
                (c.HarmToken, c.HarmEnd) = (k, ctx.CueEnd(k));
                return true;
            }
            if (ctx.Has(k, CueTags.Determiner) || ctx.Has(k, CueTags.Be) || ctx.IsWord(k) && doc.TokenText(k) is "of" or "to" or "at" or "up" or "only") continue;
            if (doc.Tokens[k].Kind == TokenKind.Word && cue is null && steps == 0 && ctx.ActorAt[k] is null && doc.TokenText(k) is "them" or "off") continue;
            break;
        }
        return false;
    }

    private static void FindTally(EnglishReportContext ctx, Count c, Segment seg)
    {
        var doc = ctx.Doc;
        int reach = c.Q.FirstToken - 1;
        if (ctx.Has(reach, CueTags.TallyReach) || ctx.IsWord(reach) && doc.TokenText(reach) is "to")
        {
            for (int k = reach - 1; k >= Math.Max(seg.FirstToken, reach - TallyWindow); k--)
            {
                if (ctx.Stop(k) || doc.Tokens[k].Kind == TokenKind.Number) break;
                if (ctx.Has(k, CueTags.Tally))
                {
                    bool wounded = false;
                    for (int j = k; j < reach; j++) wounded |= ctx.Has(j, CueTags.Wounded) && !ctx.Has(j, CueTags.Killed);
                    c.Harm = wounded ? Harm.Wounded : Harm.Killed;
                    (c.HarmToken, c.HarmEnd) = (k, ctx.CueEnd(k));
                    return;
                }
            }
        }
    }

    /// <summary>Who was harmed: the party named with the noun for fighters ("Daesh militants" are isis), else the noun's group, else people.</summary>
    private static string Subject(Count c)
    {
        if (c.Group is "fighters" or null && c.ActorSubject is { } a)
        {
            string? party = a switch
            {
                "isis" => "isis",
                "hts" or "jaysh-al-islam" or "opposition-fighters" => "opposition-fighters",
                "regime-forces" or "russia" or "pro-regime-militias" or "iran-backed-militias" or "hezbollah" => "regime-forces",
                "kurdish-forces" or "sdf" => "kurdish-forces",
                _ => null,
            };
            if (party is not null && c.Group is "fighters") return party;
        }
        return c.Group ?? "people";
    }
}
