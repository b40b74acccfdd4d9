using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Perf;

/// <summary>
/// The allocation-free fast paths compute exactly what the simple code they replaced computed: FuzzySharp's ratio, the
/// clitic forms of a word, and the first-token filter of the phrase matcher.
/// </summary>
public class FastPathEquivalenceTests
{
    private const string Letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءئؤة ";

    private static string RandomWord(Random random, int maxLength, int alphabet)
    {
        var chars = new char[random.Next(0, maxLength + 1)];
        for (int i = 0; i < chars.Length; i++) chars[i] = Letters[random.Next(alphabet)];
        return new string(chars);
    }

    private static string Mutate(Random random, string s, int alphabet)
    {
        var list = s.ToList();
        for (int edits = random.Next(4); edits > 0; edits--)
        {
            int op = random.Next(3);
            if (op == 0 && list.Count > 0) list.RemoveAt(random.Next(list.Count));
            else if (op == 1) list.Insert(random.Next(list.Count + 1), Letters[random.Next(alphabet)]);
            else if (list.Count > 0) list[random.Next(list.Count)] = Letters[random.Next(alphabet)];
        }
        return new string(list.ToArray());
    }

    [Fact]
    public void Bit_parallel_ratio_equals_FuzzySharp_on_random_and_near_pairs()
    {
        var random = new Random(20240521);
        int mismatches = 0;
        string? example = null;
        for (int n = 0; n < 50_000; n++)
        {
            int alphabet = random.Next(2, Letters.Length + 1);
            string a = RandomWord(random, n % 10 == 0 ? 90 : 30, alphabet);
            string b = random.Next(3) == 0 ? Mutate(random, a, alphabet) : RandomWord(random, n % 10 == 0 ? 90 : 30, alphabet);
            int expected = FuzzySharp.Fuzz.Ratio(a, b);
            if (FuzzyRatio.Ratio(a, b) != expected)
            {
                mismatches++;
                example ??= $"'{a}' vs '{b}': FuzzySharp {expected}, ours {FuzzyRatio.Ratio(a, b)}";
            }
        }
        Assert.True(mismatches == 0, example);
    }

    [Fact]
    public void Ratio_of_a_prepared_pattern_equals_the_one_shot_ratio_and_scratch_is_left_clean()
    {
        var random = new Random(7);
        Span<ulong> masks = stackalloc ulong[256];
        masks.Clear();
        for (int n = 0; n < 2_000; n++)
        {
            string pattern = RandomWord(random, 64, Letters.Length);
            var ratio = new FuzzyRatio(pattern, masks);
            for (int k = 0; k < 5; k++)
            {
                string text = Mutate(random, pattern, Letters.Length);
                Assert.Equal(FuzzySharp.Fuzz.Ratio(pattern, text), ratio.Ratio(text));
            }
            ratio.Release();
            foreach (ulong m in masks) Assert.Equal(0UL, m);
        }
    }

    [Fact]
    public void Minimum_common_length_is_the_smallest_that_reaches_the_cutoff()
    {
        for (int sum = 1; sum < 120; sum++)
        {
            int min = FuzzyRatio.MinimumCommon(Gazetteer.FuzzyCutoff, sum);
            for (int lcs = 0; lcs <= sum / 2; lcs++)
            {
                string a = new('ب', sum - sum / 2), b = new string('ب', lcs) + new string('ت', sum / 2 - lcs);
                bool reaches = FuzzySharp.Fuzz.Ratio(a, b) >= Gazetteer.FuzzyCutoff;
                Assert.True(reaches == (lcs >= min), $"sum {sum}, common {lcs}: minimum {min}");
            }
        }
    }

    [Theory]
    [InlineData("وبالحجر")]
    [InlineData("للاجئين")]
    [InlineData("وللنظام")]
    [InlineData("فالمخيم")]
    [InlineData("كالعادة")]
    [InlineData("بال")]
    [InlineData("لل")]
    [InlineData("و")]
    [InlineData("الاتفاق")]
    [InlineData("ولليرموك")]
    public void Clitic_forms_without_allocation_are_the_candidates_in_order(string word)
    {
        Span<CliticForm> forms = stackalloc CliticForm[ArabicClitics.MaxForms];
        Span<char> scratch = stackalloc char[word.Length + 1];
        foreach (bool stripArticle in new[] { false, true })
        {
            var expected = ArabicClitics.Candidates(word, stripArticle).ToArray();
            int count = ArabicClitics.Forms(word, stripArticle, forms);
            var actual = new (string, int)[count];
            for (int i = 0; i < count; i++) actual[i] = (forms[i].Text(word, scratch).ToString(), forms[i].CliticLength);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Clitic_forms_match_the_candidates_on_random_words()
    {
        var random = new Random(11);
        const string letters = "ولبكفالمنحي";
        Span<CliticForm> forms = stackalloc CliticForm[ArabicClitics.MaxForms];
        Span<char> scratch = stackalloc char[16];
        for (int n = 0; n < 5_000; n++)
        {
            var chars = new char[random.Next(1, 10)];
            for (int i = 0; i < chars.Length; i++) chars[i] = letters[random.Next(letters.Length)];
            string word = new(chars);
            bool stripArticle = random.Next(2) == 0;
            var expected = ArabicClitics.Candidates(word, stripArticle).ToArray();
            int count = ArabicClitics.Forms(word, stripArticle, forms);
            Assert.Equal(expected.Length, count);
            for (int i = 0; i < count; i++)
            {
                Assert.Equal(expected[i].Form, forms[i].Text(word, scratch).ToString());
                Assert.Equal(expected[i].CliticLength, forms[i].CliticLength);
            }
        }
    }

    [Fact]
    public void Start_filter_never_rejects_a_word_that_matches()
    {
        // Every phrase of a matcher, with and without clitics, is still found through the filter.
        string[] phrases = ["مخيم اليرموك", "الحجر الأسود", "أمس", "و", "اتفاق", "الحافلات", "ب"];
        var matcher = new PhraseMatcher<string>(phrases.Select(p => (p, p)), articleFilter: _ => true);
        foreach (var phrase in phrases)
        {
            foreach (var prefix in new[] { "", "و", "ب", "وب", "فل" })
            {
                var doc = new Document(prefix + phrase + " نص");
                bool plain = phrase.Length > 1 || prefix.Length == 0;
                if (plain) Assert.True(matcher.TryMatchAt(doc, 0, out var m), prefix + phrase);
            }
        }
        var filter = new StartFilter();
        matcher.AddTo(filter);
        var text = new Document("وبالحافلات للاتفاق أمس");
        for (int i = 0; i < text.Tokens.Count; i++)
            if (matcher.TryMatchAt(text, i, out _)) Assert.True(filter.MayStartAt(text, i));
    }

    [Fact]
    public void Start_filter_passes_every_word_with_a_clitic_form_that_is_a_key_on_random_words()
    {
        // Keys of one to six letters over a small alphabet rich in clitics and the article, so that forms, keys and hash
        // collisions meet often; a rejected word must have no form (with or without the article) equal to a key.
        var random = new Random(23);
        const string letters = "ولبكفالمني";
        string Word(int min, int max)
        {
            var chars = new char[random.Next(min, max + 1)];
            for (int i = 0; i < chars.Length; i++) chars[i] = letters[random.Next(letters.Length)];
            return new string(chars);
        }
        Span<CliticForm> forms = stackalloc CliticForm[ArabicClitics.MaxForms];
        Span<char> scratch = stackalloc char[16];
        int matched = 0, rejected = 0;
        for (int round = 0; round < 20; round++)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            while (keys.Count < 60) keys.Add(Word(1, 6));
            var filter = new StartFilter();
            foreach (var key in keys) filter.Add(key);
            for (int n = 0; n < 2_000; n++)
            {
                string word = Word(1, 9);
                int count = ArabicClitics.Forms(word, stripArticle: true, forms);
                bool isKey = false;
                for (int f = 0; f < count && !isKey; f++) isKey = keys.Contains(forms[f].Text(word, scratch).ToString());
                if (isKey) Assert.True(filter.MayStart(word), word);
                if (isKey) matched++;
                else if (!filter.MayStart(word)) rejected++;
            }
        }
        // The test means something only when both cases occur often.
        Assert.True(matched > 1_000, $"{matched} words had a key form");
        Assert.True(rejected > 1_000, $"{rejected} words were rejected");
    }
}
