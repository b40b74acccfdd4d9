using ClaimCheck.Comparison;
using ClaimCheck.Events;

namespace ClaimCheck.Tests.Events;

/// <summary>Random and hostile claims: alignment and comparison never crash and always keep the contract's rules.</summary>
public class EventRobustnessTests
{
    private static readonly string[] PlaceNames =
        ["Yarmouk camp", "Tadamon", "Hajar al-Aswad", "Southern Damascus", "Damascus", "Dumayr", "Douma", "Eastern Ghouta", "Rif Dimashq",
         "Mayadeen", "Deir ez-Zor", "Syrian Badia", "Northwest Syria", "Yarmuk camp", "Atlantis", "", " ", "مخيم اليرموك", "\u200F", "x"];

    private static readonly string[] ActorNames =
        ["isis", "jaysh-al-islam", "regime-forces", "russia", "hts", "ISIS", "Jaysh al-Islam", "", "kurdish-forces", "turkish-forces"];

    private static readonly string[] Texts =
        ["غادرت ست حافلات مخيم اليرموك", "الدفعة الأولى", "", "\uD83D\uDE00\uD800", new string('ا', 5000), "نفت سانا التوصل الى اتفاق", "٢٥ قتيلا", "ـــــ"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void RandomClaimsKeepTheRules(int seed)
    {
        var random = new Random(seed);
        var claims = new List<Claim>();
        var published = new Dictionary<string, string?>();
        for (int r = 0; r < 12; r++)
            published[$"r{r}"] = random.Next(4) == 0 ? null : new DateOnly(2018, 1, 1).AddDays(random.Next(400)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        for (int i = 0; i < 300; i++)
        {
            var kind = (ClaimKind)random.Next(5);
            bool polar = kind is ClaimKind.Agreement or ClaimKind.Evacuation;
            long value = random.Next(3) == 0 ? random.NextInt64(-5, long.MaxValue / 4) : random.Next(0, 2000);
            var text = Texts[random.Next(Texts.Length)];
            int start = random.Next(5) == 0 ? random.Next(int.MinValue, int.MaxValue) : random.Next(0, 5000);
            claims.Add(new Claim
            {
                Id = $"c{i:D4}",
                ReportId = $"r{random.Next(12)}",
                Kind = kind,
                Polarity = polar ? (Polarity)random.Next(3) : null,
                Quantity = polar ? null : random.Next(4) switch
                {
                    0 => new Quantity(value, null, value, QuantityQualifier.MoreThan),
                    1 => new Quantity(value, value, value, QuantityQualifier.About),
                    2 => new Quantity(Math.Max(0, value - 10), value, value, QuantityQualifier.Range),
                    _ => Quantity.Exactly(value),
                },
                Subject = polar ? (random.Next(5) == 0 ? "ceasefire" : null) : random.Next(3) switch { 0 => "civilians", 1 => "buses", _ => null },
                Harm = kind == ClaimKind.Casualties && random.Next(2) == 0 ? (Harm)random.Next(3) : null,
                Action = random.Next(3) switch { 0 => "departed", 1 => "entered", _ => null },
                Source = new SourceRef(random.Next(3) == 0 ? "" : "source" + random.Next(5), (Camp)random.Next(4), [], null),
                Places = Enumerable.Range(0, random.Next(4)).Select(_ => PlaceNames[random.Next(PlaceNames.Length)]).ToArray(),
                Actors = Enumerable.Range(0, random.Next(3)).Select(_ => ActorNames[random.Next(ActorNames.Length)]).ToArray(),
                Date = random.Next(3) == 0 ? new DateOnly(2018, 1, 1).AddDays(random.Next(400)) : random.Next(50) == 0 ? DateOnly.MaxValue : null,
                Evidence = new Evidence(start, start + text.Length, text),
            });
        }
        var results = ClaimBuilder.Results(claims, published);
        var reports = results.Select(r => r.Report).ToList();
        var alignment = new EventAligner(FakePlaceHierarchy.FromSpec()).Align(results);
        var contradictions = new ContradictionDetector().Detect(alignment, reports);
        ContractRules.AssertHold(results, alignment, contradictions, reports, ComparisonOptions.Default.SameTimeWindowDays);
    }

    [Fact]
    public void AHierarchyWithCyclesOrOddAnswersDoesNotHang()
    {
        var cyclic = new CyclicHierarchy();
        var claims = new[]
        {
            ClaimBuilder.Polar("a", "r1", ClaimKind.Agreement, Polarity.Affirmed, Camp.State, ["A"], ["isis"], "2018-05-20"),
            ClaimBuilder.Polar("b", "r2", ClaimKind.Agreement, Polarity.Denied, Camp.Opposition, ["B"], ["isis"], "2018-05-20"),
            ClaimBuilder.Polar("c", "r3", ClaimKind.Agreement, Polarity.Denied, Camp.Opposition, ["C"], ["isis"], "2018-05-20"),
        };
        var alignment = new EventAligner(cyclic).Align(ClaimBuilder.Results(claims));
        Assert.Equal(3, alignment.Claims.Count);
        Assert.All(alignment.Claims, c => Assert.NotNull(c.EventId));
    }

    private sealed class CyclicHierarchy : ClaimCheck.Recognition.IPlaceHierarchy
    {
        public IReadOnlyList<string> Ancestors(string place) => place switch
        {
            "A" => ["B", "A", "B"],
            "B" => ["A", "B"],
            "C" => null!,
            _ => ["", " ", "A"],
        };
    }
}
