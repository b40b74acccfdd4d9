using System.Globalization;
using ClaimCheck.Recognition;

namespace ClaimCheck.Events;

/// <summary>The state of one <see cref="EventAligner.Align"/> call: features, candidate pairs, links, clusters, events.</summary>
internal sealed class AlignmentRun
{
    private const int Unknown = int.MinValue;

    [Flags]
    private enum LinkFlags : ushort
    {
        None = 0,
        StrongPlace = 1,
        WeakPlace = 2,
        SharedParty = 4,
        SameReport = 8,
        Text = 16,
        Time = 32,
        Family = 64,
        Nearby = 128,
    }

    /// <summary>
    /// A scored pair of claims. Links order best first, ties by claim indexes: a total order up to identical links (the same
    /// pair always scores the same, and a pair scored again as a nearby candidate scores strictly higher), so any sort gives
    /// the same sequence. Being <see cref="IComparable{T}"/> lets the runtime's sort compare without an indirect call.
    /// </summary>
    private readonly record struct Link(int A, int B, double Score, LinkFlags Flags) : IComparable<Link>
    {
        public int CompareTo(Link other)
        {
            int c = other.Score.CompareTo(Score);
            if (c != 0) return c;
            c = A.CompareTo(other.A);
            return c != 0 ? c : B.CompareTo(other.B);
        }
    }

    private readonly IPlaceHierarchy _hierarchy;
    private readonly ITextSimilarity _similarity;
    private readonly AlignmentOptions _o;

    // Claims in canonical (id) order and their features.
    private readonly Claim[] _claims;
    private readonly int[] _day;
    private readonly int[] _report;
    private readonly string[] _reportIds;
    private readonly int[] _partySet;
    private readonly int[] _areaSet;
    private readonly int[][] _claimPlaces;
    private readonly int[][] _claimActors;
    private readonly byte[] _family;

    private readonly NameTable _actors = new();
    private readonly NameTable _places = new();
    private readonly SetTable _partySets = new();
    private readonly SetTable _areaSets = new();

    // Per place key id (canonical ids only are filled): the chain [self, parent, grandparent, …] and derived facts.
    private int[][] _chain = [];
    // Places that contain another named place (governorates, regions): naming one is no sign of the same happening.
    private bool[] _container = [];

    private ITextSimilarityModel? _text;

    public AlignmentRun(IReadOnlyList<ReportResult> reports, IPlaceHierarchy hierarchy, ITextSimilarity similarity, AlignmentOptions options)
    {
        _hierarchy = hierarchy;
        _similarity = similarity;
        _o = options;

        var entries = new List<(Claim Claim, DateOnly? Published)>();
        foreach (var r in reports)
        {
            if (r is null) throw new ArgumentException("A report result is null.", nameof(reports));
            if (r.Claims is null) throw new ArgumentException($"Report {r.Report?.Id} has no claim list.", nameof(reports));
            foreach (var c in r.Claims)
            {
                if (c is null) throw new ArgumentException($"Report {r.Report?.Id} holds a null claim.", nameof(reports));
                if (c.Id is null || c.ReportId is null) throw new ArgumentException("A claim has no id or report id.", nameof(reports));
                entries.Add((c, r.Report?.Published));
            }
        }
        entries.Sort((x, y) => string.CompareOrdinal(x.Claim.Id, y.Claim.Id));
        for (int i = 1; i < entries.Count; i++)
        {
            if (entries[i].Claim.Id == entries[i - 1].Claim.Id)
                throw new ArgumentException($"Two claims share the id '{entries[i].Claim.Id}'; claim ids must be unique.", nameof(reports));
        }

        int n = entries.Count;
        _claims = new Claim[n];
        _day = new int[n];
        _report = new int[n];
        _partySet = new int[n];
        _areaSet = new int[n];
        _claimPlaces = new int[n][];
        _claimActors = new int[n][];
        _family = new byte[n];

        var reportIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            var (c, published) = entries[i];
            _claims[i] = c;
            var date = c.Date ?? published;
            _day[i] = date is { } d ? d.DayNumber : Unknown;
            reportIndex.TryAdd(c.ReportId, 0);
            _family[i] = c.Kind == ClaimKind.Casualties ? (byte)1 : (byte)0;
        }
        _reportIds = [.. reportIndex.Keys];
        Array.Sort(_reportIds, StringComparer.Ordinal);
        for (int k = 0; k < _reportIds.Length; k++) reportIndex[_reportIds[k]] = k;
        for (int i = 0; i < n; i++) _report[i] = reportIndex[_claims[i].ReportId];
    }

    public AlignmentResult Run()
    {
        BuildActors();
        BuildPlaces();
        BuildText();
        var links = Links();
        SortLinks(links, 0, links.Length, ParallelDepth());
        var clusters = new Clusters(this, _claims.Length);
        foreach (var link in links) clusters.TryMerge(link);
        return clusters.ToResult();
    }

    /// <summary>How many times the link sort splits in two to use every core (2 cores: once).</summary>
    private static int ParallelDepth()
    {
        int depth = 0;
        while ((1 << depth) < Environment.ProcessorCount) depth++;
        return depth;
    }

    /// <summary>
    /// Sorts links[from..to) best first. Large ranges are split around a pivot (median of three) and the two sides sorted in
    /// parallel, in place; the order is total (see <see cref="Link"/>), so the result is the sequential sort's.
    /// </summary>
    private static void SortLinks(Link[] links, int from, int to, int depth)
    {
        const int ParallelFrom = 65_536;
        if (depth <= 0 || to - from < ParallelFrom)
        {
            Array.Sort(links, from, to - from);
            return;
        }
        int split = Partition(links, from, to);
        if (split <= from || split >= to)
        {
            Array.Sort(links, from, to - from);
            return;
        }
        Parallel.Invoke(
            () => SortLinks(links, from, split, depth - 1),
            () => SortLinks(links, split, to, depth - 1));
    }

    /// <summary>Moves the links that order before a pivot to the front of [from, to); returns where the rest begins.</summary>
    private static int Partition(Link[] links, int from, int to)
    {
        Link a = links[from], b = links[from + (to - from) / 2], c = links[to - 1];
        // The median of three keeps the sides balanced on ordered and reversed input.
        Link pivot = a.CompareTo(b) < 0
            ? (b.CompareTo(c) < 0 ? b : a.CompareTo(c) < 0 ? c : a)
            : (a.CompareTo(c) < 0 ? a : b.CompareTo(c) < 0 ? c : b);
        int store = from;
        for (int i = from; i < to; i++)
        {
            if (links[i].CompareTo(pivot) < 0)
            {
                (links[store], links[i]) = (links[i], links[store]);
                store++;
            }
        }
        return store;
    }

    // ---------------------------------------------------------------- features

    private void BuildActors()
    {
        int n = _claims.Length;
        var raw = new int[n][];
        for (int i = 0; i < n; i++) raw[i] = InternAll(_actors, _claims[i].Actors);
        var common = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in _o.CommonActors)
        {
            if (!string.IsNullOrWhiteSpace(a)) common.Add(NameTable.Fold(a));
        }
        // Actor ids are canonical registry ids: they match by folded key only. Fuzzy matching would confuse kurdish-forces with turkish-forces.
        _actors.Unify(_ => false, k => common.Contains(_actors.Key(k)), threshold: 101);
        var isCommon = new bool[_actors.Count];
        for (int k = 0; k < _actors.Count; k++)
        {
            if (common.Contains(_actors.Key(k))) isCommon[_actors.Canonical(k)] = true;
        }
        var scratch = new List<int>(8);
        for (int i = 0; i < n; i++)
        {
            var all = CanonicalSet(_actors, raw[i]);
            _claimActors[i] = all;
            scratch.Clear();
            foreach (var a in all)
            {
                if (!isCommon[a]) scratch.Add(a);
            }
            _partySet[i] = scratch.Count == 0 ? -1 : _partySets.Intern(scratch);
        }
    }

    private static int[] InternAll(NameTable table, IReadOnlyList<string>? names)
    {
        if (names is null || names.Count == 0) return [];
        var ids = new int[names.Count];
        int k = 0;
        foreach (var name in names)
        {
            if (!string.IsNullOrWhiteSpace(name)) ids[k++] = table.Intern(name);
        }
        if (k < ids.Length) Array.Resize(ref ids, k);
        return ids;
    }

    /// <summary>The canonical ids of <paramref name="ids"/>, sorted and distinct.</summary>
    private static int[] CanonicalSet(NameTable table, int[] ids)
    {
        if (ids.Length == 0) return ids;
        var result = new int[ids.Length];
        for (int k = 0; k < ids.Length; k++) result[k] = table.Canonical(ids[k]);
        Array.Sort(result);
        int m = 1;
        for (int k = 1; k < result.Length; k++)
        {
            if (result[k] != result[m - 1]) result[m++] = result[k];
        }
        if (m < result.Length) Array.Resize(ref result, m);
        return result;
    }

    private void BuildPlaces()
    {
        int n = _claims.Length;
        var raw = new int[n][];
        for (int i = 0; i < n; i++) raw[i] = InternAll(_places, _claims[i].Places);

        // Ask the hierarchy about every name, ancestors included (they are interned as they come).
        var ancestors = new List<int[]>();
        var isAncestor = new List<bool>();
        for (int k = 0; k < _places.Count; k++)
        {
            while (isAncestor.Count < _places.Count) isAncestor.Add(false);
            int[] found = [];
            foreach (var variant in _places.Variants(k).ToArray())
            {
                var names = _hierarchy.Ancestors(variant);
                if (names is null || names.Count == 0) continue;
                var ids = new List<int>(names.Count);
                foreach (var name in names.Take(32))
                {
                    if (string.IsNullOrWhiteSpace(name)) continue;
                    int id = _places.Intern(name, count: false);
                    if (id == k || ids.Contains(id)) break;
                    ids.Add(id);
                }
                found = ids.ToArray();
                break;
            }
            ancestors.Add(found);
            while (isAncestor.Count < _places.Count) isAncestor.Add(false);
            foreach (var a in found) isAncestor[a] = true;
        }
        bool Known(int k) => ancestors[k].Length > 0 || isAncestor[k];
        _places.Unify(k => !Known(k), Known, _o.FuzzyNameThreshold);

        _chain = new int[_places.Count][];
        int[] ChainOf(int canonical)
        {
            if (_chain[canonical] is { } done) return done;
            var chain = new List<int> { canonical };
            foreach (var a in ancestors[canonical])
            {
                int c = _places.Canonical(a);
                if (chain.Contains(c)) break;
                chain.Add(c);
            }
            return _chain[canonical] = chain.ToArray();
        }

        _container = new bool[_places.Count];
        for (int k = 0; k < ancestors.Count; k++)
            foreach (var a in ancestors[k]) _container[_places.Canonical(a)] = true;
        var areas = new List<int>(4);
        for (int i = 0; i < n; i++)
        {
            var places = CanonicalSet(_places, raw[i]);
            _claimPlaces[i] = places;
            areas.Clear();
            foreach (var p in places)
            {
                ChainOf(p);
                int area = Area(p);
                if (area >= 0 && !areas.Contains(area)) areas.Add(area);
            }
            areas.Sort();
            _areaSet[i] = areas.Count == 0 ? -1 : _areaSets.Intern(areas);
        }
    }

    private int Depth(int place) => _chain[place].Length - 1;

    /// <summary>The area of a specific place (its ancestor at the minimum shared depth), or -1 for a coarse place.</summary>
    private int Area(int place)
    {
        int depth = Depth(place);
        return depth >= _o.MinimumSharedPlaceDepth ? _chain[place][depth - _o.MinimumSharedPlaceDepth] : -1;
    }

    private void BuildText()
    {
        var byReport = ClaimsByReport();
        var bags = new List<string>[_reportIds.Length];
        // One pool of term strings per worker keeps a large corpus from holding one string per occurrence.
        Parallel.For(0, bags.Length, () => new Dictionary<string, string>(StringComparer.Ordinal), (r, _, pool) =>
        {
            var bag = new List<string>();
            foreach (var i in byReport[r]) Terms.AddTo(bag, _claims[i].Evidence?.Text, pool);
            bags[r] = bag;
            return pool;
        }, _ => { });
        _text = _similarity.Fit(bags);
        if (_text is null || _text.Count != bags.Length) throw new InvalidOperationException("The text similarity returned a model of the wrong size.");
    }

    /// <summary>Claim indexes per report, each list in claim (id) order.</summary>
    private int[][] ClaimsByReport()
    {
        var counts = new int[_reportIds.Length];
        foreach (var r in _report) counts[r]++;
        var result = new int[_reportIds.Length][];
        for (int r = 0; r < result.Length; r++) result[r] = new int[counts[r]];
        Array.Clear(counts);
        for (int i = 0; i < _report.Length; i++) result[_report[i]][counts[_report[i]]++] = i;
        return result;
    }

    // ---------------------------------------------------------------- blocking

    /// <summary>
    /// The links between claims. Claims are put in blocks by area (or coarse place); in each block a claim is scored against its
    /// <see cref="AlignmentOptions.NeighbourCount"/> next neighbours by date and by party then date, and the claims that name a
    /// place inside a coarse place are scored against the nearest claims (by date) of that coarse place's block. Claims naming no
    /// place are scored against their neighbours in the report. Blocks are scored in parallel and the links are gathered in
    /// block order, so the result does not depend on scheduling. No all-pairs step: the cost per claim is bounded.
    /// </summary>
    private Link[] Links()
    {
        int n = _claims.Length;
        var homes = new Dictionary<int, List<int>>();
        for (int i = 0; i < n; i++)
        {
            foreach (var key in HomeKeys(i)) AddDistinct(homes, key, i);
        }
        var probers = new Dictionary<int, List<int>>();
        for (int i = 0; i < n; i++)
        {
            foreach (var place in _claimPlaces[i])
            {
                var chain = _chain[place];
                int depth = chain.Length - 1;
                for (int j = 1; j < chain.Length; j++)
                {
                    if (depth - j < _o.MinimumSharedPlaceDepth && homes.ContainsKey(chain[j])) AddDistinct(probers, chain[j], i);
                }
            }
        }
        var keys = homes.Keys.ToArray();
        Array.Sort(keys);
        var parts = new Link[keys.Length + 1][];
        Parallel.For(0, keys.Length, () => new Scratch(), (k, _, scratch) =>
        {
            scratch.Pairs.Clear();
            BlockPairs(homes[keys[k]], probers.GetValueOrDefault(keys[k]), scratch.Pairs);
            parts[k] = Score(scratch.Pairs, nearby: false, scratch);
            return scratch;
        }, _ => { });
        parts[keys.Length] = Score(NearbyPairs(), nearby: true, new Scratch());
        int total = 0;
        foreach (var part in parts) total += part.Length;
        var links = new Link[total];
        int at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(links, at);
            at += part.Length;
        }
        return links;
    }

    private static void AddDistinct(Dictionary<int, List<int>> map, int key, int claim)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (list.Count == 0 || list[^1] != claim) list.Add(claim);
    }

    /// <summary>The candidate pairs of one block (members in claim order), appended to <paramref name="pairs"/>.</summary>
    private void BlockPairs(List<int> members, List<int>? probers, List<long> pairs)
    {
        int k = _o.NeighbourCount, window = _o.EventWindowDays;
        var byDate = members.ToArray();
        Array.Sort(byDate, (x, y) => _day[x] != _day[y] ? _day[x].CompareTo(_day[y]) : x.CompareTo(y));
        for (int p = 0; p < byDate.Length; p++)
        {
            for (int q = p + 1; q < byDate.Length && q <= p + k; q++)
            {
                if (_day[byDate[p]] != Unknown && _day[byDate[q]] - _day[byDate[p]] > window) break;
                pairs.Add(Pack(byDate[p], byDate[q]));
            }
        }
        var byParty = members.ToArray();
        Array.Sort(byParty, (x, y) =>
        {
            if (_partySet[x] != _partySet[y]) return _partySet[x].CompareTo(_partySet[y]);
            return _day[x] != _day[y] ? _day[x].CompareTo(_day[y]) : x.CompareTo(y);
        });
        for (int p = 0; p < byParty.Length; p++)
        {
            for (int q = p + 1; q < byParty.Length && q <= p + k; q++)
            {
                if (WithinWindow(byParty[p], byParty[q])) pairs.Add(Pack(byParty[p], byParty[q]));
            }
        }
        if (probers is null) return;
        // Claims that name a place inside this coarse place meet its nearest claims by date.
        foreach (var i in probers)
        {
            int pos = LowerBound(byDate, i);
            for (int q = pos - 1, taken = 0; q >= 0 && taken < k; q--)
            {
                if (byDate[q] == i) continue;
                taken++;
                if (WithinWindow(i, byDate[q])) pairs.Add(Pack(i, byDate[q]));
            }
            for (int q = pos, taken = 0; q < byDate.Length && taken < k; q++)
            {
                if (byDate[q] == i) continue;
                taken++;
                if (WithinWindow(i, byDate[q])) pairs.Add(Pack(i, byDate[q]));
            }
        }
    }

    /// <summary>Pairs of a claim that names no place with its neighbours (by evidence offset) in the same report.</summary>
    private List<long> NearbyPairs()
    {
        var nearby = new List<long>();
        foreach (var inReport in ClaimsByReport())
        {
            if (inReport.Length < 2) continue;
            bool anyPlaceless = false;
            foreach (var i in inReport) anyPlaceless |= _claimPlaces[i].Length == 0;
            if (!anyPlaceless) continue;
            var members = (int[])inReport.Clone();
            Array.Sort(members, (x, y) =>
            {
                int c = Start(x).CompareTo(Start(y));
                return c != 0 ? c : x.CompareTo(y);
            });
            for (int p = 0; p < members.Length; p++)
            {
                int i = members[p];
                if (_claimPlaces[i].Length > 0) continue;
                for (int q = p - 1; q >= 0 && q >= p - 2; q--)
                {
                    if (Math.Abs(Start(i) - Start(members[q])) <= _o.NearbyDistance) nearby.Add(Pack(i, members[q]));
                }
                for (int q = p + 1; q < members.Length && q <= p + 2; q++)
                {
                    if (Math.Abs(Start(members[q]) - Start(i)) <= _o.NearbyDistance) nearby.Add(Pack(i, members[q]));
                }
            }
        }
        return nearby;
    }

    private List<int> HomeKeys(int i)
    {
        var keys = new List<int>(2);
        foreach (var p in _claimPlaces[i])
        {
            int key = Area(p);
            if (key < 0) key = p;
            if (!keys.Contains(key)) keys.Add(key);
        }
        return keys;
    }

    private int LowerBound(int[] sortedByDate, int claim)
    {
        int lo = 0, hi = sortedByDate.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            int m = sortedByDate[mid];
            bool before = _day[m] < _day[claim] || (_day[m] == _day[claim] && m < claim);
            if (before) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private bool WithinWindow(int a, int b) => _day[a] == Unknown || _day[b] == Unknown || Math.Abs(_day[a] - _day[b]) <= _o.EventWindowDays;

    /// <summary>The claim's evidence offset, clamped to 0..int.MaxValue/2 so that differences never overflow.</summary>
    private int Start(int i) => Math.Clamp(_claims[i].Evidence?.Start ?? 0, 0, int.MaxValue / 2);

    private static long Pack(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    // ---------------------------------------------------------------- scoring

    /// <summary>A worker's buffers: candidate pairs, and a small direct-mapped cache of report-pair text similarities.</summary>
    private sealed class Scratch
    {
        private const int Size = 1024;
        private readonly long[] _keys = new long[Size];
        private readonly double[] _values = new double[Size];

        public Scratch() => Array.Fill(_keys, -1L);

        public List<long> Pairs { get; } = [];

        /// <summary>The links of the block being scored; reused, so only exact-size arrays are kept.</summary>
        public List<Link> Links { get; } = [];

        public double Similarity(ITextSimilarityModel model, int r1, int r2)
        {
            long key = r1 < r2 ? ((long)r1 << 32) | (uint)r2 : ((long)r2 << 32) | (uint)r1;
            int slot = (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 54);
            if (_keys[slot] == key) return _values[slot];
            double value = model.Score(r1, r2);
            _keys[slot] = key;
            _values[slot] = value;
            return value;
        }
    }

    /// <summary>Scores each distinct pair once (the list is sorted in place) and keeps the links.</summary>
    private Link[] Score(List<long> pairs, bool nearby, Scratch scratch)
    {
        pairs.Sort();
        var links = scratch.Links;
        links.Clear();
        long last = -1;
        foreach (var v in pairs)
        {
            if (v == last) continue;
            last = v;
            int a = (int)(v >> 32), b = (int)(v & 0xFFFFFFFF);
            if (a != b && TryLink(a, b, nearby, scratch, out var link)) links.Add(link);
        }
        return links.ToArray();
    }

    private bool TryLink(int a, int b, bool nearbyCandidate, Scratch scratch, out Link link)
    {
        link = default;
        bool dated = _day[a] != Unknown && _day[b] != Unknown;
        int gap = dated ? Math.Abs(_day[a] - _day[b]) : 0;
        if (dated && gap > _o.EventWindowDays) return false;
        if (!_partySets.Compatible(_partySet[a], _partySet[b])) return false;
        if (!_areaSets.Compatible(_areaSet[a], _areaSet[b])) return false;

        var flags = LinkFlags.None;
        bool strong = _areaSet[a] >= 0 && _areaSet[b] >= 0;
        bool weak = !strong && CoarseRelation(a, b) >= 0;
        bool sharedParty = _partySet[a] >= 0 && _partySet[b] >= 0;
        bool sameReport = _report[a] == _report[b];
        double text = sameReport ? 1.0 : scratch.Similarity(_text!, _report[a], _report[b]);
        bool textOk = !sameReport && text >= _o.MinTextSimilarity;
        bool nearby = nearbyCandidate && sameReport && (_claimPlaces[a].Length == 0 || _claimPlaces[b].Length == 0)
            && Math.Abs(Start(a) - Start(b)) <= _o.NearbyDistance;

        // A claim with no date at all (an undated report) joins another report's claims only when their texts are alike or both
        // name the same town or site: the same happening, not merely the same region.
        bool undated = _day[a] == Unknown || _day[b] == Unknown;
        if (undated && !sameReport && !textOk && !SharesPlace(a, b, localOnly: true)) return false;
        if (strong)
        {
            if (!(dated || sharedParty || sameReport || textOk)) return false;
        }
        else if (weak)
        {
            if (!(sharedParty || sameReport || textOk)) return false;
        }
        else if (!nearby) return false;

        double score = 0;
        if (strong) { flags |= LinkFlags.StrongPlace; score += 1.0 + (SharesPlace(a, b) ? 0.2 : 0); }
        else if (weak) { flags |= LinkFlags.WeakPlace; score += 0.5; }
        if (sharedParty) { flags |= LinkFlags.SharedParty; score += 1.0; }
        if (dated) { flags |= LinkFlags.Time; score += 1.0 - (double)gap / Math.Max(1, _o.EventWindowDays); }
        if (sameReport)
        {
            // Claims close together in one report most likely tell of one happening.
            flags |= LinkFlags.SameReport;
            score += 0.5 + 0.5 * Math.Max(0, 1.0 - Math.Abs(Start(a) - Start(b)) / (2.0 * _o.NearbyDistance + 1.0));
        }
        if (textOk) flags |= LinkFlags.Text;
        score += 0.5 * text;
        if (_family[a] == _family[b]) { flags |= LinkFlags.Family; score += 0.25; }
        if (nearby)
        {
            flags |= LinkFlags.Nearby;
            score += 1.0 - (double)Math.Abs(Start(a) - Start(b)) / (_o.NearbyDistance + 1.0);
        }
        link = new Link(a, b, score, flags);
        return true;
    }

    /// <summary>
    /// Whether both claims name one place; with <paramref name="localOnly"/>, one town or site (a place below the top level that
    /// contains none of the places named): the sign that undated reports tell of one happening.
    /// </summary>
    private bool SharesPlace(int a, int b, bool localOnly = false)
    {
        foreach (var p in _claimPlaces[a])
        {
            if (localOnly && (Depth(p) < 1 || _container[p])) continue;
            if (Array.BinarySearch(_claimPlaces[b], p) >= 0) return true;
        }
        return false;
    }

    /// <summary>A coarse place that relates the two claims (named by both, or named by one and containing a place of the other); -1 if none.</summary>
    private int CoarseRelation(int a, int b)
    {
        int best = -1;
        foreach (var pa in _claimPlaces[a])
        {
            foreach (var pb in _claimPlaces[b])
            {
                int found = -1;
                if (pa == pb && Area(pa) < 0) found = pa;
                else if (Area(pa) < 0 && Array.IndexOf(_chain[pb], pa) > 0) found = pa;
                else if (Area(pb) < 0 && Array.IndexOf(_chain[pa], pb) > 0) found = pb;
                if (found >= 0 && (best < 0 || found < best)) best = found;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- clusters

    /// <summary>Interned sorted sets of ids; "compatible" means one is empty or they intersect. Reads are thread-safe.</summary>
    private sealed class SetTable
    {
        private readonly Dictionary<int[], int> _ids = new(SetComparer.Instance);
        private readonly List<int[]> _sets = [];

        private readonly Dictionary<int, int> _singles = [];

        public int Intern(List<int> sorted)
        {
            if (sorted.Count == 1)
            {
                if (_singles.TryGetValue(sorted[0], out int single)) return single;
                single = InternArray(sorted.ToArray());
                _singles[sorted[0]] = single;
                return single;
            }
            return InternArray(sorted.ToArray());
        }

        private int InternArray(int[] key)
        {
            if (!_ids.TryGetValue(key, out int id))
            {
                id = _sets.Count;
                _ids.Add(key, id);
                _sets.Add(key);
            }
            return id;
        }

        public int[] this[int id] => _sets[id];

        /// <summary>True when either set is empty (-1) or they intersect.</summary>
        public bool Compatible(int x, int y) => x < 0 || y < 0 || x == y || Intersects(_sets[x], _sets[y]);

        public static bool Intersects(int[] a, int[] b)
        {
            int i = 0, j = 0;
            while (i < a.Length && j < b.Length)
            {
                if (a[i] == b[j]) return true;
                if (a[i] < b[j]) i++; else j++;
            }
            return false;
        }

        private sealed class SetComparer : IEqualityComparer<int[]>
        {
            public static readonly SetComparer Instance = new();

            public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

            public int GetHashCode(int[] obj)
            {
                var h = new HashCode();
                foreach (var v in obj) h.Add(v);
                return h.ToHashCode();
            }
        }
    }

    /// <summary>Union-find over claims; each root keeps what every member must stay compatible with.</summary>
    private sealed class Clusters
    {
        private readonly AlignmentRun _run;
        private readonly int[] _parent;
        private readonly int[] _size;
        private readonly int[] _minDay;
        private readonly int[] _maxDay;
        private readonly List<int>?[] _parties;
        private readonly List<int>?[] _areas;
        // The intersection of all of a cluster's party (area) sets: when two clusters' intersections meet, every pair is compatible.
        private readonly int[]?[] _partyCore;
        private readonly int[]?[] _areaCore;
        private readonly List<int>?[] _reasons;
        private readonly bool[] _timed;
        private readonly Dictionary<string, int> _reasonIds = new(StringComparer.Ordinal);
        private readonly List<string> _reasonNames = [];

        public Clusters(AlignmentRun run, int n)
        {
            _run = run;
            _parent = new int[n];
            _size = new int[n];
            _minDay = new int[n];
            _maxDay = new int[n];
            _parties = new List<int>?[n];
            _areas = new List<int>?[n];
            _partyCore = new int[]?[n];
            _areaCore = new int[]?[n];
            _reasons = new List<int>?[n];
            _timed = new bool[n];
            for (int i = 0; i < n; i++)
            {
                _parent[i] = i;
                _size[i] = 1;
                int d = run._day[i];
                _minDay[i] = d == Unknown ? int.MaxValue : d;
                _maxDay[i] = d == Unknown ? int.MinValue : d;
                if (run._partySet[i] >= 0)
                {
                    _parties[i] = [run._partySet[i]];
                    _partyCore[i] = run._partySets[run._partySet[i]];
                }
                if (run._areaSet[i] >= 0)
                {
                    _areas[i] = [run._areaSet[i]];
                    _areaCore[i] = run._areaSets[run._areaSet[i]];
                }
            }
        }

        private readonly HashSet<long> _refused = [];

        private int Find(int i)
        {
            while (_parent[i] != i) { _parent[i] = _parent[_parent[i]]; i = _parent[i]; }
            return i;
        }

        public void TryMerge(Link link)
        {
            int ra = Find(link.A), rb = Find(link.B);
            if (ra == rb) return;
            // Incompatibility only grows as clusters merge (wider spans, more sets), so a pair of roots found incompatible stays so
            // for as long as both are roots: many links between the same two clusters are then refused without a check.
            long pair = Pack(ra, rb);
            if (_refused.Contains(pair)) return;
            if (!Compatible(ra, rb))
            {
                _refused.Add(pair);
                return;
            }
            if (_size[ra] < _size[rb]) (ra, rb) = (rb, ra);
            _parent[rb] = ra;
            _size[ra] += _size[rb];
            _minDay[ra] = Math.Min(_minDay[ra], _minDay[rb]);
            _maxDay[ra] = Math.Max(_maxDay[ra], _maxDay[rb]);
            _parties[ra] = Union(_parties[ra], _parties[rb]);
            _areas[ra] = Union(_areas[ra], _areas[rb]);
            _partyCore[ra] = Core(_partyCore[ra], _partyCore[rb]);
            _areaCore[ra] = Core(_areaCore[ra], _areaCore[rb]);
            _partyCore[rb] = _areaCore[rb] = null;
            _reasons[ra] = Union(_reasons[ra], _reasons[rb]);
            _timed[ra] |= _timed[rb] | link.Flags.HasFlag(LinkFlags.Time);
            _parties[rb] = _areas[rb] = _reasons[rb] = null;
            AddReasons(ra, link);
        }

        private bool Compatible(int ra, int rb)
        {
            if (_minDay[ra] != int.MaxValue && _minDay[rb] != int.MaxValue)
            {
                long span = (long)Math.Max(_maxDay[ra], _maxDay[rb]) - Math.Min(_minDay[ra], _minDay[rb]);
                if (span > _run._o.EventWindowDays) return false;
            }
            return (CoresMeet(_partyCore[ra], _partyCore[rb]) || AllCompatible(_run._partySets, _parties[ra], _parties[rb]))
                && (CoresMeet(_areaCore[ra], _areaCore[rb]) || AllCompatible(_run._areaSets, _areas[ra], _areas[rb]));
        }

        /// <summary>True when both clusters have sets and their intersections share an element: then every set of one meets every set of the other.</summary>
        private static bool CoresMeet(int[]? x, int[]? y) => x is { Length: > 0 } && y is { Length: > 0 } && SetTable.Intersects(x, y);

        /// <summary>The intersection of two cores (a null core means "no sets yet").</summary>
        private static int[]? Core(int[]? x, int[]? y)
        {
            if (x is null) return y;
            if (y is null || ReferenceEquals(x, y)) return x;
            var result = new List<int>(Math.Min(x.Length, y.Length));
            int i = 0, j = 0;
            while (i < x.Length && j < y.Length)
            {
                if (x[i] == y[j]) { result.Add(x[i]); i++; j++; }
                else if (x[i] < y[j]) i++;
                else j++;
            }
            return [.. result];
        }

        private static bool AllCompatible(SetTable table, List<int>? x, List<int>? y)
        {
            if (x is null || y is null) return true;
            foreach (var a in x)
            {
                foreach (var b in y)
                {
                    if (!table.Compatible(a, b)) return false;
                }
            }
            return true;
        }

        private static List<int>? Union(List<int>? x, List<int>? y)
        {
            if (y is null) return x;
            if (x is null) return y;
            foreach (var v in y)
            {
                if (!x.Contains(v)) x.Add(v);
            }
            return x;
        }

        private int ReasonId(string reason)
        {
            if (!_reasonIds.TryGetValue(reason, out int id))
            {
                id = _reasonNames.Count;
                _reasonIds.Add(reason, id);
                _reasonNames.Add(reason);
            }
            return id;
        }

        private readonly Dictionary<int, int> _placeReason = [];
        private readonly Dictionary<int, int> _actorReason = [];

        private void AddReason(int root, int reason)
        {
            var list = _reasons[root] ??= [];
            if (!list.Contains(reason)) list.Add(reason);
        }

        private int PlaceReason(int place)
        {
            if (!_placeReason.TryGetValue(place, out int id)) _placeReason[place] = id = ReasonId("place:" + _run._places.Display(place));
            return id;
        }

        private int ActorReason(int actor)
        {
            if (!_actorReason.TryGetValue(actor, out int id)) _actorReason[actor] = id = ReasonId("actor:" + _run._actors.Display(actor));
            return id;
        }

        /// <summary>Records why the link grouped its claims: the keys that matched.</summary>
        private void AddReasons(int root, Link link)
        {
            var r = _run;
            int a = link.A, b = link.B;
            if (link.Flags.HasFlag(LinkFlags.StrongPlace))
            {
                foreach (var area in r._areaSets[r._areaSet[a]])
                {
                    if (Array.BinarySearch(r._areaSets[r._areaSet[b]], area) >= 0) AddReason(root, PlaceReason(area));
                }
            }
            else if (link.Flags.HasFlag(LinkFlags.WeakPlace))
            {
                int coarse = r.CoarseRelation(a, b);
                if (coarse >= 0) AddReason(root, PlaceReason(coarse));
            }
            if (link.Flags.HasFlag(LinkFlags.SharedParty))
            {
                foreach (var actor in r._partySets[r._partySet[a]])
                {
                    if (Array.BinarySearch(r._partySets[r._partySet[b]], actor) >= 0) AddReason(root, ActorReason(actor));
                }
            }
            if (link.Flags.HasFlag(LinkFlags.SameReport)) AddReason(root, ReasonId("same-report"));
            if (link.Flags.HasFlag(LinkFlags.Text)) AddReason(root, ReasonId("text-similarity"));
            if (link.Flags.HasFlag(LinkFlags.Family)) AddReason(root, ReasonId(r._family[a] == 1 ? "what:fighting" : "what:evacuation"));
            if (link.Flags.HasFlag(LinkFlags.Nearby)) AddReason(root, ReasonId("nearby-in-report"));
        }

        public AlignmentResult ToResult()
        {
            var r = _run;
            int n = r._claims.Length;
            var root = new int[n];
            var count = new int[n];
            for (int i = 0; i < n; i++) count[root[i] = Find(i)]++;
            var members = new int[n][];
            var roots = new List<int>();
            for (int i = 0; i < n; i++)
            {
                if (count[i] == 0) continue;
                members[i] = new int[count[i]];
                roots.Add(i);
            }
            Array.Clear(count);
            for (int i = 0; i < n; i++) members[root[i]][count[root[i]]++] = i;

            var events = new Event[roots.Count];
            Parallel.For(0, roots.Count, k => events[k] = BuildEvent(roots[k], members[roots[k]]));
            var eventOf = new string[n];
            for (int k = 0; k < roots.Count; k++)
            {
                foreach (var i in members[roots[k]]) eventOf[i] = events[k].Id;
            }
            Array.Sort(events, (x, y) => string.CompareOrdinal(x.Id, y.Id));

            // Claims ordered by report id, evidence offsets, then id (claim indexes are in id order).
            var order = new int[n];
            for (int i = 0; i < n; i++) order[i] = i;
            Array.Sort(order, (x, y) =>
            {
                int c = r._report[x].CompareTo(r._report[y]);
                if (c != 0) return c;
                c = r.Start(x).CompareTo(r.Start(y));
                if (c != 0) return c;
                c = (r._claims[x].Evidence?.End ?? 0).CompareTo(r._claims[y].Evidence?.End ?? 0);
                return c != 0 ? c : x.CompareTo(y);
            });
            var claims = new Claim[n];
            for (int k = 0; k < n; k++) claims[k] = r._claims[order[k]] with { EventId = eventOf[order[k]] };
            return new AlignmentResult(events, claims);
        }

        private Event BuildEvent(int root, int[] members)
        {
            var r = _run;
            var claimIds = members.Select(i => r._claims[i].Id).ToArray(); // members ascend, claims are in id order
            var id = StableId.Of("e-", claimIds);
            var reportIds = members.Select(i => r._reportIds[r._report[i]]).Distinct().Order(StringComparer.Ordinal).ToArray();

            var placeCounts = new Dictionary<int, int>();
            var areaCounts = new Dictionary<int, int>();
            var partyCounts = new Dictionary<int, int>();
            var actorCounts = new Dictionary<int, int>();
            var kindCounts = new Dictionary<ClaimKind, int>();
            int first = int.MaxValue, last = int.MinValue;
            foreach (var i in members)
            {
                foreach (var p in r._claimPlaces[i])
                {
                    Bump(placeCounts, p);
                    int area = r.Area(p);
                    if (area >= 0) Bump(areaCounts, area);
                }
                if (r._partySet[i] >= 0) foreach (var a in r._partySets[r._partySet[i]]) Bump(partyCounts, a);
                foreach (var a in r._claimActors[i]) Bump(actorCounts, a);
                kindCounts[r._claims[i].Kind] = kindCounts.GetValueOrDefault(r._claims[i].Kind) + 1;
                if (r._day[i] != Unknown)
                {
                    first = Math.Min(first, r._day[i]);
                    last = Math.Max(last, r._day[i]);
                }
            }
            DateOnly? firstDate = first == int.MaxValue ? null : DateOnly.FromDayNumber(first);
            DateOnly? lastDate = last == int.MinValue ? null : DateOnly.FromDayNumber(last);
            var places = Ranked(placeCounts, r._places).ToArray();

            var grouped = (_reasons[root] ?? []).Select(x => _reasonNames[x]).ToList();
            if (_timed[root] && firstDate is { } f && lastDate is { } l)
                grouped.Add(f == l ? "window:" + Iso(f) : "window:" + Iso(f) + ".." + Iso(l));
            grouped.Sort(StringComparer.Ordinal);

            return new Event
            {
                Id = id,
                Label = Label(placeCounts, areaCounts, partyCounts, actorCounts, kindCounts, firstDate, lastDate),
                Places = places,
                FirstDate = firstDate,
                LastDate = lastDate,
                ReportIds = reportIds,
                ClaimIds = claimIds,
                GroupedBy = grouped,
            };
        }

        private string Label(Dictionary<int, int> placeCounts, Dictionary<int, int> areaCounts, Dictionary<int, int> partyCounts,
            Dictionary<int, int> actorCounts, Dictionary<ClaimKind, int> kindCounts, DateOnly? first, DateOnly? last)
        {
            var r = _run;
            string who = partyCounts.Count > 0
                ? string.Join(", ", Ranked(partyCounts, r._actors).Take(2))
                : actorCounts.Count > 0
                    ? string.Join(", ", Ranked(actorCounts, r._actors).Take(2))
                    : kindCounts.OrderByDescending(k => k.Value).ThenBy(k => k.Key).First().Key.ToString().ToLowerInvariant();
            string where;
            if (areaCounts.Count > 0)
            {
                int area = areaCounts.OrderByDescending(x => x.Value).ThenBy(x => r._places.Display(x.Key), StringComparer.Ordinal).First().Key;
                var inside = placeCounts.Where(p => p.Key != area && r.Area(p.Key) == area)
                    .OrderByDescending(p => p.Value).ThenBy(p => r._places.Display(p.Key), StringComparer.Ordinal)
                    .Take(3).Select(p => r._places.Display(p.Key)).ToArray();
                where = r._places.Display(area) + (inside.Length > 0 ? " (" + string.Join(", ", inside) + ")" : "");
            }
            else if (placeCounts.Count > 0) where = string.Join(", ", Ranked(placeCounts, r._places).Take(2));
            else where = "place unknown";
            string when = first is null ? "" : first == last ? " · " + Iso(first.Value) : " · " + Iso(first.Value) + "–" + Iso(last!.Value);
            return who + " · " + where + when;
        }

        private static IEnumerable<string> Ranked(Dictionary<int, int> counts, NameTable names) =>
            counts.Select(x => (Name: names.Display(x.Key), Count: x.Value))
                .OrderByDescending(x => x.Count).ThenBy(x => x.Name, StringComparer.Ordinal).Select(x => x.Name);

        private static void Bump(Dictionary<int, int> counts, int key) => counts[key] = counts.GetValueOrDefault(key) + 1;

        private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
