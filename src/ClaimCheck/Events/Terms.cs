using ClaimCheck.Text;

namespace ClaimCheck.Events;

/// <summary>
/// Turns text into the bag of terms that text similarity compares: the text is normalised (<see cref="ArabicNormalizer"/>),
/// tokenised, punctuation is dropped, and a light stemmer strips the conjunctions و/ف and the article (ال، بال، كال، لل)
/// from Arabic words that stay at least three letters long. One-letter words are dropped; numbers are kept.
/// </summary>
public static class Terms
{
    /// <summary>The terms of <paramref name="text"/>, in text order (repeats kept: they are term frequencies).</summary>
    public static List<string> Of(string? text)
    {
        var result = new List<string>();
        if (string.IsNullOrEmpty(text)) return result;
        AddTo(result, text);
        return result;
    }

    /// <summary>Adds the terms of <paramref name="text"/> to <paramref name="bag"/>.</summary>
    public static void AddTo(List<string> bag, string? text)
    {
        ArgumentNullException.ThrowIfNull(bag);
        if (string.IsNullOrEmpty(text)) return;
        var norm = ArabicNormalizer.Normalize(text).Text;
        foreach (var token in Tokenizer.Tokenize(norm))
        {
            if (token.Kind == TokenKind.Punct) continue;
            var span = norm.AsSpan(token.Start, token.End - token.Start);
            if (token.Kind == TokenKind.Word) span = Stem(span);
            if (span.Length < 2) continue;
            bag.Add(span.ToString());
        }
    }

    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        // و / ف conjunction.
        if (word.Length > 3 && word[0] is '\u0648' or '\u0641') word = word[1..];
        // Article with an optional preposition: ال، بال، كال، لل.
        if (word.Length >= 5 && word.StartsWith("\u0627\u0644")) return word[2..];
        if (word.Length >= 6 && (word.StartsWith("\u0628\u0627\u0644") || word.StartsWith("\u0643\u0627\u0644"))) return word[3..];
        if (word.Length >= 5 && word.StartsWith("\u0644\u0644")) return word[2..];
        return word;
    }
}
