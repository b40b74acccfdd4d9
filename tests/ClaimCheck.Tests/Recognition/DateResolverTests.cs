using ClaimCheck.Recognition;

namespace ClaimCheck.Tests.Recognition;

/// <summary>The resolver of dates alone: calendar days from found pieces and a publication date, no text read.</summary>
public class DateResolverTests
{
    /// <summary>A Wednesday.</summary>
    private static readonly DateOnly Published = new(2016, 8, 10);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static (DateOnly?, DateOnly?) R(DateOnly? first, DateOnly? last) => (first, last);

    private static readonly (DateOnly?, DateOnly?) None = (null, null);

    [Theory]
    [InlineData("03", "08", "2016", 2016, 8, 3)]
    [InlineData("3", "8", "2016", 2016, 8, 3)]
    [InlineData("2016", "08", "03", 2016, 8, 3)]
    [InlineData("08", "25", "2016", 2016, 8, 25)] // day-first impossible, month-first possible: swapped
    [InlineData("29", "02", "2016", 2016, 2, 29)]
    public void ReadsNumericDates(string a, string b, string c, int year, int month, int day) =>
        Assert.Equal(D(year, month, day), DateResolver.NumericDate(a, b, c));

    [Theory]
    [InlineData("29", "02", "2015")] // no such day
    [InlineData("31", "04", "2016")]
    [InlineData("03", "08", "1850")] // year out of range
    [InlineData("03", "08", "16")] // two-digit year
    [InlineData("3a", "08", "2016")]
    [InlineData("25", "25", "2016")]
    public void RejectsImpossibleNumericDates(string a, string b, string c) => Assert.Null(DateResolver.NumericDate(a, b, c));

    [Fact]
    public void ADayInAStatedYear()
    {
        var month = new MonthRef(3, YearFound: true, Year: 2015, Direction: null, Relative: false, Unresolved: false);
        Assert.Equal(R(D(2015, 3, 14), null), DateResolver.DayInMonth(14, null, month, published: null));
        Assert.Equal(R(D(2015, 3, 14), D(2015, 3, 16)), DateResolver.DayInMonth(14, 16, month, published: null));
        // A range whose last day does not exist gives no date at all.
        var february = month with { Month = 2 };
        Assert.Equal(None, DateResolver.DayInMonth(27, 30, february, published: null));
    }

    [Fact]
    public void ADayWithoutAYearTakesTheMostRecentOneByPublication()
    {
        var month = new MonthRef(9, YearFound: false, Year: null, Direction: null, Relative: false, Unresolved: false);
        // 5 September is after 10 August 2016: the last one is in 2015.
        Assert.Equal(D(2015, 9, 5), DateResolver.DayInMonth(5, null, month, Published).Date);
        Assert.Equal(D(2016, 8, 10), DateResolver.DayInMonth(10, null, month with { Month = 8 }, Published).Date);
        // "الماضي": strictly before; "المقبل": strictly after.
        Assert.Equal(D(2015, 8, 10), DateResolver.DayInMonth(10, null, month with { Month = 8, Direction = DateDirection.Past }, Published).Date);
        Assert.Equal(D(2016, 9, 5), DateResolver.DayInMonth(5, null, month with { Direction = DateDirection.Next }, Published).Date);
        // Without a publication date nothing can be inferred.
        Assert.Null(DateResolver.DayInMonth(5, null, month, published: null).Date);
    }

    [Fact]
    public void AnUnresolvedMonthGivesNoDay()
    {
        var month = new MonthRef(1, YearFound: true, Year: null, Direction: null, Relative: true, Unresolved: true);
        Assert.Equal(None, DateResolver.DayInMonth(1, null, month, Published));
    }

    [Fact]
    public void AWholeMonthRunsFromItsFirstToItsLastDay()
    {
        Assert.Equal(R(D(2016, 2, 1), D(2016, 2, 29)), DateResolver.WholeMonth(2, yearFound: true, 2016, null, null));
        // Without a year: the most recent such month begun by publication.
        Assert.Equal(R(D(2015, 11, 1), D(2015, 11, 30)), DateResolver.WholeMonth(11, yearFound: false, null, null, Published));
        Assert.Equal(R(D(2016, 8, 1), D(2016, 8, 31)), DateResolver.WholeMonth(8, yearFound: false, null, null, Published));
        Assert.Equal(R(D(2015, 8, 1), D(2015, 8, 31)), DateResolver.WholeMonth(8, yearFound: false, null, DateDirection.Past, Published));
        Assert.Equal(None, DateResolver.WholeMonth(8, yearFound: false, null, null, null));
    }

    [Fact]
    public void RelativeMonthsAndYearsCountFromPublication()
    {
        Assert.Equal(R(D(2016, 7, 1), D(2016, 7, 31)), DateResolver.RelativeMonth(-1, Published));
        Assert.Equal(R(D(2015, 12, 1), D(2015, 12, 31)), DateResolver.RelativeMonth(-8, Published));
        Assert.Equal(None, DateResolver.RelativeMonth(-1, null));
        Assert.Equal(2015, DateResolver.RelativeYear(Published, -1));
        Assert.Null(DateResolver.RelativeYear(null, -1));
        Assert.Null(DateResolver.RelativeYear(new DateOnly(1, 6, 1), -1));
    }

    [Fact]
    public void AWeekdayIsTheNearestOneBackUnlessTold()
    {
        // Published on a Wednesday.
        Assert.Equal(D(2016, 8, 10), DateResolver.WeekdayDays(DayOfWeek.Wednesday, null, false, Published).Date);
        Assert.Equal(D(2016, 8, 3), DateResolver.WeekdayDays(DayOfWeek.Wednesday, DateDirection.Past, false, Published).Date);
        Assert.Equal(D(2016, 8, 17), DateResolver.WeekdayDays(DayOfWeek.Wednesday, DateDirection.Next, false, Published).Date);
        Assert.Equal(D(2016, 8, 6), DateResolver.WeekdayDays(DayOfWeek.Saturday, null, false, Published).Date);
        // A night across two days ends the day after.
        Assert.Equal(R(D(2016, 8, 5), D(2016, 8, 6)), DateResolver.WeekdayDays(DayOfWeek.Friday, null, true, Published));
        Assert.Equal(None, DateResolver.WeekdayDays(DayOfWeek.Friday, null, true, null));
    }

    [Fact]
    public void CalendarArithmeticNeverLeavesTheRange()
    {
        Assert.Null(DateResolver.AddDays(DateOnly.MaxValue, 1));
        Assert.Null(DateResolver.AddDays(DateOnly.MinValue, -1));
        Assert.Null(DateResolver.AddMonths(9999, 12, 1));
        Assert.Equal((2017, 1), DateResolver.AddMonths(2016, 12, 1)!.Value);
        Assert.Null(DateResolver.InferYear(2, 30, Published, null));
        Assert.Equal(D(2016, 8, 12), DateResolver.Nearest(Published, DayOfWeek.Friday));
        Assert.Equal(D(2016, 8, 7), DateResolver.Nearest(Published, DayOfWeek.Sunday));
    }
}
