using System.Text;
using System.Text.Json;
using ClaimCheck.Lexicons;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// The hostile corpus: small hand-written files under Robustness/Nasty/ and inputs generated in code (big ones, and ones
/// a text file cannot hold, such as lone surrogates). Generation is seeded, so every run sees the same bytes.
/// </summary>
internal static class NastyInputs
{
    /// <summary>10 MB, in UTF-16 code units.</summary>
    public const int TenMegabytes = 10 * 1024 * 1024;

    /// <summary>The folder of hand-written inputs: copied beside the test binary when the project copies it, else found in the source tree above it.</summary>
    public static string Folder { get; } = FindFolder();

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "Robustness", "Nasty"), Path.Combine(dir.FullName, "tests", "ClaimCheck.Tests", "Robustness", "Nasty") })
                if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("Robustness/Nasty not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Names of the hand-written inputs (file names).</summary>
    public static IEnumerable<string> FileNames() =>
        Directory.GetFiles(Folder, "*.txt").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal)!;

    /// <summary>The text of a hand-written input.</summary>
    public static string File(string name) => System.IO.File.ReadAllText(Path.Combine(Folder, name), new UTF8Encoding(false, true));

    /// <summary>Generated inputs of moderate size (up to a few hundred kilobytes), by name.</summary>
    public static IReadOnlyDictionary<string, Func<string>> Generated { get; } = new Dictionary<string, Func<string>>(StringComparer.Ordinal)
    {
        ["random-unicode-with-lone-surrogates"] = () => RandomUnicode(new Random(20180521), 20_000),
        ["control-characters"] = ControlCharacters,
        ["bidi-controls-between-every-character"] = () => Interleave(SeedText(2), "\u200F\u202E\u2066\u200E\u202B\u2069\u061C\u202C"),
        ["mixed-scripts-seed"] = MixedScriptsSeed,
        ["thousand-digit-numbers"] = ThousandDigitNumbers,
        ["nested-guillemets"] = () => Nest("«", "»", 5_000, "قال المرصد إن 25 مدنياً قتلوا"),
        ["nested-straight-quotes"] = () => Nest("\"", "\"", 5_000, "نفت سانا التوصل إلى اتفاق"),
        ["nested-mixed-quotes"] = () => Nest("«\"“'(", ")'”\"»", 1_000, "وخرج 400 مقاتل من مخيم اليرموك"),
        ["open-quotes-only"] = () => Repeat("«قال المرصد إن ", 3_000),
        ["reporting-verbs-in-a-row"] = () => Repeat("قال ", 5_000),
        ["reporting-verbs-with-speakers"] = () => Repeat("قال المرصد إن وكالة سانا نقلت عن مصادر قولها إن ", 1_500),
        ["denials-in-a-row"] = () => Repeat("نفت سانا نفي ", 3_000) + "التوصل إلى اتفاق.",
        ["continuations-in-a-row"] = () => "قال المرصد السوري إن " + Repeat("وأضاف خروج المقاتلين ", 2_000),
        ["same-claim-sentence-many-times"] = () => Repeat("وقال المرصد السوري لحقوق الإنسان إن 25 مدنياً قتلوا في قصف على مخيم اليرموك جنوب دمشق. ", 3_000),
        ["seeds-repeated"] = () => Repeat(string.Join("\n", Seeds.Reports().Select(r => r.Text)) + "\n", 20),
        ["ten-thousand-tokens-without-punctuation"] = TenThousandTokens,
        ["every-lexicon-phrase"] = () => string.Join(" ", LexiconPhrases()),
        ["every-lexicon-phrase-one-per-line"] = () => string.Join("\n", LexiconPhrases()),
        ["every-lexicon-phrase-with-numbers"] = () => string.Join(" ", LexiconPhrases().Select((p, i) => $"{i} {p} ٣{i}")),
        ["anaphors-far-from-their-antecedent"] = () => "قال مصدر ميداني إن الاتفاق تم. " + Repeat("وأكدت المصادر خروج المقاتلين. وقال الأخير إن 5 مدنيين قتلوا. ", 1_500),
        // One sentence of thousands of frames, each with an anaphor and a claim: the antecedent search and the speaker-phrase
        // test look at the frames near their own, not at the whole sentence for each claim.
        ["anaphors-in-one-sentence"] = () => Repeat("وأكد المصدر أن خروج المسلحين لم يتم حتى الآن و", 3_000),
        ["speakers-and-parties-in-one-sentence"] = () => Repeat("وقال المرصد إن قوات النظام قتلت 5 مدنيين و", 3_000),
        ["context-place-chain"] = () => Repeat("التضامن و", 3_000) + "مخيم اليرموك",
        ["dated-claims"] = () => Repeat("يوم الخميس 19 نيسان 2018 قتل 5 مدنيين في دوما. ", 2_000),
    };

    /// <summary>The 10 MB inputs: one character repeated.</summary>
    public static IReadOnlyDictionary<string, Func<string>> Huge { get; } = new Dictionary<string, Func<string>>(StringComparer.Ordinal)
    {
        ["10MB-alef"] = () => new string('\u0627', TenMegabytes),
        ["10MB-eastern-three"] = () => new string('\u0663', TenMegabytes),
        ["10MB-spaces"] = () => new string(' ', TenMegabytes),
        ["10MB-straight-quotes"] = () => new string('"', TenMegabytes),
    };

    /// <summary>Any input by name: a file name (ends in .txt), a generated or a huge one.</summary>
    public static string Get(string name) =>
        name.EndsWith(".txt", StringComparison.Ordinal) ? File(name) : Generated.TryGetValue(name, out var g) ? g() : Huge[name]();

    public static string Repeat(string unit, int times)
    {
        var sb = new StringBuilder(unit.Length * times);
        for (int i = 0; i < times; i++) sb.Append(unit);
        return sb.ToString();
    }

    private static string Nest(string open, string close, int depth, string inner) => Repeat(open, depth) + inner + Repeat(close, depth);

    private static string SeedText(int index) => Seeds.Reports()[index].Text;

    private static string Interleave(string text, string marks)
    {
        var sb = new StringBuilder(text.Length * 2);
        for (int i = 0; i < text.Length; i++) sb.Append(text[i]).Append(marks[i % marks.Length]);
        return sb.ToString();
    }

    /// <summary>Any UTF-16 code unit, lone surrogates and noncharacters included, with some Arabic so that words form.</summary>
    public static string RandomUnicode(Random random, int length)
    {
        var chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            chars[i] = random.Next(10) switch
            {
                0 => (char)random.Next(0xD800, 0xE000),
                1 => (char)random.Next(0x00, 0x20),
                2 or 3 or 4 => (char)random.Next(0x0600, 0x0700),
                5 => ' ',
                _ => (char)random.Next(0x0000, 0x10000),
            };
        }
        return new string(chars);
    }

    private static string ControlCharacters()
    {
        var sb = new StringBuilder();
        for (int round = 0; round < 50; round++)
        {
            for (char c = '\0'; c < ' '; c++) sb.Append("قتل ").Append(c).Append("25").Append(c).Append(" مدنياً").Append(c);
            for (char c = '\u007F'; c <= '\u009F'; c++) sb.Append(c).Append("خروج");
            sb.Append("\uFFFE\uFFFF\uFFFD\u0000\u00AD\u034F\u180E\u2060\u2061\u2062\u2063\u2064\u206A\u206F\uFFF9\uFFFA\uFFFB");
        }
        return sb.ToString();
    }

    private static string MixedScriptsSeed()
    {
        // Every third Arabic letter of a seed swapped for a look-alike from another script or a presentation form.
        string text = SeedText(4);
        char[] swaps = ['\uFEE3', '\uFE8E', 'a', 'ж', 'ש', '\u06CC', '\u06A9', '\u0671', '中', 'Ω'];
        var chars = text.ToCharArray();
        for (int i = 0, k = 0; i < chars.Length; i++)
            if (chars[i] is >= '\u0621' and <= '\u064A' && i % 3 == 0) chars[i] = swaps[k++ % swaps.Length];
        return new string(chars);
    }

    private static string ThousandDigitNumbers()
    {
        string western = Repeat("9", 1_000), eastern = Repeat("\u0669", 1_000), persian = Repeat("\u06F7", 1_000);
        string separated = string.Join(",", Enumerable.Repeat("999", 334));
        string easternSeparated = string.Join("\u066C", Enumerable.Repeat("\u0669\u0669\u0669", 334));
        return string.Join(" ", [
            $"قتل {western} مدنياً.", $"خرج {eastern} مقاتل.", $"دخلت {persian} حافلة.", $"قتل نحو {separated} شخص.",
            $"خرج أكثر من {easternSeparated} مسلح.", $"قتل بين {western} و{eastern} مدنياً.", $"قتل {western}.{western} مدنياً.",
            $"في {western} نيسان {eastern} قتل 5 مدنيين.", $"{western}{eastern}{persian}", "قتل 0 مدنياً.",
        ]);
    }

    private static string TenThousandTokens()
    {
        // Words of the seeds, punctuation and newlines dropped: one sentence of 10,000 tokens.
        var words = new List<string>();
        foreach (var r in Seeds.Reports())
            foreach (var w in r.Text.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                var letters = new string(w.Where(c => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
                if (letters.Length > 0) words.Add(letters);
            }
        var sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) sb.Append(words[(i * 7919) % words.Count]).Append(' ');
        return sb.ToString();
    }

    /// <summary>Every phrase of every embedded lexicon: the strings with Arabic letters, and all aliases.</summary>
    public static IReadOnlyList<string> LexiconPhrases() => s_phrases.Value;

    private static readonly Lazy<IReadOnlyList<string>> s_phrases = new(() =>
    {
        var phrases = new List<string>();
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        foreach (var name in LexiconLoader.EmbeddedNames())
        {
            using var doc = JsonDocument.Parse(LexiconLoader.ReadEmbedded(name), options);
            Collect(doc.RootElement, null, phrases);
        }
        return phrases;
    });

    private static void Collect(JsonElement e, string? property, List<string> into)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                    if (p.Name != "description") Collect(p.Value, p.Name, into);
                break;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray()) Collect(item, property, into);
                break;
            case JsonValueKind.String:
                string s = e.GetString()!;
                if (property is "aliases" || s.Any(c => c is >= '\u0600' and <= '\u06FF')) into.Add(s);
                break;
        }
    }
}
