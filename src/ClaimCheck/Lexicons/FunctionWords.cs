using ClaimCheck.Text;

namespace ClaimCheck.Lexicons;

/// <summary>
/// The function words the extraction rules test tokens against (prepositions, complementisers, clause links, quantifiers …),
/// one named set per meaning, loaded once from the embedded <c>function-words.json</c>. The file is written in ordinary
/// spelling; every word is folded as the normaliser folds text, so a set's words compare directly with token texts.
/// </summary>
internal sealed class FunctionWords
{
    private const string FileName = "function-words.json";
    private static readonly Lazy<FunctionWords> DefaultWords = new(() => new(LexiconLoader.LoadEmbedded(FileName, LexiconJsonContext.Reading.DictionaryStringStringArray), "embedded:" + FileName));

    /// <summary>The built-in sets.</summary>
    public static FunctionWords Default => DefaultWords.Value;

    private readonly IReadOnlyDictionary<string, string[]> _file;
    private readonly string _origin;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private FunctionWords(IReadOnlyDictionary<string, string[]> file, string origin)
    {
        _file = file;
        _origin = origin;
        From = Set("from");
        To = Set("to");
        About = Set("about");
        In = Set("in");
        And = Set("and");
        ToClitic = Set("toClitic");
        PastNegation = Set("pastNegation");
        VerbNegators = Set("verbNegators");
        KillingVerbs = Set("killingVerbs");
        OfThem = Set("ofThem");
        Subjunctive = Set("subjunctive");
        PassiveAuxiliary = Set("passiveAuxiliary");
        Any = Set("any");
        Demonstratives = Set("demonstratives");
        DealPhases = Set("dealPhases");
        ObjectBreaks = Set("objectBreaks");
        DealComplements = Set("dealComplements");
        DealNameGroups = Set("dealNameGroups");
        DealNameNumerals = Set("dealNameNumerals");
        Article = Set("article");
        Existence = Set("existence");
        NoDealFillers = Set("noDealFillers");
        NoDealParticles = Set("noDealParticles");
        Ranks = Set("ranks");
        Each = Set("each");
        RelativePronouns = Set("relativePronouns");
        PeopleRelatives = Set("peopleRelatives");
        LivesLost = Set("livesLost");
        Complementizers = Set("complementizers");
        CitationWhat = Set("citationWhat");
        PronounSayings = Set("pronounSayings");
        RelayingNaqlan = Set("relayingNaqlan");
        Latter = Set("latter");
        PlaceNamedSources = Set("placeNamedSources");
        PointingBack = Set("pointingBack");
        ObjectSayVerbs = Set("objectSayVerbs");
        ReportNouns = Set("reportNouns");
        SourceQualifiers = Set("sourceQualifiers");
        SourceNouns = Set("sourceNouns");
        OppositionAdjectives = Set("oppositionAdjectives");
        LoyalistAdjectives = Set("loyalistAdjectives");
        OrganisationHeads = Set("organisationHeads");
        OrganisationNameBreaks = Set("organisationNameBreaks");
        SpeakerTitles = Set("speakerTitles");
        ResponsibilityNouns = Set("responsibilityNouns");
        DeployedThings = Set("deployedThings");
        Provenance = Set("provenance");
        SpeakerlessPrepositions = Set("speakerlessPrepositions");
        SubjectComplementizers = Set("subjectComplementizers");
        PartyPrepositions = Set("partyPrepositions");
        Between = Set("between");
        AgreeingPrepositions = Set("agreeingPrepositions");
        OpinionObjects = Set("opinionObjects");
        BeginningNouns = Set("beginningNouns");
        PursuitPrepositions = Set("pursuitPrepositions");
        SigningVerbs = Set("signingVerbs");
        SignedOn = Set("signedOn");
        OutcomeLinks = Set("outcomeLinks");
        ClauseStarters = Set("clauseStarters");
        ClauseLinks = Set("clauseLinks");
        CountJoiners = Set("countJoiners");
        OneCountedAfter = Set("oneCountedAfter");
        HarmVerbAdjuncts = Set("harmVerbAdjuncts");
        AfterBareCount = Set("afterBareCount");
        SingularVictims = Set("singularVictims");
        SingularHarmNouns = Set("singularHarmNouns");
        AffiliationParticiples = Set("affiliationParticiples");
        SomeNumber = Set("someNumber");
        SomeNumberOthers = Set("someNumberOthers");
        PostposedVague = Set("postposedVague");
        VerbParticles = Set("verbParticles");
        SomeNumberSuperlatives = Set("someNumberSuperlatives");
        Completion = Set("completion");
        ReachedTo = Set("reachedTo");
        CountOfThem = Set("countOfThem");
        TimeBeforeCount = Set("timeBeforeCount");
        CarryingVerbs = Set("carryingVerbs");
        Rubble = Set("rubble");
        MemorandumNouns = Set("memorandumNouns");
        MemorandumTopics = Set("memorandumTopics");
        MemorandumNotDeal = Set("memorandumNotDeal");
        MassacreNouns = Set("massacreNouns");
        FailureVerbs = Set("failureVerbs");
        FailureLinks = Set("failureLinks");
        SuccessVerbs = Set("successVerbs");
        AnnounceVerbs = Set("announceVerbs");
        DualHarmVerbs = Set("dualHarmVerbs");
        CauseLinks = Set("causeLinks");
        Under = Set("under");
        PassivePast = Set("passivePast");
        Operation = Set("operation");
        OperationNouns = Set("operationNouns");
        ScheduleNouns = Set("scheduleNouns");
        TimePhraseLeads = Set("timePhraseLeads");
        TheyPronouns = Set("theyPronouns");
        TimePhraseWords = Set("timePhraseWords");
        SpeakerTrailingTimes = Set("speakerTrailingTimes");
        ExpectedAdjectives = Set("expectedAdjectives");
        ConcludingNouns = Set("concludingNouns");
        ExplosiveVehicle = Set("explosiveVehicle");
        ByParticle = Set("byParticle");
        NoOne = Set("noOne");
        AidConvoy = Set("aidConvoy");
        EventTimeLeads = Set("eventTimeLeads");
        Remains = Set("remains");
        LeaversTallyLinks = Set("leaversTallyLinks");
        TallyQualifiers = Set("tallyQualifiers");
        AdditionJoiners = Set("additionJoiners");
        AdditionLinks = Set("additionLinks");
        ExceedVerbs = Set("exceedVerbs");
        ExceedLinks = Set("exceedLinks");
        ChoosingVerbs = Set("choosingVerbs");
        Exceptives = Set("exceptives");
        CompletionAdjuncts = Set("completionAdjuncts");
        TopicStopWords = Set("topicStopWords");
        if (file.Keys.FirstOrDefault(k => !_read.Contains(k)) is { } unused)
            throw new LexiconException(origin, LexiconLoader.LineOf(LexiconLoader.ReadEmbedded(FileName), $"\"{unused}\""), unused, "no rule uses this set");
    }

    /// <summary>The set named <paramref name="name"/> in the file, each word folded; a missing or empty set, an empty word, or two words that fold alike are errors.</summary>
    private WordSet Set(string name)
    {
        _read.Add(name);
        if (!_file.TryGetValue(name, out var words) || words is null || words.Length == 0)
            throw new LexiconException(_origin, null, name, "the set is missing or empty");
        var folded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            string f = ArabicNormalizer.Normalize(word ?? "").Text.Trim();
            if (f.Length == 0 || f.Contains(' ')) throw new LexiconException(_origin, null, name, $"\"{word}\" is not one word");
            if (!folded.Add(f)) throw new LexiconException(_origin, null, name, $"\"{word}\" folds to \"{f}\", which the set already holds");
        }
        return new WordSet(folded);
    }

    /// <summary>The names of the sets in the file, in file order (for the lint test).</summary>
    internal IEnumerable<string> Names => _file.Keys;

    /// <summary>The preposition من ("from", "of").</summary>
    public WordSet From { get; }
    /// <summary>The preposition إلى.</summary>
    public WordSet To { get; }
    /// <summary>The preposition عن.</summary>
    public WordSet About { get; }
    /// <summary>The preposition في.</summary>
    public WordSet In { get; }
    /// <summary>The conjunction و written apart.</summary>
    public WordSet And { get; }
    /// <summary>The preposition لـ written apart.</summary>
    public WordSet ToClitic { get; }
    /// <summary>لم, negating a past verb (the rules also take it with و/ف on it: ولم، فلم, through ReportContext.WordOrConjoined).</summary>
    public WordSet PastNegation { get; }
    /// <summary>لم, لن, لا: particles that negate the verb right after them ("لم توافق", "لن نقبل"), with و/ف on them too.</summary>
    public WordSet VerbNegators { get; }
    /// <summary>Active verbs of killing ("قتل", "قتلت", "أردى"): a party right before one, with the count after it, is the killer.</summary>
    public WordSet KillingVerbs { get; }
    /// <summary>منها, منهم: "of them", pointing back to the party before the verb ("قوات النظام قتل منها 20 عنصرا").</summary>
    public WordSet OfThem { get; }
    /// <summary>أن, كي, لكي: particles after which a verb tells what is to be done, not what was ("أن يتم التوصل إلى اتفاق").</summary>
    public WordSet Subjunctive { get; }
    /// <summary>The passive auxiliaries يتم, تتم, يجر(ي) before a verbal noun ("لم يتم خروج", "لم يجر نقل").</summary>
    public WordSet PassiveAuxiliary { get; }
    /// <summary>أي ("any deal").</summary>
    public WordSet Any { get; }
    /// <summary>هذا, هذه, ذلك, تلك between a linking preposition and the deal ("إلى هذا الاتفاق").</summary>
    public WordSet Demonstratives { get; }
    /// <summary>A stage of a deal named before it ("المرحلة الأولى من اتفاق").</summary>
    public WordSet DealPhases { get; }
    /// <summary>Words that end the object of a verb that makes a deal before the deal ("وقعت اشتباكات بعد الاتفاق").</summary>
    public WordSet ObjectBreaks { get; }
    /// <summary>What links a deal to its parties or subject right after it ("الاتفاق بين …", "الاتفاق حول …").</summary>
    /// <summary>Plural or dual nouns of settlements that name a deal by the places it covers ("اتفاق المدن الأربع", "اتفاق البلدتين").</summary>
    public WordSet DealNameGroups { get; }

    /// <summary>Definite numerals that complete a deal's name after a group of settlements ("الأربع", "الخمس").</summary>
    public WordSet DealNameNumerals { get; }

    public WordSet DealComplements { get; }
    /// <summary>The article written apart ("الـ12").</summary>
    public WordSet Article { get; }
    /// <summary>وجود ("the existence of a deal").</summary>
    public WordSet Existence { get; }
    /// <summary>Words between a negated existential and the deal it says is missing ("لا يوجد أي اتفاق", "لا وجود لمثل هذا الاتفاق").</summary>
    public WordSet NoDealFillers { get; }
    /// <summary>لا right before a deal noun: no deal exists ("لا اتفاق تهدئة").</summary>
    public WordSet NoDealParticles { get; }
    /// <summary>صفوف ("في صفوف": among the ranks of).</summary>
    public WordSet Ranks { get; }
    /// <summary>كل ("each vehicle").</summary>
    public WordSet Each { get; }
    /// <summary>Relative pronouns describing a noun ("الاتفاق الذي").</summary>
    public WordSet RelativePronouns { get; }
    /// <summary>Relative pronouns of people in the plural or dual ("الأشخاص الذين"), whose clause may tell a count's harm.</summary>
    public WordSet PeopleRelatives { get; }
    /// <summary>The lives a verb of losing takes after its counted subject ("فقد 10 أشخاص حياتهم").</summary>
    public WordSet LivesLost { get; }
    /// <summary>Complementisers that open reported content.</summary>
    public WordSet Complementizers { get; }
    /// <summary>ما in a citation through a reporting verb ("وفق ما ذكر").</summary>
    public WordSet CitationWhat { get; }
    /// <summary>A saying with a pronoun after a preposition of citation ("وفق قوله"): it cites the speaker already speaking.</summary>
    public WordSet PronounSayings { get; }
    /// <summary>نقلاً ("نقلاً عن": relaying).</summary>
    public WordSet RelayingNaqlan { get; }
    /// <summary>الأخير: "the latter" pointing back to a source.</summary>
    public WordSet Latter { get; }
    /// <summary>Sources named by a place ("دمشق", "موسكو"): a dateline at the head of a line, a complement after a noun.</summary>
    public WordSet PlaceNamedSources { get; }
    /// <summary>ذلك، وذلك، هذا: a citation after them attributes the sentence before.</summary>
    public WordSet PointingBack { get; }
    /// <summary>Reporting verbs with an object pronoun (أكدته، أعلنها): a frame only after ما.</summary>
    public WordSet ObjectSayVerbs { get; }
    /// <summary>Nouns that report without being a source ("التقارير تشير", "وأشارت معلومات"): a reporting verb with one as its subject names no speaker.</summary>
    public WordSet ReportNouns { get; }
    /// <summary>Head nouns of organisations (فريق، منظمة، شبكة، لجنة …): with a name after them, a source the registry need not know.</summary>
    public WordSet OrganisationHeads { get; }
    /// <summary>Words that end an organisation's name: قد، الذي، تقريراً، a day or time.</summary>
    public WordSet OrganisationNameBreaks { get; }
    /// <summary>Titles between a reporting verb and the organisation its speaker speaks for, or between عن and the source it relays: المتحدث باسم، مدير، أحد.</summary>
    public WordSet SpeakerTitles { get; }
    /// <summary>مسؤولية، مسؤوليته: a reporting verb with one as its object claims responsibility and reports nothing.</summary>
    public WordSet ResponsibilityNouns { get; }
    /// <summary>حواجز، تعزيزات، قواتها: what a verb of deploying ("نشر") deploys; as its object the verb reports nothing.</summary>
    public WordSet DeployedThings { get; }
    /// <summary>أهالي، سكان، أبناء، ينحدرون: the place after one is where people come from (<c>ReportContext.PlacesByRole</c>).</summary>
    public WordSet Provenance { get; }
    /// <summary>Words between an unnamed source and the named one it belongs to ("مصدر في", "مصادر مقربة من").</summary>
    public WordSet SourceQualifiers { get; }
    /// <summary>The nouns an unnamed source starts with ("مصدر", "مصادر"), narrowed to a faction by where it is placed ("مصدر عسكري في جيش الإسلام").</summary>
    public WordSet SourceNouns { get; }
    /// <summary>Adjectives that put an organisation named with them on the opposition's side ("فريق إعلامي معارض").</summary>
    public WordSet OppositionAdjectives { get; }
    /// <summary>Adjectives that put an organisation named with them on the government's side ("شبكة إخبارية موالية").</summary>
    public WordSet LoyalistAdjectives { get; }
    /// <summary>Prepositions after which a reporting verb is a verbal noun with no speaker.</summary>
    public WordSet SpeakerlessPrepositions { get; }
    /// <summary>Complementisers a clause's subject never reaches beyond.</summary>
    public WordSet SubjectComplementizers { get; }
    /// <summary>Prepositions that introduce a party ("من قوات النظام", "بين المدنيين").</summary>
    public WordSet PartyPrepositions { get; }
    /// <summary>بين after a harm noun: the population it fell among ("إصابات بين 300 مدني"); after من, where people are pulled out from ("من بين الركام").</summary>
    public WordSet Between { get; }
    /// <summary>What a verb of agreeing takes ("اتفق … على", "مع").</summary>
    public WordSet AgreeingPrepositions { get; }
    /// <summary>What a verb of agreeing takes on when it agrees on an opinion ("اتفقوا على أن", "على ضرورة").</summary>
    public WordSet OpinionObjects { get; }
    /// <summary>Verbal nouns of beginning and going on ("بدء", "استكمال"), which name a deal's carrying out without telling it.</summary>
    public WordSet BeginningNouns { get; }
    /// <summary>Prepositions before a deal pursued ("التوصل إلى اتفاق").</summary>
    public WordSet PursuitPrepositions { get; }
    /// <summary>The perfect forms of وقع, which sign a deal only when "على" links them to it ("ووقع الطرفان على الاتفاق").</summary>
    public WordSet SigningVerbs { get; }
    /// <summary>What links a signing verb to the deal signed ("وقع … على").</summary>
    public WordSet SignedOn { get; }
    /// <summary>What links a verb of resulting to its result ("أسفرت عن اتفاق", "أفضت إلى هدنة").</summary>
    public WordSet OutcomeLinks { get; }
    /// <summary>Words that start a new clause.</summary>
    public WordSet ClauseStarters { get; }
    /// <summary>Clause links that may join a different happening.</summary>
    public WordSet ClauseLinks { get; }
    /// <summary>Words that join one count to another.</summary>
    public WordSet CountJoiners { get; }
    /// <summary>Words after which "واحد" still counts.</summary>
    public WordSet OneCountedAfter { get; }
    /// <summary>Words that may stand between a harm verb and its count.</summary>
    public WordSet HarmVerbAdjuncts { get; }
    /// <summary>Words after a bare count that leave it a count of people.</summary>
    public WordSet AfterBareCount { get; }
    /// <summary>Singular persons a harm word before them counts as one victim ("أصيب صبي").</summary>
    public WordSet SingularVictims { get; }
    /// <summary>Singular harm nouns that count one by themselves after a harm or falling verb ("ارتقاء شهيد") or opening a headline ("شهيد و16 جريحا").</summary>
    public WordSet SingularHarmNouns { get; }
    /// <summary>Participles of belonging between a counted noun and its party ("مسلحا تابعين لجبهة النصرة").</summary>
    public WordSet AffiliationParticiples { get; }
    /// <summary>"A number of" ("عدد من القتلى"): a vague count of victims.</summary>
    public WordSet SomeNumber { get; }
    /// <summary>"Others" after "عدد" ("عدد آخر").</summary>
    public WordSet SomeNumberOthers { get; }

    /// <summary>Vague words that follow their noun as an adjective ("مناطق عدة"): the noun before them is what they count.</summary>
    public WordSet PostposedVague { get; }

    /// <summary>Particles between a subject and its verb ("قد"): "أن امرأة قد قتلت".</summary>
    public WordSet VerbParticles { get; }
    /// <summary>Superlatives before "عدد" that make it no count ("أكبر عدد من").</summary>
    public WordSet SomeNumberSuperlatives { get; }
    /// <summary>Nouns of completing ("الانتهاء من إخراج").</summary>
    public WordSet Completion { get; }
    /// <summary>إلى before a figure reached.</summary>
    public WordSet ReachedTo { get; }
    /// <summary>"عددهم", "عددها": the count of a party named before it ("سيارات إسعاف عددها 25").</summary>
    public WordSet CountOfThem { get; }
    /// <summary>Prepositions of time right before a bare number, which then counts time ("خلال تسعة أشهر", "منذ 29").</summary>
    public WordSet TimeBeforeCount { get; }
    /// <summary>Verbs of carrying whose subject is vehicles and object the people carried ("نقلت سيارات الإسعاف 30 جريحا").</summary>
    public WordSet CarryingVerbs { get; }
    /// <summary>Rubble people are pulled out from under or from among ("من تحت الركام", "من بين الأنقاض").</summary>
    public WordSet Rubble { get; }
    /// <summary>"مذكرة": a memorandum, a deal when signed on de-escalation or calm.</summary>
    public WordSet MemorandumNouns { get; }
    /// <summary>What a signed memorandum that is a deal is about ("خفض التصعيد", "تخفيف التوتر", "التهدئة").</summary>
    public WordSet MemorandumTopics { get; }
    /// <summary>What makes a memorandum a protest, a petition or a warrant right after it ("مذكرة احتجاج", "مذكرة تطالب").</summary>
    public WordSet MemorandumNotDeal { get; }
    /// <summary>Nouns of a massacre, in which people who fell were killed ("سقطوا في المجزرة").</summary>
    public WordSet MassacreNouns { get; }
    /// <summary>Verbs and verbal nouns of failing whose complement may stand past a long subject ("فشل الوفد الروسي، ووجهاء البلدة، … في التوصل إلى هدنة").</summary>
    public WordSet FailureVerbs { get; }
    /// <summary>"في", "عن": what links a verb of failing to the verbal noun of what failed ("في التوصل", "عن التوصل").</summary>
    public WordSet FailureLinks { get; }
    /// <summary>Verbs of succeeding ("نجح الطرفان في التوصل"): a verb of failing before them is another clause's.</summary>
    public WordSet SuccessVerbs { get; }
    /// <summary>Verbs of announcing whose object is a definite deal on something ("أعلنا، بعد لقاء في أنقرة، الاتفاق على فتح الطريق").</summary>
    public WordSet AnnounceVerbs { get; }
    /// <summary>Dual perfect verbs of harm ("قتلا", "أصيبا"), which make the -ين noun of a group before them a dual ("عسكريين أردنيين قتلا").</summary>
    public WordSet DualHarmVerbs { get; }
    /// <summary>The cause a bare number of a casualty breakdown is set in ("وأربعة بسبب انفجار لغم", "و5 إثر القصف").</summary>
    public WordSet CauseLinks { get; }
    /// <summary>"تحت": people pulled out from under rubble.</summary>
    public WordSet Under { get; }
    /// <summary>The past passive verbs تم، تمت، جرى، جرت before a verbal noun, which they make a passive verb ("تم ترحيل", "جرى تهجير").</summary>
    public WordSet PassivePast { get; }
    /// <summary>"عملية"/"عمليات" between a verb and the verbal noun it governs ("بدأت عملية إجلاء").</summary>
    public WordSet Operation { get; }
    /// <summary>Definite verbal nouns that name an evacuation as an operation, with no party ("بدأت عملية التهجير", "استؤنف الإجلاء").</summary>
    public WordSet OperationNouns { get; }
    /// <summary>Nouns of the set time between a word of putting off and what it puts off ("تأجيل موعد خروج القافلة").</summary>
    public WordSet ScheduleNouns { get; }

    /// <summary>A pronoun for a party right before its count ("وخرج المقاتلون، وهم 1500 عائلة").</summary>
    public WordSet TheyPronouns { get; }

    /// <summary>The preposition that opens a time told as a phrase ("في الساعات الأخيرة", "خلال الأيام الماضية").</summary>
    public WordSet TimePhraseLeads { get; }

    /// <summary>Words that open a time told by an event, besides the backgrounding cues: "منذ بدء العملية", "مع انتهاء الإجلاء", "فور دخول الاتفاق".</summary>
    public WordSet EventTimeLeads { get; }

    /// <summary>The words of a time told as a phrase after its preposition ("الساعات الأخيرة من", "الأيام الماضية").</summary>
    public WordSet TimePhraseWords { get; }

    /// <summary>Words of a time that may follow a speaker named last in its sentence ("حسبما أفاد المرصد أمس الأحد").</summary>
    public WordSet SpeakerTrailingTimes { get; }

    /// <summary>Adjectives of a deal still expected ("الاتفاق المرتقب").</summary>
    public WordSet ExpectedAdjectives { get; }

    /// <summary>Verbal nouns of concluding a deal after a word of expectation ("من المنتظر إبرامه").</summary>
    public WordSet ConcludingNouns { get; }

    /// <summary>Words after a vehicle noun that make it a car bomb ("سيارة مفخخة").</summary>
    public WordSet ExplosiveVehicle { get; }
    /// <summary>The preposition ب written apart ("أفاد بـ«خروج …»"), before a quotation.</summary>
    public WordSet ByParticle { get; }
    /// <summary>Verbs of choosing or managing whose verbal noun of leaving took place ("فضلوا الخروج", "تمكنوا من الخروج").</summary>
    public WordSet ChoosingVerbs { get; }
    /// <summary>Exceptives ("سوى", "إلا") that make a negated verb restrictive: "لم يخرج سوى 50 شخصا" tells that 50 left.</summary>
    public WordSet Exceptives { get; }
    /// <summary>What follows "تم"/"لم يتم" whose subject is a verbal noun before it ("خروج المسلحين تم صباح اليوم"): times, manner, adjuncts.</summary>
    public WordSet CompletionAdjuncts { get; }
    /// <summary>What links a tally to the verb of leaving or of harm it counts ("عدد الذين خرجوا", "عدد من خرجوا", "عدد ممن غادروا", "عدد الذين قضوا").</summary>
    public WordSet LeaversTallyLinks { get; }
    /// <summary>Adjectives of a tally that leave what it counts after them ("العدد الإجمالي للمغادرين", "المجموع الكلي").</summary>
    public WordSet TallyQualifiers { get; }
    /// <summary>Words that add a count to the one before it ("إضافة إلى", "بالإضافة إلى", "فضلا عن", "علاوة على").</summary>
    public WordSet AdditionJoiners { get; }
    /// <summary>The preposition after an addition joiner ("إضافة إلى", "فضلا عن", "علاوة على").</summary>
    public WordSet AdditionLinks { get; }
    /// <summary>Verbs of exceeding before a tally ("ويزيد عدد المهجرين عن ألفي شخص").</summary>
    public WordSet ExceedVerbs { get; }
    /// <summary>The preposition before the figure a tally exceeds ("عن ألفي شخص", "على 500").</summary>
    public WordSet ExceedLinks { get; }
    /// <summary>أحد ("nobody" after a negated verb: "لم يخرج أحد").</summary>
    public WordSet NoOne { get; }
    /// <summary>Words that make a convoy one of aid ("القافلة الإنسانية", "قافلة مساعدات"), not a batch of people leaving.</summary>
    public WordSet AidConvoy { get; }
    /// <summary>Words for the remains of the dead ("جثث", "جثامين", "رفات"): remains taken out or moved are no people leaving.</summary>
    public WordSet Remains { get; }

    /// <summary>Words left out of a report's topic (<see cref="ReportInfo.Topic"/>): function words and verbs of saying.</summary>
    public WordSet TopicStopWords { get; }
}
