using System.Text;
using ClaimCheck.Tests.Resources;
using ClaimCheck.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimCheck.Tests.Text;

/// <summary>
/// Properties of <see cref="ArabicNormalizer"/>'s offset map, over random strings full of the characters real Arabic news
/// carries (and hostile ones), and over real text: substrings and spans of the seed reports.
/// </summary>
public class NormalizerPropertyTests
{
    private static readonly NormalizationOptions KeepTaa = new(FoldTaaMarbuta: false);

    // ---- generators ----

    private static Gen<char> Range(int first, int last) => Gen.Choose(first, last).Select(c => (char)c);

    private static Gen<char> Chars(params char[] chars) => Gen.Elements(chars);

    /// <summary>One UTF-16 code unit, weighted towards what Arabic news and broken copies contain.</summary>
    private static readonly Gen<char> NewsChar = Gen.Frequency(
        (8, Range(0x0621, 0x064A)),                                     // Arabic letters, including أ إ آ ى ة
        (4, Range(0x064B, 0x0652)),                                     // harakat, shadda, sukun
        (1, Chars('\u0653', '\u0654', '\u0655', '\u0670', '\u06E1')),  // maddah, hamza marks, dagger alef, Quranic sukun
        (2, Chars('\u0640')),                                           // tatweel
        (2, Range(0x0660, 0x0669)),                                     // Eastern Arabic digits
        (1, Range(0x06F0, 0x06F9)),                                     // Persian digits
        (1, Chars('\u066B', '\u066C', '\u066A', '\u060C', '\u061B', '\u061F', '\u06CC', '\u06A9', '\u0671')),
        (4, Chars(' ', ' ', '\u00A0', '\t', '\n', '\r', '\u2009', '\u202F', '\u3000', '\u2028', '\u0085')),
        (3, Chars('\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\uFEFF', '\u00AD', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u2060')),
        (4, Chars('\u2018', '\u2019', '\u201C', '\u201D', '\u00AB', '\u00BB', '"', '\'', '\u201A', '\u2032')),
        (4, Chars('#', '_')),
        (1, Chars('\uD800', '\uDBFF', '\uDC00', '\uDFFF')),             // lone surrogates
        (2, Gen.OneOf(Range(0x00, 0x1F), Range(0x7F, 0x9F), Chars('\uFFFE', '\uFFFF'))),
        (3, Gen.OneOf(Range('a', 'z'), Range('A', 'Z'), Range('0', '9'), Chars('.', ',', ';', ':', '!', '?', '(', ')', '-', '/', '%'))),
        (1, Chars('\u2013', '\u2014', '\u2212', '\u2026')),
        (2, Range(0x0000, 0xFFFF)));                                   // anything at all

    private static readonly Gen<string> NewsString = Gen.ArrayOf(NewsChar).Select(a => new string(a));

    private static readonly Lazy<string[]> Seeds = new(() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray());

    /// <summary>A random piece of a seed report, cut anywhere (even inside a word, a hashtag or a run of spaces).</summary>
    private static Gen<string> SeedSubstring(int maxLength) =>
        from seed in Gen.Choose(0, Seeds.Value.Length - 1)
        let text = Seeds.Value[seed]
        from start in Gen.Choose(0, text.Length)
        from length in Gen.Choose(0, Math.Min(maxLength, text.Length - start))
        select text.Substring(start, length);

    // ---- properties over random strings ----

    [Fact]
    public void OffsetMapHoldsOnRandomStrings() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400), Prop.ForAll(NewsString.ToArbitrary(), s => AssertOffsetMap(s, null)));

    [Fact]
    public void OffsetMapHoldsOnRandomStringsWithoutTaaFolding() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(NewsString.ToArbitrary(), s => AssertOffsetMap(s, KeepTaa)));

    [Fact]
    public void OffsetMapHoldsOnRandomStringsOfAnyCodeUnits() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200),
            Prop.ForAll(Gen.ArrayOf(Range(0, 0xFFFF)).Select(a => new string(a)).ToArbitrary(), s => AssertOffsetMap(s, null)));

    // ---- properties over real text ----

    [Fact]
    public void OffsetMapHoldsOnSeedSubstrings() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(SeedSubstring(240).ToArbitrary(), s => AssertOffsetMap(s, null)));

    /// <summary>Random spans of a whole normalised seed: the original words they map to normalise back to exactly those characters.</summary>
    [Fact]
    public void SeedSpansMapToOriginalWordsThatNormaliseBack()
    {
        var normalized = Seeds.Value.Select(s => ArabicNormalizer.Normalize(s)).ToArray();
        var spans =
            from seed in Gen.Choose(0, normalized.Length - 1)
            let length = normalized[seed].Text.Length
            from start in Gen.Choose(0, length)
            from size in Gen.Frequency((4, Gen.Choose(0, 40)), (1, Gen.Choose(0, 2000)))
            select (seed, start, end: Math.Min(length, start + size));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(spans.ToArbitrary(), t =>
        {
            var n = normalized[t.seed];
            var o = n.ToOriginal(t.start, t.end);
            Assert.InRange(o.Start, 0, o.End);
            Assert.InRange(o.End, o.Start, n.Original.Length);
            AssertSpanNormalisesBack(n, t.start, t.end);
        }));
    }

    /// <summary>Every character of every seed, one by one, and the whole seed at once.</summary>
    [Fact]
    public void EverySeedCharacterMapsBack()
    {
        Assert.NotEmpty(Seeds.Value);
        foreach (var seed in Seeds.Value)
        {
            var n = ArabicNormalizer.Normalize(seed);
            AssertCharacterMap(n, null);
            Assert.Equal(n.Text, ArabicNormalizer.Normalize(n.Text).Text);
            var all = n.ToOriginal(0, n.Text.Length);
            Assert.True(all.End <= seed.Length && all.Start >= 0);
        }
    }

    // ---- examples of the context rules and the map's edges ----

    [Theory]
    [InlineData("a  \u00A0 b", "a b")]
    [InlineData("\u2019\u2019\u062F\u0627\u0639\u0634\u2018\u2018", "\"\u062F\u0627\u0639\u0634\"")]
    [InlineData("#\u062C\u064A\u0634_\u0627\u0644\u0627\u0633\u0644\u0627\u0645 a_b", "#\u062C\u064A\u0634 \u0627\u0644\u0627\u0633\u0644\u0627\u0645 a_b")]
    [InlineData("\u200F\u200Fab", "ab")]
    [InlineData("", "")]
    public void ContextRulesKeepTheMap(string original, string expected)
    {
        var n = ArabicNormalizer.Normalize(original);
        Assert.Equal(expected, n.Text);
        AssertOffsetMap(original, null);
    }

    [Fact]
    public void EmptySpansMapToBoundaries()
    {
        var n = ArabicNormalizer.Normalize("\u200Bقُتِلَ  ٢٥\u200F");
        Assert.Equal("قتل 25", n.Text);
        Assert.Equal(new TextSpan(1, 1), n.ToOriginal(0, 0));           // the leading mark belongs to nothing
        Assert.Equal(new TextSpan(n.Original.Length, n.Original.Length), n.ToOriginal(n.Text.Length, n.Text.Length));
        Assert.Equal(new TextSpan(1, 7), n.ToOriginal(0, 3));           // "قُتِلَ" with its marks
        Assert.Equal(new TextSpan(7, 9), n.ToOriginal(3, 4));           // both spaces
        Assert.Equal(new TextSpan(9, 12), n.ToOriginal(4, 6));          // "٢٥" and the trailing RLM
        Assert.Throws<ArgumentOutOfRangeException>(() => n.ToOriginal(-1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => n.ToOriginal(2, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => n.ToOriginal(0, n.Text.Length + 1));
    }

    [Theory]
    [InlineData("\u0623\u062D\u0645\u062F")]   // أحمد: alef with hamza above
    [InlineData("\u0622\u062E\u0631")]         // آخر: alef with madda
    [InlineData("\u0625\u0644\u0649")]         // إلى: alef with hamza below
    public void DecomposedAlefFormsNormaliseLikeComposedOnes(string composed) => AssertCanonicalFormsNormaliseAlike(composed);

    [Theory]
    [InlineData("\u0645\u0633\u0624\u0648\u0644")]   // مسؤول
    [InlineData("\u0628\u064A\u0626\u0629")]         // بيئة
    [InlineData("\u0631\u0624\u064A\u0629")]         // رؤية
    public void DecomposedHamzaSeatsNormaliseLikeComposedOnes(string composed) => AssertCanonicalFormsNormaliseAlike(composed);

    /// <summary>
    /// NFD and NFC spellings of a word normalise alike. The decomposition comes from <see cref="CanonicalNormalization"/>:
    /// under the build's invariant globalization <see cref="string.Normalize()"/> returns its input unchanged.
    /// </summary>
    private static void AssertCanonicalFormsNormaliseAlike(string composed)
    {
        string decomposed = CanonicalNormalization.ToNfd(composed);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal(composed, CanonicalNormalization.ToNfc(decomposed));
        Assert.Equal(ArabicNormalizer.Normalize(composed).Text, ArabicNormalizer.Normalize(decomposed).Text);
    }

    // ---- the properties themselves ----

    /// <summary>
    /// The whole contract of the offset map for one original string: spans in bounds, monotonic, local (each span's
    /// original text normalises back to the span's characters, given the hashtag context), a fixed point of the
    /// normaliser, and <see cref="NormalizedText.FromOriginal"/> inverse to <see cref="NormalizedText.ToOriginal(int, int)"/>.
    /// </summary>
    private static void AssertOffsetMap(string original, NormalizationOptions? options)
    {
        var n = ArabicNormalizer.Normalize(original, options);
        Assert.Same(original, n.Original);
        Assert.True(n.Text.Length <= original.Length, "the normalised text is never longer");
        Assert.Equal(n.Text, ArabicNormalizer.Normalize(n.Text, options).Text);   // idempotent
        Assert.DoesNotContain("  ", n.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n ", n.Text, StringComparison.Ordinal);
        AssertCharacterMap(n, options);
        AssertAllSpans(n);
        // Spans of several characters are local too (a sample: each start with short and full-length ends).
        int len = n.Text.Length;
        for (int s = 0; s < len; s++)
            foreach (int e in new[] { s, s + 2, s + 5, len })
                if (e <= len) AssertSpanNormalisesBack(n, s, e, options);
    }

    /// <summary>Per normalised character: its original span is in bounds, after the previous one, and normalises back to it.</summary>
    private static void AssertCharacterMap(NormalizedText n, NormalizationOptions? options)
    {
        int prevEnd = 0;
        for (int k = 0; k < n.Text.Length; k++)
        {
            var o = n.ToOriginal(k, k + 1);
            Assert.True(o.Start >= prevEnd && o.Start < o.End && o.End <= n.Original.Length,
                $"char {k} maps to [{o.Start},{o.End}) after {prevEnd} in {Escape(n.Original)}");
            prevEnd = o.End;
            Assert.Equal(k, n.FromOriginal(o.Start));
            Assert.Equal(o.Start, n.OriginalPosition(k));
            AssertSpanNormalisesBack(n, k, k + 1, options);
        }
        // FromOriginal is monotonic over every original offset and lands on a boundary.
        int last = 0;
        for (int x = 0; x <= n.Original.Length; x++)
        {
            int p = n.FromOriginal(x);
            Assert.InRange(p, last, n.Text.Length);
            last = p;
        }
        Assert.Equal(n.Text.Length, n.FromOriginal(n.Original.Length));
    }

    /// <summary>Every span [s, e): in bounds, and monotonic in both ends.</summary>
    private static void AssertAllSpans(NormalizedText n)
    {
        int len = n.Text.Length, originalLength = n.Original.Length;
        var previousRow = new TextSpan[len + 1];
        for (int s = 0; s <= len; s++)
        {
            var row = new TextSpan[len + 1];
            for (int e = s; e <= len; e++)
            {
                var o = n.ToOriginal(s, e);
                if (o.Start < 0 || o.Start > o.End || o.End > originalLength)
                    Assert.Fail($"[{s},{e}) maps to [{o.Start},{o.End}) outside [0,{originalLength}] in {Escape(n.Original)}");
                if (e > s && o.End < row[e - 1].End) Assert.Fail($"end not monotonic at [{s},{e}) in {Escape(n.Original)}");
                if (s > 0 && e >= s && o.Start < previousRow[e].Start) Assert.Fail($"start not monotonic at [{s},{e}) in {Escape(n.Original)}");
                if (e > s && o.Start != n.ToOriginal(s, s).Start) Assert.Fail($"[{s},{e}) does not start where [{s},{s}) does in {Escape(n.Original)}");
                row[e] = o;
            }
            previousRow = row;
        }
    }

    /// <summary>
    /// The original text of a normalised span normalises back to the span's characters. The normaliser's only
    /// context is whether a hashtag is open (its underscores become spaces), so that state is restored with a '#'.
    /// Collapsed spaces and ’’ → " need no context: a span always holds the whole run.
    /// </summary>
    private static void AssertSpanNormalisesBack(NormalizedText n, int s, int e, NormalizationOptions? options = null)
    {
        var o = n.ToOriginal(s, e);
        string context = InHashtag(n.Original, o.Start, options) ? "#" : "";
        string again = ArabicNormalizer.Normalize(context + n.Original[o.Start..o.End], options).Text;
        string expected = context + n.Text[s..e];
        if (!string.Equals(again, expected, StringComparison.Ordinal))
            Assert.Fail($"[{s},{e}) → original [{o.Start},{o.End}) {Escape(n.Original[o.Start..o.End])} normalises to {Escape(again)}, not {Escape(expected)}; whole: {Escape(n.Original)}");
    }

    /// <summary>Whether a hashtag is open at original offset <paramref name="offset"/>: the last '#', space or newline before it is '#'.</summary>
    private static bool InHashtag(string original, int offset, NormalizationOptions? options)
    {
        for (int i = offset - 1; i >= 0; i--)
        {
            char f = ArabicNormalizer.Fold(original[i], options);
            if (f == '#') return true;
            if (f is ' ' or '\n') return false;
        }
        return false;
    }

    private static string Escape(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in s) sb.Append(c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}");
        return sb.Append('"').ToString();
    }
}
