namespace ClaimCheck.Events;

/// <summary>
/// Interned sorted sets of ids (a claim's parties, its areas): equal sets get one id, so clusters keep set ids, not arrays.
/// "Compatible" means one is empty (-1) or they intersect. Reads are thread-safe.
/// </summary>
internal sealed class SetTable
{
    private readonly Dictionary<int[], int> _ids = new(SetComparer.Instance);
    private readonly List<int[]> _sets = [];

    private readonly Dictionary<int, int> _singles = [];

    /// <summary>The id of the set <paramref name="sorted"/> (ascending, distinct), interned on first sight.</summary>
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

    /// <summary>Number of distinct sets.</summary>
    public int Count => _sets.Count;

    /// <summary>The elements of set <paramref name="id"/>, ascending.</summary>
    public int[] this[int id] => _sets[id];

    /// <summary>True when either set is empty (-1) or they intersect.</summary>
    public bool Compatible(int x, int y) => x < 0 || y < 0 || x == y || Intersects(_sets[x], _sets[y]);

    /// <summary>Whether two ascending arrays share an element.</summary>
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
