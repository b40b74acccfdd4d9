using ClaimCheck.Attribution;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>
/// Agreement claims: an agreement or negotiations cue, denied or doubted (<see cref="Negation"/>), or affirmed by a verb of
/// concluding, its terms, a reporting frame or by being introduced as existing. One rule set of <see cref="ClaimExtractor"/>.
/// </summary>
internal static class AgreementRules
{
    /// <summary>How far after an agreement noun a verb of concluding or of coming into force is looked for.</summary>
    private const int ConclusionWindow = 10;

    /// <summary>How many tokens after a verb of agreeing its "على" or "مع" may stand ("اتفق الجانبان الروسي والتركي على").</summary>
    private const int AgreeingObjectWindow = 5;

    /// <summary>How many words before "إلى اتفاق" the verb or verbal noun of concluding that governs it may stand ("توصل الطرفان … إلى اتفاق").</summary>
    private const int GovernorWindow = 20;

    /// <summary>How many words before the "على" that links a deal a signing verb may stand ("ووقعت الفصائل والحكومة السورية على اتفاق").</summary>
    private const int SigningWindow = 5;

    /// <summary>How many words a verb of resulting may stand before its linked result ("انتهت المفاوضات بين الطرفين بالاتفاق").</summary>
    private const int OutcomeWindow = 6;

    /// <summary>How many words before "تنفيذ"/"تطبيق" a deal's verb of beginning or completing may stand ("بدأت اللجان تنفيذ الاتفاق").</summary>
    private const int ImplementationWindow = 3;

    /// <summary>The agreement claims of sentence <paramref name="s"/>, added to <paramref name="claims"/>.</summary>
    internal static void Extract(ReportContext ctx, int s, List<Claim> claims)
    {
        var seg = ctx.Doc.Sentences[s];
        // Where the last deal noun denied or doubted ends: a deal noun right after it names the same deal ("نفت … عقد اتفاقية
        // لوقف إطلاق النار بضمانة روسية"), which the denial covers.
        int deniedEnd = -1;
        for (int a = seg.FirstToken; a < seg.EndToken; a++)
        {
            var cue = ctx.StartCue(a);
            // "ووقعت الدول الضامنة مذكرة إنشاء مناطق خفض التصعيد": a memorandum signed on de-escalation is a deal made.
            if (cue is null && SignedMemorandum(ctx, seg, a) is var signer && signer >= 0)
            {
                var signed = ClaimBuilder.Build(ctx, s, ClaimKind.Agreement, signer, a + 1, a, ["agreement:" + ClaimBuilder.Original(ctx.Doc, a, a + 1), "affirm:" + ClaimBuilder.Original(ctx.Doc, signer, signer + 1)]);
                claims.Add(signed with { Polarity = Polarity.Affirmed });
                continue;
            }
            if (cue is null) continue;
            if (deniedEnd >= 0 && a >= deniedEnd && a <= deniedEnd + 1 && cue.Has(CueTags.Agreement)) { a = ctx.CueEnd(a) - 1; continue; }
            // "رضخوا لشروط قوات سوريا الديمقراطية", "قبلت الفصائل بشروط الجانب الروسي": terms accepted are a deal made.
            bool agreement = cue.Has(CueTags.Agreement) || cue.Has(CueTags.Conditions) && AcceptedTerms(ctx, seg, a),
                negotiations = cue.Has(CueTags.Negotiations);
            if (!agreement && !negotiations) continue;
            int aEnd = ctx.CueEnd(a);
            var cues = new List<string> { "agreement:" + ClaimBuilder.Original(ctx.Doc, a, aEnd) };
            var (polarity, cueToken, tag) = Negation.Find(ctx, seg, a, aEnd);
            // "تواردت أنباء عن توصل [الطرفين، بعد ساعات من التفاوض في …] إلى اتفاق": a deal is denied or doubted as far as the verb
            // that concludes it is, however long the clause between them.
            int governor = negotiations ? -1 : Governor(ctx, seg, a);
            if (polarity is null && tag.Length == 0 && governor >= 0)
                (polarity, cueToken, tag) = Negation.Find(ctx, seg, governor, ctx.CueEnd(governor));
            // "وبعد فشل عشرات المحاولات، توصل الطرفان إلى اتفاق": a negation in an earlier clause does not reach a deal its own verb concludes.
            if (polarity == Polarity.Denied && tag == CueTags.Negation && governor > cueToken && ctx.ClauseBreakBetween(cueToken, governor))
                (polarity, cueToken, tag) = (null, -1, "");
            // "فشل الوفد الروسي، ووجهاء البلدة، الذين اجتمعوا أمس في التوصل إلى هدنة": failing at concluding a deal, however long the
            // subject between, denies it.
            if (polarity is null && tag.Length == 0 && governor >= 0 && FailedAt(ctx, seg, governor) is var failed && failed >= 0)
                (polarity, cueToken, tag) = (Polarity.Denied, failed, CueTags.Negation);
            // "لا يوجد أي اتفاق", "ليس هناك اتفاق", "لا اتفاق تهدئة": a deal said not to exist is denied by whoever says so.
            if (polarity is null && tag.Length == 0 && NoneExists(ctx, seg, a) is var none && none >= 0)
                (polarity, cueToken, tag) = (Polarity.Denied, none, CueTags.Negation);
            // "نفى الناطق باسم …، وجود أي اتفاق", "نفى علوش … توصل الفصيل لاتفاق": the content a denial verb opens, however far its
            // speaker stretches between them.
            if (polarity is null && tag.Length == 0 && DenyingFrame(ctx, s, seg, a, governor) is var denier && denier >= 0)
                (polarity, cueToken, tag) = (Polarity.Denied, denier, CueTags.Deny);
            if (polarity == Polarity.Uncertain && negotiations) polarity = null;
            if (polarity is not null)
            {
                cues.Add(tag + ":" + ClaimBuilder.Original(ctx.Doc, cueToken, ctx.CueEnd(cueToken)));
            }
            else if (!negotiations && tag.Length == 0 && Outcome(ctx, seg, a) is var outcome && outcome >= 0)
            {
                // "انتهت المفاوضات بالاتفاق على …", "أسفرت المحادثات عن هدنة"; "لم تسفر المحادثات عن اتفاق" denies it.
                cueToken = outcome;
                bool negated = ctx.WordOrConjoined(outcome - 1, FunctionWords.Default.PastNegation);
                polarity = negated ? Polarity.Denied : Polarity.Affirmed;
                cues.Add((negated ? CueTags.Negation : "affirm") + ":" + ClaimBuilder.Original(ctx.Doc, negated ? outcome - 1 : outcome, ctx.CueEnd(outcome)));
                if (negated) cueToken = outcome - 1;
            }
            // "من المقرر إبرام اتفاق": a verbal noun of concluding right before the deal governs it too.
            else if (!negotiations && (governor >= 0 ? governor : ctx.Has(a - 1, CueTags.Conclusion) ? a - 1 : -1) is var concluding && concluding >= 0
                     && ToCome(ctx, concluding) is var toCome && toCome >= 0)
            {
                // "من المتوقع أن يتم التوصل إلى اتفاق", "أن يتوصل الطرفان إلى هدنة": a conclusion still to come affirms nothing.
                polarity = Polarity.Uncertain;
                cueToken = toCome;
                cues.Add("hypothetical:" + ClaimBuilder.Original(ctx.Doc, toCome, ctx.CueEnd(concluding)));
            }
            else if (!negotiations && cue.Has(CueTags.Affirm) && ToCome(ctx, a) is var verbToCome && verbToCome >= 0)
            {
                // "من المتوقع أن يتفق الطرفان على هدنة": a verb of agreeing still to come affirms nothing.
                polarity = Polarity.Uncertain;
                cueToken = verbToCome;
                cues.Add("hypothetical:" + ClaimBuilder.Original(ctx.Doc, verbToCome, aEnd));
            }
            else if (!negotiations && (ctx.Has(aEnd, CueTags.FutureStart) ? aEnd : ctx.Has(a - 1, CueTags.FutureStart) ? a - 1 : ctx.Has(a - 1, CueTags.Begin) && ctx.Word(a - 2, FunctionWords.Default.Subjunctive) && Imperfect(ctx, a - 1) ? a - 2 : -1) is var start && start >= 0)
            {
                // "ستبدأ الهدنة صباح الغد", "والاتفاق سيسري من منتصف الليل", "من المتوقع أن تبدأ الهدنة": a deal whose start is
                // still to come is not yet in force.
                polarity = Polarity.Uncertain;
                cueToken = start;
                cues.Add("hypothetical:" + ClaimBuilder.Original(ctx.Doc, start, ctx.CueEnd(start)));
            }
            else if (!negotiations && Nearing(ctx, seg, a, aEnd, governor) is var near && near >= 0)
            {
                // "اقترب الطرفان من التوصل إلى اتفاق", "اتفاق الوعر يقترب من نهايته": a deal drawn near is not yet made.
                polarity = Polarity.Uncertain;
                cueToken = near;
                cues.Add("hypothetical:" + ClaimBuilder.Original(ctx.Doc, near, ctx.CueEnd(near)));
            }
            else if (!negotiations && tag.Length == 0 && Pending(ctx, seg, aEnd) is var pending && pending >= 0)
            {
                // "في إطار اتفاق هدنة من المنتظر إبرامه", "الاتفاق المرتقب": a deal still expected to be concluded is not yet made.
                polarity = Polarity.Uncertain;
                cueToken = pending;
                cues.Add("hypothetical:" + ClaimBuilder.Original(ctx.Doc, pending, ctx.CueEnd(pending)));
            }
            else if (!negotiations && !ctx.Has(a - 1, CueTags.DenyNoun) && tag is not CueTags.Uncertain and not CueTags.Attempt)
            {
                cueToken = Affirmation(ctx, s, seg, a, aEnd);
                // "من المقرر أن يبدأ تنفيذ وقف إطلاق النار", "أن يبدأ سريان الاتفاق": a start still to come puts no deal in force yet.
                int begin = cueToken < 0 ? -1 : ctx.Has(cueToken, CueTags.Begin) ? cueToken : ctx.Has(cueToken - 1, CueTags.Begin) && ctx.CueEnd(cueToken - 1) == cueToken ? cueToken - 1 : -1;
                if (begin >= 0 && ctx.Word(begin - 1, FunctionWords.Default.Subjunctive) && Imperfect(ctx, begin))
                {
                    polarity = Polarity.Uncertain;
                    cues.Add("hypothetical:" + ClaimBuilder.Original(ctx.Doc, begin - 1, ctx.CueEnd(cueToken)));
                    cueToken = begin - 1;
                }
                else if (cueToken >= 0)
                {
                    polarity = Polarity.Affirmed;
                    cues.Add("affirm:" + ClaimBuilder.Original(ctx.Doc, cueToken, ctx.CueEnd(cueToken)));
                }
                else if (governor >= 0 && ctx.Has(governor, CueTags.Conclusion) && ctx.Has(governor - 1, CueTags.Without))
                {
                    // "انتهت المفاوضات دون التوصل إلى اتفاق": a deal not reached is denied ("دون اتفاق" alone stays doubtful below).
                    polarity = Polarity.Denied;
                    cueToken = governor - 1;
                    cues.Add(CueTags.Negation + ":" + ClaimBuilder.Original(ctx.Doc, cueToken, ctx.CueEnd(governor)));
                }
                else if ((Hypothetical(ctx, seg, a) is var h && h >= 0 ? h : governor >= 0 ? Hypothetical(ctx, seg, governor) : -1) is var hypothetical && hypothetical >= 0)
                {
                    // "مشروع قرار لهدنة", "استعدادها الدخول في اتفاق", "دون اتفاق معلن": a deal proposed, hoped for or missing is not affirmed.
                    polarity = Polarity.Uncertain;
                    cueToken = hypothetical;
                    cues.Add("hypothetical:" + ClaimBuilder.Original(ctx.Doc, cueToken, ctx.CueEnd(cueToken)));
                }
                else if (Introduced(ctx, seg, a, aEnd) is var introduced && introduced >= 0)
                {
                    // A deal introduced as a thing that exists — indefinite ("بموجب اتفاق بين …", "بعد أيام من اتفاق أمريكي روسي"),
                    // stating its terms ("وينص الاتفاق على", "الاتفاق يقضي"), or described ("الاتفاق الذي …") — is affirmed by whoever
                    // tells it, even with no verb of concluding. A bare definite reference back ("بموجب الاتفاق", "لتنفيذ الاتفاق")
                    // presupposes a deal told elsewhere and makes no claim of its own.
                    polarity = Polarity.Affirmed;
                    cueToken = introduced;
                    cues.Add("introduced:" + ClaimBuilder.Original(ctx.Doc, introduced, ctx.CueEnd(introduced)));
                }
            }
            // "في حال توصل الطرفان إلى اتفاق", "الاتفاق في حال تم توقيعه": a deal made only under a condition is not affirmed.
            if (polarity == Polarity.Affirmed && (Conditional(ctx, seg, cueToken) is var condition && condition >= 0 || (condition = Conditional(ctx, seg, a)) >= 0))
            {
                polarity = Polarity.Uncertain;
                cues[^1] = "hypothetical:" + ClaimBuilder.Original(ctx.Doc, condition, ctx.CueEnd(condition));
                cueToken = condition;
            }
            if (polarity is null || IsTopic(ctx, seg, a, aEnd)) { a = aEnd - 1; continue; }
            int first = Math.Min(cueToken, a), end = Math.Max(aEnd, cueToken >= 0 ? ctx.CueEnd(cueToken) : aEnd);
            var claim = ClaimBuilder.Build(ctx, s, ClaimKind.Agreement, first, end, Math.Max(a, cueToken), cues) with { Polarity = polarity };
            // "Conflicting reports" in the outlet's own voice is a remark about the dispute, and a call for a truce or a draft of
            // one ("يدعو إلى وقف إطلاق النار") is no statement that a deal exists: neither is a claim by a camp; reports of a deal
            // that nobody confirms ("تواردت أنباء عن توصل …", "أنباء غير مؤكدة عن هدنة") are the outlet's doubtful claim. Failed
            // talks told as the outlet's narrative history are background to the event, not a sourced statement about it.
            bool narration = claim.Source.Mention is null;
            bool unconfirmedReport = polarity == Polarity.Uncertain && tag == CueTags.Uncertain && !ConflictingReports(ctx, seg, cueToken);
            if (narration && (polarity == Polarity.Uncertain && !unconfirmedReport || negotiations || ctx.Has(cueToken, CueTags.Negation) && ctx.StartCue(cueToken)!.Text.StartsWith("فشل", StringComparison.Ordinal)))
            {
                a = aEnd - 1;
                continue;
            }
            claims.Add(claim);
            if (polarity != Polarity.Affirmed) deniedEnd = aEnd;
            a = aEnd - 1;
        }
    }

    /// <summary>How many words before a deal, or before the verb that affirms it, a condition may stand ("في حال تم توقيع الاتفاق").</summary>
    private const int ConditionWindow = 3;

    /// <summary>
    /// A negated existential that says the deal at <paramref name="a"/> is missing: a "no-deal" cue ("لا يوجد", "ليس هناك", "لا
    /// وجود") ending right before it or before a few filler words ("أي", "لمثل هذا", "على الإطلاق"), or "لا" right before the noun
    /// ("لا اتفاق تهدئة"). Returns the cue's first token, or -1.
    /// </summary>
    private static int NoneExists(ReportContext ctx, Segment seg, int a)
    {
        // "لا اتفاق تهدئة": the noun annexed to a deal noun is missing with it.
        if (a - 1 > seg.FirstToken && ctx.Has(a - 1, CueTags.Agreement) && ctx.CueEnd(a - 1) == a) a--;
        if (ctx.WordOrConjoined(a - 1, FunctionWords.Default.NoDealParticles)) return a - 1;
        for (int k = a - 1, fillers = 0; k >= seg.FirstToken && fillers <= 4; k--, fillers++)
        {
            // A cue ending at k: one word ("لاوجود") or up to three ("لا يوجد هناك"); a filler word lets the search go on.
            for (int start = k; start >= Math.Max(seg.FirstToken, k - 2); start--)
                if (ctx.Has(start, CueTags.NoDeal) && ctx.CueEnd(start) == k + 1) return start;
            if (!ctx.Word(k, FunctionWords.Default.NoDealFillers)) return -1;
        }
        return -1;
    }

    /// <summary>
    /// A finite denial verb whose reported content opens with the deal at <paramref name="a"/>, with "وجود"/"أي" before it, or with
    /// the verb of concluding that governs it ("نفى الناطق …، وجود أي اتفاق", "نفى علوش … توصل الفصيل لاتفاق"): the verb's token, or
    /// -1. A denial told as a noun ("رغم نفي النظام وجود أي اتفاق") is left undecided, as in <see cref="Negation"/>.
    /// </summary>
    private static int DenyingFrame(ReportContext ctx, int s, Segment seg, int a, int governor)
    {
        int opening = a;
        while (opening - 1 >= seg.FirstToken && (ctx.Word(opening - 1, FunctionWords.Default.Any) || ctx.Word(opening - 1, FunctionWords.Default.Existence))) opening--;
        if (ctx.Attributor.FrameOpeningAt(s, opening) is { Kind: FrameKind.Deny } frame && ctx.IsDenyVerb(frame.CueToken)) return frame.CueToken;
        if (governor >= 0 && ctx.Attributor.FrameOpeningAt(s, governor) is { Kind: FrameKind.Deny } byGovernor && ctx.IsDenyVerb(byGovernor.CueToken)) return byGovernor.CueToken;
        // "نفى علوش، في تصريح لعنب بلدي، توصل الفصيل لاتفاق": the speaker's trimmings between the verb's speaker and what it denies.
        int target = governor >= 0 ? governor : opening;
        if (ctx.Attributor.DenialReachingTo(s, target) is { } reaching && ctx.IsDenyVerb(reaching.CueToken)) return reaching.CueToken;
        return -1;
    }


    /// <summary>A condition ("في حال", "إذا", "لو") at most <see cref="ConditionWindow"/> words before <paramref name="k"/>, in its clause: its token, or -1.</summary>
    private static int Conditional(ReportContext ctx, Segment seg, int k)
    {
        for (int j = k - 1, words = 0; j >= seg.FirstToken && words < ConditionWindow; j--)
        {
            if (ctx.ClauseBreak(j)) return -1;
            if (ctx.Doc.Tokens[j].Kind != TokenKind.Word) continue;
            words++;
            if (ctx.Has(j, CueTags.Conditional)) return j;
        }
        return -1;
    }

    /// <summary>Whether the doubt at <paramref name="cueToken"/> is reports contradicting each other ("تضاربت الأنباء", "الأنباء المتضاربة حول"), by that cue or one a few words before it.</summary>
    private static bool ConflictingReports(ReportContext ctx, Segment seg, int cueToken) =>
        cueToken >= 0 && (ctx.Has(cueToken, CueTags.Conflicting) || ctx.Before(cueToken - 1, Math.Max(seg.FirstToken, cueToken - 4), CueTags.Conflicting) >= 0);

    /// <summary>
    /// How a deal is introduced as existing, without a verb of concluding: the token of the terms verb before or after it
    /// ("ينص الاتفاق على", "الاتفاق يقضي"), of a relative pronoun describing it ("الاتفاق الذي"), or the agreement noun itself
    /// when it is indefinite (no article, not annexed to a definite noun: "اتفاق بين", "هدنة تستمر"); -1 otherwise.
    /// </summary>
    private static int Introduced(ReportContext ctx, Segment seg, int a, int aEnd)
    {
        // "أي اتفاق", "نفي … وجود صفقة": a deal named only to be denied or doubted is not introduced.
        if (ctx.Word(a - 1, FunctionWords.Default.Any) || ctx.Before(a - 1, Math.Max(seg.FirstToken, a - Negation.DenyWindow), CueTags.DenyNoun) >= 0) return -1;
        if (ctx.Has(a - 1, CueTags.Terms)) return a - 1;
        int next = ctx.SkipPunct(aEnd, seg.EndToken);
        if (next < seg.EndToken && (ctx.Has(next, CueTags.Terms) || FunctionWords.Default.RelativePronouns.Contains(ctx.Doc.TokenText(next)))) return next;
        // "الاتفاق بين الفصائل والقوات الحكومية يشمل …", "الاتفاق حول الزبداني كان ينص على …": its terms after its parties or subject.
        if (ctx.Word(next, FunctionWords.Default.DealComplements))
            for (int k = next + 1; k < Math.Min(seg.EndToken, aEnd + ConclusionWindow); k++)
            {
                if (ctx.Doc.IsPunct(k, ',') || ctx.Doc.IsPunct(k, ';') || ctx.Doc.IsPunct(k, '.') || ctx.Has(k, CueTags.Agreement)) break;
                if (ctx.Has(k, CueTags.Terms)) return k;
            }
        // "اتفاق الوعر يتزامن مع …", "اتفاق الروس والفصائل ينهي معركة درعا": a deal named by its place or its parties is a deal told.
        if (aEnd - a == 1 && !ctx.Has(a, CueTags.Possessed) && !HasArticle(ctx, a) && next < seg.EndToken && (ctx.ActorAt(next) is not null || ctx.PlaceStartsAt(next) || DescriptiveName(ctx, next))) return a;
        return IsDefinite(ctx, a, aEnd, seg) ? -1 : a;
    }

    /// <summary>
    /// Whether a deal's descriptive name starts at <paramref name="k"/>: the settlements it covers counted ("اتفاق المدن
    /// الأربع", "اتفاق البلدات الخمس") or in the dual ("اتفاق البلدتين"), which name one deal as a place name does.
    /// </summary>
    private static bool DescriptiveName(ReportContext ctx, int k)
    {
        if (!ctx.Word(k, FunctionWords.Default.DealNameGroups)) return false;
        var word = ctx.Doc.TokenSpan(k);
        return word.EndsWith("ين", StringComparison.Ordinal) || ctx.Word(k + 1, FunctionWords.Default.DealNameNumerals);
    }

    /// <summary>Whether the verb at <paramref name="k"/> is imperfect: ي or ت after at most a conjunction ("يبدأ", "وتبدأ").</summary>
    private static bool Imperfect(ReportContext ctx, int k)
    {
        var word = ArabicClitics.WithoutConjunction(ctx.Doc.TokenSpan(k));
        return word.Length > 2 && word[0] is '\u064A' or '\u062A';
    }

    /// <summary>How many words may stand between a verb of drawing near and the "من" of its goal, or between a deal and that verb after it.</summary>
    private const int NearingWindow = 3;

    /// <summary>
    /// A verb of drawing near whose goal is the deal at <paramref name="a"/> or the verbal noun governing it ("اقترب الطرفان من
    /// اتفاق", "يقتربون من التوصل إلى هدنة"), or that the deal itself does right after it ("اتفاق حي الوعر يقترب من نهايته"):
    /// "من" right before the goal, or "من" after the verb that follows the deal. The verb's token, or -1.
    /// </summary>
    private static int Nearing(ReportContext ctx, Segment seg, int a, int aEnd, int governor)
    {
        int goal = governor >= 0 ? governor : a;
        if (ctx.Word(goal - 1, FunctionWords.Default.From))
            for (int k = goal - 2, words = 0; k >= seg.FirstToken && words < NearingWindow; k--)
            {
                if (ctx.ClauseBreak(k)) break;
                if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) continue;
                words++;
                if (ctx.Has(k, CueTags.Nearing)) return k;
            }
        for (int k = aEnd, words = 0; k < seg.EndToken && words < NearingWindow; k++)
        {
            if (ctx.ClauseBreak(k) || ctx.Has(k, CueTags.Agreement)) break;
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) continue;
            words++;
            if (ctx.Has(k, CueTags.Nearing) && ctx.Word(ctx.CueEnd(k), FunctionWords.Default.From)) return k;
        }
        return -1;
    }

    /// <summary>Whether the word at <paramref name="a"/> carries the article, after at most a conjunction and a preposition ("والهدنة", "بالاتفاق", "للاتفاق").</summary>
    private static bool HasArticle(ReportContext ctx, int a)
    {
        var first = ctx.Doc.TokenSpan(a);
        if (first.Length > 2 && first[0] is '\u0648' or '\u0641') first = first[1..];
        if (first.StartsWith("لل", StringComparison.Ordinal)) return true;
        if (first.Length > 2 && first[0] is '\u0628' or '\u0643' or '\u0644') first = first[1..];
        return first.StartsWith("ال", StringComparison.Ordinal);
    }

    /// <summary>
    /// The verb or verbal noun of concluding that governs a deal pursued ("توصل الطرفان في ساعة متأخرة إلى اتفاق"): the nearest
    /// affirm or conclusion cue before the "إلى"/"على"/"ل" right before the agreement noun, within the clause; -1 if none.
    /// </summary>
    private static int Governor(ReportContext ctx, Segment seg, int a)
    {
        // "إلى اتفاق", "إلى أي اتفاق", or ل on the noun itself ("دون التوصل لاتفاق").
        int link = Determined(ctx, a) ? a - 2 : a - 1;
        int before;
        if (ctx.Word(link, FunctionWords.Default.PursuitPrepositions)) before = link - 1;
        else if (link == a - 1 && ClitisedWith(ctx, a, '\u0644')) before = a - 1;
        else return -1;
        for (int k = before, words = 0; k >= seg.FirstToken && words < GovernorWindow; k--)
        {
            if (ctx.ClauseBreak(k)) return -1;
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) continue;
            words++;
            if (ctx.Has(k, CueTags.Affirm) || ctx.Has(k, CueTags.Conclusion)) return k;
        }
        return -1;
    }

    /// <summary>
    /// A verb of resulting whose result is the deal at <paramref name="a"/>: linked by "عن"/"إلى" or the clitic ب ("انتهت
    /// المفاوضات بالاتفاق"), at most <see cref="OutcomeWindow"/> words before, with no negation, doubt or "دون" between; -1 if none.
    /// </summary>
    private static int Outcome(ReportContext ctx, Segment seg, int a)
    {
        int k = Determined(ctx, a) ? a - 2 : a - 1; // "لم تسفر المحادثات عن أي اتفاق"
        if (k < a - 1 || !ClitisedWith(ctx, a, '\u0628'))
        {
            if (!ctx.Word(k, FunctionWords.Default.OutcomeLinks)) return -1;
            if (ctx.Has(k - 1, CueTags.Outcome) && ctx.CueEnd(k - 1) == k + 1) return k - 1; // "أسفرت عن" as one cue
            k--;
        }
        for (int words = 0; k >= seg.FirstToken && words < OutcomeWindow; k--)
        {
            if (ctx.ClauseBreak(k)) return -1;
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) continue;
            words++;
            if (ctx.Has(k, CueTags.Outcome)) return k;
            if (ctx.Has(k, CueTags.Without) || ctx.Has(k, CueTags.Hypothetical) || ctx.Has(k, CueTags.Negation) || ctx.Has(k, CueTags.Uncertain) || ctx.Has(k, CueTags.Affirm)) return -1;
        }
        return -1;
    }

    /// <summary>
    /// A perfect form of وقع that signs the deal at <paramref name="a"/> across its subject: "على" right before the deal and the
    /// verb at most <see cref="SigningWindow"/> words before it, in the same clause, followed by "على" itself, a named party or a
    /// definite word that is no cue ("ووقع الطرفان على الاتفاق"). Bare وقع is "fell, happened" and takes an indefinite event
    /// ("وقع انفجار", "وقع خلاف بين الطرفين على الاتفاق"), which signs nothing; -1 if none.
    /// </summary>
    private static int Signing(ReportContext ctx, Segment seg, int a)
    {
        if (!ctx.Word(a - 1, FunctionWords.Default.SignedOn)) return -1;
        for (int k = a - 2, words = 0; k >= seg.FirstToken && words < SigningWindow; k--)
        {
            if (ctx.ClauseBreak(k)) return -1;
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) continue;
            words++;
            if (!ctx.WordOrConjoined(k, FunctionWords.Default.SigningVerbs)) continue;
            int next = ctx.SkipPunct(k + 1, a);
            if (next == a - 1 || ctx.ActorAt(next) is not null) return k;
            var subject = ArabicClitics.WithoutConjunction(ctx.Doc.TokenSpan(next));
            return subject.StartsWith("ال", StringComparison.Ordinal) && ctx.CueAt(next) is null ? k : -1;
        }
        return -1;
    }

    /// <summary>
    /// Whether the agreement noun at <paramref name="a"/> carries the preposition <paramref name="clitic"/> (ب or ل, after و/ف):
    /// "بالاتفاق", "وبهدنة", "لاتفاق". No agreement noun starts with ب or ل itself.
    /// </summary>
    private static bool ClitisedWith(ReportContext ctx, int a, char clitic) => ctx.ClitisedWith(a, clitic);

    /// <summary>How many words a verb that makes a deal may stand before the deal it takes as its object (its subject between).</summary>
    private const int DealVerbWindow = 4;

    /// <summary>
    /// A perfect verb that makes, signs, sponsors or carries out the deal at <paramref name="a"/> as its direct object, its
    /// subject between them ("أبرمت الفصائل الاتفاق", "رعت روسيا الاتفاق", "ونفذت اللجان التسوية"): the deal bears the bare
    /// article (no preposition on it), the verb stands at most <see cref="DealVerbWindow"/> words before in the clause with no
    /// preposition or particle between ("وقعت اشتباكات بعد الاتفاق" takes none), and no negator before it; -1 if none.
    /// </summary>
    private static int DealVerb(ReportContext ctx, Segment seg, int a)
    {
        var noun = ArabicClitics.WithoutConjunction(ctx.Doc.TokenSpan(a));
        if (!noun.StartsWith("ال", StringComparison.Ordinal)) return -1;
        for (int k = a - 1, words = 0; k >= seg.FirstToken && words < DealVerbWindow; k--)
        {
            if (ctx.ClauseBreak(k)) return -1;
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) continue;
            words++;
            if (ctx.Has(k, CueTags.DealVerb)) return ctx.WordOrConjoined(k - 1, FunctionWords.Default.VerbNegators) ? -1 : k;
            if (ctx.Word(k, FunctionWords.Default.ObjectBreaks) || ctx.CueAt(k) is not null) return -1;
        }
        return -1;
    }

    /// <summary>How many tokens before the في/عن of a verbal noun of concluding the verb of failing that takes it may stand.</summary>
    private const int FailureWindow = 16;

    /// <summary>
    /// A verb or verbal noun of failing whose complement is the verbal noun of concluding at <paramref name="governor"/>: "في"/"عن"
    /// right before it and the failing word at most <see cref="FailureWindow"/> tokens before that, in the sentence, past its
    /// subject, however many commas ("فشل الوفد الروسي، ووجهاء البلدة، الذين اجتمعوا أمس في التوصل إلى هدنة", "عجز الطرفان عن التوصل
    /// إلى هدنة"), with no other verbal noun of concluding, reporting verb, verb of succeeding ("فشلت الجولة الأولى، لكن الطرفين نجحا في
    /// التوصل"), clause starter or colon between. The failing word's token, or -1.
    /// </summary>
    private static int FailedAt(ReportContext ctx, Segment seg, int governor)
    {
        if (!ctx.Word(governor - 1, FunctionWords.Default.FailureLinks)) return -1;
        for (int k = governor - 2; k >= Math.Max(seg.FirstToken, governor - FailureWindow); k--)
        {
            if (ctx.Doc.IsPunct(k, '.') || ctx.Doc.IsPunct(k, ':')) return -1;
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) continue;
            if (ctx.WordOrConjoined(k, FunctionWords.Default.FailureVerbs)) return k;
            if (ctx.Has(k, CueTags.Conclusion) || ctx.Has(k, CueTags.Say) || ctx.Has(k, CueTags.Agreement) || ctx.HappeningLink(k)
                || ctx.WordOrConjoined(k, FunctionWords.Default.SuccessVerbs) || ctx.Word(k, FunctionWords.Default.ClauseStarters)) return -1;
        }
        return -1;
    }

    /// <summary>How many words before a memorandum the verb signing it may stand (its subject between), and how many after it its topic.</summary>
    private const int MemorandumWindow = 6;

    /// <summary>
    /// A memorandum at <paramref name="a"/> signed and about de-escalation or calm: a signing verb, not negated, at most
    /// <see cref="MemorandumWindow"/> words before in the clause (past an aside set off by commas), and a topic word ("التصعيد", "التوتر", "التهدئة") at most as many
    /// words after, with no deal noun right after it (that noun is the deal: "مذكرة تفاهم") nor a word of protest, petition or
    /// warrant ("مذكرة احتجاج على التصعيد"). The verb's token, or -1. "وقع
    /// الناشطون مذكرة احتجاج", "أصدرت المحكمة مذكرة اعتقال" sign or issue no deal.
    /// </summary>
    private static int SignedMemorandum(ReportContext ctx, Segment seg, int a)
    {
        if (!ctx.Word(a, FunctionWords.Default.MemorandumNouns) || ctx.Has(a + 1, CueTags.Agreement) || ctx.Has(a + 2, CueTags.Agreement) || ctx.Word(a + 1, FunctionWords.Default.MemorandumNotDeal)) return -1;
        bool topic = false;
        for (int k = a + 1, words = 0; k < seg.EndToken && words < MemorandumWindow && !topic; k++)
        {
            if (ctx.ClauseBreak(k) || ctx.Doc.IsPunct(k, '.')) break;
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) continue;
            words++;
            topic = ctx.Word(k, FunctionWords.Default.MemorandumTopics);
        }
        if (!topic) return -1;
        // Walking back, a comma opens an aside of time or place (read back to the comma before it), which the words do not count.
        bool aside = false;
        for (int k = a - 1, words = 0; k >= seg.FirstToken && words < MemorandumWindow; k--)
        {
            if (ctx.Doc.IsPunct(k, ',')) { aside = !aside; continue; }
            if (ctx.Doc.IsPunct(k, '.') || ctx.Doc.IsPunct(k, ':') || !aside && ctx.ClauseBreak(k)) return -1;
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word || aside) continue;
            words++;
            if (ctx.WordOrConjoined(k, FunctionWords.Default.SigningVerbs)) return ctx.WordOrConjoined(k - 1, FunctionWords.Default.VerbNegators) ? -1 : k;
        }
        return -1;
    }

    /// <summary>How many tokens before a definite deal on something the verb announcing it may stand, past its subject and an aside.</summary>
    private const int AnnounceWindow = 16;

    /// <summary>
    /// A verb of announcing whose object is the definite deal at <paramref name="a"/> on something or with someone ("أعلن الطرفان
    /// الاتفاق على وقف إطلاق النار", "وكان الوزيران أعلنا، بعد لقاء في أنقرة، الاتفاق على فتح الطريق"): at most
    /// <see cref="AnnounceWindow"/> tokens before, in the sentence, with no complementiser, colon or cue between (an aside of
    /// time or place set off by commas may stand), and not negated. The verb's token, or -1. "أعلنوا أن الاتفاق على …" reports a
    /// content of its own; "أعلن رفضه الاتفاق على …" has a cue between.
    /// </summary>
    private static int AnnouncedDeal(ReportContext ctx, Segment seg, int a, int aEnd)
    {
        if (aEnd - a != 1 || !HasArticle(ctx, a) || ClitisedWith(ctx, a, '\u0628') || ClitisedWith(ctx, a, '\u0644')
            || !ctx.Word(aEnd, FunctionWords.Default.AgreeingPrepositions) || ctx.Word(aEnd + 1, FunctionWords.Default.OpinionObjects)) return -1;
        // Walking back, a comma opens an aside (read back to the comma before it), where any word may stand; outside it only the
        // verb's definite subject may ("أعلن الطرفان الاتفاق"), not another object ("أعلنت الفصائل رفضها الاتفاق") or a preposition
        // ("أعلن الجيش السيطرة على البلدة بعد الاتفاق").
        bool aside = false;
        for (int k = a - 1; k >= Math.Max(seg.FirstToken, a - AnnounceWindow); k--)
        {
            if (ctx.Doc.IsPunct(k, '.') || ctx.Doc.IsPunct(k, ':') || ctx.Doc.IsPunct(k, '"')) return -1;
            if (ctx.Doc.IsPunct(k, ',')) { aside = !aside; continue; }
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) { if (!aside) return -1; continue; }
            if (ctx.WordOrConjoined(k, FunctionWords.Default.AnnounceVerbs))
                return aside || ctx.WordOrConjoined(k - 1, FunctionWords.Default.VerbNegators) ? -1 : k;
            if (ctx.Word(k, FunctionWords.Default.Subjunctive) || ctx.Word(k, FunctionWords.Default.Complementizers) || ctx.CueAt(k) is { } c && !c.Has(CueTags.Backgrounding) && c.Value(CueTags.Group) is null) return -1;
            if (!aside && !HasArticle(ctx, k) && ctx.ActorAt(k) is null) return -1;
        }
        return -1;
    }

    /// <summary>Whether "أي" or a demonstrative stands right before the deal at <paramref name="a"/> ("إلى أي اتفاق", "إلى هذا الاتفاق").</summary>
    private static bool Determined(ReportContext ctx, int a) =>
        ctx.Word(a - 1, FunctionWords.Default.Any) || ctx.Word(a - 1, FunctionWords.Default.Demonstratives);

    /// <summary>
    /// A stage of the deal at <paramref name="a"/> named before it: "من" right before the deal and a stage noun one or two words
    /// before that ("المرحلة الأولى من اتفاق", "للمرحلة الثانية من الاتفاق", "البند الأول من الهدنة"); the stage noun's token, or -1.
    /// </summary>
    private static int Phase(ReportContext ctx, Segment seg, int a)
    {
        if (!ctx.Word(a - 1, FunctionWords.Default.From)) return -1;
        for (int k = a - 2; k >= Math.Max(seg.FirstToken, a - 3); k--)
            if (ctx.Word(k, FunctionWords.Default.DealPhases)) return k;
        return -1;
    }

    /// <summary>Whether the noun phrase at [a, aEnd) is definite: the article (after clitics), or annexed to a definite noun ("اتفاق الانسحاب", "وقف إطلاق النار").</summary>
    private static bool IsDefinite(ReportContext ctx, int a, int aEnd, Segment seg)
    {
        if (ctx.Has(a, CueTags.Possessed)) return true; // "اتفاقهم", "هدنتها"
        // The article after at most a conjunction and a preposition (والهدنة، بالاتفاق، وبالتسوية), or contracted after ل (للاتفاق).
        if (HasArticle(ctx, a)) return true;
        if (aEnd - a > 1 && ctx.Doc.TokenText(aEnd - 1).StartsWith("ال", StringComparison.Ordinal)) return true;
        int next = aEnd;
        return next < seg.EndToken && ctx.Doc.Tokens[next].Kind == TokenKind.Word && ctx.Doc.TokenText(next) is var w && w.StartsWith("ال", StringComparison.Ordinal) && !FunctionWords.Default.RelativePronouns.Contains(w);
    }

    /// <summary>A deal named as the topic of a talk or programme ("تتناول الحلقة اتفاقيات المصالحة", "كان الاتفاق محور نقاش"): no claim.</summary>
    private static bool IsTopic(ReportContext ctx, Segment seg, int a, int aEnd)
    {
        for (int k = Math.Max(seg.FirstToken, a - 3); k < Math.Min(seg.EndToken, aEnd + 3); k++)
            if (ctx.Has(k, CueTags.Topic)) return true;
        return false;
    }

    /// <summary>Whether the terms at <paramref name="a"/> are accepted: a verb of accepting at most three words before, in the clause ("وقبلت الفصائل بشروط", "رضخوا لشروط").</summary>
    private static bool AcceptedTerms(ReportContext ctx, Segment seg, int a)
    {
        for (int k = a - 1, words = 0; k >= seg.FirstToken && words < 3; k--)
        {
            if (ctx.ClauseBreak(k)) return false;
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) continue;
            words++;
            // "إلا ضمن شروط الثورة": terms something is done within are not terms accepted.
            if (ctx.Has(k, CueTags.Affirm)) return !ctx.Has(k, CueTags.Basis);
        }
        return false;
    }

    /// <summary>
    /// A conclusion still to come: the verb or verbal noun that governs the deal right after أن/كي/لكي, or after them and
    /// يتم/تتم ("من المتوقع أن يتم التوصل إلى اتفاق", "أن يتوصل الطرفان إلى هدنة"). Returns the particle's token, or -1.
    /// </summary>
    private static int ToCome(ReportContext ctx, int governor)
    {
        int before = ctx.Word(governor - 1, FunctionWords.Default.PassiveAuxiliary) ? governor - 2 : governor - 1;
        if (ctx.Word(before, FunctionWords.Default.Subjunctive)) return before;
        // "من المتوقع التوصل قريباً إلى اتفاق", "من المقرر إبرام اتفاق": a verbal noun of concluding right after a cue of plans.
        for (int k = governor - 1; k >= Math.Max(0, governor - 3); k--)
            if (ctx.StartCue(k) is { } plan && plan.Has(CueTags.Planned) && ctx.CueEnd(k) == governor) return k;
        return -1;
    }

    /// <summary>
    /// A deal told as still to be concluded, right after its noun (and the nouns naming it with it, "اتفاق هدنة"): an adjective
    /// of expectation ("الاتفاق المرتقب", "الهدنة المزمعة"), or a word of expectation before a verbal noun of concluding it
    /// ("اتفاق من المنتظر إبرامه", "تسوية يتوقع توقيعها", "اتفاق من المقرر الإعلان عنه"). Returns the expectation's token, or -1;
    /// "اتفاق من المقرر تنفيذه" is a deal made, its execution pending, and is left alone.
    /// </summary>
    private static int Pending(ReportContext ctx, Segment seg, int aEnd)
    {
        int k = aEnd;
        for (int named = 0; named < 2 && k < seg.EndToken && ctx.StartCue(k) is { } c && c.Has(CueTags.Agreement); named++) k = ctx.CueEnd(k);
        if (k >= seg.EndToken || ctx.Doc.Tokens[k].Kind != TokenKind.Word) return -1;
        if (ctx.Word(k, FunctionWords.Default.ExpectedAdjectives)) return k;
        if (!ctx.Has(k, CueTags.Planned)) return -1;
        int next = ctx.CueEnd(k);
        return next < seg.EndToken && ctx.Word(next, FunctionWords.Default.ConcludingNouns) ? k : -1;
    }

    /// <summary>
    /// A deal that is only proposed, sought or said to be missing: a cue of the "hypothetical" family up to four words before
    /// the agreement noun ("مشروع قرار حول هدنة", "جهود للتوصل إلى اتفاق"), or "دون"/"بدون" right before it; -1 if none.
    /// </summary>
    private static int Hypothetical(ReportContext ctx, Segment seg, int a)
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
    private static int Affirmation(ReportContext ctx, int s, Segment seg, int a, int aEnd)
    {
        // A verb of agreeing tells the deal was made by itself when it agrees on something or with someone ("اتفق الطرفان على
        // …", "واتفقت الفصائل مع …"); bare, it may be agreeing in opinion.
        if (ctx.Has(a, CueTags.Affirm))
        {
            // "اتفق المحللون على أن …", "على ضرورة …": agreeing on an opinion makes no deal.
            for (int k = aEnd; k < Math.Min(seg.EndToken, aEnd + AgreeingObjectWindow); k++)
                if (ctx.Word(k, FunctionWords.Default.AgreeingPrepositions)) return ctx.Word(k + 1, FunctionWords.Default.OpinionObjects) ? -1 : a;
            return -1;
        }
        // "استكمالا للمرحلة الأولى من اتفاق", "بدأت المرحلة الثانية من الاتفاق": a stage of the deal stands for it before it.
        int phase = Phase(ctx, seg, a);
        if (phase >= 0)
        {
            if (ctx.Has(phase - 1, CueTags.Affirm) && !ctx.WordOrConjoined(phase - 1, FunctionWords.Default.BeginningNouns) || ctx.Has(phase - 1, CueTags.Begin) && !ctx.WordOrConjoined(phase - 1, FunctionWords.Default.BeginningNouns)) return phase - 1;
            if (ctx.Has(phase - 1, CueTags.Implementation) && ctx.Has(phase - 2, CueTags.Begin) && !ctx.WordOrConjoined(phase - 2, FunctionWords.Default.BeginningNouns)) return phase - 2;
        }
        if (ctx.Has(a - 1, CueTags.Affirm) || ctx.Has(a - 1, CueTags.Cite)) return a - 1;
        // "وصمدت الهدنة لليوم الثالث": a deal holding, told before it (not "بعد أن صمدت الهدنة").
        if (ctx.Has(a - 1, CueTags.InForce) && !ctx.Backgrounded(a - 1, seg.FirstToken)) return a - 1;
        // "الاتفاق المبرم بين …", "الهدنة المتفق عليها", "اتفاق التسوية الموقع": a participle of concluding right after the deal.
        if (ctx.Has(aEnd, CueTags.Concluded)) return aEnd;
        if (aEnd + 1 < seg.EndToken && ctx.Doc.Tokens[aEnd].Kind == TokenKind.Word && ctx.Has(aEnd + 1, CueTags.Concluded)) return aEnd + 1;
        // "وبدأ تنفيذ الاتفاق", "بدء تطبيق الهدنة", "وبدأت اللجان تنفيذ التسوية": the deal's carrying out, begun or done, with
        // at most the verb's subject between.
        if (ctx.Has(a - 1, CueTags.Implementation))
            for (int k = a - 2, words = 0; k >= seg.FirstToken && words < ImplementationWindow; k--)
            {
                if (ctx.ClauseBreak(k)) break;
                if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) continue;
                words++;
                // "منذ بدء تنفيذ الاتفاق": a verbal noun of beginning names the deal's course without telling it.
                if ((ctx.Has(k, CueTags.Begin) || ctx.Has(k, CueTags.Affirm)) && !ctx.WordOrConjoined(k, FunctionWords.Default.BeginningNouns)) return k;
            }
        // "وافقوا على الاتفاق", "قبلت اللجنة المفاوضة بالاتفاق": the verb a few words before the preposition that links the deal.
        // "تم التوصل إلى هذا الاتفاق": a demonstrative may stand between the preposition and the deal ("على أي اتفاق" names none).
        int link = ctx.Word(a - 1, FunctionWords.Default.Demonstratives) ? a - 2 : a - 1;
        bool linked = link > seg.FirstToken && FunctionWords.Default.PursuitPrepositions.Contains(ctx.Doc.TokenText(link));
        if (linked || ClitisedWith(ctx, a, '\u0628'))
            for (int k = linked ? link - 1 : a - 1; k >= Math.Max(seg.FirstToken, link - 4); k--)
            {
                // "رحبت الأمم المتحدة بالدعوة إلى هدنة", "وافقوا على اقتراح لوقف إطلاق النار": what the verb takes is a call or proposal.
                if (ctx.Has(k, CueTags.Hypothetical)) break;
                if (ctx.Has(k, CueTags.Affirm)) return k;
            }
        if (Signing(ctx, seg, a) is var signing && signing >= 0) return signing;
        if (DealVerb(ctx, seg, a) is var maker && maker >= 0) return maker;
        if (AnnouncedDeal(ctx, seg, a, aEnd) is var announcer && announcer >= 0) return announcer;
        // "الاتفاق على خروج المسلحين من القلمون" opening a line: a headline tells a deal reached.
        if (ctx.IsHeadlineStart(seg, a) && ctx.Word(aEnd, FunctionWords.Default.AgreeingPrepositions) && !ctx.Word(aEnd + 1, FunctionWords.Default.OpinionObjects)) return a;
        bool backgrounded = ctx.Backgrounded(a, seg.FirstToken);
        for (int k = aEnd; k < Math.Min(seg.EndToken, aEnd + ConclusionWindow); k++)
        {
            // "أن الهدنة تبدأ ظهر الأحد", "والاتفاق بدأ سريانه": a deal as the subject of a verb of beginning right after it.
            if (k == aEnd && !backgrounded && ctx.Has(k, CueTags.Begin) && !ctx.WordOrConjoined(k, FunctionWords.Default.BeginningNouns) && IsDefinite(ctx, a, aEnd, seg)) return k;
            // "الاتفاق، الذي كان قد توصل إليه": a comma before the relative clause that describes the deal does not end it.
            // "اتفاق … يقضي بمغادرة المقاتلين أو قبول حكم الدولة": what follows the deal's terms verb is its content, not its making.
            // "فإن الاتفاق حول مدينة حرستا، جرى في مكتب …": a comma between the deal told with its subject and its verb.
            if (ctx.Doc.IsPunct(k, ',') && k > aEnd + 1 && ctx.Word(aEnd, FunctionWords.Default.DealComplements) && ctx.Has(k + 1, CueTags.Affirm)
                && !ctx.Has(k + 1, CueTags.Basis) && !ctx.Has(k + 1, CueTags.Agreement) && !backgrounded
                // "…، جرى في مكتب", "…، تم بوساطة روسية": where, when or by whose mediation; not "…، تم نفيه" / "تم تأجيله" (what was done to it).
                && (ctx.Word(ctx.CueEnd(k + 1), FunctionWords.Default.ObjectBreaks) || ctx.Has(ctx.CueEnd(k + 1), CueTags.Sponsored))) return k + 1;
            if (ctx.Doc.IsPunct(k, ',') && !(k == aEnd && ctx.Word(k + 1, FunctionWords.Default.RelativePronouns)) || ctx.Has(k, CueTags.Agreement) || ctx.Has(k, CueTags.Terms)) break;
            // "لا يمكن عقد أي اتفاق … إلا ضمن مبادئ ثورتنا": what is done on a basis after the deal is another thing's basis.
            if (ctx.Has(k, CueTags.Affirm) && !ctx.Has(k, CueTags.Basis) || (!backgrounded && ctx.Has(k, CueTags.InForce))) return k;
            // "وجاء الاتفاق برعاية روسية", "اتفاق بين الطرفين بوساطة أممية": a deal told with its broker was made, unless only proposed.
            if (ctx.Has(k, CueTags.Sponsored) && Hypothetical(ctx, seg, a) < 0) return k;
            // "المرحلة الأولى من الاتفاق انتهت اليوم": a stage of the deal begun or done.
            if (phase >= 0 && ctx.Has(k, CueTags.Begin) && !ctx.WordOrConjoined(k, FunctionWords.Default.BeginningNouns)) return k;
        }
        // "أكدت مصادر وجود اتفاق", "أكد المرصد تمديد الهدنة": the deal's existence, carrying out or extension reported.
        int opening = ctx.Word(a - 1, FunctionWords.Default.Existence) || ctx.Has(a - 1, CueTags.Implementation) ? a - 1 : a;
        if (ctx.Attributor.FrameOpeningAt(s, opening) is { Kind: FrameKind.Say } frame) return frame.CueToken;
        return ReportedConclusion(ctx, s, seg, a);
    }

    /// <summary>How many words a reporting verb may stand before the "عن" that links the conclusion it reports ("أعلن الجيش عن التوصل").</summary>
    private const int ReportedConclusionWindow = 4;

    /// <summary>
    /// A reporting verb whose content is the verbal noun of concluding that governs the deal at <paramref name="a"/>: "عن" right
    /// before the noun and the verb at most <see cref="ReportedConclusionWindow"/> words before it in the clause ("وأعلن عن
    /// التوصل إلى اتفاق", "كشف المصدر عن إبرام اتفاق"), or the noun as the verb's object ("أكد التوصل إلى اتفاق"). The verb's
    /// token, or -1. Reports of a conclusion ("أنباء عن التوصل") are doubted before this is asked.
    /// </summary>
    private static int ReportedConclusion(ReportContext ctx, int s, Segment seg, int a)
    {
        // "إبرام الاتفاق", "توقيع اتفاق": the verbal noun may also take the deal as its annexed object.
        int governor = Governor(ctx, seg, a) is var g && g >= 0 ? g : ctx.CueEnd(a - 1) == a ? a - 1 : -1;
        if (governor < 0 || !ctx.Has(governor, CueTags.Conclusion) || ctx.StartCue(governor) is not { } noun || !noun.Has(CueTags.Conclusion)) return -1;
        if (ctx.Attributor.FrameOpeningAt(s, governor) is { Kind: FrameKind.Say } frame) return frame.CueToken;
        if (ctx.Has(governor - 1, CueTags.Say) && ctx.StartCue(governor - 1) is not null) return governor - 1;
        if (!ctx.Word(governor - 1, FunctionWords.Default.About)) return -1;
        if (ctx.Attributor.FrameOpeningAt(s, governor - 1) is { Kind: FrameKind.Say } byAbout) return byAbout.CueToken;
        for (int k = governor - 2, words = 0; k >= seg.FirstToken && words < ReportedConclusionWindow; k--)
        {
            if (ctx.ClauseBreak(k)) return -1;
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) continue;
            words++;
            if (ctx.Has(k, CueTags.Say) && ctx.StartCue(k) is not null) return k;
            if (ctx.CueAt(k) is not null) return -1;
        }
        return -1;
    }
}
