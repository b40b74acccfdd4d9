using ClaimCheck.Output;

namespace ClaimCheck.Tests.Output;

/// <summary>The English wording of contradictions, apart from the detector that decides what disagrees.</summary>
public class ContradictionNotesTests
{
    private static NotedClaim Noted(string id, Quantity? q, Camp camp, string source, string? affiliation = null, string? date = null, string? scope = null, string? action = null) =>
        new(new Claim
        {
            Id = id,
            ReportId = "r",
            Kind = q is null ? ClaimKind.Agreement : ClaimKind.Casualties,
            Quantity = q,
            Polarity = q is null ? Polarity.Denied : null,
            Action = action,
            Source = new SourceRef(source, camp, [], null) { Affiliation = affiliation },
            Evidence = new Evidence(0, 1, "x"),
        }, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), scope);

    [Fact]
    public void A_note_names_the_slot_each_camp_with_its_sources_and_the_reason_it_may_not_conflict()
    {
        var state = new[] { Noted("a", Quantity.Exactly(20), Camp.State, "SANA") };
        var other = new[] { Noted("b", Quantity.Exactly(251), Camp.Other, "Amaq", "Islamic State agency"), Noted("c", Quantity.Exactly(251), Camp.Other, "other") };
        var sides = new List<(ContradictionSide, IReadOnlyList<NotedClaim>)>
        {
            (new ContradictionSide(Camp.State, ["a"], ContradictionNotes.Summary(state, SideSummaryMode.Plain)), state),
            (new ContradictionSide(Camp.Other, ["b", "c"], ContradictionNotes.Summary(other, SideSummaryMode.Plain)), other),
        };

        Assert.Equal("civilians wounded — state (SANA): 20; other (Amaq — Islamic State agency, other): 251.",
            ContradictionNotes.Note(ClaimKind.Casualties, "civilians", Harm.Wounded, Verdict.Contradictory, null, sides));
        Assert.Equal("civilians killed — state (SANA): 20; other (Amaq — Islamic State agency, other): 251 — far apart in time: the situation may have changed.",
            ContradictionNotes.Note(ClaimKind.Casualties, "civilians", null, Verdict.ChangeOverTime, null, sides));
        Assert.Equal("agreement — state (SANA): 20; other (Amaq — Islamic State agency, other): 251 — sources of the same camp disagree.",
            ContradictionNotes.Note(ClaimKind.Agreement, null, null, Verdict.WithinCamp, null, sides));
    }

    [Fact]
    public void A_summary_orders_values_by_count_adds_stage_scope_and_dates_and_caps_the_list()
    {
        var claims = new[]
        {
            Noted("a", Quantity.Exactly(30), Camp.State, "SANA", action: "departed", date: "2018-05-03", scope: "total"),
            Noted("b", Quantity.Exactly(6), Camp.State, "SANA", action: "entered", date: "2018-05-01"),
            Noted("c", Quantity.Exactly(6), Camp.State, "SANA", action: "entered", date: "2018-05-02"),
        };
        Assert.Equal("6, 30 (total)", ContradictionNotes.Summary(claims, SideSummaryMode.Plain));
        Assert.Equal("6 entered, 30 departed (total)", ContradictionNotes.Summary(claims, SideSummaryMode.WithStage));
        Assert.Equal("6 (2018-05-01 to 2018-05-02), 30 (total) (2018-05-03)", ContradictionNotes.Summary(claims, SideSummaryMode.Dated));
        Assert.Equal("denied", ContradictionNotes.Summary([Noted("d", null, Camp.State, "SANA")], SideSummaryMode.Plain));

        var many = Enumerable.Range(1, ContradictionNotes.MaxSummaryValues + 2).Select(v => Noted("n" + v, Quantity.Exactly(v), Camp.Sohr, "SOHR")).ToArray();
        Assert.Equal("1, 2, 3, 4, 5, 6, 7, 8, and 2 more claims", ContradictionNotes.Summary(many, SideSummaryMode.Plain));
        Assert.Equal(ContradictionNotes.MaxSummaryValues, ClaimCheck.Comparison.ContradictionDetector.MaxSummaryValues);
    }
}
