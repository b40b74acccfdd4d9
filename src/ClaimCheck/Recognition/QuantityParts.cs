namespace ClaimCheck.Recognition;

// The pieces QuantityFinder finds and QuantityResolver reads.

/// <summary>The kinds of element a compound number is built of.</summary>
internal enum NumberPart : byte
{
    None,
    Digits,
    Unit,
    BoundUnit,
    Ten,
    Teen,
    Tens,
    Hundred,
    Hundreds,
    Scale,
    DualScale,
    PluralScale,
    Fraction,
    Other,
}

/// <summary>One element of a compound number at a token.</summary>
internal struct NumberElement
{
    public NumberPart Part;
    public decimal Value;      // for scales, the scale (ألفين: 1000 with Dual)
    public bool Overflow;
    public int End;            // token after the element
    public int SpanStart;
    public int CliticLength;
    public bool Conj;          // the proclitic is exactly و
    public bool ViaArticle;
    public string Cue;
    public FractionEntry? FractionEntry;
}

/// <summary>What a <see cref="QuantityCore"/> is: a (possibly compound) number, a vague word, a dual, or a d.m.yyyy date.</summary>
internal enum QuantityCoreType : byte { Number, Vague, Dual, DayMonthYear }

/// <summary>A number, vague word or dual found at a token, before its kind is decided.</summary>
internal sealed class QuantityCore
{
    public QuantityCoreType Type;
    public int First, End;
    public int SpanStart, SpanEnd;
    public decimal Value;
    public bool Overflow;
    public bool SingleDigits;  // one number token, no article
    public bool PlainDigits;   // and no separators
    public int DigitCount;
    public decimal TrailingScale; // the scale of the last word when the number ends in one (خمسة آلاف: 1000), else 0
    public bool HasScale;
    public long VMin, VMax, VBest;
    public long? VUnit;
    public LexItem? Dual;
    public readonly List<string> Cues = [];
}

/// <summary>The running value of a compound number: the finished scale groups, the group being read, the last scale.</summary>
internal struct CompoundValue
{
    public decimal Total, Group, LastScale;
    public bool Overflow;

    /// <summary>Nothing read yet: no scale (<see cref="LastScale"/> is <see cref="decimal.MaxValue"/>).</summary>
    public static CompoundValue Start => new() { LastScale = decimal.MaxValue };
}
