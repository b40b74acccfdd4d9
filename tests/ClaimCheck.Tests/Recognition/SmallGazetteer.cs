using ClaimCheck.Recognition;

namespace ClaimCheck.Tests.Recognition;

/// <summary>
/// A small made-up gazetteer for the finder and resolver tests: a country, a province, a town with a camp and a
/// neighbourhood (whose bare name is a context alias), and an area meeting the town only at the country.
/// </summary>
internal static class SmallGazetteer
{
    public static Gazetteer Instance { get; } = Gazetteer.Load(
    [
        new Place("Northland", ["الشمالستان"], "country", null),
        new Place("River Province", ["محافظة النهر"], "governorate", "Northland"),
        new Place("Olive Town", ["بلدة الزيتونة", "الزيتونة"], "town", "River Province"),
        new Place("Mill Camp", ["مخيم الطاحونة"], "camp", "Olive Town"),
        new Place("Springs Quarter", ["حي الينابيع"], "neighbourhood", "Olive Town") { ContextAliases = ["الينابيع"] },
        new Place("Far Valley", ["وادي البعيد"], "area", "Northland") { ContextAliases = ["البعيد"] },
    ]);
}
