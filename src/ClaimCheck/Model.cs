namespace ClaimCheck;

/// <summary>The camp a source belongs to: who, broadly, is speaking.</summary>
public enum Camp
{
    /// <summary>SANA and state media, government officials and forces, military sources, loyalist media.</summary>
    State,
    /// <summary>The Syrian Observatory for Human Rights and its director.</summary>
    Sohr,
    /// <summary>Opposition outlets, activists, factions, the Civil Defence.</summary>
    Opposition,
    /// <summary>Everyone else: agencies, Russian media, Amaq, the UN, local and unnamed sources, unaligned outlets.</summary>
    Other,
}

/// <summary>The five kinds of claim ClaimCheck extracts.</summary>
public enum ClaimKind
{
    /// <summary>Whether an agreement (deal, truce, ceasefire) existed.</summary>
    Agreement,
    /// <summary>Whether an evacuation (departure under a deal) happened.</summary>
    Evacuation,
    /// <summary>A count of killed or wounded.</summary>
    Casualties,
    /// <summary>A count of vehicles (buses, ambulances) and what they did.</summary>
    Vehicles,
    /// <summary>A count of people evacuated or to be evacuated.</summary>
    Evacuees,
}

/// <summary>Whether a polarity claim asserts, denies or doubts its proposition.</summary>
public enum Polarity
{
    /// <summary>The source says it happened.</summary>
    Affirmed,
    /// <summary>The source says it did not happen.</summary>
    Denied,
    /// <summary>The source reports conflicting or unconfirmed accounts.</summary>
    Uncertain,
}

/// <summary>The harm a casualty claim counts.</summary>
public enum Harm
{
    /// <summary>Dead.</summary>
    Killed,
    /// <summary>Wounded.</summary>
    Wounded,
    /// <summary>Killed and wounded together ("قتلى وجرحى").</summary>
    KilledOrWounded,
}

/// <summary>How a quantity's words bound its value (TimeML-style modifiers).</summary>
public enum QuantityQualifier
{
    /// <summary>A plain number: min = max = best.</summary>
    Exact,
    /// <summary>"نحو", "حوالي", "قرابة": approximately; the interval holds the stated value, see <see cref="Quantity.AboutTolerance"/> for comparison.</summary>
    About,
    /// <summary>"على الأقل", "لا يقل عن": the value or more.</summary>
    AtLeast,
    /// <summary>"أكثر من", "تجاوز": strictly more than the value.</summary>
    MoreThan,
    /// <summary>"على الأكثر", "لا يزيد عن": the value or less.</summary>
    AtMost,
    /// <summary>"أقل من": strictly less than the value.</summary>
    LessThan,
    /// <summary>"بين X و Y", "X–Y": an explicit range.</summary>
    Range,
    /// <summary>"عشرات", "مئات", "بضعة": a vague amount with a documented interval.</summary>
    Vague,
}

/// <summary>A half-open span of UTF-16 code units: <c>text[Start..End]</c>.</summary>
/// <param name="Start">First code unit, inclusive.</param>
/// <param name="End">Last code unit, exclusive; never less than <paramref name="Start"/>.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies inside this span.</summary>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>The smallest span covering both.</summary>
    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));
}

/// <summary>A quantity as an interval with a best guess.</summary>
/// <param name="Min">Lower bound, inclusive.</param>
/// <param name="Max">Upper bound, inclusive; null when unbounded.</param>
/// <param name="Best">The single best value (the stated number).</param>
/// <param name="Qualifier">How the words bound the value.</param>
public sealed record Quantity(long Min, long? Max, long Best, QuantityQualifier Qualifier)
{
    /// <summary>
    /// The one tolerance ClaimCheck applies to hedged ("about") and round values when comparing:
    /// ±15% of the stated value. Documented here and used by comparison only; the interval itself keeps the stated value.
    /// </summary>
    public const double AboutTolerance = 0.15;

    /// <summary>An exact value.</summary>
    public static Quantity Exactly(long value) => new(value, value, value, QuantityQualifier.Exact);

    /// <summary>The interval used when comparing: hedged and round values widened by <see cref="AboutTolerance"/>.</summary>
    public (double Min, double Max) ComparisonInterval()
    {
        double min = Min, max = Max ?? double.PositiveInfinity;
        bool widen = Qualifier == QuantityQualifier.About || (Qualifier == QuantityQualifier.Exact && IsRound(Best));
        if (widen)
        {
            min = Math.Floor(min * (1 - AboutTolerance));
            max = double.IsPositiveInfinity(max) ? max : Math.Ceiling(max * (1 + AboutTolerance));
        }
        return (min, max);
    }

    /// <summary>True for values a writer rounds (multiples of 100 from 100, of 1000 from 1000): 100, 500, 1500.</summary>
    public static bool IsRound(long value) => value >= 100 && value % 100 == 0;

    /// <summary>A short human rendering: "251", "about 20", "more than 1000", "20–99". Numbers are written with the invariant culture.</summary>
    public override string ToString() => Qualifier switch
    {
        QuantityQualifier.Exact => Number(Best),
        QuantityQualifier.About => "about " + Number(Best),
        QuantityQualifier.AtLeast => "at least " + Number(Min),
        QuantityQualifier.MoreThan => "more than " + Number(Min - 1),
        QuantityQualifier.AtMost => "at most " + Number(Max),
        QuantityQualifier.LessThan => "less than " + Number(Max + 1),
        QuantityQualifier.Range => Number(Min) + "–" + Number(Max),
        _ => Max is null ? Number(Min) + " or more (vague)" : Number(Min) + "–" + Number(Max) + " (vague)",
    };

    private static string Number(long? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
}

/// <summary>The words of the original report that support a claim.</summary>
/// <param name="Start">UTF-16 offset into the original text, inclusive.</param>
/// <param name="End">UTF-16 offset into the original text, exclusive.</param>
/// <param name="Text">Exactly <c>originalText.Substring(Start, End - Start)</c>.</param>
public sealed record Evidence(int Start, int End, string Text)
{
    /// <summary>Cuts the evidence for <paramref name="span"/> out of <paramref name="original"/>.</summary>
    public static Evidence From(string original, TextSpan span) => new(span.Start, span.End, original.Substring(span.Start, span.Length));

    /// <summary>The evidence as a span.</summary>
    public TextSpan Span => new(Start, End);
}

/// <summary>Who asserted a claim.</summary>
/// <param name="Name">Canonical name from the source registry.</param>
/// <param name="Camp">The source's camp.</param>
/// <param name="Via">The chain it was reported through, innermost first, outermost last.</param>
/// <param name="Mention">The words that named the source; null for the outlet's own narration.</param>
public sealed record SourceRef(string Name, Camp Camp, IReadOnlyList<string> Via, string? Mention)
{
    /// <summary>
    /// Who owns, runs or funds the source ("Islamic State agency", "Russian state media") as the source registry knows it
    /// (<see cref="SourceRegistry.AffiliationOf"/>); null when it knows none. <see cref="ClaimChecker"/> fills it in.
    /// </summary>
    public string? Affiliation { get; init; }
}

/// <summary>One report to analyse.</summary>
/// <param name="Id">Stable id: the file name, or the id given on input.</param>
/// <param name="Text">The report's original text.</param>
/// <param name="Outlet">The outlet that published it, if known.</param>
/// <param name="Published">Publication date, if known.</param>
public sealed record Report(string Id, string Text, string? Outlet = null, DateOnly? Published = null)
{
    /// <summary>The report's language as an ISO 639-1 code ("ar", "en"), when the input says; null to detect it from the text.</summary>
    public string? Language { get; init; }
}
