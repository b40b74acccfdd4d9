using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Recognition;

/// <summary>
/// The finder of dates alone: which tokens form a date mention and its kind. Most texts are read without a publication
/// date, so the resolver cannot give a day, yet the mention is found all the same.
/// </summary>
public class DateFinderTests
{
    private static List<(DateMention Mention, string Text)> Find(string text, DateOnly? published = null)
    {
        var doc = new Document(text);
        return DateRecognizer.Default.Recognize(doc, published).Select(m =>
        {
            var span = doc.ToOriginal(m.Span);
            return (m, text.Substring(span.Start, span.Length));
        }).ToList();
    }

    [Fact]
    public void APartOfTheDayAndARelativeDayFormOneMention()
    {
        var (m, text) = Assert.Single(Find("وصلت القافلة صباح أمس إلى المعبر"));
        Assert.Equal("صباح أمس", text);
        Assert.Equal(DateKind.Relative, m.Kind);
        Assert.Null(m.Date);
        Assert.Equal(2, m.Cues.Count);
        Assert.Equal((2, 4), (m.FirstToken, m.EndToken));
    }

    [Fact]
    public void TheProcliticOfTheFirstWordIsLeftOut()
    {
        var (m, text) = Assert.Single(Find("وأمس وصلت قافلة ثانية"));
        Assert.Equal("أمس", text);
        Assert.Equal(0, m.FirstToken);
        Assert.Equal(1, m.Span.Start);
    }

    [Fact]
    public void ACalendarDateIsOneMention()
    {
        var (m, text) = Assert.Single(Find("خرجوا في 3 آب 2016 وعادوا"));
        Assert.Equal("3 آب 2016", text);
        Assert.Equal(DateKind.Explicit, m.Kind);
        Assert.Equal(new DateOnly(2016, 8, 3), m.Date);
        Assert.False(m.YearInferred);
    }

    [Fact]
    public void AMonthNameAloneIsNotADate() => Assert.Empty(Find("سافر في آب"));

    [Fact]
    public void AMonthWithItsYearIsOne()
    {
        var (m, text) = Assert.Single(Find("في شهر آب 2016"));
        Assert.Equal("شهر آب 2016", text);
        Assert.Equal(((DateOnly?)new DateOnly(2016, 8, 1), (DateOnly?)new DateOnly(2016, 8, 31)), (m.Date, m.EndDate));
    }

    [Fact]
    public void ANumericDateIsOneMention()
    {
        var (m, text) = Assert.Single(Find("بتاريخ 2016-08-03 وصلت الحافلات"));
        Assert.Equal("2016-08-03", text);
        Assert.Equal(new DateOnly(2016, 8, 3), m.Date);
    }

    [Fact]
    public void AWeekdayFollowedByACalendarDateIsOneExplicitMention()
    {
        var (m, text) = Assert.Single(Find("وصلوا الأربعاء 3 آب 2016 إلى الحدود"));
        Assert.Equal("الأربعاء 3 آب 2016", text);
        Assert.Equal(DateKind.Explicit, m.Kind);
    }

    [Fact]
    public void ANightAcrossTwoDaysIsOneWeekdayMention()
    {
        var published = new DateOnly(2016, 8, 10);
        var (m, text) = Assert.Single(Find("قصف ليل الجمعة-السبت", published));
        Assert.Equal("ليل الجمعة-السبت", text);
        Assert.Equal(DateKind.Weekday, m.Kind);
        Assert.Equal(((DateOnly?)new DateOnly(2016, 8, 5), (DateOnly?)new DateOnly(2016, 8, 6)), (m.Date, m.EndDate));
    }

    [Fact]
    public void ANotDatePhraseHidesTheDayWordInIt() => Assert.Empty(Find("نقلت قناة روسيا اليوم الخبر"));

    [Fact]
    public void OnlyTheTokenRangeIsRead()
    {
        var doc = new Document("صباح أمس وصلوا");
        var m = Assert.Single(DateRecognizer.Default.Recognize(doc, 1, doc.Tokens.Count, null));
        Assert.Equal((1, 2), (m.FirstToken, m.EndToken));
        Assert.Empty(DateRecognizer.Default.Recognize(doc, 2, doc.Tokens.Count, null));
    }
}
