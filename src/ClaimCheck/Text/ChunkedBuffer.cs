using System.Runtime.CompilerServices;

namespace ClaimCheck.Text;

/// <summary>
/// Collects items whose count is not known in advance, then gives them as one array of the exact size. Unlike a growing
/// list it never copies what it holds until the end, and its chunks (doubling from the first) stay below the large-object
/// heap's threshold, so a large input leaves short-lived garbage behind instead of large buffers that only a full collection frees.
/// </summary>
internal struct ChunkedBuffer<T>
{
    /// <summary>Items per chunk: under 85,000 bytes for items of up to 20 bytes.</summary>
    private const int ChunkLength = 4096;

    private List<T[]>? _full;
    private T[] _current;
    private int _used;

    /// <param name="expected">How many items are expected; the first chunk holds that many (at most a chunk's length).</param>
    public ChunkedBuffer(int expected) => _current = new T[Math.Clamp(expected, 16, ChunkLength)];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(T item)
    {
        if (_used == _current.Length) NextChunk();
        _current[_used++] = item;
    }

    private void NextChunk()
    {
        (_full ??= []).Add(_current);
        // Doubling up to the chunk length: a small input stays small, a large one never has a large chunk.
        _current = new T[Math.Min(ChunkLength, _current.Length * 2)];
        _used = 0;
    }

    public readonly T[] ToArray()
    {
        int count = _used;
        if (_full is not null) foreach (var chunk in _full) count += chunk.Length;
        var result = new T[count];
        int at = 0;
        if (_full is not null)
        {
            foreach (var chunk in _full)
            {
                chunk.CopyTo(result, at);
                at += chunk.Length;
            }
        }
        Array.Copy(_current, 0, result, at, _used);
        return result;
    }
}
