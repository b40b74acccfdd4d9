using ClaimCheck.Languages;

namespace ClaimCheck.Tests.Claims;

/// <summary>English reports: language detection, the language a report is labelled with, and alignment with Arabic reports.</summary>
public class EnglishReportTests
{
    private static readonly ClaimChecker Checker = ClaimChecker.CreateDefault();

    [Theory]
    [InlineData("قتل 12 مدنيا في قصف على مدينة دوما.", "ar")]
    [InlineData("Twelve civilians were killed in shelling on the city of Douma, activists said.", "en")]
    [InlineData("Douze civils ont été tués dans des bombardements sur la ville de Douma, selon les militants et la presse.", "fr")]
    [InlineData("Двенадцать мирных жителей погибли в результате обстрела города Дума.", "ru")]
    [InlineData("12 - 30 : 45", "ar")]
    public void DetectsTheLanguage(string text, string expected) => Assert.Equal(expected, LanguageDetector.Detect(text));

    [Fact]
    public void EnglishReportIsLabelledEnglishAndYieldsClaims()
    {
        var result = Checker.Extract(new Report("en-1", "Air strikes killed 14 civilians in Saraqib, the Syrian Observatory for Human Rights said."));
        Assert.Equal("en", result.Report.Language);
        var claim = Assert.Single(result.Claims);
        Assert.Equal(ClaimKind.Casualties, claim.Kind);
        Assert.Equal(Camp.Sohr, claim.Source.Camp);
        Assert.Contains("Saraqib", claim.Places);
    }

    [Fact]
    public void OtherLanguageYieldsNoClaimsAndSaysWhichLanguage()
    {
        var result = Checker.Extract(new Report("fr-1", "Douze civils ont été tués dans des bombardements sur la ville de Douma, selon les militants et la presse."));
        Assert.Equal("fr", result.Report.Language);
        Assert.Empty(result.Claims);
    }

    [Theory]
    [InlineData("Some 99999999999999999999999999 billion people were killed in the war.")]
    [InlineData("Nine hundred thousand million billion people fled.")]
    [InlineData("One hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred thousand million billion billion people died.")]
    [InlineData("At least 7922816251426433759354395033 billion civilians were killed, between 1 and 99999999999999999999 people were wounded.")]
    public void HugeNumbersNeverOverflow(string text)
    {
        var result = Checker.Extract(new Report("huge", text));
        Assert.All(result.Claims, c => Assert.True(c.Quantity is null || c.Quantity.Min >= 0 && (c.Quantity.Max is null || c.Quantity.Max >= c.Quantity.Min)));
    }

    [Fact]
    public void DeclaredLanguageWins()
    {
        // A declared language is used as given: an English text declared Arabic is read by the Arabic rules (and yields nothing).
        var result = Checker.Extract(new Report("x", "Air strikes killed 14 civilians in Saraqib.") { Language = "AR " });
        Assert.Equal("ar", result.Report.Language);
        Assert.Empty(result.Claims);
    }

    [Fact]
    public void ArabicAndEnglishReportsOfOneEventAlign()
    {
        var published = new DateOnly(2018, 4, 8);
        var arabic = new Report("ar-douma", "قالت وكالة سانا إن 11 مدنيا قتلوا بقذائف أطلقها مسلحون على مدينة دوما في الغوطة الشرقية.", "SANA", published);
        var english = new Report("en-douma", "Shelling on Douma in Eastern Ghouta killed 40 civilians, the Syrian Observatory for Human Rights said.", "AFP", published);
        var analysis = Checker.Analyze([arabic, english]);
        Assert.Equal(["ar", "en"], analysis.Reports.Select(r => r.Language));
        var ar = Assert.Single(analysis.Claims, c => c.ReportId == "ar-douma" && c.Kind == ClaimKind.Casualties);
        var en = Assert.Single(analysis.Claims, c => c.ReportId == "en-douma" && c.Kind == ClaimKind.Casualties);
        Assert.Contains("Douma", ar.Places);
        Assert.Contains("Douma", en.Places);
        Assert.NotNull(ar.EventId);
        Assert.Equal(ar.EventId, en.EventId);
        // Their numbers are compared: the state says 11, the Observatory 40.
        Assert.Contains(analysis.Contradictions, x => x.EventId == ar.EventId && x.Kind == ClaimKind.Casualties);
    }
}
