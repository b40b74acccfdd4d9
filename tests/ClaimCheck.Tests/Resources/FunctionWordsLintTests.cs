using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Resources;

/// <summary>
/// Lint of the function words (<c>function-words.json</c>, <see cref="FunctionWords"/>): every word folds to one non-empty
/// word and no set holds a word twice; the file's sets and the class's properties match both ways and every set is used by
/// the library's code; and no rule file under Claims/ or Attribution/ compares a token with an Arabic string literal
/// (the words live once, in data). Allowed: a literal tested as a prefix or suffix (<c>StartsWith("ال")</c> for the article,
/// a cue's <c>Text.StartsWith("نقل")</c>, the plural ending <c>EndsWith("وا")</c>) and the source head nouns the anaphor
/// search matches inside a mention (<c>head.Contains("مصدر")</c>): these are not token comparisons.
/// </summary>
public class FunctionWordsLintTests
{
    private static readonly Regex TokenComparison = new(
        @"(\bis\s+(not\s+)?\(?|\bor\s+|\band\s+(not\s+)?|[=!]=\s*|\bWord\([^()]*,\s*)""[^""]*\p{IsArabic}", RegexOptions.CultureInvariant);

    [Fact]
    public void EveryWordFoldsToOneWordAndNoSetRepeatsOne()
    {
        var problems = new List<string>();
        foreach (var (name, words) in FileSets())
        {
            if (words.Count == 0) problems.Add($"set '{name}' is empty");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in words)
            {
                string folded = ArabicNormalizer.Normalize(word).Text;
                if (folded.Trim().Length == 0 || folded.Contains(' ')) problems.Add($"'{word}' in '{name}' does not fold to one word");
                else if (!seen.Add(folded)) problems.Add($"'{word}' in '{name}' folds to '{folded}', which the set already holds");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void TheFileSetsAndThePropertiesMatchBothWaysWordForWord()
    {
        var file = FileSets();
        var properties = Properties();
        Assert.Equal(file.Keys.Order(StringComparer.Ordinal), properties.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, property) in properties)
        {
            var set = (WordSet)property.GetValue(FunctionWords.Default)!;
            var folded = file[name].Select(w => ArabicNormalizer.Normalize(w).Text).Order(StringComparer.Ordinal);
            Assert.Equal(folded, set.Order(StringComparer.Ordinal));
        }
        // Spot checks of the folding: the data is in ordinary spelling, the sets in the normaliser's.
        Assert.True(FunctionWords.Default.SpeakerlessPrepositions.Contains("علي"));
        Assert.True(FunctionWords.Default.Complementizers.Contains("بان"));
        Assert.True(FunctionWords.Default.AfterBareCount.Contains("نتيجه"));
        Assert.False(FunctionWords.Default.SpeakerlessPrepositions.Contains("على"));
    }

    [Fact]
    public void EverySetIsUsedByTheLibrary()
    {
        string library = Path.Combine(SourceRoot(), "src", "ClaimCheck");
        string code = string.Concat(Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "FunctionWords.cs").Select(File.ReadAllText));
        var unused = Properties().Values.Where(p => !Regex.IsMatch(code, @"FunctionWords\.Default\." + p.Name + @"\b")).Select(p => p.Name).ToList();
        Assert.True(unused.Count == 0, "sets no code uses: " + string.Join(", ", unused));
    }

    [Fact]
    public void NoRuleComparesATokenWithAnArabicLiteral()
    {
        var problems = new List<string>();
        foreach (var folder in new[] { "Claims", "Attribution" })
            foreach (var file in Directory.EnumerateFiles(Path.Combine(SourceRoot(), "src", "ClaimCheck", folder), "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var lines = File.ReadAllLines(file);
                for (int i = 0; i < lines.Length; i++)
                    if (Flags(lines[i])) problems.Add($"{folder}/{Path.GetFileName(file)}:{i + 1}: {lines[i].Trim()}");
            }
        Assert.True(problems.Count == 0, "token compared with an Arabic literal (put the word in function-words.json):\n" + string.Join("\n", problems));
    }

    [Fact]
    public void TheScanFindsTokenComparisonsAndSparesPrefixesAndComments()
    {
        Assert.True(Flags("        if (ctx.Word(k, \"من\")) return a;"));
        Assert.True(Flags("        return w is \"ان\" or \"بان\";"));
        Assert.True(Flags("        if (w is not (\"ما\" or \"من\")) return;"));
        Assert.True(Flags("        bool b = doc.TokenText(k) == \"ثم\";"));
        Assert.True(Flags("        bool b = w is var x && x is \"بين\";"));
        Assert.False(Flags("        if (first.StartsWith(\"ال\", StringComparison.Ordinal)) return true;"));
        Assert.False(Flags("        // \"قال مصدر في المعارضة إن …\": a comment quoting words"));
        Assert.False(Flags("        if (ctx.Word(k, FunctionWords.Default.From)) return a; // \"من\" is \"from\""));
        Assert.False(Flags("        if (w is \"the\" or \"a\") return;"));
    }

    /// <summary>Whether the code of a line (its comment dropped) compares with an Arabic literal.</summary>
    private static bool Flags(string line)
    {
        string code = line.TrimStart().StartsWith("//", StringComparison.Ordinal) ? "" : Regex.Replace(line, @"\s//\s.*$", "");
        return TokenComparison.IsMatch(code);
    }

    /// <summary>The sets of the embedded file as written (comments skipped).</summary>
    private static Dictionary<string, List<string>> FileSets()
    {
        using var doc = JsonDocument.Parse(LexiconLoader.ReadEmbedded("function-words.json"), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(w => w.GetString()!).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The public set properties of <see cref="FunctionWords"/>, keyed by their camelCase names (the file's keys).</summary>
    private static Dictionary<string, PropertyInfo> Properties() =>
        typeof(FunctionWords).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(WordSet))
            .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), StringComparer.Ordinal);

    /// <summary>The clone's root (the folder holding src/ClaimCheck), found by walking up from the test binary.</summary>
    private static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "src", "ClaimCheck", "ClaimCheck.csproj"))) return dir.FullName;
        throw new DirectoryNotFoundException("src/ClaimCheck not found above " + AppContext.BaseDirectory);
    }
}
