using ClaimCheck.Events;

namespace ClaimCheck.Tests.Events;

/// <summary>The rules output-contract.md says the output keeps, checked on any alignment and its contradictions.</summary>
public static class ContractRules
{
    public static void AssertHold(IReadOnlyList<ReportResult> input, AlignmentResult alignment, IReadOnlyList<Contradiction> contradictions,
        IReadOnlyList<ReportInfo> reports, int sameTimeWindowDays, int eventWindowDays = 45)
    {
        var inputIds = input.SelectMany(r => r.Claims).Select(c => c.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(inputIds, alignment.Claims.Select(c => c.Id).Order(StringComparer.Ordinal));

        // Every claim belongs to exactly one event, and every event lists its claims.
        var listed = alignment.Events.SelectMany(e => e.ClaimIds).ToArray();
        Assert.Equal(inputIds, listed.Order(StringComparer.Ordinal));
        var eventById = alignment.Events.ToDictionary(e => e.Id);
        var eventOfClaim = alignment.Events.SelectMany(e => e.ClaimIds.Select(id => (id, e.Id))).ToDictionary(x => x.id, x => x.Item2);
        foreach (var c in alignment.Claims) Assert.Equal(eventOfClaim[c.Id], c.EventId);
        Assert.Equal(alignment.Events.Select(e => e.Id).Order(StringComparer.Ordinal), alignment.Events.Select(e => e.Id));
        foreach (var e in alignment.Events)
        {
            Assert.StartsWith("e-", e.Id);
            Assert.False(string.IsNullOrWhiteSpace(e.Label));
            Assert.Equal(e.ClaimIds.Order(StringComparer.Ordinal), e.ClaimIds);
        }

        var published = reports.ToDictionary(r => r.Id, r => r.Published);
        var claims = alignment.Claims.ToDictionary(c => c.Id);
        DateOnly? DateOf(Claim c) => c.Date ?? (published.TryGetValue(c.ReportId, out var p) ? p : null);

        // No two dated claims of one event lie further apart than the event window.
        foreach (var e in alignment.Events)
        {
            var days = e.ClaimIds.Select(id => DateOf(claims[id])).Where(d => d is not null).Select(d => d!.Value.DayNumber).ToArray();
            if (days.Length > 0) Assert.True(days.Max() - days.Min() <= eventWindowDays, e.Label);
        }

        Assert.Equal(contradictions.Count, contradictions.Select(x => x.Id).Distinct().Count());
        Assert.Equal(contradictions.OrderBy(x => x.EventId, StringComparer.Ordinal).ThenBy(x => x.Id, StringComparer.Ordinal).Select(x => x.Id),
            contradictions.Select(x => x.Id));
        foreach (var x in contradictions)
        {
            Assert.StartsWith("x-", x.Id);
            Assert.True(eventById.ContainsKey(x.EventId));
            Assert.InRange(x.Severity, 0, 1);
            Assert.False(string.IsNullOrWhiteSpace(x.Note));
            Assert.True(x.Sides.Count >= 2, x.Note);
            var members = x.Sides.SelectMany(s => s.ClaimIds).Select(id => claims[id]).ToArray();
            Assert.All(members, c => Assert.Equal(x.EventId, c.EventId));
            Assert.All(members, c => Assert.Equal(x.Kind, c.Kind));
            // Quantities (and polarities) of different subject are never compared; nor casualties of different harm.
            Assert.Single(members.Select(c => c.Subject).Distinct());
            Assert.Single(members.Select(c => c.Kind == ClaimKind.Casualties ? c.Harm ?? Harm.Killed : (Harm?)null).Distinct());
            if (x.Verdict == Verdict.WithinCamp) Assert.Single(x.Sides.Select(s => s.Camp).Distinct());
            else Assert.Equal(x.Sides.Count, x.Sides.Select(s => s.Camp).Distinct().Count());
            // Vehicles with different action only as differentScope.
            if (x.Kind == ClaimKind.Vehicles && members.Select(c => c.Action).Distinct().Count() > 1) Assert.Equal(Verdict.DifferentScope, x.Verdict);
            // Claims far apart in time are never on the sides of a contradictory verdict.
            if (x.Verdict == Verdict.Contradictory)
            {
                var days = members.Select(DateOf).Where(d => d is not null).Select(d => d!.Value.DayNumber).ToArray();
                if (days.Length > 0) Assert.True(days.Max() - days.Min() <= sameTimeWindowDays, x.Note);
            }
        }
    }
}
