using System.Collections;
using ClaimCheck.Text;

namespace ClaimCheck.Lexicons;

/// <summary>
/// A set of words looked up by span: the rules test nearly every token of a report against the function-word sets, so the lookup
/// interns no string, and a word whose length no member has is rejected before it is hashed. (A frozen set's span lookup went
/// through an interface cast and a delegate per call, several per cent of extraction.)
/// </summary>
internal sealed class WordSet : IReadOnlyCollection<string>
{
    private readonly SpanLookup<bool> _lookup;
    private readonly string[] _words;
    // Bit L set when a member has length L (lengths of 64 and more share bit 63).
    private readonly ulong _lengths;

    public WordSet(IEnumerable<string> words)
    {
        _words = words.Distinct(StringComparer.Ordinal).ToArray();
        _lookup = new SpanLookup<bool>(_words.Select(w => new KeyValuePair<string, bool>(w, true)).ToArray());
        foreach (var w in _words) _lengths |= 1UL << Math.Min(w.Length, 63);
    }

    public int Count => _words.Length;

    public bool Contains(ReadOnlySpan<char> word) => (_lengths & (1UL << Math.Min(word.Length, 63))) != 0 && _lookup.TryGetValue(word, out _);

    public bool Contains(string? word) => word is not null && Contains(word.AsSpan());

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
