using System.Numerics;

namespace ClaimCheck.Recognition;

/// <summary>
/// FuzzySharp's <c>Fuzz.Ratio</c> computed without allocating: <c>round(100 · (|a| + |b| − d) / (|a| + |b|))</c> where
/// <c>d</c> is the insert/delete edit distance (a substitution costs two), that is <c>|a| + |b| − 2·LCS(a, b)</c>.
/// The longest common subsequence is counted bit-parallel (Allison–Dix, as restated by Hyyrö) with the pattern in one
/// 64-bit word, so one comparison costs a few operations per character of the other string.
/// </summary>
/// <remarks>A test compares <see cref="Ratio(ReadOnlySpan{char}, ReadOnlySpan{char})"/> with FuzzySharp on many random pairs, so the gazetteer's scores do not change.</remarks>
internal ref struct FuzzyRatio
{
    /// <summary>The longest pattern the bit-parallel count handles.</summary>
    public const int MaxPattern = 64;

    private const char BlockStart = '\u0600';

    // Masks of the pattern's positions for the Arabic block (by offset from U+0600) and for the space.
    private Span<ulong> _arabic;
    private ulong _space;
    private readonly ReadOnlySpan<char> _pattern;

    /// <summary>Prepares <paramref name="pattern"/> (at most <see cref="MaxPattern"/> characters) for many comparisons.</summary>
    /// <param name="pattern">The string compared with many others.</param>
    /// <param name="arabicMasks">Scratch of 256 entries, all zero; <see cref="Release"/> leaves it zero again.</param>
    public FuzzyRatio(ReadOnlySpan<char> pattern, Span<ulong> arabicMasks)
    {
        if (pattern.Length > MaxPattern) throw new ArgumentOutOfRangeException(nameof(pattern), "pattern longer than 64 characters");
        _pattern = pattern;
        _arabic = arabicMasks[..256];
        _space = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            ulong bit = 1UL << i;
            if ((uint)(c - BlockStart) < 256u) _arabic[c - BlockStart] |= bit;
            else if (c == ' ') _space |= bit;
        }
    }

    /// <summary>Zeroes the scratch entries the pattern set, so the scratch can serve the next pattern without clearing it all.</summary>
    public readonly void Release()
    {
        foreach (char c in _pattern)
            if ((uint)(c - BlockStart) < 256u) _arabic[c - BlockStart] = 0;
    }

    /// <summary>The positions of <paramref name="c"/> in the pattern.</summary>
    private readonly ulong Mask(char c)
    {
        if ((uint)(c - BlockStart) < 256u) return _arabic[c - BlockStart];
        if (c == ' ') return _space;
        ulong mask = 0;
        for (int i = 0; i < _pattern.Length; i++)
            if (_pattern[i] == c) mask |= 1UL << i;
        return mask;
    }

    /// <summary>The length of the longest common subsequence of the pattern and <paramref name="text"/>.</summary>
    public readonly int CommonSubsequence(ReadOnlySpan<char> text)
    {
        ulong v = ulong.MaxValue;
        foreach (char c in text)
        {
            ulong u = v & Mask(c);
            v = (v + u) | (v - u);
        }
        ulong used = _pattern.Length == 64 ? ulong.MaxValue : (1UL << _pattern.Length) - 1;
        return BitOperations.PopCount(~v & used);
    }

    /// <summary>FuzzySharp's ratio (0–100) of the pattern and <paramref name="text"/>.</summary>
    public readonly int Ratio(ReadOnlySpan<char> text) => Score(_pattern.Length, text.Length, CommonSubsequence(text), _pattern.SequenceEqual(text));

    /// <summary>
    /// Which letters a string uses, one bit per letter: the Arabic letters (U+0620–U+065F) get a bit each, other characters
    /// share bits. A bit set for one string and not the other stands for at least one character outside every common subsequence.
    /// </summary>
    public static ulong Letters(ReadOnlySpan<char> s)
    {
        ulong bits = 0;
        foreach (char c in s) bits |= 1UL << (c & 63);
        return bits;
    }

    /// <summary>
    /// The smallest common-subsequence length that gives two strings of lengths summing to <paramref name="sum"/> a ratio of
    /// at least <paramref name="cutoff"/> (more than <paramref name="sum"/> when none does).
    /// </summary>
    public static int MinimumCommon(int cutoff, int sum)
    {
        if (sum <= 0) return cutoff <= 0 ? 0 : 1;
        // Score grows with the common length: search the smallest passing one.
        int lo = 0, hi = sum / 2 + 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Score(sum - sum / 2, sum / 2, mid, equal: false) >= cutoff) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    /// <summary>The ratio of two strings of any length (a classic dynamic programme past <see cref="MaxPattern"/>).</summary>
    public static int Ratio(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > b.Length)
        {
            var t = a;
            a = b;
            b = t;
        }
        if (a.Length <= MaxPattern)
        {
            Span<ulong> masks = stackalloc ulong[256];
            masks.Clear();
            return new FuzzyRatio(a, masks).Ratio(b);
        }
        return Score(a.Length, b.Length, SlowCommonSubsequence(a, b), a.SequenceEqual(b));
    }

    private static int Score(int la, int lb, int lcs, bool equal)
    {
        int sum = la + lb;
        // FuzzySharp scores two empty strings 0.
        if (sum == 0) return 0;
        if (equal) return 100;
        int distance = sum - 2 * lcs;
        // The same floating-point steps as FuzzySharp, so rounding (to even) agrees.
        double ratio = (sum - distance) / (double)sum;
        return (int)Math.Round(100 * ratio);
    }

    private static int SlowCommonSubsequence(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
