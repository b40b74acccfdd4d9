using ClaimCheck.Languages.English;
using ClaimCheck.Lexicons;
using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Claims.English;

/// <summary>
/// The English evacuation rules. Evacuation claims: a party that can be evacuated (people, fighters, families, evacuees,
/// the wounded, buses, a numbered batch or convoy) beside a verb of leaving ("fighters and their families left", "20 wounded
/// were evacuated", "buses carrying 400 people arrived") or an evacuation noun that is said to have happened ("the evacuation
/// of … began", "no evacuation took place"); denied by a negation or denial, uncertain when hedged or still to come ("are
/// expected to leave", "reports of an evacuation"). Evacuee counts: a count of such a party whose leaving, arriving or
/// evacuation is told beside it ("300 fighters were evacuated", "evacuated 20 wounded", "buses carrying 400 people", "the
/// number of evacuees reached 2,000"). The wounded who are evacuated are evacuees (subject people, as in the Arabic rules), not
/// casualties; a departure inside a deal ("a deal to evacuate the wounded") is the agreement's content, not an evacuation.
/// </summary>
internal static class EnglishEvacuationRules
{
    /// <summary>How many tokens a party's noun phrase may run before or after its verb ("300 fighters from the Nusra Front have left").</summary>
    private const int PartyWindow = 8;

    /// <summary>How far before a verb of leaving a negation, denial, hedge or plan is read.</summary>
    private const int EvacuationPolarityWindow = 5;

    /// <summary>How far before a verb of leaving an agreement makes the departure its content.</summary>
    private const int AgreementContentWindow = 4;

    private static readonly HashSet<string> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "last", "final", "latest", "new", "next",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "have", "has", "had", "already", "finally", "yet", "reportedly", "successfully", "safely", "eventually", "now", "then", "did", "do", "does",
    };

    /// <summary>The evacuation claims of sentence <paramref name="s"/>, added to <paramref name="claims"/>.</summary>
    public static void Extract(EnglishReportContext ctx, int s, List<Claim> claims)
    {
        var doc = ctx.Doc;
        var seg = doc.Sentences[s];
        for (int v = seg.FirstToken; v < seg.EndToken; v++)
        {
            bool depart = ctx.Has(v, CueTags.Depart), arrive = ctx.Has(v, CueTags.ArriveVerb), noun = ctx.Has(v, CueTags.EvacNoun);
            if (!depart && !arrive && !noun) continue;
            int vEnd = ctx.CueEnd(v);
            // "rushed to evacuate the injured", "tried to flee": an aim, not a departure told (plans read as "expected to leave").
            bool aim = !noun && ctx.IsWord(v - 1) && ctx.Doc.TokenText(v - 1) is "to" && !ctx.Has(ctx.CoverStart[v - 1], CueTags.Planned);
            if (aim || DealContent(ctx, seg, v) || HarmFollows(ctx, seg, vEnd) && !(ctx.Has(v, CueTags.EvacObject) && PartyAfter(ctx, seg, vEnd, requireOf: false) >= 0) || depart && ctx.Has(vEnd, CueTags.EvacNotObject))
            {
                v = vEnd - 1;
                continue;
            }
            int party;
            if (noun)
            {
                party = PartyAfter(ctx, seg, vEnd, requireOf: true);
                bool told = party >= 0 || ctx.Has(v - 1, CueTags.Begin) || After(ctx, vEnd, Math.Min(seg.EndToken, vEnd + 6), CueTags.Begin) >= 0
                            || Before(ctx, v, seg, CueTags.Negation, CueTags.Deny, CueTags.Uncertain, CueTags.Planned) >= 0;
                if (!told) { v = vEnd - 1; continue; }
                if (party < 0) party = v;
            }
            else
            {
                party = ctx.Has(v, CueTags.EvacObject) && !ctx.Has(v - 1, CueTags.Be) ? PartyAfter(ctx, seg, vEnd, requireOf: false) : -1;
                if (party < 0) party = PartyBefore(ctx, seg, v, vehicles: !arrive);
                // Fighters also arrive as reinforcements: an arrival is an evacuation only for evacuees, a batch or people carried.
                if (party < 0 || arrive && !(ctx.Has(party, CueTags.EvacueeNoun) || ctx.Has(party, CueTags.Batch) || Carried(ctx, seg, party))) { v = vEnd - 1; continue; }
            }
            var cues = new List<string> { "evacuation:" + EnglishClaimExtractor.Original(doc, v, vEnd) };
            int first = Math.Min(v, party), last = Math.Max(vEnd, ctx.CueEnd(party));
            var polarity = Polarity.Affirmed;
            if (Before(ctx, Math.Min(v, party), seg, CueTags.Negation, CueTags.Deny) is var neg && neg >= 0 || Between(ctx, party, v, CueTags.Negation) is var inside && (neg = inside) >= 0)
            {
                polarity = Polarity.Denied;
                cues.Add("negation:" + EnglishClaimExtractor.Original(doc, neg, ctx.CueEnd(neg)));
                first = Math.Min(first, neg);
            }
            else if (ctx.Attribution.DeniedBy(s, v, out int deny))
            {
                polarity = Polarity.Denied;
                cues.Add("negation:" + EnglishClaimExtractor.Original(doc, deny, ctx.CueEnd(deny)));
            }
            else if (Before(ctx, Math.Min(v, party), seg, CueTags.Uncertain, CueTags.Planned) is var hedge && hedge >= 0 || Between(ctx, party, v, CueTags.Uncertain, CueTags.Planned) is var h2 && (hedge = h2) >= 0)
            {
                polarity = Polarity.Uncertain;
                cues.Add("uncertain:" + EnglishClaimExtractor.Original(doc, hedge, ctx.CueEnd(hedge)));
                first = Math.Min(first, hedge);
            }
            claims.Add(EnglishClaimExtractor.Build(ctx, s, ClaimKind.Evacuation, first, last, v, cues) with { Polarity = polarity });
            v = vEnd - 1;
        }
    }

    /// <summary>For each count, its evacuee claim when the count is of people told to leave, arrive or be evacuated; else null.</summary>
    public static Claim?[] EvacueeCounts(EnglishReportContext ctx, int s, List<EnglishClaimExtractor.Count> counts)
    {
        var seg = ctx.Doc.Sentences[s];
        var cueOf = new int[counts.Count];
        for (int i = 0; i < counts.Count; i++) cueOf[i] = EvacueeCue(ctx, seg, counts[i]);
        // "250 fighters and 700 family members left": a count joined to the next one takes its verb.
        for (int i = counts.Count - 2; i >= 0; i--)
            if (cueOf[i] < 0 && cueOf[i + 1] > counts[i + 1].Q.FirstToken && EnglishClaimExtractor.Joined(ctx, counts[i], counts[i + 1])) cueOf[i] = cueOf[i + 1];
        var result = new Claim?[counts.Count];
        for (int i = 0; i < counts.Count; i++)
        {
            var c = counts[i];
            int cue = cueOf[i];
            if (cue < 0 || EvacueeSubject(ctx, seg, c) is not { } subject) continue;
            int from = Math.Min(c.Q.FirstToken, cue);
            // "refused to leave", "no civilians have left": a negated departure evacuates nobody.
            if (Before(ctx, from, seg, CueTags.Negation, CueTags.Deny) >= 0 || Between(ctx, c.End, cue, CueTags.Negation) >= 0) continue;
            bool planned = DealContent(ctx, seg, from) || Before(ctx, from, seg, CueTags.Planned) >= 0 || Between(ctx, c.End, cue, CueTags.Planned) >= 0
                           || cue > c.Q.FirstToken && ctx.Has(cue, CueTags.EvacNoun) && Agreement(ctx, seg, cue);
            string action = planned ? "planned"
                : ctx.Has(cue, CueTags.ArriveVerb) || ctx.Has(cue, CueTags.Carry) && ArrivalAfter(ctx, seg, c.End) ? "arrived"
                : "departed";
            var cues = new List<string>(c.Q.Cues);
            if (c.NounToken >= 0) cues.Add("noun:" + EnglishClaimExtractor.Original(ctx.Doc, c.NounToken, c.NounEnd));
            cues.Add("evacuation:" + EnglishClaimExtractor.Original(ctx.Doc, cue, ctx.CueEnd(cue)));
            int first = Math.Min(c.Q.FirstToken, cue), end = Math.Max(c.End, ctx.CueEnd(cue));
            if (c.HarmToken >= 0) end = Math.Max(end, c.HarmEnd);
            result[i] = EnglishClaimExtractor.BuildCount(ctx, s, ClaimKind.Evacuees, first, end, c, cues) with { Subject = subject, Action = action };
        }
        return result;
    }

    /// <summary>Who a count of evacuees counts: its group (rebels are fighters, the wounded people), or null when it is not people who can be evacuated (soldiers, the dead).</summary>
    private static string? EvacueeSubject(EnglishReportContext ctx, Segment seg, EnglishClaimExtractor.Count c)
    {
        if (c.Harm is { } harm)
        {
            // "20 wounded", "the injured people": the harm names who was evacuated.
            bool named = harm == Harm.Wounded && (c.HarmToken == c.NounToken || c.NounToken < 0 && c.HarmToken == c.Q.EndToken);
            return named ? "people" : null;
        }
        if (c.Vehicle is not null) return null;
        return c.Group switch
        {
            null => c.NounToken < 0 && TallyOfEvacuees(ctx, seg, c) >= 0 ? "people" : null,
            "opposition-fighters" => "fighters",
            "regime-forces" => null,
            var g => g,
        };
    }

    /// <summary>The cue telling a count's people left, arrived or were evacuated: before the number, after its noun phrase, or a tally of evacuees; -1 if none.</summary>
    private static int EvacueeCue(EnglishReportContext ctx, Segment seg, EnglishClaimExtractor.Count c)
    {
        var doc = ctx.Doc;
        // "evacuated 20 wounded", "the evacuation of some 300 fighters", "buses carrying 400 people".
        for (int k = c.Q.FirstToken - 1, steps = 0; k >= seg.FirstToken && steps < 3; k--, steps++)
        {
            k = ctx.CoverStart[k];
            if (ctx.Has(k, CueTags.EvacObject) && !ctx.Has(k - 1, CueTags.Be) || ctx.Has(k, CueTags.EvacNoun) || ctx.Has(k, CueTags.Carry) && Carried(ctx, seg, k + 1)) return k;
            if (ctx.Has(k, CueTags.Determiner) || ctx.IsWord(k) && doc.TokenText(k) is "of") continue;
            break;
        }
        if (c.NounToken < 0 && c.Harm is null) return TallyOfEvacuees(ctx, seg, c);
        // "300 fighters and their families were evacuated", "some 1,500 people from the town have left".
        int from = c.HarmToken >= c.Q.EndToken ? Math.Max(c.End, c.HarmEnd) : c.End;
        for (int k = from; k < Math.Min(seg.EndToken, from + PartyWindow); k++)
        {
            if (ctx.Has(k, CueTags.ArriveVerb) && !(c.NounToken >= 0 && ctx.Has(c.NounToken, CueTags.EvacueeNoun) || Carried(ctx, seg, c.Q.FirstToken))) return -1;
            if (ctx.Has(k, CueTags.Depart) || ctx.Has(k, CueTags.ArriveVerb)) return HarmFollows(ctx, seg, ctx.CueEnd(k)) || ctx.Has(ctx.CueEnd(k), CueTags.EvacNotObject) ? -1 : k;
            if (!PhraseWord(ctx, k) && !ctx.Has(k, CueTags.Planned) && !ctx.Has(k, CueTags.Negation)) return -1;
            k = ctx.CueEnd(k) - 1;
        }
        return -1;
    }

    /// <summary>"the number of evacuees reached 2,000": a tally of evacuees before a bare number; its cue or -1.</summary>
    private static int TallyOfEvacuees(EnglishReportContext ctx, Segment seg, EnglishClaimExtractor.Count c)
    {
        int reach = ctx.CoverStart[Math.Max(0, c.Q.FirstToken - 1)];
        if (!(ctx.Has(reach, CueTags.TallyReach) || ctx.IsWord(reach) && ctx.Doc.TokenText(reach) is "to")) return -1;
        for (int k = reach - 1; k >= Math.Max(seg.FirstToken, reach - EnglishClaimExtractor.TallyWindow); k--)
        {
            if (ctx.Stop(k) || ctx.Doc.Tokens[k].Kind == TokenKind.Number) break;
            if (ctx.Has(k, CueTags.EvacueeNoun)) return k;
        }
        return -1;
    }

    /// <summary>A word that may stand inside a party's noun phrase or between it and its verb ("their families", "from Daraa", "have reportedly been").</summary>
    private static bool PhraseWord(EnglishReportContext ctx, int k)
    {
        var doc = ctx.Doc;
        if (ctx.PlaceAt[k] || ctx.ActorAt[k] is not null || ctx.Has(k, CueTags.Be) || ctx.Has(k, CueTags.Determiner)) return true;
        if (ctx.CueAt(k)?.Value(CueTags.Group) is not null) return true;
        if (doc.IsPunct(k, '(') || doc.IsPunct(k, ')')) return true;
        return ctx.IsWord(k) && (doc.TokenText(k) is "and" or "of" or "from" or "with" or "their" or "his" or "her" or "some" or "about" or "nearly" or "around" or "more" or "than" or "over" or "least" or "at"
                                 || Auxiliaries.Contains(doc.TokenText(k)));
    }

    /// <summary>The party named before a verb of leaving (its noun's token), read back over its noun phrase; -1 if none.</summary>
    private static int PartyBefore(EnglishReportContext ctx, Segment seg, int verb, bool vehicles)
    {
        var doc = ctx.Doc;
        int found = -1;
        for (int k = verb - 1, steps = 0; k >= seg.FirstToken && steps < PartyWindow; k--, steps++)
        {
            k = ctx.CoverStart[k];
            if (steps == 0 && ctx.IsWord(k) && doc.TokenText(k) is "and" or "or") break;
            if (found < 0 && IsParty(ctx, k, vehicles)) found = k;
            else if (InQuantity(ctx, k) || ctx.Has(k, CueTags.Planned) || ctx.Has(k, CueTags.Negation) || ctx.Has(k, CueTags.Uncertain) || PhraseWord(ctx, k)) continue;
            else if (found < 0 || !IsParty(ctx, k, vehicles: true)) break;
        }
        return found;
    }

    /// <summary>The party named after an evacuation verb or noun ("evacuated 20 wounded", "the evacuation of the fighters"); -1 if none.</summary>
    private static int PartyAfter(EnglishReportContext ctx, Segment seg, int from, bool requireOf)
    {
        var doc = ctx.Doc;
        if (requireOf)
        {
            if (!(ctx.IsWord(from) && doc.TokenText(from) is "of")) return -1;
            from++;
        }
        for (int k = from; k < Math.Min(seg.EndToken, from + PartyWindow); k++)
        {
            if (IsParty(ctx, k, vehicles: false) || ctx.Has(k, CueTags.Wounded) && !ctx.Has(k, CueTags.Killed)) return k;
            if (InQuantity(ctx, k) || ctx.Has(k, CueTags.Determiner) || ctx.ActorAt[k] is not null
                || ctx.IsWord(k) && doc.TokenText(k) is "of" or "some" or "about" or "nearly" or "around" or "more" or "than" or "over" or "least" or "at" or "up" or "to")
            {
                k = ctx.CueEnd(k) - 1;
                continue;
            }
            break;
        }
        return -1;
    }

    /// <summary>Whether token <paramref name="k"/> is a number or inside a quantity ("dozens", "some 1,500").</summary>
    private static bool InQuantity(EnglishReportContext ctx, int k)
    {
        if (ctx.Doc.Tokens[k].Kind == TokenKind.Number) return true;
        int i = Sorted.LowerBound(ctx.Quantities, k + 1, m => m.FirstToken) - 1;
        return i >= 0 && ctx.Quantities[i].EndToken > k;
    }

    /// <summary>Whether token <paramref name="k"/> names a party that can leave: people, evacuees, the wounded, a numbered batch or convoy, or (with <paramref name="vehicles"/>) buses.</summary>
    private static bool IsParty(EnglishReportContext ctx, int k, bool vehicles)
    {
        var cue = ctx.CueAt(k);
        if (cue is null) return false;
        if (cue.Value(CueTags.Group) is not null) return cue.Value(CueTags.Group) is not "regime-forces";
        if (cue.Has(CueTags.Wounded) && !cue.Has(CueTags.Killed) || cue.Has(CueTags.WoundedNoun)) return true;
        if (vehicles && cue.Value(CueTags.Vehicle) is not null) return true;
        return cue.Has(CueTags.Batch) && ctx.IsWord(k - 1) && Ordinals.Contains(ctx.Doc.TokenText(k - 1));
    }

    /// <summary>"buses carrying 400 people": people carried by buses just before <paramref name="k"/> (a car carrying militants is no evacuation).</summary>
    private static bool Carried(EnglishReportContext ctx, Segment seg, int k)
    {
        for (int j = k - 1; j >= Math.Max(seg.FirstToken, k - 5); j--)
        {
            int start = ctx.CoverStart[j];
            if (!ctx.Has(start, CueTags.Carry)) continue;
            for (int b = start - 1; b >= Math.Max(seg.FirstToken, start - 3); b--) if (ctx.CueAt(ctx.CoverStart[b])?.Value(CueTags.Vehicle) is "buses") return true;
            return false;
        }
        return false;
    }

    /// <summary>"left 20 dead", "left another 30 injured": a count with harm right after the verb is a casualty, not a departure ("evacuated the wounded" is one).</summary>
    private static bool HarmFollows(EnglishReportContext ctx, Segment seg, int from)
    {
        int qi = Sorted.LowerBound(ctx.Quantities, from, m => m.FirstToken);
        bool counted = false;
        for (int k = from; k < Math.Min(seg.EndToken, from + 4); k++)
        {
            counted |= qi < ctx.Quantities.Count && ctx.Quantities[qi].FirstToken <= k;
            if (counted && (ctx.Has(k, CueTags.Killed) || ctx.Has(k, CueTags.Wounded) || ctx.Has(k, CueTags.KilledNoun) || ctx.Has(k, CueTags.KilledWounded) || ctx.Has(k, CueTags.WoundedNoun))) return true;
        }
        return false;
    }

    /// <summary>"a deal to evacuate the wounded", "an agreement on the evacuation of": the departure is what was agreed.</summary>
    private static bool DealContent(EnglishReportContext ctx, Segment seg, int v) => Before(ctx, v, seg, AgreementContentWindow, CueTags.Agreement) >= 0;

    /// <summary>An agreement anywhere earlier in the sentence ("the deal provides for the evacuation of 300 fighters").</summary>
    private static bool Agreement(EnglishReportContext ctx, Segment seg, int v) => Before(ctx, v, seg, v - seg.FirstToken, CueTags.Agreement) >= 0;

    /// <summary>"buses carrying 400 people arrived in Idlib".</summary>
    private static bool ArrivalAfter(EnglishReportContext ctx, Segment seg, int from) => After(ctx, from, Math.Min(seg.EndToken, from + PartyWindow), CueTags.ArriveVerb) >= 0;

    private static int Before(EnglishReportContext ctx, int v, Segment seg, params string[] tags) => Before(ctx, v, seg, EvacuationPolarityWindow, tags);

    /// <summary>The nearest cue with one of the tags among the <paramref name="window"/> tokens before <paramref name="v"/> in the sentence, stopping at a clause link; -1 if none.</summary>
    private static int Before(EnglishReportContext ctx, int v, Segment seg, int window, params string[] tags)
    {
        for (int k = v - 1; k >= Math.Max(seg.FirstToken, v - window); k--)
        {
            int start = ctx.CoverStart[k];
            if (ctx.Stop(start) || ctx.Has(start, CueTags.Link) && !ctx.Has(start, CueTags.Function)) return -1;
            foreach (var t in tags) if (ctx.Has(start, t)) return start;
            k = start;
        }
        return -1;
    }

    private static int Between(EnglishReportContext ctx, int from, int to, params string[] tags)
    {
        for (int k = from; k < to; k++) foreach (var t in tags) if (ctx.Has(k, t)) return k;
        return -1;
    }

    private static int After(EnglishReportContext ctx, int from, int to, string tag)
    {
        for (int k = from; k < to; k++)
        {
            if (ctx.Stop(k)) return -1;
            if (ctx.Has(k, tag)) return k;
        }
        return -1;
    }
}
