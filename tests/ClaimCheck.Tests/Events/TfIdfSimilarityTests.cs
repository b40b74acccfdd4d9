using ClaimCheck.Events;

namespace ClaimCheck.Tests.Events;

public class TfIdfSimilarityTests
{
    private static ITextSimilarityModel Fit(params string[] texts) =>
        new TfIdfSimilarity().Fit(texts.Select(t => (IReadOnlyList<string>)Terms.Of(t)).ToArray());

    [Fact]
    public void IdenticalDocumentsScoreOneAndDisjointZero()
    {
        var model = Fit("غادرت ست حافلات مخيم اليرموك", "غادرت ست حافلات مخيم اليرموك", "اشتباكات في القامشلي");
        Assert.Equal(3, model.Count);
        Assert.Equal(1.0, model.Score(0, 1), 6);
        Assert.Equal(0.0, model.Score(0, 2), 6);
        Assert.Equal(model.Score(1, 2), model.Score(2, 1), 9);
    }

    [Fact]
    public void RareSharedTermsWeighMoreThanCommonOnes()
    {
        // "داعش" is in every document; "اليرموك" in two only.
        var model = Fit("داعش اليرموك قصف", "داعش اليرموك غارات", "داعش الرقة معارك", "داعش دير الزور هجوم");
        Assert.True(model.Score(0, 1) > model.Score(0, 2));
        Assert.InRange(model.Score(0, 2), 0.0001, 1);
    }

    [Fact]
    public void EmptyDocumentsScoreZero()
    {
        var model = Fit("", "؟ ، .", "قصف");
        Assert.Equal(0, model.Score(0, 0));
        Assert.Equal(0, model.Score(0, 2));
        Assert.Equal(0, model.Score(1, 2));
        Assert.Equal(1, model.Score(2, 2));
    }

    [Fact]
    public void ScoresStayInRangeAndIndexesAreChecked()
    {
        var model = Fit("أ ب ج", "ب ج د", "ج د ه");
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++) Assert.InRange(model.Score(i, j), 0, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Score(3, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Score(0, -1));
    }

    [Theory]
    [InlineData("والحافلات", "حافلات")]
    [InlineData("بالحافلات", "حافلات")]
    [InlineData("الحافلـــات", "حافلات")]
    [InlineData("الحَافِلَات", "حافلات")]
    [InlineData("فالمخيم", "مخيم")]
    [InlineData("٢٥", "25")]
    [InlineData("AFP", "afp")]
    public void TermsAreNormalisedAndLightlyStemmed(string word, string term) => Assert.Equal([term], Terms.Of(word));

    [Fact]
    public void TermsDropPunctuationAndSingleLetters()
    {
        Assert.Equal(["غادرت", "حافلات", "مخيم"], Terms.Of("غادرت «ست»? و حافلات، مخيم!").Where(t => t != "ست").ToArray());
        Assert.Empty(Terms.Of(null));
        Assert.Empty(Terms.Of("، . ؟ و"));
    }

    [Fact]
    public void ReportsOfOneStoryAreCloserThanReportsOfAnother()
    {
        var model = Fit(
            "قال المرصد إن ست حافلات تقل عناصر داعش وعائلاتهم غادرت مخيم اليرموك والتضامن",
            "وحسب مصادر ميدانية فإن أول دفعة من عناصر تنظيم الدولة خرجت من مخيم اليرموك باتجاه البادية",
            "قتلت وحدات الحماية الكردية 21 عنصرا من قوات النظام في القامشلي");
        Assert.True(model.Score(0, 1) > model.Score(0, 2));
        Assert.True(model.Score(0, 1) > model.Score(1, 2));
    }
}
