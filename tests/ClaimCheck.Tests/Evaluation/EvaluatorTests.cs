using ClaimCheck.Evaluation;
using ClaimCheck.Tests.Events;

namespace ClaimCheck.Tests.Evaluation;

/// <summary>Each matching rule of output-contract.md / score.py, each miss cause of diagnose.py, and the scoring scope.</summary>
public class EvaluatorTests
{
    private const string R = "r1.txt";

    private static GoldClaim Polar(string id, ClaimKind kind, Polarity[] polarities, Camp[] camps, int start = 10, int end = 30, bool core = true,
        string? note = null, string report = R, string? ev = null) => new()
    {
        Id = id, Report = report, Kind = kind, Camps = camps, Polarities = polarities, Start = start, End = end, Core = core, Note = note, Event = ev,
    };

    private static GoldClaim Count(string id, ClaimKind kind, double? min, double? max, Camp[] camps, string? subject = null, Harm? harm = null,
        int start = 10, int end = 30, bool core = true, string report = R, string? ev = null) => new()
    {
        Id = id, Report = report, Kind = kind, Camps = camps, Min = min, Max = max, Subject = subject, Harm = harm, Start = start, End = end,
        Core = core, Event = ev,
    };

    private static Claim Affirmed(string id, Camp camp, int start = 12, string report = R, Polarity polarity = Polarity.Affirmed, ClaimKind kind = ClaimKind.Agreement) =>
        ClaimBuilder.Polar(id, report, kind, polarity, camp, text: "اتفاق", start: start);

    private static Claim Killed(string id, long min, long? max, string subject, Camp camp, Harm? harm = Harm.Killed, int start = 12, string report = R) =>
        ClaimBuilder.Count(id, report, ClaimKind.Casualties, new Quantity(min, max, min, max == min ? QuantityQualifier.Exact : QuantityQualifier.AtLeast),
            subject, camp, harm: harm, text: "قتل عشرة", start: start);

    private static Analysis With(params Claim[] claims) => new()
    {
        Reports = claims.Select(c => c.ReportId).Distinct().Select(r => ClaimBuilder.Report(r, null)).ToArray(),
        Claims = claims,
    };

    [Fact]
    public void A_claim_of_the_same_report_kind_camp_span_and_polarity_matches()
    {
        var g = Polar("g", ClaimKind.Agreement, [Polarity.Affirmed], [Camp.State, Camp.Other]);
        Assert.True(Evaluator.Matches(g, Affirmed("c", Camp.Other), g.SpanIn(null)));
        Assert.False(Evaluator.Matches(g, Affirmed("c", Camp.Other, report: "r2.txt"), g.SpanIn(null)));
        Assert.False(Evaluator.Matches(g, Affirmed("c", Camp.Other, kind: ClaimKind.Evacuation), g.SpanIn(null)));
        Assert.False(Evaluator.Matches(g, Affirmed("c", Camp.Sohr), g.SpanIn(null)));
        Assert.False(Evaluator.Matches(g, Affirmed("c", Camp.Other, polarity: Polarity.Denied), g.SpanIn(null)));
        Assert.False(Evaluator.Matches(g, Affirmed("c", Camp.Other), goldSpan: null));
    }

    [Theory]
    [InlineData(5, false)]    // [5, 10) against [10, 30): touches, shares no code unit
    [InlineData(6, true)]     // [6, 11) shares 10
    [InlineData(29, true)]    // [29, 34) shares 29
    [InlineData(30, false)]   // [30, 35) starts at the gold end (half-open)
    [InlineData(0, false)]
    public void Evidence_must_share_a_code_unit_with_the_gold_span(int start, bool matches)
    {
        var g = Polar("g", ClaimKind.Agreement, [Polarity.Affirmed], [Camp.Other]);
        Assert.Equal(matches, Evaluator.Matches(g, Affirmed("c", Camp.Other, start: start), g.SpanIn(null))); // "اتفاق": 5 code units
    }

    [Theory]
    [InlineData(new[] { Polarity.Affirmed }, null, Polarity.Affirmed, true)]
    [InlineData(new[] { Polarity.Affirmed }, null, Polarity.Uncertain, false)]
    [InlineData(new[] { Polarity.Affirmed }, "the outlet hedges: uncertain both fit", Polarity.Uncertain, true)]
    [InlineData(new[] { Polarity.Affirmed }, "uncertain both fit", Polarity.Denied, true)]
    [InlineData(new[] { Polarity.Uncertain }, null, Polarity.Uncertain, true)]
    [InlineData(new[] { Polarity.Uncertain }, null, Polarity.Denied, true)]
    [InlineData(new[] { Polarity.Uncertain }, null, Polarity.Affirmed, false)]
    [InlineData(new[] { Polarity.Affirmed, Polarity.Denied }, null, Polarity.Denied, true)]
    [InlineData(new[] { Polarity.Affirmed, Polarity.Denied }, null, Polarity.Uncertain, false)]
    [InlineData(new[] { Polarity.Denied }, null, Polarity.Denied, true)]
    public void Polarity_is_one_of_the_gold_polarities_and_an_open_reading_also_takes_uncertain_and_denied(Polarity[] gold, string? note, Polarity emitted, bool matches)
    {
        var g = Polar("g", ClaimKind.Evacuation, gold, [Camp.Opposition], note: note);
        Assert.Equal(matches, Evaluator.ValueOk(g, Affirmed("c", Camp.Opposition, polarity: emitted, kind: ClaimKind.Evacuation)));
    }

    [Theory]
    [InlineData(30.0, 30.0, 30L, 30L, true)]
    [InlineData(30.0, 30.0, 31L, 31L, false)]
    [InlineData(3001.0, null, 3000L, 3000L, false)]    // "more than 3000" against exactly 3000
    [InlineData(3001.0, null, 5000L, 5000L, true)]
    [InlineData(5.0, 8.0, 10L, null, false)]           // "at least 10" against 5–8
    [InlineData(5.0, 12.0, 10L, null, true)]
    [InlineData(null, 50.0, 40L, 40L, true)]           // "less than 51" against 40
    [InlineData(null, 50.0, 51L, 51L, false)]
    [InlineData(20.0, 99.0, 99L, 99L, true)]           // bounds are inclusive
    public void Count_intervals_must_overlap_with_null_bounds_unbounded(double? gMin, double? gMax, long min, long? max, bool matches)
    {
        var g = Count("g", ClaimKind.Casualties, gMin, gMax, [Camp.Sohr]);
        Assert.Equal(matches, Evaluator.ValueOk(g, Killed("c", min, max, "civilians", Camp.Sohr)));
    }

    [Theory]
    [InlineData("civilians", "civilians", true)]
    [InlineData("Civilians", "civilians", true)]           // case-insensitive
    [InlineData(null, "isis", true)]                       // no gold subject: anything
    [InlineData("isis", null, true)]                       // no emitted subject: anything
    [InlineData("people", "regime-forces", true)]          // "people" fits everyone
    [InlineData("buses", "people", true)]
    [InlineData("fighters", "isis", true)]
    [InlineData("hts", "fighters", true)]
    [InlineData("fighters", "civilians", false)]
    [InlineData("isis", "regime-forces", false)]
    [InlineData("civilians", "children", true)]
    [InlineData("women", "civilians", true)]
    [InlineData("children", "women", false)]
    [InlineData("families", "children", true)]
    [InlineData("women", "families", true)]
    [InlineData("families", "fighters", false)]
    [InlineData("buses", "ambulances", false)]
    public void Subjects_fit_as_score_py_says(string? gold, string? emitted, bool fits) =>
        Assert.Equal(fits, Evaluator.SubjectOk(gold, emitted));

    [Fact]
    public void A_count_with_an_incompatible_subject_does_not_match()
    {
        var g = Count("g", ClaimKind.Casualties, 10, 10, [Camp.Sohr], subject: "regime-forces");
        Assert.False(Evaluator.ValueOk(g, Killed("c", 10, 10, "civilians", Camp.Sohr)));
        Assert.True(Evaluator.ValueOk(g, Killed("c", 10, 10, "fighters", Camp.Sohr)));
    }

    [Theory]
    [InlineData(null, Harm.Killed, true)]               // a gold casualty claim without harm counts the killed
    [InlineData(null, null, true)]
    [InlineData(null, Harm.Wounded, false)]
    [InlineData(Harm.Wounded, Harm.Wounded, true)]
    [InlineData(Harm.Wounded, null, false)]             // no emitted harm is read as killed
    [InlineData(Harm.Wounded, Harm.KilledOrWounded, true)]
    [InlineData(Harm.KilledOrWounded, Harm.Killed, true)]
    [InlineData(Harm.Killed, Harm.Wounded, false)]
    public void Casualty_harm_defaults_to_killed_and_killed_or_wounded_fits_both(Harm? gold, Harm? emitted, bool matches)
    {
        var g = Count("g", ClaimKind.Casualties, 10, 10, [Camp.Sohr], harm: gold);
        Assert.Equal(matches, Evaluator.ValueOk(g, Killed("c", 10, 10, "civilians", Camp.Sohr, harm: emitted)));
    }

    [Fact]
    public void Harm_is_checked_for_casualties_only()
    {
        var g = Count("g", ClaimKind.Evacuees, 300, 300, [Camp.Other]);
        var claim = ClaimBuilder.Count("c", R, ClaimKind.Evacuees, Quantity.Exactly(300), "people", Camp.Other, harm: Harm.Wounded, start: 12);
        Assert.True(Evaluator.Matches(g, claim, g.SpanIn(null)));
    }

    [Fact]
    public void A_quote_without_offsets_is_found_in_the_text_and_measured_in_UTF16_code_units()
    {
        const string text = "😀😀 خرج 300 شخص من البلدة";   // two astral characters: 4 code units, 2 code points
        var g = new GoldClaim { Id = "g", Report = R, Kind = ClaimKind.Evacuees, Camps = [Camp.Other], Min = 300, Max = 300, Quote = "خرج 300 شخص" };
        Assert.Equal(new TextSpan(5, 16), g.SpanIn(text));
        Assert.Null(g.SpanIn(null));
        Assert.Null(g.SpanIn("نص آخر"));

        // A claim at the code-point offsets [3, 4) would miss; the UTF-16 ones match.
        var atCodePoints = ClaimBuilder.Count("a", R, ClaimKind.Evacuees, Quantity.Exactly(300), "people", Camp.Other, text: "ج", start: 3);
        var atCodeUnits = ClaimBuilder.Count("b", R, ClaimKind.Evacuees, Quantity.Exactly(300), "people", Camp.Other, text: "خرج", start: 5);
        var result = Evaluator.Evaluate(new GoldSet([g]), With(atCodePoints, atCodeUnits), new Dictionary<string, string> { [R] = text });
        Assert.Equal((1, 1, 2, 1), (result.Core, result.Found, result.Emitted, result.Matched));
        Assert.Equal(["a"], result.Unmatched.Select(c => c.Id));

        // Offsets, when given, win over the quote.
        var placed = g with { Start = 0, End = 2 };
        Assert.Equal(new TextSpan(0, 2), placed.SpanIn(text));
    }

    [Fact]
    public void Without_the_text_a_quote_only_gold_claim_is_missed_with_no_claim_at_its_span()
    {
        var g = new GoldClaim { Id = "g", Report = R, Kind = ClaimKind.Agreement, Camps = [Camp.Other], Polarities = [Polarity.Affirmed], Quote = "اتفاق" };
        var result = Evaluator.Evaluate(new GoldSet([g]), With(Affirmed("c", Camp.Other)));
        Assert.Equal(0, result.Found);
        Assert.Equal(MissCause.None, Assert.Single(result.Misses).Cause);
    }

    [Fact]
    public void Recall_counts_core_claims_and_precision_the_emitted_claims_of_the_gold_reports()
    {
        var gold = new GoldSet(
        [
            Polar("core", ClaimKind.Agreement, [Polarity.Affirmed], [Camp.Other], start: 10, end: 30),
            Polar("background", ClaimKind.Agreement, [Polarity.Affirmed], [Camp.Other], start: 100, end: 120, core: false),
            Polar("missed", ClaimKind.Agreement, [Polarity.Affirmed], [Camp.Other], start: 200, end: 220),
        ]);
        var analysis = With(
            Affirmed("hit", Camp.Other, start: 12),
            Affirmed("excused", Camp.Other, start: 102),        // matches a non-core gold claim: precise, adds no recall
            Affirmed("extra", Camp.Other, start: 300),          // matches nothing: unmatched
            Affirmed("elsewhere", Camp.Other, report: "r9.txt")); // a report without gold: out of scope
        var result = Evaluator.Evaluate(gold, analysis);
        Assert.Equal((2, 1, 3, 2), (result.Core, result.Found, result.Emitted, result.Matched));
        Assert.Equal(0.5, result.Recall);
        Assert.Equal(2 / 3.0, result.Precision);
        Assert.Equal(["extra"], result.Unmatched.Select(c => c.Id));
        Assert.Equal(["missed"], result.Misses.Select(m => m.Gold.Id));
        var agreement = Assert.Single(result.Kinds);
        Assert.Equal((ClaimKind.Agreement, 2, 1, 3, 2), (agreement.Kind, agreement.Core, agreement.Found, agreement.Emitted, agreement.Matched));
    }

    [Fact]
    public void Figures_are_kept_per_kind()
    {
        var gold = new GoldSet(
        [
            Polar("a", ClaimKind.Agreement, [Polarity.Affirmed], [Camp.Other]),
            Count("k", ClaimKind.Casualties, 10, 10, [Camp.Sohr], start: 40, end: 60),
        ]);
        var result = Evaluator.Evaluate(gold, With(Affirmed("c1", Camp.Other), Killed("c2", 11, 11, "civilians", Camp.Sohr, start: 45)));
        Assert.Equal([ClaimKind.Agreement, ClaimKind.Casualties], result.Kinds.Select(k => k.Kind));
        Assert.Equal((1.0, 1.0), (result.Kinds[0].Recall, result.Kinds[0].Precision));
        Assert.Equal((0.0, 0.0), (result.Kinds[1].Recall, result.Kinds[1].Precision));
        Assert.Equal(1, result.Kinds[1].Causes[MissCause.Quantity]);
        Assert.Equal(1, result.Causes[MissCause.Quantity]);
    }

    [Fact]
    public void A_gold_report_that_was_not_analysed_is_named()
    {
        var gold = new GoldSet([Polar("a", ClaimKind.Agreement, [Polarity.Affirmed], [Camp.Other], report: "absent.txt")]);
        var result = Evaluator.Evaluate(gold, With(Affirmed("c", Camp.Other)));
        Assert.Equal(["absent.txt"], result.UnanalysedReports);
        Assert.Equal(0, result.Emitted);
    }
}
