namespace ClaimCheck.Events;

/// <summary>
/// Clusters of claims merged link by link (<see cref="DisjointSets"/>); each root keeps what every member must stay compatible
/// with, so two clusters merge only when every pair of their claims stays compatible (dates within the window, parties and
/// areas meeting): one ambiguous claim cannot chain two events. Parties bind only claims of a deal or movement: who leaves under
/// which deal tells two evacuations apart, while the actors near a count of dead (the side that shelled, the dead's side, the
/// rescuers, the country the wounded were taken to) are too mixed to keep a whole cluster from another; a link between two
/// claims still needs their parties to meet. Each root also keeps why it was grouped.
/// </summary>
internal sealed class Clusters
{
    private readonly DisjointSets _sets;
    private readonly SetTable _partySets;
    private readonly SetTable _areaSets;
    private readonly int _window;
    private readonly int[] _minDay;
    private readonly int[] _maxDay;
    private readonly List<int>?[] _parties;
    private readonly List<int>?[] _areas;
    // The intersection of all of a cluster's party (area) sets: when two clusters' intersections meet, every pair is compatible.
    private readonly int[]?[] _partyCore;
    private readonly int[]?[] _areaCore;
    private readonly bool[] _timed;
    private readonly HashSet<long> _refused = [];

    /// <summary>One cluster per claim of <paramref name="features"/>.</summary>
    public Clusters(ClaimFeatures features, int eventWindowDays)
    {
        int n = features.Count;
        _sets = new DisjointSets(n);
        _partySets = features.PartySets;
        _areaSets = features.AreaSets;
        _window = eventWindowDays;
        _minDay = new int[n];
        _maxDay = new int[n];
        _parties = new List<int>?[n];
        _areas = new List<int>?[n];
        _partyCore = new int[]?[n];
        _areaCore = new int[]?[n];
        _timed = new bool[n];
        Reasons = new GroupingReasons(features);
        for (int i = 0; i < n; i++)
        {
            int d = features.Day[i];
            _minDay[i] = d == ClaimFeatures.Unknown ? int.MaxValue : d;
            _maxDay[i] = d == ClaimFeatures.Unknown ? int.MinValue : d;
            int party = features.BindingSet[i], area = features.AreaSet[i];
            if (party >= 0 && features.Family[i] == ClaimFeatures.Deal) // parties bind deals and movements only
            {
                _parties[i] = [party];
                _partyCore[i] = _partySets[party];
            }
            if (area >= 0)
            {
                _areas[i] = [area];
                _areaCore[i] = _areaSets[area];
            }
        }
    }

    /// <summary>Why each cluster was grouped, by root.</summary>
    public GroupingReasons Reasons { get; }

    /// <summary>The root of claim <paramref name="i"/>'s cluster.</summary>
    public int Find(int i) => _sets.Find(i);

    /// <summary>Whether a link with a time flag grouped the cluster of root <paramref name="root"/>.</summary>
    public bool Timed(int root) => _timed[root];

    /// <summary>Merges the clusters of the link's claims if they are distinct and compatible.</summary>
    public void TryMerge(Link link)
    {
        int ra = _sets.Find(link.A), rb = _sets.Find(link.B);
        if (ra == rb) return;
        // Incompatibility only grows as clusters merge (wider spans, more sets), so a pair of roots found incompatible stays so
        // for as long as both are roots: many links between the same two clusters are then refused without a check.
        long pair = IndexPair.Pack(ra, rb);
        if (_refused.Contains(pair)) return;
        if (!Compatible(ra, rb))
        {
            _refused.Add(pair);
            return;
        }
        (ra, rb) = _sets.Union(ra, rb);
        _minDay[ra] = Math.Min(_minDay[ra], _minDay[rb]);
        _maxDay[ra] = Math.Max(_maxDay[ra], _maxDay[rb]);
        _parties[ra] = Union(_parties[ra], _parties[rb]);
        _areas[ra] = Union(_areas[ra], _areas[rb]);
        _partyCore[ra] = Core(_partyCore[ra], _partyCore[rb]);
        _areaCore[ra] = Core(_areaCore[ra], _areaCore[rb]);
        _partyCore[rb] = _areaCore[rb] = null;
        Reasons.Merge(ra, rb);
        _timed[ra] |= _timed[rb] | link.Flags.HasFlag(LinkFlags.Time);
        _parties[rb] = _areas[rb] = null;
        Reasons.Add(ra, link);
    }

    /// <summary>Whether every claim of one root's cluster stays compatible with every claim of the other's.</summary>
    public bool Compatible(int ra, int rb)
    {
        if (_minDay[ra] != int.MaxValue && _minDay[rb] != int.MaxValue)
        {
            long span = (long)Math.Max(_maxDay[ra], _maxDay[rb]) - Math.Min(_minDay[ra], _minDay[rb]);
            if (span > _window) return false;
        }
        return (CoresMeet(_partyCore[ra], _partyCore[rb]) || AllCompatible(_partySets, _parties[ra], _parties[rb]))
            && (CoresMeet(_areaCore[ra], _areaCore[rb]) || AllCompatible(_areaSets, _areas[ra], _areas[rb]));
    }

    /// <summary>True when both clusters have sets and their intersections share an element: then every set of one meets every set of the other.</summary>
    private static bool CoresMeet(int[]? x, int[]? y) => x is { Length: > 0 } && y is { Length: > 0 } && SetTable.Intersects(x, y);

    /// <summary>The intersection of two cores (a null core means "no sets yet").</summary>
    internal static int[]? Core(int[]? x, int[]? y)
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

    /// <summary>Adds the values of <paramref name="y"/> missing from <paramref name="x"/> to <paramref name="x"/> (either may be null).</summary>
    internal static List<int>? Union(List<int>? x, List<int>? y)
    {
        if (y is null) return x;
        if (x is null) return y;
        foreach (var v in y)
        {
            if (!x.Contains(v)) x.Add(v);
        }
        return x;
    }
}
