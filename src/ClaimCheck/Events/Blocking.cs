namespace ClaimCheck.Events;

/// <summary>
/// The candidate pairs of claims. Claims are put in blocks by area (or coarse place); in each block a claim is paired with its
/// <see cref="AlignmentOptions.NeighbourCount"/> next neighbours by date, by party then date, and by report then offset, and the claims that name a
/// place inside a coarse place are paired with the nearest claims (by date) of that coarse place's block. Claims naming no
/// place, and claims of a movement (evacuation, vehicles, evacuees), are paired with their neighbours in the report
/// (<see cref="NearbyPairs"/>). No all-pairs step: the pairs per claim
/// are bounded. Pairs are packed with <see cref="IndexPair.Pack"/> and may repeat.
/// </summary>
internal sealed class Blocking
{
    private const int Unknown = ClaimFeatures.Unknown;

    private readonly ClaimFeatures _features;
    private readonly int[] _day;
    private readonly int[] _partySet;
    private readonly int[][] _claimPlaces;
    private readonly int _neighbours;
    private readonly int _window;
    private readonly int _nearbyDistance;
    private readonly Dictionary<int, List<int>> _homes = [];
    private readonly Dictionary<int, List<int>> _probers = [];
    private readonly int[] _keys;

    public Blocking(ClaimFeatures features, AlignmentOptions options)
    {
        _features = features;
        _day = features.Day;
        _partySet = features.PartySet;
        _claimPlaces = features.Places;
        _neighbours = options.NeighbourCount;
        _window = options.EventWindowDays;
        _nearbyDistance = options.NearbyDistance;
        var places = features.PlaceIndex;
        int n = features.Count;
        for (int i = 0; i < n; i++)
        {
            foreach (var key in HomeKeys(places, _claimPlaces[i])) AddDistinct(_homes, key, i);
        }
        for (int i = 0; i < n; i++)
        {
            foreach (var place in _claimPlaces[i])
            {
                var chain = places.Chain(place);
                int depth = chain.Length - 1;
                for (int j = 1; j < chain.Length; j++)
                {
                    if (depth - j < options.MinimumSharedPlaceDepth && _homes.ContainsKey(chain[j])) AddDistinct(_probers, chain[j], i);
                }
            }
        }
        _keys = _homes.Keys.ToArray();
        Array.Sort(_keys);
    }

    /// <summary>Number of blocks.</summary>
    public int Count => _keys.Length;

    /// <summary>The block's key: an area, or a coarse place; blocks are numbered in key order.</summary>
    public int Key(int block) => _keys[block];

    /// <summary>The claims whose home is block <paramref name="block"/>, in claim order.</summary>
    public IReadOnlyList<int> Members(int block) => _homes[_keys[block]];

    /// <summary>The homes of a claim: the areas of its places, or the place itself for a coarse one.</summary>
    private static List<int> HomeKeys(PlaceIndex places, int[] claimPlaces)
    {
        var keys = new List<int>(2);
        foreach (var p in claimPlaces)
        {
            int key = places.Area(p);
            if (key < 0) key = p;
            if (!keys.Contains(key)) keys.Add(key);
        }
        return keys;
    }

    private static void AddDistinct(Dictionary<int, List<int>> map, int key, int claim)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (list.Count == 0 || list[^1] != claim) list.Add(claim);
    }

    /// <summary>The candidate pairs of block <paramref name="block"/>, appended to <paramref name="pairs"/>.</summary>
    public void AddPairs(int block, List<long> pairs)
    {
        int key = _keys[block];
        var members = _homes[key];
        var probers = _probers.GetValueOrDefault(key);
        int k = _neighbours, window = _window;
        var byDate = members.ToArray();
        Array.Sort(byDate, (x, y) => _day[x] != _day[y] ? _day[x].CompareTo(_day[y]) : x.CompareTo(y));
        for (int p = 0; p < byDate.Length; p++)
        {
            for (int q = p + 1; q < byDate.Length && q <= p + k; q++)
            {
                if (_day[byDate[p]] != Unknown && _day[byDate[q]] - _day[byDate[p]] > window) break;
                pairs.Add(IndexPair.Pack(byDate[p], byDate[q]));
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
                if (WithinWindow(byParty[p], byParty[q])) pairs.Add(IndexPair.Pack(byParty[p], byParty[q]));
            }
        }
        // Claims of one report meet their next neighbours in the report: in a block crowded with claims of other reports (many
        // undated ones sort together) the two orders above may keep them apart.
        var byReport = members.ToArray();
        var report = _features.Report;
        Array.Sort(byReport, (x, y) =>
        {
            if (report[x] != report[y]) return report[x].CompareTo(report[y]);
            int c = _features.Start(x).CompareTo(_features.Start(y));
            return c != 0 ? c : x.CompareTo(y);
        });
        for (int p = 0; p < byReport.Length; p++)
        {
            for (int q = p + 1; q < byReport.Length && q <= p + k && report[byReport[q]] == report[byReport[p]]; q++)
                pairs.Add(IndexPair.Pack(byReport[p], byReport[q]));
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
                if (WithinWindow(i, byDate[q])) pairs.Add(IndexPair.Pack(i, byDate[q]));
            }
            for (int q = pos, taken = 0; q < byDate.Length && taken < k; q++)
            {
                if (byDate[q] == i) continue;
                taken++;
                if (WithinWindow(i, byDate[q])) pairs.Add(IndexPair.Pack(i, byDate[q]));
            }
        }
    }

    /// <summary>
    /// Pairs of a claim that names no place with its neighbours (by evidence offset) in the same report, and of a claim of a
    /// movement with its neighbours of a deal (the departure, the arrival, the deal that sent the convoy).
    /// </summary>
    public List<long> NearbyPairs()
    {
        var f = _features;
        var moves = f.Moves;
        var family = f.Family;
        var nearby = new List<long>();
        foreach (var inReport in f.ClaimsByReport())
        {
            if (inReport.Length < 2) continue;
            bool anyPairing = false;
            foreach (var i in inReport) anyPairing |= _claimPlaces[i].Length == 0 || moves[i];
            if (!anyPairing) continue;
            var members = (int[])inReport.Clone();
            Array.Sort(members, (x, y) =>
            {
                int c = f.Start(x).CompareTo(f.Start(y));
                return c != 0 ? c : x.CompareTo(y);
            });
            for (int p = 0; p < members.Length; p++)
            {
                int i = members[p];
                // A claim naming places meets only its neighbours of a deal, and only when it tells of a movement (a convoy
                // leaves, then arrives; the deal that sent it).
                bool placed = _claimPlaces[i].Length > 0;
                if (placed && !moves[i]) continue;
                for (int q = Math.Max(0, p - 2); q <= p + 2 && q < members.Length; q++)
                {
                    int j = members[q];
                    if (q == p || (placed && (family[j] != ClaimFeatures.Deal || _claimPlaces[j].Length == 0))) continue; // a placeless one pairs itself
                    if (Math.Abs(f.Start(i) - f.Start(j)) <= _nearbyDistance) nearby.Add(IndexPair.Pack(i, j));
                }
            }
        }
        return nearby;
    }

    /// <summary>
    /// Pairs of a claim with no date at all with the dated claims that name the same town or site. In a block, claims without a
    /// date sort before all dated ones and meet only each other; here each meets, per town it names, one claim of each kind
    /// family from each run of dated claims there (claims at most <see cref="LinkScorer.SameDays"/> apart form a run), at most
    /// <see cref="MaxRunsPerTown"/> runs, the largest first: an undated report can then join the event it tells of once the
    /// dated reports have formed it. The pairs per undated claim are bounded.
    /// </summary>
    public List<long> UndatedPairs()
    {
        var f = _features;
        var places = f.PlaceIndex;
        var pairs = new List<long>();
        // Only the towns an undated claim names can give pairs: gather those first, then their claims.
        var undatedTowns = new HashSet<int>();
        for (int i = 0; i < f.Count; i++)
        {
            if (_day[i] != Unknown) continue;
            foreach (var p in _claimPlaces[i])
                if (places.IsLocal(p)) undatedTowns.Add(p);
        }
        if (undatedTowns.Count == 0) return pairs;
        var byTown = new Dictionary<int, List<int>>();
        for (int i = 0; i < f.Count; i++)
        {
            foreach (var p in _claimPlaces[i])
                if (undatedTowns.Contains(p)) AddDistinct(byTown, p, i);
        }
        var towns = byTown.Keys.ToArray();
        Array.Sort(towns);
        var undated = new List<int>();
        var dated = new List<int>();
        var runs = new List<(int Size, int First, int Last)>();
        foreach (var town in towns)
        {
            var members = byTown[town];
            undated.Clear();
            dated.Clear();
            foreach (var i in members) (_day[i] == Unknown ? undated : dated).Add(i);
            if (undated.Count == 0 || dated.Count == 0) continue;
            dated.Sort((x, y) => _day[x] != _day[y] ? _day[x].CompareTo(_day[y]) : x.CompareTo(y));
            runs.Clear();
            int start = 0;
            for (int q = 1; q <= dated.Count; q++)
            {
                if (q < dated.Count && _day[dated[q]] - _day[dated[q - 1]] <= LinkScorer.SameDays) continue;
                runs.Add((q - start, start, q));
                start = q;
            }
            runs.Sort((x, y) => x.Size != y.Size ? y.Size.CompareTo(x.Size) : x.First.CompareTo(y.First));
            for (int r = 0; r < runs.Count && r < MaxRunsPerTown; r++)
            {
                var (_, first, last) = runs[r];
                bool deal = false, fighting = false;
                for (int q = first; q < last && !(deal && fighting); q++)
                {
                    int d = dated[q];
                    bool isDeal = f.Family[d] == ClaimFeatures.Deal;
                    if (isDeal ? deal : fighting) continue;
                    if (isDeal) deal = true; else fighting = true;
                    foreach (var u in undated) pairs.Add(IndexPair.Pack(u, d));
                }
            }
        }
        return pairs;
    }

    /// <summary>How many runs of dated claims per town an undated claim meets (<see cref="UndatedPairs"/>).</summary>
    internal const int MaxRunsPerTown = 16;

    /// <summary>Where <paramref name="claim"/> goes in <paramref name="sortedByDate"/> (by day, then index).</summary>
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

    private bool WithinWindow(int a, int b) => _day[a] == Unknown || _day[b] == Unknown || Math.Abs(_day[a] - _day[b]) <= _window;
}
