using ClaimCheck.Attribution;
using ClaimCheck.Lexicons;
using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>
/// Evacuation claims: a verb or verbal noun of leaving, moving or arriving with a party that leaves (people, a batch, vehicles
/// carrying people, an armed party), affirmed, denied or doubted. One rule set of <see cref="ClaimExtractor"/>.
/// </summary>
internal static class EvacuationRules
{
    /// <summary>How far back a plural verb of leaving looks for the party it stands for ("المدنيين الذين … خرجوا").</summary>
    private const int PluralSubjectWindow = 20;

    /// <summary>How far after vehicles that enter the people they carry may stand ("دخلت الحافلات التي تقل أهالي البلدتين").</summary>
    private const int EnteringPeopleWindow = 5;

    /// <summary>How far after a verb of leaving a batch may stand, past a place and a time.</summary>
    private const int BatchWindow = 12;

    /// <summary>The evacuation claims of sentence <paramref name="s"/>, added to <paramref name="claims"/>.</summary>
    internal static void Extract(ReportContext ctx, int s, List<Claim> claims)
    {
        var doc = ctx.Doc;
        var seg = doc.Sentences[s];
        for (int v = seg.FirstToken; v < seg.EndToken; v++)
        {
            // "ونقلت الحافلات 500 مقاتل إلى جرابلس", "وأقلت الحافلات المسلحين": vehicles that carry people away.
            if (CarriedParty(ctx, seg, v) is var (carried, carriedEnd) && carried >= 0)
            {
                Add(ctx, s, seg, v, v + 1, carried, carriedEnd, false, claims);
                continue;
            }
            var cue = ctx.StartCue(v);
            if (cue is null) continue;
            // "نقلت سانا عن مصدر": a verb that relays as well as transfers transfers no one where it frames a speaker.
            if (cue.Has(CueTags.MayTransfer) && ctx.Attributor.FramesAt(s, v)) continue;
            // "ونقلت أنباء أن عناصر من التنظيم نصبوا كميناً", "نقلت تقارير عن": with reports as its subject it relays, though no speaker is named.
            if (cue.Has(CueTags.MayTransfer) && ctx.CueEnd(v) < seg.EndToken && ctx.Word(ctx.CueEnd(v), FunctionWords.Default.ReportNouns)) continue;
            // Verbs of moving and arriving ("توجهت", "وصلت") tell of an evacuation only when people, a batch or vehicles carrying
            // people move (buses also head somewhere, or arrive, to collect people), and "وصل عدد … إلى 800" is a figure reached.
            bool arrive = cue.Has(CueTags.ArriveVerb) || cue.Has(CueTags.MoveVerb);
            // Entering ("دخلت الدفعة الثانية إلى …") is an arrival only for a batch: buses enter to collect people, and armed men
            // who enter a town take it.
            bool enter = arrive && cue.Value(CueTags.Action) == "entered";
            // A withdrawal ("انسحب المسلحون") is an evacuation only under a deal, not a retreat under fire.
            // "انسحب الفصيل من المفاوضات": a party that leaves the talks leaves no place.
            bool withdraw = cue.Has(CueTags.WithdrawVerb) && !cue.Has(CueTags.EvacNoun) && !ctx.Word(v - 1, FunctionWords.Default.RelativePronouns) && WithdrawalUnderDeal(ctx, seg)
                            && !(ctx.Word(ctx.CueEnd(v), FunctionWords.Default.From) && ctx.Has(ctx.CueEnd(v) + 1, CueTags.Negotiations));
            // The verbal noun of withdrawing ("انسحاب المسلحين") reads like the verb: under a deal, not under fire.
            // The verbal noun of arriving or entering ("وصول الدفعة الأولى", "دخول الدفعة الثانية إلى") reads like a verbal noun of
            // leaving, with only a batch, the displaced or vehicles carrying people as its party (below).
            bool arriveNoun = cue.Has(CueTags.ArriveNoun);
            bool verb = cue.Has(CueTags.EvacVerb) || arrive || withdraw,
                 noun = cue.Has(CueTags.EvacNoun) && (!cue.Has(CueTags.WithdrawVerb) || WithdrawalUnderDeal(ctx, seg)) || arriveNoun;
            // "حيث تم ترحيلهم اليوم إلى الكسوة", "جرى تهجيرهم إلى الشمال": a past passive and a verbal noun of leaving with a pronoun of
            // its party on it say, like "تم نقلهم", that the party was moved.
            bool self = cue.Has(CueTags.EvacSelf) || noun && !arriveNoun && PassiveOfPronoun(ctx, v, ctx.CueEnd(v));
            if (!verb && !self && !noun) continue;
            int vEnd = ctx.CueEnd(v);
            // "نقلوا إلى المشفى", "نقل الجرحى إلى المستشفى": taken to a hospital is a medical transfer, not an evacuation.
            if ((verb || noun) && !arrive && EvacueeRules.ToHospital(ctx, vEnd, Math.Min(seg.EndToken, vEnd + HospitalWindow))) { v = vEnd - 1; continue; }
            // "وانتشلت الفرق ناجين من تحت الركام", "إخراج ثلاثة أطفال من بين الأنقاض": people pulled out of rubble are rescued, not evacuated.
            if ((verb || noun) && !arrive && FromRubble(ctx, vEnd, seg)) { v = vEnd - 1; continue; }
            // "وصلت ظهر اليوم الاثنين، حافلات تقل …", "وصل، ليل الاثنين، مهجرو الوادي": the party stands past a time set off by commas.
            int partyFrom = verb ? PastTimeAside(ctx, vEnd, seg) : vEnd;
            // Vehicles counted or not, past a place and a time, with people on board ("انطلقت 20 حافلة تقل", "ووصلت صباح اليوم إلى
            // المعبر 20 حافلة تقل"): the vehicles' journey is the people's.
            // "خرجت خلال الساعات الماضية أكثر من مئتي حافلة تضم مقاتلين": a verb of leaving too.
            var (carrier, carrierEnd) = arrive || cue.Has(CueTags.EvacVerb) ? VehiclesCarrying(ctx, partyFrom, seg) : (-1, -1);
            // "ما يصل إلى 70 شخصا": the verb of a hedge ("up to") moves no one.
            if (arrive && (carrier < 0 && ReachesFigure(ctx, vEnd, seg) || CasualtyRules.InQuantity(ctx, v))) { v = vEnd - 1; continue; }
            int sequel = Sequel(ctx, seg, v, cue);
            if (sequel < 0 && ctx.Backgrounded(v, seg.FirstToken)) { v = vEnd - 1; continue; }
            // "من المنتظر أن يخرج 400 مسلح": a departure still to come is an evacuee count (planned), not an evacuation that happened.
            // "بانتظار خروج", "ينتظرون الخروج": a departure waited for has not happened either.
            if (ctx.Before(v - 1, Math.Max(seg.FirstToken, v - 4), CueTags.Planned) >= 0 || cue.Has(CueTags.Planned) || ctx.Has(v - 1, CueTags.ActionWaiting)) { v = vEnd - 1; continue; }
            int subject = -1, subjectEnd = -1, delay = -1, operationGovernor = -1;
            bool nobody = false;
            if (self) { subject = v; subjectEnd = vEnd; }
            else if (verb)
            {
                // An arrival ("وصلت الدفعة الأولى إلى إدلب", "مئة مقاتل … وصلوا") tells of an evacuation only when people or a
                // batch arrive, not buses alone (they also arrive to collect people).
                if (enter)
                {
                    (subject, subjectEnd) = BatchAfter(ctx, partyFrom, seg);
                    if (subject < 0) (subject, subjectEnd) = Parties.EvacuatedPartyBefore(ctx, v, Math.Max(seg.FirstToken, v - 8), vehicles: false, batchOnly: true);
                    if (subject >= 0 && BatchOfVehicles(ctx, subjectEnd, seg)) subject = -1;
                    // "دخلت الحافلات التي تقل أهالي البلدتين إلى حلب": vehicles that enter with people on board bring them in (not trucks
                    // loaded with aid: "دخلت 45 شاحنة محملة بالمساعدات").
                    if (subject < 0 && carrier >= 0 && Parties.EvacuatedParty(ctx, carrierEnd, Math.Min(seg.EndToken, carrierEnd + EnteringPeopleWindow), vehicles: false).Start >= 0)
                        (subject, subjectEnd) = (carrier, carrierEnd);
                    if (subject < 0) { v = vEnd - 1; continue; }
                }
                if (subject < 0) (subject, subjectEnd) = Parties.EvacuatedParty(ctx, partyFrom, Math.Min(seg.EndToken, partyFrom + 6), vehicles: !arrive);
                // Vehicles that move or arrive with people on board ("انطلقت 15 حافلة وعلى متنها مقاتلون", "وصلت حافلات تقل …").
                if (subject < 0 && carrier >= 0) (subject, subjectEnd) = (carrier, carrierEnd);
                if (subject < 0) (subject, subjectEnd) = Parties.EvacuatedPartyBefore(ctx, v, Math.Max(seg.FirstToken, v - 8), vehicles: !arrive || CarriesPeople(ctx, v, seg));
                if (subject < 0 && !ctx.IsPluralVerb(v, cue)) (subject, subjectEnd) = PartyPastPlace(ctx, partyFrom, seg);
                // A plural verb carries its own subject ("… الذين خرجوا", "بدأوا بالتوجه"): a party named earlier in the sentence.
                // After "قبل أن" the party is the told clause's, before it ("سلم المسلحون سلاحهم قبل أن ينسحبوا").
                if (subject < 0 && ctx.IsPluralVerb(v, cue))
                    (subject, subjectEnd) = Parties.EvacuatedPartyBefore(ctx, sequel >= 0 ? sequel : v, Math.Max(seg.FirstToken, v - PluralSubjectWindow), vehicles: false);
                // A batch stands farther from its verb than a plain subject: after a place and a time ("خرجت من منطقة … هذا الصباح
                // آخر دفعة"), or before a long من-phrase and an aside ("الدفعة الأخيرة من مهجري الحي (…)، تحركت").
                if (subject < 0) (subject, subjectEnd) = BatchAfter(ctx, partyFrom, seg);
                if (subject < 0) (subject, subjectEnd) = Parties.EvacuatedPartyBefore(ctx, v, Math.Max(seg.FirstToken, v - PluralSubjectWindow), vehicles: false, batchOnly: true);
                // "لم يخرج أحد", "لم يغادر منها أحد": nobody left; only a denial reads it (below).
                if (subject < 0 && NoOneAfter(ctx, vEnd, seg) is var none && none >= 0) (subject, subjectEnd, nobody) = (none, none + 1, true);
            }
            else
            {
                // A verbal noun is asserted as reported content ("تتحدث عن خروج", "«الانتهاء من إخراج", "نفت سانا خروج", "أكدت مصادر
                // خروج"), as what began, went on or ended ("بدء خروج", "انتهت بخروج", "بدأوا بمغادرة"), or as a headline ("خروج الدفعة الأولى من …").
                // "بدأت عملية إجلاء", "تمت عملية نقل": the verb governs the noun past "عملية".
                int lead = ctx.Word(v - 1, FunctionWords.Default.Operation) ? v - 2 : v - 1;
                // "تأجيل خروج دفعات من المسلحين", "تأجلت عملية الإجلاء": a departure put off or halted, told as denied (Add).
                delay = DelayOf(ctx, lead);
                // "بدأت عملية التهجير من حي الوعر", "انتهاء عمليات الإجلاء من شرقي حلب": an operation named with no party that began,
                // went on, ended or was put off; its noun stands for the party when no other is named (below).
                int governor = NamedOperation(ctx, v) ? OperationGovernor(ctx, seg, v, lead, delay) : -1;
                bool reported = delay >= 0 || governor >= 0 || ctx.Word(v - 1, FunctionWords.Default.About) || QuotedAfterSaying(ctx, seg, v)
                                || ctx.WordOrConjoined(lead, FunctionWords.Default.PassivePast)
                                || lead < v - 1 && (ctx.Has(lead, CueTags.Begin) || ctx.Has(lead, CueTags.MoveVerb)) || (ctx.Word(v - 1, FunctionWords.Default.From) && v >= 2 && FunctionWords.Default.Completion.Contains(ctx.Doc.TokenText(v - 2))
                                    && (doc.IsPunct(v - 3, '"') || ctx.WordOrConjoined(v - 3, FunctionWords.Default.PassivePast)))
                                || ctx.Attributor.FrameOpeningAt(s, v) is not null
                                || ctx.Has(v - 1, CueTags.Begin) || ctx.Has(v - 2, CueTags.Begin) && ctx.Doc.Tokens[v - 1].Kind == TokenKind.Punct
                                || ctx.IsHeadlineStart(seg, v)
                                || DateBefore(ctx, v) is var when && when > 0 && ctx.Has(when - 1, CueTags.Begin)
                                || CountOfPeopleAfter(ctx, seg, v, vEnd)
                                || NegatedPassive(ctx, v)
                                || ctx.After(vEnd, Math.Min(seg.EndToken, vEnd + 6), CueTags.Begin) is var began && began >= 0 && !ctx.NumberBetween(vEnd - 1, began)
                                || ParticlePredicateAfter(ctx, seg, vEnd)
                                || GovernedPastTimeAside(ctx, s, v)
                                || CompletionNoun(ctx, lead);
                // "وأكد المصدر أن خروج المسلحين تم صباح اليوم", "إن التهجير من البلدة لم يتم بعد": the verbal noun is the subject of a
                // past passive of taking place after it; negated, the departure did not take place.
                if (!reported && CompletedAfter(ctx, seg, vEnd) is var (completed, negatedAt) && completed >= 0)
                {
                    reported = true;
                    if (negatedAt >= 0 && delay < 0) delay = negatedAt;
                    // "إن التهجير من البلدة لم يتم بعد": an operation named with no party stands for it (below).
                    if (governor < 0 && NamedOperation(ctx, v)) governor = completed;
                }
                // "وآخرون فضلوا الخروج مع عناصر التنظيم", "تمكنوا من الخروج": a departure chosen or managed took place, not a plan.
                int chose = PurposeClitic(ctx, v) ? -1 : ChooserBefore(ctx, seg, v);
                reported |= chose >= 0;
                // "لم يتمكن المدنيون من الخروج", "لم تستطع العائلات المغادرة": a departure not managed did not happen.
                if (chose >= 0 && delay < 0 && ctx.WordOrConjoined(chose - 1, FunctionWords.Default.PastNegation)) delay = chose - 1;
                // A noun governed from afar ("وشهدت حلب اليوم خروج 12 حافلة") tells of people or a batch leaving, not of vehicles alone.
                bool nearby = reported;
                bool afar = !reported && GovernedFromAfar(ctx, seg, v);
                reported |= afar;
                // "بدأت الحافلات التي تقل مقاتلي البلدة بالتحرك": a verb of beginning governs the noun past its long subject.
                reported |= !reported && BeganParty(ctx, seg, v).Start >= 0;
                if (arriveNoun)
                {
                    if (reported) (subject, subjectEnd) = ArrivingParty(ctx, seg, vEnd, entered: cue.Value(CueTags.Action) == "entered");
                    if (subject < 0 && cue.Value(CueTags.Action) != "entered") (subject, subjectEnd) = BeganParty(ctx, seg, v);
                }
                // "انطلاق 10 حافلات لنقل المسلحين وعائلاتهم": departing vehicles whose purpose is to carry a party away.
                else if (reported || PurposeOfDeparture(ctx, seg, v))
                {
                    (subject, subjectEnd) = Parties.EvacuatedParty(ctx, vEnd, Math.Min(seg.EndToken, vEnd + 4), vehicles: nearby || !reported);
                    if (subject < 0 && ctx.Has(v - 1, CueTags.Begin) && ctx.IsPluralVerb(v - 1, ctx.StartCue(v - 1)!))
                        (subject, subjectEnd) = Parties.EvacuatedPartyBefore(ctx, v - 1, Math.Max(seg.FirstToken, v - 1 - PluralSubjectWindow), vehicles: false);
                    if (subject < 0 && chose >= 0)
                        (subject, subjectEnd) = Parties.EvacuatedPartyBefore(ctx, v, Math.Max(seg.FirstToken, chose - PluralSubjectWindow), vehicles: false);
                    // "وبدأ المقاتلون بالخروج": the governing verb's short subject is the party that leaves.
                    if (subject < 0 && afar)
                        (subject, subjectEnd) = Parties.EvacuatedPartyBefore(ctx, v, Math.Max(seg.FirstToken, v - GovernorSubjectWords - 1), vehicles: false);
                    if (subject < 0) (subject, subjectEnd) = BeganParty(ctx, seg, v);
                    // "بدأت عملية التهجير من حي الوعر", "تأجلت عملية الإجلاء": the operation itself, named with no party.
                    if (subject < 0 && governor >= 0) (subject, subjectEnd, operationGovernor) = (v, vEnd, governor);
                }
            }
            if (subject < 0 || MedicalTransfer(ctx, seg, v, subject, subjectEnd) || AidConvoy(ctx, seg, subject, subjectEnd) || Remains(ctx, vEnd, subject, subjectEnd)) { v = vEnd - 1; continue; }
            Add(ctx, s, seg, v, vEnd, subject, subjectEnd, nobody, claims, delay, operationGovernor);
            v = vEnd - 1;
        }
    }

    /// <summary>
    /// The evacuation claim of the verb or noun at [<paramref name="v"/>, <paramref name="vEnd"/>) whose party is at
    /// [<paramref name="subject"/>, <paramref name="subjectEnd"/>), with its polarity; nothing for a doubt no source voices, or for
    /// "nobody" left unless denied.
    /// </summary>
    private static void Add(ReportContext ctx, int s, Segment seg, int v, int vEnd, int subject, int subjectEnd, bool nobody, List<Claim> claims,
        int delay = -1, int governor = -1)
    {
        var doc = ctx.Doc;
        var cues = new List<string> { "evacuation:" + ClaimBuilder.Original(doc, v, vEnd) };
        var (negated, negCue, negTag) = Negation.Find(ctx, seg, v, Math.Max(vEnd, subjectEnd));
        // "وبعد تعثر استمر ثلاثة أيام، استؤنفت عملية الإجلاء": a negation in an earlier clause does not reach past the verb that governs
        // the operation.
        if (negated is not null && governor >= 0 && negCue >= 0 && negCue < governor && ctx.ClauseBreakBetween(negCue, governor)) (negated, negCue, negTag) = (null, -1, "");
        // "تأجيل خروج الدفعة الثانية": put off, the departure did not happen.
        if (negated is null && delay >= 0) (negated, negCue, negTag) = (Polarity.Denied, delay, CueTags.Negation);
        // "لم يخرج سوى 50 شخصا", "لم يغادر من البلدة إلا المقاتلون": a negation with an exceptive before the party restricts it; the
        // party left.
        if (negated == Polarity.Denied && negCue >= 0 && negCue < v && subject >= vEnd && RestrictedParty(ctx, vEnd, subject))
            (negated, negCue, negTag) = (null, -1, "");
        var polarity = negated ?? Polarity.Affirmed;
        int first = Math.Min(v, subject);
        if (negated is not null)
        {
            cues.Add(negTag + ":" + ClaimBuilder.Original(doc, negCue, ctx.CueEnd(negCue)));
            first = Math.Min(first, negCue);
        }
        else if (negTag == CueTags.Uncertain || nobody) return;
        if (negated == Polarity.Uncertain && ctx.Attributor.Resolve(s, v).Source.Mention is null) return;
        int last = Math.Max(Math.Max(vEnd, subjectEnd), negated is not null && negCue > v ? ctx.CueEnd(negCue) : 0);
        claims.Add(ClaimBuilder.Build(ctx, s, ClaimKind.Evacuation, first, last, v, cues) with { Polarity = polarity });
    }

    /// <summary>
    /// The people a verb of carrying with vehicles for its subject takes away ("ونقلت الحافلات 500 مقاتل إلى جرابلس", "وأقلت
    /// الحافلات المسلحين وعائلاتهم"): the vehicles right after the verb, past a count, then people right after them; not the wounded
    /// (ambulances carrying them are read as their count, evacuees or a medical transfer), not people taken to a hospital, nor
    /// goods ("وحملت الشاحنات 40 طنا"); (-1, -1) if none.
    /// </summary>
    private static (int Start, int End) CarriedParty(ReportContext ctx, Segment seg, int v)
    {
        if (!ctx.WordOrConjoined(v, FunctionWords.Default.CarryingVerbs)) return (-1, -1);
        int k = v + 1;
        if (k < seg.EndToken && ctx.Doc.Tokens[k].Kind == TokenKind.Number) k++;
        if (ctx.StartCue(k)?.Value(CueTags.Vehicle) is null) return (-1, -1);
        int after = ctx.CueEnd(k);
        var (party, partyEnd) = Parties.EvacuatedParty(ctx, after, Math.Min(seg.EndToken, after + 4), vehicles: false);
        if (party < 0 || ctx.Has(party, CueTags.WoundedNoun) || EvacueeRules.ToHospital(ctx, partyEnd, Math.Min(seg.EndToken, partyEnd + 6))) return (-1, -1);
        return (party, partyEnd);
    }

    /// <summary>
    /// Wounded people taken or arriving to a hospital ("نقل 35 جريحاً إلى مشفى", "12 جريحاً وصلوا إلى المستشفى") are a medical
    /// transfer, not an evacuation: the moved party is a wounded noun and the destination after the verb is a "hospital" cue.
    /// </summary>
    private static bool MedicalTransfer(ReportContext ctx, Segment seg, int v, int subject, int subjectEnd)
    {
        // "تم نقلهم إلى مستشفيات حدودية": a pronoun moved to a hospital is a medical transfer, whoever it stands for.
        if (subject == v && ctx.Has(v, CueTags.EvacSelf)) return EvacueeRules.ToHospital(ctx, subjectEnd, Math.Min(seg.EndToken, subjectEnd + 6));
        bool wounded = false;
        for (int k = Math.Min(subject, v); k < Math.Max(subjectEnd, subject + 1) && !wounded; k++) wounded = ctx.Has(k, CueTags.WoundedNoun);
        if (!wounded) return false;
        int from = ctx.CueEnd(v);
        return EvacueeRules.ToHospital(ctx, from, Math.Min(seg.EndToken, Math.Max(from, subjectEnd) + 6));
    }

    /// <summary>
    /// "وصل عدد الخارجين إلى 800", "وصلت إلى نحو 1360 شخصاً": a tally or a number reached, not a journey's end (the quantity after
    /// إلى starts at its hedge: "نحو", "قرابة", "بحدود" belong to it). A count right after the verb ("ووصل 600 شخص", "ووصلت أربع
    /// حافلات") is left to the count's own claim. People who move as "a number of" or "dozens of" ("توجه عدد من المقاتلين", "وصل
    /// العشرات من مسلحي المعارضة") are neither a tally nor a count, so their moving is an evacuation.
    /// </summary>
    private static bool ReachesFigure(ReportContext ctx, int after, Segment seg)
    {
        int k = ctx.SkipPunct(after, seg.EndToken);
        if (k < seg.EndToken && ctx.Has(k, CueTags.Tally)) return !ctx.Word(k + 1, FunctionWords.Default.From);
        bool reachedTo = k < seg.EndToken && FunctionWords.Default.ReachedTo.Contains(ctx.Doc.TokenText(k));
        if (reachedTo) k++;
        if (k >= seg.EndToken) return false;
        if (ctx.Has(k, CueTags.Tally)) return true;
        // "وصلت أول قافلة", "وصلت أولى دفعات": an ordinal ranks the party that arrives, it is no figure reached.
        if (ctx.QuantityStartingAt(k) is not { Kind: NumberKind.Count } q) return false;
        return reachedTo || !(q.Quantity.Qualifier == QuantityQualifier.Vague && ctx.Word(q.EndToken, FunctionWords.Default.From));
    }

    /// <summary>
    /// A verbal noun after a negated passive auxiliary ("ولم يتم إجلاء المدنيين", "لم يجر نقل الجرحى") tells, denied, the
    /// evacuation that did not happen; <see cref="Negation"/> reads the "لم" as its denial.
    /// </summary>
    private static bool NegatedPassive(ReportContext ctx, int v) =>
        ctx.Word(v - 1, FunctionWords.Default.PassiveAuxiliary) && ctx.WordOrConjoined(v - 2, FunctionWords.Default.PastNegation);

    /// <summary>
    /// A verbal noun governed past a time set off by commas: a verb of beginning or ending before it ("بدأ، يوم الاثنين، خروج مقاتلين",
    /// "بدأت صباح اليوم، عملية إجلاء"), or a speaker whose content opens with the time ("أكدت مصادر أمنية، اليوم الأحد، خروج كافة
    /// المسلحين"): a comma right before the noun, a date right before it, and before the date a comma or the governing word.
    /// </summary>
    private static bool GovernedPastTimeAside(ReportContext ctx, int s, int v)
    {
        if (v < 2 || !ctx.Doc.IsPunct(v - 1, ',')) return false;
        int date = DateBefore(ctx, v - 1);
        if (date < 0) return false;
        if (ctx.Attributor.FrameOpeningAt(s, date) is not null) return true;
        int governor = date - 1 >= 0 && ctx.Doc.IsPunct(date - 1, ',') ? date - 2 : date - 1;
        return governor >= 0 && ctx.Has(governor, CueTags.Begin) && !ctx.WordOrConjoined(governor, FunctionWords.Default.BeginningNouns);
    }

    /// <summary>How long a verbal noun of leaving with a pronoun of its party on it is at least (ترحيلهم: a stem of three letters or more and the pronoun).</summary>
    private const int MinNounWithPronoun = 5;

    /// <summary>
    /// A past passive ("تم", "جرى", bare or after و/ف) right before a one-word verbal noun of leaving that ends in a pronoun of people
    /// ("ترحيلهم", "تهجيرهن", "إجلاؤها"): the party the pronoun stands for was moved.
    /// </summary>
    private static bool PassiveOfPronoun(ReportContext ctx, int v, int vEnd)
    {
        if (vEnd != v + 1 || !ctx.WordOrConjoined(v - 1, FunctionWords.Default.PassivePast)) return false;
        var w = ctx.Doc.TokenSpan(v);
        return w.Length >= MinNounWithPronoun && (w.EndsWith("\u0647\u0645") || w.EndsWith("\u0647\u0646") || w.EndsWith("\u0647\u0627"));
    }

    /// <summary>
    /// A noun of completing right before the verbal noun (or before "عملية"), bare or with و/ف and ب on it: "انتهاء إجلاء جميع سكان
    /// البلدتين", "أفادت الوكالة بانتهاء عملية انسحاب المقاتلين", "وإتمام إخراج الدفعة الأخيرة": the departure is told as done.
    /// </summary>
    private static bool CompletionNoun(ReportContext ctx, int lead)
    {
        if (lead < 0 || ctx.Doc.Tokens[lead].Kind != TokenKind.Word) return false;
        // "وجاء الاتفاق بعد أيام من انتهاء عملية إجلاء المقاتلين": a completion told before what is told is its background.
        if (ctx.Backgrounded(lead, ctx.Doc.Sentences[ctx.Doc.SentenceOf(lead)].FirstToken)) return false;
        var w = ArabicClitics.WithoutConjunction(ctx.Doc.TokenSpan(lead));
        if (ctx.ClitisedWith(lead, '\u0628')) w = w[1..];
        return FunctionWords.Default.Completion.Contains(w);
    }

    /// <summary>How far after a verbal noun of leaving, past its long subject phrase, "قد" and the verb it governs may stand.</summary>
    private const int ParticlePredicateReach = 16;

    /// <summary>
    /// The verbal noun as the subject of a nominal sentence whose predicate, marked by "قد"/"لقد", is a verb of beginning, going on or
    /// ending, past a long noun phrase ("فإن عملية إجلاء جميع سكان البلدتين من ريف إدلب قد انتهت", "وإن خروج الدفعة الأولى من مقاتلي
    /// الحي باتجاه جرابلس قد بدأ"): within the clause, with no number, saying, other verbal noun of leaving or negation between.
    /// </summary>
    private static bool ParticlePredicateAfter(ReportContext ctx, Segment seg, int vEnd)
    {
        for (int k = vEnd; k < Math.Min(seg.EndToken - 1, vEnd + ParticlePredicateReach); k++)
        {
            if (ctx.ClauseBreak(k) || ctx.Doc.Tokens[k].Kind != TokenKind.Word) return false;
            if (ctx.StartCue(k) is { } c && (c.Has(CueTags.Say) || c.Has(CueTags.EvacNoun) || c.Has(CueTags.EvacVerb) || c.Has(CueTags.Negation))) return false;
            if (ctx.Word(k, FunctionWords.Default.VerbParticles))
                return ctx.Has(k + 1, CueTags.Begin) && !ctx.WordOrConjoined(k + 1, FunctionWords.Default.BeginningNouns);
        }
        return false;
    }

    /// <summary>How many words of the verbal noun's party may stand between it and the past passive it is the subject of.</summary>
    private const int CompletedSubjectWords = 5;

    /// <summary>
    /// The past passive of taking place whose subject is the verbal noun ending at <paramref name="vEnd"/>, within its clause and
    /// a few words of its party: "خروج المسلحين تم صباح اليوم" (took place), "التهجير من البلدة لم يتم بعد" (did not: "لم" + "يتم",
    /// returned as the second item). Only when nothing but a time, a manner or an adjunct follows it, not a verbal noun of its
    /// own ("بعد خروج المسلحين تم تسليم السلاح"). (-1, -1) if none.
    /// </summary>
    private static (int Verb, int Negation) CompletedAfter(ReportContext ctx, Segment seg, int vEnd)
    {
        for (int k = vEnd, seen = 0; k < seg.EndToken && seen <= CompletedSubjectWords; k++)
        {
            if (ctx.ClauseBreak(k) || ctx.Doc.Tokens[k].Kind == TokenKind.Punct) return (-1, -1);
            // "لم يتم": the negated passive the next token would stand after (NegatedPassive).
            bool past = ctx.Word(k, FunctionWords.Default.PassivePast), negated = !past && NegatedPassive(ctx, k + 1);
            if (past || negated)
            {
                int next = k + 1;
                bool adjunctFollows = next >= seg.EndToken || ctx.Doc.Tokens[next].Kind == TokenKind.Punct || ctx.Word(next, FunctionWords.Default.CompletionAdjuncts)
                                      || ctx.Word(next, FunctionWords.Default.TimePhraseLeads);
                if (!adjunctFollows) return (-1, -1);
                return (k, negated ? k - 1 : -1);
            }
            if (NegatedPassive(ctx, k + 2)) continue;
            if (ctx.StartCue(k) is { } c && (c.Has(CueTags.EvacVerb) || c.Has(CueTags.EvacNoun) || c.Has(CueTags.Say))) return (-1, -1);
            seen++;
        }
        return (-1, -1);
    }

    /// <summary>How many words a subject may take between a verb of beginning or ending and its verbal noun ("أتمت قوات النظام عملية إخراج").</summary>
    private const int GovernorSubjectWords = 3;

    /// <summary>
    /// A verbal noun governed by a verb of beginning, going on or ending ("بدأت", "استكملت", "أتمت") or by a past passive ("تم",
    /// "جرى") past a time ("بدأت صباح اليوم عملية إخراج", "وتم اليوم خروج آخر دفعة"), a short subject ("استكملت السلطات إجلاء",
    /// "أتمت قوات النظام عملية إخراج"), or both, within its clause. Not a noun of purpose ("لإخراج"): what a party set out to do has
    /// not happened.
    /// </summary>
    private static bool GovernedFromAfar(ReportContext ctx, Segment seg, int v)
    {
        if (PurposeClitic(ctx, v)) return false;
        int k = v - 1;
        if (ctx.Word(k, FunctionWords.Default.Operation)) k--;
        // "بدأت صباح اليوم الجمعة، عملية إجلاء", "اُستكملت يوم الخميس، عمليات إجلاء": the time may close with a comma.
        if (ctx.Doc.IsPunct(k, ',') && DateBefore(ctx, k) is var aside && aside > seg.FirstToken) k = aside - 1;
        else if (DateBefore(ctx, k + 1) is var when && when > seg.FirstToken) k = when - 1;
        // "اكتملت في الساعات الأخيرة من مساء أمس عملية تهجير", "بدأت خلال الأيام الماضية عمليات إجلاء": a time told as a phrase.
        if (TimePhraseBefore(ctx, seg, k) is var phrase && phrase > seg.FirstToken) k = phrase - 1;
        bool skipped = k < v - 1;
        if (skipped && (ctx.Has(k, CueTags.Begin) || ctx.WordOrConjoined(k, FunctionWords.Default.PassivePast))) return true;
        // A short subject: plain words or a named party, no cue of saying, denying, leaving or counting, no punctuation.
        for (int j = k, words = 0; j >= seg.FirstToken && words <= GovernorSubjectWords; j--, words++)
        {
            if (ctx.Doc.Tokens[j].Kind != TokenKind.Word || ctx.ClauseBreak(j)) return false;
            // "باشر مقاتلون من جيش الإسلام الخروج": a named party counts as one word.
            if (ctx.ActorEndingAt(j) is { } named && named.FirstToken < j && named.FirstToken >= seg.FirstToken) { j = named.FirstToken; continue; }
            if (words > 0 && ctx.Has(j, CueTags.Begin) && !ctx.WordOrConjoined(j, FunctionWords.Default.BeginningNouns)) return true;
            // "وأتمت الحافلات نقل المسلحين": vehicles may be the subject too.
            if (ctx.StartCue(j) is { } c && c.Value(CueTags.Group) is null && c.Value(CueTags.Vehicle) is null && ctx.ActorEndingAt(j) is null && ctx.ActorAt(j) is null) return false;
        }
        return false;
    }

    /// <summary>
    /// A verb of choosing or managing that governs the verbal noun at <paramref name="v"/>, past its subject and the من it takes
    /// ("فضلوا الخروج", "تمكن المدنيون من الخروج", "واستطاعت عشرات العائلات الخروج"): at most <see cref="GovernorSubjectWords"/> words
    /// between, within the clause; -1 if none.
    /// </summary>
    private static int ChooserBefore(ReportContext ctx, Segment seg, int v)
    {
        int k = ctx.Word(v - 1, FunctionWords.Default.From) ? v - 2 : v - 1;
        // "تمكن المئات من المقاتلين والمدنيين من مغادرة": the من of a partitive subject is no word of its own; a counted subject
        // ("تمكن نحو 200 مدني من مغادرة") has its number among its words.
        for (int words = 0; k >= seg.FirstToken && words <= GovernorSubjectWords; k--)
        {
            if (ctx.Doc.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) || ctx.ClauseBreak(k)) return -1;
            if (ctx.WordOrConjoined(k, FunctionWords.Default.ChoosingVerbs)) return k;
            if (!ctx.Word(k, FunctionWords.Default.From)) words++;
        }
        return -1;
    }

    /// <summary>How many tokens a time told as a phrase may take ("في الساعات الأخيرة من مساء أمس").</summary>
    private const int TimePhraseWindow = 8;

    /// <summary>
    /// The preposition that opens a time told as a phrase ending at <paramref name="k"/> ("في الساعات الأخيرة من مساء أمس", "خلال
    /// الأيام الماضية"): back over time words and date mentions to "في"/"خلال"; -1 if none.
    /// </summary>
    internal static int TimePhraseBefore(ReportContext ctx, Segment seg, int k)
    {
        int stop = Math.Max(seg.FirstToken, k - TimePhraseWindow);
        bool time = false;
        while (k >= stop)
        {
            if (DateBefore(ctx, k + 1) is var when && when >= 0 && when <= k) { k = when - 1; time = true; continue; }
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) return -1;
            var word = ctx.Doc.TokenText(k);
            if (FunctionWords.Default.TimePhraseLeads.Contains(word)) return time ? k : -1;
            if (!FunctionWords.Default.TimePhraseWords.Contains(word)) return -1;
            time |= !FunctionWords.Default.From.Contains(word);
            k--;
        }
        return -1;
    }

    /// <summary>The first token of a date mention that ends right before <paramref name="v"/> ("بدأ أمس خروج", "باشرت صباح اليوم إجلاء"); -1 if none.</summary>
    private static int DateBefore(ReportContext ctx, int v)
    {
        int di = Sorted.LowerBound(ctx.Dates, v, m => m.FirstToken) - 1;
        return di >= 0 && ctx.Dates[di].EndToken == v ? ctx.Dates[di].FirstToken : -1;
    }

    /// <summary>
    /// A count of people right after a verbal noun ("خروج 2500 شخص بينهم مسلحون"): the departure is told with its size, not named in
    /// passing. Not a purpose ("تحضيرات لإخراج 2000 شخص", "خصصت لنقل 1500") nor a term of a deal anywhere before it in the sentence
    /// ("نص الاتفاق على تسليم السلاح، وإجلاء 700 مقاتل").
    /// </summary>
    private static bool CountOfPeopleAfter(ReportContext ctx, Segment seg, int noun, int nounEnd)
    {
        if (ctx.QuantityStartingAt(nounEnd) is not { Kind: NumberKind.Count } q) return false;
        if (PurposeClitic(ctx, noun) || ctx.Before(noun - 1, seg.FirstToken, CueTags.Planned) >= 0 || ctx.Before(noun - 1, seg.FirstToken, CueTags.Terms) >= 0) return false;
        var counted = CountedNoun.Find(ctx, q, seg, null);
        return !counted.Before && counted.Cue?.Value(CueTags.Group) is { } g && g != "soldiers" && !counted.Cue.Has(CueTags.Detainee);
    }

    /// <summary>
    /// A verbal noun with the purpose clitic ل ("لنقل", "لإخراج") after vehicles that set off ("انطلاق 10 حافلات لنقل …", "انطلقت
    /// الحافلات لإخراج …"); vehicles that enter or gather to carry people later tell of no departure yet.
    /// </summary>
    private static bool PurposeOfDeparture(ReportContext ctx, Segment seg, int v)
    {
        if (!PurposeClitic(ctx, v)) return false;
        int vehicle = -1;
        for (int k = v - 1; k >= Math.Max(seg.FirstToken, v - 3) && vehicle < 0; k--)
        {
            if (ctx.ClauseBreak(k)) return false;
            if (ctx.CueAt(k)?.Value(CueTags.Vehicle) is not null) vehicle = k;
        }
        for (int k = vehicle - 1; vehicle >= 0 && k >= Math.Max(seg.FirstToken, vehicle - 4); k--)
            if (ctx.StartCue(k)?.Value(CueTags.Action) is { } action) return action == "departed";
        return false;
    }

    /// <summary>How far before its verbal noun a verb of beginning with a long subject may stand ("بدأت الحافلات التي تقل … بالتحرك").</summary>
    private const int BeganSubjectWindow = 14;

    /// <summary>How many plain words after a verb of beginning may stand before the group that begins to leave ("بدأت آخر مجموعات مقاتلي").</summary>
    private const int BeganGroupWords = 2;

    /// <summary>
    /// The subject of a verb of beginning that governs the verbal noun at <paramref name="v"/> through the clitic ب past a long subject
    /// ("بدأت الحافلات التي تقل مقاتلي البلدة بالتحرك", "عشر حافلات تقل مقاتلي البلدة بدأت بالتحرك", "بدأت الحافلات التي تقل عائلات
    /// الحي، بالوصول إلى …"): people or a batch right after the verb, or vehicles with people on board right after or right before it;
    /// no full stop, saying or other verbal noun of leaving between; (-1, -1) if none.
    /// </summary>
    private static (int Start, int End) BeganParty(ReportContext ctx, Segment seg, int v)
    {
        // "بدأت الحافلات … بالتحرك", "بدأ مقاتلو الفصيل والمئات من العائلات … في المغادرة": the noun with ب or after في.
        if (ctx.Doc.TokenText(v)[0] != '\u0628' && !ctx.Word(v - 1, FunctionWords.Default.In)) return (-1, -1);
        for (int k = v - 1; k >= Math.Max(seg.FirstToken, v - BeganSubjectWindow); k--)
        {
            if (ctx.Doc.IsPunct(k, '.') || ctx.Has(k, CueTags.Say) || ctx.Has(k, CueTags.Cite) || ctx.Has(k, CueTags.EvacNoun) || ctx.Has(k, CueTags.ArriveNoun)) return (-1, -1);
            if (ctx.StartCue(k) is not { } c || !c.Has(CueTags.Begin) || c.Has(CueTags.EvacNoun)) continue;
            int after = ctx.CueEnd(k);
            // "بدأت عصر اليوم حافلات محملة بالمدنيين بمغادرة …": past a time.
            if (DateAt(ctx, after) is var when && when > after) after = when;
            if (after < v && ctx.StartCue(after) is { } p)
            {
                if (p.Has(CueTags.PeopleBatch) || p.Value(CueTags.Group) is { } g && g != "soldiers" && !p.Has(CueTags.Detainee)) return (after, ctx.CueEnd(after));
                if (p.Value(CueTags.Vehicle) is not null && CarryAfter(ctx, ctx.CueEnd(after), seg)) return (after, ctx.CueEnd(after));
            }
            // "بدأت آخر مجموعات مقاتلي «قسد» بالخروج": a group of people a few plain words after the verb (past "آخر", "مجموعات").
            for (int j = after + 1; j < Math.Min(v, after + 1 + BeganGroupWords); j++)
            {
                if (ctx.Doc.Tokens[j].Kind != TokenKind.Word || ctx.Doc.Tokens[j - 1].Kind != TokenKind.Word || ctx.StartCue(j - 1) is not null) break;
                if (ctx.StartCue(j) is { } q && q.Value(CueTags.Group) is { } qg && qg != "soldiers" && !q.Has(CueTags.Detainee)) return (j, ctx.CueEnd(j));
            }
            // "عشر حافلات تقل مقاتلي البلدة بدأت بالتحرك": the vehicles (or the people) before the verb of beginning.
            for (int j = k - 1; j >= Math.Max(seg.FirstToken, k - 8); j--)
            {
                if (ctx.ClauseBreak(j) || ctx.Has(j, CueTags.Say) || ctx.Has(j, CueTags.Cite)) break;
                if (ctx.StartCue(j)?.Value(CueTags.Vehicle) is not null) return CarryAfter(ctx, ctx.CueEnd(j), seg) ? (j, ctx.CueEnd(j)) : (-1, -1);
                // "الدفعة الأولى من المهجرين من مدينة درعا بدأت بالانطلاق": a batch or people before the verb of beginning.
                if (ctx.StartCue(j) is { } party && (party.Has(CueTags.PeopleBatch) || party.Value(CueTags.Group) is { } pg && pg != "soldiers" && !party.Has(CueTags.Detainee)))
                    return (j, ctx.CueEnd(j));
            }
            return (-1, -1);
        }
        return (-1, -1);
    }

    /// <summary>The end of a date mention that starts at <paramref name="k"/>; -1 if none.</summary>
    private static int DateAt(ReportContext ctx, int k)
    {
        int di = Sorted.LowerBound(ctx.Dates, k, m => m.FirstToken);
        return di < ctx.Dates.Count && ctx.Dates[di].FirstToken == k ? ctx.Dates[di].EndToken : -1;
    }

    /// <summary>A verbal noun written with the purpose clitic ل ("لنقل", "لإخراج").</summary>
    internal static bool PurposeClitic(ReportContext ctx, int noun) => ctx.Doc.TokenText(noun)[0] == '\u0644';

    /// <summary>
    /// Past a time set off by commas right after a verb ("وصلت ظهر اليوم الاثنين، حافلات تقل", "وصل، ليل الاثنين، مهجرو الوادي"): the
    /// token after the closing comma; <paramref name="from"/> when no such aside follows.
    /// </summary>
    private static int PastTimeAside(ReportContext ctx, int from, Segment seg)
    {
        int end = DateAt(ctx, ctx.Doc.IsPunct(from, ',') ? from + 1 : from);
        return end > 0 && end + 1 < seg.EndToken && ctx.Doc.IsPunct(end, ',') ? end + 1 : from;
    }

    /// <summary>A batch after the verb, past a place and a time, within its clause ("خرجت من منطقة وادي بردى هذا الصباح آخر دفعة").</summary>
    private static (int Start, int End) BatchAfter(ReportContext ctx, int from, Segment seg)
    {
        for (int k = from; k < Math.Min(seg.EndToken, from + BatchWindow); k++)
        {
            if (ctx.ClauseBreak(k) || ctx.Doc.IsPunct(k, '.')) break;
            if (ctx.Has(k, CueTags.PeopleBatch)) return (k, ctx.CueEnd(k));
        }
        return (-1, -1);
    }

    /// <summary>
    /// A withdrawal told as part of a deal: a deal, a safe passage, buses or the fighters' families in the sentence ("انسحب المسلحون
    /// مع عائلاتهم بموجب الاتفاق", "عبر ممر آمن", "على متن حافلات"), and no fighting that drove it ("تحت ضغط", "أمام تقدم", "هجوم",
    /// "معارك"): a retreat under fire is no evacuation, whatever else the sentence names. A withdrawal among a deal's terms or still
    /// to come ("نص الاتفاق على أن … تنسحب") is the agreement's content, and "المواقع التي انسحبت منها" names a place, not a departure.
    /// </summary>
    internal static bool WithdrawalUnderDeal(ReportContext ctx, Segment seg)
    {
        bool deal = false;
        for (int k = seg.FirstToken; k < seg.EndToken; k++)
        {
            if (ctx.StartCue(k) is not { } c) continue;
            if (c.Has(CueTags.UnderFire) || c.Has(CueTags.Terms) || c.Has(CueTags.Planned)) return false;
            deal |= c.Has(CueTags.Agreement) || c.Has(CueTags.SafePassage) || c.Value(CueTags.Vehicle) is "buses" || c.Value(CueTags.Group) is "families";
        }
        return deal;
    }

    /// <summary>Vehicles that carry people ("حافلات تقل مقاتلين … وصلت"): a carrying cue within the clause before the verb, or people on board told after it.</summary>
    private static bool CarriesPeople(ReportContext ctx, int verb, Segment seg)
    {
        for (int k = verb - 1; k >= Math.Max(seg.FirstToken, verb - 8); k--)
        {
            if (ctx.ClauseBreak(k)) break;
            if (ctx.Has(k, CueTags.Carry)) return true;
        }
        // "عشر حافلات تحركت اليوم باتجاه الشمال وعلى متنها 407 مسلحين": people on board told after the verb, its time and way.
        for (int k = ctx.CueEnd(verb); k < Math.Min(seg.EndToken, verb + OnBoardAfterVerb); k++)
        {
            if (ctx.ClauseBreak(k) || ctx.Has(k, CueTags.Say)) break;
            if (ctx.Has(k, CueTags.OnBoard)) return true;
        }
        return false;
    }

    /// <summary>How many tokens after a verb of moving "وعلى متنها" may stand ("تحركت اليوم باتجاه شمال سوريا وعلى متنها").</summary>
    private const int OnBoardAfterVerb = 10;

    /// <summary>How far after a singular verb of leaving or arriving its party may stand past a longer place or time.</summary>
    private const int PartyPastPlaceWindow = 10;

    /// <summary>
    /// The people who leave or arrive after a singular verb, past a longer place or time ("وخرج عبر معبر الوافدين في ريف دمشق 230
    /// مدنيا", "ووصل مساء أمس إلى مدينة الباب في ريف حلب 600 مهجر"): only plain words, numbers, a destination or a safe passage
    /// between, no punctuation, relative pronoun or complementiser (a relative clause's people are not the verb's: "خرج المقاتلون
    /// من البلدة التي يسكنها 6000 شخص"); (-1, -1) if none.
    /// </summary>
    private static (int Start, int End) PartyPastPlace(ReportContext ctx, int from, Segment seg)
    {
        // People named inside a time told by an event ("وخرج مع عائلاتهم 300 مسلح", "غادر بعد خروج المسلحين 300 مدني") are the
        // party only when no other follows.
        (int Start, int End) inTime = (-1, -1);
        // A count's own words do not use up the window ("ما لا يقل عن 5 آلاف شخص").
        for (int k = from, end = from + PartyPastPlaceWindow; k < Math.Min(seg.EndToken, end); k++)
        {
            if (ctx.Doc.Tokens[k].Kind == TokenKind.Punct) break;
            if (ctx.StartCue(k) is { } c && (c.Value(CueTags.Group) is { } g && g != "soldiers" && !c.Has(CueTags.Detainee) || c.Has(CueTags.PeopleBatch)))
            {
                if (EventTimeLead(ctx, seg, k) < from) return (k, ctx.CueEnd(k));
                if (inTime.Start < 0) inTime = (k, ctx.CueEnd(k));
                k = ctx.CueEnd(k) - 1;
                continue;
            }
            // "خرج من الحي حتى الآن ما لا يقل عن 5 آلاف شخص": a count's hedge is no cue of its own.
            if (ctx.QuantityStartingAt(k) is { } count) { end += count.EndToken - k - 1; k = count.EndToken - 1; continue; }
            // "وخرج منذ بدء تنفيذ الاتفاق 5 آلاف شخص": a time told by an event, whatever its words.
            if (!PlaceOrTime(ctx, k) && EventTimeLead(ctx, seg, k) < from) break;
            k = ctx.CueEnd(k) - 1;
        }
        return inTime;
    }

    /// <summary>
    /// Whether the token at <paramref name="k"/> may stand between a singular verb of leaving or arriving and the people who come
    /// after it ("وخرج عبر معبر الوافدين في ريف دمشق 230 مدنيا"): a plain word or a number, a destination or a safe passage;
    /// not a clause break, a relative pronoun or a complementiser (a relative clause's people are not the verb's), nor another cue.
    /// </summary>
    internal static bool PlaceOrTime(ReportContext ctx, int k)
    {
        if (ctx.ClauseBreak(k) || ctx.Word(k, FunctionWords.Default.RelativePronouns) || ctx.Word(k, FunctionWords.Default.Complementizers)) return false;
        // "وغادر منها حتى الآن قرابة 900 مقاتل": the place left, as a pronoun.
        return ctx.CueAt(k) is not { } c || c.Has(CueTags.Destination) || c.Has(CueTags.SafePassage) || ctx.Word(k, FunctionWords.Default.OfThem);
    }

    /// <summary>How many words a time told by an event may take after its lead ("منذ بدء تنفيذ الاتفاق", "عقب دخول الهدنة حيز التنفيذ").</summary>
    private const int EventTimeWords = 5;

    /// <summary>
    /// The lead of a time told by an event that token <paramref name="k"/> belongs to ("منذ بدء العملية", "مع انتهاء عملية الإجلاء",
    /// "عقب دخول الاتفاق حيز التنفيذ", "بعد سيطرة الجيش على الحي"): a word of backgrounding or of <c>eventTimeLeads</c> at most
    /// <see cref="EventTimeWords"/> words before, only words between (no count, clause break, relative pronoun or complementiser),
    /// and a word after it (the lead itself belongs to it); -1 if none. Such a time may stand between a verb and the subject after it.
    /// </summary>
    internal static int EventTimeLead(ReportContext ctx, Segment seg, int k)
    {
        for (int j = k, words = 0; j >= seg.FirstToken && words <= EventTimeWords; j--, words++)
        {
            if (ctx.Doc.Tokens[j].Kind != TokenKind.Word || ctx.ClauseBreak(j) || ctx.QuantityCovering(j) is not null) return -1;
            bool lead = ctx.Word(j, FunctionWords.Default.EventTimeLeads) || ctx.StartCue(j) is { } c && c.Has(CueTags.Backgrounding) && ctx.CueEnd(j) == j + 1;
            if (lead && j + 1 < seg.EndToken && ctx.Doc.Tokens[j + 1].Kind == TokenKind.Word) return j;
            if (ctx.Word(j, FunctionWords.Default.RelativePronouns) || ctx.Word(j, FunctionWords.Default.Complementizers)) return -1;
        }
        return -1;
    }

    /// <summary>How many tokens after a verb or noun of leaving "إلى المشفى" may stand for a medical transfer ("نقل الجرحى الثلاثة إلى المشفى").</summary>
    private const int HospitalWindow = 6;

    /// <summary>How many words after a verb of leaving or taking out the rubble its object is under may stand ("أخرجوا ثلاثة أطفال أحياء من تحت الأنقاض").</summary>
    private const int RubbleWindow = 6;

    /// <summary>
    /// Whether the verb or verbal noun ending at <paramref name="from"/> takes its object out of rubble: "تحت" or "من بين" right
    /// before a rubble word at most <see cref="RubbleWindow"/> words on, within the clause ("أخرج المسعفون امرأة من تحت الركام", "إخراج
    /// المدنيين من بين الركام").
    /// </summary>
    internal static bool FromRubble(ReportContext ctx, int from, Segment seg)
    {
        for (int k = from, words = 0; k < seg.EndToken && words < RubbleWindow; k++)
        {
            if (ctx.ClauseBreak(k)) return false;
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) continue;
            words++;
            if (ctx.Word(k, FunctionWords.Default.Rubble) && (ctx.Word(k - 1, FunctionWords.Default.Under) || ctx.Word(k - 1, FunctionWords.Default.Between) && ctx.Word(k - 2, FunctionWords.Default.From))) return true;
        }
        return false;
    }

    /// <summary>How far after a verb of moving or arriving vehicles with people on board may stand, past a count, a place and a time.</summary>
    private const int CarrierWindow = 10;

    /// <summary>
    /// Vehicles that carry people after a verb of moving or arriving, within its clause, past a count, a place and a time ("انطلقت 20
    /// حافلة تقل مسلحين", "وصلت صباح اليوم إلى المعبر حافلات وعلى متنها"); the first party after the verb decides: people or a batch
    /// leave as themselves (read above), vehicles alone are no evacuation; (-1, -1) if none.
    /// </summary>
    private static (int Start, int End) VehiclesCarrying(ReportContext ctx, int from, Segment seg)
    {
        for (int k = from; k < Math.Min(seg.EndToken, from + CarrierWindow); k++)
        {
            if (ctx.ClauseBreak(k) || ctx.Doc.IsPunct(k, '.') || ctx.Has(k, CueTags.NotParty)) break;
            if (ctx.StartCue(k) is not { } c) continue;
            if (c.Value(CueTags.Vehicle) is not null) return CarryAfter(ctx, ctx.CueEnd(k), seg) ? (k, ctx.CueEnd(k)) : (-1, -1);
            if (c.Value(CueTags.Group) is not null || c.Has(CueTags.PeopleBatch)) break;
        }
        return (-1, -1);
    }

    /// <summary>A carrying cue right after vehicles, past a count and the conjunction ("حافلات تقل", "حافلة وعلى متنها", "وبداخلها").</summary>
    private static bool CarryAfter(ReportContext ctx, int from, Segment seg)
    {
        for (int k = from; k < Math.Min(seg.EndToken, from + 3); k++)
        {
            if (ctx.Has(k, CueTags.Carry)) return true;
            if (ctx.Doc.Tokens[k].Kind == TokenKind.Word && !ctx.Word(k, FunctionWords.Default.RelativePronouns)) return false;
        }
        return false;
    }

    /// <summary>How far before the party's head an exceptive may stand (past the party's count and hedge: "سوى نحو 50 شخصا").</summary>
    private const int ExceptiveReach = 8;

    /// <summary>
    /// An exceptive ("سوى", "إلا") between the verb and the party's head, the party's count included ("لم يخرج سوى 50 شخصا", "لم
    /// يغادر من البلدة إلا المقاتلون"): the negation restricts the party.
    /// </summary>
    private static bool RestrictedParty(ReportContext ctx, int vEnd, int subject)
    {
        for (int k = Math.Max(vEnd, subject - ExceptiveReach); k <= subject; k++)
            if (ctx.Word(k, FunctionWords.Default.Exceptives)) return true;
        return false;
    }

    /// <summary>
    /// Remains taken out or moved, not people leaving: the remains word is the verb's or noun's object ("إخراج جثث 5 أشخاص",
    /// "نقل جثامين الضحايا"), the party itself ("أخرجت الفرق الجثث"), or the word the party depends on ("جثث 5 أشخاص").
    /// </summary>
    private static bool Remains(ReportContext ctx, int vEnd, int subject, int subjectEnd)
    {
        var remains = FunctionWords.Default.Remains;
        if (ctx.Word(vEnd, remains) || ctx.Word(subject - 1, remains)) return true;
        for (int k = subject; k < Math.Min(subjectEnd, subject + 3); k++)
            if (ctx.Word(k, remains)) return true;
        return false;
    }

    /// <summary>A convoy of aid, not of people ("دخلت القافلة الإنسانية", "وصلت قافلة مساعدات"): an aid word within two words after the batch.</summary>
    private static bool AidConvoy(ReportContext ctx, Segment seg, int subject, int subjectEnd)
    {
        if (!ctx.Has(subject, CueTags.PeopleBatch)) return false;
        for (int k = subjectEnd; k < Math.Min(seg.EndToken, subjectEnd + 2); k++)
            if (ctx.Word(k, FunctionWords.Default.AidConvoy)) return true;
        return false;
    }

    /// <summary>
    /// The party of a verbal noun of arriving or entering, right after it past an ordinal ("وصول الدفعة الأولى", "دخول أول دفعة",
    /// "وصول آخر دفعة"): a batch of people (not of vehicles, "الدفعة الثانية من الحافلات"), or, for an arrival, the displaced
    /// ("وصول مهجري الحي") or vehicles carrying people ("وصول الحافلات التي تقل"). Fighters or forces who arrive or enter take a place
    /// ("دخول الجيش", "وصول مقاتلي المعارضة إلى مشارف"), and buses alone also arrive to collect people; (-1, -1) if none.
    /// </summary>
    private static (int Start, int End) ArrivingParty(ReportContext ctx, Segment seg, int from, bool entered)
    {
        // "وصول 75 حافلة تقل أهالي البلدتين": past a count.
        if (!entered) from = PastCount(ctx, from);
        for (int k = from; k < Math.Min(seg.EndToken, from + 2); k++)
        {
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) return (-1, -1);
            var c = ctx.StartCue(k);
            int end = ctx.CueEnd(k);
            if (c?.Has(CueTags.PeopleBatch) == true) return BatchOfVehicles(ctx, end, seg) ? (-1, -1) : (k, end);
            if (entered) continue;
            if (c?.Has(CueTags.EvacueeNoun) == true) return (k, end);
            if (c?.Value(CueTags.Vehicle) is not null) return CarryAfter(ctx, end, seg) ? (k, end) : (-1, -1);
            if (c is not null || ctx.ActorAt(k) is not null) return (-1, -1);
        }
        return (-1, -1);
    }

    /// <summary>
    /// A batch of vehicles ("الدفعة الثانية من الحافلات"): a vehicle within the من-phrase after the batch; not one that carries people
    /// ("أول دفعة من الحافلات التي تقل أهالي البلدتين"), whose arrival is the people's.
    /// </summary>
    private static bool BatchOfVehicles(ReportContext ctx, int batchEnd, Segment seg)
    {
        for (int k = batchEnd; k < Math.Min(seg.EndToken, batchEnd + 3); k++)
            if (ctx.CueAt(k)?.Value(CueTags.Vehicle) is not null) return !CarryAfter(ctx, ctx.CueEnd(k), seg);
        return false;
    }

    /// <summary>"أحد" right after a verb, or past a preposition with a pronoun ("لم يخرج أحد", "لم يغادر منها أحد", "أي أحد"); -1 if none.</summary>
    private static int NoOneAfter(ReportContext ctx, int from, Segment seg)
    {
        for (int k = from; k < Math.Min(seg.EndToken, from + 3); k++)
        {
            if (ctx.Word(k, FunctionWords.Default.NoOne)) return k;
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) return -1;
        }
        return -1;
    }

    /// <summary>
    /// The "قبل أن" right before a plural verb of leaving that closes a told clause ("سلموا المدينة لقوات سوريا الديمقراطية قبل
    /// أن يفروا", "وسلم المسلحون سلاحهم الثقيل قبل أن ينسحبوا"): what happened next, not a background; -1 when the verb is not
    /// such a sequel: it opens the sentence ("وقبل أن يخرجوا …" is a background), the sentence tells of plans or terms, or of
    /// people killed or wounded (who died before they could leave).
    /// </summary>
    private static int Sequel(ReportContext ctx, Segment seg, int v, Cue cue)
    {
        if (!ctx.IsPluralVerb(v, cue) || !cue.Has(CueTags.EvacVerb) && !cue.Has(CueTags.WithdrawVerb)) return -1;
        int link = v - 1;
        while (link > seg.FirstToken && ctx.StartCue(link) is null) link--;
        if (ctx.StartCue(link) is not { } c || !c.Has(CueTags.Sequel) || ctx.CueEnd(link) != v) return -1;
        int blocker = ctx.FirstCueInSentence(ctx.Doc.SentenceOf(v), PlansTermsOrHarm);
        if (blocker >= 0 && blocker < link) return -1;
        int words = 0;
        for (int k = seg.FirstToken; k < link && words < 2; k++)
            if (ctx.Doc.Tokens[k].Kind == TokenKind.Word) words++;
        return words >= 2 ? link : -1;
    }

    /// <summary>A cue of plans, a deal's terms, or people killed or wounded: a "قبل أن" after one is no sequel (<see cref="Sequel"/>).</summary>
    private static readonly Func<ReportContext, int, Cue, bool> PlansTermsOrHarm = static (_, _, c) =>
        c.Has(CueTags.Planned) || c.Has(CueTags.Terms) || c.Has(CueTags.Killed) || c.Has(CueTags.Wounded);

    /// <summary>Past a count that starts at <paramref name="k"/> ("وصول 75 حافلة تقل …"): the token after it; <paramref name="k"/> when none does.</summary>
    private static int PastCount(ReportContext ctx, int k) => ctx.QuantityStartingAt(k) is { Kind: NumberKind.Count } q ? q.EndToken : k;

    /// <summary>A plan or a deal's terms anywhere before <paramref name="v"/> in its sentence ("ينص الاتفاق على «خروج 700 مسلح»").</summary>
    private static bool PlansOrTermsBefore(ReportContext ctx, Segment seg, int v) =>
        ctx.Before(v - 1, seg.FirstToken, CueTags.Planned) >= 0 || ctx.Before(v - 1, seg.FirstToken, CueTags.Terms) >= 0;


    /// <summary>
    /// A word of putting off or halting at <paramref name="lead"/>, right before a verbal noun or before "عملية" in front of it, past
    /// quotation marks ("تأجيل خروج", "تأجلت عملية إجلاء", "توقف «الإجلاء»"); -1 if none.
    /// </summary>
    private static int DelayOf(ReportContext ctx, int lead)
    {
        int k = SkipQuotesBack(ctx, lead);
        // "تأجيل موعد خروج القافلة": past the noun of the set time.
        if (ctx.Word(k, FunctionWords.Default.ScheduleNouns)) k--;
        // "علقت الأمم المتحدة عملية الإجلاء", "أوقفت قوات النظام خروج الحافلات": a halt with its agent between it and the noun.
        if (k >= 0 && !ctx.Has(k, CueTags.Delay)) k = DelayPastSubject(ctx, k);
        if (k < 0 || !ctx.Has(k, CueTags.Delay)) return -1;
        // "طالبت بتأجيل عملية الإجلاء", "دعت إلى تأجيل خروج المدنيين", "لتأجيل": a delay asked for or aimed at has not happened; one told
        // with ب after a verb of saying has ("وأفاد مراسلنا بتأجيل خروج الدفعة").
        var word = ArabicClitics.WithoutConjunction(ctx.Doc.TokenSpan(k));
        int from = Math.Max(0, k - DelayAskWindow);
        if (word[0] == '\u0644' || ctx.Word(k - 1, FunctionWords.Default.To) || ctx.Before(k - 1, from, CueTags.Hypothetical) >= 0) return -1;
        if (word[0] == '\u0628' && ctx.Before(k - 1, from, CueTags.Say) < 0) return -1;
        return k;
    }

    /// <summary>
    /// A word of putting off or halting before a short subject that ends at <paramref name="k"/> ("علقت الأمم المتحدة", "أوقفت
    /// قوات النظام"): a named party or at most <see cref="GovernorSubjectWords"/> plain words, in one clause; -1 if none.
    /// </summary>
    private static int DelayPastSubject(ReportContext ctx, int k)
    {
        int s = ctx.Doc.SentenceOf(k);
        int first = ctx.Doc.Sentences[s].FirstToken;
        for (int j = k, words = 0; j >= first && words <= GovernorSubjectWords; j--, words++)
        {
            if (ctx.Doc.Tokens[j].Kind != TokenKind.Word || ctx.ClauseBreak(j)) return -1;
            if (words > 0 && ctx.Has(j, CueTags.Delay)) return j;
            // "علقت الأمم المتحدة": a named party counts as one word.
            if (ctx.ActorEndingAt(j) is { } named && named.FirstToken < j && named.FirstToken >= first) { j = named.FirstToken; continue; }
            if (ctx.StartCue(j) is { } c && c.Value(CueTags.Group) is null && ctx.ActorAt(j) is null) return -1;
        }
        return -1;
    }

    /// <summary>How far before a word of putting off a verb that asks for it, or says it, may stand ("طالبت منظمة الأمم المتحدة بتأجيل").</summary>
    private const int DelayAskWindow = 6;

    /// <summary>How far before "بـ" and a quotation a verb of saying may stand ("وأفاد المصدر بـ«خروج الدفعة الأخيرة»").</summary>
    private const int QuotedSayWindow = 6;

    /// <summary>
    /// A verbal noun quoted after "عن" or after a lone "بـ" that a verb of saying governs ("وتحدثت عن «مغادرة دفعة من المسلحين»",
    /// "وأفاد المصدر بـ«خروج الدفعة الأخيرة من …»"): the quotation is what was said; not in a sentence of plans or a deal's terms.
    /// </summary>
    private static bool QuotedAfterSaying(ReportContext ctx, Segment seg, int v)
    {
        int k = SkipQuotesBack(ctx, v - 1);
        if (k == v - 1 || PlansOrTermsBefore(ctx, seg, v)) return false;
        // Not a deal's terms quoted ("ينص على «خروج 700 مسلح»، فضلا عن «خروج …»").
        if (ctx.Word(k, FunctionWords.Default.About)) return true;
        return ctx.Word(k, FunctionWords.Default.ByParticle) && ctx.Before(k - 1, Math.Max(seg.FirstToken, k - QuotedSayWindow), CueTags.Say) >= 0;
    }

    /// <summary>Back past quotation marks ending at <paramref name="k"/> ("بدء «الترحيل»").</summary>
    private static int SkipQuotesBack(ReportContext ctx, int k)
    {
        while (k >= 0 && (ctx.Doc.IsPunct(k, '"') || ctx.Doc.IsPunct(k, '«') || ctx.Doc.IsPunct(k, '\''))) k--;
        return k;
    }

    /// <summary>
    /// A verbal noun that names the evacuation as an operation: after "عملية"/"عمليات" ("عملية إجلاء", "عمليات التهجير"), or definite
    /// by itself ("الإجلاء", "التهجير", "الترحيل"); not one of purpose ("لإجلاء").
    /// </summary>
    private static bool NamedOperation(ReportContext ctx, int v) =>
        !PurposeClitic(ctx, v) && !PurposeOperation(ctx, v - 1)
        && (ctx.Word(v - 1, FunctionWords.Default.Operation) || ctx.WordOrConjoined(v, FunctionWords.Default.OperationNouns));

    /// <summary>"عملية" with the purpose clitic ل ("بدأت التحضيرات لعملية الإجلاء"): what is prepared for has not happened.</summary>
    private static bool PurposeOperation(ReportContext ctx, int k)
    {
        if (k < 0 || ctx.Doc.Tokens[k].Kind != TokenKind.Word) return false;
        var word = ArabicClitics.WithoutConjunction(ctx.Doc.TokenSpan(k));
        return word.Length > 1 && word[0] == '\u0644' && FunctionWords.Default.Operation.Contains(word[1..]);
    }

    /// <summary>
    /// What tells that an operation named with no party happened, went on, ended or was put off: a verb or noun of beginning, going
    /// on or ending, a past passive, a noun of completing or a word of putting off right before it (past "عملية" and quotation
    /// marks: "بدأت عملية التهجير", "انتهاء عمليات الإجلاء", "تمت عملية الإجلاء", "بدء «الترحيل»"), such a verb past a time or a
    /// short subject (<see cref="GovernedFromAfar"/>), or a verb of beginning or ending right after "عملية …" ("عملية الإجلاء
    /// انطلقت"). Not when a plan, a complementiser or a word of background stands before the governor ("من المقرر أن تبدأ عملية
    /// الإجلاء", "بعد أيام من انتهاء عملية الإجلاء"). Returns the governor's token, or -1.
    /// </summary>
    /// <summary>Whether reported content opens at <paramref name="head"/>, or right before it at its complementiser ("إن التهجير").</summary>
    private static bool OpensReportedContent(ReportContext ctx, int head)
    {
        int s = ctx.Doc.SentenceOf(head);
        return ctx.Attributor.FrameOpeningAt(s, head) is not null || head > 0 && ctx.Doc.Tokens[head - 1].Kind == TokenKind.Word && ctx.Attributor.FrameOpeningAt(s, head - 1) is not null;
    }

    /// <summary>How far after an operation that opens reported content its predicate may stand ("التهجير القسري لأهالي داريا تم").</summary>
    private const int OperationPredicateWindow = 6;

    private static int OperationGovernor(ReportContext ctx, Segment seg, int v, int lead, int delay)
    {
        if (delay >= 0) return delay;
        int k = SkipQuotesBack(ctx, lead);
        int governor = -1;
        if (k >= seg.FirstToken && (ctx.Has(k, CueTags.Begin) || ctx.WordOrConjoined(k, FunctionWords.Default.PassivePast) || ctx.WordOrConjoined(k, FunctionWords.Default.Completion)))
            governor = k;
        else if (GovernedFromAfar(ctx, seg, v)) governor = lead;
        else if (ctx.Word(v - 1, FunctionWords.Default.Operation) && v - 1 == seg.FirstToken + (ctx.Doc.Tokens[seg.FirstToken].Kind == TokenKind.Word ? 0 : 1))
        {
            int end = ctx.CueEnd(v);
            for (int j = end; j < Math.Min(seg.EndToken, end + 4); j++)
            {
                if (ctx.ClauseBreak(j)) break;
                if (ctx.Has(j, CueTags.Begin)) { governor = j; break; }
            }
        }
        // "قال ناشطون إن التهجير القسري لأهالي داريا تم برعاية روسية": the operation opens what a source says, and a past passive or a
        // verb of beginning or ending follows it past an adjective and its party.
        else if (OpensReportedContent(ctx, ctx.Word(v - 1, FunctionWords.Default.Operation) ? v - 1 : v))
        {
            int end = ctx.CueEnd(v);
            for (int j = end; j < Math.Min(seg.EndToken, end + OperationPredicateWindow); j++)
            {
                if (ctx.ClauseBreak(j) || ctx.Has(j, CueTags.Planned) || ctx.Has(j, CueTags.Say)) break;
                if (ctx.Has(j, CueTags.Begin) || ctx.WordOrConjoined(j, FunctionWords.Default.PassivePast)) { governor = j; break; }
            }
        }
        if (governor < 0 || governor > v) return governor;
        // "ويأتي الاتفاق بعد أيام من انتهاء عملية إجلاء المقاتلين": an operation that ended before what is told is its background.
        if (ctx.Word(governor - 1, FunctionWords.Default.Complementizers) || ctx.Before(governor - 1, Math.Max(seg.FirstToken, governor - 3), CueTags.Planned) >= 0
            || ctx.Backgrounded(governor, seg.FirstToken)) return -1;
        return governor;
    }
}
