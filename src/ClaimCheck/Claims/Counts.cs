using ClaimCheck.Lexicons;
using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>
/// The counts of a sentence: each quantity that counts something is read with its counted noun (<see cref="CountedNoun"/>) and
/// its harm (<see cref="CasualtyRules.FindHarm"/>) and handed to the vehicle, casualty or evacuee rules; a count may continue the
/// one before it (a breakdown joined by و, a coordination, a partitive), whose kind, harm or action it then shares.
/// </summary>
internal static class Counts
{
    /// <summary>How many tokens a و-joined group count may stand from the casualty count it continues.</summary>
    private const int ContinuedBreakdown = 16;

    /// <summary>
    /// The count claims of sentence <paramref name="s"/>, added to <paramref name="claims"/>. <paramref name="carried"/> is the last casualty
    /// count of the sentence before: a sentence that opens with a partitive ("… و24 مدنيا. بينهم ثلاثة أطفال") continues it.
    /// Returns this sentence's last casualty count, for the next one.
    /// </summary>
    internal static Claim? Extract(ReportContext ctx, int s, List<Claim> claims, Claim? carried = null)
    {
        var doc = ctx.Doc;
        var seg = doc.Sentences[s];
        Claim? previous = carried is not null && ctx.Has(ctx.SkipPunct(seg.FirstToken, seg.EndToken), CueTags.Partitive) ? carried : null;
        int previousEnd = -1;
        bool previousPartitive = false;
        for (int qi = Sorted.LowerBound(ctx.Quantities, seg.FirstToken, m => m.FirstToken); qi < ctx.Quantities.Count && ctx.Quantities[qi].FirstToken < seg.EndToken; qi++)
        {
            var q = ctx.Quantities[qi];
            if (q.Kind != NumberKind.Count || OneAsAdjective(ctx, q) || VagueAfterOtherNoun(ctx, q)) continue;
            // "بينهم مئة وواحد وعشرون 121 طفلاً", "ثلاثون (30) مدنيا": digits restating the words count nothing more.
            if (qi > 0 && Restates(ctx, ctx.Quantities[qi - 1], seg) is var restated && restated == q) continue;
            var cues = new List<string>(q.Cues);
            var noun = CountedNoun.Find(ctx, q, seg, previous);
            bool partitive = ctx.Has(q.FirstToken - 1, CueTags.Partitive) || ctx.Has(q.FirstToken - 2, CueTags.Partitive);
            bool joined = previous is not null && q.FirstToken - previousEnd <= 4 && Coordinated(ctx, previousEnd, q.FirstToken);
            var harm = CasualtyRules.FindHarm(ctx, q, noun, seg);
            bool countOfThem = noun.Cue is null && ctx.Word(q.FirstToken - 1, FunctionWords.Default.CountOfThem);
            // "ارتفع عدد المهجرين إلى 8 آلاف", "بلغ عدد من خرجوا نحو 6 آلاف": a tally of those who left counts people, named or not.
            // "بلغ نحو 4700 هم أكثر من 1300 مقاتل", "3391 بينهم أطفال ونساء": a partitive after the bare figure breaks it down.
            bool leaversTally = noun.Cue is null && !partitive && harm.Harm is null
                && (EvacueeRules.TallyOfLeavers(ctx, q, seg, strict: true) >= 0 || EvacueeRules.ReachedTallyOfLeavers(ctx, q, seg) >= 0)
                && (q.EndToken >= seg.EndToken || ctx.Doc.Tokens[q.EndToken].Kind != TokenKind.Word || ctx.Word(q.EndToken, FunctionWords.Default.AfterBareCount)
                    || ctx.Has(q.EndToken, CueTags.Partitive));
            // "وبذلك يرتفع إلى 9 مجموع العائلات التي غادرت المخيم": a tally of leavers told after its bare figure; its group names who.
            var tallyAfter = noun.Cue is null && !partitive && harm.Harm is null ? EvacueeRules.TallyAfterFigure(ctx, q, seg) : (Cue: -1, Group: -1);
            leaversTally |= tallyAfter.Cue >= 0;
            // "وينتظر الآلاف مغادرة الأحياء الشرقية": a bare figure that waits for its own departure counts people.
            leaversTally |= noun.Cue is null && !partitive && harm.Harm is null && ctx.Has(q.FirstToken - 1, CueTags.ActionWaiting)
                && ctx.Has(q.EndToken, CueTags.EvacNoun) && !EvacuationRules.PurposeClitic(ctx, q.EndToken);
            // "على متنها أكثر من 3200 هم مئات من المقاتلين": a bare figure carried by vehicles and broken down after it counts people.
            leaversTally |= noun.Cue is null && !partitive && harm.Harm is null && ctx.Has(q.EndToken, CueTags.Partitive)
                && EvacueeRules.CueBefore(ctx, q, seg) is var carry && carry >= 0 && ctx.Has(carry, CueTags.Carry);
            // "بينهم 49 طفلاً دون العاشرة، و32 امرأة", "مقتل 37 شخصاً … في السوق، وسبعة آخرين": a group count joined by و continues the casualty
            // breakdown before it, farther than a plain coordination, when it names no harm of its own.
            if (!joined && previous?.Kind == ClaimKind.Casualties && noun.Cue?.Value(CueTags.Group) is not null && harm.Harm is null
                && q.FirstToken - previousEnd <= ContinuedBreakdown && ConjoinedNumber(ctx, q) && !LinkBetween(ctx, previousEnd, q.FirstToken))
                joined = true;
            // "تم إجلاء 338 شخصا من الفوعة، و126 شخصا من الزبداني", "خروج 8 آلاف عنصر من جيش الإسلام و40 ألف مدني": a group count joined by و
            // past the من-phrase or place of an evacuee count before it continues that count, with no verb, saying or other count between.
            if (!joined && previous?.Kind == ClaimKind.Evacuees && noun.Cue?.Value(CueTags.Group) is not null and not "soldiers" && harm.Harm is null
                && q.FirstToken - previousEnd <= ContinuedEvacuees && ConjoinedNumber(ctx, q) && OnlyPhrasesBetween(ctx, previousEnd, q.FirstToken))
                joined = true;
            // "أقلت الحافلات 400 مقاتل و428 عائلة (1458 رجل، 657 امرأة)": a count opening a bracket right after an evacuee count's noun
            // breaks that count down, and shares what its people did.
            if (!joined && previous?.Kind == ClaimKind.Evacuees && noun.Cue?.Value(CueTags.Group) is not null && harm.Harm is null
                && q.FirstToken - 1 > previousEnd && q.FirstToken - 1 - previousEnd <= 2 && doc.IsPunct(q.FirstToken - 1, '('))
                joined = true;
            // "مقتل 20 شخصاً … في حمورية، و4 في سقبا، و3 في جسرين": a bare number joined by و and set in a place of its own continues the
            // casualty breakdown before it, of the same victims.
            bool placeBreakdown = noun.Cue is null && q.DualNoun is null && !partitive && previous?.Kind == ClaimKind.Casualties
                && q.FirstToken - previousEnd <= ContinuedBreakdown && ConjoinedNumber(ctx, q) && !LinkBetween(ctx, previousEnd, q.FirstToken)
                && (ctx.Word(q.EndToken, FunctionWords.Default.In) && (ctx.PlaceStartsAt(q.EndToken + 1) || ctx.Resources.Places.IsPlaceWord(doc, q.EndToken + 1))
                    // "منهم 12 في القصف الجوي، وأربعة بسبب انفجار لغم": or in a cause of its own, after a breakdown's partitive.
                    || ctx.Word(q.EndToken, FunctionWords.Default.CauseLinks) && previousPartitive);
            joined |= placeBreakdown;
            // "وإصابة 30 آخرين بجروح، وخرج 200 مدني من البلدة": a count past a verb of leaving continues no casualty count.
            if (joined && previous?.Kind == ClaimKind.Casualties && CasualtyRules.LeavingBetween(ctx, previousEnd - 1, q.FirstToken)) joined = false;
            Claim? claim = null;
            if (noun.Cue?.Value(CueTags.Vehicle) is { } vehicle)
            {
                cues.Add("noun:" + ClaimBuilder.Original(doc, noun.Token, noun.End));
                claim = VehicleRules.FromCount(ctx, s, q, noun, vehicle, cues);
            }
            else if (noun.Cue is not null || partitive || harm.Tally >= 0 || harm.Bare || countOfThem || leaversTally || placeBreakdown)
            {
                if (noun.Cue is not null) cues.Add("noun:" + ClaimBuilder.Original(doc, noun.Token, noun.End));
                // "مشيراً إلى أن عددهم نحو مئتين، وقد خرجوا": the count of a party named earlier, whoever they are.
                string? group = noun.Cue?.Value(CueTags.Group)
                    ?? (tallyAfter.Group >= 0 ? ctx.StartCue(tallyAfter.Group)!.Value(CueTags.Group) : null)
                    ?? (countOfThem || leaversTally ? "people" : null);
                bool harmNoun = noun.Cue is { } nc && (nc.Has(CueTags.KilledNoun) || nc.Has(CueTags.WoundedNoun));
                // Wounded people taken out ("إخراج 30 جريحاً") or carried on vehicles ("70 جريحاً على متن سيارات إسعاف", "نقلت سيارات الإسعاف
                // 30 جريحاً إلى …") are evacuees; taken to a hospital ("تم نقل 35 جريحا إلى المستشفى") they are a medical transfer.
                bool evacuatedWounded = noun.Cue?.Has(CueTags.WoundedNoun) == true
                    && (EvacueeRules.CueBefore(ctx, q, seg) is var leave && leave >= 0
                        && (ctx.Has(leave, CueTags.EvacVerb) || ctx.Has(leave, CueTags.Carry) && !ctx.Has(leave, CueTags.TakeAlong))
                        && !EvacueeRules.ToHospital(ctx, Math.Max(noun.End, q.EndToken), Math.Min(seg.EndToken, Math.Max(noun.End, q.EndToken) + 6))
                        || EvacueeRules.OnBoard(ctx, Math.Max(noun.End, q.EndToken), seg)
                        || EvacueeRules.CarriedBy(ctx, q, Math.Max(noun.End, q.EndToken), seg) >= 0
                        // "عدد المغادرين 670 شخصا، منهم 331 مدنيا و26 جريحا و308 مسلحين": the wounded listed among or beside people who leave.
                        || (joined || partitive) && previous?.Kind == ClaimKind.Evacuees && !LinkBetween(ctx, previousEnd, q.FirstToken));
                // "تقل 900 شخص بينهم جرحى", "بينهم 400 مسلح وعدد من المصابين", "…والجرحى، بالإضافة إلى 150 من مقاتلي المعارضة خرجوا":
                // the wounded among or beside people who leave do not make them a casualty count.
                if (!harmNoun && harm.Tally < 0 && EvacueesBesideWounded(ctx, q, noun, harm, seg, partitive && previous?.Kind == ClaimKind.Evacuees))
                    harm = new CasualtyRules.HarmCue(null, -1, -1);
                // "… منهم 331 مدنيا و26 جريحا و308 مسلحين": the harm noun of a sibling before it in a list of evacuees is not this count's.
                else if (!harmNoun && harm.Tally < 0 && joined && previous?.Kind == ClaimKind.Evacuees && harm.Verb >= 0 && harm.Verb < q.FirstToken
                         && CasualtyRules.IsHarmNoun(ctx, harm.Verb))
                    harm = new CasualtyRules.HarmCue(null, -1, -1);
                bool harmed = harmNoun || harm.Verb >= 0 || harm.Tally >= 0;
                // An illness or an event remembered: its victims are neither war casualties nor evacuees ("في ذكرى المجزرة التي قتل فيها 200 شخص، خرج …").
                bool notWar = CasualtyRules.NotWarToll(ctx, q, seg);
                if (!evacuatedWounded && (harmed || (partitive || joined) && previous?.Kind == ClaimKind.Casualties) && !notWar)
                    claim = CasualtyRules.FromCount(ctx, s, q, noun, harm, harm.Harm is null && (partitive || joined) ? previous : null, cues);
                // "أفرج عن 200 معتقل": detainees set free are no evacuees.
                else if (!(notWar && harmed) && ((group is not null && group is not "soldiers" && noun.Cue?.Has(CueTags.Detainee) != true) || evacuatedWounded))
                    // "وخرج نحو 500 مسلح، فيما بقي نحو 200 آخرين": past a clause link the count is of a clause of its own.
                    claim = EvacueeRules.FromCount(ctx, s, q, noun, evacuatedWounded ? "people" : group!,
                        (joined || partitive) && previous?.Kind == ClaimKind.Evacuees && !LinkBetween(ctx, previousEnd, q.FirstToken) ? previous : null, cues);
            }
            // "قتل 33 عنصرا من تنظيم داعش، بينهم ثلاثة قياديين": a subset that names no group of its own is of the group it is taken from.
            if (claim is { Kind: ClaimKind.Casualties } && partitive) claim = OfTheWhole(claim, noun, previous, cues);
            if (claim is { Kind: ClaimKind.Casualties } && placeBreakdown) claim = claim with { Subject = previous!.Subject };
            if (claim is { Kind: ClaimKind.Casualties } && CasualtyRules.RiseFromTo(ctx, q, seg, harm.Tally))
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
                previousPartitive = partitive;
            }
        }
        Claim? last = previous?.Kind == ClaimKind.Casualties ? previous : null;
        // Victims no number counts: "أصيب صبي بجروح", "بينهم طفل", "أوقع عددا من القتلى", "وإصابة عدد آخر بجراح".
        for (int k = seg.FirstToken; k < seg.EndToken; k++)
        {
            var (q, noun) = CasualtyRules.Unnumbered(ctx, k, seg);
            if (q is null) continue;
            var harm = CasualtyRules.FindHarm(ctx, q, noun, seg);
            bool harmNoun = noun.Cue is { } nc && (nc.Has(CueTags.KilledNoun) || nc.Has(CueTags.WoundedNoun));
            // "بينهم طفل وامرأة": a singular joined by و continues the count before it, as a partitive's does.
            bool conjoined = ctx.Doc.TokenText(q.FirstToken)[0] == '\u0648';
            Claim? continues = ctx.Has(q.FirstToken - 1, CueTags.Partitive) || conjoined ? LastCasualty(claims) ?? carried : null;
            if (!harmNoun && harm.Verb < 0 && harm.Tally < 0 && continues is null || CasualtyRules.NotWarToll(ctx, q, seg)) continue;
            var cues = new List<string>(q.Cues);
            if (noun.Cue is not null) cues.Add("noun:" + ClaimBuilder.Original(doc, noun.Token, noun.End));
            var one = CasualtyRules.FromCount(ctx, s, q, noun, harm, harm.Harm is null ? continues : null, cues);
            // A sibling joined by و is no whole the singular is taken from: "بينهم طفلتان ورجل" keeps the man's own group.
            claims.Add(continues is not null && !conjoined ? OfTheWhole(one, noun, continues, cues) : one);
            k = q.EndToken - 1;
        }
        return last;
    }

    /// <summary>
    /// Whether the only harm of a count of people who leave is a wounded or killed noun that is not theirs: after the count past a
    /// partitive or a conjunct ("تقل 900 شخص بينهم جرحى" counts people among whom are wounded; "بينهم 400 مسلح وعدد من المصابين" names the
    /// wounded apart), with a cue of leaving before the count or an evacuee count it is a subset of (<paramref name="ofEvacuees"/>); or
    /// before the count, past a clause break, when the count has a plural verb of leaving of its own ("معظمهم من النساء والجرحى، بالإضافة
    /// إلى 150 من مقاتلي المعارضة خرجوا").
    /// </summary>
    private static bool EvacueesBesideWounded(ReportContext ctx, QuantityMention q, CountedNoun noun, CasualtyRules.HarmCue harm, Segment seg, bool ofEvacuees)
    {
        if (harm.Harm is null || harm.Verb < 0 || !CasualtyRules.IsHarmNoun(ctx, harm.Verb) || noun.Cue?.Value(CueTags.Group) is null or "soldiers" || noun.Before) return false;
        int nounEnd = Math.Max(noun.End, q.EndToken);
        if (harm.Verb >= nounEnd)
        {
            bool apart = false;
            for (int k = nounEnd; k < harm.Verb && !apart; k++)
                apart = ctx.Has(k, CueTags.Partitive) || ctx.Doc.Tokens[k].Kind == TokenKind.Word && ctx.Doc.TokenText(k) is { Length: > 2 } w && w[0] == '\u0648';
            return apart && (ofEvacuees || EvacueeRules.CueBefore(ctx, q, seg) >= 0);
        }
        if (harm.Verb >= q.FirstToken) return false;
        bool broken = false;
        for (int k = harm.Verb + 1; k < q.FirstToken && !broken; k++) broken = ctx.ClauseBreak(k);
        return broken && EvacueeRules.LeavingPredicateAfter(ctx, nounEnd, seg);
    }

    /// <summary>
    /// A subset that names no party of its own is of the party it is taken from: "قتل 33 عنصرا من تنظيم داعش، بينهم ثلاثة قياديين"
    /// (isis), "… من جبهة النصرة، بينهم ضابط" (not the army's). A subset of people or unnamed victims takes any group of the whole
    /// ("قتل 14 مدنيا بينهم ثلاثة"); one of fighters or soldiers takes only an armed party's.
    /// </summary>
    private static Claim OfTheWhole(Claim part, CountedNoun noun, Claim? whole, List<string> cues)
    {
        if (whole is not { Kind: ClaimKind.Casualties, Subject: { } of } || of == "people" || cues.Exists(c => c.StartsWith("party:", StringComparison.Ordinal))) return part;
        string? group = noun.Cue?.Value(CueTags.Group);
        bool unnamed = group is null or "people";
        bool armed = group is "fighters" or "soldiers" && of is not ("civilians" or "children" or "women" or "families" or "fighters");
        return unnamed || armed ? part with { Subject = of } : part;
    }

    /// <summary>
    /// The quantity that restates <paramref name="q"/> right after it, in digits after words or words after digits, bare or in
    /// parentheses ("مئة وواحد وعشرون 121", "ثلاثون (30)"); null if none.
    /// </summary>
    internal static QuantityMention? Restates(ReportContext ctx, QuantityMention q, Segment seg)
    {
        int next = ctx.SkipPunct(q.EndToken, seg.EndToken);
        if (next >= seg.EndToken || q.Kind != NumberKind.Count) return null;
        if (ctx.QuantityStartingAt(next) is not { Kind: NumberKind.Count } r) return null;
        if (r.Quantity.Min != q.Quantity.Min || r.Quantity.Max != q.Quantity.Max || r.Quantity.Qualifier != QuantityQualifier.Exact) return null;
        bool wordsFirst = ctx.Doc.Tokens[q.FirstToken].Kind == TokenKind.Word, digitsNext = ctx.Doc.Tokens[r.FirstToken].Kind == TokenKind.Number;
        // "مواطنان اثنان", "مسعفان اثنان": the number word after a dual repeats it.
        if (q.DualNoun is not null && !digitsNext && r.EndToken - r.FirstToken == 1 && next == q.EndToken) return r;
        return wordsFirst == digitsNext ? r : null;
    }

    /// <summary>The last casualty count of the sentence's claims so far; null if none.</summary>
    private static Claim? LastCasualty(List<Claim> claims)
    {
        Claim? last = null;
        foreach (var c in claims)
            if (c.Kind == ClaimKind.Casualties && c.Quantity is not null) last = c;
        return last;
    }

    /// <summary>The count is joined by a و of its own: "و32 امرأة", "و 32 امرأة", "وسبعة آخرين" (not "وخرج 300 مقاتل").</summary>
    internal static bool ConjoinedNumber(ReportContext ctx, QuantityMention q)
    {
        if (ctx.Word(q.FirstToken - 1, FunctionWords.Default.And)) return true;
        var span = ctx.Doc.Tokens[q.FirstToken];
        return ctx.Doc.Tokens[q.FirstToken].Kind == TokenKind.Word && ctx.Doc.Text[span.Start] == '\u0648' && q.Span.Start > span.Start;
    }

    /// <summary>How many tokens a و-joined group count may stand from the evacuee count it continues.</summary>
    private const int ContinuedEvacuees = 18;

    /// <summary>
    /// Only nouns, places, prepositions and commas in [from, to): no number, clause link, full stop, saying, verb of leaving,
    /// arriving, moving or harm, negation, plan or waiting ("338 شخصا من الفوعة وكفريا، و126", not "500 مسلح، فيما بقي 200").
    /// </summary>
    private static bool OnlyPhrasesBetween(ReportContext ctx, int from, int to)
    {
        if (LinkBetween(ctx, from, to)) return false;
        for (int k = from; k < to; k++)
        {
            if (ctx.Doc.Tokens[k].Kind == TokenKind.Number) return false;
            if (ctx.StartCue(k) is { } c && (c.Has(CueTags.Say) || c.Has(CueTags.EvacVerb) || c.Has(CueTags.ArriveVerb) || c.Has(CueTags.MoveVerb)
                || c.Has(CueTags.WithdrawVerb) || c.Has(CueTags.Killed) || c.Has(CueTags.Wounded) || c.Has(CueTags.KilledWounded) || c.Has(CueTags.Negation)
                || c.Has(CueTags.Planned) || c.Has(CueTags.ActionWaiting) || c.Has(CueTags.Carry) || c.Has(CueTags.Partitive) || c.Has(CueTags.EvacNoun))) return false;
        }
        return true;
    }

    /// <summary>A clause link ("فيما", "بينما", "حين") or a full stop between two tokens.</summary>
    private static bool LinkBetween(ReportContext ctx, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (ctx.HappeningLink(k) || ctx.Doc.IsPunct(k, '.') || ctx.Doc.IsPunct(k, ':')) return true;
        return false;
    }

    /// <summary>Two counts joined by و, مع, مقابل or a comma ("1500 مقاتل مع 3500 من عائلاتهم").</summary>
    private static bool Coordinated(ReportContext ctx, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (ctx.Doc.Tokens[k].Kind == TokenKind.Word && FunctionWords.Default.CountJoiners.Contains(ctx.Doc.TokenText(k)) || ctx.Doc.IsPunct(k, ',')) return true;
        return to > from && ctx.Doc.TokenText(to).StartsWith('\u0648');
    }

    /// <summary>
    /// A vague word after a noun that is neither people nor vehicles ("مناطق عدة", "مصادر عدة", "مرات عدة") counts that noun, not victims
    /// or evacuees; after a counted noun ("حافلات عدة") it is read with it.
    /// </summary>
    internal static bool VagueAfterOtherNoun(ReportContext ctx, QuantityMention q)
    {
        var doc = ctx.Doc;
        // Only عدة follows its noun as an adjective; عشرات and مئات head the noun after them ("وجود عشرات المصابين").
        if (q.Quantity.Qualifier != QuantityQualifier.Vague || q.EndToken - q.FirstToken != 1 || !ctx.Word(q.FirstToken, FunctionWords.Default.PostposedVague)) return false;
        int before = q.FirstToken - 1;
        if (before < 0 || doc.Tokens[before].Kind != TokenKind.Word || CasualtyRules.InQuantity(ctx, before)) return false;
        // A noun of people or vehicles, or a harm word, before it is what it counts or tells ("حافلات عدة", "قتل عدة").
        if (ctx.CueAt(before) is { } cue && (CountedNoun.IsNounCue(cue) || cue.Has(CueTags.Killed) || cue.Has(CueTags.Wounded) || cue.Has(CueTags.KilledWounded)
                                             || cue.Has(CueTags.EvacVerb) || cue.Has(CueTags.EvacSelf) || cue.Has(CueTags.Say))) return false;
        string w = doc.TokenText(before);
        return doc.Tokens[q.FirstToken].Start - doc.Tokens[before].End <= 1 && !FunctionWords.Default.TopicStopWords.Contains(w)
               && !FunctionWords.Default.HarmVerbAdjuncts.Contains(w) && !w.StartsWith('\u0648');
    }

    /// <summary>
    /// "واحد"/"واحدة" after a noun that counts nothing ("دفعة واحدة", "في آن واحد") or in a من-phrase ("من عائلة واحدة") is the
    /// adjective "one", not a count; after a counted noun ("شخص واحد") or a harm word it still counts.
    /// </summary>
    private static bool OneAsAdjective(ReportContext ctx, QuantityMention q)
    {
        var doc = ctx.Doc;
        if (q.Quantity.Min != 1 || q.Quantity.Max != 1 || q.EndToken - q.FirstToken != 1 || doc.Tokens[q.FirstToken].Kind != TokenKind.Word) return false;
        int before = q.FirstToken - 1;
        return before >= 0 && doc.Tokens[before].Kind == TokenKind.Word && doc.Tokens[q.FirstToken].Start - doc.Tokens[before].End <= 1
            && !FunctionWords.Default.OneCountedAfter.Contains(doc.TokenText(before))
            && (ctx.CueAt(before) is null || ctx.Word(before - 1, FunctionWords.Default.From)
                // "دفعة واحدة من المسلحين", "قافلة واحدة": one batch, not one of the people after it (a noun of people or
                // vehicles before it is what it counts: "مقاتل واحد", "حافلة واحدة").
                || ctx.StartCue(before) is { } batch && ctx.CueEnd(before) == q.FirstToken && batch.Has(CueTags.PeopleBatch)
                // "من أفراد عائلة واحدة": a group noun between من and the one it qualifies.
                || ctx.Word(before - 2, FunctionWords.Default.From) && ctx.StartCue(before - 1)?.Value(CueTags.Group) is not null && ctx.CueEnd(before - 1) == before);
    }
}
