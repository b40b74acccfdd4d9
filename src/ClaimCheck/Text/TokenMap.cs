using System.Numerics;

namespace ClaimCheck.Text;

/// <summary>
/// A value for some tokens of a document, looked up by token index in constant time, in memory proportional to the values
/// rather than to the tokens: one bit per token says whether a value is there, and a count per block of 64 tokens finds it
/// (about 0.2 bytes per token, against 8 or 16 for an array of references or pairs over every token).
/// </summary>
/// <typeparam name="T">The value; tokens without one read as <c>default</c>.</typeparam>
internal sealed class TokenMap<T>
{
    private readonly ulong[] _present;
    private readonly int[] _before; // values in the blocks before each block of 64 tokens
    private readonly int[] _tokens; // the tokens that have a value, ascending
    private readonly T[] _values;

    private TokenMap(int length, ulong[] present, int[] before, int[] tokens, T[] values)
    {
        Length = length;
        _present = present;
        _before = before;
        _tokens = tokens;
        _values = values;
    }

    /// <summary>
    /// A map over tokens [0, <paramref name="length"/>) holding, for each token, the first value given for it (as
    /// <c>map[token] ??= value</c> over <paramref name="items"/> in order would).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A token lies outside [0, length).</exception>
    public static TokenMap<T> FirstPerToken(int length, IEnumerable<(int Token, T Value)> items)
    {
        var present = new ulong[(length + 63) >> 6];
        var tokens = new ChunkedBuffer<int>(0);
        var values = new ChunkedBuffer<T>(0);
        int last = -1;
        using (var e = items.GetEnumerator())
        {
            while (e.MoveNext())
            {
                var (token, value) = e.Current;
                if ((uint)token >= (uint)length) throw new ArgumentOutOfRangeException(nameof(items), $"token {token} outside [0,{length})");
                if (token < last)
                {
                    // Out of order (the lexicons give their matches in order, but the map does not rely on it): a stable sort
                    // by token of everything keeps the first value of each token first.
                    var all = tokens.ToArray().Zip(values.ToArray()).ToList();
                    all.Add((token, value));
                    while (e.MoveNext()) all.Add(e.Current);
                    return FirstPerToken(length, all.Select((item, order) => (item, order)).OrderBy(x => x.item.Item1).ThenBy(x => x.order).Select(x => x.item));
                }
                if (token == last) continue;
                last = token;
                present[token >> 6] |= 1UL << (token & 63);
                tokens.Add(token);
                values.Add(value);
            }
        }
        var before = new int[present.Length];
        for (int b = 1; b < present.Length; b++) before[b] = before[b - 1] + BitOperations.PopCount(present[b - 1]);
        return new TokenMap<T>(length, present, before, tokens.ToArray(), values.ToArray());
    }

    /// <summary>Number of tokens the map covers.</summary>
    public int Length { get; }

    /// <summary>The value at <paramref name="token"/>, or <c>default</c>.</summary>
    /// <exception cref="IndexOutOfRangeException">The token lies outside [0, <see cref="Length"/>), as for an array.</exception>
    public T this[int token]
    {
        get
        {
            if ((uint)token >= (uint)Length) throw new IndexOutOfRangeException();
            ulong word = _present[token >> 6], bit = 1UL << (token & 63);
            return (word & bit) == 0 ? default! : _values[_before[token >> 6] + BitOperations.PopCount(word & (bit - 1))];
        }
    }

    /// <summary>The token and value of the last token at or before <paramref name="token"/> that has a value; false when none has.</summary>
    public bool TryGetAtOrBefore(int token, out int at, out T value)
    {
        int lo = 0, hi = _tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_tokens[mid] <= token) lo = mid + 1; else hi = mid;
        }
        if (lo == 0)
        {
            at = -1;
            value = default!;
            return false;
        }
        at = _tokens[lo - 1];
        value = _values[lo - 1];
        return true;
    }
}
