using System.Globalization;
using ClaimCheck.Events;

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
    private const int Unknown = int.MinValue;
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

        var byEvent = new Dictionary<string, List<Item>>(StringComparer.Ordinal);
        foreach (var c in alignment.Claims ?? [])
        {
            if (c?.EventId is null || c.Source is null) continue;
            var date = c.Date ?? (c.ReportId is not null && published.TryGetValue(c.ReportId, out var p) ? p : null);
            if (!byEvent.TryGetValue(c.EventId, out var list)) byEvent[c.EventId] = list = [];
            list.Add(new Item(c, date?.DayNumber ?? Unknown));
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

    private List<Contradiction> CompareEvent(string eventId, List<Item> items)
    {
        var found = new Dictionary<string, Contradiction>(StringComparer.Ordinal);
        var slots = new Dictionary<string, List<Item>>(StringComparer.Ordinal);
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

    private sealed class Item(Claim claim, int day)
    {
        private string? _scope;
        private bool _scoped;

        public Claim Claim { get; } = claim;
        public int Day { get; } = day;

        /// <summary>The comparison interval and best value of a count (see <see cref="Quantity.ComparisonInterval"/>).</summary>
        public (double Lo, double Hi, double Best) Bounds { get; } = Measure(claim.Quantity);

        private static (double, double, double) Measure(Quantity? q)
        {
            if (q is null) return (0, 0, 0);
            var (lo, hi) = q.ComparisonInterval();
            return (lo, hi, Math.Max(0, q.Best));
        }
        public Camp Camp => Claim.Source.Camp;
        public bool Dated => Day != Unknown;

        /// <summary>The count's scope, read from cues and evidence the first time a comparison needs it.</summary>
        public string? Scope(ScopeLexicon lexicon)
        {
            if (!_scoped)
            {
                _scope = lexicon.ScopeOf(Claim);
                _scoped = true;
            }
            return _scope;
        }

        /// <summary>The scope if a comparison has read it (every count in a record has been compared), else null.</summary>
        public string? KnownScope => _scope;
    }

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

    private sealed record Period(List<Item> Dated, List<Item> Undated, int First, int Last)
    {
        public IEnumerable<Item> Members => Dated.Concat(Undated);
    }

    private List<Period> Periods(List<Item> items)
    {
        int w = _o.SameTimeWindowDays;
        var dated = items.Where(i => i.Dated).OrderBy(i => i.Day).ThenBy(i => i.Claim.Id, StringComparer.Ordinal).ToList();
        var undated = items.Where(i => !i.Dated).ToList();
        var periods = new List<Period>();
        if (dated.Count == 0)
        {
            periods.Add(new Period([], undated, Unknown, Unknown));
            return periods;
        }
        var current = new List<Item> { dated[0] };
        int anchor = dated[0].Day, previous = dated[0].Day;
        for (int k = 1; k < dated.Count; k++)
        {
            int day = dated[k].Day;
            if (day - previous > w || day - anchor > w)
            {
                periods.Add(new Period(current, undated, anchor, previous));
                current = [];
                anchor = day;
            }
            current.Add(dated[k]);
            previous = day;
        }
        periods.Add(new Period(current, undated, anchor, previous));
        return periods;
    }

    private bool FarApart(Period earlier, Period later) => later.First - earlier.Last > _o.SameTimeWindowDays;

    // ---------------------------------------------------------------- polarity

    private IEnumerable<Contradiction> ComparePolarity(string eventId, Slot slot, List<Item> items)
    {
        var periods = Periods(items);
        foreach (var period in periods)
        {
            var byCamp = Stances(period.Members);
            var sides = new List<(Camp Camp, List<Item> Claims, Polarity Stance)>();
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
                    sides.Select(s => (s.Camp, (IReadOnlyList<Item>)s.Claims)).ToList(), 1.0, SummaryMode.Plain);
            }
            foreach (var (camp, (affirmed, denied)) in byCamp)
            {
                if (affirmed.Count == 0 || denied.Count == 0) continue;
                yield return Build(eventId, slot, Verdict.WithinCamp, null, _o.WithinCampDirectness,
                    [(camp, affirmed), (camp, denied)], 1.0, SummaryMode.Plain);
            }
        }

        // A camp's dated stance in one period against another camp's opposite stance in the latest earlier period beyond the window.
        var involved = new SortedDictionary<Camp, HashSet<Item>>();
        var stances = periods.Select(DatedStances).ToList();
        foreach (var (i, j) in FarPairs(periods))
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
                involved.Select(x => (x.Key, (IReadOnlyList<Item>)x.Value.ToList())).ToList(), 1.0, SummaryMode.Dated);
        }
    }

    /// <summary>Each period with the latest earlier period that lies beyond the same-time window (if any).</summary>
    private IEnumerable<(int Earlier, int Later)> FarPairs(List<Period> periods)
    {
        int far = -1;
        for (int j = 1; j < periods.Count; j++)
        {
            while (far + 1 < j && FarApart(periods[far + 1], periods[j])) far++;
            if (far >= 0) yield return (far, j);
        }
    }

    private static SortedDictionary<Camp, (List<Item> Affirmed, List<Item> Denied)> Stances(IEnumerable<Item> members)
    {
        var byCamp = new SortedDictionary<Camp, (List<Item> Affirmed, List<Item> Denied)>();
        foreach (var item in members)
        {
            var polarity = item.Claim.Polarity;
            if (polarity is not (Polarity.Affirmed or Polarity.Denied)) continue;
            if (!byCamp.TryGetValue(item.Camp, out var lists)) byCamp[item.Camp] = lists = ([], []);
            (polarity == Polarity.Affirmed ? lists.Affirmed : lists.Denied).Add(item);
        }
        return byCamp;
    }

    private static SortedDictionary<Camp, (Polarity Stance, List<Item> Claims)> DatedStances(Period period)
    {
        var result = new SortedDictionary<Camp, (Polarity, List<Item>)>();
        foreach (var (camp, (affirmed, denied)) in Stances(period.Dated))
        {
            if (affirmed.Count > denied.Count) result[camp] = (Polarity.Affirmed, affirmed);
            else if (denied.Count > affirmed.Count) result[camp] = (Polarity.Denied, denied);
        }
        return result;
    }

    private static void Add(SortedDictionary<Camp, HashSet<Item>> sides, Camp camp, IEnumerable<Item> items)
    {
        if (!sides.TryGetValue(camp, out var set)) sides[camp] = set = [];
        set.UnionWith(items);
    }

    // ---------------------------------------------------------------- counts

    private IEnumerable<Contradiction> CompareCounts(string eventId, Slot slot, List<Item> items)
    {
        var periods = Periods(items);
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
                results.Add(Build(eventId, slot, Verdict.Contradictory, first.Claim.Action, _o.ContradictoryDirectness, ByCamp(edges.Items), edges.Distance, SummaryMode.Plain));
            }
            if (scope.Items.Count > 0)
            {
                var actions = scope.Items.Select(i => i.Claim.Action).Distinct().ToList();
                results.Add(Build(eventId, slot, Verdict.DifferentScope, actions.Count == 1 ? actions[0] : null, _o.DifferentScopeDirectness,
                    ByCamp(scope.Items), scope.Distance, SummaryMode.WithStage));
            }
            foreach (var edges in within.Values)
            {
                var first = edges.Items.First();
                var sides = edges.Items.GroupBy(i => QuantityText(i.Claim.Quantity!)).OrderBy(g => g.First().Claim.Quantity!.Best)
                    .Select(g => (first.Camp, (IReadOnlyList<Item>)g.ToList())).ToList();
                results.Add(Build(eventId, slot, Verdict.WithinCamp, first.Claim.Action, _o.WithinCampDirectness, sides, edges.Distance, SummaryMode.Plain));
            }
        }

        // Dated counts of different camps, same action and scope, in a period and the latest earlier period beyond the window.
        var change = new SortedDictionary<string, Edges>(StringComparer.Ordinal);
        foreach (var (i, j) in FarPairs(periods))
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
            results.Add(Build(eventId, slot, Verdict.ChangeOverTime, first.Claim.Action, _o.ChangeOverTimeDirectness, ByCamp(edges.Items), edges.Distance, SummaryMode.Dated));
        }
        return results;
    }

    /// <summary>A count's stage: its action and scope (a batch, a total).</summary>
    private string StageOf(Item item) => item.Claim.Action + "|" + item.Scope(_o.Scopes);

    /// <summary>The claims of one stage and one camp, indexed for "does anything here disagree with this claim?".</summary>
    private sealed class Group(string stage, Camp camp, List<Item> items, bool laterPeriod)
    {
        private readonly IntervalIndex _all = new(items);
        private readonly IntervalIndex? _dated = laterPeriod ? new IntervalIndex(items.Where(i => i.Dated).ToList()) : null;

        public string Stage { get; } = stage;
        public Camp Camp { get; } = camp;

        /// <summary>The index a claim is compared against: in later periods an undated claim meets dated claims only.</summary>
        public IntervalIndex Index(Item claim) => _dated is not null && !claim.Dated ? _dated : _all;
    }

    private List<Group> Groups(List<Item> items, bool laterPeriod) =>
        items.GroupBy(i => (Stage: StageOf(i), i.Camp)).OrderBy(g => g.Key.Stage, StringComparer.Ordinal).ThenBy(g => g.Key.Camp)
            .Select(g => new Group(g.Key.Stage, g.Key.Camp, g.ToList(), laterPeriod)).ToList();

    /// <summary>
    /// Intervals sorted by upper bound (with the smallest best value of each prefix) and by lower bound, descending (with the
    /// largest best value of each prefix): whether some interval lies wholly below or above a claim's, and how far the farthest
    /// such best value is, in O(log n).
    /// </summary>
    private sealed class IntervalIndex
    {
        private readonly double[] _his;
        private readonly double[] _minBest;
        private readonly double[] _los;
        private readonly double[] _maxBest;

        public IntervalIndex(IReadOnlyList<Item> items)
        {
            int n = items.Count;
            var byHi = items.Select(i => i.Bounds).OrderBy(b => b.Hi).ToArray();
            var byLo = items.Select(i => i.Bounds).OrderByDescending(b => b.Lo).ToArray();
            _his = new double[n];
            _minBest = new double[n];
            _los = new double[n];
            _maxBest = new double[n];
            for (int k = 0; k < n; k++)
            {
                _his[k] = byHi[k].Hi;
                _minBest[k] = k == 0 ? byHi[k].Best : Math.Min(_minBest[k - 1], byHi[k].Best);
                _los[k] = byLo[k].Lo;
                _maxBest[k] = k == 0 ? byLo[k].Best : Math.Max(_maxBest[k - 1], byLo[k].Best);
            }
        }

        /// <summary>True when some interval does not meet the claim's; <paramref name="distance"/> is the largest best-value distance to such an interval.</summary>
        public bool Disagrees(Item claim, out double distance)
        {
            var (lo, hi, best) = claim.Bounds;
            distance = 0;
            // Intervals wholly below: upper bound under the claim's lower bound.
            int below = 0, top = _his.Length;
            while (below < top)
            {
                int mid = (below + top) >>> 1;
                if (_his[mid] < lo) below = mid + 1; else top = mid;
            }
            // Intervals wholly above: lower bound over the claim's upper bound (sorted descending).
            int above = 0;
            top = _los.Length;
            while (above < top)
            {
                int mid = (above + top) >>> 1;
                if (_los[mid] > hi) above = mid + 1; else top = mid;
            }
            if (below > 0) distance = Math.Max(distance, QuantityComparison.Distance(best, _minBest[below - 1]));
            if (above > 0) distance = Math.Max(distance, QuantityComparison.Distance(best, _maxBest[above - 1]));
            return below > 0 || above > 0;
        }
    }

    private sealed class Edges
    {
        public SortedSet<Item> Items { get; } = new(Comparer<Item>.Create((x, y) => string.CompareOrdinal(x.Claim.Id, y.Claim.Id)));
        public double Distance { get; private set; }

        public void Add(Item item, double distance)
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

    private static List<(Camp, IReadOnlyList<Item>)> ByCamp(IEnumerable<Item> items) =>
        items.GroupBy(i => i.Camp).OrderBy(g => g.Key).Select(g => (g.Key, (IReadOnlyList<Item>)g.ToList())).ToList();

    // ---------------------------------------------------------------- records

    private enum SummaryMode { Plain, WithStage, Dated }

    private Contradiction Build(string eventId, Slot slot, Verdict verdict, string? action, double directness,
        List<(Camp Camp, IReadOnlyList<Item> Claims)> groups, double distance, SummaryMode mode)
    {
        var sides = groups
            .Select(g => (Side: new ContradictionSide(g.Camp, g.Claims.Select(i => i.Claim.Id).Order(StringComparer.Ordinal).ToArray(), Summary(g.Claims, mode)), g.Claims))
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
            Note = Note(slot, verdict, action, sides.Select(s => (s.Side, s.Claims)).ToList()),
        };
    }

    /// <summary>
    /// The most values a side's summary lists (so a side's summary, and the note made of them, stay short however many
    /// claims disagree); the claims of the values left out are counted: "…, 40, and 12 more claims".
    /// </summary>
    public const int MaxSummaryValues = 8;

    private static string Summary(IReadOnlyList<Item> claims, SummaryMode mode)
    {
        var values = claims
            .GroupBy(i => Value(i, mode))
            .Select(g => (Text: g.Key, Order: g.Min(i => i.Claim.Quantity?.Best ?? 0), Count: g.Count(), Days: g.Where(i => i.Dated).Select(i => i.Day).ToList()))
            .OrderBy(v => v.Order).ThenBy(v => v.Text, StringComparer.Ordinal)
            .ToList();
        var shown = values.Take(MaxSummaryValues)
            .Select(v => mode == SummaryMode.Dated && v.Days.Count > 0 ? v.Text + " (" + DateRange(v.Days.Min(), v.Days.Max()) + ")" : v.Text);
        string summary = string.Join(", ", shown);
        if (values.Count <= MaxSummaryValues) return summary;
        int more = values.Skip(MaxSummaryValues).Sum(v => v.Count);
        return summary + ", and " + more.ToString(CultureInfo.InvariantCulture) + (more == 1 ? " more claim" : " more claims");
    }

    private static string Value(Item item, SummaryMode mode)
    {
        var c = item.Claim;
        if (c.Quantity is null) return c.Polarity?.ToString().ToLowerInvariant() ?? "";
        var text = QuantityText(c.Quantity);
        if (mode == SummaryMode.WithStage && c.Action is not null) text += " " + c.Action;
        if (item.KnownScope is not null) text += " (" + item.KnownScope + ")";
        return text;
    }

    private static string QuantityText(Quantity q) => q.ToString();

    private static string DateRange(int first, int last) =>
        first == last ? Iso(first) : Iso(first) + " to " + Iso(last);

    private static string Iso(int day) => DateOnly.FromDayNumber(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Note(Slot slot, Verdict verdict, string? action, List<(ContradictionSide Side, IReadOnlyList<Item> Claims)> sides)
    {
        string what = slot.Kind switch
        {
            ClaimKind.Agreement => "agreement" + (slot.Subject is null ? "" : " (" + slot.Subject + ")"),
            ClaimKind.Evacuation => "evacuation" + (slot.Subject is null ? "" : " (" + slot.Subject + ")"),
            ClaimKind.Casualties => (slot.Subject ?? "people") + " " + HarmWord(slot.Harm ?? Harm.Killed),
            ClaimKind.Vehicles => (slot.Subject ?? "vehicles") + (action is null ? "" : " " + action),
            _ => (slot.Subject ?? "people") + " evacuated" + (action is null ? "" : " (" + action + ")"),
        };
        var parts = sides.Select(s => Who(s.Side.Camp, s.Claims) + ": " + s.Side.Summary);
        string tail = verdict switch
        {
            Verdict.DifferentScope => " — different stages or scope, so not necessarily a conflict",
            Verdict.ChangeOverTime => " — far apart in time: the situation may have changed",
            Verdict.WithinCamp => " — sources of the same camp disagree",
            _ => "",
        };
        return what + " — " + string.Join("; ", parts) + tail + ".";
    }

    private static string HarmWord(Harm harm) => harm switch
    {
        Harm.Killed => "killed",
        Harm.Wounded => "wounded",
        _ => "killed or wounded",
    };

    private static string Who(Camp camp, IReadOnlyList<Item> claims)
    {
        string campName = camp switch
        {
            Camp.State => "state",
            Camp.Sohr => "SOHR",
            Camp.Opposition => "opposition",
            _ => "other",
        };
        // A source with an affiliation names it ("other (Amaq — Islamic State agency)"), so a camp is not read as neutral.
        var names = claims.Select(i => i.Claim.Source).Where(s => !string.IsNullOrWhiteSpace(s.Name))
            .GroupBy(s => s.Name, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Output.ClaimText.Labelled(g.Key, g.Select(s => s.Affiliation).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a)))).ToList();
        if (names.Count == 0 || (names.Count == 1 && string.Equals(names[0], campName, StringComparison.OrdinalIgnoreCase))) return campName;
        var shown = string.Join(", ", names.Take(3)) + (names.Count > 3 ? " +" + (names.Count - 3).ToString(CultureInfo.InvariantCulture) + " more" : "");
        return campName + " (" + shown + ")";
    }
}
