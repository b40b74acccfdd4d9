using ClaimCheck.Text;

namespace ClaimCheck.Languages.English;

/// <summary>Checks on names found in English text, where matching ignores case.</summary>
internal static class EnglishMentions
{
    /// <summary>
    /// A short one-word name written all in lower case ("who", "is", "amid"): the acronyms WHO, IS or AMN are written in
    /// capitals, so a lower-case word of five letters or fewer is an ordinary word, not the name.
    /// </summary>
    public static bool LowerCaseAcronym(Document doc, int firstToken, int endToken)
    {
        if (endToken - firstToken != 1) return false;
        var span = doc.ToOriginal(doc.Tokens[firstToken].Span);
        if (span.Length > 5) return false;
        foreach (char ch in doc.Original.AsSpan(span.Start, span.Length)) if (char.IsUpper(ch)) return false;
        return true;
    }
}
