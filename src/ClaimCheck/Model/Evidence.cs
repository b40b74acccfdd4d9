namespace ClaimCheck;

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
