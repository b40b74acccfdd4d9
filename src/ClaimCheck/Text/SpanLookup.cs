namespace ClaimCheck.Text;

/// <summary>
/// A read-only hash table keyed by strings and looked up by <see cref="ReadOnlySpan{T}"/> of chars, so a token can be
/// looked up (with its proclitics sliced off) without allocating, on every target framework.
/// </summary>
internal sealed class SpanLookup<T>
{
    private readonly string[] _keys;
    private readonly T[] _values;
    private readonly int[] _hashes;
    private readonly int[] _buckets; // 1-based entry index, 0 = empty
    private readonly int[] _next;    // 1-based entry index, 0 = end of chain
    private readonly int _mask;

    public SpanLookup(IReadOnlyList<KeyValuePair<string, T>> items)
    {
        int n = items.Count;
        int size = 8;
        while (size < n * 2) size <<= 1;
        _mask = size - 1;
        _buckets = new int[size];
        _keys = new string[n];
        _values = new T[n];
        _hashes = new int[n];
        _next = new int[n];
        for (int i = 0; i < n; i++)
        {
            var (key, value) = (items[i].Key, items[i].Value);
            int h = Hash(key);
            _keys[i] = key;
            _values[i] = value;
            _hashes[i] = h;
            ref int bucket = ref _buckets[h & _mask];
            _next[i] = bucket;
            bucket = i + 1;
        }
        MaxKeyLength = n == 0 ? 0 : _keys.Max(k => k.Length);
    }

    /// <summary>Length of the longest key; longer spans are never found.</summary>
    public int MaxKeyLength { get; }

    public int Count => _keys.Length;

    /// <summary>
    /// FNV-1a over the UTF-16 code units. The keys are fixed when the table is built, so text cannot grow a chain: a cheap,
    /// unrandomised hash is safe here and several times faster than the default one on words of a few letters.
    /// </summary>
    private static int Hash(ReadOnlySpan<char> key)
    {
        uint h = 2166136261;
        foreach (char c in key) h = (h ^ c) * 16777619;
        return (int)(h ^ (h >> 15));
    }

    public bool TryGetValue(ReadOnlySpan<char> key, out T value)
    {
        if (key.Length <= MaxKeyLength)
        {
            int h = Hash(key);
            for (int i = _buckets[h & _mask]; i != 0; i = _next[i - 1])
            {
                if (_hashes[i - 1] == h && key.SequenceEqual(_keys[i - 1]))
                {
                    value = _values[i - 1];
                    return true;
                }
            }
        }
        value = default!;
        return false;
    }
}
