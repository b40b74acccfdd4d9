using ClaimCheck.Text;

namespace ClaimCheck.Recognition;

/// <summary>How a date mention names its day.</summary>
public enum DateKind
{
    /// <summary>A calendar date, month or numeric date ("19 نيسان/أبريل 2018", "21.05.2018", "الأول من مايو", "مايو 2018").</summary>
    Explicit,
    /// <summary>A day or month relative to the publication date ("أمس", "أول من أمس", "صباح اليوم", "الشهر الماضي").</summary>
    Relative,
    /// <summary>A weekday name, resolved against the publication date ("الخميس", "ليل السبت–الأحد", "فجر الأحد").</summary>
    Weekday,
}

/// <summary>A date expression found in a document.</summary>
/// <param name="Span">Span of the words that gave the date, in normalised-text (<see cref="Document.Text"/>) coordinates.
/// A proclitic (و، ف، ب، ل) on the first word is outside the span.</param>
/// <param name="FirstToken">Index of the first token of the mention.</param>
/// <param name="EndToken">Index one past the last token of the mention.</param>
/// <param name="Date">The day named (the first day of a month or of a night that spans two days); null when it cannot be
/// resolved: a relative date, a weekday or a date without a year and no publication date, or an impossible day ("31 شباط").</param>
/// <param name="EndDate">The last day when the words name more than one day: the second day of a night ("ليل السبت–الأحد"),
/// the last day of a month ("مايو 2018", "الشهر الماضي") or of a day range ("19-20 نيسان"); otherwise null.</param>
/// <param name="Kind">How the day is named.</param>
/// <param name="YearInferred">True when a calendar date or month gave no year and the year was taken from the publication date.</param>
/// <param name="Cues">The lexicon phrases that made the mention, as the lexicon spells them, in text order.</param>
public sealed record DateMention(TextSpan Span, int FirstToken, int EndToken, DateOnly? Date, DateOnly? EndDate, DateKind Kind, bool YearInferred, IReadOnlyList<string> Cues);

/// <summary>
/// Finds date expressions in Arabic news text and resolves them against the publication date.
/// </summary>
/// <remarks>
/// <para>What it reads (the words come from a <see cref="DateLexicon"/>):</para>
/// <list type="bullet">
/// <item>Calendar dates: "19 نيسان/أبريل 2018", "14 تشرين الأول", "21 مايو 2018", "19 من شهر نيسان", "19-20 نيسان",
/// "الأول من مايو", "الأول من الشهر الجاري", "أيار من العام الماضي". A date without a year takes the most recent such
/// day on or before publication (<see cref="DateMention.YearInferred"/>); "آذار الماضي" the most recent one before it.</item>
/// <item>Numeric dates day-first: "21.05.2018", "21/05/2018", "21-5-2018", and year-first "2018-05-21". A four-digit year
/// is required; day and month swap only when the day-first reading is impossible and the month-first one is not
/// ("05/21/2018"). An impossible numeric date is not a mention.</item>
/// <item>Months: "مايو 2018", "شهر أيار", "آذار الماضي", "الشهر الماضي" give the month's first day as
/// <see cref="DateMention.Date"/> and its last day as <see cref="DateMention.EndDate"/>. A month name alone ("في أيار")
/// is not read: "آب" is also a common noun.</item>
/// <item>Relative days: "اليوم", "أمس", "أول من أمس", "الليلة الماضية", optionally with a part of the day before
/// ("صباح اليوم", "مساء أمس") and a weekday after ("أمس الأحد", "اليوم الاثنين"). When the weekday disagrees with the
/// relative word, the weekday wins: the date is the nearest such weekday to the relative day.</item>
/// <item>Weekdays: "الخميس" is the most recent Thursday on or before publication, "الخميس الماضي" the most recent before
/// it, "الخميس المقبل" the first after it; "يوم السبت", "فجر الأحد", "ظهر السبت"; a night word may name two consecutive
/// days ("ليل السبت–الأحد": <see cref="DateMention.Date"/> is Saturday, <see cref="DateMention.EndDate"/> Sunday).
/// A weekday followed by a calendar date ("الخميس 19 نيسان 2018", "الخميس الموافق 19/4/2018") is one explicit mention.</item>
/// </list>
/// <para>Not dates: a year alone ("2012", "العام 2012"), clock times ("11:05"), ordinals without "من" + month ("الأول"),
/// and the lexicon's not-date phrases ("روسيا اليوم", "اليوم التالي"). Text glued by scraping ("التحرير121 مايو") gives the
/// last one or two digits as the day when the number is too large to be one.</para>
/// <para>Recognition never throws on any text and never resolves outside <see cref="DateOnly"/>'s range.</para>
/// <para>Finding and resolving are apart: the finder (<c>DateRecognizer.Finder.cs</c>, <c>DateRecognizer.Finder.Relative.cs</c>)
/// decides which tokens form a mention and which lexicon phrases made it; <c>DateResolver</c> gives the days they name.</para>
/// </remarks>
public sealed partial class DateRecognizer
{
    private static readonly Lazy<DateRecognizer> LazyDefault = new(() => new DateRecognizer(DateLexicon.Default));

    private readonly PhraseMatcher<int> _months;
    private readonly PhraseMatcher<int> _relativeDays;
    private readonly PhraseMatcher<int> _relativeMonths;
    private readonly PhraseMatcher<int> _relativeYears;
    private readonly PhraseMatcher<int> _ordinals;
    private readonly PhraseMatcher<DayOfWeek> _weekdays;
    private readonly PhraseMatcher<bool> _partsOfDay;
    private readonly PhraseMatcher<DateDirection> _modifiers;
    private readonly PhraseMatcher<bool> _dayWords;
    private readonly PhraseMatcher<bool> _monthWords;
    private readonly PhraseMatcher<bool> _yearWords;
    private readonly PhraseMatcher<bool> _yearSuffixes;
    private readonly PhraseMatcher<bool> _ofWords;
    private readonly PhraseMatcher<bool> _linkWords;
    private readonly PhraseMatcher<bool> _rangeWords;
    private readonly PhraseMatcher<bool> _notDates;

    /// <summary>The first words of every phrase a mention can start with: other words (and punctuation) start none.</summary>
    private readonly StartFilter _starts = new();

    /// <summary>The recogniser over the embedded lexicon (built once).</summary>
    public static DateRecognizer Default => LazyDefault.Value;

    /// <summary>Compiles a recogniser over <paramref name="lexicon"/> (for instance <c>DateLexicon.Default.Merge(DateLexicon.LoadFile(path))</c>).</summary>
    public DateRecognizer(DateLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _months = Compile(lexicon.Months, e => e.Month, e => e.Names);
        _relativeDays = Compile(lexicon.RelativeDays, e => e.Offset, e => e.Names);
        _relativeMonths = Compile(lexicon.RelativeMonths, e => e.Offset, e => e.Names);
        _relativeYears = Compile(lexicon.RelativeYears, e => e.Offset, e => e.Names);
        _ordinals = Compile(lexicon.OrdinalDays, e => e.Day, e => e.Names);
        _weekdays = Compile(lexicon.Weekdays, e => e.Day, e => e.Names);
        _partsOfDay = Compile(lexicon.PartsOfDay, e => e.Night, e => e.Names);
        _modifiers = Compile(lexicon.Modifiers, e => e.Direction, e => e.Names);
        _dayWords = Words(lexicon.DayWords);
        _monthWords = Words(lexicon.MonthWords);
        _yearWords = Words(lexicon.YearWords);
        _yearSuffixes = Words(lexicon.YearSuffixes);
        _ofWords = Words(lexicon.OfWords);
        _linkWords = Words(lexicon.LinkWords);
        _rangeWords = Words(lexicon.RangeWords);
        _notDates = Words(lexicon.NotDates);
        // TryMentionAt starts with a part of the day, "يوم", or TryCore: a number, an ordinal, "شهر", a month, a relative day,
        // a weekday or a relative month.
        _partsOfDay.AddTo(_starts);
        _dayWords.AddTo(_starts);
        _ordinals.AddTo(_starts);
        _monthWords.AddTo(_starts);
        _months.AddTo(_starts);
        _relativeDays.AddTo(_starts);
        _weekdays.AddTo(_starts);
        _relativeMonths.AddTo(_starts);
    }

    private static PhraseMatcher<T> Compile<TEntry, T>(IEnumerable<TEntry> entries, Func<TEntry, T> payload, Func<TEntry, IReadOnlyList<string>> names)
    {
        var pairs = new List<(string, T)>();
        foreach (var e in entries)
            foreach (var n in names(e)) pairs.Add((n, payload(e)));
        return new PhraseMatcher<T>(pairs);
    }

    private static PhraseMatcher<bool> Words(IEnumerable<string> words)
    {
        var pairs = new List<(string, bool)>();
        foreach (var w in words) pairs.Add((w, true));
        return new PhraseMatcher<bool>(pairs);
    }

    /// <summary>All date mentions of <paramref name="doc"/>, left to right, not overlapping.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="published">The publication date, which relative dates, weekdays and dates without a year need.</param>
    public IReadOnlyList<DateMention> Recognize(Document doc, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return Recognize(doc, 0, doc.Tokens.Count, published);
    }

    /// <summary>The date mentions that lie inside tokens [<paramref name="firstToken"/>, <paramref name="endToken"/>), left to right.
    /// Indexes outside the document are clamped to it.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="firstToken">First token to read.</param>
    /// <param name="endToken">One past the last token to read.</param>
    /// <param name="published">The publication date, which relative dates, weekdays and dates without a year need.</param>
    public IReadOnlyList<DateMention> Recognize(Document doc, int firstToken, int endToken, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(doc);
        int from = Math.Clamp(firstToken, 0, doc.Tokens.Count);
        int to = Math.Clamp(endToken, from, doc.Tokens.Count);
        var scan = new Scan(this, doc, from, to, published);
        var result = new List<DateMention>();
        var tokens = doc.TokenArray;
        for (int i = from; i < to; i++)
        {
            if (tokens[i].Kind == TokenKind.Punct || (tokens[i].Kind == TokenKind.Word && !_starts.MayStartAt(doc, i))) continue;
            if (scan.TryMentionAt(i, out var mention))
            {
                result.Add(mention);
                i = mention.EndToken - 1;
            }
        }
        return result;
    }
}
