using ClaimCheck.Text;

namespace ClaimCheck.Output;

/// <summary>A claim's evidence inside its sentence: the text before the span, the span itself, and the text after.</summary>
/// <param name="Before">Sentence text before the evidence ("…" first when cut).</param>
/// <param name="Span">The evidence text.</param>
/// <param name="After">Sentence text after the evidence ("…" last when cut).</param>
internal readonly record struct EvidenceInContext(string Before, string Span, string After);

/// <summary>
/// Finds the sentence around a claim's evidence in the original report texts, with the sentence splitter the extractors
/// use. Without the texts, or when a text does not hold the evidence at its offsets, the evidence is shown alone.
/// </summary>
internal sealed class EvidenceContext(IReadOnlyDictionary<string, string>? texts)
{
    /// <summary>At most this many characters of context on each side; long sentences are cut at a space.</summary>
    public const int MaxContext = 240;

    private readonly Dictionary<string, TextSpan[]> _sentences = new(StringComparer.Ordinal);

    public EvidenceInContext Around(Claim claim)
    {
        var evidence = claim.Evidence;
        if (texts is null || !texts.TryGetValue(claim.ReportId, out var text) || text is null
            || evidence.Start < 0 || evidence.End < evidence.Start || evidence.End > text.Length
            || !text.AsSpan(evidence.Start, evidence.End - evidence.Start).SequenceEqual(evidence.Text))
            return new EvidenceInContext("", evidence.Text, "");

        int from = evidence.Start, to = evidence.End;
        foreach (var sentence in Sentences(claim.ReportId, text))
        {
            bool touches = sentence.Start < evidence.End && evidence.Start < sentence.End
                || (evidence.Start == evidence.End && sentence.Start <= evidence.Start && evidence.Start <= sentence.End);
            if (!touches) continue;
            from = Math.Min(from, sentence.Start);
            to = Math.Max(to, sentence.End);
        }

        string before = text[from..evidence.Start];
        string after = text[evidence.End..to];
        if (before.Length > MaxContext)
        {
            int cut = before.Length - MaxContext;
            int space = before.IndexOf(' ', cut);
            if (space >= 0) cut = space + 1;
            else if (char.IsLowSurrogate(before[cut])) cut++;
            before = "…" + before[cut..];
        }
        if (after.Length > MaxContext)
        {
            int cut = after.LastIndexOf(' ', MaxContext);
            if (cut <= 0) cut = char.IsHighSurrogate(after[MaxContext - 1]) ? MaxContext - 1 : MaxContext;
            after = after[..cut] + "…";
        }
        return new EvidenceInContext(before, evidence.Text, after);
    }

    private TextSpan[] Sentences(string reportId, string text)
    {
        if (_sentences.TryGetValue(reportId, out var spans)) return spans;
        var document = new Document(text);
        spans = new TextSpan[document.Sentences.Count];
        for (int i = 0; i < spans.Length; i++) spans[i] = document.ToOriginal(document.Sentences[i].Span);
        _sentences[reportId] = spans;
        return spans;
    }
}
