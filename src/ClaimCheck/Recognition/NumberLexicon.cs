using ClaimCheck.Lexicons;


namespace ClaimCheck.Recognition;

/// <summary>
/// The language data of <see cref="QuantityRecognizer"/>: number words, vague words, duals, hedges and the cue words that
/// tell years, dates, times and percentages from counts. The built-in data is the embedded <c>numbers.json</c> with the month
/// names of <c>dates.json</c> (<see cref="Default"/>); a user file of the same shape (every section optional) extends it with <see cref="With"/>.
/// Words are written in ordinary Arabic spelling and normalised like the text before matching.
/// </summary>
public sealed record NumberLexicon
{
    private static readonly Lazy<NumberLexicon> BuiltIn = new(() => Parse(LexiconLoader.ReadEmbedded(ResourceName), "embedded:" + ResourceName) with
    {
        Months = MonthsOf(DateLexicon.Default),
    });

    /// <summary>The month names of <paramref name="dates"/>, Gregorian then Hijri: the built-in month names live in <c>dates.json</c> only.</summary>
    internal static IReadOnlyList<MonthEntry> MonthsOf(DateLexicon dates) =>
        [.. dates.Months.Select(m => new MonthEntry(m.Month, m.Names)), .. dates.HijriMonths.Select(m => new MonthEntry(m.Month, m.Names, MonthCalendar.Hijri))];

    /// <summary>Name of the embedded resource holding the built-in lexicon.</summary>
    public const string ResourceName = "numbers.json";

    /// <summary>The built-in lexicon (embedded <c>numbers.json</c>), loaded once.</summary>
    public static NumberLexicon Default => BuiltIn.Value;

    /// <summary>Cardinal number words with their values (صفر 0, واحد 1, عشرون 20, مئة 100, ألف 1000). Values 1–9 are units, 10 forms teens, 20–90 tens, 100–900 hundreds, powers of 1000 are scales and twice a scale its dual (ألفين); any other value (0) stands alone.</summary>
    public IReadOnlyList<NumberWordEntry> Cardinals { get => _cardinals; init => _cardinals = value ?? []; }

    private readonly IReadOnlyList<NumberWordEntry> _cardinals = [];

    /// <summary>Fractions that may follow a scale and و ("مليون ونصف").</summary>
    public IReadOnlyList<FractionEntry> Fractions { get => _fractions; init => _fractions = value ?? []; }

    private readonly IReadOnlyList<FractionEntry> _fractions = [];

    /// <summary>Ordinal words (الأول، الثانية، أول), listed with their article where they take one.</summary>
    public IReadOnlyList<NumberWordEntry> Ordinals { get => _ordinals; init => _ordinals = value ?? []; }

    private readonly IReadOnlyList<NumberWordEntry> _ordinals = [];

    /// <summary>Vague quantity words (عشرات، مئات، آلاف، بضعة، عدة) with their documented intervals.</summary>
    public IReadOnlyList<VagueEntry> Vague { get => _vague; init => _vague = value ?? []; }

    private readonly IReadOnlyList<VagueEntry> _vague = [];

    /// <summary>Dual nouns that count 2 (شخصين، حافلتين).</summary>
    public IReadOnlyList<DualEntry> Duals { get => _duals; init => _duals = value ?? []; }

    private readonly IReadOnlyList<DualEntry> _duals = [];

    /// <summary>Hedges (نحو، أكثر من، على الأقل…) with their qualifier and where they stand.</summary>
    public IReadOnlyList<HedgeEntry> Hedges { get => _hedges; init => _hedges = value ?? []; }

    private readonly IReadOnlyList<HedgeEntry> _hedges = [];

    /// <summary>Words that may open the subject standing between a separable (verb) hedge and its number: "تجاوز <b>عدد</b> القتلى 1000", "يناهز <b>عددهم</b> 500". At most three more words may follow them ("تجاوز عدد الضحايا المدنيين 200").</summary>
    public IReadOnlyList<string> HedgeSubjects { get => _hedgeSubjects; init => _hedgeSubjects = value ?? []; }

    private readonly IReadOnlyList<string> _hedgeSubjects = [];

    /// <summary>Words that open a "between X and Y" range (بين، ما بين).</summary>
    public IReadOnlyList<string> RangeBetween { get => _rangeBetween; init => _rangeBetween = value ?? []; }

    private readonly IReadOnlyList<string> _rangeBetween = [];

    /// <summary>Words that open a "from X to Y" range (من).</summary>
    public IReadOnlyList<string> RangeFrom { get => _rangeFrom; init => _rangeFrom = value ?? []; }

    private readonly IReadOnlyList<string> _rangeFrom = [];

    /// <summary>Words between the two ends of a "from X to Y" range (إلى، حتى).</summary>
    public IReadOnlyList<string> RangeTo { get => _rangeTo; init => _rangeTo = value ?? []; }

    private readonly IReadOnlyList<string> _rangeTo = [];

    /// <summary>Words between the two ends of an "X or Y" range (أو).</summary>
    public IReadOnlyList<string> RangeOr { get => _rangeOr; init => _rangeOr = value ?? []; }

    private readonly IReadOnlyList<string> _rangeOr = [];

    /// <summary>Words or signs after a number that make it a percentage (%, بالمئة، في المئة).</summary>
    public IReadOnlyList<string> Percent { get => _percent; init => _percent = value ?? []; }

    private readonly IReadOnlyList<string> _percent = [];

    /// <summary>Month names (نيسان، أبريل، تشرين الأول).</summary>
    public IReadOnlyList<MonthEntry> Months { get => _months; init => _months = value ?? []; }

    private readonly IReadOnlyList<MonthEntry> _months = [];

    /// <summary>Words after which a 4-digit number from 1900 to 2100 is a year (عام، العام، منذ).</summary>
    public IReadOnlyList<string> YearCues { get => _yearCues; init => _yearCues = value ?? []; }

    private readonly IReadOnlyList<string> _yearCues = [];

    /// <summary>Words after which a 4-digit number from 1900 to 2100 is a year when no word follows it (في، خلال).</summary>
    public IReadOnlyList<string> WeakYearCues { get => _weakYearCues; init => _weakYearCues = value ?? []; }

    private readonly IReadOnlyList<string> _weakYearCues = [];

    /// <summary>Words after which a number is a clock time (الساعة).</summary>
    public IReadOnlyList<string> ClockCues { get => _clockCues; init => _clockCues = value ?? []; }

    private readonly IReadOnlyList<string> _clockCues = [];

    /// <summary>Parts of the day that make the number before them a clock time ("12 ظهراً").</summary>
    public IReadOnlyList<string> DayParts { get => _dayParts; init => _dayParts = value ?? []; }

    private readonly IReadOnlyList<string> _dayParts = [];

    /// <summary>Phrases that hold number words but are no quantity (أول من أمس), or that look like a hedge but are none: "لتصل إلى 83" is the figure a toll reached, not "up to 83".</summary>
    public IReadOnlyList<string> NotQuantities { get => _notQuantities; init => _notQuantities = value ?? []; }

    private readonly IReadOnlyList<string> _notQuantities = [];

    /// <summary>Reads a lexicon from JSON text (comments and trailing commas allowed); errors name <paramref name="origin"/>, line and field.</summary>
    public static NumberLexicon Parse(string json, string origin)
    {
        var lexicon = LexiconLoader.Parse(json, origin, RecognitionJsonContext.Reading.NumberLexicon, _ => NullSection(origin));
        lexicon.Validate(origin);
        return lexicon;
    }

    /// <summary>Reads a user lexicon file of the same shape as <c>numbers.json</c>; combine it with <c>NumberLexicon.Default.With(...)</c>.</summary>
    public static NumberLexicon LoadFile(string path)
    {
        var lexicon = LexiconLoader.LoadFile(path, RecognitionJsonContext.Reading.NumberLexicon, _ => NullSection(path));
        lexicon.Validate(path);
        return lexicon;
    }

    /// <summary>This lexicon with the entries of <paramref name="extra"/> added; where both define the same word in the same role, <paramref name="extra"/> wins.</summary>
    public NumberLexicon With(NumberLexicon extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        return new NumberLexicon
        {
            Cardinals = [.. Cardinals, .. extra.Cardinals],
            Fractions = [.. Fractions, .. extra.Fractions],
            Ordinals = [.. Ordinals, .. extra.Ordinals],
            Vague = [.. Vague, .. extra.Vague],
            Duals = [.. Duals, .. extra.Duals],
            Hedges = [.. Hedges, .. extra.Hedges],
            HedgeSubjects = [.. HedgeSubjects, .. extra.HedgeSubjects],
            RangeBetween = [.. RangeBetween, .. extra.RangeBetween],
            RangeFrom = [.. RangeFrom, .. extra.RangeFrom],
            RangeTo = [.. RangeTo, .. extra.RangeTo],
            RangeOr = [.. RangeOr, .. extra.RangeOr],
            Percent = [.. Percent, .. extra.Percent],
            Months = [.. Months, .. extra.Months],
            YearCues = [.. YearCues, .. extra.YearCues],
            WeakYearCues = [.. WeakYearCues, .. extra.WeakYearCues],
            ClockCues = [.. ClockCues, .. extra.ClockCues],
            DayParts = [.. DayParts, .. extra.DayParts],
            NotQuantities = [.. NotQuantities, .. extra.NotQuantities],
        };
    }

    /// <summary>This lexicon extended with the file at <paramref name="path"/> (see <see cref="LoadFile"/> and <see cref="With"/>).</summary>
    public NumberLexicon WithFile(string path) => With(LoadFile(path));

    /// <summary>Every word or phrase of the lexicon with the section it is in ("cardinals", "hedges"…), as written.</summary>
    public IEnumerable<(string Section, string Phrase)> Phrases()
    {
        foreach (var e in Cardinals) foreach (var w in e.Words) yield return ("cardinals", w);
        foreach (var e in Fractions) foreach (var w in e.Words) yield return ("fractions", w);
        foreach (var e in Ordinals) foreach (var w in e.Words) yield return ("ordinals", w);
        foreach (var e in Vague) foreach (var w in e.Words) yield return ("vague", w);
        foreach (var e in Duals) foreach (var w in e.Forms) yield return ("duals", w);
        foreach (var e in Hedges) foreach (var w in e.Phrases) yield return ("hedges", w);
        foreach (var w in HedgeSubjects) yield return ("hedgeSubjects", w);
        foreach (var w in RangeBetween) yield return ("rangeBetween", w);
        foreach (var w in RangeFrom) yield return ("rangeFrom", w);
        foreach (var w in RangeTo) yield return ("rangeTo", w);
        foreach (var w in RangeOr) yield return ("rangeOr", w);
        foreach (var w in Percent) yield return ("percent", w);
        foreach (var e in Months) foreach (var w in e.Names) yield return ("months", w);
        foreach (var w in YearCues) yield return ("yearCues", w);
        foreach (var w in WeakYearCues) yield return ("weakYearCues", w);
        foreach (var w in ClockCues) yield return ("clockCues", w);
        foreach (var w in DayParts) yield return ("dayParts", w);
        foreach (var w in NotQuantities) yield return ("notQuantities", w);
    }

    /// <summary>Checks the invariants a recogniser relies on; throws <see cref="LexiconException"/> naming the field.</summary>
    private static LexiconException NullSection(string origin) => new(origin, null, "$", "a section is null; leave it out instead");

    private void Validate(string origin)
    {
        static LexiconException Bad(string origin, string field, string message) => new(origin, null, field, message);

        for (int i = 0; i < Cardinals.Count; i++)
        {
            var e = Cardinals[i];
            if (e is null || e.Words is null || e.Words.Count == 0) throw Bad(origin, $"$.cardinals[{i}]", "needs words");
            if (e.Value < 0) throw Bad(origin, $"$.cardinals[{i}].value", "must not be negative");
        }
        for (int i = 0; i < Ordinals.Count; i++)
        {
            var e = Ordinals[i];
            if (e is null || e.Words is null || e.Words.Count == 0) throw Bad(origin, $"$.ordinals[{i}]", "needs words");
            if (e.Value < 1) throw Bad(origin, $"$.ordinals[{i}].value", "must be at least 1");
        }
        for (int i = 0; i < Fractions.Count; i++)
        {
            var e = Fractions[i];
            if (e is null || e.Words is null || e.Words.Count == 0) throw Bad(origin, $"$.fractions[{i}]", "needs words");
            if (e.Numerator < 1 || e.Denominator <= e.Numerator) throw Bad(origin, $"$.fractions[{i}]", "needs 0 < numerator < denominator");
        }
        for (int i = 0; i < Vague.Count; i++)
        {
            var e = Vague[i];
            if (e is null || e.Words is null || e.Words.Count == 0) throw Bad(origin, $"$.vague[{i}]", "needs words");
            if (e.Min < 0 || e.Min > e.Best || e.Best > e.Max) throw Bad(origin, $"$.vague[{i}]", "needs 0 <= min <= best <= max");
            if (e.Unit is < 2) throw Bad(origin, $"$.vague[{i}].unit", "must be at least 2");
        }
        for (int i = 0; i < Duals.Count; i++)
        {
            var e = Duals[i];
            if (e is null || e.Forms is null || e.Forms.Count == 0 || string.IsNullOrWhiteSpace(e.Singular)) throw Bad(origin, $"$.duals[{i}]", "needs a singular and forms");
        }
        for (int i = 0; i < Hedges.Count; i++)
        {
            var e = Hedges[i];
            if (e is null || e.Phrases is null || e.Phrases.Count == 0) throw Bad(origin, $"$.hedges[{i}]", "needs phrases");
            if (e.Qualifier is QuantityQualifier.Exact or QuantityQualifier.Range or QuantityQualifier.Vague)
                throw Bad(origin, $"$.hedges[{i}].qualifier", "a hedge is about, moreThan, atLeast, lessThan or atMost");
            if (e.Then is { } then && (!e.Separable || then.Any(t => PhraseTokens(t).Length != 1)))
                throw Bad(origin, $"$.hedges[{i}].then", "needs \"separable\": true and single words");
        }
        for (int i = 0; i < Months.Count; i++)
        {
            var e = Months[i];
            if (e is null || e.Names is null || e.Names.Count == 0) throw Bad(origin, $"$.months[{i}]", "needs names");
            if (e.Month is < 1 or > 12) throw Bad(origin, $"$.months[{i}].month", "must be 1 to 12");
        }
        foreach (var (section, phrase) in Phrases())
        {
            if (string.IsNullOrWhiteSpace(phrase) || PhraseTokens(phrase).Length == 0)
                throw Bad(origin, "$." + section, $"empty phrase \"{phrase}\"");
        }
    }

    /// <summary>The normalised tokens of a lexicon phrase, as they are matched ("%" stays a token).</summary>
    internal static string[] PhraseTokens(string? phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase)) return [];
        var norm = Text.ArabicNormalizer.Normalize(phrase).Text;
        var tokens = Text.Tokenizer.Tokenize(norm);
        var result = new string[tokens.Count];
        for (int i = 0; i < tokens.Count; i++) result[i] = norm.Substring(tokens[i].Start, tokens[i].End - tokens[i].Start);
        return result;
    }
}

/// <summary>A number word: its value and spellings.</summary>
/// <param name="Value">The value (for an ordinal, the rank).</param>
/// <param name="Words">Spellings (masculine, feminine, case forms).</param>
/// <param name="CompoundOnly">True when the word counts only inside a compound: before عشر/عشرة or before و + tens (أحد عشر، إحدى وعشرون، اثنا عشر، الحادي عشر، الحادي والعشرون). Alone, أحد means "one of".</param>
/// <param name="Article">Whether the article ال may be added (الخمسة). False for words whose article form means something else (الاثنين is Monday).</param>
/// <param name="BeforeNoun">The value when the word opens a number and a noun follows right after it: ألفا and مليونا are then duals in
/// construct (ألفا مدني = 2000); after another number (عشرين ألفا) or alone they keep <paramref name="Value"/>. Null for most words.</param>
public sealed record NumberWordEntry(long Value, IReadOnlyList<string> Words, bool CompoundOnly = false, bool Article = true, long? BeforeNoun = null);

/// <summary>A fraction word that may follow a scale and و ("مليون ونصف" = 1,500,000).</summary>
/// <param name="Numerator">Numerator of the fraction.</param>
/// <param name="Denominator">Denominator of the fraction.</param>
/// <param name="Words">Spellings.</param>
public sealed record FractionEntry(long Numerator, long Denominator, IReadOnlyList<string> Words);

/// <summary>
/// A vague quantity word and its documented interval (see <see cref="QuantityRecognizer"/> for the rules).
/// </summary>
/// <param name="Words">Spellings.</param>
/// <param name="Min">Lower bound (عشرات: 20).</param>
/// <param name="Max">Upper bound (عشرات: 99).</param>
/// <param name="Best">Best single value (عشرات: 30).</param>
/// <param name="Unit">For a plural of a unit (عشرات 10, مئات 100, آلاف 1000): the unit, which multiplies a number before it ("110 آلاف") and is the floor of "about" + this word.</param>
/// <param name="Article">Whether the article ال may be added (العشرات). False for عدة (العدة is equipment).</param>
public sealed record VagueEntry(IReadOnlyList<string> Words, long Min, long Max, long Best, long? Unit = null, bool Article = true);

/// <summary>A noun whose dual forms count 2.</summary>
/// <param name="Singular">The singular (شخص).</param>
/// <param name="Forms">The dual forms (شخصين، شخصان). Never list a form that is also a plural (مقاتلين، مدنيين).</param>
/// <param name="Article">Whether the article ال may be added (الشخصين).</param>
public sealed record DualEntry(string Singular, IReadOnlyList<string> Forms, bool Article = true);

/// <summary>Where a hedge stands relative to its number.</summary>
public enum HedgePosition
{
    /// <summary>Before the number: "نحو 1500".</summary>
    Before,
    /// <summary>After the number, or after the number and one noun: "1500 تقريبا", "25 عنصراً على الأقل".</summary>
    After,
    /// <summary>Either place.</summary>
    Either,
}

/// <summary>Hedge phrases that turn a number into an interval.</summary>
/// <param name="Qualifier">about, moreThan, atLeast, lessThan or atMost.</param>
/// <param name="Position">Where the phrase stands.</param>
/// <param name="Phrases">The phrases.</param>
/// <param name="Separable">True for verbs whose subject may stand between them and the number ("تجاوز عدد القتلى 1000"); see <see cref="NumberLexicon.HedgeSubjects"/>.</param>
/// <param name="Preposition">
/// True for ordinary prepositions that hedge only a count (حتى "up to"/"until", دون "under", فوق "above", تحت "below"): before
/// a date or a time they are no hedge ("حتى 15 أيار"), and a year-shaped number (1900–2100) with no word after it is a year
/// ("حتى 2018").
/// </param>
/// <param name="Then">
/// For a separable verb, the prepositions one of which must stand between its subject and the number, and without which the
/// verb is no hedge ("لا يقل" + then "عن": "لا يقل عددهم عن 30"). Single words.
/// </param>
public sealed record HedgeEntry(QuantityQualifier Qualifier, HedgePosition Position, IReadOnlyList<string> Phrases, bool Separable = false, bool Preposition = false,
    IReadOnlyList<string>? Then = null);

/// <summary>The calendar a month name belongs to.</summary>
public enum MonthCalendar
{
    /// <summary>Gregorian (Levantine and Egyptian names).</summary>
    Gregorian,
    /// <summary>Hijri.</summary>
    Hijri,
}

/// <summary>A month and its names.</summary>
/// <param name="Month">Month number, 1–12, in its calendar.</param>
/// <param name="Names">Names (نيسان، أبريل; multi-word names such as تشرين الأول allowed).</param>
/// <param name="Calendar">The calendar.</param>
public sealed record MonthEntry(int Month, IReadOnlyList<string> Names, MonthCalendar Calendar = MonthCalendar.Gregorian);
