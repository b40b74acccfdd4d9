using ClaimCheck.Lexicons;
using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>
/// Casualty counts: the harm around a count — a verb or noun before it, a predicate after it, a tally it is the figure of — and
/// who was hit (the counted group or the armed party named with it). One rule set of <see cref="ClaimExtractor"/>.
/// </summary>
internal static class CasualtyRules
{
    /// <summary>How far before a count a harm verb or noun is looked for.</summary>
    private const int CasualtyCueWindow = 6;

    /// <summary>How far back a tally ("ارتفعت حصيلة قتلى القصف … إلى 72 شخصاً") may stand from its figure.</summary>
    private const int TallyWindow = 25;

    /// <summary>How far a wounded verb describing a count ("يعانون من عوارض …") may stand from the count's own killed verb.</summary>
    private const int SufferingClause = 8;

    /// <summary>What harm a count reports and the cue that says so.</summary>
    /// <param name="Harm">Killed, wounded or both; null when no harm cue was found.</param>
    /// <param name="Verb">Token of the harm verb or noun outside the counted noun; -1 if none.</param>
    /// <param name="Tally">Token of a tally noun ("عدد قتلى", "حصيلة القتلى") before a bare number; -1 if none.</param>
    /// <param name="Bare">The count has no counted noun but a harm verb stands right next to it ("مقتل العشرات", "العشرات أصيبوا"): its victims are people.</param>
    /// <param name="TallyGroup">A group noun inside the tally ("عدد المدنيين الذين قتلوا … 718 شخصاً"); -1 if none.</param>
    internal readonly record struct HarmCue(Harm? Harm, int Verb, int Tally, bool Bare = false, int TallyGroup = -1);

    /// <summary>
    /// A second group joined by و right after the counted noun, with no count of its own ("42 مدنياً وعسكرياً", "700 مقاتل ومدني"):
    /// two groups counted together are people ("بينهم أربعة أطفال وامرأتان" counts the women apart).
    /// </summary>
    internal static bool TwoGroups(ReportContext ctx, CountedNoun noun, string? group, Segment seg, QuantityMention q) =>
        noun.Cue is not null && !noun.Before && noun.End < seg.EndToken && ctx.Doc.TokenText(noun.End) is { Length: > 1 } next
        && next[0] == '\u0648' && ctx.StartCue(noun.End)?.Value(CueTags.Group) is { } second && second != group
        && !InQuantity(ctx, noun.End) && !SingularAfterPlural(ctx, q, noun.End);

    /// <summary>
    /// A singular victim joined by و to a count whose noun is not in the singular ("7 أطفال وامرأة", "طفلين وسيدة", "طفل وامرأة"):
    /// one more victim counted apart, not a second group of the same count. After 11 and more the counted noun is singular itself
    /// ("42 مدنياً وعسكرياً"), so it stays one count of two groups.
    /// </summary>
    internal static bool SingularAfterPlural(ReportContext ctx, QuantityMention q, int second) =>
        ctx.WordOrConjoined(second, FunctionWords.Default.SingularVictims)
        && (q.Quantity is { Min: 1, Max: 1 } or { Min: 2, Max: 2 } || q.Quantity is { Min: >= 3 and <= 10, Max: <= 10 } && q.Quantity.Qualifier != QuantityQualifier.Vague);

    /// <summary>The casualty claim of count <paramref name="q"/>: its harm (or that of the count it <paramref name="continues"/>), who was hit, and evidence from the harm word or tally to the noun.</summary>
    internal static Claim FromCount(ReportContext ctx, int s, QuantityMention q, CountedNoun noun, HarmCue harm, Claim? continues, List<string> cues)
    {
        var seg = ctx.Doc.Sentences[s];
        // A subset or continuation with no harm word of its own takes the harm of the count it continues ("قتل 10 … بينهم 3 أطفال").
        var h = harm.Harm ?? (noun.Cue?.Has(CueTags.WoundedNoun) == true ? Harm.Wounded : continues?.Harm ?? Harm.Killed);
        if (harm.Verb >= 0) cues.Add((h == Harm.Wounded ? "wounded:" : "killed:") + ClaimBuilder.Original(ctx.Doc, harm.Verb, ctx.CueEnd(harm.Verb)));
        int tallyStart = Math.Max(seg.FirstToken, harm.TallyGroup >= 0 ? Math.Min(harm.TallyGroup, harm.Tally) - 1 : harm.Tally - 1);
        if (harm.Tally >= 0) cues.Add("tally:" + ClaimBuilder.Original(ctx.Doc, tallyStart, ctx.CueEnd(harm.Tally)));
        string? group = noun.Cue?.Value(CueTags.Group);
        // "عدد المدنيين الذين قتلوا … 718 شخصاً": the tally's group names the victims better than "people".
        if (harm.TallyGroup >= 0 && group is null or "people") group = ctx.StartCue(harm.TallyGroup)?.Value(CueTags.Group);
        int subjectEnd = noun.Cue is null ? q.EndToken : Math.Max(noun.End, q.EndToken);
        string? subject = null;

        // Who was hit, in order: an armed party named by the noun itself ("مقاتلي المعارضة", "جنود أتراك") or right after it
        // ("عناصر التنظيم"); a party after a preposition ("من قوات النظام", "في صفوف", "بين المدنيين"); after a tally noun
        // ("عدد قتلى قوات النظام"); the group noun; the party named before the harm verb ("قوات الأسد … وتكبدت").
        ActorMention? actor = null;
        if (noun.Cue is not null) actor = ctx.ActorAt(noun.Token) ?? (ctx.ActorAt(noun.End) is { } genitive && !noun.Before ? genitive : null);
        // "ثمانية جنود للجيش الوطني", "جنود من الجيش التركي": the side named right after a noun that alone reads as an armed party
        // ("جنود" as the army's) overrides that reading.
        if (actor is not null && actor.FirstToken == noun.Token && actor.EndToken == noun.End && !noun.Before && Parties.SideAt(ctx, noun.End, seg) is { } side
            && Parties.CasualtySubject(ctx, side.Actor) is "opposition-fighters" or "isis" or "kurdish-forces" or "regime-forces" or "fighters")
            actor = side;
        if (harm.Tally >= 0 && IsHarmNoun(ctx, harm.Tally))
        {
            actor ??= ctx.ActorAt(ctx.CueEnd(harm.Tally));
            // "ارتفعت حصيلة القتلى في صفوف قوات النظام إلى 40 عنصرا", "عدد القتلى من عناصر التنظيم": the party after a preposition of the tally.
            // "عدد القتلى من عناصر قوات النظام", "حصيلة القتلى بين المدنيين": a group noun there, with the party it is of.
            if (actor is null && Parties.PartyAfterPreposition(ctx, ctx.CueEnd(harm.Tally), q.FirstToken) is var tallyParty && tallyParty >= 0)
            {
                actor = ctx.ActorAt(tallyParty);
                if (actor is null && ctx.StartCue(tallyParty)?.Value(CueTags.Group) is { } of && of != "families")
                {
                    actor = ctx.ActorAt(ctx.CueEnd(tallyParty));
                    if (actor is null && group is null or "people") group = of;
                }
            }
        }
        // "ارتفع إلى 29 عدد عناصر قوات النظام الذين قضوا": the party of the tally's group.
        if (actor is null && harm.TallyGroup >= 0) actor = ctx.ActorAt(ctx.CueEnd(harm.TallyGroup));
        // "50 مسلحا تابعين لجبهة النصرة": the party past a participle of belonging.
        if (actor is null && noun.Cue is not null && !noun.Before && ctx.Word(noun.End, FunctionWords.Default.AffiliationParticiples)
            && Parties.SideAt(ctx, noun.End + 1, seg) is { } owner)
            actor = owner;
        if (actor is null)
        {
            int after = ctx.SkipPunct(Math.Max(noun.Cue is null ? q.EndToken : noun.End, q.EndToken), seg.EndToken);
            int party = Parties.PartyAfterPreposition(ctx, after, seg.EndToken);
            if (party >= 0)
            {
                actor = ctx.ActorAt(party);
                // "من عائلة واحدة" says where the victims come from, not who they are.
                // "33 مدنيا من سكان الحي": a people noun after من does not unname a group the count names itself.
                if (actor is null && ctx.StartCue(party)?.Value(CueTags.Group) is { } g && g != "families" && (g != "people" || group is null or "people" or "fighters" or "soldiers"))
                { subject = g; subjectEnd = ctx.CueEnd(party); }
            }
        }
        // "سقط في صفوف قوات النظام 14 قتيلا": the ranks named right before the count.
        if (actor is null && subject is null && q.FirstToken - 3 >= seg.FirstToken)
            for (int k = q.FirstToken - 3; k >= Math.Max(seg.FirstToken, q.FirstToken - 8); k--)
                if (ctx.Word(k, FunctionWords.Default.In) && ctx.Word(k + 1, FunctionWords.Default.Ranks) && ctx.ActorAt(k + 2) is { } ranks)
                {
                    if (ranks.EndToken == q.FirstToken) actor = ranks;
                    break;
                }
        // "كبّدت الفصائل قوات النظام 20 قتيلا": the victim is the party nearest the count after a verb of inflicting;
        // "تكبدت قوات النظام 20 قتيلا": the first party after a verb of suffering.
        if (actor is null && subject is null && harm.Verb >= 0 && harm.Verb < q.FirstToken)
            actor = LossBearer(ctx, harm.Verb, Math.Min(q.FirstToken, noun.Cue is not null && noun.Token < q.FirstToken ? noun.Token : q.FirstToken));
        if (actor is not null)
        {
            subject = Parties.CasualtySubject(ctx, actor.Actor);
            subjectEnd = Math.Max(subjectEnd, actor.EndToken);
            cues.Add("party:" + ClaimBuilder.Original(ctx.Doc, actor.Span));
        }
        if (subject is null && group is not null && group != "fighters" && group != "soldiers") subject = group;
        // "14 قتيلا مدنيا", "14 ضحية مدنية": a group adjective right after a harm noun names the victims.
        if (subject is null && group is null && noun.Cue is { } harmNoun && !noun.Before && (harmNoun.Has(CueTags.KilledNoun) || harmNoun.Has(CueTags.WoundedNoun))
            && noun.End < seg.EndToken && ctx.StartCue(noun.End)?.Value(CueTags.Group) is "civilians" or "children" or "women")
        {
            subject = ctx.StartCue(noun.End)!.Value(CueTags.Group);
            subjectEnd = Math.Max(subjectEnd, ctx.CueEnd(noun.End));
        }
        // Not for a bare count: in "اتهمت المعارضة القوات الحكومية بقتل المئات" the party before the verb is the killer.
        // Nor when an active verb of killing stands right after the party and before the count: "الجيش قتل 50 إرهابيا",
        // "وحدات الجيش قتلت 40 مسلحا" tell who killed, and the victims are the count's own noun ("قتل منها" points back).
        if (subject is null && !harm.Bare && harm.Verb >= 0 && harm.Verb <= q.FirstToken
            && !(harm.Verb < q.FirstToken && ctx.WordOrConjoined(harm.Verb, FunctionWords.Default.KillingVerbs) && ctx.ActorEndingAt(harm.Verb - 1) is not null
                 && !ctx.Word(ctx.CueEnd(harm.Verb), FunctionWords.Default.OfThem)))
        {
            for (int k = harm.Verb - 1; k >= Math.Max(seg.FirstToken, harm.Verb - 6); k--)
                if (ctx.ActorEndingAt(k) is { } before)
                {
                    if (!InSpeakerPhrase(ctx, s, before.FirstToken)) { subject = Parties.CasualtySubject(ctx, before.Actor); cues.Add("party:" + ClaimBuilder.Original(ctx.Doc, before.Span)); }
                    break;
                }
        }
        subject ??= group switch { "soldiers" => "regime-forces", null => "people", _ => group };
        // "رفات 42 مدنياً وعسكرياً", "مدنيين ومسلحين": two groups counted together are people.
        if (actor is null && TwoGroups(ctx, noun, group, seg, q)) subject = "people";
        int first = Math.Min(q.FirstToken, noun.Cue is null ? q.FirstToken : noun.Token);
        // The harm word stretches the evidence only when it is this count's own ("قتل 25"), not a previous count's
        // ("56 قتيلاً بين المدنيين و484 …"); a partitive starts at "منهم".
        bool ownVerb = harm.Verb >= 0 && harm.Verb < first && !ctx.NumberBetween(harm.Verb, q.FirstToken)
                       && !ctx.Has(harm.Verb, CueTags.KilledNoun) && !ctx.Has(harm.Verb, CueTags.WoundedNoun);
        if (ownVerb) first = harm.Verb;
        if (harm.Tally >= 0) first = Math.Min(first, tallyStart);
        for (int k = q.FirstToken - 1; k >= Math.Max(seg.FirstToken, q.FirstToken - 2); k--)
            if (ctx.Has(k, CueTags.Partitive)) { first = Math.Min(first, k); break; }
        int end = Math.Max(subjectEnd, harm.Verb >= 0 && (ownVerb || harm.Verb > q.FirstToken) ? ctx.CueEnd(harm.Verb) : 0);
        // "ارتفع إلى 502 عدد الشهداء": a tally after its figure ends the evidence.
        if (harm.Tally > q.FirstToken) end = Math.Max(end, ctx.CueEnd(harm.Tally));
        return ClaimBuilder.BuildCount(ctx, s, ClaimKind.Casualties, first, end, q, cues) with
        {
            Subject = subject,
            Harm = h,
        };
    }

    /// <summary>
    /// Harm around a count: a verb or noun before the number ("قتل 25", "أسفر عن مقتل"), inside a separable hedge ("تجاوزت حصيلة القتلى 100"),
    /// right after the noun ("10 مدنيين قتلوا", "25 شخصاً بين قتيل وجريح", "416 مدنياً (بينهم 95 طفلاً) قتلوا"), right after a bare number
    /// ("العشرات أصيبوا", "59 منهم قضوا"), or a tally before or after the figure ("ارتفع عدد قتلى قوات النظام إلى 32", "ارتفعت الحصيلة … إلى 72 شخصاً",
    /// "ارتفع إلى 502 عدد الشهداء"). A killed cue and a wounded cue side by side ("قتل وجرح") mean both, unless the first already follows a count of its own.
    /// </summary>
    internal static HarmCue FindHarm(ReportContext ctx, QuantityMention q, CountedNoun noun, Segment seg)
    {
        int lo = Math.Max(seg.FirstToken, q.FirstToken - CasualtyCueWindow);
        int killed = -1, wounded = -1, both = -1, fall = -1;
        for (int k = lo; k < q.EndToken; k++)
        {
            if (noun.Cue is not null && k >= noun.Token && k < noun.End) continue;
            // "ماتوا اختناقاً بينما يعاني 1000 آخرون": a clause link ends the clause a harm word before it belongs to.
            if (k < q.FirstToken && ctx.HappeningLink(k)) { killed = wounded = both = fall = -1; continue; }
            if (ctx.Has(k, CueTags.Fall)) fall = k;
            else if (ctx.Has(k, CueTags.KilledWounded)) both = k;
            else if (ctx.Has(k, CueTags.Killed)) killed = k;
            else if (ctx.Has(k, CueTags.Wounded)) wounded = k;
        }
        // "قتل في الغارات التي استهدفت السوق صباح اليوم 12 مدنيا": a harm verb opening the clause, its adjuncts, then the counted group.
        if (killed < 0 && wounded < 0 && both < 0 && noun.Cue?.Value(CueTags.Group) is not null && !noun.Before && FarVerb(ctx, lo, q.FirstToken, seg) is var far && far >= 0)
        {
            if (ctx.Has(far, CueTags.KilledWounded)) both = far;
            else if (ctx.Has(far, CueTags.Killed)) killed = far;
            else wounded = far;
        }
        // "لم تسجل إصابات بين 300 مدني": a harm noun before "بين" and the count is not the count's harm.
        if (ctx.Word(q.FirstToken - 1, FunctionWords.Default.Between) && Math.Max(killed, Math.Max(wounded, both)) is var among && among >= 0 && IsHarmNoun(ctx, among))
            killed = wounded = both = -1;
        int before = Math.Max(killed, Math.Max(wounded, both));
        // "مقتل العشرات", "استشهاد 18 واصابة …", "وأصابت قرابة 80": a harm verb right before a number that counts nothing named.
        bool bare = noun.Cue is null && q.DualNoun is null && before >= 0 && before < q.FirstToken && !IsHarmNoun(ctx, before) && BareAfterVerb(ctx, before, q, seg);
        // A harm word right after the noun (or a bare number) is this count's own; a harm word before it that belongs to the previous
        // count ("56 قتيلاً و484 …", "45 شخصاً قتلوا و110 أشخاص أصيبوا") gives way to it.
        if (!bare && (noun.Cue is not null || q.DualNoun is null)
            && (before < 0 || noun.Cue is null || (ctx.NumberBetween(before, q.FirstToken) || FollowsCount(ctx, before, seg) && Counts.ConjoinedNumber(ctx, q)) && !IsHarmNoun(ctx, before)))
        {
            int from = noun.Cue is not null ? Math.Max(noun.End, q.EndToken) : q.EndToken;
            // "خمسة لاجئين فلسطينيين استشهدوا": a group adjective after the counted noun is still the noun's.
            if (noun.Cue?.Value(CueTags.Group) is not null && !noun.Before && from < seg.EndToken && ctx.Doc.TokenText(from)[0] != '\u0648'
                && ctx.StartCue(from)?.Value(CueTags.Group) is not null && !InQuantity(ctx, from)) from = ctx.CueEnd(from);
            // "17 مدنياً، قتلوا على يد التنظيم": a comma between the counted group and its plural verb.
            if (noun.Cue?.Value(CueTags.Group) is not null && !noun.Before && ctx.Doc.IsPunct(from, ',') && from + 1 < seg.EndToken
                && ctx.StartCue(from + 1) is { } commaVerb && (commaVerb.Has(CueTags.Killed) || commaVerb.Has(CueTags.Wounded)) && !IsHarmNoun(ctx, from + 1) && ctx.IsPluralVerb(from + 1, commaVerb))
                from++;
            if (noun.Cue is null && ctx.Has(from, CueTags.Partitive)) from = ctx.CueEnd(from);
            int after = HarmAfter(ctx, from, Math.Min(seg.EndToken, from + (noun.Cue is null ? 1 : 3)));
            // "لنقل أكثر من 75 مريضاً وجريحاً": a harm noun joined by و right to a counted noun of people that is no harm word is a
            // second noun of the one count (patients and wounded together), not the count's harm.
            if (after == from && noun.Cue?.Value(CueTags.Group) is not null && !noun.Before && IsHarmNoun(ctx, after) && !IsHarmNoun(ctx, noun.Token)
                && ctx.Doc.TokenSpan(after)[0] == '\u0648') after = -1;
            // "12 ألف نسمة قتل منهم المئات": a singular verb before a partitive starts a clause on a subset, it is not the count's
            // predicate ("14 مدنيا قتلوا بينهم أطفال" is).
            if (after >= 0 && ctx.Has(ctx.CueEnd(after), CueTags.Partitive) && !ctx.IsPluralVerb(after, ctx.StartCue(after)!)) after = -1;
            // "900 عنصر من قوات النظام قتلوا", "12 شخصاً من عائلة واحدة لقوا حتفهم": the noun's من-phrase stands between it and its verb.
            // Only a plural verb agrees with the noun: "قتل منهم 5" after it starts a clause of its own.
            // "14 من داعش قتلوا", "6 من قوات الأمن قُتلوا": a bare number of an armed party, then the party's plural verb.
            if (after < 0 && noun.Cue is null && q.DualNoun is null && ctx.Word(from, FunctionWords.Default.From) && ctx.ActorAt(from + 1) is { } ofParty
                && HarmAfter(ctx, ofParty.EndToken, Math.Min(seg.EndToken, ofParty.EndToken + 2)) is var partyVerb && partyVerb >= 0 && ctx.IsPluralVerb(partyVerb, ctx.StartCue(partyVerb)!))
                after = partyVerb;
            if (after < 0 && noun.Cue is not null && !noun.Before && Parties.OfPhraseEnd(ctx, from, seg) is var ofEnd && ofEnd > from
                && HarmAfter(ctx, ofEnd, Math.Min(seg.EndToken, ofEnd + 2)) is var agreeing && agreeing >= 0 && ctx.IsPluralVerb(agreeing, ctx.StartCue(agreeing)!))
                after = agreeing;
            // "أن عنصرين من قوات النظام قتلا", "جنديين من الجيش التركي أصيبا", "عنصرين في الحرس الثوري قتلا": a dual's من- or في-phrase
            // between it and the dual verb of harm that agrees with it.
            if (after < 0 && q.DualNoun is not null && DualVerbPastPhrase(ctx, q, seg) is var dualVerb && dualVerb >= 0)
                after = dualVerb;
            // "خمسة جنود من قواتها بالإضافة لستة مقاتلين من الفصائل قتلوا", "أربعة عناصر وثلاثة مدنيين لقوا حتفهم": a second count joined
            // to this one shares the plural verb after it.
            // Not in a clause of leaving ("وخرج خمسة مقاتلين من البلدة وستة مدنيين أصيبوا": the verb is only the second count's).
            if (after < 0 && noun.Cue?.Value(CueTags.Group) is not null && !noun.Before && EvacueeRules.CueBefore(ctx, q, seg) < 0 && !LeavingBetween(ctx, lo - 1, q.FirstToken))
                after = SharedVerbAfterCoordinate(ctx, Parties.OfPhraseEnd(ctx, from, seg) is var ownOf && ownOf > from ? ownOf : from, seg);
            // "19 مدنياً بينهم 7 أطفال استشهدوا", "29 مدنيا، بينهم 14 طفلا و5 نساء، قتلوا": a partitive list between the noun (or its
            // من-phrase) and its plural verb; the verb is the whole count's predicate, and the list's counts are its subsets.
            if (after < 0 && noun.Cue?.Value(CueTags.Group) is not null && !noun.Before && PastPartitiveList(ctx, from, seg) is var listed && listed >= 0)
                after = listed;
            // "العشرات من الأشخاص، الذين تعرضوا لغازات سامة", "20 مدنيا الذين قتلوا": a relative clause of people right after the
            // noun (or its من-phrase) tells their harm with a plural verb.
            if (after < 0 && noun.Cue?.Value(CueTags.Group) is not null && !noun.Before
                && (Parties.OfPhraseEnd(ctx, from, seg) is var ofEnd2 && ofEnd2 > from ? ofEnd2 : from) is var nounEnd
                && (ctx.Doc.IsPunct(nounEnd, ',') ? nounEnd + 1 : nounEnd) is var rel
                && ctx.Word(rel, FunctionWords.Default.PeopleRelatives)
                && HarmAfter(ctx, rel + 1, Math.Min(seg.EndToken, rel + 2)) is var described && described >= 0 && ctx.IsPluralVerb(described, ctx.StartCue(described)!))
                after = described;
            // The verb after a count is its predicate ("العشرات أصيبوا"), not a new clause ("استشهاد 18 واصابة …", "50 طفلاً وإصابة 600").
            if (after >= 0 && (noun.Cue is not null || !IsHarmNoun(ctx, after)) && (ctx.Doc.TokenText(after)[0] != '\u0648' || IsHarmNoun(ctx, after)))
            {
                killed = wounded = both = -1;
                if (ctx.Has(after, CueTags.KilledWounded)) both = after;
                else if (ctx.Has(after, CueTags.Killed)) killed = after;
                else if (DiedAfterSuffering(ctx, after, seg) is var died && died >= 0) killed = died;
                else wounded = after;
                bare = noun.Cue is null;
            }
        }
        // "سقوط 14 مدنيا", "سقط نحو 20 شخصا": a verb of falling right before a counted group, with no harm word of the count's own, is killed.
        if (killed < 0 && wounded < 0 && both < 0 && fall >= 0 && fall < q.FirstToken && noun.Cue?.Value(CueTags.Group) is not null && !noun.Before
            && BareAfterVerb(ctx, fall, q, seg, nothingAfter: false))
            killed = fall;
        // "المئات سقطوا في تلك المذبحة", "سقط العشرات في مجزرة": a bare count that fell in a massacre was killed.
        if (killed < 0 && wounded < 0 && both < 0 && noun.Cue is null && q.DualNoun is null && FellInMassacre(ctx, q, seg) is var fell && fell >= 0)
        {
            killed = fell;
            bare = true;
        }
        // "قتل 9 أشخاص وخرج 300 مقاتل": a verb of leaving between the harm verb and the count starts a clause the harm is not in.
        if (!bare && before >= 0 && Math.Max(killed, Math.Max(wounded, both)) == before && LeavingBetween(ctx, before, q.FirstToken))
            killed = wounded = both = -1;
        // "خسرت قوات النظام 20 عنصرا", "فقد الفصيل 12 مقاتلا": a verb of losing tells deaths only with the loser named right before a
        // count of people ("فقد 12 شخصا" may be missing people; "خسرت الفصائل 3 دبابات" counts no one; "فقد الفصيل الاتصال مع 15 عنصرا"
        // lost something else), or with the lives lost after it ("فقد 10 أشخاص حياتهم").
        if (killed >= 0 && ctx.Has(killed, CueTags.Lose)
            && (killed > q.FirstToken || noun.Cue?.Value(CueTags.Group) is null || noun.Before
                || LossBearer(ctx, killed, q.FirstToken)?.EndToken != q.FirstToken && !ctx.Word(Math.Max(noun.End, q.EndToken), FunctionWords.Default.LivesLost)))
            killed = -1;
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
        // Nor is "ارتقاء شهيد وإصابة تسعة": a singular harm noun counts its one victim, the verb after it is the next count's.
        bool pair = killed >= 0 && wounded >= 0 && Math.Abs(killed - wounded) == 1 && !FollowsCount(ctx, Math.Min(killed, wounded), seg)
                    && !ctx.Word(Math.Min(killed, wounded), FunctionWords.Default.SingularHarmNouns);
        Harm? harm = both >= 0 || pair ? Harm.KilledOrWounded
            : wounded > killed ? Harm.Wounded
            : killed >= 0 ? Harm.Killed
            : tally >= 0 ? (ctx.Has(tally, CueTags.WoundedNoun) || ((tallyGroup >= 0 || tally > q.FirstToken) && ctx.Has(tally, CueTags.Wounded)) ? Harm.Wounded : Harm.Killed)
            : null;
        int verb = Math.Max(both, Math.Max(killed, wounded));
        return new HarmCue(harm, verb, tally, bare, tallyGroup);
    }

    /// <summary>
    /// A tally the count is the figure of: a tally noun and a harm noun ("عدد قتلى قوات النظام 32", "عدد الضحايا"), "حصيلة" alone, or a tally
    /// of a group and a harm verb ("عدد المدنيين الذين قتلوا"); before the number with no other count between them, either right before it
    /// or reached through a verb of rising or reaching ("ارتفعت الحصيلة … إلى", "وصلت إلى", "قد بلغ", "…، 718 شخصاً"); or right after the
    /// number ("ارتفع إلى 502 عدد الشهداء"). <paramref name="nearest"/> is the harm cue nearest before the number (-1 if none).
    /// Returns the harm token (-1 if none) and the tally's group token (-1 if none).
    /// </summary>
    private static (int Harm, int Group) FindTally(ReportContext ctx, QuantityMention q, CountedNoun noun, Segment seg, int nearest)
    {
        var doc = ctx.Doc;
        // "خلال تسعة أشهر", "منذ 29": a bare number after a preposition of time counts time, not the dead of a tally before it.
        if (noun.Cue is null && ctx.Word(q.FirstToken - 1, FunctionWords.Default.TimeBeforeCount) && !NothingElseCounted(ctx, q, seg)) return (-1, -1);
        if (noun.Cue is null && TallyAfter(ctx, q, seg) is var after && after.Harm >= 0) return after;
        // "ارتفعت حصيلة الضحايا … التي استهدفتها طائرات النظام بعدة غارات": a bare number that counts another noun is no figure of a tally.
        if (noun.Cue is null && !NothingElseCounted(ctx, q, seg)) return (-1, -1);
        int lowest = Math.Max(seg.FirstToken, q.FirstToken - TallyWindow);
        bool reached = false;
        int words = 0;
        // A verb hedge holds its subject ("تجاوز عدد الضحايا المدنيين 150"): the tally may stand inside the quantity.
        for (int k = q.EndToken - 1; k >= lowest; k--)
        {
            bool inside = k >= q.FirstToken;
            if (inside && (doc.Tokens[k].Kind != TokenKind.Word || !ctx.Has(k, CueTags.Tally))) continue;
            if (doc.Tokens[k].Kind == TokenKind.Number && !NotACount(ctx, k)) return (-1, -1);
            if (doc.Tokens[k].Kind == TokenKind.Word && !inside) words++;
            if (ctx.Has(k, CueTags.TallyReach) || ctx.Has(k, CueTags.ActionArrived) || ctx.Word(k, FunctionWords.Default.To) && k == q.FirstToken - 1) reached = true;
            // "ارتفاع قتلى غارات النظام على الرقة إلى 35", "وارتفع ضحايا القصف إلى 12": a harm noun that a verb of rising takes as its
            // subject, with no عدد or حصيلة, stands for its own tally; the figure is reached through إلى.
            if (!inside && k > seg.FirstToken && IsHarmNoun(ctx, k) && ctx.Has(k - 1, CueTags.TallyReach) && ToBefore(ctx, k, q)) return (k, -1);
            if (!ctx.Has(k, CueTags.Tally)) continue;
            int next = ctx.CueEnd(k);
            bool close = words <= 2 || reached || (k > lowest && (ctx.Has(k - 1, CueTags.TallyReach) || ctx.Has(k - 1, CueTags.ActionArrived)))
                         || (q.FirstToken - k <= 8 && IsHarmNoun(ctx, next));
            if (!close) return (-1, -1);
            // "عدد القتلى المدنيين", "حصيلة قتلى الأطفال": a group right after the harm noun names the victims.
            // Not when the count has a harm word of its own after the tally ("عدد القتلى المدنيين، مشيراً إلى إصابة أكثر من 30"): the group is the tally's.
            if (IsHarmNoun(ctx, next))
                return (next, ctx.CueEnd(next) is var g && g < q.EndToken && doc.Tokens[g].Kind == TokenKind.Word && ctx.StartCue(g)?.Value(CueTags.Group) is not null
                              && nearest < ctx.CueEnd(g) ? g : -1);
            if (ctx.StartCue(next)?.Value(CueTags.Group) is not null)
            {
                for (int j = ctx.CueEnd(next); j < Math.Min(q.FirstToken, ctx.CueEnd(next) + 3); j++)
                    if (ctx.Has(j, CueTags.Killed) || ctx.Has(j, CueTags.Wounded)) return (j, next);
                // "ارتفاع أعداد مقاتلي الفصائل إلى 37 على الأقل الذين قضوا": the relative clause of the tally's group after its figure.
                if (reached && noun.Cue is null && ctx.Word(q.EndToken, FunctionWords.Default.PeopleRelatives) && q.EndToken + 1 < seg.EndToken
                    && ctx.StartCue(q.EndToken + 1) is { } relVerb && (relVerb.Has(CueTags.Killed) || relVerb.Has(CueTags.Wounded)) && !IsHarmNoun(ctx, q.EndToken + 1))
                    return (q.EndToken + 1, next);
                return (-1, -1);
            }
            // "حصيلة" alone ("ارتفعت الحصيلة إلى 40") is a toll of the dead when no harm word stands nearer the number.
            if (ctx.Has(k, CueTags.Killed) && nearest <= k && (reached || words <= 2) && (noun.Cue is not null || NothingElseCounted(ctx, q, seg))) return (k + 1, -1);
            return (-1, -1);
        }
        return (-1, -1);
    }

    /// <summary>Whether إلى stands between a harm noun at <paramref name="k"/> and the count, right before it or before the start of its range ("من 13 إلى 25").</summary>
    private static bool ToBefore(ReportContext ctx, int k, QuantityMention q)
    {
        for (int j = q.EndToken - 1; j > k; j--)
            if (ctx.Word(j, FunctionWords.Default.To) && (j == q.FirstToken - 1 || j >= q.FirstToken)) return true;
        return false;
    }

    /// <summary>How far past a bare figure a partitive list may run before the tally it is the figure of ("ارتفع إلى 13 بينهم … ، عدد الشهداء").</summary>
    private const int ListBeforeTally = 20;

    /// <summary>
    /// A tally right after a bare figure ("ارتفع إلى 502 عدد الشهداء", "ليرتفع إلى 21 عدد الذين قضوا", "يرتفع إلى 29 عدد عناصر قوات
    /// النظام الذين قتلوا"), or past a partitive list and a comma when a verb of rising reaches the figure ("ارتفع إلى 13 بينهم 3 نساء
    /// وطفلان، عدد الشهداء الذين …"). The tally names the dead or wounded by a harm noun, or by a relative clause of people
    /// with a harm verb, with or without a group between. Returns the harm token (-1 if none) and the group token (-1 if none).
    /// </summary>
    private static (int Harm, int Group) TallyAfter(ReportContext ctx, QuantityMention q, Segment seg)
    {
        var doc = ctx.Doc;
        int k = q.EndToken;
        if (k < seg.EndToken && ctx.Has(k, CueTags.Partitive))
        {
            // Only a figure reached by a verb of rising ("ارتفع إلى 13 بينهم"): elsewhere a list after a number is that number's.
            if (!ctx.Word(q.FirstToken - 1, FunctionWords.Default.To) || ctx.Before(q.FirstToken - 2, Math.Max(seg.FirstToken, q.FirstToken - 4), CueTags.TallyReach) < 0) return (-1, -1);
            int limit = Math.Min(seg.EndToken, k + ListBeforeTally);
            for (k = ctx.CueEnd(k); k < limit && !(doc.IsPunct(k, ',') && ctx.Has(k + 1, CueTags.Tally)); k++)
                if (doc.IsPunct(k, '.') || ctx.Has(k, CueTags.Tally) || ctx.ClauseBreak(k) || ctx.Has(k, CueTags.Killed) || ctx.Has(k, CueTags.Wounded) || ctx.Has(k, CueTags.Say)) return (-1, -1);
            if (k >= limit) return (-1, -1);
            k++;
        }
        if (k >= seg.EndToken || !ctx.Has(k, CueTags.Tally)) return (-1, -1);
        int next = ctx.CueEnd(k);
        // "عدد الشهداء المدنيين": a group right after the harm noun names the victims.
        if (IsHarmNoun(ctx, next)) return (next, ctx.CueEnd(next) < seg.EndToken && ctx.StartCue(ctx.CueEnd(next))?.Value(CueTags.Group) is not null ? ctx.CueEnd(next) : -1);
        int group = -1;
        if (ctx.StartCue(next)?.Value(CueTags.Group) is not null)
        {
            group = next;
            next = ctx.CueEnd(next);
            // "عدد عناصر قوات النظام الذين قتلوا": the party the group is of.
            if (ctx.ActorAt(next) is { } party) next = party.EndToken;
        }
        if (!ctx.Word(next, FunctionWords.Default.LeaversTallyLinks)) return (-1, -1);
        int verb = next + 1;
        return verb < seg.EndToken && (ctx.Has(verb, CueTags.Killed) || ctx.Has(verb, CueTags.Wounded)) && !IsHarmNoun(ctx, verb) ? (verb, group) : (-1, -1);
    }

    /// <summary>
    /// The party that bore the losses a count tallies, standing between a verb of inflicting or suffering at <paramref name="verb"/> and the
    /// count at <paramref name="count"/>: after "كبّد" the one nearest the count (its second object), after "تكبّد" the first one; null if none.
    /// </summary>
    private static ActorMention? LossBearer(ReportContext ctx, int verb, int count)
    {
        int from = ctx.CueEnd(verb);
        if (ctx.Has(verb, CueTags.Inflict))
        {
            for (int k = count - 1; k >= from; k--)
                if (ctx.ActorEndingAt(k) is { } a && a.FirstToken >= from) return a;
        }
        else if (ctx.Has(verb, CueTags.Suffer))
        {
            for (int k = from; k < count; k++)
                if (ctx.ActorAt(k) is { } a && a.EndToken <= count) return a;
        }
        return null;
    }

    /// <summary>
    /// A harm verb farther back than the cue window whose subject is the count that follows its adjuncts ("قُتل جراء القصف المدفعي على
    /// أحياء المدينة 15 شخصا"): the nearest harm verb before <paramref name="lo"/>, within <see cref="FarVerbWindow"/> tokens, with no
    /// number, clause break, group or harm noun, report verb or verb of leaving between it and the count at <paramref name="count"/>; -1 if none.
    /// </summary>
    private static int FarVerb(ReportContext ctx, int lo, int count, Segment seg)
    {
        var doc = ctx.Doc;
        for (int k = count - 1; k >= Math.Max(seg.FirstToken, lo - FarVerbWindow); k--)
        {
            if (doc.Tokens[k].Kind == TokenKind.Number || ctx.ClauseBreak(k) || doc.IsPunct(k, '.')) return -1;
            if (ctx.CueAt(k) is not { } cue) continue;
            if (ctx.Has(k, CueTags.Tally) || IsHarmNoun(ctx, k)) return -1;
            if (ctx.Has(k, CueTags.KilledWounded) || ctx.Has(k, CueTags.Killed) || ctx.Has(k, CueTags.Wounded))
                return ctx.StartCue(k) is not null && !ctx.Has(k, CueTags.Inflict) && !ctx.Has(k, CueTags.Suffer) && !OwnNounAfter(ctx, ctx.CueEnd(k), count) ? k : -1;
            if (cue.Value(CueTags.Group) is not null || cue.Value(CueTags.Vehicle) is not null || ctx.Has(k, CueTags.Say)
                || ctx.Has(k, CueTags.EvacVerb) || ctx.Has(k, CueTags.EvacSelf) || ctx.Has(k, CueTags.EvacNoun)) return -1;
        }
        return -1;
    }

    /// <summary>
    /// Whether a definite noun right after a far harm verb is its own subject or object ("قتل الوقت صعب في مخيم يؤوي 400 عائلة", "قتل
    /// الشاب …"): not a time word ("استشهد اليوم"), a date or a cue.
    /// </summary>
    private static bool OwnNounAfter(ReportContext ctx, int next, int count)
    {
        if (next >= count || ctx.Doc.Tokens[next].Kind != TokenKind.Word || ctx.CueAt(next) is not null || DateAt(ctx, next)) return false;
        string w = ctx.Doc.TokenText(next);
        return w.StartsWith("ال", StringComparison.Ordinal) && !FunctionWords.Default.HarmVerbAdjuncts.Contains(w);
    }

    /// <summary>How far before the cue window a clause-opening harm verb may stand from its count (<see cref="FarVerb"/>).</summary>
    private const int FarVerbWindow = 12;

    /// <summary>Whether the number token <paramref name="k"/> is part of a date, year, time or ordinal rather than a count ("منذ 18 فبراير").</summary>
    private static bool NotACount(ReportContext ctx, int k)
    {
        return ctx.QuantityCovering(k) is { Kind: not NumberKind.Count };
    }

    /// <summary>A verb or noun of leaving strictly between two tokens: what comes after it is of a clause of leaving.</summary>
    internal static bool LeavingBetween(ReportContext ctx, int from, int to)
    {
        for (int k = from + 1; k < to; k++)
            if (ctx.Has(k, CueTags.EvacVerb) || ctx.Has(k, CueTags.EvacSelf) || ctx.Has(k, CueTags.EvacNoun)) return true;
        return false;
    }

    internal static bool IsHarmNoun(ReportContext ctx, int k) => ctx.Has(k, CueTags.KilledNoun) || ctx.Has(k, CueTags.WoundedNoun);

    /// <summary>The first harm cue in [from, to), looking past a parenthesis ("416 مدنياً (بينهم 95 طفلاً) قتلوا") and stopping at a number; -1 if none.</summary>
    /// <summary>How many tokens a partitive list between a counted noun and its verb may take ("بينهم 14 طفلا و5 نساء و3 مسعفين").</summary>
    private const int PartitiveListTokens = 12;

    /// <summary>
    /// The plural harm verb right after a partitive list that follows a counted noun (from <paramref name="from"/>, past its من-phrase
    /// and a comma): "بينهم" or "منهم", then only counts, group nouns, و and commas, then the verb; -1 if none.
    /// </summary>
    private static int PastPartitiveList(ReportContext ctx, int from, Segment seg)
    {
        int at = Parties.OfPhraseEnd(ctx, from, seg) is var ofEnd && ofEnd > from ? ofEnd : from;
        var doc = ctx.Doc;
        if (doc.IsPunct(at, ',')) at++; // the Arabic comma is folded to ','
        at = ctx.SkipPunct(at, seg.EndToken);
        if (at >= seg.EndToken || !ctx.Has(at, CueTags.Partitive)) return -1;
        int k = ctx.CueEnd(at), limit = Math.Min(seg.EndToken, k + PartitiveListTokens);
        bool counted = false;
        while (k < limit)
        {
            if (doc.IsPunct(k, ',') || ctx.Word(k, FunctionWords.Default.And)) { k++; continue; }
            if (InQuantity(ctx, k)) { counted = true; k++; continue; }
            if (ctx.StartCue(k) is { } c && c.Value(CueTags.Group) is not null) { k = ctx.CueEnd(k); continue; }
            break;
        }
        if (!counted || k >= seg.EndToken || !(ctx.Has(k, CueTags.Killed) || ctx.Has(k, CueTags.Wounded) || ctx.Has(k, CueTags.KilledWounded)) || IsHarmNoun(ctx, k)) return -1;
        return ctx.IsPluralVerb(k, ctx.StartCue(k)!) ? k : -1;
    }

    /// <summary>
    /// The plural verb of harm that a count joined at <paramref name="at"/> (where the first count, with its من-phrase, ends:
    /// <see cref="Parties.OfPhraseEnd"/> stops there) shares with the count before it: a number with و ("وستة مقاتلين") or after a
    /// word of adding ("بالإضافة لستة", "إضافة إلى ستة"), counting a group, with its من- or ل-phrase, then the plural verb at most
    /// two tokens on ("قتلوا", "لقوا حتفهم"). The verb's token, or -1.
    /// </summary>
    private static int SharedVerbAfterCoordinate(ReportContext ctx, int at, Segment seg)
    {
        var doc = ctx.Doc;
        if (at >= seg.EndToken || doc.Tokens[at].Kind == TokenKind.Punct) return -1;
        int p = at;
        if (ctx.Word(p, FunctionWords.Default.AdditionJoiners))
        {
            p++;
            if (ctx.Word(p, FunctionWords.Default.AdditionLinks)) p++;
        }
        else if (doc.TokenSpan(p)[0] != '\u0648') return -1;
        if (ctx.QuantityStartingAt(p) is not { Kind: NumberKind.Count } second) return -1;
        int e = second.EndToken;
        if (e >= seg.EndToken || ctx.StartCue(e)?.Value(CueTags.Group) is null) return -1;
        e = ctx.CueEnd(e);
        if (Parties.OfPhraseEnd(ctx, e, seg) is var ofEnd && ofEnd > e) e = ofEnd;
        int verb = HarmAfter(ctx, e, Math.Min(seg.EndToken, e + 2));
        return verb >= 0 && !IsHarmNoun(ctx, verb) && ctx.IsPluralVerb(verb, ctx.StartCue(verb)!) ? verb : -1;
    }

    private static int HarmAfter(ReportContext ctx, int from, int to)
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
            if (doc.Tokens[k].Kind == TokenKind.Number || ctx.ClauseBreak(k) || doc.IsPunct(k, '.')) return -1;
            if (ctx.Has(k, CueTags.Tally)) continue;
            if (ctx.Has(k, CueTags.KilledWounded) || ctx.Has(k, CueTags.Killed) || ctx.Has(k, CueTags.Wounded)) return k;
        }
        return -1;
    }

    /// <summary>
    /// The count's own killed verb after a wounded one that only describes it ("355 شخصاً يعانون من عوارض سمّية تضرب الجهاز العصبي توفوا"):
    /// a plural killed verb without و in the same clause; -1 if none ("40 مريضا يعانون من أعراض وتوفي 3 منهم" stays wounded).
    /// </summary>
    private static int DiedAfterSuffering(ReportContext ctx, int wounded, Segment seg)
    {
        int from = ctx.CueEnd(wounded);
        int next = HarmAfter(ctx, from, Math.Min(seg.EndToken, from + SufferingClause));
        return next >= 0 && ctx.Has(next, CueTags.Killed) && !IsHarmNoun(ctx, next) && ctx.Doc.TokenText(next)[0] != '\u0648' && ctx.IsPluralVerb(next, ctx.StartCue(next)!) ? next : -1;
    }

    /// <summary>Whether the harm verb at <paramref name="verb"/> is right before the count ("مقتل العشرات", "قتل وأصيب على إثرها العشرات") and nothing after the count names another unit ("قتل 5 أيام").</summary>
    private static bool BareAfterVerb(ReportContext ctx, int verb, QuantityMention q, Segment seg, bool nothingAfter = true)
    {
        var doc = ctx.Doc;
        for (int k = ctx.CueEnd(verb); k < q.FirstToken; k++)
            if (doc.Tokens[k].Kind != TokenKind.Word || !FunctionWords.Default.HarmVerbAdjuncts.Contains(doc.TokenText(k))) return false;
        return !nothingAfter || NothingElseCounted(ctx, q, seg);
    }

    /// <summary>Whether the word after a bare count leaves it a count of people: punctuation, a date, a preposition, a conjunction, a group or harm word — not another unit ("10 أيام").</summary>
    private static bool NothingElseCounted(ReportContext ctx, QuantityMention q, Segment seg)
    {
        var doc = ctx.Doc;
        int next = q.EndToken;
        if (next >= seg.EndToken || doc.Tokens[next].Kind == TokenKind.Punct) return true;
        if (DateAt(ctx, next)) return true;
        if (doc.Tokens[next].Kind != TokenKind.Word) return false;
        if (ctx.StartCue(next) is { } c && (c.Has(CueTags.Partitive) || c.Has(CueTags.Killed) || c.Has(CueTags.Wounded) || c.Value(CueTags.Group) is not null || c.Has(CueTags.Say) || c.Has(CueTags.Cite))) return true;
        // "قضى 13 بقصف على …": a word with the clitic ب or و opens an adjunct or a new clause, whether or not it is a cue.
        string w = doc.TokenText(next);
        if (ctx.StartCue(next) is not null) return w[0] is '\u0648' or '\u0628' && w.Length > 3 && ctx.StartCue(next)!.Value(CueTags.Vehicle) is null;
        // "إلى 37 على الأقل الذين قضوا": a relative clause of people describes the count.
        return w[0] is '\u0648' or '\u0628' || FunctionWords.Default.AfterBareCount.Contains(w) || FunctionWords.Default.PeopleRelatives.Contains(w);
    }

    /// <summary>Whether a count ends at most three tokens before <paramref name="k"/>, so the verb there is that count's own ("18 شخصا قتلوا", "45 شخصاً على الأقل قتلوا").</summary>
    private static bool FollowsCount(ReportContext ctx, int k, Segment seg)
    {
        int i = Sorted.LowerBound(ctx.Quantities, k, m => m.FirstToken) - 1;
        return i >= 0 && ctx.Quantities[i].Kind == NumberKind.Count && ctx.Quantities[i].FirstToken >= seg.FirstToken && ctx.Quantities[i].EndToken >= k - 3;
    }

    /// <summary>
    /// Whether a party mention starting at <paramref name="first"/> is part of who speaks in sentence <paramref name="s"/>, not of
    /// what is told: inside a frame's speaker or relay ("وأكد الإعلام الحربي التابع لحزب الله مقتل 20"), as the attributor found it.
    /// </summary>
    private static bool InSpeakerPhrase(ReportContext ctx, int s, int first)
    {
        foreach (var f in ctx.Attributor.FramesNear(s, first))
        {
            if (Covers(f.Speaker, first) || Covers(f.Inner, first)) return true;
            foreach (var via in f.Via)
                if (Covers(via, first)) return true;
        }
        return false;

        static bool Covers(SourceMention? m, int token) => m is not null && token >= m.FirstToken && token < m.EndToken;
    }

    /// <summary>
    /// Cases of an illness ("9 إصابات و23 حالة شفاء من فيروس كورونا") are no war casualties: a disease cue within a few tokens of the count.
    /// Nor is the toll of an event remembered ("في ذكرى المجزرة التي قتل فيها 300 شخص", "قتل 300 شخص في المجزرة التي يحيي الأهالي ذكراها"):
    /// an anniversary cue with a relative pronoun between it and the count, within <see cref="AnniversaryWindow"/> tokens.
    /// </summary>
    internal static bool NotWarToll(ReportContext ctx, QuantityMention q, Segment seg)
    {
        int from = Math.Max(seg.FirstToken, q.FirstToken - 3), to = Math.Min(seg.EndToken, q.EndToken + 8);
        if (ctx.After(from, to, CueTags.Disease) >= 0) return true;
        // "قد يؤدي الهجوم إلى مقتل 800 ألف", "يخشى أن يقتل المئات": a toll foretold, within a few tokens after the warning and no number between.
        int foretold = ctx.Before(q.FirstToken - 1, Math.Max(seg.FirstToken, q.FirstToken - PredictionWindow), CueTags.Prediction);
        if (foretold >= 0 && !ctx.NumberBetween(foretold, q.FirstToken)) return true;
        int before = ctx.Before(q.FirstToken - 1, Math.Max(seg.FirstToken, q.FirstToken - AnniversaryWindow), CueTags.Anniversary);
        if (before >= 0 && RelativeBetween(ctx, before, q.FirstToken)) return true;
        int after = ctx.After(q.EndToken, Math.Min(seg.EndToken, q.EndToken + AnniversaryWindow), CueTags.Anniversary);
        return after >= 0 && RelativeBetween(ctx, q.EndToken, after);
    }

    /// <summary>How far before a count a warning or forecast (<see cref="CueTags.Prediction"/>) makes it no toll.</summary>
    private const int PredictionWindow = 8;

    /// <summary>How far an anniversary cue may stand from the count its relative clause holds.</summary>
    private const int AnniversaryWindow = 15;

    private static bool RelativeBetween(ReportContext ctx, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (ctx.Word(k, FunctionWords.Default.RelativePronouns)) return true;
        return false;
    }

    /// <summary>"عدد من القتلى", "عدد آخر": a number of victims, read like عدة in numbers.json.</summary>
    private static readonly Quantity SomeNumber = new(3, 9, 4, QuantityQualifier.Vague);

    /// <summary>
    /// A count no number says, starting at or after token <paramref name="k"/>: a singular person right after a harm word or a partitive is
    /// one ("أصيب صبي بجروح", "وفاة سيدة مهجرة", "بينهم طفل"; not "مقتل الطفل", "مقتل أطفال", "قتل شخص واحد", which has its number, nor
    /// "لم يقتل شخص", nor a construct "منهم طبيب الأسنان"); "عدد" before من and a counted noun, or before "آخر", is a few ("أوقع عددا من القتلى", "إصابة عدد آخر بجراح"; not "أكبر عدد من").
    /// Returns the mention (null if none) and the noun it counts (no cue for "عدد آخر").
    /// </summary>
    internal static (QuantityMention? Count, CountedNoun Noun) Unnumbered(ReportContext ctx, int k, Segment seg)
    {
        var doc = ctx.Doc;
        if (ctx.Word(k, FunctionWords.Default.SomeNumber) && !InQuantity(ctx, k) && !ctx.Word(k - 1, FunctionWords.Default.SomeNumberSuperlatives))
        {
            if (ctx.Word(k + 1, FunctionWords.Default.SomeNumberOthers) && k + 2 <= seg.EndToken)
                return (Mention(ctx, k, k + 2, SomeNumber, "some:"), new CountedNoun(k + 2, k + 2, null, false));
            if (ctx.Word(k + 1, FunctionWords.Default.From) && k + 2 < seg.EndToken && ctx.StartCue(k + 2) is { } of && CountedNoun.IsNounCue(of) && of.Value(CueTags.Vehicle) is null)
                return (Mention(ctx, k, k + 1, SomeNumber, "some:"), new CountedNoun(k + 2, ctx.CueEnd(k + 2), of, false));
            return (null, default);
        }
        // Both need a noun of a group at k: asked first, it keeps the two off nearly every token.
        if (ctx.StartCue(k)?.Value(CueTags.Group) is not null
            && ((ConjoinedSingular(ctx, k, seg) is var one && one > k) || (VictimSubject(ctx, k, seg) is var subjectEnd && subjectEnd > k && (one = subjectEnd) > k)))
            return (Mention(ctx, k, one, Quantity.Exactly(1), "singular:"), new CountedNoun(k, one, ctx.StartCue(k), false));
        // "أن جنديين روسيين قتلا", "وأن مسلحين أصيبا": a noun in -ين that a dual verb of harm agrees with counts two.
        if (DualByVerb(ctx, k, seg) is var dualEnd && dualEnd > k)
            return (Mention(ctx, k, dualEnd, Quantity.Exactly(2), "dual-verb:"), new CountedNoun(k, dualEnd, ctx.StartCue(k), false));
        if (SingularHarmNoun(ctx, k, seg) is var lone && lone > k)
            return (Mention(ctx, k, lone, Quantity.Exactly(1), "singular:"), new CountedNoun(k, lone, ctx.StartCue(k), false));
        if (ctx.StartCue(k) is not { } cue || cue.Has(CueTags.Tally) || cue.Has(CueTags.KilledNoun) || cue.Has(CueTags.WoundedNoun)) return (null, default);
        bool partitive = cue.Has(CueTags.Partitive);
        if (!partitive && !cue.Has(CueTags.Killed) && !cue.Has(CueTags.Wounded) && !cue.Has(CueTags.KilledWounded)) return (null, default);
        int n = ctx.CueEnd(k);
        if (n >= seg.EndToken || !ctx.Word(n, FunctionWords.Default.SingularVictims) || ctx.StartCue(n) is not { } person || person.Value(CueTags.Group) is null) return (null, default);
        int end = ctx.CueEnd(n);
        if (InQuantity(ctx, n) || InQuantity(ctx, end) || InQuantity(ctx, k)) return (null, default);
        // "منهم طبيب الأسنان أحمد": a noun in a construct with a definite one names someone, it does not count.
        if (end < seg.EndToken && doc.Tokens[end].Kind == TokenKind.Word && doc.TokenText(end).StartsWith("ال", StringComparison.Ordinal) && !DateAt(ctx, end)) return (null, default);
        if (!partitive && Negation.Find(ctx, seg, k, end).Polarity == Polarity.Denied) return (null, default);
        return (Mention(ctx, n, end, Quantity.Exactly(1), "singular:"), new CountedNoun(n, end, person, false));
    }

    /// <summary>
    /// A singular harm noun at <paramref name="k"/> that counts one by itself ("شهيد", "قتيل", "جريح", "مصاب"): right after a verb or noun
    /// of harm or falling ("ارتقاء شهيد وإصابة تسعة أشخاص", "سقط قتيل وجرح خمسة"), or opening the sentence or a clause before a count
    /// joined by و ("شهيد و16 جريحا"). Not a harm noun that names someone ("الشهيد", "شهيد الواجب"), nor one a number counts
    /// ("قتيل واحد"), nor one under negation ("لم يسقط قتيل"). Returns the end of the noun, or -1.
    /// </summary>
    private static int SingularHarmNoun(ReportContext ctx, int k, Segment seg)
    {
        var doc = ctx.Doc;
        if (!ctx.Word(k, FunctionWords.Default.SingularHarmNouns) || !IsHarmNoun(ctx, k) || InQuantity(ctx, k)) return -1;
        int end = ctx.CueEnd(k);
        if (end < seg.EndToken && (InQuantity(ctx, end) && !JoinedCountAt(ctx, end)
            || doc.Tokens[end].Kind == TokenKind.Word && doc.TokenText(end).StartsWith("ال", StringComparison.Ordinal) && !DateAt(ctx, end))) return -1;
        int v = k - 1;
        bool afterVerb = v >= seg.FirstToken && ctx.StartCue(v) is { } verb && ctx.CueEnd(v) == k && !IsHarmNoun(ctx, v) && !verb.Has(CueTags.Tally)
                         && (verb.Has(CueTags.Killed) || verb.Has(CueTags.Wounded) || verb.Has(CueTags.Fall));
        bool opens = (k == seg.FirstToken || doc.IsPunct(k - 1, ':')) && end < seg.EndToken && JoinedCountAt(ctx, end);
        if (!afterVerb && !opens) return -1;
        if (afterVerb && Negation.Find(ctx, seg, v, end).Polarity == Polarity.Denied) return -1;
        return end;
    }

    /// <summary>Whether a count joined by و starts at <paramref name="k"/> ("و16 جريحا", "و 16").</summary>
    private static bool JoinedCountAt(ReportContext ctx, int k)
    {
        var doc = ctx.Doc;
        if (k >= doc.Tokens.Count || doc.Text[doc.Tokens[k].Start] != '\u0648') return false;
        return ctx.QuantityStartingAt(k) is not null || doc.TokenText(k).Length == 1 && ctx.QuantityStartingAt(k + 1) is not null;
    }

    /// <summary>
    /// A singular victim joined by و to the noun of a count before it that is not singular itself ("بينهم 7 أطفال وامرأة", "طفلين وسيدة",
    /// "بينهم طفل وامرأة", "استشهاد طفل وامرأة"): one more victim; returns the end of its noun, or -1 ("42 مدنياً وعسكرياً" is one count of two groups).
    /// </summary>
    private static int ConjoinedSingular(ReportContext ctx, int k, Segment seg)
    {
        var doc = ctx.Doc;
        if (k - 1 <= seg.FirstToken || doc.Tokens[k].Kind != TokenKind.Word || doc.Text[doc.Tokens[k].Start] != '\u0648' || ctx.Word(k, FunctionWords.Default.SingularVictims)
            || !ctx.WordOrConjoined(k, FunctionWords.Default.SingularVictims) || ctx.StartCue(k)?.Value(CueTags.Group) is null) return -1;
        int end = ctx.CueEnd(k);
        if (InQuantity(ctx, k) || end < seg.EndToken && (InQuantity(ctx, end) || doc.Tokens[end].Kind == TokenKind.Word && doc.TokenSpan(end).StartsWith("ال", StringComparison.Ordinal) && !DateAt(ctx, end))) return -1;
        // The noun before: the counted noun of a quantity ending right there, a dual, or a singular victim right after a partitive or harm word.
        int i = Sorted.LowerBound(ctx.Quantities, k, m => m.FirstToken) - 1;
        if (i >= 0 && ctx.Quantities[i] is { Kind: NumberKind.Count } q && q.FirstToken >= seg.FirstToken)
        {
            if (q.EndToken == k && q.DualNoun is not null) return end;
            if (q.EndToken == k - 1 && ctx.StartCue(k - 1) is { } noun && noun.Value(CueTags.Group) is not null && ctx.CueEnd(k - 1) == k && SingularAfterPlural(ctx, q, k)) return end;
        }
        if (ctx.Word(k - 1, FunctionWords.Default.SingularVictims) && ctx.StartCue(k - 1)?.Value(CueTags.Group) is not null && !InQuantity(ctx, k - 1)
            && (ctx.Has(k - 2, CueTags.Partitive) || ctx.Has(k - 2, CueTags.Killed) || ctx.Has(k - 2, CueTags.Wounded) || ctx.Has(k - 2, CueTags.KilledWounded)))
            return end;
        // "أن امرأة وطفلاً لقيا مصرعهما": the second of two singular subjects of a harm verb.
        if (VictimSubject(ctx, k - 1, seg) > k - 1) return end;
        return -1;
    }

    /// <summary>
    /// A singular victim standing as the subject before its harm verb ("أن طفلاً لقي حتفه", "وأفادت أن امرأة قد قتلت", "طفل يقتل بقصف",
    /// "أن امرأة وطفلاً لقيا مصرعهما"): at the start of the sentence or a clause, or after أن; returns the end of its noun, or -1
    /// ("أن طفلاً لم يصب" is no count; "مقتل الطفل" names one).
    /// </summary>
    private static int VictimSubject(ReportContext ctx, int k, Segment seg)
    {
        var doc = ctx.Doc;
        if (k < seg.FirstToken || !ctx.WordOrConjoined(k, FunctionWords.Default.SingularVictims) || ctx.StartCue(k)?.Value(CueTags.Group) is null || InQuantity(ctx, k)) return -1;
        bool opens = k == seg.FirstToken || ctx.Word(k - 1, FunctionWords.Default.SubjectComplementizers)
                     || (doc.IsPunct(k - 1, ',') || doc.IsPunct(k - 1, ':')) && !InQuantity(ctx, k - 2);
        if (!opens) return -1;
        int end = ctx.CueEnd(k), v = end;
        // "امرأة وطفل لقيا مصرعهما": a second singular subject joined by و.
        if (ctx.Doc.Tokens.Count > v && doc.Tokens[v].Kind == TokenKind.Word && doc.Text[doc.Tokens[v].Start] == '\u0648' && !ctx.Word(v, FunctionWords.Default.SingularVictims)
            && ctx.WordOrConjoined(v, FunctionWords.Default.SingularVictims) && ctx.StartCue(v)?.Value(CueTags.Group) is not null) v = ctx.CueEnd(v);
        if (ctx.Word(v, FunctionWords.Default.VerbParticles)) v++;
        // The verb itself: "مدنياً بجروح" after a count is its noun and an adjunct.
        if (v >= seg.EndToken || IsHarmNoun(ctx, v) || doc.TokenText(v)[0] == '\u0628' || !(ctx.Has(v, CueTags.Killed) || ctx.Has(v, CueTags.Wounded) || ctx.Has(v, CueTags.KilledWounded))
            || ctx.Has(v, CueTags.Lose) || ctx.Has(v, CueTags.Inflict) || ctx.Has(v, CueTags.Suffer) || ctx.IsPluralVerb(v, ctx.StartCue(v)!)) return -1;
        // "إن رجلاً قتل زوجته": a verb with an object after it is active, its subject the killer.
        int after = ctx.CueEnd(v);
        if (after < seg.EndToken && doc.Tokens[after].Kind == TokenKind.Word && ctx.StartCue(after) is null && !DateAt(ctx, after)
            && !FunctionWords.Default.AfterBareCount.Contains(doc.TokenText(after)) && !FunctionWords.Default.HarmVerbAdjuncts.Contains(doc.TokenText(after))
            && doc.TokenText(after)[0] is not ('\u0628' or '\u0643' or '\u0644')) return -1;
        return end;
    }

    /// <summary>
    /// A noun of a group in -ين ("عسكريين", "مسلحين") that no number counts, followed by at most one adjective in -ين and then a
    /// dual perfect verb of harm ("قتلا", "أصيبا"): the -ين is the dual's, not the plural's ("أن عسكريين أردنيين قتلا"). Returns the
    /// end of the noun, or -1. A plural verb ("عسكريين قتلوا") or a number ("ثلاثة عسكريين") leaves the noun a plural.
    /// </summary>
    private static int DualByVerb(ReportContext ctx, int k, Segment seg)
    {
        var doc = ctx.Doc;
        if (ctx.StartCue(k)?.Value(CueTags.Group) is null || doc.Tokens[k].Kind != TokenKind.Word || !doc.TokenSpan(k).EndsWith("ين", StringComparison.Ordinal)) return -1;
        int end = ctx.CueEnd(k);
        if (end != k + 1 || InQuantity(ctx, k) || CountEndsAt(ctx, k)) return -1;
        int v = end;
        // One adjective in -ين agreeing with the noun ("تركيين", "آخرين") may stand between.
        if (v < seg.EndToken && doc.Tokens[v].Kind == TokenKind.Word && ctx.CueAt(v) is null && !ctx.Word(v, FunctionWords.Default.DualHarmVerbs) && doc.TokenSpan(v).EndsWith("ين", StringComparison.Ordinal)) v++;
        return v < seg.EndToken && ctx.Word(v, FunctionWords.Default.DualHarmVerbs) ? end : -1;
    }

    /// <summary>How many tokens the من- or في-phrase between a dual and its dual verb may take ("عنصرين من قوات النظام السوري قتلا").</summary>
    private const int DualPhraseTokens = 6;

    /// <summary>
    /// The dual verb of harm after a dual count's من- or في-phrase ("عنصرين من قوات النظام قتلا", "ممرضان من منظومة شامنا قتلا"):
    /// the phrase holds only words (no number, punctuation, clause break or other harm word), and "قد" may stand before the verb; -1 if none.
    /// </summary>
    private static int DualVerbPastPhrase(ReportContext ctx, QuantityMention q, Segment seg)
    {
        var doc = ctx.Doc;
        int k = q.EndToken;
        if (k >= seg.EndToken || !(ctx.Word(k, FunctionWords.Default.From) || ctx.Word(k, FunctionWords.Default.In))) return -1;
        for (int j = k + 1; j < Math.Min(seg.EndToken, k + 1 + DualPhraseTokens); j++)
        {
            if (doc.Tokens[j].Kind != TokenKind.Word || ctx.ClauseBreak(j)) return -1;
            if (ctx.Word(j, FunctionWords.Default.DualHarmVerbs)) return j > k + 1 ? j : -1;
            if (ctx.Word(j, FunctionWords.Default.VerbParticles)) continue;
            if (ctx.Has(j, CueTags.Killed) || ctx.Has(j, CueTags.Wounded) || ctx.Has(j, CueTags.KilledWounded) || ctx.Has(j, CueTags.Say)) return -1;
        }
        return -1;
    }

    /// <summary>
    /// A verb of falling right after a bare count (a plural: "المئات سقطوا") or right before it ("سقط العشرات"), then "في" a
    /// massacre noun at most three tokens on, past a demonstrative ("في هذه المجزرة"): the verb's token, or -1. Falling elsewhere
    /// ("سقطوا في الغارة") may be wounding as well.
    /// </summary>
    private static int FellInMassacre(ReportContext ctx, QuantityMention q, Segment seg)
    {
        int verb = q.EndToken < seg.EndToken && ctx.Has(q.EndToken, CueTags.Fall) && ctx.IsPluralVerb(q.EndToken, ctx.StartCue(q.EndToken)!) ? q.EndToken
            : q.FirstToken - 1 >= seg.FirstToken && ctx.Has(q.FirstToken - 1, CueTags.Fall) && ctx.CueEnd(q.FirstToken - 1) == q.FirstToken ? q.FirstToken - 1 : -1;
        if (verb < 0) return -1;
        int from = Math.Max(q.EndToken, ctx.CueEnd(verb));
        for (int k = from; k < Math.Min(seg.EndToken, from + 3); k++)
        {
            if (!ctx.Word(k, FunctionWords.Default.In)) continue;
            int n = ctx.Word(k + 1, FunctionWords.Default.Demonstratives) ? k + 2 : k + 1;
            return ctx.Word(n, FunctionWords.Default.MassacreNouns) ? verb : -1;
        }
        return -1;
    }

    /// <summary>Whether a recognised count starts at token <paramref name="k"/>.</summary>
    internal static bool CountStartsAt(ReportContext ctx, int k) => ctx.QuantityStartingAt(k) is { Kind: NumberKind.Count };

    /// <summary>Whether a recognised quantity ends right before token <paramref name="k"/> ("ثلاثة عسكريين").</summary>
    private static bool CountEndsAt(ReportContext ctx, int k)
    {
        int i = Sorted.LowerBound(ctx.Quantities, k, m => m.FirstToken) - 1;
        return i >= 0 && ctx.Quantities[i].EndToken == k;
    }

    private static QuantityMention Mention(ReportContext ctx, int first, int end, Quantity quantity, string cue)
    {
        var span = ctx.Doc.SpanOfTokens(first, end);
        return new QuantityMention(span, first, end, quantity, NumberKind.Count, [cue + ClaimBuilder.Original(ctx.Doc, span)]);
    }

    private static bool DateAt(ReportContext ctx, int k)
    {
        int i = Sorted.LowerBound(ctx.Dates, k, m => m.FirstToken);
        return i < ctx.Dates.Count && ctx.Dates[i].FirstToken == k;
    }

    /// <summary>Whether token <paramref name="k"/> is part of a recognised quantity.</summary>
    internal static bool InQuantity(ReportContext ctx, int k) => ctx.QuantityCovering(k) is not null;

    /// <summary>A "من X إلى Y" range after a verb of rising ("ارتفع عدد القتلى من 10 إلى 21"): an old and a new figure.</summary>
    internal static bool RiseFromTo(ReportContext ctx, QuantityMention q, Segment seg, int tally = -1)
    {
        if (q.Quantity.Qualifier != QuantityQualifier.Range || q.Quantity.Max is null || !ctx.Word(q.FirstToken, FunctionWords.Default.From)) return false;
        // "ارتفاع قتلى القصف على بلدة حمورية الثلاثاء، من 13 إلى 25": the verb of rising may stand farther back when it opens the
        // tally the range is the figure of ("ارتفاع قتلى", "ارتفعت حصيلة قتلى").
        if (tally > seg.FirstToken && (ctx.Has(tally - 1, CueTags.TallyReach) || tally - 1 > seg.FirstToken && ctx.Has(tally - 1, CueTags.Tally) && ctx.Has(tally - 2, CueTags.TallyReach)))
            return true;
        return ctx.Before(q.FirstToken - 1, Math.Max(seg.FirstToken, q.FirstToken - 6), CueTags.TallyReach) >= 0;
    }
}
