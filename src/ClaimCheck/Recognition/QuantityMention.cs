namespace ClaimCheck.Recognition;

/// <summary>What a number in the text stands for. Only <see cref="Count"/> is a count of something.</summary>
public enum NumberKind
{
    /// <summary>A count of people, vehicles, days…: "1500", "ثلاثة", "عشرات", "شخصين".</summary>
    Count,
    /// <summary>A calendar year: "منذ العام 2012", "عام 2015", "نيسان/أبريل 2018". The value is the year.</summary>
    Year,
    /// <summary>A clock time: "الساعة 12", "الساعة الخامسة", "11:05". The value is the clock reading as hhmm (1200, 500, 1105), as stated (no 24-hour conversion).</summary>
    Time,
    /// <summary>A day of a date: "19" in "19 نيسان", "الأول من مايو", "21.05.2018". The value is the day of the month.</summary>
    Date,
    /// <summary>An ordinal: "الأول", "الثانية", "أول دفعة". The value is the rank.</summary>
    Ordinal,
    /// <summary>A percentage: "50%", "50 في المئة". The value is the percentage.</summary>
    Percent,
}

/// <summary>A number found in a document, with the interval it gives and what it stands for.</summary>
/// <param name="Span">
/// Span in the normalised text (<see cref="Text.Document.Text"/> coordinates) of all the words that gave the value,
/// hedge included ("أكثر من عشرة", "نحو 1500", "تجاوزوا الـ ألف", "25 عنصراً على الأقل", "شخصين"). Leading proclitics
/// (و ف ب ك ل) of the first word are left out; a detached article ("الـ ألف") is kept. Map it back with
/// <see cref="Text.Document.ToOriginal"/>.
/// </param>
/// <param name="FirstToken">Index of the first token of the span.</param>
/// <param name="EndToken">Index one past the last token of the span.</param>
/// <param name="Quantity">The interval, best value and qualifier.</param>
/// <param name="Kind">What the number stands for.</param>
/// <param name="Cues">
/// The words that decided value, qualifier and kind, for explanations: "digits:1500", "number-word:ست", "hedge:نحو",
/// "vague:عشرات", "dual:شخصين", "year-cue:العام", "month:نيسان", "clock:الساعة", "percent:%", "range:بين", "overflow".
/// </param>
public sealed record QuantityMention(TextSpan Span, int FirstToken, int EndToken, Quantity Quantity, NumberKind Kind, IReadOnlyList<string> Cues)
{
    /// <summary>For a dual ("شخصين"), the normalised dual noun as the lexicon lists it, without proclitics or article ("شخصين"); the span then covers that noun. Null otherwise.</summary>
    public string? DualNoun { get; init; }

    /// <summary>For a dual, the singular noun it counts as the lexicon gives it ("شخص"); null otherwise.</summary>
    public string? DualSingular { get; init; }

    /// <summary>True for counts (<see cref="NumberKind.Count"/>), the only kind later stages read as an amount.</summary>
    public bool IsCount => Kind == NumberKind.Count;

    /// <summary>A short rendering for logs and tests: "count about 1500 [12..19)".</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Kind.ToString().ToLowerInvariant()} {Quantity} [{Span.Start}..{Span.End})");
}
