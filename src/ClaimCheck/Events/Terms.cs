using ClaimCheck.Text;

namespace ClaimCheck.Events;

/// <summary>
/// Turns text into the bag of terms that text similarity compares: each character is folded as the normaliser folds it
/// (<see cref="ArabicNormalizer.Fold"/>: diacritics and tatweel removed, alef forms unified, digits to ASCII, Latin lower-cased),
/// words and numbers are kept, punctuation is dropped, and a light stemmer strips the conjunctions و/ف and the article
/// (ال، بال، كال، لل) from Arabic words that stay at least three letters long. One-letter words are dropped.
/// </summary>
public static class Terms
{
    /// <summary>The terms of <paramref name="text"/>, in text order (repeats kept: they are term frequencies).</summary>
    public static List<string> Of(string? text)
    {
        var result = new List<string>();
        AddTo(result, text);
        return result;
    }

    /// <summary>Adds the terms of <paramref name="text"/> to <paramref name="bag"/>.</summary>
    public static void AddTo(List<string> bag, string? text) => AddTo(bag, text, null);

    /// <inheritdoc cref="TermFolder.AddTo"/>
    internal static void AddTo(List<string> bag, string? text, Dictionary<string, string>? pool) => TermFolder.AddTo(bag, text, pool);
}
