using System.Globalization;
using ClaimCheck.Events;
using ClaimCheck.Output;

namespace ClaimCheck.Comparison;

/// <summary>
/// Flags where sources disagree inside an event, slot by slot.
/// </summary>
/// <remarks>
/// <para>
/// <b>Slots.</b> Claims are compared only within one event and one slot: the same kind, the same subject and, for casualties, the
/// same harm (no harm means killed). Claims of different subjects are never compared: civilians killed and regime forces killed
/// are two slots. <b>Time.</b> The claims of a slot are cut into periods: dated claims (the claim's date, else the report's) are
/// sorted and split where consecutive dates lie more than <see cref="ComparisonOptions.SameTimeWindowDays"/> apart, and a period
/// longer than the window is split again so that no period spans more than the window; claims without a date join every period.
/// Claims are contradictory only within a period. Each period is also compared with the latest earlier period that lies beyond the
/// window: dated claims of different camps that disagree across them give <see cref="Verdict.ChangeOverTime"/>.
/// </para>
/// <para>
/// <b>Polarity</b> (agreement, evacuation). Within a period each camp takes the stance most of its claims take (affirmed or
/// denied; a tie is no stance). <see cref="Polarity.Uncertain"/> counts as neither side: a source that reports conflicting accounts
/// contradicts nobody, so uncertain claims never appear in a contradiction. When one camp affirms and another denies, the
/// verdict is <see cref="Verdict.Contradictory"/>, with one side per camp holding its stance; a camp with claims on both sides
/// also gets a <see cref="Verdict.WithinCamp"/> record.
/// </para>
/// <para>
/// <b>Counts</b> (casualties, vehicles, evacuees). Two counts disagree when their comparison intervals do not overlap
/// (<see cref="QuantityComparison.Agree"/>: hedged and round values widened by <see cref="Quantity.AboutTolerance"/>). Disagreeing
/// counts of different camps are contradictory when they share action and scope (<see cref="ScopeLexicon"/>: a first batch, a
/// total), and <see cref="Verdict.DifferentScope"/> when the action (buses that left against buses that entered) or the scope
/// differs; disagreeing counts of one camp with the same action and scope are <see cref="Verdict.WithinCamp"/>. Counts are not
/// compared pair by pair: each stage-and-camp group is indexed by its bounds, so a claim learns in O(log n) whether some claim of a
/// group disagrees with it and how far the farthest one lies; a slot of n claims costs O(n log n).
/// </para>
/// <para>
/// <b>Severity</b> = distance × directness: the distance is 1 for affirmed against denied and <see cref="QuantityComparison.Distance(Quantity, Quantity)"/>
/// (a squashed log-ratio) for counts, the largest over the record's disagreeing pairs; the directness comes from the verdict
/// (<see cref="ComparisonOptions"/>). Sides come from different camps except in <see cref="Verdict.WithinCamp"/>. Ids are content
/// derived ("x-" + hash of event, slot, verdict, action and claim ids) and the list is ordered by event id, then id.
/// </para>
/// </remarks>
public sealed class ContradictionDetector
{
    private readonly ComparisonOptions _o;

    /// <summary>Creates a detector.</summary>
    /// <param name="options">Options; <see cref="ComparisonOptions.Default"/> when null.</param>
    public ContradictionDetector(ComparisonOptions? options = null)
    {
        _o = options ?? ComparisonOptions.Default;
        _o.Validate();
    }

    /// <summary>The options in use.</summary>
    public ComparisonOptions Options => _o;

    /// <summary>The contradictions inside the events of <paramref name="alignment"/>; claims without an event id are skipped.</summary>
    /// <param name="alignment">Aligned claims.</param>
    /// <param name="reports">The reports, for publication dates (a claim without a date takes its report's).</param>
    public IReadOnlyList<Contradiction> Detect(AlignmentResult alignment, IReadOnlyList<ReportInfo> reports)
    {
        ArgumentNullException.ThrowIfNull(alignment);
        ArgumentNullException.ThrowIfNull(reports);
        var published = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        foreach (var r in reports)
        {
            if (r?.Id is null) continue;
            // A report listed twice keeps its earliest known date, whatever the order of the list.
            if (!published.TryGetValue(r.Id, out var known) || known is null || (r.Published is { } d && d < known.Value)) published[r.Id] = r.Published ?? known;
        }

        var byEvent = new Dictionary<string, List<ComparedClaim>>(StringComparer.Ordinal);
        foreach (var c in alignment.Claims ?? [])
        {
            if (c?.EventId is null || c.Source is null) continue;
            var date = c.Date ?? (c.ReportId is not null && published.TryGetValue(c.ReportId, out var p) ? p : null);
            if (!byEvent.TryGetValue(c.EventId, out var list)) byEvent[c.EventId] = list = [];
            list.Add(new ComparedClaim(c, date?.DayNumber ?? ComparedClaim.Unknown));
        }
        var eventIds = byEvent.Keys.ToArray();
        Array.Sort(eventIds, StringComparer.Ordinal);

        // Events are independent: compare them in parallel, gather in event order.
        var perEvent = new List<Contradiction>[eventIds.Length];
        Parallel.For(0, eventIds.Length, k => perEvent[k] = CompareEvent(eventIds[k], byEvent[eventIds[k]]));
        var result = new List<Contradiction>();
        foreach (var found in perEvent) result.AddRange(found);
        return result;
    }

    private List<Contradiction> CompareEvent(string eventId, List<ComparedClaim> items)
    {
        var found = new Dictionary<string, Contradiction>(StringComparer.Ordinal);
        var slots = new Dictionary<string, List<ComparedClaim>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var slot = SlotOf(item.Claim);
            if (slot is null) continue;
            var key = slot.Value.Key;
            if (!slots.TryGetValue(key, out var list)) slots[key] = list = [];
            list.Add(item);
        }
        foreach (var list in slots.Values)
        {
            if (list.Count < 2) continue;
            list.Sort((x, y) => string.CompareOrdinal(x.Claim.Id, y.Claim.Id));
            var slot = SlotOf(list[0].Claim)!.Value;
            var records = IsPolarity(slot.Kind) ? ComparePolarity(eventId, slot, list) : CompareCounts(eventId, slot, list);
            foreach (var record in records) found.TryAdd(record.Id, record);
        }
        var ordered = found.Values.ToList();
        ordered.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        return ordered;
    }

    // ---------------------------------------------------------------- slots and periods

    private readonly record struct Slot(ClaimKind Kind, string? Subject, Harm? Harm)
    {
        public string Key => $"{(int)Kind}|{Subject}|{(Harm is null ? "" : ((int)Harm).ToString(CultureInfo.InvariantCulture))}";
    }

    private static bool IsPolarity(ClaimKind kind) => kind is ClaimKind.Agreement or ClaimKind.Evacuation;

    private static Slot? SlotOf(Claim c)
    {
        if (IsPolarity(c.Kind)) return c.Polarity is null ? null : new Slot(c.Kind, c.Subject, null);
        if (c.Quantity is null) return null;
        return new Slot(c.Kind, c.Subject, c.Kind == ClaimKind.Casualties ? c.Harm ?? Harm.Killed : null);
    }

    // ---------------------------------------------------------------- polarity

    private IEnumerable<Contradiction> ComparePolarity(string eventId, Slot slot, List<ComparedClaim> items)
    {
        var periods = Period.Split(items, _o.SameTimeWindowDays);
        foreach (var period in periods)
        {
            var byCamp = Stances(period.Members);
            var sides = new List<(Camp Camp, List<ComparedClaim> Claims, Polarity Stance)>();
            foreach (var (camp, (affirmed, denied)) in byCamp)
            {
                if (affirmed.Count > denied.Count) sides.Add((camp, affirmed, Polarity.Affirmed));
                else if (denied.Count > affirmed.Count) sides.Add((camp, denied, Polarity.Denied));
            }
            // A camp split evenly (a military source affirms what the state agency denies) still holds the stance the other camps do
            // not: its claims on that side are the ones that conflict with them. Its split is reported as within-camp below.
            int affirming = sides.Count(x => x.Stance == Polarity.Affirmed), denying = sides.Count - affirming;
            if (affirming != denying)
            {
                var opposite = affirming > denying ? Polarity.Denied : Polarity.Affirmed;
                foreach (var (camp, (affirmed, denied)) in byCamp)
                    if (affirmed.Count == denied.Count && affirmed.Count > 0)
                        sides.Add((camp, opposite == Polarity.Affirmed ? affirmed : denied, opposite));
                sides.Sort((x, y) => x.Camp.CompareTo(y.Camp));
            }
            if (sides.Any(s => s.Stance == Polarity.Affirmed) && sides.Any(s => s.Stance == Polarity.Denied))
            {
                yield return Build(eventId, slot, Verdict.Contradictory, null, _o.ContradictoryDirectness,
                    sides.Select(s => (s.Camp, (IReadOnlyList<ComparedClaim>)s.Claims)).ToList(), 1.0, SideSummaryMode.Plain);
            }
            foreach (var (camp, (affirmed, denied)) in byCamp)
            {
                if (affirmed.Count == 0 || denied.Count == 0) continue;
                yield return Build(eventId, slot, Verdict.WithinCamp, null, _o.WithinCampDirectness,
                    [(camp, affirmed), (camp, denied)], 1.0, SideSummaryMode.Plain);
            }
        }

        // A camp's dated stance in one period against another camp's opposite stance in the latest earlier period beyond the window.
        var involved = new SortedDictionary<Camp, HashSet<ComparedClaim>>();
        var stances = periods.Select(DatedStances).ToList();
        foreach (var (i, j) in Period.FarPairs(periods, _o.SameTimeWindowDays))
        {
            foreach (var (campA, (stanceA, claimsA)) in stances[i])
            {
                foreach (var (campB, (stanceB, claimsB)) in stances[j])
                {
                    if (campA == campB || stanceA == stanceB) continue;
                    Add(involved, campA, claimsA);
                    Add(involved, campB, claimsB);
                }
            }
        }
        if (involved.Count >= 2)
        {
            yield return Build(eventId, slot, Verdict.ChangeOverTime, null, _o.ChangeOverTimeDirectness,
                involved.Select(x => (x.Key, (IReadOnlyList<ComparedClaim>)x.Value.ToList())).ToList(), 1.0, SideSummaryMode.Dated);
        }
    }

    private static SortedDictionary<Camp, (List<ComparedClaim> Affirmed, List<ComparedClaim> Denied)> Stances(IEnumerable<ComparedClaim> members)
    {
        var byCamp = new SortedDictionary<Camp, (List<ComparedClaim> Affirmed, List<ComparedClaim> Denied)>();
        foreach (var item in members)
        {
            var polarity = item.Claim.Polarity;
            if (polarity is not (Polarity.Affirmed or Polarity.Denied)) continue;
            if (!byCamp.TryGetValue(item.Camp, out var lists)) byCamp[item.Camp] = lists = ([], []);
            (polarity == Polarity.Affirmed ? lists.Affirmed : lists.Denied).Add(item);
        }
        return byCamp;
    }

    private static SortedDictionary<Camp, (Polarity Stance, List<ComparedClaim> Claims)> DatedStances(Period period)
    {
        var result = new SortedDictionary<Camp, (Polarity, List<ComparedClaim>)>();
        foreach (var (camp, (affirmed, denied)) in Stances(period.Dated))
        {
            if (affirmed.Count > denied.Count) result[camp] = (Polarity.Affirmed, affirmed);
            else if (denied.Count > affirmed.Count) result[camp] = (Polarity.Denied, denied);
        }
        return result;
    }

    private static void Add(SortedDictionary<Camp, HashSet<ComparedClaim>> sides, Camp camp, IEnumerable<ComparedClaim> items)
    {
        if (!sides.TryGetValue(camp, out var set)) sides[camp] = set = [];
        set.UnionWith(items);
    }

    // ---------------------------------------------------------------- counts

    private IEnumerable<Contradiction> CompareCounts(string eventId, Slot slot, List<ComparedClaim> items)
    {
        var periods = Period.Split(items, _o.SameTimeWindowDays);
        var results = new List<Contradiction>();
        for (int pi = 0; pi < periods.Count; pi++)
        {
            var period = periods[pi];
            var members = period.Members.ToList();
            // After the first period two undated claims have met already: an undated claim now meets dated ones only.
            bool laterPeriod = pi > 0;
            var everyone = new IntervalIndex(members);
            var datedOnes = laterPeriod ? new IntervalIndex(period.Dated) : everyone;
            // Only claims that disagree with some claim of the period can be in a record; their scopes are read, no others.
            var candidates = members.Where(m => (!laterPeriod || m.Dated ? everyone : datedOnes).Disagrees(m, out _)).ToList();
            if (candidates.Count < 2) continue;
            var groups = Groups(candidates, laterPeriod);

            var contradictory = new SortedDictionary<string, Edges>(StringComparer.Ordinal);
            var within = new SortedDictionary<string, Edges>(StringComparer.Ordinal);
            var scope = new Edges();
            foreach (var c in candidates)
            {
                string stage = StageOf(c);
                foreach (var g in groups)
                {
                    if (!g.Index(c).Disagrees(c, out double distance)) continue;
                    if (g.Camp == c.Camp)
                    {
                        if (g.Stage == stage) Get(within, ((int)c.Camp).ToString(CultureInfo.InvariantCulture) + "|" + stage).Add(c, distance);
                    }
                    else if (g.Stage == stage) Get(contradictory, stage).Add(c, distance);
                    else scope.Add(c, distance);
                }
            }
            foreach (var edges in contradictory.Values)
            {
                var first = edges.Items.First();
                results.Add(Build(eventId, slot, Verdict.Contradictory, first.Claim.Action, _o.ContradictoryDirectness, ByCamp(edges.Items), edges.Distance, SideSummaryMode.Plain));
            }
            if (scope.Items.Count > 0)
            {
                var actions = scope.Items.Select(i => i.Claim.Action).Distinct().ToList();
                results.Add(Build(eventId, slot, Verdict.DifferentScope, actions.Count == 1 ? actions[0] : null, _o.DifferentScopeDirectness,
                    ByCamp(scope.Items), scope.Distance, SideSummaryMode.WithStage));
            }
            foreach (var edges in within.Values)
            {
                var first = edges.Items.First();
                var sides = edges.Items.GroupBy(i => i.Claim.Quantity!.ToString()).OrderBy(g => g.First().Claim.Quantity!.Best)
                    .Select(g => (first.Camp, (IReadOnlyList<ComparedClaim>)g.ToList())).ToList();
                results.Add(Build(eventId, slot, Verdict.WithinCamp, first.Claim.Action, _o.WithinCampDirectness, sides, edges.Distance, SideSummaryMode.Plain));
            }
        }

        // Dated counts of different camps, same action and scope, in a period and the latest earlier period beyond the window.
        var change = new SortedDictionary<string, Edges>(StringComparer.Ordinal);
        foreach (var (i, j) in Period.FarPairs(periods, _o.SameTimeWindowDays))
        {
            var early = periods[i].Dated;
            var late = periods[j].Dated;
            var earlyIndex = new IntervalIndex(early);
            var lateIndex = new IntervalIndex(late);
            var earlyCandidates = early.Where(c => lateIndex.Disagrees(c, out _)).ToList();
            var lateCandidates = late.Where(c => earlyIndex.Disagrees(c, out _)).ToList();
            if (earlyCandidates.Count == 0) continue;
            var earlyGroups = Groups(earlyCandidates, laterPeriod: false);
            var lateGroups = Groups(lateCandidates, laterPeriod: false);
            foreach (var (mine, theirs) in new[] { (earlyCandidates, lateGroups), (lateCandidates, earlyGroups) })
            {
                foreach (var c in mine)
                {
                    string stage = StageOf(c);
                    foreach (var g in theirs)
                    {
                        if (g.Camp != c.Camp && g.Stage == stage && g.Index(c).Disagrees(c, out double distance)) Get(change, stage).Add(c, distance);
                    }
                }
            }
        }
        foreach (var edges in change.Values)
        {
            var first = edges.Items.First();
            results.Add(Build(eventId, slot, Verdict.ChangeOverTime, first.Claim.Action, _o.ChangeOverTimeDirectness, ByCamp(edges.Items), edges.Distance, SideSummaryMode.Dated));
        }
        return results;
    }

    /// <summary>A count's stage: its action and scope (a batch, a total).</summary>
    private string StageOf(ComparedClaim item) => item.Claim.Action + "|" + item.Scope(_o.Scopes);

    /// <summary>The claims of one stage and one camp, indexed for "does anything here disagree with this claim?".</summary>
    private sealed class Group(string stage, Camp camp, List<ComparedClaim> items, bool laterPeriod)
    {
        private readonly IntervalIndex _all = new(items);
        private readonly IntervalIndex? _dated = laterPeriod ? new IntervalIndex(items.Where(i => i.Dated).ToList()) : null;

        public string Stage { get; } = stage;
        public Camp Camp { get; } = camp;

        /// <summary>The index a claim is compared against: in later periods an undated claim meets dated claims only.</summary>
        public IntervalIndex Index(ComparedClaim claim) => _dated is not null && !claim.Dated ? _dated : _all;
    }

    private List<Group> Groups(List<ComparedClaim> items, bool laterPeriod) =>
        items.GroupBy(i => (Stage: StageOf(i), i.Camp)).OrderBy(g => g.Key.Stage, StringComparer.Ordinal).ThenBy(g => g.Key.Camp)
            .Select(g => new Group(g.Key.Stage, g.Key.Camp, g.ToList(), laterPeriod)).ToList();

    private sealed class Edges
    {
        public SortedSet<ComparedClaim> Items { get; } = new(Comparer<ComparedClaim>.Create((x, y) => string.CompareOrdinal(x.Claim.Id, y.Claim.Id)));
        public double Distance { get; private set; }

        public void Add(ComparedClaim item, double distance)
        {
            Items.Add(item);
            Distance = Math.Max(Distance, distance);
        }
    }

    private static Edges Get(SortedDictionary<string, Edges> map, string key)
    {
        if (!map.TryGetValue(key, out var edges)) map[key] = edges = new Edges();
        return edges;
    }

    private static List<(Camp, IReadOnlyList<ComparedClaim>)> ByCamp(IEnumerable<ComparedClaim> items) =>
        items.GroupBy(i => i.Camp).OrderBy(g => g.Key).Select(g => (g.Key, (IReadOnlyList<ComparedClaim>)g.ToList())).ToList();

    // ---------------------------------------------------------------- records

    /// <summary>
    /// The most values a side's summary lists (so a side's summary, and the note made of them, stay short however many
    /// claims disagree); the claims of the values left out are counted: "…, 40, and 12 more claims".
    /// </summary>
    public const int MaxSummaryValues = ContradictionNotes.MaxSummaryValues;

    private Contradiction Build(string eventId, Slot slot, Verdict verdict, string? action, double directness,
        List<(Camp Camp, IReadOnlyList<ComparedClaim> Claims)> groups, double distance, SideSummaryMode mode)
    {
        var sides = groups
            .Select(g => (Camp: g.Camp, Ids: g.Claims.Select(i => i.Claim.Id).Order(StringComparer.Ordinal).ToArray(), Claims: (IReadOnlyList<NotedClaim>)g.Claims.Select(i => i.Noted).ToList()))
            .Select(g => (Side: new ContradictionSide(g.Camp, g.Ids, ContradictionNotes.Summary(g.Claims, mode)), g.Claims))
            .OrderBy(s => s.Side.Camp).ThenBy(s => s.Side.Summary, StringComparer.Ordinal).ToList();
        var claimIds = sides.SelectMany(s => s.Side.ClaimIds).Distinct().Order(StringComparer.Ordinal);
        var harm = slot.Harm?.ToString();
        var id = StableId.Of("x-", new[] { eventId, slot.Kind.ToString(), slot.Subject, harm, verdict.ToString(), action }.Concat(claimIds));
        return new Contradiction
        {
            Id = id,
            EventId = eventId,
            Kind = slot.Kind,
            Subject = slot.Subject,
            Action = action,
            Verdict = verdict,
            Severity = Math.Round(Math.Clamp(distance * directness, 0, 1), 3, MidpointRounding.AwayFromZero),
            Sides = sides.Select(s => s.Side).ToArray(),
            Note = ContradictionNotes.Note(slot.Kind, slot.Subject, slot.Harm, verdict, action, sides),
        };
    }

}
