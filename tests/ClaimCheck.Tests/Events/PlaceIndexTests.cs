using ClaimCheck.Events;
using static ClaimCheck.Tests.Events.AlignmentFixture;

namespace ClaimCheck.Tests.Events;

public class PlaceIndexTests
{
    private static readonly ClaimFeatures F = Features([
        Evac("a", "r1", ["Yarmouk"], [], "2018-05-01"),
        Evac("b", "r1", ["Tadamon", "Damascus"], [], "2018-05-01"),
        Evac("c", "r2", ["South"], [], "2018-05-01"),
        Evac("d", "r2", ["Douma"], [], "2018-05-01"),
        Evac("e", "r3", ["Rif"], [], "2018-05-01"),
        Evac("f", "r3", ["Yarmuk"], [], "2018-05-01"),
        Evac("g", "r4", ["Unknown village"], [], "2018-05-01"),
    ]);

    private static PlaceIndex P => F.PlaceIndex;

    [Fact]
    public void ChainsRunFromThePlaceToTheTop()
    {
        Assert.Equal([Place(F, "Yarmouk"), Place(F, "South"), Place(F, "Damascus")], P.Chain(Place(F, "Yarmouk")));
        Assert.Equal(2, P.Depth(Place(F, "Yarmouk")));
        Assert.Equal(1, P.Depth(Place(F, "South")));
        Assert.Equal(0, P.Depth(Place(F, "Damascus")));
        Assert.Equal(0, P.Depth(Place(F, "Unknown village")));
    }

    [Fact]
    public void AnAreaIsTheAncestorAtTheSharedDepthAndCoarsePlacesHaveNone()
    {
        int south = Place(F, "South");
        Assert.Equal(south, P.Area(Place(F, "Yarmouk")));
        Assert.Equal(south, P.Area(Place(F, "Tadamon")));
        Assert.Equal(south, P.Area(south));
        Assert.Equal(Place(F, "Ghouta"), P.Area(Place(F, "Douma")));
        Assert.Equal(-1, P.Area(Place(F, "Damascus")));
        Assert.Equal(-1, P.Area(Place(F, "Rif")));
    }

    [Fact]
    public void PlacesThatContainOthersAreContainers()
    {
        Assert.True(P.IsContainer(Place(F, "South")));
        Assert.True(P.IsContainer(Place(F, "Damascus")));
        Assert.True(P.IsContainer(Place(F, "Ghouta")));
        Assert.False(P.IsContainer(Place(F, "Yarmouk")));
        Assert.False(P.IsContainer(Place(F, "Douma")));
    }

    [Fact]
    public void AnUnknownSpellingJoinsTheKnownPlace()
    {
        Assert.Equal(F.Places[Index(F, "a")], F.Places[Index(F, "f")]);
        Assert.Equal("Yarmouk", P.Display(Place(F, "Yarmouk")));
    }

    [Fact]
    public void SharingALocalPlaceNeedsATownNotARegion()
    {
        int[] yarmouk = [Place(F, "Yarmouk")];
        int[] south = [Place(F, "South")];
        int[] village = [Place(F, "Unknown village")];
        Assert.True(P.SharesPlace(yarmouk, yarmouk, localOnly: true));
        Assert.True(P.SharesPlace(south, south));
        Assert.False(P.SharesPlace(south, south, localOnly: true));     // contains Yarmouk and Tadamon
        Assert.False(P.SharesPlace(village, village, localOnly: true)); // top level
        Assert.False(P.SharesPlace(yarmouk, south));
    }

    [Fact]
    public void ACoarsePlaceRelatesTheClaimsThatNameItOrLieInIt()
    {
        int damascus = Place(F, "Damascus"), rif = Place(F, "Rif");
        Assert.Equal(damascus, P.CoarseRelation(F.Places[Index(F, "a")], [damascus]));
        Assert.Equal(damascus, P.CoarseRelation([damascus], F.Places[Index(F, "a")]));
        Assert.Equal(damascus, P.CoarseRelation([damascus], [damascus]));
        Assert.Equal(rif, P.CoarseRelation(F.Places[Index(F, "d")], F.Places[Index(F, "e")]));
        Assert.Equal(-1, P.CoarseRelation(F.Places[Index(F, "a")], F.Places[Index(F, "c")]));  // Yarmouk and South share an area, not a coarse place
        Assert.Equal(-1, P.CoarseRelation(F.Places[Index(F, "d")], [damascus]));
        Assert.Equal(-1, P.CoarseRelation([], [damascus]));
    }
}
