using ClaimCheck.Events;

namespace ClaimCheck.Tests.Events;

/// <summary>
/// Builds the features of one alignment from a few claims for the unit tests of its stages, over a small hierarchy:
/// Yarmouk and Tadamon lie in South (an area), South in Damascus (top level); Douma lies in Ghouta, Ghouta in Rif (top level).
/// </summary>
internal static class AlignmentFixture
{
    public static readonly FakePlaceHierarchy Hierarchy = new(new Dictionary<string, string>
    {
        ["South"] = "Damascus",
        ["Yarmouk"] = "South",
        ["Tadamon"] = "South",
        ["Ghouta"] = "Rif",
        ["Douma"] = "Ghouta",
        ["Harasta"] = "Ghouta",
    });

    public static ClaimFeatures Features(IEnumerable<Claim> claims, AlignmentOptions? options = null,
        IReadOnlyDictionary<string, string?>? published = null)
    {
        var o = options ?? AlignmentOptions.Default;
        var f = new ClaimFeatures(ClaimBuilder.Results(claims, published));
        f.BuildActors(o.CommonActors);
        f.BuildPlaces(Hierarchy, o.FuzzyNameThreshold, o.MinimumSharedPlaceDepth, o.RootPlacesNothing);
        f.BuildText(new TfIdfSimilarity());
        return f;
    }

    /// <summary>The index of claim <paramref name="id"/> (claims are in id order).</summary>
    public static int Index(ClaimFeatures f, string id) => Array.FindIndex(f.Claims, c => c.Id == id);

    /// <summary>The canonical id of place <paramref name="name"/>.</summary>
    public static int Place(ClaimFeatures f, string name)
    {
        var names = f.PlaceIndex.Names;
        for (int k = 0; k < names.Count; k++)
        {
            if (names.Key(k) == NameTable.Fold(name)) return names.Canonical(k);
        }
        throw new KeyNotFoundException(name);
    }

    public static Claim Evac(string id, string report, string[] places, string[] actors, string? date, string? text = null, int start = 0) =>
        ClaimBuilder.Polar(id, report, ClaimKind.Evacuation, Polarity.Affirmed, Camp.Other, places, actors, date, text: text, start: start);

    public static Claim Fight(string id, string report, string[] places, string[] actors, string? date, string? text = null, int start = 0) =>
        ClaimBuilder.Polar(id, report, ClaimKind.Casualties, Polarity.Affirmed, Camp.Other, places, actors, date, text: text, start: start);
}
