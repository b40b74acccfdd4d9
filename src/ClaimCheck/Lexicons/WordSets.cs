using System.Collections.Frozen;

namespace ClaimCheck.Lexicons;

/// <summary>Looks words up in the lexicons' sets by span, so that testing every token of a report interns no string.</summary>
internal static class WordSets
{
    /// <summary>Whether <paramref name="words"/> holds <paramref name="word"/>: on .NET 9 and later by the span, without a string.</summary>
    public static bool Contains(FrozenSet<string> words, ReadOnlySpan<char> word)
    {
#if NET9_0_OR_GREATER
        if (words.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup)) return lookup.Contains(word);
#endif
        return words.Contains(word.ToString());
    }
}
