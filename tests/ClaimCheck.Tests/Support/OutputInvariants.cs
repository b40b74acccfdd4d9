using System.Text.Json;
using ClaimCheck.Output;

namespace ClaimCheck.Tests.Support;

/// <summary>
/// What every output must hold, whatever the input (../shared/spec/output-contract.md): evidence spans in bounds and equal to
/// the words they cut out of the original; unique claim ids in evidence order; fields present for their kind and absent
/// otherwise; quantity intervals with min ≤ best ≤ max; valid camps; no control or direction character in the canonical
/// fields; every claim in exactly one event and every event listing its claims; contradictions whose sides are claims of
/// their event, kind and subject from different camps; and a JSON rendering that is well-formed, holds no raw control
/// character and reads back to the same bytes. The one place these checks live: robustness, fuzz and alignment tests call
/// it instead of asserting only that nothing threw. Checks are plain loops (no per-claim scans of the text) so they stay
/// cheap on 10 MB inputs.
/// </summary>
internal static class OutputInvariants
{
    /// <summary>Checks one report's extraction result (before alignment: no claim has an event yet).</summary>
    public static void Check(Report report, ReportResult result)
    {
        Assert.Equal(report.Id, result.Report.Id);
        Assert.Equal(report.Published, result.Report.Published);
        var ids = new Dictionary<string, Claim>(StringComparer.Ordinal);
        Claim? previous = null;
        foreach (var claim in result.Claims)
        {
            CheckClaim(report, claim);
            Assert.True(claim.EventId is null, $"claim {claim.Id} has event {claim.EventId} before alignment");
            CheckUnique(ids, claim);
            if (previous is not null)
                Assert.True(previous.Evidence.Start <= claim.Evidence.Start, $"claims of {report.Id} out of evidence order: {previous.Id} at {previous.Evidence.Start}, then {claim.Id} at {claim.Evidence.Start}");
            previous = claim;
        }
    }

    /// <summary>Checks an analysis of <paramref name="reports"/> (ids unique among them), its events, contradictions and JSON rendering.</summary>
    /// <returns>The JSON text, for callers that compare outputs.</returns>
    public static string Check(IReadOnlyCollection<Report> reports, Analysis analysis)
    {
        var byId = reports.ToDictionary(r => r.Id, StringComparer.Ordinal);
        Assert.Equal(byId.Count, analysis.Reports.Count);
        for (int i = 1; i < analysis.Reports.Count; i++)
            Assert.True(string.CompareOrdinal(analysis.Reports[i - 1].Id, analysis.Reports[i].Id) < 0, "reports are not ordered by id");
        foreach (var info in analysis.Reports)
        {
            Assert.True(byId.TryGetValue(info.Id, out var report), $"the analysis names report {info.Id} that was not given");
            Assert.Equal(report!.Published, info.Published);
            Assert.True(info.OutletCamp is null || Enum.IsDefined(info.OutletCamp.Value), $"report {info.Id} has outlet camp {info.OutletCamp}");
        }
        var ids = new Dictionary<string, Claim>(StringComparer.Ordinal);
        Claim? previous = null;
        foreach (var claim in analysis.Claims)
        {
            Assert.True(byId.TryGetValue(claim.ReportId, out var report), $"claim {claim.Id} names unknown report {claim.ReportId}");
            CheckClaim(report!, claim);
            CheckUnique(ids, claim);
            if (previous is not null)
            {
                int order = string.CompareOrdinal(previous.ReportId, claim.ReportId);
                Assert.True(order < 0 || (order == 0 && previous.Evidence.Start <= claim.Evidence.Start), $"claims out of order at {claim.Id}");
            }
            previous = claim;
        }
        CheckEvents(analysis.Claims, analysis.Events);
        CheckContradictions(analysis.Claims, analysis.Events, analysis.Contradictions);
        return CheckJson(analysis);
    }

    /// <summary>
    /// Same input, same output: the second result of the same extraction equals the first in every field that reaches the
    /// contract (compared as JSON, so a new field is compared too).
    /// </summary>
    public static void CheckSame(ReportResult first, ReportResult second) =>
        Assert.Equal(Json(first), Json(second));

    /// <summary>
    /// A report analysed with others yields what it yields alone: its claims in <paramref name="together"/>, without their
    /// event, equal <paramref name="alone"/> in every contract field.
    /// </summary>
    public static void CheckSameClaims(ReportResult alone, Analysis together) =>
        CheckSame(alone, new ReportResult(alone.Report, together.Claims.Where(c => c.ReportId == alone.Report.Id).Select(c => c with { EventId = null }).ToArray()));

    /// <summary>A report's result as its JSON rendering.</summary>
    public static string Json(ReportResult result) =>
        AnalysisJson.Serialize(new Analysis { Reports = [result.Report], Claims = result.Claims });

    /// <summary>
    /// Every claim belongs to exactly one event; every event lists its claims, in order, and its dates are in order. Events
    /// the aligner built (<paramref name="aligned"/>) also list exactly the reports of their claims; hand-built fixtures
    /// (comparison tests) may leave the reports out.
    /// </summary>
    public static void CheckEvents(IReadOnlyList<Claim> claims, IReadOnlyList<Event> events, bool aligned = true)
    {
        var claimById = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var c in claims) Assert.True(claimById.TryAdd(c.Id, c), $"claim id {c.Id} is given twice");
        var eventOfClaim = new Dictionary<string, string>(StringComparer.Ordinal);
        Event? previous = null;
        foreach (var e in events)
        {
            Assert.StartsWith("e-", e.Id, StringComparison.Ordinal);
            if (previous is not null)
                Assert.True(string.CompareOrdinal(previous.Id, e.Id) < 0, $"events not ordered by id, or an id repeated: {previous.Id}, then {e.Id}");
            previous = e;
            Assert.False(string.IsNullOrWhiteSpace(e.Label), $"event {e.Id} has no label");
            Assert.NotEmpty(e.ClaimIds);
            Assert.True(e.ClaimIds.SequenceEqual(e.ClaimIds.Order(StringComparer.Ordinal)), $"the claims of event {e.Id} are not ordered");
            foreach (var id in e.ClaimIds)
            {
                Assert.True(claimById.TryGetValue(id, out var claim), $"event {e.Id} lists claim {id} that is not in the output");
                Assert.True(eventOfClaim.TryAdd(id, e.Id), $"claim {id} is in events {(eventOfClaim.TryGetValue(id, out var other) ? other : "?")} and {e.Id}");
                Assert.True(claim!.EventId == e.Id, $"claim {id} says event {claim.EventId} but is listed by {e.Id}");
            }
            var reportIds = e.ClaimIds.Select(id => claimById[id].ReportId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            if (aligned) Assert.Equal(reportIds, e.ReportIds);
            Assert.True(e.FirstDate.HasValue == e.LastDate.HasValue && (e.FirstDate is null || e.FirstDate <= e.LastDate),
                $"event {e.Id} runs from {e.FirstDate} to {e.LastDate}");
            CheckCanonical($"event {e.Id}", e.Places);
        }
        foreach (var c in claims)
            Assert.True(eventOfClaim.ContainsKey(c.Id), $"claim {c.Id} (event {c.EventId}) is in no event's list");
    }

    /// <summary>
    /// Contradictions: unique ids ordered by event and id; each names an event of the output; its sides (two or more) hold
    /// claims of that event, of the contradiction's kind and subject (and harm, for casualties), each side one camp, sides of
    /// different camps except for a within-camp verdict; vehicles of different action only as a difference of scope.
    /// </summary>
    public static void CheckContradictions(IReadOnlyList<Claim> claims, IReadOnlyList<Event> events, IReadOnlyList<Contradiction> contradictions)
    {
        var claimById = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var eventIds = events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(contradictions.Count, contradictions.Select(x => x.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(contradictions.OrderBy(x => x.EventId, StringComparer.Ordinal).ThenBy(x => x.Id, StringComparer.Ordinal).Select(x => x.Id),
            contradictions.Select(x => x.Id));
        foreach (var x in contradictions)
        {
            Assert.StartsWith("x-", x.Id, StringComparison.Ordinal);
            Assert.True(eventIds.Contains(x.EventId), $"contradiction {x.Id} names unknown event {x.EventId}");
            Assert.True(Enum.IsDefined(x.Verdict) && Enum.IsDefined(x.Kind), $"contradiction {x.Id}: verdict {x.Verdict}, kind {x.Kind}");
            Assert.InRange(x.Severity, 0, 1);
            Assert.False(string.IsNullOrWhiteSpace(x.Note), $"contradiction {x.Id} has no note");
            Assert.True(x.Sides.Count >= 2, x.Note);
            foreach (var side in x.Sides)
            {
                Assert.True(Enum.IsDefined(side.Camp), $"contradiction {x.Id} has a side of camp {side.Camp}");
                Assert.NotEmpty(side.ClaimIds);
                Assert.False(string.IsNullOrWhiteSpace(side.Summary), $"contradiction {x.Id} has a side without summary");
                foreach (var id in side.ClaimIds)
                {
                    Assert.True(claimById.TryGetValue(id, out var claim), $"contradiction {x.Id} names claim {id} that is not in the output");
                    Assert.True(claim!.Source.Camp == side.Camp, $"contradiction {x.Id}: claim {id} of camp {claim.Source.Camp} on the {side.Camp} side");
                }
            }
            var members = x.Sides.SelectMany(s => s.ClaimIds).Select(id => claimById[id]).ToArray();
            Assert.Equal(members.Length, members.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
            Assert.All(members, c => Assert.Equal(x.EventId, c.EventId));
            Assert.All(members, c => Assert.Equal(x.Kind, c.Kind));
            // Quantities (and polarities) of different subject are never compared; nor casualties of different harm.
            Assert.Single(members.Select(c => c.Subject).Distinct());
            Assert.Single(members.Select(c => c.Kind == ClaimKind.Casualties ? c.Harm ?? Harm.Killed : (Harm?)null).Distinct());
            if (x.Verdict == Verdict.WithinCamp) Assert.Single(x.Sides.Select(s => s.Camp).Distinct());
            else Assert.Equal(x.Sides.Count, x.Sides.Select(s => s.Camp).Distinct().Count());
            // Vehicles with different action only as differentScope.
            if (x.Kind == ClaimKind.Vehicles && members.Select(c => c.Action).Distinct().Count() > 1) Assert.Equal(Verdict.DifferentScope, x.Verdict);
        }
    }

    /// <summary>
    /// The JSON rendering: well-formed, every record there, no raw control character or lone surrogate (the contract is
    /// UTF-8 JSON, so they must arrive escaped), and reading it back and writing it again gives the same JSON values (not
    /// always the same bytes: a lone surrogate is written as the escape \uFFFD, and the character read back is written raw).
    /// </summary>
    private static string CheckJson(Analysis analysis)
    {
        string json = AnalysisJson.Serialize(analysis);
        using (var document = JsonDocument.Parse(json))
        {
            var root = document.RootElement;
            Assert.Equal(analysis.Claims.Count, root.GetProperty("claims").GetArrayLength());
            Assert.Equal(analysis.Reports.Count, root.GetProperty("reports").GetArrayLength());
            Assert.Equal(analysis.Events.Count, root.GetProperty("events").GetArrayLength());
            Assert.Equal(analysis.Contradictions.Count, root.GetProperty("contradictions").GetArrayLength());
        }
        for (int i = 0; i < json.Length; i++)
        {
            char c = json[i];
            Assert.False(c < ' ' && c != '\n', $"raw control character U+{(int)c:X4} at {i} of the JSON");
            if (char.IsHighSurrogate(c) && i + 1 < json.Length && char.IsLowSurrogate(json[i + 1])) { i++; continue; }
            Assert.False(char.IsSurrogate(c), $"lone surrogate U+{(int)c:X4} at {i} of the JSON");
        }
        using (var first = JsonDocument.Parse(json))
        using (var again = JsonDocument.Parse(AnalysisJson.Serialize(AnalysisJson.Read(json))))
            Assert.True(JsonElement.DeepEquals(first.RootElement, again.RootElement), "the JSON read back and written again differs");
        return json;
    }

    private static void CheckUnique(Dictionary<string, Claim> ids, Claim claim)
    {
        if (ids.TryAdd(claim.Id, claim)) return;
        var other = ids[claim.Id];
        Assert.Fail(
            $"duplicate claim id {claim.Id}: {other.ReportId} {other.Kind} [{other.Evidence.Start}, {other.Evidence.End}) and {claim.ReportId} {claim.Kind} [{claim.Evidence.Start}, {claim.Evidence.End})");
    }

    /// <summary>Names that come from the lexicons (subjects, actions, places, actors): present, and free of control and direction characters.</summary>
    private static void CheckCanonical(string owner, IEnumerable<string?> names)
    {
        foreach (var name in names)
        {
            Assert.False(string.IsNullOrWhiteSpace(name), $"{owner} has an empty name");
            Assert.False(name!.Any(c => char.IsControl(c) || DisplayText.IsHidden(c)), $"{owner}: name «{name}» holds a control or hidden character");
        }
    }

    private static void CheckClaim(Report report, Claim claim)
    {
        string text = report.Text;
        var e = claim.Evidence;
        Assert.True(0 <= e.Start && e.Start < e.End && e.End <= text.Length,
            $"claim {claim.Id} of {report.Id}: evidence [{e.Start}, {e.End}) empty or outside the text (length {text.Length})");
        Assert.True(e.Text is not null && text.AsSpan(e.Start, e.End - e.Start).SequenceEqual(e.Text),
            $"claim {claim.Id} of {report.Id}: evidence text differs from text[{e.Start}..{e.End}]");
        Assert.Equal(report.Id, claim.ReportId);
        Assert.StartsWith("c-", claim.Id, StringComparison.Ordinal);
        Assert.True(Enum.IsDefined(claim.Kind), $"claim {claim.Id} has kind {claim.Kind}");
        Assert.NotNull(claim.Source);
        Assert.False(string.IsNullOrEmpty(claim.Source.Name), $"claim {claim.Id} has no source name");
        Assert.True(Enum.IsDefined(claim.Source.Camp), $"claim {claim.Id} has camp {claim.Source.Camp}");
        Assert.NotNull(claim.Source.Via);
        Assert.All(claim.Source.Via, v => Assert.False(string.IsNullOrEmpty(v), $"claim {claim.Id} has an empty name in its chain"));
        Assert.NotNull(claim.Cues);
        Assert.All(claim.Cues, cue => Assert.False(string.IsNullOrEmpty(cue), $"claim {claim.Id} has an empty cue"));
        Assert.NotNull(claim.Places);
        Assert.NotNull(claim.Actors);
        CheckCanonical($"claim {claim.Id}", claim.Places.Concat(claim.Actors));
        Assert.Equal(claim.Places.Count, claim.Places.Distinct(StringComparer.Ordinal).Count());

        bool polar = claim.Kind is ClaimKind.Agreement or ClaimKind.Evacuation;
        Assert.True(polar == claim.Polarity.HasValue, $"claim {claim.Id} ({claim.Kind}) has polarity {claim.Polarity}");
        Assert.True(claim.Polarity is null || Enum.IsDefined(claim.Polarity.Value), $"claim {claim.Id} has polarity {claim.Polarity}");
        Assert.True(polar == (claim.Quantity is null), $"claim {claim.Id} ({claim.Kind}) has quantity {claim.Quantity}");
        Assert.True((claim.Kind == ClaimKind.Casualties) == claim.Harm.HasValue, $"claim {claim.Id} ({claim.Kind}) has harm {claim.Harm}");
        Assert.True(claim.Harm is null || Enum.IsDefined(claim.Harm.Value), $"claim {claim.Id} has harm {claim.Harm}");
        Assert.True(claim.Action is null || claim.Kind is ClaimKind.Vehicles or ClaimKind.Evacuees, $"claim {claim.Id} ({claim.Kind}) has action {claim.Action}");
        if (claim.Action is not null) CheckCanonical($"claim {claim.Id}", [claim.Action]);
        if (!polar) CheckCanonical($"claim {claim.Id} subject", [claim.Subject]);
        if (claim.Quantity is { } q)
        {
            Assert.True(Enum.IsDefined(q.Qualifier), $"claim {claim.Id} has qualifier {q.Qualifier}");
            Assert.True(q.Min >= 0 && (q.Max is null || q.Min <= q.Max), $"claim {claim.Id}: quantity interval [{q.Min}, {q.Max}] is empty or negative");
            Assert.True(q.Min <= q.Best && (q.Max is null || q.Best <= q.Max), $"claim {claim.Id}: best {q.Best} outside [{q.Min}, {q.Max}]");
            Assert.True(q.Qualifier != QuantityQualifier.Exact || (q.Min == q.Max && q.Best == q.Min), $"claim {claim.Id}: exact quantity {q.Min}..{q.Max} (best {q.Best})");
            Assert.True(q.Qualifier != QuantityQualifier.Range || q.Max is not null, $"claim {claim.Id}: a range without upper bound");
            Assert.NotNull(claim.QuantityText);
            Assert.True(claim.QuantityText!.Length <= text.Length, $"claim {claim.Id}: quantity text longer than the report");
        }
        else Assert.Null(claim.QuantityText);
    }
}
