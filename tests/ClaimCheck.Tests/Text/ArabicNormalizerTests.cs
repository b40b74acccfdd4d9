using ClaimCheck.Text;

namespace ClaimCheck.Tests.Text;

public class ArabicNormalizerTests
{
    [Theory]
    [InlineData("سجّلت", "سجلت")]
    [InlineData("عنصرًا", "عنصرا")]
    [InlineData("الـ ألف", "ال الف")]
    [InlineData("إخراج آخر أول ٱلله", "اخراج اخر اول الله")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("مدينة", "مدينه")]
    [InlineData("١٥٠٠ و۱۲", "1500 و12")]
    [InlineData("١٬٥٠٠٫٥", "1,500.5")]
    [InlineData("«داعش»", "\"داعش\"")]
    [InlineData("’’داعش‘‘", "\"داعش\"")]
    [InlineData("قال، لماذا؟ نعم؛", "قال, لماذا? نعم;")]
    [InlineData("#جيش_الاسلام منها", "#جيش الاسلام منها")]
    [InlineData("a\u00A0b\u200Fc  d", "a bc d")]
    [InlineData("AFP", "afp")]
    public void Folds(string input, string expected) => Assert.Equal(expected, ArabicNormalizer.Normalize(input).Text);

    [Fact]
    public void TaaMarbutaIsOptional() =>
        Assert.Equal("مدينة", ArabicNormalizer.Normalize("مدينة", new NormalizationOptions(FoldTaaMarbuta: false)).Text);

    [Fact]
    public void SpansMapBackToOriginalWithTrailingMarks()
    {
        var original = "قُتِلَ ٢٥ عنصراً";
        var n = ArabicNormalizer.Normalize(original);
        int s = n.Text.IndexOf("25", StringComparison.Ordinal);
        var span = n.ToOriginal(s, s + 2);
        Assert.Equal("٢٥", original[span.Start..span.End]);
        int w = n.Text.IndexOf("قتل", StringComparison.Ordinal);
        var word = n.ToOriginal(w, w + 3);
        Assert.Equal("قُتِلَ", original[word.Start..word.End]);
    }
}
