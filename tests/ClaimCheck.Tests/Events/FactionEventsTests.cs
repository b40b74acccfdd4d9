namespace ClaimCheck.Tests.Events;

/// <summary>
/// Factions of one broader party (actors.json "memberOf"): two factions' exits from one area days apart are two events, and a
/// report that names only the broader party joins one of them (issue 10 §4: different parties leaving under different deals).
/// </summary>
public class FactionEventsTests
{
    private static Report R(string id, string text, int day) => new(id, text, "SANA", new DateOnly(2018, 3, day));

    [Fact]
    public void TwoFactionsLeavingOneAreaAreTwoEvents()
    {
        var analysis = ClaimChecker.CreateDefault().Analyze([
            R("ahrar", "وخرجت الحافلات من مدينة حرستا في الغوطة الشرقية وعلى متنها 1500 من مقاتلي حركة أحرار الشام وعائلاتهم باتجاه إدلب.", 23),
            R("faylaq", "وخرجت الحافلات من بلدة عربين في الغوطة الشرقية وعلى متنها 2000 من مقاتلي فيلق الرحمن وعائلاتهم باتجاه إدلب.", 25),
            R("generic", "وخرجت الحافلات من الغوطة الشرقية وعلى متنها مئات من مقاتلي المعارضة وعائلاتهم باتجاه إدلب.", 24),
        ]);
        string EventOf(string report) => Assert.Single(analysis.Claims.Where(c => c.ReportId == report && c.Kind == ClaimKind.Evacuation).Select(c => c.EventId).Distinct())!;
        Assert.Contains(analysis.Claims, c => c.ReportId == "faylaq" && c.Actors.Contains("faylaq-al-rahman"));
        Assert.Contains(analysis.Claims, c => c.ReportId == "ahrar" && c.Kind == ClaimKind.Evacuees && c.Subject == "opposition-fighters");
        Assert.NotEqual(EventOf("ahrar"), EventOf("faylaq"));
        Assert.Contains(EventOf("generic"), new[] { EventOf("ahrar"), EventOf("faylaq") });
    }
}
