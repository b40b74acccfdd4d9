using ClaimCheck.Lexicons;


namespace ClaimCheck.Recognition;

/// <summary>The names of one calendar month ("نيسان", "أبريل").</summary>
/// <param name="Month">Month number, 1–12.</param>
/// <param name="Names">Spellings of the month, in ordinary Arabic (the normaliser folds hamza, diacritics and tatweel).</param>
public sealed record MonthNames(int Month, IReadOnlyList<string> Names);

/// <summary>The names of one day of the week ("الثلاثاء", "الثلثاء").</summary>
/// <param name="Day">The day of the week.</param>
/// <param name="Names">Spellings of the day.</param>
public sealed record WeekdayNames(DayOfWeek Day, IReadOnlyList<string> Names);

/// <summary>Words that name a day relative to the publication date ("أمس" is −1).</summary>
/// <param name="Offset">Days after the publication date (negative: before).</param>
/// <param name="Names">The words.</param>
public sealed record RelativeDayNames(int Offset, IReadOnlyList<string> Names);

/// <summary>Words that name a calendar month relative to the publication month ("الشهر الماضي" is −1).</summary>
/// <param name="Offset">Months after the publication month.</param>
/// <param name="Names">The words.</param>
public sealed record RelativeMonthNames(int Offset, IReadOnlyList<string> Names);

/// <summary>Words that name a year relative to the publication year ("العام الماضي" is −1).</summary>
/// <param name="Offset">Years after the publication year.</param>
/// <param name="Names">The words.</param>
public sealed record RelativeYearNames(int Offset, IReadOnlyList<string> Names);

/// <summary>Ordinal words for a day of the month ("الأول من مايو").</summary>
/// <param name="Day">Day of the month, 1–31.</param>
/// <param name="Names">The ordinal words.</param>
public sealed record OrdinalDayNames(int Day, IReadOnlyList<string> Names);

/// <summary>Words for a part of a day that may precede a day word ("مساء أمس", "فجر الأحد", "ليل السبت–الأحد").</summary>
/// <param name="Night">True for night words, which may name two consecutive days ("ليل السبت–الأحد").</param>
/// <param name="Names">The words.</param>
public sealed record PartOfDayNames(bool Night, IReadOnlyList<string> Names);

/// <summary>Which way a modifier after a weekday or month points from the publication date.</summary>
public enum DateDirection
{
    /// <summary>The most recent one strictly before the publication date ("السبت الماضي", "آذار الماضي").</summary>
    Past,
    /// <summary>The first one strictly after the publication date ("الأحد المقبل").</summary>
    Next,
}

/// <summary>Modifiers after a weekday or month name ("الماضي", "المقبل").</summary>
/// <param name="Direction">Where they point.</param>
/// <param name="Names">The words.</param>
public sealed record DateModifierNames(DateDirection Direction, IReadOnlyList<string> Names);

/// <summary>
/// The words the <see cref="DateRecognizer"/> knows: month, weekday and relative-day names and the small words that join
/// them. The default lexicon is the embedded resource <c>dates.json</c>; users load their own file of the same shape
/// with <see cref="LoadFile"/> and add it with <see cref="Merge"/>. Every phrase is written in ordinary Arabic spelling
/// and matched after normalisation, so "أبريل" also matches "ابريل" and "إبريل".
/// </summary>
public sealed class DateLexicon
{
    private static readonly Lazy<DateLexicon> LazyDefault = new(() => Parse(LexiconLoader.ReadEmbedded("dates.json"), "embedded:dates.json"));

    /// <summary>The embedded lexicon (loaded once).</summary>
    public static DateLexicon Default => LazyDefault.Value;

    /// <summary>Month names.</summary>
    public IReadOnlyList<MonthNames> Months { get => _months; init => _months = value ?? []; }

    private readonly IReadOnlyList<MonthNames> _months = [];

    /// <summary>
    /// Hijri month names ("ربيع الأول"). The date recognizer does not read them (it converts no Hijri dates); the number lexicon
    /// does, with <see cref="Months"/>, so that month names are written in one place (<c>dates.json</c>).
    /// </summary>
    public IReadOnlyList<MonthNames> HijriMonths { get => _hijriMonths; init => _hijriMonths = value ?? []; }

    private readonly IReadOnlyList<MonthNames> _hijriMonths = [];

    /// <summary>Weekday names.</summary>
    public IReadOnlyList<WeekdayNames> Weekdays { get => _weekdays; init => _weekdays = value ?? []; }

    private readonly IReadOnlyList<WeekdayNames> _weekdays = [];

    /// <summary>Days relative to publication ("اليوم", "أمس", "أول من أمس").</summary>
    public IReadOnlyList<RelativeDayNames> RelativeDays { get => _relativeDays; init => _relativeDays = value ?? []; }

    private readonly IReadOnlyList<RelativeDayNames> _relativeDays = [];

    /// <summary>Months relative to publication ("الشهر الماضي").</summary>
    public IReadOnlyList<RelativeMonthNames> RelativeMonths { get => _relativeMonths; init => _relativeMonths = value ?? []; }

    private readonly IReadOnlyList<RelativeMonthNames> _relativeMonths = [];

    /// <summary>Years relative to publication, used after a month ("أيار من العام الماضي").</summary>
    public IReadOnlyList<RelativeYearNames> RelativeYears { get => _relativeYears; init => _relativeYears = value ?? []; }

    private readonly IReadOnlyList<RelativeYearNames> _relativeYears = [];

    /// <summary>Ordinal day words ("الأول من أيار").</summary>
    public IReadOnlyList<OrdinalDayNames> OrdinalDays { get => _ordinalDays; init => _ordinalDays = value ?? []; }

    private readonly IReadOnlyList<OrdinalDayNames> _ordinalDays = [];

    /// <summary>Parts of the day ("صباح", "مساء", "ليل").</summary>
    public IReadOnlyList<PartOfDayNames> PartsOfDay { get => _partsOfDay; init => _partsOfDay = value ?? []; }

    private readonly IReadOnlyList<PartOfDayNames> _partsOfDay = [];

    /// <summary>Modifiers after a weekday or month ("الماضي", "المقبل").</summary>
    public IReadOnlyList<DateModifierNames> Modifiers { get => _modifiers; init => _modifiers = value ?? []; }

    private readonly IReadOnlyList<DateModifierNames> _modifiers = [];

    /// <summary>The word for "day" before a weekday or date ("يوم السبت").</summary>
    public IReadOnlyList<string> DayWords { get => _dayWords; init => _dayWords = value ?? []; }

    private readonly IReadOnlyList<string> _dayWords = [];

    /// <summary>The word for "month" before a month name ("شهر أيار").</summary>
    public IReadOnlyList<string> MonthWords { get => _monthWords; init => _monthWords = value ?? []; }

    private readonly IReadOnlyList<string> _monthWords = [];

    /// <summary>The words for "year" before a year number ("عام 2018").</summary>
    public IReadOnlyList<string> YearWords { get => _yearWords; init => _yearWords = value ?? []; }

    private readonly IReadOnlyList<string> _yearWords = [];

    /// <summary>Era marks after a year number ("2018م").</summary>
    public IReadOnlyList<string> YearSuffixes { get => _yearSuffixes; init => _yearSuffixes = value ?? []; }

    private readonly IReadOnlyList<string> _yearSuffixes = [];

    /// <summary>The word "of" between an ordinal or day number and a month ("الأول من أيار").</summary>
    public IReadOnlyList<string> OfWords { get => _ofWords; init => _ofWords = value ?? []; }

    private readonly IReadOnlyList<string> _ofWords = [];

    /// <summary>Words that join a weekday to its calendar date ("الخميس الموافق 19 نيسان").</summary>
    public IReadOnlyList<string> LinkWords { get => _linkWords; init => _linkWords = value ?? []; }

    private readonly IReadOnlyList<string> _linkWords = [];

    /// <summary>Words between the two days of a night ("ليل السبت على الأحد"); '-' and '/' are always accepted.</summary>
    public IReadOnlyList<string> RangeWords { get => _rangeWords; init => _rangeWords = value ?? []; }

    private readonly IReadOnlyList<string> _rangeWords = [];

    /// <summary>Phrases that contain date words but are not dates ("روسيا اليوم", "اليوم التالي", "صلاة الجمعة").</summary>
    public IReadOnlyList<string> NotDates { get => _notDates; init => _notDates = value ?? []; }

    private readonly IReadOnlyList<string> _notDates = [];

    /// <summary>Loads a user lexicon file of the same shape as <c>dates.json</c>; errors name the file, line and field.</summary>
    public static DateLexicon LoadFile(string path) => Validate(LexiconLoader.LoadFile(path, RecognitionJsonContext.Reading.DateLexicon, section => NullList(path, section)), path);

    /// <summary>Parses lexicon JSON; <paramref name="origin"/> names it in errors.</summary>
    public static DateLexicon Parse(string json, string origin) => Validate(LexiconLoader.Parse(json, origin, RecognitionJsonContext.Reading.DateLexicon, section => NullList(origin, section)), origin);

    private static LexiconException NullList(string origin, string section) => new(origin, null, section, "the list is null");

    /// <summary>A lexicon holding this lexicon's entries followed by <paramref name="extra"/>'s (for a repeated phrase the first entry wins).</summary>
    public DateLexicon Merge(DateLexicon extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        return new DateLexicon
        {
            Months = [.. Months, .. extra.Months],
            HijriMonths = [.. HijriMonths, .. extra.HijriMonths],
            Weekdays = [.. Weekdays, .. extra.Weekdays],
            RelativeDays = [.. RelativeDays, .. extra.RelativeDays],
            RelativeMonths = [.. RelativeMonths, .. extra.RelativeMonths],
            RelativeYears = [.. RelativeYears, .. extra.RelativeYears],
            OrdinalDays = [.. OrdinalDays, .. extra.OrdinalDays],
            PartsOfDay = [.. PartsOfDay, .. extra.PartsOfDay],
            Modifiers = [.. Modifiers, .. extra.Modifiers],
            DayWords = [.. DayWords, .. extra.DayWords],
            MonthWords = [.. MonthWords, .. extra.MonthWords],
            YearWords = [.. YearWords, .. extra.YearWords],
            YearSuffixes = [.. YearSuffixes, .. extra.YearSuffixes],
            OfWords = [.. OfWords, .. extra.OfWords],
            LinkWords = [.. LinkWords, .. extra.LinkWords],
            RangeWords = [.. RangeWords, .. extra.RangeWords],
            NotDates = [.. NotDates, .. extra.NotDates],
        };
    }

    private static DateLexicon Validate(DateLexicon lexicon, string origin)
    {
        // JSON null for a list leaves the property null despite its non-null type; reject it with the field's name.
        Require(lexicon.Months, "months");
        Require(lexicon.HijriMonths, "hijriMonths");
        Require(lexicon.Weekdays, "weekdays");
        Require(lexicon.RelativeDays, "relativeDays");
        Require(lexicon.RelativeMonths, "relativeMonths");
        Require(lexicon.RelativeYears, "relativeYears");
        Require(lexicon.OrdinalDays, "ordinalDays");
        Require(lexicon.PartsOfDay, "partsOfDay");
        Require(lexicon.Modifiers, "modifiers");
        Require(lexicon.DayWords, "dayWords");
        Require(lexicon.MonthWords, "monthWords");
        Require(lexicon.YearWords, "yearWords");
        Require(lexicon.YearSuffixes, "yearSuffixes");
        Require(lexicon.OfWords, "ofWords");
        Require(lexicon.LinkWords, "linkWords");
        Require(lexicon.RangeWords, "rangeWords");
        Require(lexicon.NotDates, "notDates");
        foreach (var (list, name) in new[] { (lexicon.Months, "months"), (lexicon.HijriMonths, "hijriMonths") })
        {
            for (int i = 0; i < list.Count; i++)
            {
                var m = list[i];
                Names(m?.Names, $"{name}[{i}]");
                if (m!.Month is < 1 or > 12) throw new LexiconException(origin, null, $"{name}[{i}].month", $"month {m.Month} is not 1–12");
            }
        }
        for (int i = 0; i < lexicon.Weekdays.Count; i++)
        {
            var w = lexicon.Weekdays[i];
            Names(w?.Names, $"weekdays[{i}]");
            if (!Enum.IsDefined(w!.Day)) throw new LexiconException(origin, null, $"weekdays[{i}].day", $"{w.Day} is not a day of the week");
        }
        for (int i = 0; i < lexicon.RelativeDays.Count; i++)
        {
            var r = lexicon.RelativeDays[i];
            Names(r?.Names, $"relativeDays[{i}]");
            if (Math.Abs(r!.Offset) > 366) throw new LexiconException(origin, null, $"relativeDays[{i}].offset", $"offset {r.Offset} is more than a year");
        }
        for (int i = 0; i < lexicon.RelativeMonths.Count; i++)
        {
            var r = lexicon.RelativeMonths[i];
            Names(r?.Names, $"relativeMonths[{i}]");
            if (Math.Abs(r!.Offset) > 120) throw new LexiconException(origin, null, $"relativeMonths[{i}].offset", $"offset {r.Offset} is more than ten years");
        }
        for (int i = 0; i < lexicon.RelativeYears.Count; i++)
        {
            var r = lexicon.RelativeYears[i];
            Names(r?.Names, $"relativeYears[{i}]");
            if (Math.Abs(r!.Offset) > 100) throw new LexiconException(origin, null, $"relativeYears[{i}].offset", $"offset {r.Offset} is more than a century");
        }
        for (int i = 0; i < lexicon.OrdinalDays.Count; i++)
        {
            var o = lexicon.OrdinalDays[i];
            Names(o?.Names, $"ordinalDays[{i}]");
            if (o!.Day is < 1 or > 31) throw new LexiconException(origin, null, $"ordinalDays[{i}].day", $"day {o.Day} is not 1–31");
        }
        for (int i = 0; i < lexicon.PartsOfDay.Count; i++) Names(lexicon.PartsOfDay[i]?.Names, $"partsOfDay[{i}]");
        for (int i = 0; i < lexicon.Modifiers.Count; i++)
        {
            var m = lexicon.Modifiers[i];
            Names(m?.Names, $"modifiers[{i}]");
            if (!Enum.IsDefined(m!.Direction)) throw new LexiconException(origin, null, $"modifiers[{i}].direction", $"{m.Direction} is not a direction");
        }
        return lexicon;

        void Require<T>(IReadOnlyList<T>? list, string field)
        {
            if (list is null) throw new LexiconException(origin, null, field, "the list is null");
            for (int i = 0; i < list.Count; i++)
                if (list[i] is null) throw new LexiconException(origin, null, $"{field}[{i}]", "the entry is null");
        }

        void Names(IReadOnlyList<string>? names, string field)
        {
            if (names is null || names.Count == 0) throw new LexiconException(origin, null, field + ".names", "an entry needs at least one name");
            for (int i = 0; i < names.Count; i++)
                if (string.IsNullOrWhiteSpace(names[i])) throw new LexiconException(origin, null, $"{field}.names[{i}]", "a name is empty");
        }
    }
}
