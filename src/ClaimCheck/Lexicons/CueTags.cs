namespace ClaimCheck.Lexicons;

/// <summary>
/// The cue families (tags) of Resources/cues.json and Resources/en/cues.json, one constant per tag, so rules name a family
/// instead of spelling it. Three families take a value ("group:fighters", "vehicle:buses", "action:arrived"): their prefixes
/// are <see cref="Group"/>, <see cref="Vehicle"/> and <see cref="Action"/> (read with <c>Cue.Value</c>), listed in
/// <see cref="ValueFamilies"/>; a valued tag a rule tests whole has its own constant (<see cref="ActionArrived"/>). The lint
/// test (CueTagsTests) checks that every tag in the cue files is a constant here or a value of a family, and that every constant
/// occurs in a cue file.
/// </summary>
internal static class CueTags
{
    /// <summary>"affirm" (Arabic cues).</summary>
    public const string Affirm = "affirm";

    /// <summary>"agreement" (both cues).</summary>
    public const string Agreement = "agreement";

    /// <summary>"arrive-noun" (Arabic cues): the verbal noun of arriving or entering ("وصول", "دخول").</summary>
    public const string ArriveNoun = "arrive-noun";

    /// <summary>"arrive-verb" (both cues).</summary>
    public const string ArriveVerb = "arrive-verb";

    /// <summary>"anniversary" (Arabic cues): "الذكرى", "ذكراها"; a count in a relative clause on the event remembered is history, not news (<see cref="Claims.CasualtyRules.NotWarToll"/>).</summary>
    public const string Anniversary = "anniversary";

    /// <summary>"attempt" (Arabic cues).</summary>
    public const string Attempt = "attempt";

    /// <summary>"attribute-to" (Arabic cues).</summary>
    public const string AttributeTo = "attribute-to";

    /// <summary>"backgrounding" (Arabic cues).</summary>
    public const string Backgrounding = "backgrounding";

    /// <summary>"batch" (English cues).</summary>
    public const string Batch = "batch";

    /// <summary>"be" (English cues).</summary>
    public const string Be = "be";

    /// <summary>"begin" (both cues).</summary>
    public const string Begin = "begin";

    /// <summary>"delay" (Arabic cues): a word of putting off, halting or holding up ("تأجيل", "تأجلت", "توقف", "تعليق") that governs a
    /// verbal noun of leaving: the departure did not happen (<see cref="Claims.EvacuationRules"/>).</summary>
    public const string Delay = "delay";

    /// <summary>"carry" (both cues).</summary>
    public const string Carry = "carry";

    /// <summary>"on-board" (Arabic cues): a carrying cue whose pronoun is the vehicle ("على متنها", "بداخلها"): it holds people on board
    /// whoever the vehicle is, named near or far (<see cref="Claims.EvacueeRules"/>).</summary>
    public const string OnBoard = "on-board";

    /// <summary>"take-along" (Arabic cues): a verb or participle of taking people along ("اصطحبوا معهم", "اقتاد", "متخذين ... دروعا بشرية"); in a sentence that tells of leaving, the people it takes leave too (<see cref="Claims.EvacueeRules"/>).</summary>
    public const string TakeAlong = "take-along";

    /// <summary>"sequel" (Arabic cues): "قبل أن" after a told clause, whose verb then tells what happened next ("سلموا المدينة قبل أن يفروا"), not a background.</summary>
    public const string Sequel = "sequel";

    /// <summary>"estimate" (Arabic cues): a verb of estimating a figure ("تقدر بـ", "يقدر"); right before a count it estimates a tally named earlier (<see cref="Claims.EvacueeRules"/>).</summary>
    public const string Estimate = "estimate";

    /// <summary>"cite" (both cues).</summary>
    public const string Cite = "cite";

    /// <summary>"conclusion" (Arabic cues): a verbal noun of concluding a deal, neutral until what governs it says otherwise ("تم التوصل", "عدم التوصل").</summary>
    public const string Conclusion = "conclusion";

    /// <summary>"conditions" (Arabic cues): a deal's terms as a noun ("شروط"), a deal only when accepted ("رضخوا لشروط", "قبلت بشروط").</summary>
    public const string Conditions = "conditions";

    /// <summary>"conflicting" (Arabic cues): reports that contradict each other ("أنباء متضاربة"), a remark on a dispute.</summary>
    public const string Conflicting = "conflicting";

    /// <summary>"cite-adjacent" (Arabic cues): a citation that, after a speaker already framed in its sentence, cites only a source right after it ("في حصيلة للمرصد"; not "وقال المرصد في تقرير نشرته وكالة سانا").</summary>
    public const string CiteAdjacent = "cite-adjacent";

    /// <summary>"continuation" (Arabic cues).</summary>
    public const string Continuation = "continuation";

    /// <summary>"count-phrase" (Arabic cues).</summary>
    public const string CountPhrase = "count-phrase";

    /// <summary>"deny" (both cues).</summary>
    public const string Deny = "deny";

    /// <summary>"deny-noun" (Arabic cues).</summary>
    public const string DenyNoun = "deny-noun";

    /// <summary>"depart" (English cues).</summary>
    public const string Depart = "depart";

    /// <summary>"destination" (Arabic cues).</summary>
    public const string Destination = "destination";

    /// <summary>"route" (Arabic cues): a place passed on the way ("مروراً بحي برزة"), like a destination not where it happened.</summary>
    public const string Route = "route";

    /// <summary>"determiner" (English cues).</summary>
    public const string Determiner = "determiner";

    /// <summary>"disease" (Arabic cues).</summary>
    public const string Disease = "disease";

    /// <summary>"elliptic" (Arabic cues).</summary>
    public const string Elliptic = "elliptic";

    /// <summary>"evac-not-object" (English cues).</summary>
    public const string EvacNotObject = "evac-not-object";

    /// <summary>"evac-noun" (both cues).</summary>
    public const string EvacNoun = "evac-noun";

    /// <summary>"evac-object" (English cues).</summary>
    public const string EvacObject = "evac-object";

    /// <summary>"evac-self" (Arabic cues).</summary>
    public const string EvacSelf = "evac-self";

    /// <summary>"evac-verb" (both cues).</summary>
    public const string EvacVerb = "evac-verb";

    /// <summary>"evacuee-noun" (both cues).</summary>
    public const string EvacueeNoun = "evacuee-noun";

    /// <summary>"function" (English cues).</summary>
    public const string Function = "function";

    /// <summary>"hospital" (Arabic cues).</summary>
    public const string Hospital = "hospital";

    /// <summary>"detainee" (Arabic cues): a noun of people held in prison ("معتقلين", "سجناء"); they may be killed ("مقتل 3 معتقلين تحت التعذيب"),
    /// but their release is no evacuation ("أفرج عن 200 معتقل", "خرج 40 معتقلا من السجن"), so they are no evacuees.</summary>
    public const string Detainee = "detainee";

    /// <summary>"prediction" (Arabic cues): a warning, fear or forecast ("حذرت من أن الهجوم قد يؤدي إلى مقتل", "يخشى أن يقتل"): a toll after it is not a count of the dead.</summary>
    public const string Prediction = "prediction";

    /// <summary>"basis" (Arabic cues): what a happening was done on the basis of, before the deal ("بموجب", "ضمن", "تنفيذا", "إثر"); after a deal it is another thing's basis.</summary>
    public const string Basis = "basis";

    /// <summary>"concluded" (Arabic cues): a participle right after a deal that tells it concluded ("الاتفاق المبرم", "الهدنة المتفق عليها").</summary>
    public const string Concluded = "concluded";

    /// <summary>"sponsored" (Arabic cues): the sponsor or broker of a deal after it ("برعاية روسية", "بوساطة أممية", "بضمانة تركية").</summary>
    public const string Sponsored = "sponsored";

    /// <summary>"deal-verb" (Arabic cues): a perfect verb that makes, signs, sponsors or carries out the deal it takes as its object ("أبرمت الفصائل الاتفاق", "رعت روسيا الاتفاق").</summary>
    public const string DealVerb = "deal-verb";

    /// <summary>"no-deal" (Arabic cues): a negated existential that says a deal is missing ("لا يوجد", "ليس هناك", "لا وجود").</summary>
    public const string NoDeal = "no-deal";

    /// <summary>"conditional" (Arabic cues): a condition under which a deal would be made ("في حال", "إذا", "لو"): it affirms nothing.</summary>
    public const string Conditional = "conditional";

    /// <summary>"future-start" (Arabic cues): a verb of beginning in the future ("ستبدأ الهدنة", "الاتفاق سيسري"): the deal is not yet in force.</summary>
    public const string FutureStart = "future-start";

    /// <summary>"nearing" (Arabic cues): a verb of drawing near ("اقترب الطرفان من اتفاق", "الاتفاق يقترب من نهايته"): the deal is not yet made.</summary>
    public const string Nearing = "nearing";

    /// <summary>"hypothetical" (Arabic cues).</summary>
    public const string Hypothetical = "hypothetical";

    /// <summary>"in-force" (Arabic cues).</summary>
    public const string InForce = "in-force";

    /// <summary>"implementation" (Arabic cues): the carrying out of a deal ("تنفيذ", "تطبيق").</summary>
    public const string Implementation = "implementation";

    /// <summary>"indefinite" (English cues): the article a/an, which counts one person named after it.</summary>
    public const string Indefinite = "indefinite";

    /// <summary>"fall" (Arabic cues): "سقط"/"سقوط", a verb of falling that reads as killed only right before a counted group ("سقوط 14 مدنيا") and gives way to a harm word after the noun ("سقط 25 شخصا بين قتيل وجريح").</summary>
    public const string Fall = "fall";

    /// <summary>"inflict" (Arabic cues): a verb of inflicting losses whose second object is the victim ("كبّدت الفصائل قوات النظام 20 قتيلا").</summary>
    public const string Inflict = "inflict";

    /// <summary>"killed" (both cues).</summary>
    public const string Killed = "killed";

    /// <summary>"killed-noun" (both cues).</summary>
    public const string KilledNoun = "killed-noun";

    /// <summary>"killed-wounded" (both cues).</summary>
    public const string KilledWounded = "killed-wounded";

    /// <summary>"link" (English cues).</summary>
    public const string Link = "link";

    /// <summary>"move-verb" (Arabic cues).</summary>
    public const string MoveVerb = "move-verb";

    /// <summary>"negation" (both cues).</summary>
    public const string Negation = "negation";

    /// <summary>"negation-post" (Arabic cues).</summary>
    public const string NegationPost = "negation-post";

    /// <summary>"negotiations" (Arabic cues).</summary>
    public const string Negotiations = "negotiations";

    /// <summary>"not-agreement" (Arabic cues).</summary>
    public const string NotAgreement = "not-agreement";

    /// <summary>"not-party" (Arabic cues).</summary>
    public const string NotParty = "not-party";

    /// <summary>"outcome" (Arabic cues).</summary>
    public const string Outcome = "outcome";

    /// <summary>"partitive" (both cues).</summary>
    public const string Partitive = "partitive";

    /// <summary>"people-batch" (Arabic cues).</summary>
    public const string PeopleBatch = "people-batch";

    /// <summary>"possessed" (Arabic cues): an agreement noun with a pronoun suffix, definite ("اتفاقهم").</summary>
    public const string Possessed = "possessed";

    /// <summary>"planned" (both cues).</summary>
    public const string Planned = "planned";

    /// <summary>"pronoun" (English cues).</summary>
    public const string Pronoun = "pronoun";

    /// <summary>"question" (Arabic cues).</summary>
    public const string Question = "question";

    /// <summary>"relay" (English cues).</summary>
    public const string Relay = "relay";

    /// <summary>"may-deploy" (Arabic cues): a reporting verb that also means to deploy ("نشرت قوات النظام حواجز"): it reports nothing when what follows its subject is a force or post deployed (<see cref="FunctionWords.DeployedThings"/>).</summary>
    public const string MayDeploy = "may-deploy";

    /// <summary>"may-transfer" (Arabic cues): a reporting verb that also means to transfer ("نقلت روسيا 300 مسلح"): it reports nothing when a count or people follow its subject, and then tells of an evacuation.</summary>
    public const string MayTransfer = "may-transfer";

    /// <summary>"safe-passage" (Arabic cues).</summary>
    public const string SafePassage = "safe-passage";

    /// <summary>"say" (both cues).</summary>
    public const string Say = "say";

    /// <summary>"say-tally" (Arabic cues): a verb that reports only when it gives a toll ("قدم المرصد حصيلة أكبر").</summary>
    public const string SayTally = "say-tally";

    /// <summary>"singular" (English cues): a group noun naming one person ("civilian", "soldier").</summary>
    public const string Singular = "singular";

    /// <summary>"lose" (Arabic cues): a verb of losing ("خسرت قوات النظام 20 عنصرا", "فقد الفصيل 12 مقاتلا"), a killed cue only with the loser named
    /// between it and a count of people ("فقد 12 شخصا" may be "12 people went missing"; "خسرت الفصائل 3 دبابات" counts no one).</summary>
    public const string Lose = "lose";

    /// <summary>"suffer" (Arabic cues): a verb of suffering losses whose subject is the victim ("تكبدت قوات النظام 20 قتيلا").</summary>
    public const string Suffer = "suffer";

    /// <summary>"tally" (both cues).</summary>
    public const string Tally = "tally";

    /// <summary>"tally-reach" (both cues).</summary>
    public const string TallyReach = "tally-reach";

    /// <summary>"terms" (Arabic cues).</summary>
    public const string Terms = "terms";

    /// <summary>"topic" (Arabic cues).</summary>
    public const string Topic = "topic";

    /// <summary>"uncertain" (both cues).</summary>
    public const string Uncertain = "uncertain";

    /// <summary>"under-fire" (Arabic cues).</summary>
    public const string UnderFire = "under-fire";

    /// <summary>"unit" (English cues).</summary>
    public const string Unit = "unit";

    /// <summary>"via" (Arabic cues).</summary>
    public const string Via = "via";

    /// <summary>"withdraw-verb" (Arabic cues).</summary>
    public const string WithdrawVerb = "withdraw-verb";

    /// <summary>"without" (Arabic cues).</summary>
    public const string Without = "without";

    /// <summary>"wounded" (both cues).</summary>
    public const string Wounded = "wounded";

    /// <summary>"wounded-noun" (both cues).</summary>
    public const string WoundedNoun = "wounded-noun";

    /// <summary>The prefix of the counted groups ("group:fighters", "group:civilians").</summary>
    public const string Group = "group";

    /// <summary>The prefix of the vehicles ("vehicle:buses").</summary>
    public const string Vehicle = "vehicle";

    /// <summary>The prefix of what vehicles or people did ("action:entered", "action:arrived").</summary>
    public const string Action = "action";

    /// <summary>"action:arrived": verbs of arriving (Arabic cues).</summary>
    public const string ActionArrived = Action + ":arrived";

    /// <summary>"action:waiting": people still waiting to leave ("ينتظرون", "بانتظار") (Arabic cues).</summary>
    public const string ActionWaiting = Action + ":waiting";

    /// <summary>The families that take a value after a colon.</summary>
    public static IReadOnlyList<string> ValueFamilies { get; } = [Group, Vehicle, Action];
}
