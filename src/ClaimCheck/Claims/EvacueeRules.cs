using ClaimCheck.Lexicons;
using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>
/// Evacuee counts ("خروج 300 مقاتل", "1500 مقاتل مع 3500 من عائلاتهم"): a count of people with an evacuation cue before or after
/// it, departed, arrived or planned. One rule set of <see cref="ClaimExtractor"/>.
/// </summary>
internal static class EvacueeRules
{
    /// <summary>How many tokens from a count an evacuation cue may stand.</summary>
    private const int EvacuationCueWindow = 10;

    /// <summary>How far before its count a singular verb of leaving may stand, past a place or a time ("وخرج عبر معبر مخيم الوافدين 150 مدنيا").</summary>
    private const int InvertedSubjectWindow = 10;

    /// <summary>How far before "عددهم" and its count the verb of leaving whose party it counts may stand.</summary>
    private const int CountOfThemWindow = 9;

    /// <summary>How far after a count a plural verb of leaving may stand when a long من-phrase separates them.</summary>
    private const int LongSubjectWindow = 20;

    /// <summary>The evacuee claim of count <paramref name="q"/> of <paramref name="group"/>, or null when no evacuation cue stands near it (and it continues no evacuee count), or the departure is a load per vehicle, refused or negated.</summary>
    internal static Claim? FromCount(ReportContext ctx, int s, QuantityMention q, CountedNoun noun, string group, Claim? coordinatedWith, List<string> cues)
    {
        var seg = ctx.Doc.Sentences[s];
        int cue = CueBefore(ctx, q, seg);
        int nounEnd = Math.Max(noun.End, q.EndToken);
        // After the noun: a verb of leaving ("… وعائلاتهم جرى نقلهم", "سيخرجون"), people heading or arriving somewhere ("300 مقاتل
        // توجهوا إلى", "وصلوا"), the batch they were in, or "للخروج" close by.
        for (int k = nounEnd; cue < 0 && k < Math.Min(seg.EndToken, nounEnd + EvacuationCueWindow); k++)
        {
            // "وشارك 500 شخص في مظاهرة خرجت في البلدة": what went out is not the people counted.
            if (ctx.Has(k, CueTags.NotParty)) break;
            if (ctx.Has(k, CueTags.EvacVerb) || ctx.Has(k, CueTags.EvacSelf) || ctx.Has(k, CueTags.PeopleBatch)
                || (ctx.Has(k, CueTags.ArriveVerb) || ctx.Has(k, CueTags.MoveVerb)) && !Entering(ctx, k) && ctx.IsPluralVerb(k, ctx.StartCue(k)!)) cue = k;
            else if ((k < nounEnd + 3 || ctx.Has(k - 1, CueTags.Begin) || ctx.Has(k - 1, CueTags.ActionWaiting)) && ctx.Has(k, CueTags.EvacNoun)
                     // "أثناء محاولتهم الخروج": a departure attempted has not happened.
                     && !ctx.Has(k - 1, CueTags.Hypothetical) && !ctx.Has(k - 1, CueTags.Attempt)) cue = k;
            // "وبقي قرابة 400 مقاتل بانتظار الحافلات": people waiting for the buses that will take them.
            else if (k == nounEnd && ctx.Has(k, CueTags.ActionWaiting) && ctx.StartCue(ctx.CueEnd(k))?.Value(CueTags.Vehicle) is "buses") cue = k;
            else if (k == nounEnd && OnBoard(ctx, k, seg)) cue = k;
            // "ولا يزال 4000 مسلح من جيش الإسلام وعائلاتهم ينتظرون في شوارع دوما قدوم الحافلات": people waiting for the buses or their departure.
            else if (ctx.StartCue(k) is { } w && w.Has(CueTags.ActionWaiting) && ctx.IsPluralVerb(k, w) && WaitedForLeaving(ctx, ctx.CueEnd(k), seg)) cue = k;
            // "600 عائلة مهجرة من عرسال تستقر في ريف حلب", "واستقبل المخيم 800 شخص من المهجرين": people the count describes as evacuees.
            else if ((k == nounEnd || k == nounEnd + 1 && ctx.Word(nounEnd, FunctionWords.Default.From)) && ctx.Has(k, CueTags.EvacueeNoun) && !ctx.Has(k, CueTags.Planned)) cue = k;
        }
        // A plural verb of leaving or arriving whose subject is the count, past a long من-phrase and place ("قرابة 600 شخص من
        // المقاتلين وعائلاتهم وعدد من الجرحى من بلدة … وصلوا"): within the clause, with no other count between.
        for (int k = nounEnd + EvacuationCueWindow; cue < 0 && k < Math.Min(seg.EndToken, nounEnd + LongSubjectWindow); k++)
        {
            if (ctx.ClauseBreak(k) || ctx.Doc.Tokens[k].Kind == TokenKind.Number || ctx.Doc.IsPunct(k, '.')) break;
            if (ctx.StartCue(k) is { } c && (c.Has(CueTags.EvacVerb) || c.Has(CueTags.ArriveVerb) || c.Has(CueTags.MoveVerb)) && ctx.IsPluralVerb(k, c)
                && NoCountBetween(ctx, nounEnd, k)) cue = k;
        }
        if (cue < 0) cue = CarriedBy(ctx, q, nounEnd, seg);
        if (cue < 0) cue = SharedLeavingPredicate(ctx, nounEnd, seg);
        bool gathered = false;
        if (cue < 0 && GatheredToLeave(ctx, q, nounEnd, seg) is var gather && gather >= 0) (cue, gathered) = (gather, true);
        // "انسحاب المئات من مقاتلي التنظيم تحت وطأة الضغط": a withdrawal is a departure only under a deal.
        if (cue >= 0 && ctx.Has(cue, CueTags.WithdrawVerb) && !EvacuationRules.WithdrawalUnderDeal(ctx, seg)) cue = -1;
        // People taken along by those who leave leave with them, whatever drove the leaving.
        if (cue < 0) cue = TakenAlong(ctx, q, seg);
        // "300 عنصر من داعش", "سبعين مقاتلاً من التنظيم": the armed party the fighters counted are of names them; the regime's
        // forces do not leave under a deal, they move in ("ودخل 300 عنصر من الجيش إلى الحي").
        if (group == "fighters" && PartyOf(ctx, noun, nounEnd, seg) is { } party)
        {
            if (party == "regime-forces") return null;
            group = party;
        }
        // "قرابة 700 مقاتل ومدني": two groups counted together are people ("1200 مسلح وعائلاتهم" counts the fighters).
        if (CasualtyRules.TwoGroups(ctx, noun, group, seg, q) && ctx.StartCue(noun.End)?.Value(CueTags.Group) != "families") group = "people";
        if (cue < 0 && coordinatedWith is null) return null;
        // "إخراج ثلاثة أطفال أحياء من تحت الركام": people pulled out of rubble are rescued, not evacuated.
        if (cue >= 0 && !ctx.Has(cue, CueTags.ArriveVerb) && EvacuationRules.FromRubble(ctx, nounEnd, seg)) return null;
        // "وتحمل كل حافلة 40 شخصاً", "وتقل الحافلة الواحدة 50 راكبا": a load per vehicle, not a count of people who left.
        if (cue >= 0 && ctx.Has(cue, CueTags.Carry) && (IsEach(ctx, cue + 1) || IsEach(ctx, cue + 2) || IsEach(ctx, cue - 1) || IsEach(ctx, cue - 2))) return null;
        // "رفض 200 مقاتل الخروج", "لم يخرج", "لم يتمكن نحو 200 مدني من مغادرة": a refused or negated departure evacuates nobody;
        // but "لم يخرج سوى 50 شخصا" (only 50 left) restricts it.
        if (!ctx.Word(q.FirstToken - 1, FunctionWords.Default.Exceptives)
            && (ctx.Before(q.FirstToken - 1, Math.Max(seg.FirstToken, q.FirstToken - 3), CueTags.Negation) >= 0 || (cue > 0 && ctx.WordOrConjoined(cue - 1, FunctionWords.Default.PastNegation))
                || NegatedBefore(ctx, q.FirstToken, seg))) return null;
        if (cue >= 0) cues.Add("evacuation:" + ClaimBuilder.Original(ctx.Doc, cue, ctx.CueEnd(cue)));
        else cues.Add("coordinated:" + coordinatedWith!.QuantityText);
        bool planned = ctx.Before(q.FirstToken - 1, Math.Max(seg.FirstToken, q.FirstToken - EvacuationCueWindow), CueTags.Planned) >= 0
                       || (cue >= 0 && ctx.Has(cue, CueTags.Planned))
                       // "عدد المقاتلين … المقرر خروجهم … يبلغ نحو 3000": the tally's verbal noun of leaving is planned.
                       || (cue > 0 && ctx.Has(cue, CueTags.EvacNoun) && ctx.Has(cue - 1, CueTags.Planned))
                       || ctx.After(nounEnd, Math.Min(seg.EndToken, nounEnd + 3), CueTags.Planned) >= 0;
        // "ولا يزال 3000 شخص ينتظرون دورهم للخروج", "بانتظار إجلاء 500 مدني": people still waiting to leave.
        bool waiting = !planned && (gathered || ctx.After(nounEnd, Math.Min(seg.EndToken, nounEnd + 3), CueTags.ActionWaiting) >= 0 || cue >= 0 && ctx.Has(cue, CueTags.ActionWaiting)
                                    || ctx.Before(q.FirstToken - 1, Math.Max(seg.FirstToken, q.FirstToken - 4), CueTags.ActionWaiting) >= 0);
        string action = planned ? "planned"
            : waiting ? "waiting"
            : cue >= 0 && (ctx.Has(cue, CueTags.ActionArrived) && !ctx.Has(cue, CueTags.EvacVerb) || ctx.Has(cue, CueTags.Carry) && ArrivalBefore(ctx, cue, seg)) ? "arrived"
            : coordinatedWith?.Action ?? "departed";
        int first = Math.Min(cue >= 0 ? cue : q.FirstToken, Math.Min(q.FirstToken, noun.Token));
        int end = Math.Max(nounEnd, cue >= 0 ? ctx.CueEnd(cue) : nounEnd);
        var claim = ClaimBuilder.BuildCount(ctx, s, ClaimKind.Evacuees, first, end, q, cues) with
        {
            Subject = group,
            Action = action,
        };
        return Exceeded(ctx, q, seg) ? claim with { Quantity = new Quantity(q.Quantity.Min + 1, null, q.Quantity.Min + 1, QuantityQualifier.MoreThan) } : claim;
    }

    /// <summary>
    /// A past negation within the three words before the count ("لم يتمكن نحو 200 مدني من مغادرة", "ولم تستطع 50 عائلة الخروج"),
    /// with no clause break between.
    /// </summary>
    private static bool NegatedBefore(ReportContext ctx, int count, Segment seg)
    {
        for (int k = count - 1; k >= Math.Max(seg.FirstToken, count - 3); k--)
        {
            if (ctx.ClauseBreak(k) || ctx.Doc.Tokens[k].Kind == TokenKind.Punct) return false;
            if (ctx.WordOrConjoined(k, FunctionWords.Default.PastNegation)) return true;
        }
        return false;
    }

    /// <summary>How far after a gathered count its purpose of leaving may be told ("تجمع المئات من أهالي الحي …، استعداداً للخروج").</summary>
    private const int GatheredPurposeWindow = 24;

    /// <summary>
    /// People who gather to leave: a verb of gathering just before the count ("تجمع المئات من أهالي الحي", "واحتشد نحو 500 شخص")
    /// and, later in the sentence, their leaving or the buses waited for ("استعداداً للخروج", "بانتظار الحافلات"). The verb's token,
    /// or -1; a gathering for anything else ("احتجاجا على القصف") counts no evacuees.
    /// </summary>
    private static int GatheredToLeave(ReportContext ctx, QuantityMention q, int nounEnd, Segment seg)
    {
        int verb = -1;
        for (int k = q.FirstToken - 1, words = 0; k >= seg.FirstToken && words < 2 && verb < 0; k--)
        {
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) break;
            words++;
            if (ctx.StartCue(k)?.Value(CueTags.Action) == "gathered") verb = k;
        }
        if (verb < 0) return -1;
        for (int k = nounEnd; k < Math.Min(seg.EndToken, nounEnd + GatheredPurposeWindow); k++)
        {
            if (ctx.Doc.IsPunct(k, '.') || ctx.Doc.Tokens[k].Kind == TokenKind.Number || ctx.Has(k, CueTags.NotParty)) return -1;
            if (ctx.Has(k, CueTags.EvacNoun) && !ctx.Has(k - 1, CueTags.Hypothetical) && !ctx.Has(k - 1, CueTags.Attempt)) return verb;
            if (ctx.Has(k, CueTags.ActionWaiting) && ctx.StartCue(ctx.CueEnd(k))?.Value(CueTags.Vehicle) is "buses") return verb;
        }
        return -1;
    }

    /// <summary>How far before its figure the tally a verb of exceeding governs may stand.</summary>
    private const int ExceededTallyWindow = 12;

    /// <summary>
    /// An exact figure after عن or على that a tally exceeds, the verb of exceeding right before the tally ("ويزيد عدد المهجرين من وادي
    /// بردى عن ألفي شخص": more than 2000), with no full stop or clause link between.
    /// </summary>
    private static bool Exceeded(ReportContext ctx, QuantityMention q, Segment seg)
    {
        if (q.Quantity.Qualifier != QuantityQualifier.Exact || q.FirstToken - 1 < seg.FirstToken || !ctx.Word(q.FirstToken - 1, FunctionWords.Default.ExceedLinks)) return false;
        for (int k = q.FirstToken - 2; k > seg.FirstToken && k >= q.FirstToken - ExceededTallyWindow; k--)
        {
            if (ctx.Doc.IsPunct(k, '.') || ctx.HappeningLink(k)) return false;
            if (ctx.Has(k, CueTags.Tally)) return ctx.WordOrConjoined(k - 1, FunctionWords.Default.ExceedVerbs);
        }
        return false;
    }

    /// <summary>
    /// An evacuation cue at most two words before the number ("خرج خلاله عشرات", "إخراج نحو 1500", "البالغ عددهم", "وضمت الدفعة
    /// الأولى 800"), not counting a preposition nor the words of a date, which stand between a verb and its subject ("وخرج من الحي
    /// اليوم ما يزيد عن 800 مقاتل"); -1 if none.
    /// </summary>
    internal static int CueBefore(ReportContext ctx, QuantityMention q, Segment seg)
    {
        // "وخرج من تبقى منهم وعددهم نحو 300 مقاتل": the count of the party a verb of leaving just named.
        // "ويقدر عددهم بـ 9 آلاف": past the ب of an estimate; "خروج المسلحين ويقدر عددهم": the party a verbal noun of leaving named.
        // "وخرج المقاتلون من البلدة، وهم 1500 عائلة": a pronoun past the clause's comma stands for the party too.
        int them = ctx.Word(q.FirstToken - 1, FunctionWords.Default.ByParticle) ? q.FirstToken - 2 : q.FirstToken - 1;
        bool countOfThem = ctx.Word(them, FunctionWords.Default.CountOfThem), they = !countOfThem && them == q.FirstToken - 1 && ctx.Word(them, FunctionWords.Default.TheyPronouns);
        if (countOfThem || they)
            for (int k = them - 1, commas = 0; k >= Math.Max(seg.FirstToken, them - CountOfThemWindow); k--)
            {
                // "…، وهم": one comma between the party's clause and the pronoun.
                if (they && ctx.Doc.IsPunct(k, ',') && commas++ == 0 && k == them - 1) continue;
                if (ctx.ClauseBreak(k) || ctx.Doc.Tokens[k].Kind != TokenKind.Word) break;
                if (ctx.StartCue(k) is { } c && (c.Has(CueTags.EvacVerb) || c.Has(CueTags.WithdrawVerb) || c.Has(CueTags.MoveVerb)
                    || they && c.Has(CueTags.ArriveVerb) && !Entering(ctx, k) || c.Has(CueTags.EvacNoun) && AssertedNoun(ctx, k))) return k;
            }
        int words = 0;
        // The singular verb before the count past its place or time (InvertedVerb), asked for at most once.
        int? inverted = null;
        int di = Sorted.LowerBound(ctx.Dates, q.FirstToken, m => m.FirstToken) - 1;
        for (int k = q.FirstToken - 1; k >= seg.FirstToken && words < 3; k--)
        {
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) continue;
            while (di >= 0 && ctx.Dates[di].FirstToken > k) di--;
            bool inDate = di >= 0 && ctx.Dates[di].EndToken > k;
            if (!inDate && !ctx.Word(k, FunctionWords.Default.From) && !ctx.Word(k, FunctionWords.Default.To)) words++;
            // "ووصل عدد المغادرين إلى 3200": a tally's verb is no arrival; the tally is read below.
            if (ctx.Has(k, CueTags.Tally)) break;
            // "ويضم الحي نحو 15 ألف شخص": what holds people with a subject between is vehicles or a batch, not a place.
            // "ووصلت الحافلات إلى حلب وعددها 121 وتقل على متنها نحو 7 آلاف مدني": "على متنها" names its vehicle by its pronoun.
            if (ctx.Has(k, CueTags.Carry) && !ctx.Has(k, CueTags.TakeAlong) && !ctx.Has(k, CueTags.OnBoard) && !CarrierNear(ctx, k, q.FirstToken, seg)) return -1;
            // "وبلغ عدد سكان الحي قبل خروج المسلحين 40 ألف نسمة": a departure told as background with its own party counts no one after it.
            if (ctx.Has(k, CueTags.EvacNoun) && ctx.Has(k - 1, CueTags.Backgrounding) && GroupBetween(ctx, ctx.CueEnd(k), q.FirstToken)) return -1;
            // "ووصل إلى إدلب مع انتهاء عملية الإجلاء قرابة 4 آلاف شخص": a verbal noun inside a time adjunct is no cue of the count
            // when a verb before the adjunct still wants its subject.
            if (ctx.Has(k, CueTags.EvacNoun) && EvacuationRules.EventTimeLead(ctx, seg, k) >= 0 && (inverted ??= InvertedVerb(ctx, q, seg)) is var verb && verb >= 0) return verb;
            if (ctx.Has(k, CueTags.EvacVerb) || ctx.Has(k, CueTags.EvacNoun) || ctx.Has(k, CueTags.CountPhrase) || ctx.Has(k, CueTags.PeopleBatch) || ctx.Has(k, CueTags.ActionArrived) || ctx.Has(k, CueTags.Carry)
                || ctx.Has(k, CueTags.WithdrawVerb)) return k;
        }
        if ((inverted ?? InvertedVerb(ctx, q, seg)) is var verbBefore && verbBefore >= 0) return verbBefore;
        int tally = TallyOfLeavers(ctx, q, seg);
        if (tally < 0) tally = ReachedTallyOfLeavers(ctx, q, seg);
        if (tally < 0) tally = TallyAfterFigure(ctx, q, seg).Cue;
        return tally >= 0 ? tally : EstimatedTallyOfLeavers(ctx, q, seg);
    }

    /// <summary>
    /// A singular verb of leaving or arriving before its subject count <paramref name="q"/>, past a longer place or time ("وخرج عبر
    /// معبر مخيم الوافدين 150 مدنيا", "وخرج خلال اليومين الماضيين نحو 4 آلاف شخص") or a time told by an event ("وخرج منذ بدء تنفيذ
    /// الاتفاق 5 آلاف شخص", "وغادر البلدة عقب دخول الهدنة حيز التنفيذ نحو 900 مقاتل"): only plain words, a destination, a safe passage
    /// or such a time between; -1 if none.
    /// </summary>
    private static int InvertedVerb(ReportContext ctx, QuantityMention q, Segment seg)
    {
        for (int k = q.FirstToken - 1, n = 0; k >= seg.FirstToken && n < InvertedSubjectWindow; k--, n++)
        {
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) break;
            if (ctx.StartCue(k) is { } c && (c.Has(CueTags.EvacVerb) || c.Has(CueTags.ArriveVerb) && !Entering(ctx, k) || c.Has(CueTags.WithdrawVerb))
                && !c.Has(CueTags.EvacNoun) && !ctx.IsPluralVerb(k, c) && !ctx.ClauseBreak(k)) return k;
            if (EvacuationRules.PlaceOrTime(ctx, k)) continue;
            int lead = EvacuationRules.EventTimeLead(ctx, seg, k);
            if (lead < 0) break;
            n += k - lead;
            k = lead;
        }
        return -1;
    }

    /// <summary>
    /// A verbal noun of leaving told as what began or was done, right after its verb, past "عملية" ("بدأ خروج المسلحين", "تم إخراج",
    /// "بدأت عملية إجلاء"): the departure happened, so a count of its party after it counts evacuees.
    /// </summary>
    private static bool AssertedNoun(ReportContext ctx, int noun)
    {
        if (EvacuationRules.PurposeClitic(ctx, noun) || ctx.Has(noun, CueTags.Planned)) return false;
        int k = ctx.Word(noun - 1, FunctionWords.Default.Operation) ? noun - 2 : noun - 1;
        return ctx.Has(k, CueTags.Begin) || ctx.WordOrConjoined(k, FunctionWords.Default.PassivePast);
    }

    /// <summary>A group of people named in [from, to).</summary>
    private static bool GroupBetween(ReportContext ctx, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (ctx.StartCue(k)?.Value(CueTags.Group) is not null) return true;
        return false;
    }

    /// <summary>How far before its figure a tally of leavers reached through a verb may stand.</summary>
    private const int ReachedTallyWindow = 24;

    /// <summary>
    /// The cue of leaving in a tally of leavers whose figure count <paramref name="q"/> is, reached through a verb of reaching or rising
    /// before the tally or between it and the count, past a long من-phrase, a comma and a count of vehicles ("وبلغ عدد المهجرين القادمين
    /// من المحافظتين عبر 124 حافلة، 3391 شخصاً", "عدد الخارجين من المدينة والرافضين للاتفاق يومي أمس، بلغ نحو 4700"): the leavers right
    /// after the tally ("عدد الخارجين", "عدد المهجرين", "عدد الذين غادروا", "عدد العائلات الواصلة"); no full stop, clause link, saying
    /// or other count of people between; -1 if none.
    /// </summary>
    internal static int ReachedTallyOfLeavers(ReportContext ctx, QuantityMention q, Segment seg)
    {
        bool reached = false;
        for (int k = q.FirstToken - 1; k >= Math.Max(seg.FirstToken, q.FirstToken - ReachedTallyWindow); k--)
        {
            if (ctx.Doc.IsPunct(k, '.') || ctx.HappeningLink(k) || ctx.Has(k, CueTags.Say)) return -1;
            if (ctx.Doc.Tokens[k].Kind == TokenKind.Number)
            {
                if (ctx.QuantityCovering(k) is { Kind: NumberKind.Count } held && ctx.StartCue(held.EndToken)?.Value(CueTags.Vehicle) is null) return -1;
                continue;
            }
            if (ctx.Has(k, CueTags.TallyReach) || ctx.Has(k, CueTags.ActionArrived) && ctx.Has(k, CueTags.ArriveVerb)) reached = true;
            if (!ctx.Has(k, CueTags.Tally)) continue;
            // "مجموع أعداد الذين …": two tally words name one tally.
            if (k > seg.FirstToken && ctx.Has(k - 1, CueTags.Tally)) k--;
            reached |= k > seg.FirstToken && (ctx.Has(k - 1, CueTags.TallyReach) || ctx.Has(k - 1, CueTags.ArriveVerb));
            return reached ? LeaversAfterTally(ctx, ctx.CueEnd(k), seg) : -1;
        }
        return -1;
    }

    /// <summary>
    /// The cue of leaving that names who a tally counts, right after it: a noun or participle of leaving ("الخارجين", "المهجرين"), a
    /// relative and a verb of leaving ("الذين غادروا"), or a group and then such a participle or relative clause ("المقاتلين الخارجين",
    /// "العائلات الواصلة", "المدنيين الذين خرجوا"); -1 if none.
    /// </summary>
    private static int LeaversAfterTally(ReportContext ctx, int k, Segment seg)
    {
        // "مجموع أعداد الذين": a second tally word names the same tally.
        if (k < seg.EndToken && ctx.Has(k, CueTags.Tally)) k = ctx.CueEnd(k);
        // "العدد الإجمالي للمغادرين": an adjective of the tally.
        if (k < seg.EndToken && ctx.Word(k, FunctionWords.Default.TallyQualifiers)) k++;
        if (k < seg.EndToken && (ctx.StartCue(k)?.Value(CueTags.Group) is { } g && g != "soldiers" || ctx.Has(k, CueTags.PeopleBatch)) && !IsLeaver(ctx, k))
        {
            k = ctx.CueEnd(k);
            // "عدد المقاتلين وعوائلهم الذين …", "عدد المسلحين والمدنيين الخارجين": a second group joined by و is counted with the first.
            if (k < seg.EndToken && ConjoinedGroup(ctx, k)) k = ctx.CueEnd(k);
        }
        int named = k;
        if (k < seg.EndToken && ctx.Word(k, FunctionWords.Default.LeaversTallyLinks)) k++;
        if (k < seg.EndToken && IsLeaver(ctx, k)) return k;
        // "عدد المقاتلين وعوائلهم المقرر خروجهم": a participle of planning and the verbal noun of leaving it governs (a planned departure).
        if (k + 1 < seg.EndToken && ctx.Has(k, CueTags.Planned) && ctx.Has(k + 1, CueTags.EvacNoun) && !EvacuationRules.PurposeClitic(ctx, k + 1)) return k + 1;
        return LeavingRelativeAfter(ctx, named, seg);
    }

    /// <summary>How many words a relative pronoun after a tally may stand past its group, and its verb past it.</summary>
    private const int TallyRelativeReach = 3;

    /// <summary>
    /// A relative clause of leaving or of being carried a few words on ("مجموع الدفعات الأربع التي سبق أن خرجت", "مجموع أعداد الذين
    /// تقلهم الحافلات", "عدد المدنيين الذين تم إجلاؤهم"): a relative pronoun at most <see cref="TallyRelativeReach"/> words from
    /// <paramref name="k"/>, then a verb or noun of leaving or a verb of carrying as many words on, with no harm, saying, negation or
    /// backgrounding between ("عدد المدنيين الذين قتلوا أثناء خروجهم" counts the dead); the cue's token, or -1.
    /// </summary>
    private static int LeavingRelativeAfter(ReportContext ctx, int k, Segment seg)
    {
        int link = -1;
        for (int j = k; j < Math.Min(seg.EndToken, k + TallyRelativeReach) && link < 0; j++)
        {
            if (ctx.Doc.Tokens[j].Kind != TokenKind.Word || ctx.ClauseBreak(j)) return -1;
            if (ctx.Word(j, FunctionWords.Default.RelativePronouns) || ctx.Word(j, FunctionWords.Default.LeaversTallyLinks)) link = j;
        }
        for (int j = link + 1; link >= 0 && j < Math.Min(seg.EndToken, link + 1 + TallyRelativeReach); j++)
        {
            if (ctx.Doc.Tokens[j].Kind != TokenKind.Word) return -1;
            if (IsLeaver(ctx, j) || ctx.Has(j, CueTags.Carry) && !ctx.Has(j, CueTags.TakeAlong)) return j;
            if (ctx.StartCue(j) is { } c && (c.Has(CueTags.Killed) || c.Has(CueTags.Wounded) || c.Has(CueTags.KilledWounded) || c.Has(CueTags.Say)
                || c.Has(CueTags.Negation) || c.Has(CueTags.Backgrounding))) return -1;
        }
        return -1;
    }

    /// <summary>A group of people with the conjunction و on it ("وعوائلهم", "والمدنيين"), not a leaver itself.</summary>
    private static bool ConjoinedGroup(ReportContext ctx, int k) =>
        ctx.Doc.Tokens[k].Kind == TokenKind.Word && ctx.Doc.TokenSpan(k) is { Length: > 2 } w && w[0] == '\u0648'
        && ctx.StartCue(k)?.Value(CueTags.Group) is { } g && g != "soldiers" && !IsLeaver(ctx, k);

    /// <summary>How many words before "إلى" and its figure the verb of rising or reaching of a tally told after its figure may stand.</summary>
    private const int RiseBeforeFigure = 3;

    /// <summary>
    /// A tally of leavers told after its figure: a verb of rising or reaching, "إلى", the bare figure and right after it the tally and
    /// who it counts ("وارتفع إلى 500 عدد المهجرين الواصلين", "وبذلك يرتفع إلى 9 مجموع العائلات التي غادرت المخيم", "ليصل إلى 3000
    /// عدد الذين خرجوا"). Returns the cue of leaving and the tally's group token (-1 when it names none), or (-1, -1).
    /// </summary>
    internal static (int Cue, int Group) TallyAfterFigure(ReportContext ctx, QuantityMention q, Segment seg)
    {
        if (q.EndToken >= seg.EndToken || !ctx.Has(q.EndToken, CueTags.Tally) || !ctx.Word(q.FirstToken - 1, FunctionWords.Default.To)) return (-1, -1);
        bool rise = false;
        for (int k = q.FirstToken - 2; k >= Math.Max(seg.FirstToken, q.FirstToken - 1 - RiseBeforeFigure) && !rise; k--)
        {
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) break;
            rise = ctx.Has(k, CueTags.TallyReach) || ctx.Has(k, CueTags.ArriveVerb) && ctx.Has(k, CueTags.ActionArrived);
        }
        if (!rise) return (-1, -1);
        int after = ctx.CueEnd(q.EndToken);
        if (after < seg.EndToken && ctx.Has(after, CueTags.Tally)) after = ctx.CueEnd(after);
        int cue = LeaversAfterTally(ctx, ctx.CueEnd(q.EndToken), seg);
        int group = after < seg.EndToken && ctx.StartCue(after)?.Value(CueTags.Group) is { } g && g != "soldiers" ? after : -1;
        return cue >= 0 ? (cue, group) : (-1, -1);
    }

    private static bool IsLeaver(ReportContext ctx, int k) =>
        ctx.StartCue(k) is { } c && (c.Has(CueTags.EvacVerb) || c.Has(CueTags.EvacNoun) || c.Has(CueTags.EvacueeNoun) || c.Has(CueTags.EvacSelf)) && !c.Has(CueTags.Planned);

    /// <summary>How far before the verb of estimating the tally it estimates may stand.</summary>
    private const int EstimatedTallyWindow = 20;

    /// <summary>
    /// The cue of leaving in a tally an estimate right before the count stands for ("لا توجد إحصائية لعدد الحافلات التي خرجت أو عدد
    /// الأشخاص داخلها، إلا أنها تقدر بـ قرابة 200 مقاتل"): a verb of estimating at most two tokens before the count (past "بـ" or a
    /// quote mark), and before it in the sentence a tally with a verb or noun of leaving at most three words after it ("عدد
    /// الحافلات التي خرجت", "عدد المغادرين"), with no background between ("عدد سكان البلدة قبل خروج" counts residents); -1 if none.
    /// </summary>
    private static int EstimatedTallyOfLeavers(ReportContext ctx, QuantityMention q, Segment seg)
    {
        int estimate = -1;
        for (int k = q.FirstToken - 1; k >= Math.Max(seg.FirstToken, q.FirstToken - 3) && estimate < 0; k--)
        {
            if (ctx.Has(k, CueTags.Estimate)) estimate = k;
            else if (ctx.Doc.Tokens[k].Kind == TokenKind.Word && ctx.Doc.Tokens[k].Length() > 2) return -1;
        }
        for (int k = estimate - 1; estimate >= 0 && k >= Math.Max(seg.FirstToken, estimate - EstimatedTallyWindow); k--)
        {
            if (!ctx.Has(k, CueTags.Tally)) continue;
            for (int j = ctx.CueEnd(k); j < Math.Min(estimate, ctx.CueEnd(k) + 3); j++)
            {
                if (ctx.Has(j, CueTags.Backgrounding)) break;
                if (ctx.Has(j, CueTags.EvacVerb) || ctx.Has(j, CueTags.EvacNoun) || ctx.Has(j, CueTags.EvacueeNoun)) return j;
            }
        }
        return -1;
    }

    /// <summary>
    /// The cue of leaving in a tally of those who left before count <paramref name="q"/>: "بلغ عدد الذين غادروا حتى فجر الإثنين 2100
    /// شخص", "عدد المقاتلين الذين خرجوا اليوم 400 مقاتل", "ارتفع عدد المهجرين إلى 8 آلاف", "عدد من خرجوا … إلى 6 آلاف"; -1 if none.
    /// With <paramref name="strict"/> (no counted noun says who is counted), only a relative pronoun or a group of people may
    /// stand between the tally and the cue: "عدد سكان الحي قبل خروج المسلحين" counts the residents, "عدد الحافلات التي خرجت" buses.
    /// </summary>
    internal static int TallyOfLeavers(ReportContext ctx, QuantityMention q, Segment seg, bool strict = false)
    {
        for (int k = q.FirstToken - 1; k >= Math.Max(seg.FirstToken, q.FirstToken - EvacuationCueWindow); k--)
        {
            if (ctx.ClauseBreak(k) || ctx.Doc.Tokens[k].Kind == TokenKind.Number) break;
            if (!ctx.Has(k, CueTags.EvacVerb) && !ctx.Has(k, CueTags.EvacNoun) && !ctx.Has(k, CueTags.EvacueeNoun) && !ctx.Has(k, CueTags.EvacSelf)) continue;
            for (int t = k - 1; t >= Math.Max(seg.FirstToken, k - 4); t--)
            {
                // "عدد سكان البلدة قبل خروج المسلحين": a departure told as background is not what the tally counts.
                if (ctx.Has(t, CueTags.Backgrounding)) break;
                if (ctx.Has(t, CueTags.Tally)) return k;
                if (strict && !ctx.Word(t, FunctionWords.Default.LeaversTallyLinks) && !(ctx.CueAt(t)?.Value(CueTags.Group) is { } g && g != "soldiers")) break;
            }
            break;
        }
        return -1;
    }

    /// <summary>
    /// People on board vehicles that take them away: a carrying cue and a vehicle noun right after it ("على متن سيارات إسعاف", "على
    /// متن 45 حافلة"), not bound for a hospital ("… على متن سيارات إسعاف إلى مستشفى المدينة" is a medical transfer).
    /// </summary>
    internal static bool OnBoard(ReportContext ctx, int k, Segment seg)
    {
        if (!ctx.Has(k, CueTags.Carry)) return false;
        int next = ctx.CueEnd(k);
        if (next < seg.EndToken && ctx.Doc.Tokens[next].Kind == TokenKind.Number) next++;
        if (ctx.StartCue(next)?.Value(CueTags.Vehicle) is null) return false;
        int after = ctx.CueEnd(next);
        return !ToHospital(ctx, after, Math.Min(seg.EndToken, after + 6));
    }

    /// <summary>
    /// The verb of carrying whose subject is the vehicles right before count <paramref name="q"/> and whose object it counts
    /// ("نقلت سيارات الإسعاف 30 جريحا إلى …", "وأقلت 12 سيارة إسعاف 40 مصابا"), read like "على متن سيارات إسعاف": not bound for a
    /// hospital (a medical transfer stays a casualty count); -1 if none.
    /// </summary>
    internal static int CarriedBy(ReportContext ctx, QuantityMention q, int nounEnd, Segment seg)
    {
        for (int k = q.FirstToken - 1; k > seg.FirstToken && k >= q.FirstToken - 4; k--)
        {
            if (ctx.StartCue(k)?.Value(CueTags.Vehicle) is null || ctx.CueEnd(k) != q.FirstToken) continue;
            int verb = ctx.Doc.Tokens[k - 1].Kind == TokenKind.Number ? k - 2 : k - 1;
            bool carrying = verb >= seg.FirstToken && ctx.WordOrConjoined(verb, FunctionWords.Default.CarryingVerbs);
            return carrying && !ToHospital(ctx, nounEnd, Math.Min(seg.EndToken, nounEnd + 6)) ? verb : -1;
        }
        return -1;
    }

    /// <summary>A "hospital" cue right after a destination cue in [from, to) ("إلى مشفى", "نحو المستشفى").</summary>
    internal static bool ToHospital(ReportContext ctx, int from, int to)
    {
        for (int k = from; k < to - 1; k++)
            if (ctx.Has(k, CueTags.Destination) && ctx.Has(k + 1, CueTags.Hospital)) return true;
        return false;
    }

    /// <summary>How many words before its count a verb of taking people along may stand, past its subject and "معهم".</summary>
    private const int TakeAlongWindow = 5;

    /// <summary>
    /// People a leaving party takes along ("واصطحبوا معهم نحو 1500 مدني", "وأخذ المسلحون معهم 300 مدني", "واقتاد عناصر التنظيم
    /// 200 مدني", "متخذين نحو ألفي مدني دروعاً بشرية"): a verb or participle of taking along at most <see cref="TakeAlongWindow"/>
    /// words before the count, within its clause, in a sentence that tells of leaving (a verb or noun of leaving or withdrawing
    /// that is no plan); the taker's token, or -1 if none.
    /// </summary>
    private static int TakenAlong(ReportContext ctx, QuantityMention q, Segment seg)
    {
        int taker = -1;
        for (int k = q.FirstToken - 1; k >= Math.Max(seg.FirstToken, q.FirstToken - TakeAlongWindow) && taker < 0; k--)
        {
            if (ctx.ClauseBreak(k) || ctx.Doc.Tokens[k].Kind != TokenKind.Word) return -1;
            if (ctx.CueAt(k) is { } c && c.Has(CueTags.TakeAlong)) taker = k;
        }
        while (taker > seg.FirstToken && ctx.StartCue(taker) is null) taker--;
        if (taker < 0) return -1;
        return ctx.FirstCueInSentence(ctx.Doc.SentenceOf(q.FirstToken), Leaving) >= 0 ? taker : -1;
    }

    /// <summary>A verb or noun of leaving or withdrawing that is no plan or purpose: the sentence tells of people leaving.</summary>
    private static readonly Func<ReportContext, int, Cue, bool> Leaving = static (ctx, k, c) =>
        (c.Has(CueTags.EvacVerb) || c.Has(CueTags.EvacNoun) || c.Has(CueTags.WithdrawVerb) || c.Has(CueTags.EvacSelf)) && !c.Has(CueTags.Planned)
        && !EvacuationRules.PurposeClitic(ctx, k);

    /// <summary>
    /// The camp of the armed party a count of fighters is of, named right after the noun or after من ("300 عنصر من داعش", "سبعين
    /// مقاتلاً من التنظيم", "120 مسلحا من هيئة تحرير الشام", "400 من عناصر التنظيم"): isis, opposition-fighters, kurdish-forces or
    /// regime-forces; null when no such party is named.
    /// </summary>
    private static string? PartyOf(ReportContext ctx, CountedNoun noun, int nounEnd, Segment seg)
    {
        if (noun.Cue is null || noun.Before) return null;
        var actor = ctx.ActorAt(noun.Token) ?? ctx.ActorAt(noun.End);
        if (actor is null && Parties.PartyAfterPreposition(ctx, ctx.SkipPunct(nounEnd, seg.EndToken), seg.EndToken) is var p && p >= 0)
            actor = ctx.ActorAt(p) ?? (ctx.StartCue(p)?.Value(CueTags.Group) == "fighters" ? ctx.ActorAt(ctx.CueEnd(p)) : null);
        return actor is null ? null : Parties.CasualtySubject(ctx, actor.Actor) switch
        {
            "isis" => "isis",
            "opposition-fighters" => "opposition-fighters",
            "sdf" or "kurdish-forces" => "kurdish-forces",
            "regime-forces" => "regime-forces",
            _ => null,
        };
    }

    /// <summary>
    /// A plural verb of leaving, moving or arriving whose subject is the count ending at <paramref name="nounEnd"/>, past its من-phrase,
    /// within its clause and before any other count ("150 من مقاتلي المعارضة خرجوا", "400 مسلح تابعين للحركة وصلوا").
    /// </summary>
    internal static bool LeavingPredicateAfter(ReportContext ctx, int nounEnd, Segment seg)
    {
        for (int k = nounEnd; k < Math.Min(seg.EndToken, nounEnd + EvacuationCueWindow); k++)
        {
            if (ctx.ClauseBreak(k) || ctx.Doc.Tokens[k].Kind == TokenKind.Number || ctx.Doc.IsPunct(k, '.')) return false;
            if (ctx.StartCue(k) is { } c && (c.Has(CueTags.EvacVerb) || c.Has(CueTags.ArriveVerb) || c.Has(CueTags.MoveVerb)) && !Entering(ctx, k) && ctx.IsPluralVerb(k, c)) return true;
        }
        return false;
    }

    /// <summary>How far after a verb of waiting the vehicles or the departure waited for may stand.</summary>
    private const int WaitedWindow = 6;

    /// <summary>
    /// Vehicles or a verbal noun of leaving soon after a verb of waiting, past a place ("ينتظرون في شوارع دوما قدوم الحافلات",
    /// "ينتظرون دورهم للخروج"), within the clause: not a purpose of anything else nor a plan.
    /// </summary>
    private static bool WaitedForLeaving(ReportContext ctx, int from, Segment seg)
    {
        for (int k = from; k < Math.Min(seg.EndToken, from + WaitedWindow); k++)
        {
            if (ctx.ClauseBreak(k) || ctx.Doc.IsPunct(k, '.')) return false;
            if (ctx.StartCue(k) is not { } c) continue;
            if (c.Value(CueTags.Vehicle) is "buses" || c.Has(CueTags.EvacNoun) && !c.Has(CueTags.Planned)) return true;
        }
        return false;
    }

    /// <summary>How far after a count's noun the count joined to it may start.</summary>
    private const int JoinedCountGap = 12;

    /// <summary>
    /// The plural verb of leaving, moving or arriving of the count joined to this one after it (by مع, و, "إضافة إلى", "فضلا عن"), past
    /// this count's من-phrase and a comma: both are its subject ("ألف مدني مهجر مع 1500 عنصر من «تحرير الشام» وعائلاتهم وصلوا", "350
    /// مسلحا من مقاتلي السرايا مع أسلحتهم الفردية، إضافة إلى 3124 شخصا مدنيا سيغادرون"); only nouns, places and prepositions between
    /// the two counts; the verb's token, or -1.
    /// </summary>
    private static int SharedLeavingPredicate(ReportContext ctx, int nounEnd, Segment seg)
    {
        int qi = Sorted.LowerBound(ctx.Quantities, nounEnd, m => m.FirstToken);
        if (qi >= ctx.Quantities.Count || ctx.Quantities[qi] is not { Kind: NumberKind.Count } next || next.FirstToken >= Math.Min(seg.EndToken, nounEnd + JoinedCountGap)) return -1;
        int before = next.FirstToken - 1;
        bool joined = Counts.ConjoinedNumber(ctx, next) || ctx.Word(before, FunctionWords.Default.CountJoiners)
            || ctx.Word(before, FunctionWords.Default.AdditionLinks) && ctx.Word(before - 1, FunctionWords.Default.AdditionJoiners);
        if (!joined) return -1;
        for (int k = nounEnd; k < next.FirstToken; k++)
        {
            if (ctx.Doc.IsPunct(k, '.') || ctx.HappeningLink(k)) return -1;
            if (ctx.StartCue(k) is { } c && (c.Has(CueTags.Say) || c.Has(CueTags.EvacVerb) || c.Has(CueTags.ArriveVerb) || c.Has(CueTags.MoveVerb) || c.Has(CueTags.Killed)
                || c.Has(CueTags.Wounded) || c.Has(CueTags.KilledWounded) || c.Has(CueTags.Negation))) return -1;
        }
        int end = next.EndToken;
        if (end < seg.EndToken && ctx.Word(end, FunctionWords.Default.From)) end++;
        if (end >= seg.EndToken || ctx.StartCue(end)?.Value(CueTags.Group) is not { } g || g == "soldiers") return -1;
        end = ctx.CueEnd(end);
        for (int k = end; k < Math.Min(seg.EndToken, end + EvacuationCueWindow); k++)
        {
            if (ctx.ClauseBreak(k) || ctx.Doc.Tokens[k].Kind == TokenKind.Number || ctx.Doc.IsPunct(k, '.')) return -1;
            if (ctx.StartCue(k) is { } c && (c.Has(CueTags.EvacVerb) || c.Has(CueTags.ArriveVerb) || c.Has(CueTags.MoveVerb)) && !Entering(ctx, k) && ctx.IsPluralVerb(k, c)) return k;
        }
        return -1;
    }

    /// <summary>A verb of entering ("دخل", "دخلوا"): people who enter a place take it or return, they are not evacuated.</summary>
    private static bool Entering(ReportContext ctx, int k) => ctx.StartCue(k)?.Value(CueTags.Action) == "entered";

    /// <summary>How far before a verb of holding people the vehicles or batch it stands for may be ("الدفعة الأولى قد خرجت أمس وعلى متنها").</summary>
    private const int CarrierWindow = 6;

    /// <summary>
    /// Vehicles or a batch as the subject of the verb of holding people at <paramref name="carry"/>, between it and the count
    /// ("وتقل الحافلات الخمسون", "وضمت القافلة الأولى") or shortly before it ("حافلات تقل", "15 حافلة، تقل", "خرجت الدفعة وعلى
    /// متنها"): "ويضم الحي نحو 15 ألف شخص", "وكان المخيم يضم" hold residents.
    /// </summary>
    private static bool CarrierNear(ReportContext ctx, int carry, int count, Segment seg)
    {
        bool subject = false;
        for (int k = ctx.CueEnd(carry); k < count; k++)
        {
            if (IsCarrier(ctx, k)) return true;
            // What it holds starts at its first count ("أقلت 2200 شخص بينهم 1500 مسلح"); a preposition is no subject ("محملة بـ1400").
            if (ctx.Doc.Tokens[k].Kind == TokenKind.Number || ctx.QuantityStartingAt(k) is not null) break;
            subject |= ctx.Doc.Tokens[k].Kind == TokenKind.Word && ctx.Doc.Tokens[k].Length() > 2;
        }
        // "ودخلت 20 حافلة إلى البلدة، ويضم الحي نحو 15 ألف شخص": a subject of its own that is no vehicle or batch holds residents.
        if (subject) return false;
        // "إلى البلدة التي تضم نحو 15 ألف نسمة": a relative verb holds what its antecedent names ("الحافلات التي تقل", "الحافلات الخضراء التي تقل").
        if (carry - 1 >= seg.FirstToken && ctx.Word(carry - 1, FunctionWords.Default.RelativePronouns))
            return carry - 2 >= seg.FirstToken && IsCarrier(ctx, carry - 2) || carry - 3 >= seg.FirstToken && IsCarrier(ctx, carry - 3);
        for (int k = carry - 1; k >= Math.Max(seg.FirstToken, carry - CarrierWindow); k--)
            if (IsCarrier(ctx, k)) return true;
        return ctx.CueEnd(carry) == count && VehiclesFarBefore(ctx, carry, seg);
    }

    /// <summary>How far before a verb of holding people the vehicles that are its unspoken subject may stand.</summary>
    private const int FarCarrierWindow = 24;

    /// <summary>
    /// Vehicles or a batch farther before a feminine verb or participle of holding people that has no subject of its own, past their من-phrase, places and
    /// a comma ("خروج 75 حافلة و20 سيارة إسعاف من أهالي البلدتين المحاصرتين في ريف إدلب الشمالي تقل نحو 5000", "30 حافلة من
    /// مهجري الغوطة، لمنطقة قلعة المضيق شمال غرب حماة، تقل مئات", "الحافلات التي تقل المهجرين وصلت إلى معبر أبو الزندين، وتضم
    /// 79 شخصا", "خرج منها دفعة واحدة ونهائية، أول أمس الخميس، تضمنت ألف مدني"): not past a full stop, a clause link or a saying.
    /// </summary>
    private static bool VehiclesFarBefore(ReportContext ctx, int carry, Segment seg)
    {
        var verb = ArabicClitics.WithoutConjunction(ctx.Doc.TokenText(carry));
        if (verb.Length < 3 || verb[0] != '\u062A' && verb[^1] is not ('\u062A' or '\u0629' or '\u0647')) return false;
        for (int k = carry - 1; k >= Math.Max(seg.FirstToken, carry - FarCarrierWindow); k--)
        {
            if (ctx.Doc.IsPunct(k, '.') || ctx.HappeningLink(k) || ctx.Has(k, CueTags.Say)) return false;
            if (IsCarrier(ctx, k)) return true;
        }
        return false;
    }

    private static bool IsCarrier(ReportContext ctx, int k) => ctx.CueAt(k) is { } c && (c.Value(CueTags.Vehicle) is not null || c.Has(CueTags.PeopleBatch));

    /// <summary>No quantity starts in [from, to).</summary>
    private static bool NoCountBetween(ReportContext ctx, int from, int to)
    {
        int qi = Sorted.LowerBound(ctx.Quantities, from, m => m.FirstToken);
        return qi >= ctx.Quantities.Count || ctx.Quantities[qi].FirstToken >= to;
    }

    private static bool IsEach(ReportContext ctx, int k) => ctx.Word(k, FunctionWords.Default.Each);

    /// <summary>Whether the vehicles that carry people arrived: "وصلت الحافلات التي تقل …", "ست حافلات وصلت إلى درعا تقل".</summary>
    private static bool ArrivalBefore(ReportContext ctx, int carry, Segment seg)
    {
        for (int k = carry - 1; k >= Math.Max(seg.FirstToken, carry - 8); k--)
        {
            if (ctx.HasPrefix(k, CueTags.Action)) return ctx.Has(k, CueTags.ActionArrived);
        }
        return false;
    }
}
