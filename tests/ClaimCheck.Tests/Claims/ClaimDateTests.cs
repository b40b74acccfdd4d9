namespace ClaimCheck.Tests.Claims;

/// <summary>A claim's date: the nearest date within a few words, else the date its sentence opens with (no clause link between).</summary>
public class ClaimDateTests
{
    private static readonly ClaimChecker Checker = ClaimChecker.CreateDefault();

    private static DateOnly? DateOf(string text, ClaimKind kind = ClaimKind.Casualties) =>
        Assert.Single(Checker.Extract(new Report("r", text, "Test Outlet", new DateOnly(2021, 4, 28))).Claims, c => c.Kind == kind).Date;

    [Fact]
    public void ANearbyDateDatesTheClaim() =>
        Assert.Equal(new DateOnly(2018, 3, 3), DateOf("وقتل 5 مدنيين يوم 3 آذار 2018 في قصف على مدينة دوما."));

    [Theory]
    [InlineData("حدث في يوم 28 نيسان عام 2016 أنه استهدف الطيران الحربي مشفى القدس في حي السكري بمدينة حلب إضافة إلى مبنى مجاور له، ما أدى إلى مقتل 61 مدنيا.")]
    [InlineData("في ٢٨ نيسان ٢٠١٦ قصفت الطائرات الحربية مشفى القدس الميداني في حي السكري شرقي مدينة حلب ومبنى سكنيا ملاصقا له مما أسفر عن مقتل 61 مدنيا.")]
    public void ASentenceOpeningWithADateDatesAClaimFarOn(string text) => Assert.Equal(new DateOnly(2016, 4, 28), DateOf(text));

    [Theory]
    // Across "فيما" the sentence may tell another happening; a date after the claim and far from it dates nothing.
    [InlineData("في 28 نيسان 2016 استهدف الطيران الحربي مشفى القدس في حي السكري بمدينة حلب إضافة إلى مبنى مجاور له، فيما قتل 7 مدنيين في قصف على مدينة إدلب.")]
    [InlineData("وقتل 61 مدنيا في القصف الذي استهدف مشفى القدس في حي السكري بمدينة حلب إضافة إلى مبنى مجاور له كان يعمل بدعم من منظمة أطباء بلا حدود منذ 28 نيسان 2016.")]
    public void NoOpeningDateNoDate(string text) => Assert.Null(DateOf(text));

    [Fact]
    public void TheOpeningDateReachesFortyWordsBack()
    {
        // A bound, so that a long sentence costs no scan per claim: a date more than forty words back dates nothing.
        string filler = string.Join(" ", Enumerable.Repeat("واستهدف الطيران الحربي الأحياء السكنية", 10));
        Assert.Null(DateOf($"في 28 نيسان 2016 {filler} ما أدى إلى مقتل 61 مدنيا."));
        string near = string.Join(" ", Enumerable.Repeat("واستهدف الطيران الحربي الأحياء السكنية", 6));
        Assert.Equal(new DateOnly(2016, 4, 28), DateOf($"في 28 نيسان 2016 {near} ما أدى إلى مقتل 61 مدنيا."));
    }
}
