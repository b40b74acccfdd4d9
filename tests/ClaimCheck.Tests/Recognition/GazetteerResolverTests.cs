using ClaimCheck.Recognition;

namespace ClaimCheck.Tests.Recognition;

/// <summary>The resolver of the gazetteer alone: from a written name to a place entry, and the containment hierarchy.</summary>
public class GazetteerResolverTests
{
    private static readonly Gazetteer Small = SmallGazetteer.Instance;

    [Theory]
    [InlineData("Olive Town", "Olive Town")]
    [InlineData("olive town", "Olive Town")]
    [InlineData("بلدة الزيتونة", "Olive Town")]
    [InlineData("وبلدة الزيتونة", "Olive Town")]
    [InlineData("بمخيم الطاحونة", "Mill Camp")]
    [InlineData("الينابيع", "Springs Quarter")]
    public void ResolvesANameExactly(string name, string expected)
    {
        Assert.True(Small.TryResolve(name, out var place, out int score));
        Assert.Equal(expected, place.Name);
        Assert.Equal(100, score);
    }

    [Fact]
    public void ResolvesAMisspellingApproximately()
    {
        // One letter dropped from a long alias.
        Assert.True(Small.TryResolve("مخيم الطاحنة", out var place, out int score));
        Assert.Equal("Mill Camp", place.Name);
        Assert.InRange(score, Gazetteer.FuzzyCutoff, 99);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(300)]
    public void ResolvesAMisspellingOfAVeryLongAliasApproximately(int words)
    {
        // Aliases longer than the fuzzy scan's length table (256) are found by binary search; both paths find the entry.
        string alias = string.Join(' ', Enumerable.Repeat("قرية", words)) + " الطاحونة";
        var gazetteer = Gazetteer.Load([new Place("Long Village", [alias], "town", null), new Place("Mill", ["الطاحونة الكبرى"], "town", null)]);
        Assert.True(gazetteer.TryResolve(alias.Replace("الطاحونة", "الطاحنة"), out var place, out int score));
        Assert.Equal("Long Village", place.Name);
        Assert.InRange(score, Gazetteer.FuzzyCutoff, 100); // one letter in hundreds rounds to 100
        Assert.True(gazetteer.TryResolve("الطاحونة الكبري", out var mill, out _));
        Assert.Equal("Mill", mill.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("مدينة بعيدة جدا")]
    [InlineData("الزيت")]
    public void LeavesUnknownNamesUnresolved(string name) => Assert.False(Small.TryResolve(name, out _, out _));

    [Fact]
    public void ANotPlacePhraseResolvesToNoPlace()
    {
        // In the built-in gazetteer a university named after a place is listed as not a place.
        Assert.True(Gazetteer.Default.TryResolve("مخيم اليرموك", out _, out _));
        Assert.False(Gazetteer.Default.TryResolve("جامعة اليرموك", out _, out _));
    }

    [Fact]
    public void GivesAncestorsNearestFirst()
    {
        Assert.Equal(["Olive Town", "River Province", "Northland"], Small.Ancestors("Mill Camp"));
        Assert.Equal(["Olive Town", "River Province", "Northland"], Small.Ancestors("mill camp"));
        Assert.Empty(Small.Ancestors("Northland"));
        Assert.Empty(Small.Ancestors("Nowhere"));
    }

    [Theory]
    [InlineData("Mill Camp", "Olive Town", true)]
    [InlineData("Mill Camp", "northland", true)]
    [InlineData("Mill Camp", "Mill Camp", true)]
    [InlineData("Olive Town", "Mill Camp", false)]
    [InlineData("Mill Camp", "Springs Quarter", false)]
    [InlineData("Nowhere", "Northland", false)]
    public void TellsContainment(string place, string container, bool within) => Assert.Equal(within, Small.IsWithin(place, container));

    [Fact]
    public void LooksUpCanonicalNamesIgnoringCase()
    {
        Assert.True(Small.TryGet("RIVER PROVINCE", out var province));
        Assert.Equal("governorate", province.Type);
        Assert.False(Small.TryGet("محافظة النهر", out _));
    }

    [Theory]
    [InlineData('ر', 'ز')]
    [InlineData('ح', 'خ')]
    [InlineData('ب', 'ن')]
    [InlineData('ف', 'ق')]
    public void LettersDifferingOnlyByDotsShareAClass(char a, char b) => Assert.Equal(Gazetteer.DotClass(a), Gazetteer.DotClass(b));

    [Fact]
    public void LettersOfDifferentShapesDoNot() => Assert.NotEqual(Gazetteer.DotClass('ر'), Gazetteer.DotClass('د'));
}
