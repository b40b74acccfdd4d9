namespace ClaimCheck.Events;

/// <summary>Union-find over the indexes 0..n-1: path halving, union by size (the larger set's root stays, the first on ties).</summary>
internal sealed class DisjointSets
{
    private readonly int[] _parent;
    private readonly int[] _size;

    public DisjointSets(int count)
    {
        _parent = new int[count];
        _size = new int[count];
        for (int i = 0; i < count; i++)
        {
            _parent[i] = i;
            _size[i] = 1;
        }
    }

    /// <summary>Number of elements.</summary>
    public int Count => _parent.Length;

    /// <summary>The root of <paramref name="i"/>'s set.</summary>
    public int Find(int i)
    {
        while (_parent[i] != i) { _parent[i] = _parent[_parent[i]]; i = _parent[i]; }
        return i;
    }

    /// <summary>The number of elements in the set of root <paramref name="root"/>.</summary>
    public int Size(int root) => _size[root];

    /// <summary>
    /// Joins the sets of two distinct roots. Returns the root that stays (the larger set's, <paramref name="ra"/> on ties) and
    /// the one it absorbed.
    /// </summary>
    public (int Root, int Absorbed) Union(int ra, int rb)
    {
        if (_size[ra] < _size[rb]) (ra, rb) = (rb, ra);
        _parent[rb] = ra;
        _size[ra] += _size[rb];
        return (ra, rb);
    }
}
