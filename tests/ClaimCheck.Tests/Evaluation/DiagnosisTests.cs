using ClaimCheck.Evaluation;
using ClaimCheck.Tests.Events;

namespace ClaimCheck.Tests.Evaluation;

/// <summary>The cause of each miss, as diagnose.py classifies it; event B-cubed as events.py; gold contradictions and must-nots as score.py.</summary>
public class DiagnosisTests
{
    private const string R = "r1.txt";

    private static readonly GoldClaim Deal = new()
    {
        Id = "deal", Report = R, Kind = ClaimKind.Agreement, Camps = [Camp.State], Polarities = [Polarity.Denied], Start = 10, End = 30,
    };

    private static readonly GoldClaim Dead = new()
    {
        Id = "dead", Report = R, Kind = ClaimKind.Casualties, Camps = [Camp.Sohr, Camp.Opposition], Min = 20, Max = 20, Subject = "civilians",
        Start = 10, End = 30,
    };

    private static Claim Agreement(string id, Camp camp, Polarity polarity, int start = 12, ClaimKind kind = ClaimKind.Agreement) =>
        ClaimBuilder.Polar(id, R, kind, polarity, camp, text: "اتفاق", start: start);

    private static Claim Casualties(string id, Camp camp, Quantity? quantity, string subject = "civilians", Harm? harm = Harm.Killed, int start = 12) => new()
    {
        Id = id, ReportId = R, Kind = ClaimKind.Casualties, Quantity = quantity, Subject = subject, Harm = harm,
        Source = new SourceRef(camp.ToString(), camp, [], null), Evidence = new Evidence(start, start + 4, "قتلى"),
    };

    private static Miss Diagnose(GoldClaim gold, params Claim[] claims) => Evaluator.Diagnose(gold, claims, gold.SpanIn(null));

    [Fact]
    public void None_when_no_claim_of_the_kind_overlaps_the_span()
    {
        Assert.Equal(MissCause.None, Diagnose(Deal).Cause);
        Assert.Equal(MissCause.None, Diagnose(Deal, Agreement("far", Camp.State, Polarity.Denied, start: 40)).Cause);
        Assert.Equal(MissCause.None, Diagnose(Deal, Agreement("other kind", Camp.State, Polarity.Denied, kind: ClaimKind.Evacuation)).Cause);
        Assert.Equal(MissCause.None, Evaluator.Diagnose(Deal, [Agreement("c", Camp.State, Polarity.Affirmed)], goldSpan: null).Cause);
    }

    [Fact]
    public void Camp_when_the_overlapping_claims_all_have_other_camps()
    {
        var miss = Diagnose(Deal, Agreement("a", Camp.Other, Polarity.Denied), Agreement("b", Camp.Opposition, Polarity.Affirmed, start: 15),
            Agreement("c", Camp.Other, Polarity.Denied, start: 20));
        Assert.Equal(MissCause.Camp, miss.Cause);
        Assert.Equal("camp:opposition,other->state", miss.Detail);
    }

    [Fact]
    public void Polarity_when_a_claim_of_a_gold_camp_reads_another_polarity()
    {
        var miss = Diagnose(Deal, Agreement("a", Camp.Other, Polarity.Denied), Agreement("b", Camp.State, Polarity.Affirmed));
        Assert.Equal((MissCause.Polarity, "polarity:affirmed->denied"), (miss.Cause, miss.Detail));
    }

    [Fact]
    public void Quantity_when_the_claim_of_a_gold_camp_has_no_count_or_a_disjoint_one()
    {
        Assert.Equal((MissCause.Quantity, "quantity:none"), Pair(Diagnose(Dead, Casualties("a", Camp.Sohr, quantity: null))));
        Assert.Equal((MissCause.Quantity, "quantity:25->20"), Pair(Diagnose(Dead, Casualties("a", Camp.Sohr, Quantity.Exactly(25)))));
    }

    [Fact]
    public void Subject_when_the_count_fits_but_the_subject_does_not()
    {
        var miss = Diagnose(Dead, Casualties("a", Camp.Opposition, Quantity.Exactly(20), subject: "regime-forces"));
        Assert.Equal((MissCause.Subject, "subject:regime-forces->civilians"), Pair(miss));
    }

    [Fact]
    public void Harm_when_count_and_subject_fit_but_the_harm_does_not()
    {
        var miss = Diagnose(Dead, Casualties("a", Camp.Sohr, Quantity.Exactly(20), harm: Harm.Wounded));
        Assert.Equal((MissCause.Harm, "harm:wounded->killed"), Pair(miss));
    }

    [Fact]
    public void The_first_overlapping_claim_of_a_gold_camp_decides_the_cause()
    {
        var subjectFirst = Diagnose(Dead, Casualties("a", Camp.State, Quantity.Exactly(20)), Casualties("b", Camp.Sohr, Quantity.Exactly(20), subject: "isis"),
            Casualties("c", Camp.Opposition, Quantity.Exactly(99)));
        Assert.Equal(MissCause.Subject, subjectFirst.Cause);
        var quantityFirst = Diagnose(Dead, Casualties("c", Camp.Opposition, Quantity.Exactly(99)), Casualties("b", Camp.Sohr, Quantity.Exactly(20), subject: "isis"));
        Assert.Equal(MissCause.Quantity, quantityFirst.Cause);
    }

    [Fact]
    public void Evaluate_lists_each_core_miss_once_with_its_cause_and_counts_them_per_kind()
    {
        var gold = new GoldSet([Deal, Dead with { Id = "dead2", Start = 50, End = 70 }, Deal with { Id = "quiet", Core = false, Start = 80, End = 90 }]);
        var analysis = new Analysis { Claims = [Agreement("a", Camp.Other, Polarity.Denied), Casualties("k", Camp.Sohr, Quantity.Exactly(20), harm: Harm.Wounded, start: 55)] };
        var result = Evaluator.Evaluate(gold, analysis);
        Assert.Equal([("deal", MissCause.Camp), ("dead2", MissCause.Harm)], result.Misses.Select(m => (m.Gold.Id, m.Cause)));
        Assert.Equal(1, result.Kinds.Single(k => k.Kind == ClaimKind.Agreement).Causes[MissCause.Camp]);
        Assert.Equal(1, result.Kinds.Single(k => k.Kind == ClaimKind.Casualties).Causes[MissCause.Harm]);
    }

    private static (MissCause, string) Pair(Miss miss) => (miss.Cause, miss.Detail);

    [Fact]
    public void BCubed_on_a_hand_made_case()
    {
        // Gold A = {1, 2, 3}, gold B = {4, 5}; predicted p = {1, 2}, q = {3, 4}, r = {5}.
        // Precision: 1, 1, 1/2, 1/2, 1 → 4/5. Recall: 2/3, 2/3, 1/3, 1/2, 1/2 → 8/15. F1 = 2·(4/5)·(8/15) / (4/5 + 8/15) = 16/25.
        var score = EventScore.BCubed([("A", "p"), ("A", "p"), ("A", "q"), ("B", "q"), ("B", "r")]);
        Assert.Equal(5, score.Claims);
        Assert.Equal(0.8, score.Precision, 12);
        Assert.Equal(8 / 15.0, score.Recall, 12);
        Assert.Equal(0.64, score.F1, 12);
        Assert.Equal((2, 3), (score.GoldEvents, score.PredictedEvents));
    }

    [Fact]
    public void BCubed_puts_claims_without_an_event_together_and_is_zero_when_empty()
    {
        var score = EventScore.BCubed([("A", null), ("B", null)]);
        Assert.Equal((0.5, 1.0, 1), (score.Precision, score.Recall, score.PredictedEvents));
        var empty = EventScore.BCubed([]);
        Assert.Equal((0, 0.0, 0.0, 0.0), (empty.Claims, empty.Precision, empty.Recall, empty.F1));
    }

    [Fact]
    public void Events_are_scored_over_core_gold_claims_with_a_slug_that_were_found_by_their_first_matching_claim()
    {
        GoldClaim G(string id, string ev, int start, bool core = true) => new()
        {
            Id = id, Report = R, Kind = ClaimKind.Agreement, Camps = [Camp.Other], Polarities = [Polarity.Affirmed], Start = start, End = start + 10,
            Event = ev, Core = core,
        };
        Claim C(string id, int start, string eventId) => Agreement(id, Camp.Other, Polarity.Affirmed, start: start) with { EventId = eventId };
        var gold = new GoldSet([G("g1", "siege", 0), G("g2", "siege", 20), G("g3", "deal", 40), G("g4", "deal", 60, core: false), G("g5", "deal", 80)]);
        var analysis = new Analysis
        {
            Claims = [C("c1", 1, "e1"), C("c1b", 2, "e9"), C("c2", 21, "e1"), C("c3", 41, "e1"), C("c4", 61, "e2")], // g5 is not found
        };
        var events = Evaluator.Evaluate(gold, analysis).Events!;
        Assert.Equal(EventScore.BCubed([("siege", "e1"), ("siege", "e1"), ("deal", "e1")]), events);
        Assert.Equal((3, 2, 1), (events.Claims, events.GoldEvents, events.PredictedEvents));

        Assert.Null(Evaluator.Evaluate(new GoldSet([G("g1", "siege", 0) with { Event = null }]), analysis).Events);
    }

    private static Contradiction Conflict(Verdict verdict, string? subject, params (Camp Camp, string[] Ids)[] sides) => new()
    {
        Id = "x", EventId = "e", Kind = ClaimKind.Agreement, Subject = subject, Verdict = verdict, Severity = 1, Note = "",
        Sides = sides.Select(s => new ContradictionSide(s.Camp, s.Ids, "")).ToArray(),
    };

    [Fact]
    public void A_gold_contradiction_is_found_by_one_flagged_contradiction_with_found_claims_of_two_gold_camps()
    {
        var denied = Deal with { Id = "no" };
        var affirmed = Deal with { Id = "yes", Camps = [Camp.Opposition], Polarities = [Polarity.Affirmed], Start = 40, End = 60 };
        var claims = new[] { Agreement("s", Camp.State, Polarity.Denied), Agreement("o", Camp.Opposition, Polarity.Affirmed, start: 45) };
        var x = new GoldContradiction("X1", ClaimKind.Agreement, null, new Dictionary<Camp, IReadOnlyList<string>>
        {
            [Camp.State] = ["no"], [Camp.Opposition] = ["yes"],
        });
        bool Found(params Contradiction[] contradictions) =>
            Assert.Single(Evaluator.Evaluate(new GoldSet([denied, affirmed], [x]), new Analysis { Claims = claims, Contradictions = contradictions }).Contradictions).Passed;

        Assert.True(Found(Conflict(Verdict.Contradictory, null, (Camp.State, ["s"]), (Camp.Opposition, ["o"]))));
        Assert.True(Found(Conflict(Verdict.DifferentScope, null, (Camp.State, ["s"]), (Camp.Opposition, ["o"]))));
        Assert.False(Found(Conflict(Verdict.ChangeOverTime, null, (Camp.State, ["s"]), (Camp.Opposition, ["o"]))));
        Assert.False(Found(Conflict(Verdict.Contradictory, null, (Camp.State, ["s"]), (Camp.Other, ["o"]))));     // the side's camp must be the gold camp
        Assert.False(Found(Conflict(Verdict.Contradictory, null, (Camp.State, ["s"]), (Camp.Opposition, ["zz"])))); // claims that found no gold claim
        Assert.False(Found());
    }

    [Fact]
    public void Must_nots_hold_as_score_py_checks_them()
    {
        var a = Deal with { Id = "a" };
        var b = Deal with { Id = "b", Start = 40, End = 60 };
        var ca = Agreement("ca", Camp.State, Polarity.Denied) with { EventId = "e1" };
        var cb = Agreement("cb", Camp.State, Polarity.Denied, start: 45) with { EventId = "e1" };
        bool Holds(string kind, Claim second, params Contradiction[] contradictions) =>
            Assert.Single(Evaluator.Evaluate(new GoldSet([a, b], mustNot: [new GoldMustNot("N", kind, "a", "b")]),
                new Analysis { Claims = [ca, second], Contradictions = contradictions }).MustNot).Passed;

        Assert.False(Holds("separate-events", cb));
        Assert.True(Holds("separate-events", cb with { EventId = "e2" }));
        var across = Conflict(Verdict.ChangeOverTime, null, (Camp.State, ["ca"]), (Camp.Opposition, ["cb"]));
        Assert.True(Holds("not-same-time", cb, across));
        Assert.False(Holds("not-same-time", cb, across with { Verdict = Verdict.Contradictory }));
        Assert.False(Holds("not-compared", cb, across));
        Assert.True(Holds("not-compared", cb));
    }
}
