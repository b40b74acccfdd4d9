using System.Text;
using ClaimCheck.Lexicons;
using ClaimCheck.Recognition;
using ClaimCheck.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimCheck.Tests.Recognition;

public class QuantityRecognizerTests
{
    private static IReadOnlyList<QuantityMention> Find(string text) => QuantityRecognizer.Default.Recognize(new Document(text));

    private static Quantity Q(long min, long? max, long best, QuantityQualifier q) => new(min, max, best, q);

    [Fact]
    public void DefaultIsBuiltOnce() => Assert.Same(QuantityRecognizer.Default, QuantityRecognizer.Default);

    // ---- the documented rules, one row each

    [Theory]
    [InlineData("نحو 40", 40, 40L, 40, QuantityQualifier.About)]
    [InlineData("أكثر من 40", 41, null, 41, QuantityQualifier.MoreThan)]
    [InlineData("على الأقل 40", 40, null, 40, QuantityQualifier.AtLeast)]
    [InlineData("40 على الأقل", 40, null, 40, QuantityQualifier.AtLeast)]
    [InlineData("أقل من 40", 0, 39L, 39, QuantityQualifier.LessThan)]
    [InlineData("على الأكثر 40", 0, 40L, 40, QuantityQualifier.AtMost)]
    [InlineData("بين 40 و60", 40, 60L, 50, QuantityQualifier.Range)]
    [InlineData("عشرات", 20, 99L, 30, QuantityQualifier.Vague)]
    [InlineData("مئات", 200, 999L, 300, QuantityQualifier.Vague)]
    [InlineData("آلاف", 2000, 9999L, 3000, QuantityQualifier.Vague)]
    [InlineData("بضعة", 3, 9L, 5, QuantityQualifier.Vague)]
    [InlineData("عدة", 3, 9L, 4, QuantityQualifier.Vague)]
    [InlineData("قرابة آلاف", 1000, null, 1000, QuantityQualifier.About)]
    [InlineData("نحو عشرات", 10, null, 10, QuantityQualifier.About)]
    [InlineData("نحو عدة", 3, null, 3, QuantityQualifier.About)]
    [InlineData("أكثر من مئات", 200, null, 300, QuantityQualifier.MoreThan)]
    [InlineData("لا يقل عن عشرات", 20, null, 30, QuantityQualifier.AtLeast)]
    [InlineData("أقل من عشرات", 0, 19L, 19, QuantityQualifier.LessThan)]
    [InlineData("على الأكثر عشرات", 0, 99L, 30, QuantityQualifier.AtMost)]
    [InlineData("عشرات الآلاف", 20000, 99999L, 30000, QuantityQualifier.Vague)]
    [InlineData("2.5", 2, 3L, 3, QuantityQualifier.Range)]
    [InlineData("أكثر من 2.5", 3, null, 3, QuantityQualifier.MoreThan)]
    [InlineData("أقل من 2.5", 0, 2L, 2, QuantityQualifier.LessThan)]
    public void AppliesTheDocumentedRules(string text, long min, long? max, long best, QuantityQualifier qualifier) =>
        Assert.Equal(Q(min, max, best, qualifier), Assert.Single(Find(text)).Quantity);

    // ---- numbers too large for a long

    [Fact]
    public void AThousandDigitNumberIsUnboundedAndDoesNotThrow()
    {
        var digits = new string('9', 1000);
        var m = Assert.Single(Find("قتل " + digits + " شخص"));
        Assert.Equal(Q(long.MaxValue, null, long.MaxValue, QuantityQualifier.AtLeast), m.Quantity);
        Assert.Contains("overflow", m.Cues);
        Assert.Equal(Q(long.MaxValue, null, long.MaxValue, QuantityQualifier.MoreThan), Assert.Single(Find("أكثر من " + digits)).Quantity);
    }

    [Theory]
    [InlineData("9223372036854775807", false)]
    [InlineData("9223372036854775808", true)]
    [InlineData("٩٢٢٣٣٧٢٠٣٦٨٥٤٧٧٥٨٠٨", true)]
    [InlineData("9,223,372,036,854,775,808", true)]
    [InlineData("10000000000 مليار", true)]
    [InlineData("عشرة ملايين مليار", false)]
    [InlineData("مليار مليار مليار", false)]
    public void SaturatesInsteadOfWrapping(string text, bool overflow)
    {
        foreach (var m in Find(text))
        {
            Assert.True(m.Quantity.Min >= 0);
            Assert.Equal(overflow, m.Cues.Contains("overflow"));
        }
        Assert.NotEmpty(Find(text));
    }

    [Fact]
    public void ManyNumbersInARowStayLinear()
    {
        var text = string.Join(" و", Enumerable.Repeat("ألف", 20_000));
        var doc = new Document(text);
        var found = QuantityRecognizer.Default.Recognize(doc);
        Assert.NotEmpty(found);
        Assert.All(found, m => Assert.True(m.Quantity.Min >= 0));
    }

    // ---- ranges of tokens

    [Fact]
    public void RangeOverloadReadsOnlyItsTokens()
    {
        var doc = new Document("قتل 25 عنصراً على الأقل، وجرح نحو 40 آخرين.");
        var all = QuantityRecognizer.Default.Recognize(doc);
        Assert.Equal(2, all.Count);
        int comma = Enumerable.Range(0, doc.Tokens.Count).First(i => doc.IsPunct(i, ','));
        var first = QuantityRecognizer.Default.Recognize(doc, 0, comma);
        Assert.Equal(all[0], Assert.Single(first), QuantityMentionComparer.Instance);
        var second = QuantityRecognizer.Default.Recognize(doc, comma, doc.Tokens.Count);
        Assert.Equal(all[1], Assert.Single(second), QuantityMentionComparer.Instance);
        // Cut in the middle of a phrase: only what lies wholly inside counts.
        var cut = QuantityRecognizer.Default.Recognize(doc, 0, 3);
        Assert.Equal(Quantity.Exactly(25), Assert.Single(cut).Quantity);
    }

    [Theory]
    [InlineData(-5, 3)]
    [InlineData(2, 1000)]
    [InlineData(7, 2)]
    [InlineData(int.MinValue, int.MaxValue)]
    public void RangeOverloadClampsBadBounds(int first, int end)
    {
        var doc = new Document("قتل 25 عنصراً.");
        var found = QuantityRecognizer.Default.Recognize(doc, first, end);
        Assert.All(found, m => Assert.InRange(m.EndToken, 1, doc.Tokens.Count));
    }

    [Fact]
    public void EmptyAndPunctuationOnlyTextsHaveNoQuantities()
    {
        Assert.Empty(Find(""));
        Assert.Empty(Find("... ، ؛ «» () - / : %"));
    }

    // ---- extending the lexicon

    [Fact]
    public void UsersCanAddWords()
    {
        var extra = new NumberLexicon
        {
            Duals = [new DualEntry("دبابة", ["دبابتين", "دبابتان"])],
            Cardinals = [new NumberWordEntry(12, ["دزينة"], Article: false)],
            Vague = [new VagueEntry(["عشرات"], 10, 99, 30, 10)],
        };
        var recognizer = new QuantityRecognizer(NumberLexicon.Default.With(extra));
        var doc = new Document("دمرت دبابتين وقتل دزينة وجرح عشرات");
        var found = recognizer.Recognize(doc);
        Assert.Equal(new[] { "دبابتين", "دزينه", "عشرات" }, found.Select(m => doc.Text[m.Span.Start..m.Span.End]));
        Assert.Equal(Quantity.Exactly(2), found[0].Quantity);
        Assert.Equal("دبابة", found[0].DualSingular);
        Assert.Equal(Quantity.Exactly(12), found[1].Quantity);
        Assert.Equal(new Quantity(10, 99, 30, QuantityQualifier.Vague), found[2].Quantity); // the extension wins
        Assert.Single(QuantityRecognizer.Default.Recognize(doc)); // the default knows only عشرات
    }

    [Fact]
    public void UsersCanLoadAFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"claimcheck-numbers-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, """
                // extra words
                { "duals": [ { "singular": "مدرعة", "forms": ["مدرعتين"] } ], "hedges": [ { "qualifier": "about", "position": "before", "phrases": ["في نطاق"] } ] }
                """, Encoding.UTF8);
            var recognizer = new QuantityRecognizer(NumberLexicon.Default.WithFile(path));
            var found = recognizer.Recognize(new Document("دمرت مدرعتين وقتل في نطاق 30"));
            Assert.Equal(new[] { Quantity.Exactly(2), Q(30, 30, 30, QuantityQualifier.About) }, found.Select(m => m.Quantity));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("""{ "cardinals": [ { "value": -1, "words": ["ناقص واحد"] } ] }""", "$.cardinals[0].value")]
    [InlineData("""{ "vague": [ { "words": ["كثير"], "min": 10, "max": 5, "best": 7 } ] }""", "$.vague[0]")]
    [InlineData("""{ "hedges": [ { "qualifier": "range", "position": "before", "phrases": ["x"] } ] }""", "$.hedges[0].qualifier")]
    [InlineData("""{ "hedges": [ { "qualifier": "atLeast", "position": "before", "phrases": ["x"], "then": ["عن"] } ] }""", "$.hedges[0].then")]
    [InlineData("""{ "hedges": [ { "qualifier": "atLeast", "position": "before", "phrases": ["x"], "separable": true, "then": ["عن هذا"] } ] }""", "$.hedges[0].then")]
    [InlineData("""{ "months": [ { "month": 13, "names": ["x"] } ] }""", "$.months[0].month")]
    [InlineData("""{ "unknown": [] }""", null)]
    public void BadFilesAreReportedWithTheirField(string json, string? field)
    {
        var e = Assert.Throws<LexiconException>(() => NumberLexicon.Parse(json, "user.json"));
        Assert.Equal("user.json", e.File);
        if (field is not null) Assert.Equal(field, e.Field);
    }

    // ---- properties

    private static readonly char[] Alphabet =
        "قتل نحو أكثر من على الأقل عشرات آلاف ألف مئة ثلاثة خمسة عشر عشرين و ال الـ شخصين حافلتين عام الساعة نيسان %/:-.,()\"«»؛،0123456789٠١٢٣٤٥٦٧٨٩٬٫ \n\u0640\u064B\u0651"
            .ToCharArray();

    [Fact]
    public void RandomTextNeverBreaksTheInvariants()
    {
        var gen = Gen.ArrayOf(Gen.Elements(Alphabet)).Select(cs => new string(cs));
        Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var doc = new Document(text);
            var found = QuantityRecognizer.Default.Recognize(doc);
            int lastEnd = 0, lastToken = 0;
            foreach (var m in found)
            {
                if (m.Span.Start < lastEnd || m.FirstToken < lastToken || m.Span.End > doc.Text.Length || m.Span.Length <= 0) return false;
                if (m.EndToken > doc.Tokens.Count || m.FirstToken >= m.EndToken) return false;
                var q = m.Quantity;
                if (q.Min < 0 || q.Best < q.Min || (q.Max is long max && (max < q.Best))) return false;
                var o = doc.ToOriginal(m.Span);
                if (o.Start < 0 || o.End > text.Length || o.Start >= o.End) return false;
                lastEnd = m.Span.End;
                lastToken = m.EndToken;
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    [Fact]
    public void AnyCountInDigitsIsReadExactly()
    {
        // Magnitudes from 0 to long.MaxValue: 62 random bits shifted right by a random amount.
        var gen = Gen.Choose(0, int.MaxValue).SelectMany(hi => Gen.Choose(0, int.MaxValue).SelectMany(lo => Gen.Choose(0, 62)
            .Select(shift => (((long)hi << 31) | (uint)lo) >> shift)));
        Prop.ForAll(gen.ToArbitrary(), n =>
        {
            var western = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var eastern = new string(western.Select(c => (char)('\u0660' + (c - '0'))).ToArray());
            var grouped = n.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
            foreach (var digits in new[] { western, eastern, grouped })
            {
                var m = Find("قتل " + digits + " شخصا").SingleOrDefault();
                if (m is null || m.Kind != NumberKind.Count || m.Quantity != Quantity.Exactly(n)) return false;
            }
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AnyNumberBelowAThousandInWordsIsReadExactly()
    {
        string[] units = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"];
        string[] teens = ["عشرة", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر"];
        string[] tens = ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"];
        string[] hundreds = ["", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة"];
        Prop.ForAll(Gen.Choose(1, 999).ToArbitrary(), n =>
        {
            int h = n / 100, t = n / 10 % 10, u = n % 10;
            var parts = new List<string>();
            if (h > 0) parts.Add(hundreds[h]);
            if (t == 1) parts.Add(teens[u]);
            else if (u > 0 && t > 1) parts.Add(units[u] + " و" + tens[t]);
            else if (u > 0) parts.Add(units[u]);
            else if (t > 1) parts.Add(tens[t]);
            var text = "قتل " + string.Join(" و", parts) + " شخصا";
            var m = Find(text).SingleOrDefault();
            return m is not null && m.Quantity == Quantity.Exactly(n);
        }).QuickCheckThrowOnFailure();
    }
}

/// <summary>Compares mentions by value (their cue lists are compared element by element).</summary>
internal sealed class QuantityMentionComparer : IEqualityComparer<QuantityMention>
{
    public static readonly QuantityMentionComparer Instance = new();

    public bool Equals(QuantityMention? x, QuantityMention? y) =>
        x is not null && y is not null && x.Span == y.Span && x.FirstToken == y.FirstToken && x.EndToken == y.EndToken
        && x.Quantity == y.Quantity && x.Kind == y.Kind && x.Cues.SequenceEqual(y.Cues) && x.DualNoun == y.DualNoun;

    public int GetHashCode(QuantityMention obj) => HashCode.Combine(obj.Span, obj.Kind, obj.Quantity);
}
