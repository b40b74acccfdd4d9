using ClaimCheck.Lexicons;


namespace ClaimCheck.Languages;

/// <summary>
/// Tells the language of a report from its letters: mostly Arabic script is Arabic ("ar"); mostly Latin script takes the
/// language of <c>languages.json</c> whose function words are the largest share of its words, English ("en") when none
/// stands out; another script is named by it ("ru", "he", "el", "fa" is not told from Arabic). A text without letters is
/// read as Arabic, the default. Only <see cref="Arabic"/> and <see cref="English"/> are read for claims.
/// </summary>
public static class LanguageDetector
{
    /// <summary>ISO 639-1 code of Arabic.</summary>
    public const string Arabic = "ar";

    /// <summary>ISO 639-1 code of English.</summary>
    public const string English = "en";

    /// <summary>The code given for a language that cannot be told (ISO 639-2 "undetermined").</summary>
    public const string Undetermined = "und";

    /// <summary>How many words are read at most: the language shows in the first few thousand.</summary>
    private const int WordScan = 3000;

    /// <summary>The share of a Latin text's words another language's function words must reach, and beat English by, to win.</summary>
    private const double MinShare = 0.08;

    private static readonly Lazy<(string Code, HashSet<string> Words)[]> FunctionWords = new(() =>
        LexiconLoader.LoadEmbedded("languages.json", LanguageJsonContext.Reading.LanguageFile).Languages!
            .Select(l => (l!.Code!, new HashSet<string>(l.Words!.Select(w => w!.ToLowerInvariant()), StringComparer.Ordinal))).ToArray());

    /// <summary>True for the languages ClaimCheck reads claims from ("ar", "en").</summary>
    public static bool IsSupported(string? language) => language is Arabic or English;

    /// <summary>
    /// The language a report is in: <paramref name="declared"/> when given (trimmed and lower-cased, "ar", "en", …), else
    /// detected from <paramref name="text"/> with <see cref="Detect"/>.
    /// </summary>
    public static string Resolve(string? declared, string text) =>
        string.IsNullOrWhiteSpace(declared) ? Detect(text) : declared.Trim().ToLowerInvariant();

    /// <summary>The ISO 639-1 code of the language <paramref name="text"/> is written in (see the class summary).</summary>
    public static string Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int arabic = 0, latin = 0, cyrillic = 0, hebrew = 0, greek = 0, other = 0;
        int limit = Math.Min(text.Length, WordScan * 8);
        for (int i = 0; i < limit; i++)
        {
            char c = text[i];
            if (!char.IsLetter(c)) continue;
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF') arabic++;
            else if (c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF') latin++;
            else if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
            else if (c is >= '\u0590' and <= '\u05FF') hebrew++;
            else if (c is >= '\u0370' and <= '\u03FF') greek++;
            else other++;
        }
        int letters = arabic + latin + cyrillic + hebrew + greek + other;
        if (letters == 0 || arabic * 2 >= letters) return Arabic;
        if (latin * 2 >= letters) return LatinLanguage(text.AsSpan(0, limit));
        int max = new[] { cyrillic, hebrew, greek, other }.Max();
        return max == cyrillic ? "ru" : max == hebrew ? "he" : max == greek ? "el" : Undetermined;
    }

    private static string LatinLanguage(ReadOnlySpan<char> text)
    {
        var languages = FunctionWords.Value;
        var hits = new int[languages.Length];
        int words = 0;
        Span<char> buffer = stackalloc char[24];
        int i = 0;
        while (i < text.Length && words < WordScan)
        {
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            int start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            int length = i - start;
            if (length == 0) break;
            words++;
            if (length > buffer.Length) continue;
            int n = text.Slice(start, length).ToLowerInvariant(buffer);
            string word = new(buffer[..n]);
            for (int k = 0; k < languages.Length; k++) if (languages[k].Words.Contains(word)) hits[k]++;
        }
        if (words == 0) return English;
        int english = Array.FindIndex(languages, l => l.Code == English);
        int best = english;
        for (int k = 0; k < languages.Length; k++) if (hits[k] > hits[best]) best = k;
        double share = (double)hits[best] / words, englishShare = english < 0 ? 0 : (double)hits[english] / words;
        return best != english && share >= MinShare && share - englishShare >= MinShare / 2 ? languages[best].Code : English;
    }

    internal sealed record LanguageFile(List<LanguageEntry?>? Languages, string? Description = null);

    internal sealed record LanguageEntry(string? Code, List<string?>? Words);
}
