namespace ClaimCheck.Text;

/// <summary>
/// One string per distinct text: <see cref="Intern"/> returns the same instance for equal spans, allocating only the first
/// time a text is seen. A large report repeats its words, so its token texts cost memory per distinct word, not per token.
/// Thread-safe. The hash is the runtime's randomised one (the texts come from user input, so a chain cannot be grown at will).
/// </summary>
internal sealed class SpanInterner
{
    private readonly object _gate = new();
    private string?[] _slots = new string?[64];
    private int[] _hashes = new int[64];
    private int _count;

    /// <summary>The string equal to <paramref name="text"/>.</summary>
    public string Intern(ReadOnlySpan<char> text)
    {
        int hash = string.GetHashCode(text);
        lock (_gate)
        {
            int mask = _slots.Length - 1;
            for (int i = hash & mask; ; i = (i + 1) & mask)
            {
                string? s = _slots[i];
                if (s is null)
                {
                    s = text.ToString();
                    _slots[i] = s;
                    _hashes[i] = hash;
                    if (++_count * 2 > _slots.Length) Grow();
                    return s;
                }
                if (_hashes[i] == hash && text.SequenceEqual(s)) return s;
            }
        }
    }

    private void Grow()
    {
        var slots = new string?[_slots.Length * 2];
        var hashes = new int[slots.Length];
        int mask = slots.Length - 1;
        for (int k = 0; k < _slots.Length; k++)
        {
            if (_slots[k] is not { } s) continue;
            int i = _hashes[k] & mask;
            while (slots[i] is not null) i = (i + 1) & mask;
            slots[i] = s;
            hashes[i] = _hashes[k];
        }
        _slots = slots;
        _hashes = hashes;
    }
}
