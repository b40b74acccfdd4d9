namespace ClaimCheck.Recognition;

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
            int h = string.GetHashCode(key.AsSpan());
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

    public bool TryGetValue(ReadOnlySpan<char> key, out T value)
    {
        if (key.Length <= MaxKeyLength)
        {
            int h = string.GetHashCode(key);
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
