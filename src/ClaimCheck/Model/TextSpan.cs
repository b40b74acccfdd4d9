namespace ClaimCheck;

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
