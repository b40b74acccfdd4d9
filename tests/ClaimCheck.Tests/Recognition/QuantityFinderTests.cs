using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Recognition;

/// <summary>The finder of quantities alone: which tokens form a mention, what decides its kind, what its span leaves out.</summary>
public class QuantityFinderTests
{
    private static readonly NumberTable Table = new(NumberLexicon.Default);

    /// <summary>One finder pass over tokens [from, to) of <paramref name="text"/> (one sentence); mentions with their original text.</summary>
    private static List<(QuantityMention Mention, string Text)> Find(string text, int from = 0, int? to = null)
    {
        var doc = new Document(text);
        int end = to ?? doc.Tokens.Count;
        var result = new List<QuantityMention>();
        new QuantityFinder(Table, doc, from, end, result).Run(from, end);
        return result.ConvertAll(m =>
        {
            var span = doc.ToOriginal(m.Span);
            return (m, text.Substring(span.Start, span.Length));
        });
    }

    [Fact]
    public void AHedgeBeforeTheNumberIsPartOfTheMention()
    {
        var (m, text) = Assert.Single(Find("وصل قرابة 70 مدنياً إلى البلدة"));
        Assert.Equal("قرابة 70", text);
        Assert.Equal((1, 3), (m.FirstToken, m.EndToken));
        Assert.Equal(NumberKind.Count, m.Kind);
        Assert.Equal(QuantityQualifier.About, m.Quantity.Qualifier);
        Assert.Contains(m.Cues, c => c.StartsWith("hedge:", StringComparison.Ordinal));
        Assert.Contains("digits:70", m.Cues);
    }

    [Fact]
    public void AHedgeAfterTheNounIsTakenInWithTheNoun()
    {
        var (m, text) = Assert.Single(Find("قُتل 18 مسلحاً على الأقل في الاشتباكات"));
        Assert.Equal("18 مسلحاً على الأقل", text);
        Assert.Equal(QuantityQualifier.AtLeast, m.Quantity.Qualifier);
    }

    [Fact]
    public void TheProcliticOfTheFirstWordIsLeftOut()
    {
        var found = Find("نقلت الحافلات ثلاثين شخصاً وأربعين آخرين");
        Assert.Equal(["ثلاثين", "أربعين"], found.ConvertAll(f => f.Text));
        Assert.Equal([30L, 40L], found.ConvertAll(f => f.Mention.Quantity.Best));
    }

    [Fact]
    public void ACompoundOfWordsIsOneMention()
    {
        var (m, text) = Assert.Single(Find("أحصى المرصد ألفين وثلاثمئة نازح"));
        Assert.Equal("ألفين وثلاثمئة", text);
        Assert.Equal(2300, m.Quantity.Best);
    }

    [Fact]
    public void ARangeSpansBothEnds()
    {
        var (m, text) = Assert.Single(Find("أصيب بين 12 و15 شخصاً"));
        Assert.Equal("بين 12 و15", text);
        Assert.Equal(QuantityQualifier.Range, m.Quantity.Qualifier);
        Assert.Equal(["range:بين", "digits:12", "digits:15"], m.Cues);
    }

    [Fact]
    public void WordsThatOnlyDecideTheKindStayOutOfTheSpan()
    {
        var (clock, clockText) = Assert.Single(Find("انطلقت القافلة عند الساعة 9"));
        Assert.Equal("9", clockText);
        Assert.Equal(NumberKind.Time, clock.Kind);
        Assert.Contains(clock.Cues, c => c.StartsWith("clock:", StringComparison.Ordinal));

        var (year, yearText) = Assert.Single(Find("يعيش هنا منذ عام 2013"));
        Assert.Equal("2013", yearText);
        Assert.Equal(NumberKind.Year, year.Kind);
    }

    [Fact]
    public void APercentWordIsPartOfTheMention()
    {
        var (m, text) = Assert.Single(Find("تضرر 40 في المئة من المنازل"));
        Assert.Equal("40 في المئة", text);
        Assert.Equal(NumberKind.Percent, m.Kind);
    }

    [Fact]
    public void ACueOutsideTheRangeIsNotRead()
    {
        // "في العام 2016": read alone, 2016 has no year cue before it.
        var (whole, _) = Assert.Single(Find("في العام 2016"));
        Assert.Equal(NumberKind.Year, whole.Kind);
        var (alone, text) = Assert.Single(Find("في العام 2016", from: 2));
        Assert.Equal("2016", text);
        Assert.Equal(NumberKind.Count, alone.Kind);
    }

    [Fact]
    public void NothingIsFoundInTextWithoutNumbers() =>
        Assert.Empty(Find("عادت الحافلات فارغة من المعبر"));
}
