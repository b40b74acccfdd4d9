using System.Text;
using System.Text.Json;
using ClaimCheck.Lexicons;
using ClaimCheck.Recognition;
using ClaimCheck.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimCheck.Tests.Resources;

/// <summary>
/// Lints every embedded lexicon, whatever its shape: valid JSON, NFC text, no Arabic presentation forms, no duplicate
/// entries in any array (after our normalisation), no two objects of an array with the same "name", "id" or "text".
/// </summary>
public class LexiconLintTests
{
    public static TheoryData<string> EmbeddedLexicons()
    {
        var data = new TheoryData<string>();
        foreach (var name in LexiconLoader.EmbeddedNames()) data.Add(name);
        return data;
    }

    [Fact]
    public void ThereAreEmbeddedLexicons() => Assert.Contains("dates.json", LexiconLoader.EmbeddedNames());

    [Theory]
    [MemberData(nameof(EmbeddedLexicons))]
    public void LexiconIsClean(string resource)
    {
        var problems = LexiconLint.Check(resource, LexiconLoader.ReadEmbedded(resource));
        Assert.True(problems.Count == 0, $"{resource}: {problems.Count} problem(s)\n  " + string.Join("\n  ", problems));
    }

    // ---- the lint catches what it should (so a clean result means something) ----

    [Theory]
    [InlineData("""{ "a": ["x", "y", { "name": "z" }], "b": { "c": ["x"], "d": [["x"], ["x"]] }, "e": [1, 1, true, true, null, null] }""", "")]
    [InlineData("""{ "a": ["x", "y", "x"] }""", "$.a[2]: duplicate of $.a[0]")]
    [InlineData("""{ "a": ["أمس", "امس"] }""", "$.a[1]: duplicate of $.a[0]")]
    [InlineData("""{ "a": ["الإثنين", "الاثنين", "الأثنين"] }""", "$.a[1]: duplicate of $.a[0]|$.a[2]: duplicate of $.a[0]")]
    [InlineData("""{ "a": ["سجّل", "سجل"] }""", "$.a[1]: duplicate of $.a[0]")]
    [InlineData("""{ "a": ["\u0633\u0651\u064E"] }""", "$.a[0]: not NFC")]
    [InlineData("""{ "a": { "b": "\u0627\u0654\u0645\u0633" } }""", "$.a.b: not NFC")]
    [InlineData("""{ "a": ["\uFEFB\u0627"] }""", "$.a[0]: presentation form U+FEFB")]
    [InlineData("""{ "a": ["\uFDF2"] }""", "$.a[0]: presentation form U+FDF2")]
    [InlineData("""{ "a": [{ "name": "SANA" }, { "name": "sana" }] }""", "$.a[1].name: same name as $.a[0].name")]
    [InlineData("""{ "a": [{ "id": "x", "text": "t" }, { "id": "y", "text": "t" }, { "id": "x" }] }""", "$.a[1].text: same text as $.a[0].text|$.a[2].id: same id as $.a[0].id")]
    [InlineData("""{ "a": 1, "a": 2 }""", "$.a: duplicate property")]
    [InlineData("""{ "\u0627\u0654": 1 }""", "$: property name not NFC")]
    [InlineData("""{ "a": [ }""", "not valid JSON")]
    public void LintFindsProblems(string json, string expected)
    {
        var problems = LexiconLint.Check("test.json", json);
        var wanted = expected.Length == 0 ? [] : expected.Split('|');
        Assert.True(problems.Count == wanted.Length, $"expected {wanted.Length} problem(s), got:\n  {string.Join("\n  ", problems)}");
        for (int i = 0; i < wanted.Length; i++)
        {
            Assert.Contains(wanted[i], problems[i], StringComparison.Ordinal);
            Assert.StartsWith("test.json", problems[i], StringComparison.Ordinal);
        }
    }

    // ---- canonical normalisation (the build's invariant globalization makes string.Normalize a no-op) ----

    [Theory]
    [InlineData("e\u0301", "\u00E9", "e\u0301")]
    [InlineData("\u0627\u0654", "\u0623", "\u0627\u0654")]
    [InlineData("\u0648\u064E\u0654", "\u0624\u064E", "\u0648\u064E\u0654")]
    [InlineData("\u0633\u0651\u064E", "\u0633\u064E\u0651", "\u0633\u064E\u0651")]
    [InlineData("\u2126", "\u03A9", "\u03A9")]
    [InlineData("\u1100\u1161\u11A8", "\uAC01", "\u1100\u1161\u11A8")]
    [InlineData("\uAC00\u11A8", "\uAC01", "\u1100\u1161\u11A8")]
    [InlineData("\u00E0\u0323", "\u1EA1\u0300", "a\u0323\u0300")]
    [InlineData("\u0958", "\u0915\u093C", "\u0915\u093C")]
    [InlineData("\U0001D15E", "\U0001D157\U0001D165", "\U0001D157\U0001D165")]
    [InlineData("\u0645\u0633\u0624\u0648\u0644", "\u0645\u0633\u0624\u0648\u0644", "\u0645\u0633\u0648\u0654\u0648\u0644")]
    public void CanonicalFormsMatchTheStandard(string input, string nfc, string nfd)
    {
        Assert.Equal(nfc, CanonicalNormalization.ToNfc(input));
        Assert.Equal(nfd, CanonicalNormalization.ToNfd(input));
        Assert.Equal(input == nfc, CanonicalNormalization.IsNfc(input));
    }

    [Fact]
    public void CanonicalFormsAreStable()
    {
        var gen = Gen.ArrayOf(Gen.Frequency(
                (4, Gen.Choose(0x0621, 0x064A)), (4, Gen.Choose(0x064B, 0x0655)), (2, Gen.Choose(0x0300, 0x0345)),
                (2, Gen.Elements<int>('a', 'e', 'o', 'u', 'A', 0x00E0, 0x1EA1, 0x0648, 0x064A, 0x06D5, 0x1100, 0x1161, 0x11A8, 0xAC00)),
                (1, Gen.Choose(0, 0xFFFF))))
            .Select(cps => new string(cps.Select(c => (char)c).ToArray()));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(gen.ToArbitrary(), s =>
        {
            string nfc = CanonicalNormalization.ToNfc(s), nfd = CanonicalNormalization.ToNfd(s);
            Assert.True(CanonicalNormalization.IsNfc(nfc));
            Assert.Equal(nfc, CanonicalNormalization.ToNfc(nfd));
            Assert.Equal(nfd, CanonicalNormalization.ToNfd(nfc));
            Assert.Equal(nfd, CanonicalNormalization.ToNfd(nfd));
        }));
    }

    // ---- one place per word list ----

    [Fact]
    public void Month_names_are_written_in_dates_json_only_and_the_number_lexicon_reads_them_from_there()
    {
        using var numbers = JsonDocument.Parse(LexiconLoader.ReadEmbedded(NumberLexicon.ResourceName), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        Assert.False(numbers.RootElement.TryGetProperty("months", out _), "numbers.json lists months; they belong in dates.json");

        var dates = DateLexicon.Default;
        var expected = dates.Months.Select(m => (m.Month, MonthCalendar.Gregorian, string.Join('|', m.Names)))
            .Concat(dates.HijriMonths.Select(m => (m.Month, MonthCalendar.Hijri, string.Join('|', m.Names))));
        Assert.Equal(expected, NumberLexicon.Default.Months.Select(m => (m.Month, m.Calendar, string.Join('|', m.Names))));
        Assert.NotEmpty(dates.HijriMonths);
    }
}

/// <summary>The lexicon lint: walks any JSON document and reports each problem as "resource JSON-path: problem: value".</summary>
internal static class LexiconLint
{
    private static readonly string[] KeyProperties = ["name", "id", "text"];

    public static List<string> Check(string resource, string json)
    {
        var problems = new List<string>();
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            problems.Add($"{resource}: not valid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine}: {e.Message}");
            return problems;
        }
        using (doc) Walk(resource, doc.RootElement, "$", problems);
        return problems;
    }

    private static void Walk(string resource, JsonElement e, string path, List<string> problems)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                CheckText(resource, path, e.GetString()!, "", problems);
                break;
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var p in e.EnumerateObject())
                {
                    CheckText(resource, path, p.Name, "property name ", problems);
                    if (!names.Add(p.Name)) problems.Add($"{resource} {path}.{p.Name}: duplicate property");
                }
                foreach (var p in e.EnumerateObject()) Walk(resource, p.Value, $"{path}.{p.Name}", problems);
                break;
            case JsonValueKind.Array:
                CheckArray(resource, e, path, problems);
                int i = 0;
                foreach (var item in e.EnumerateArray()) Walk(resource, item, $"{path}[{i++}]", problems);
                break;
        }
    }

    private static void CheckText(string resource, string path, string value, string what, List<string> problems)
    {
        if (!CanonicalNormalization.IsNfc(value))
            problems.Add($"{resource} {path}: {what}not NFC: {Show(value)} should be {Show(CanonicalNormalization.ToNfc(value))}");
        foreach (char c in value)
            if (c is (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF'))
            {
                problems.Add($"{resource} {path}: {what}presentation form U+{(int)c:X4} in {Show(value)}");
                break;
            }
    }

    /// <summary>Duplicate strings (after <see cref="ArabicNormalizer"/>), and objects sharing a "name", "id" or "text".</summary>
    private static void CheckArray(string resource, JsonElement array, string path, List<string> problems)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = KeyProperties.ToDictionary(k => k, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        int i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                string value = item.GetString()!;
                string key = ArabicNormalizer.Normalize(value).Text.Trim();
                if (strings.TryGetValue(key, out int first))
                    problems.Add($"{resource} {path}[{i}]: duplicate of {path}[{first}] after normalisation: {Show(value)} ~ \"{key}\"");
                else strings[key] = i;
            }
            else if (item.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in KeyProperties)
                {
                    if (!item.TryGetProperty(property, out var v) || v.ValueKind != JsonValueKind.String) continue;
                    string key = ArabicNormalizer.Normalize(v.GetString()!).Text.Trim();
                    if (keys[property].TryGetValue(key, out int first))
                        problems.Add($"{resource} {path}[{i}].{property}: same {property} as {path}[{first}].{property}: {Show(v.GetString()!)}");
                    else keys[property][key] = i;
                }
            }
            i++;
        }
    }

    /// <summary>The value quoted, with invisible and combining characters spelled out as code points.</summary>
    private static string Show(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in value)
        {
            var cat = char.GetUnicodeCategory(c);
            bool visible = cat is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.SpaceSeparator
                or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.EnclosingMark) || c == ' ';
            sb.Append(visible ? c.ToString() : $"<U+{(int)c:X4}>");
        }
        return sb.Append('"').ToString();
    }
}
