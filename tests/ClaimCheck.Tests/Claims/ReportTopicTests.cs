using ClaimCheck.Output;

namespace ClaimCheck.Tests.Claims;

/// <summary>A report's topic (<see cref="ReportInfo.Topic"/>): what it is about as a whole, which the aligner compares reports by.</summary>
public class ReportTopicTests
{
    private static readonly ClaimChecker Checker = ClaimChecker.CreateDefault();

    [Fact]
    public void TheTopicHoldsTheMostFrequentContentWordsFoldedWithoutFunctionWords()
    {
        const string text = "قال ناشطون إن هجوما بغاز السارين استهدف الغوطة الشرقية. وأضاف الناشطون أن الهجوم بالغاز أوقع مئات القتلى في الغوطة، "
            + "وأن الغاز انتشر في بلدات الغوطة.";
        var topic = Checker.Extract(new Report("r1", text)).Report.Topic;
        Assert.Equal("غوطه", topic[0]);          // three times, folded (ة → ه) and without its article
        Assert.Contains("غاز", topic);            // بغاز / بالغاز / الغاز are not all folded alike; الغاز is
        Assert.Contains("سارين", topic);
        Assert.DoesNotContain("في", topic);
        Assert.DoesNotContain("قال", topic);      // verbs of saying tell no event apart
        Assert.DoesNotContain("اضاف", topic);     // وأضاف: the conjunction goes, then the stop word
        Assert.True(topic.Count <= ReportInfo.MaxTopicTerms);
    }

    [Fact]
    public void TheTopicIsBoundedAndEmptyForEmptyOrForeignText()
    {
        var words = string.Join(" ", Enumerable.Range(0, 500).Select(i => "كلمة" + (char)('\u0628' + i % 20) + (char)('\u0628' + i / 20 % 20)));
        Assert.Equal(ReportInfo.MaxTopicTerms, Checker.Extract(new Report("r1", words)).Report.Topic.Count);
        Assert.Empty(Checker.Extract(new Report("r2", "")).Report.Topic);
        Assert.Empty(Checker.Extract(new Report("r3", "Ceci est un texte en français sur autre chose.")).Report.Topic);
    }

    [Fact]
    public void EnglishReportsHaveATopicToo()
    {
        var topic = Checker.Extract(new Report("e1", "The shelling of Douma killed 20 civilians. The shelling went on for days in Douma.") { Language = "en" }).Report.Topic;
        Assert.Contains("shelling", topic);
        Assert.Contains("douma", topic);
        Assert.DoesNotContain("the", topic);
    }

    [Fact]
    public void TheTopicSurvivesJsonlAndOddTopicsAreCleanedOnReading()
    {
        var info = new ReportInfo("a.txt", "Outlet", Camp.Other, null, "ar") { Topic = ["غوطه", "كيماوي", "2013"] };
        var writer = new StringWriter();
        AnalysisJson.WriteJsonl(new Analysis { Reports = [info] }, writer);
        var back = AnalysisJson.ReadJsonl(new StringReader(writer.ToString())).Reports.Single();
        Assert.Equal(info, back);
        Assert.Equal(["غوطه", "كيماوي", "2013"], back.Topic);

        string odd = "{\"type\":\"report\",\"id\":\"x\",\"outlet\":null,\"outletCamp\":null,\"published\":null,\"language\":\"ar\",\"topic\":[null,\"\",\"" + new string('ب', 65) + "\",\"حلب\"]}\n";
        Assert.Equal(["حلب"], AnalysisJson.ReadJsonl(new StringReader(odd)).Reports.Single().Topic);
        string none = "{\"type\":\"report\",\"id\":\"y\",\"outlet\":null,\"outletCamp\":null,\"published\":null,\"language\":\"ar\"}\n";
        Assert.Empty(AnalysisJson.ReadJsonl(new StringReader(none)).Reports.Single().Topic);
    }
}
