using ClaimCheck.Comparison;
using ClaimCheck.Events;
using static ClaimCheck.Tests.Events.ClaimBuilder;

namespace ClaimCheck.Tests.Comparison;

/// <summary>The detector's indexed comparison of counts against the plain pairwise definition, on random slots.</summary>
public class ContradictionIndexTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void IndexedComparisonMatchesPairwiseDefinition(int seed)
    {
        var random = new Random(seed);
        string?[] actions = ["departed", "entered", null];
        QuantityQualifier[] qualifiers = [QuantityQualifier.Exact, QuantityQualifier.About, QuantityQualifier.MoreThan, QuantityQualifier.AtLeast, QuantityQualifier.Range];
        var claims = new List<Claim>();
        for (int i = 0; i < 40; i++)
        {
            long v = random.Next(1, 60) * (random.Next(3) == 0 ? 100 : 1);
            var q = qualifiers[random.Next(qualifiers.Length)] switch
            {
                QuantityQualifier.About => new Quantity(v, v, v, QuantityQualifier.About),
                QuantityQualifier.MoreThan => new Quantity(v + 1, null, v, QuantityQualifier.MoreThan),
                QuantityQualifier.AtLeast => new Quantity(v, null, v, QuantityQualifier.AtLeast),
                QuantityQualifier.Range => new Quantity(v, v + random.Next(1, 30), v, QuantityQualifier.Range),
                _ => Quantity.Exactly(v),
            };
            claims.Add(Count($"c{i:D2}", "r", ClaimKind.Vehicles, q, "buses", (Camp)random.Next(4), action: actions[random.Next(actions.Length)],
                date: "2018-05-20", text: "حافلات"));
        }
        var alignment = new AlignmentResult([new Event { Id = "e-1", Label = "e", ClaimIds = claims.Select(c => c.Id).ToArray() }],
            claims.Select(c => c with { EventId = "e-1" }).ToArray());
        var found = new ContradictionDetector().Detect(alignment, [Report("r", null)]);

        // Expected, pair by pair.
        var contradictory = new Dictionary<string, (HashSet<string> Ids, double Distance)>();
        var within = new Dictionary<string, (HashSet<string> Ids, double Distance)>();
        var scope = (Ids: new HashSet<string>(), Distance: 0.0);
        foreach (var a in claims)
        {
            foreach (var b in claims)
            {
                if (string.CompareOrdinal(a.Id, b.Id) >= 0 || QuantityComparison.Agree(a.Quantity!, b.Quantity!)) continue;
                double d = QuantityComparison.Distance(a.Quantity!, b.Quantity!);
                if (a.Source.Camp == b.Source.Camp)
                {
                    if (a.Action == b.Action) Note(within, a.Source.Camp + "|" + a.Action, a, b, d);
                }
                else if (a.Action == b.Action) Note(contradictory, a.Action ?? "", a, b, d);
                else
                {
                    scope.Ids.Add(a.Id);
                    scope.Ids.Add(b.Id);
                    scope.Distance = Math.Max(scope.Distance, d);
                }
            }
        }

        var actualContradictory = found.Where(x => x.Verdict == Verdict.Contradictory).ToArray();
        Assert.Equal(contradictory.Count, actualContradictory.Length);
        foreach (var x in actualContradictory)
        {
            var expected = contradictory[x.Action ?? ""];
            Assert.Equal(expected.Ids.Order(StringComparer.Ordinal), x.Sides.SelectMany(s => s.ClaimIds).Order(StringComparer.Ordinal));
            Assert.Equal(Math.Round(expected.Distance, 3), x.Severity, 3);
        }
        var actualWithin = found.Where(x => x.Verdict == Verdict.WithinCamp).ToArray();
        Assert.Equal(within.Count, actualWithin.Length);
        foreach (var x in actualWithin)
        {
            var expected = within[x.Sides[0].Camp + "|" + x.Action];
            Assert.Equal(expected.Ids.Order(StringComparer.Ordinal), x.Sides.SelectMany(s => s.ClaimIds).Order(StringComparer.Ordinal));
            Assert.Equal(Math.Round(expected.Distance * 0.8, 3), x.Severity, 3);
        }
        var actualScope = found.Where(x => x.Verdict == Verdict.DifferentScope).ToArray();
        if (scope.Ids.Count == 0) Assert.Empty(actualScope);
        else
        {
            var x = Assert.Single(actualScope);
            Assert.Equal(scope.Ids.Order(StringComparer.Ordinal), x.Sides.SelectMany(s => s.ClaimIds).Order(StringComparer.Ordinal));
            Assert.Equal(Math.Round(scope.Distance * 0.4, 3), x.Severity, 3);
        }
    }

    private static void Note(Dictionary<string, (HashSet<string> Ids, double Distance)> map, string key, Claim a, Claim b, double d)
    {
        if (!map.TryGetValue(key, out var entry)) entry = ([], 0);
        entry.Ids.Add(a.Id);
        entry.Ids.Add(b.Id);
        map[key] = (entry.Ids, Math.Max(entry.Distance, d));
    }
}
