using ClaimCheck.Recognition;

namespace ClaimCheck.Events;

/// <summary>
/// The places named by claims, unified and placed in the hierarchy, and the place rules of alignment: a place's chain of
/// ancestors, its area (its ancestor at <see cref="AlignmentOptions.MinimumSharedPlaceDepth"/>), whether it contains another
/// named place, and the relations between the places of two claims.
/// </summary>
internal sealed class PlaceIndex
{
    private readonly NameTable _names;
    private readonly int _minimumSharedDepth;
    // Per key id: the ancestors the hierarchy gave (key ids, nearest first).
    private readonly List<int[]> _ancestors = [];
    // Per place key id (canonical ids only are filled, by Prepare): the chain [self, parent, grandparent, …].
    private readonly int[][] _chain;
    // Places that contain another named place (governorates, regions): naming one is no sign of the same happening.
    private readonly bool[] _container;
    private readonly bool _rootPlacesNothing;

    /// <summary>
    /// Asks <paramref name="hierarchy"/> about every name of <paramref name="names"/> (ancestors are interned as they come),
    /// then unifies the names: names the hierarchy does not know join a near-identical name (ratio of at least
    /// <paramref name="fuzzyThreshold"/>), and known names are preferred as the canonical one.
    /// </summary>
    public PlaceIndex(NameTable names, IPlaceHierarchy hierarchy, int fuzzyThreshold, int minimumSharedDepth, bool rootPlacesNothing = false)
    {
        _names = names;
        _minimumSharedDepth = minimumSharedDepth;
        _rootPlacesNothing = rootPlacesNothing;
        var isAncestor = new List<bool>();
        for (int k = 0; k < names.Count; k++)
        {
            while (isAncestor.Count < names.Count) isAncestor.Add(false);
            int[] found = [];
            foreach (var variant in names.Variants(k).ToArray())
            {
                var ancestors = hierarchy.Ancestors(variant);
                if (ancestors is null || ancestors.Count == 0) continue;
                var ids = new List<int>(ancestors.Count);
                foreach (var name in ancestors.Take(32))
                {
                    if (string.IsNullOrWhiteSpace(name)) continue;
                    int id = names.Intern(name, count: false);
                    if (id == k || ids.Contains(id)) break;
                    ids.Add(id);
                }
                found = ids.ToArray();
                break;
            }
            _ancestors.Add(found);
            while (isAncestor.Count < names.Count) isAncestor.Add(false);
            foreach (var a in found) isAncestor[a] = true;
        }
        bool Known(int k) => _ancestors[k].Length > 0 || isAncestor[k];
        names.Unify(k => !Known(k), Known, fuzzyThreshold);

        _chain = new int[names.Count][];
        _container = new bool[names.Count];
        for (int k = 0; k < _ancestors.Count; k++)
            foreach (var a in _ancestors[k]) _container[names.Canonical(a)] = true;
    }

    /// <summary>The unified place names.</summary>
    public NameTable Names => _names;

    /// <summary>The display name of canonical place <paramref name="place"/>.</summary>
    public string Display(int place) => _names.Display(place);

    /// <summary>
    /// Computes the chain of canonical place <paramref name="canonical"/> [self, parent, grandparent, …] (once); every place a
    /// claim names is prepared before the chains are read, and reads are then thread-safe.
    /// </summary>
    public int[] Prepare(int canonical)
    {
        if (_chain[canonical] is { } done) return done;
        var chain = new List<int> { canonical };
        foreach (var a in _ancestors[canonical])
        {
            int c = _names.Canonical(a);
            if (chain.Contains(c)) break;
            chain.Add(c);
        }
        return _chain[canonical] = chain.ToArray();
    }

    /// <summary>The chain of a prepared place: itself, then its ancestors, nearest first.</summary>
    public int[] Chain(int place) => _chain[place];

    /// <summary>How deep a prepared place lies: 0 for a place with no known ancestor.</summary>
    public int Depth(int place) => _chain[place].Length - 1;

    /// <summary>Whether the place contains another named place.</summary>
    public bool IsContainer(int place) => _container[place];

    /// <summary>The area of a specific place (its ancestor at the minimum shared depth), or -1 for a coarse place.</summary>
    public int Area(int place)
    {
        int depth = Depth(place);
        return depth >= _minimumSharedDepth ? _chain[place][depth - _minimumSharedDepth] : -1;
    }

    /// <summary>Whether a prepared place is one town or site: below the top level and containing none of the places named.</summary>
    public bool IsLocal(int place) => Depth(place) >= 1 && !_container[place];

    /// <summary>
    /// Whether two claims' places (sorted canonical ids) share a place; with <paramref name="localOnly"/>, one town or site (a
    /// place below the top level that contains none of the places named): the sign that undated reports tell of one happening.
    /// </summary>
    public bool SharesPlace(int[] a, int[] b, bool localOnly = false)
    {
        foreach (var p in a)
        {
            if (localOnly && !IsLocal(p)) continue;
            if (Array.BinarySearch(b, p) >= 0) return true;
        }
        return false;
    }

    /// <summary>With root-places-nothing on, a top-level place that holds others named in the input (the country): it places and relates nothing.</summary>
    public bool IsRoot(int place) => _rootPlacesNothing && Depth(place) == 0 && _container[place];

    /// <summary><paramref name="places"/> (prepared) without the roots (<see cref="IsRoot"/>); the same array when it holds none.</summary>
    public int[] WithoutRoots(int[] places)
    {
        if (!_rootPlacesNothing) return places;
        int roots = 0;
        foreach (var p in places) if (IsRoot(p)) roots++;
        if (roots == 0) return places;
        var kept = new int[places.Length - roots];
        int j = 0;
        foreach (var p in places) if (!IsRoot(p)) kept[j++] = p;
        return kept;
    }

    /// <summary>
    /// A coarse place that relates two claims' places (named by both, or named by one and containing a place of the other): the
    /// smallest such id, or -1 if none.
    /// </summary>
    public int CoarseRelation(int[] a, int[] b)
    {
        int best = -1;
        foreach (var pa in a)
        {
            if (IsRoot(pa)) continue;
            foreach (var pb in b)
            {
                if (IsRoot(pb)) continue;
                int found = -1;
                if (pa == pb && Area(pa) < 0) found = pa;
                else if (Area(pa) < 0 && Array.IndexOf(_chain[pb], pa) > 0) found = pa;
                else if (Area(pb) < 0 && Array.IndexOf(_chain[pa], pb) > 0) found = pb;
                if (found >= 0 && (best < 0 || found < best)) best = found;
            }
        }
        return best;
    }
}
