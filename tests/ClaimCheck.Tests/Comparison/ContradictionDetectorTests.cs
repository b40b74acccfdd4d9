using System.Globalization;
using System.Text.Json;
using ClaimCheck.Comparison;
using ClaimCheck.Events;
using ClaimCheck.Tests.Events;
using static ClaimCheck.Tests.Events.ClaimBuilder;

namespace ClaimCheck.Tests.Comparison;

public class ContradictionDetectorTests
{
    private static AlignmentResult InEvents(params Claim[] claims)
    {
        var withEvent = claims.Select(c => c.EventId is null ? c with { EventId = "e-1" } : c).ToArray();
        var events = withEvent.GroupBy(c => c.EventId!).Select(g => new Event
        {
            Id = g.Key,
            Label = g.Key,
            ClaimIds = g.Select(c => c.Id).Order(StringComparer.Ordinal).ToArray(),
        }).OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
        return new AlignmentResult(events, withEvent);
    }

    private static IReadOnlyList<Contradiction> Detect(Claim[] claims, IReadOnlyDictionary<string, string?>? published = null, ComparisonOptions? options = null)
    {
        var reports = claims.Select(c => c.ReportId).Distinct()
            .Select(id => Report(id, published is not null && published.TryGetValue(id, out var p) ? p : null)).ToList();
        var alignment = InEvents(claims);
        var found = new ContradictionDetector(options).Detect(alignment, reports);
        var results = claims.GroupBy(c => c.ReportId).Select(g => new ReportResult(reports.Single(r => r.Id == g.Key), g.ToArray())).ToList();
        ContractRules.AssertHold(results, alignment, found, reports, (options ?? ComparisonOptions.Default).SameTimeWindowDays, eventWindowDays: int.MaxValue, aligned: false);
        return found;
    }

    private static Claim Agreement(string id, Polarity polarity, Camp camp, string? date = "2018-05-21", string report = "r", string? source = null) =>
        Polar(id, report, ClaimKind.Agreement, polarity, camp, date: date, source: source);

    private static Claim Killed(string id, Quantity q, string subject, Camp camp, string? date = "2018-05-21", Harm? harm = Harm.Killed, string? source = null) =>
        Count(id, "r", ClaimKind.Casualties, q, subject, camp, harm: harm, date: date, source: source);

    private static Claim Buses(string id, Quantity q, string? action, Camp camp, string? text = null, string[]? cues = null) =>
        Count(id, "r", ClaimKind.Vehicles, q, "buses", camp, action: action, date: "2018-05-20", text: text, cues: cues);

    private static Quantity About(long v) => new(v, v, v, QuantityQualifier.About);

    private static Quantity MoreThan(long v) => new(v + 1, null, v, QuantityQualifier.MoreThan);

    // ------------------------------------------------------------------ polarity

    [Fact]
    public void AffirmedAgainstDeniedAcrossCampsIsContradictory()
    {
        var found = Detect([
            Agreement("s1", Polarity.Denied, Camp.State, source: "SANA"),
            Agreement("s2", Polarity.Denied, Camp.State, source: "Syrian state media"),
            Agreement("o1", Polarity.Affirmed, Camp.Opposition, source: "Horria Press"),
        ]);
        var x = Assert.Single(found);
        Assert.Equal(Verdict.Contradictory, x.Verdict);
        Assert.Equal(ClaimKind.Agreement, x.Kind);
        Assert.Equal(1.0, x.Severity);
        Assert.Equal([Camp.State, Camp.Opposition], x.Sides.Select(s => s.Camp));
        Assert.Equal(["s1", "s2"], x.Sides[0].ClaimIds);
        Assert.Equal("denied", x.Sides[0].Summary);
        Assert.Equal("affirmed", x.Sides[1].Summary);
        Assert.Equal("agreement — state (SANA, Syrian state media): denied; opposition (Horria Press): affirmed.", x.Note);
    }

    [Fact]
    public void UncertainCountsAsNeitherSide()
    {
        Assert.Empty(Detect([Agreement("u", Polarity.Uncertain, Camp.Opposition), Agreement("d", Polarity.Denied, Camp.State)]));
        var x = Assert.Single(Detect([
            Agreement("u", Polarity.Uncertain, Camp.Opposition),
            Agreement("u2", Polarity.Uncertain, Camp.Other),
            Agreement("a", Polarity.Affirmed, Camp.Opposition),
            Agreement("d", Polarity.Denied, Camp.State),
        ]));
        Assert.DoesNotContain(x.Sides, s => s.ClaimIds.Contains("u") || s.ClaimIds.Contains("u2"));
        Assert.Equal(2, x.Sides.Count);
    }

    [Fact]
    public void ACampTakesTheStanceOfMostOfItsClaims()
    {
        var found = Detect([
            Agreement("s1", Polarity.Denied, Camp.State),
            Agreement("s2", Polarity.Denied, Camp.State),
            Agreement("s3", Polarity.Affirmed, Camp.State, source: "military source"),
            Agreement("o1", Polarity.Affirmed, Camp.Opposition),
        ]);
        var cross = found.Single(x => x.Verdict == Verdict.Contradictory);
        Assert.Equal(["s1", "s2"], cross.Sides.Single(s => s.Camp == Camp.State).ClaimIds);
        var within = found.Single(x => x.Verdict == Verdict.WithinCamp);
        Assert.All(within.Sides, s => Assert.Equal(Camp.State, s.Camp));
        Assert.Equal(["affirmed", "denied"], within.Sides.Select(s => s.Summary));
        Assert.Equal(0.8, within.Severity);
        Assert.EndsWith("sources of the same camp disagree.", within.Note);
    }

    [Fact]
    public void ASplitCampTakesNoSide()
    {
        var found = Detect([
            Agreement("x1", Polarity.Affirmed, Camp.Other),
            Agreement("x2", Polarity.Denied, Camp.Other),
            Agreement("s", Polarity.Denied, Camp.State),
            Agreement("o", Polarity.Affirmed, Camp.Opposition),
        ]);
        Assert.Equal([Camp.State, Camp.Opposition], found.Single(x => x.Verdict == Verdict.Contradictory).Sides.Select(s => s.Camp));
        Assert.Equal(Camp.Other, found.Single(x => x.Verdict == Verdict.WithinCamp).Sides[0].Camp);
    }

    [Fact]
    public void AgreeingCampsGiveNothing() =>
        Assert.Empty(Detect([Agreement("a", Polarity.Affirmed, Camp.State), Agreement("b", Polarity.Affirmed, Camp.Sohr), Agreement("c", Polarity.Affirmed, Camp.Other)]));

    [Fact]
    public void KindsAreSeparateSlots() =>
        Assert.Empty(Detect([Agreement("a", Polarity.Affirmed, Camp.Opposition), Polar("e", "r", ClaimKind.Evacuation, Polarity.Denied, Camp.State, date: "2018-05-21")]));

    // ------------------------------------------------------------------ time

    [Fact]
    public void ClaimsAMonthApartAreAChangeOverTime()
    {
        var found = Detect([
            Agreement("april", Polarity.Denied, Camp.Sohr, "2018-04-19", source: "SOHR"),
            Agreement("may1", Polarity.Affirmed, Camp.Opposition, "2018-05-20"),
            Agreement("may2", Polarity.Affirmed, Camp.Opposition, "2018-05-21"),
        ]);
        var x = Assert.Single(found);
        Assert.Equal(Verdict.ChangeOverTime, x.Verdict);
        Assert.Equal(0.3, x.Severity);
        Assert.Equal("denied (2018-04-19)", x.Sides.Single(s => s.Camp == Camp.Sohr).Summary);
        Assert.Equal("affirmed (2018-05-20 to 2018-05-21)", x.Sides.Single(s => s.Camp == Camp.Opposition).Summary);
        Assert.Contains("far apart in time", x.Note);
    }

    [Theory]
    [InlineData("2018-05-14", Verdict.Contradictory)]
    [InlineData("2018-05-13", Verdict.ChangeOverTime)]
    public void TheSameTimeWindowIsSevenDays(string earlier, Verdict verdict)
    {
        var found = Detect([Agreement("a", Polarity.Denied, Camp.State, earlier), Agreement("b", Polarity.Affirmed, Camp.Opposition, "2018-05-21")]);
        Assert.Equal(verdict, Assert.Single(found).Verdict);
    }

    [Fact]
    public void ReportDatesStandInForClaimDates()
    {
        var published = new Dictionary<string, string?> { ["r1"] = "2018-04-19", ["r2"] = "2018-05-21" };
        var found = Detect([Agreement("a", Polarity.Denied, Camp.Sohr, null, "r1"), Agreement("b", Polarity.Affirmed, Camp.Opposition, null, "r2")], published);
        Assert.Equal(Verdict.ChangeOverTime, Assert.Single(found).Verdict);
    }

    [Fact]
    public void UndatedClaimsAreComparedWithEveryPeriod()
    {
        var found = Detect([
            Agreement("undated", Polarity.Denied, Camp.State, null),
            Agreement("april", Polarity.Affirmed, Camp.Opposition, "2018-04-19"),
            Agreement("may", Polarity.Affirmed, Camp.Other, "2018-05-21"),
        ]);
        var contradictory = found.Where(x => x.Verdict == Verdict.Contradictory).ToArray();
        Assert.Equal(2, contradictory.Length);
        Assert.All(contradictory, x => Assert.Contains(x.Sides, s => s.ClaimIds.Contains("undated")));
        Assert.DoesNotContain(found, x => x.Verdict == Verdict.ChangeOverTime);
    }

    [Fact]
    public void APeriodNeverSpansMoreThanTheWindow()
    {
        // Day 0 and day 6 are one period; day 12 starts another, 6 days after day 6: not far apart, not the same period.
        var found = Detect([
            Killed("d0", Quantity.Exactly(10), "civilians", Camp.State, "2018-05-01"),
            Killed("d6", Quantity.Exactly(50), "civilians", Camp.Opposition, "2018-05-07"),
            Killed("d12", Quantity.Exactly(10), "civilians", Camp.Other, "2018-05-13"),
        ]);
        var x = Assert.Single(found);
        Assert.Equal(Verdict.Contradictory, x.Verdict);
        Assert.Equal(["d0", "d6"], x.Sides.SelectMany(s => s.ClaimIds).Order());
    }

    [Fact]
    public void CountsFarApartAreAChangeOverTime()
    {
        var found = Detect([Killed("jan", Quantity.Exactly(100), "civilians", Camp.Sohr, "2018-01-10"), Killed("mar", Quantity.Exactly(500), "civilians", Camp.State, "2018-03-10")]);
        var x = Assert.Single(found);
        Assert.Equal(Verdict.ChangeOverTime, x.Verdict);
        Assert.Equal(Math.Round(0.3 * 0.8, 3), x.Severity);
        Assert.Equal("100 (2018-01-10)", x.Sides.Single(s => s.Camp == Camp.Sohr).Summary);
        Assert.Equal([Camp.State, Camp.Sohr], x.Sides.Select(s => s.Camp));
    }

    // ------------------------------------------------------------------ counts

    public static TheoryData<string> QuantitySpec() => [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Specs", "quantity-comparison.jsonl")).Where(l => l.Trim().Length > 0)];

    [Theory]
    [MemberData(nameof(QuantitySpec))]
    public void IntervalsCompareWithHedgesAndTolerance(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var a = ParseQuantity(doc.RootElement.GetProperty("a"));
        var b = ParseQuantity(doc.RootElement.GetProperty("b"));
        bool agree = doc.RootElement.GetProperty("agree").GetBoolean();
        Assert.Equal(agree, QuantityComparison.Agree(a, b));
        Assert.Equal(agree, QuantityComparison.Agree(b, a));
        // The same pair as two camps' casualty counts: contradictory exactly when the intervals do not meet.
        var found = Detect([Killed("a", a, "civilians", Camp.Sohr), Killed("b", b, "civilians", Camp.Opposition)]);
        Assert.Equal(agree ? 0 : 1, found.Count(x => x.Verdict == Verdict.Contradictory));
    }

    [Theory]
    [InlineData(251, 1000, 0.749)]
    [InlineData(6, 7, 0.143)]
    [InlineData(7, 6, 0.143)]
    [InlineData(0, 0, 0)]
    [InlineData(0, 5, 1)]
    [InlineData(900, 900, 0)]
    public void DistanceIsASquashedLogRatio(long a, long b, double expected) =>
        Assert.Equal(expected, QuantityComparison.Distance(Quantity.Exactly(a), Quantity.Exactly(b)), 3);

    [Fact]
    public void CampsCountingDifferentTollsAreContradictory()
    {
        var found = Detect([
            Killed("sohr", Quantity.Exactly(251), "regime-forces", Camp.Sohr, source: "SOHR"),
            Killed("activists", MoreThan(1000), "regime-forces", Camp.Opposition, source: "activists"),
            Killed("horria", new Quantity(1000, null, 1000, QuantityQualifier.About), "regime-forces", Camp.Opposition, source: "Horria Press"),
            Killed("amaq", Quantity.Exactly(900), "regime-forces", Camp.Other, source: "Amaq"),
        ]);
        var x = Assert.Single(found);
        Assert.Equal(Verdict.Contradictory, x.Verdict);
        Assert.Equal("regime-forces", x.Subject);
        Assert.Null(x.Action);
        Assert.Equal(0.749, x.Severity);
        Assert.Equal(["251", "about 1000, more than 1000", "900"], x.Sides.Select(s => s.Summary));
        Assert.Equal("regime-forces killed — SOHR: 251; opposition (Horria Press, activists): about 1000, more than 1000; other (Amaq): 900.", x.Note);
    }

    [Fact]
    public void CloserCountsAreLessSevere()
    {
        var far = Detect([Killed("a", Quantity.Exactly(10), "civilians", Camp.Sohr), Killed("b", Quantity.Exactly(1000), "civilians", Camp.State)]).Single();
        var near = Detect([Killed("a", Quantity.Exactly(10), "civilians", Camp.Sohr), Killed("b", Quantity.Exactly(14), "civilians", Camp.State)]).Single();
        Assert.True(far.Severity > near.Severity);
    }

    [Fact]
    public void DifferentSubjectsAreNeverCompared()
    {
        Assert.Empty(Detect([Killed("civilians", Quantity.Exactly(56), "civilians", Camp.Sohr), Killed("regime", Quantity.Exactly(251), "regime-forces", Camp.State)]));
        Assert.Empty(Detect([Killed("fighters", Quantity.Exactly(484), "fighters", Camp.Sohr), Killed("regime", Quantity.Exactly(251), "regime-forces", Camp.Opposition)]));
    }

    [Fact]
    public void KilledAndWoundedAreNeverCompared_AndNoHarmMeansKilled()
    {
        Assert.Empty(Detect([Killed("k", Quantity.Exactly(10), "civilians", Camp.Sohr), Killed("w", Quantity.Exactly(100), "civilians", Camp.State, harm: Harm.Wounded)]));
        Assert.Single(Detect([Killed("k", Quantity.Exactly(10), "civilians", Camp.Sohr), Killed("n", Quantity.Exactly(100), "civilians", Camp.State, harm: null)]));
    }

    [Fact]
    public void VehiclesWithDifferentActionsAreOnlyADifferentScope()
    {
        var found = Detect([
            Buses("left", Quantity.Exactly(6), "departed", Camp.Sohr),
            Buses("gathered", About(20), "gathered", Camp.Opposition),
            Buses("entered", MoreThan(20), "entered", Camp.Other),
        ]);
        var x = Assert.Single(found);
        Assert.Equal(Verdict.DifferentScope, x.Verdict);
        Assert.Null(x.Action);
        Assert.Equal(["6 departed", "about 20 gathered", "more than 20 entered"], x.Sides.Select(s => s.Summary));
        Assert.Equal(Math.Round(0.4 * (1 - 6 / 20.0), 3), x.Severity);
        Assert.Contains("not necessarily a conflict", x.Note);
    }

    [Fact]
    public void VehiclesWithTheSameActionAreContradictory()
    {
        var x = Assert.Single(Detect([Buses("a", Quantity.Exactly(6), "departed", Camp.Sohr), Buses("b", Quantity.Exactly(20), "departed", Camp.Opposition)]));
        Assert.Equal(Verdict.Contradictory, x.Verdict);
        Assert.Equal("departed", x.Action);
        Assert.Equal("buses departed — SOHR: 6; opposition: 20.", x.Note);
    }

    [Theory]
    [InlineData("خرجت الدفعة الأولى وتضم 400 مقاتل", null)]
    [InlineData("خرجت الدُّفعة الأولى وتضمّ ٤٠٠ مقاتل", null)]
    [InlineData("وبالدفعـــة الأولى 400 مقاتل", null)]
    [InlineData("خروج 400 مقاتل", "scope:batch-1")]
    public void AFirstBatchAgainstATotalIsADifferentScope(string text, string? cue)
    {
        var batch = Count("batch", "r", ClaimKind.Evacuees, Quantity.Exactly(400), "fighters", Camp.Opposition, action: "departed", date: "2018-05-20", text: text, cues: cue is null ? null : [cue]);
        var total = Count("total", "r", ClaimKind.Evacuees, About(1500), "fighters", Camp.State, action: "departed", date: "2018-05-20", text: "خروج نحو 1500 مقاتل");
        var x = Assert.Single(Detect([batch, total]));
        Assert.Equal(Verdict.DifferentScope, x.Verdict);
        Assert.Equal("departed", x.Action);
        Assert.Contains(x.Sides, s => s.Summary == "400 departed (batch-1)");
    }

    [Fact]
    public void TwoCountsOfTheSameBatchAreContradictory()
    {
        var a = Count("a", "r", ClaimKind.Evacuees, Quantity.Exactly(400), "fighters", Camp.Opposition, date: "2018-05-20", text: "الدفعة الأولى 400 مقاتل");
        var b = Count("b", "r", ClaimKind.Evacuees, Quantity.Exactly(60), "fighters", Camp.State, date: "2018-05-20", text: "أول دفعة ضمت 60 مقاتلا");
        Assert.Equal(Verdict.Contradictory, Assert.Single(Detect([a, b])).Verdict);
    }

    [Fact]
    public void OneCampDisagreeingWithItselfIsWithinCamp()
    {
        var x = Assert.Single(Detect([
            Killed("a", Quantity.Exactly(251), "regime-forces", Camp.Sohr, source: "SOHR"),
            Killed("b", Quantity.Exactly(500), "regime-forces", Camp.Sohr, source: "Rami Abdel Rahman"),
        ]));
        Assert.Equal(Verdict.WithinCamp, x.Verdict);
        Assert.Equal(["251", "500"], x.Sides.Select(s => s.Summary));
        Assert.All(x.Sides, s => Assert.Equal(Camp.Sohr, s.Camp));
        Assert.Equal(Math.Round(0.8 * (1 - 251 / 500.0), 3), x.Severity);
    }

    [Fact]
    public void OneCampWithDifferentActionsIsNotFlagged() =>
        Assert.Empty(Detect([Buses("a", Quantity.Exactly(6), "departed", Camp.Sohr), Buses("b", Quantity.Exactly(20), "entered", Camp.Sohr)]));

    // ------------------------------------------------------------------ events, ids, order

    [Fact]
    public void ClaimsOfDifferentEventsAreNeverCompared()
    {
        var a = Agreement("a", Polarity.Denied, Camp.State) with { EventId = "e-a" };
        var b = Agreement("b", Polarity.Affirmed, Camp.Opposition) with { EventId = "e-b" };
        Assert.Empty(Detect([a, b]));
    }

    [Fact]
    public void ClaimsWithoutAnEventAreSkipped()
    {
        var alignment = new AlignmentResult([], [Agreement("a", Polarity.Denied, Camp.State), Agreement("b", Polarity.Affirmed, Camp.Opposition)]);
        Assert.Empty(new ContradictionDetector().Detect(alignment, []));
    }

    [Fact]
    public void IdsAreStableAndTheOrderIsFixed()
    {
        Claim[] claims =
        [
            Agreement("s", Polarity.Denied, Camp.State) with { EventId = "e-2" },
            Agreement("o", Polarity.Affirmed, Camp.Opposition) with { EventId = "e-2" },
            Killed("k1", Quantity.Exactly(10), "civilians", Camp.Sohr) with { EventId = "e-1" },
            Killed("k2", Quantity.Exactly(90), "civilians", Camp.State) with { EventId = "e-1" },
            Killed("k3", Quantity.Exactly(90), "civilians", Camp.Sohr) with { EventId = "e-1" },
        ];
        var first = Detect(claims);
        var again = Detect(claims.Reverse().ToArray());
        Assert.Equal(first.Select(x => x.Id), again.Select(x => x.Id));
        Assert.Equal(EventSeedsTests.Serialize(InEvents(claims), first), EventSeedsTests.Serialize(InEvents(claims), again));
        Assert.All(first, x => Assert.Matches("^x-[0-9a-f]{16}$", x.Id));
        Assert.Equal(["e-1", "e-1", "e-2"], first.Select(x => x.EventId));
    }

    [Theory]
    [InlineData(-1, 1.0)]
    [InlineData(7, 1.5)]
    [InlineData(7, -0.1)]
    public void BadOptionsAreRejected(int window, double directness) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContradictionDetector(new ComparisonOptions { SameTimeWindowDays = window, ContradictoryDirectness = directness }));

    private static Quantity ParseQuantity(JsonElement q)
    {
        long? max = q.GetProperty("max").ValueKind == JsonValueKind.Null ? null : q.GetProperty("max").GetInt64();
        return new Quantity(q.GetProperty("min").GetInt64(), max, q.GetProperty("best").GetInt64(),
            Enum.Parse<QuantityQualifier>(q.GetProperty("qualifier").GetString()!, ignoreCase: true));
    }
}
