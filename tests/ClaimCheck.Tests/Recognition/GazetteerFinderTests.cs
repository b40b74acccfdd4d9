using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Recognition;

/// <summary>The finder of the gazetteer alone: which tokens form a place mention and what the span covers.</summary>
public class GazetteerFinderTests
{
    private static readonly Gazetteer Small = SmallGazetteer.Instance;

    private static List<(PlaceMention Mention, string Text)> Find(Gazetteer gazetteer, string text)
    {
        var doc = new Document(text);
        return gazetteer.FindMentions(doc, 0, doc.Tokens.Count).Select(m =>
        {
            var span = doc.ToOriginal(m.Span);
            return (m, text.Substring(span.Start, span.Length));
        }).ToList();
    }

    [Fact]
    public void FindsTheLongestAliasWithoutItsProclitic()
    {
        var (m, text) = Assert.Single(Find(Small, "وصلت العائلات إلى بلدة الزيتونة مساء"));
        Assert.Equal("بلدة الزيتونة", text);
        Assert.Equal("Olive Town", m.Place.Name);
        Assert.Equal((3, 5), (m.FirstToken, m.EndToken));
        Assert.False(m.Fuzzy);
        Assert.Equal(100, m.Score);

        // "وبمخيم": the proclitics و and ب stay outside the span.
        var camps = Find(Small, "خرجوا من مخيم الطاحونة وبمخيم الطاحونة بقي آخرون");
        Assert.Equal(["مخيم الطاحونة", "مخيم الطاحونة"], camps.ConvertAll(f => f.Text));
        Assert.All(camps, f => Assert.Equal("Mill Camp", f.Mention.Place.Name));
    }

    [Fact]
    public void MentionsComeInTextOrderWithoutOverlap()
    {
        var found = Find(Small, "من الزيتونة إلى محافظة النهر ثم الشمالستان");
        Assert.Equal(["Olive Town", "River Province", "Northland"], found.ConvertAll(f => f.Mention.Place.Name));
        for (int i = 1; i < found.Count; i++) Assert.True(found[i - 1].Mention.EndToken <= found[i].Mention.FirstToken);
    }

    [Fact]
    public void AContextAliasAloneIsNotAPlace() => Assert.Empty(Find(Small, "تحدث عن الينابيع في خطابه"));

    [Fact]
    public void AContextAliasListedWithAPlaceOfItsRegionIsKept()
    {
        var found = Find(Small, "قصفت القوات مخيم الطاحونة والينابيع");
        Assert.Equal(["Mill Camp", "Springs Quarter"], found.ConvertAll(f => f.Mention.Place.Name));
        Assert.Equal("الينابيع", found[1].Text);
    }

    [Fact]
    public void AContextAliasListedWithAPlaceSharingOnlyTheCountryIsNot()
    {
        // Far Valley and Olive Town meet only at the country: no licence.
        var found = Find(Small, "بين بلدة الزيتونة والبعيد");
        Assert.Equal(["Olive Town"], found.ConvertAll(f => f.Mention.Place.Name));
    }

    [Fact]
    public void AMisspelledAliasIsFoundApproximately()
    {
        var (m, text) = Assert.Single(Find(Small, "نزح سكان مخيم الطاحنة أمس"));
        Assert.Equal("Mill Camp", m.Place.Name);
        Assert.Equal("مخيم الطاحنة", text);
        Assert.True(m.Fuzzy);
        Assert.InRange(m.Score, Gazetteer.FuzzyCutoff, 99);
    }

    [Fact]
    public void AShortWordIsNeverMatchedApproximately() => Assert.Empty(Find(Small, "الزيتون"));

    [Fact]
    public void AWordWithTanweenIsNotAPlace() => Assert.Empty(Find(Small, "كان الزيتونةً"));

    [Fact]
    public void ANotPlacePhraseHidesThePlaceInsideIt()
    {
        Assert.Empty(Find(Gazetteer.Default, "تخرج من جامعة اليرموك"));
        Assert.Equal(["Yarmouk camp"], Find(Gazetteer.Default, "خرج من مخيم اليرموك").ConvertAll(f => f.Mention.Place.Name));
    }

    [Fact]
    public void OnlyTheTokenRangeIsRead()
    {
        var doc = new Document("من الزيتونة إلى الشمالستان");
        var m = Assert.Single(Small.FindMentions(doc, 2, doc.Tokens.Count));
        Assert.Equal("Northland", m.Place.Name);
        Assert.Empty(Small.FindMentions(doc, 3, 1));
    }
}
