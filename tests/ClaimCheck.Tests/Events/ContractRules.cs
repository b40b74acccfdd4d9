using ClaimCheck.Events;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Events;

/// <summary>
/// The rules output-contract.md says the output keeps, checked on any alignment and its contradictions: the structural ones
/// through <see cref="OutputInvariants"/>, and here the ones that depend on the alignment's and comparison's time windows.
/// </summary>
public static class ContractRules
{
    public static void AssertHold(IReadOnlyList<ReportResult> input, AlignmentResult alignment, IReadOnlyList<Contradiction> contradictions,
        IReadOnlyList<ReportInfo> reports, int sameTimeWindowDays, int eventWindowDays = 45, bool aligned = true)
    {
        var inputIds = input.SelectMany(r => r.Claims).Select(c => c.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(inputIds, alignment.Claims.Select(c => c.Id).Order(StringComparer.Ordinal));

        OutputInvariants.CheckEvents(alignment.Claims, alignment.Events, aligned);
        OutputInvariants.CheckContradictions(alignment.Claims, alignment.Events, contradictions);

        var published = reports.ToDictionary(r => r.Id, r => r.Published);
        var claims = alignment.Claims.ToDictionary(c => c.Id);
        DateOnly? DateOf(Claim c) => c.Date ?? (published.TryGetValue(c.ReportId, out var p) ? p : null);

        // No two dated claims of one event lie further apart than the event window.
        foreach (var e in alignment.Events)
        {
            var days = e.ClaimIds.Select(id => DateOf(claims[id])).Where(d => d is not null).Select(d => d!.Value.DayNumber).ToArray();
            if (days.Length > 0) Assert.True(days.Max() - days.Min() <= eventWindowDays, e.Label);
        }

        foreach (var x in contradictions)
        {
            var members = x.Sides.SelectMany(s => s.ClaimIds).Select(id => claims[id]).ToArray();
            // Claims far apart in time are never on the sides of a contradictory verdict.
            if (x.Verdict == Verdict.Contradictory)
            {
                var days = members.Select(DateOf).Where(d => d is not null).Select(d => d!.Value.DayNumber).ToArray();
                if (days.Length > 0) Assert.True(days.Max() - days.Min() <= sameTimeWindowDays, x.Note);
            }
        }
    }
}
