using ClaimCheck.Text;
using System.Numerics;

namespace ClaimCheck.Recognition;

/// <summary>
/// The resolver of the gazetteer: from a written name to its place entry (canonical name, alias, or the best approximate
/// alias), and the containment hierarchy of the entries (ancestors, within, sharing a region).
/// </summary>
public sealed partial class Gazetteer
{
    /// <summary>All places, built-in first, in file order.</summary>
    public IReadOnlyList<Place> Places => _places;

    /// <summary>Looks a place up by canonical name (ignoring case).</summary>
    public bool TryGet(string canonicalName, out Place place)
    {
        if (canonicalName is not null && _byName.TryGetValue(canonicalName, out var p))
        {
            place = p;
            return true;
        }
        place = null!;
        return false;
    }

    /// <summary>The places containing <paramref name="place"/>, nearest first ("Yarmouk camp" → Southern Damascus, Damascus, Syria); empty when unknown or top-level.</summary>
    public IReadOnlyList<string> Ancestors(string place) =>
        place is not null && _ancestors.TryGetValue(place, out var chain) ? chain : [];

    /// <summary>True when <paramref name="place"/> is <paramref name="container"/> or lies within it (names compared ignoring case).</summary>
    public bool IsWithin(string place, string container)
    {
        if (place is null || container is null) return false;
        if (string.Equals(place, container, StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var a in Ancestors(place))
        {
            if (string.Equals(a, container, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// Resolves a name written alone: a canonical name, an alias (context aliases included, proclitics stripped), or
    /// else the best approximate alias scoring at least <see cref="FuzzyCutoff"/> (FuzzySharp ratio on normalised text).
    /// </summary>
    /// <param name="name">The name, in any spelling.</param>
    /// <param name="place">The place found.</param>
    /// <param name="score">100 for an exact match, else the similarity.</param>
    public bool TryResolve(string name, out Place place, out int score)
    {
        place = null!;
        score = 0;
        if (string.IsNullOrWhiteSpace(name)) return false;
        if (_byName.TryGetValue(name.Trim(), out var named))
        {
            place = named;
            score = 100;
            return true;
        }
        var tokens = PhraseMatcher<Hit>.TokensOf(name);
        if (tokens.Length == 0) return false;
        string rest = tokens.Length == 1 ? "" : " " + string.Join(' ', tokens, 1, tokens.Length - 1);
        foreach (var (form, _) in ArabicClitics.Candidates(tokens[0]))
        {
            if (_exact.TryGetValue(form + rest, out var hit))
            {
                if (hit.Place is null) return false;
                place = hit.Place;
                score = 100;
                return true;
            }
        }
        Hit? best = null;
        int bestScore = 0;
        int restLetters = 0;
        for (int i = 1; i < tokens.Length; i++) restLetters += StemLength(tokens[i]);
        Span<ulong> masks = stackalloc ulong[256];
        foreach (var (form, _) in ArabicClitics.Candidates(tokens[0]))
        {
            int letters = StemLength(form) + restLetters;
            if (letters < MinDotTypoLength) continue;
            if (BestFuzzy(form + rest, letters, masks, out var h, out int s) && s > bestScore)
            {
                best = h;
                bestScore = s;
            }
        }
        if (best?.Place is null) return false;
        place = best.Place;
        score = bestScore;
        return true;
    }

    /// <summary>
    /// Whether any alias could match a candidate approximately, known only by its bucket key, length, letters
    /// (<see cref="FuzzyRatio.Letters"/>) and letter count: the window and letter tests of <see cref="BestFuzzy"/> without its
    /// text, so that a run of words is written out only for the few candidates that pass (nearly none do).
    /// </summary>
    private bool MayMatchFuzzy(char bucketKey, int lc, ulong letters, int letterCount)
    {
        if (lc == 0 || Bucket(bucketKey) is not { } bucket) return false;
        bool ratioAllowed = letterCount >= MinFuzzyLength;
        var (first, end) = FuzzyWindow(bucket, lc, ratioAllowed);
        for (int i = first; i < end; i++)
        {
            var (ratio, slip) = Screen(bucket.Lengths[i], bucket.Letters[i], lc, letters, ratioAllowed);
            if (ratio || slip) return true;
        }
        return false;
    }

    /// <summary>
    /// Which comparisons an alias of length <paramref name="la"/> and letters <paramref name="aliasLetters"/> may pass against a
    /// candidate of length <paramref name="lc"/> and letters <paramref name="letters"/>: the ratio (its length in the window, which
    /// <see cref="FuzzyWindow"/> rounds down, and enough letters in common: letters one side has and the other lacks are never in
    /// a common subsequence), and the dot slip (equal lengths, one swapped letter leaving at most one letter on each side that the
    /// other lacks). Shared by <see cref="BestFuzzy"/> and <see cref="MayMatchFuzzy"/>.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static (bool Ratio, bool Slip) Screen(int la, ulong aliasLetters, int lc, ulong letters, bool ratioAllowed)
    {
        int onlyCandidate = BitOperations.PopCount(letters & ~aliasLetters), onlyAlias = BitOperations.PopCount(aliasLetters & ~letters);
        bool ratio = ratioAllowed && 400 * Math.Min(la, lc) >= (2 * FuzzyCutoff - 1) * (la + lc) && Math.Min(lc - onlyCandidate, la - onlyAlias) >= MinimumCommon(la + lc);
        return (ratio, la == lc && onlyCandidate <= 1 && onlyAlias <= 1);
    }

    /// <summary>
    /// The aliases of <paramref name="bucket"/> whose length can reach the cutoff against a candidate of length <paramref name="lc"/>:
    /// with the ratio, (2c − 1)·lc ≤ (401 − 2c)·la and (2c − 1)·la ≤ (401 − 2c)·lc (the lower bound rounded down); without it, the
    /// candidate's own length (only the dot-slip rule can match). Shared by <see cref="BestFuzzy"/> and <see cref="MayMatchFuzzy"/>.
    /// </summary>
    private static (int First, int End) FuzzyWindow(FuzzyBucket bucket, int lc, bool ratioAllowed) =>
        (bucket.FirstOfLength(ratioAllowed ? ((2 * FuzzyCutoff - 1) * lc) / (401 - 2 * FuzzyCutoff) : lc),
         bucket.FirstOfLength((ratioAllowed ? ((401 - 2 * FuzzyCutoff) * lc) / (2 * FuzzyCutoff - 1) : lc) + 1));

    /// <summary>The best approximate alias of a normalised candidate; exact equality is not expected here (exact lookup ran first).</summary>
    /// <param name="candidate">Normalised words, single-spaced.</param>
    /// <param name="letterCount">Its length counted as for <see cref="MinFuzzyLength"/>.</param>
    /// <param name="masks">Scratch for the bit-parallel ratio (256 entries).</param>
    /// <param name="hit">The alias entry found.</param>
    /// <param name="score">Its score.</param>
    private bool BestFuzzy(ReadOnlySpan<char> candidate, int letterCount, Span<ulong> masks, out Hit hit, out int score)
    {
        hit = null!;
        score = 0;
        if (candidate.Length == 0 || Bucket(BucketKey(candidate)) is not { } bucket) return false;
        bool ratioAllowed = letterCount >= MinFuzzyLength;
        int lc = candidate.Length;
        bool prepared = false;
        var ratio = default(FuzzyRatio);
        // The ratio is at most 200·min(la, lc)/(la + lc), hence the window; most candidates have no alias in it, and nothing else
        // is computed for them.
        var (first, end) = FuzzyWindow(bucket, lc, ratioAllowed);
        if (first >= end) return false;
        ulong letters = FuzzyRatio.Letters(candidate);
        for (int i = first; i < end; i++)
        {
            var (mayReach, maySlip) = Screen(bucket.Lengths[i], bucket.Letters[i], lc, letters, ratioAllowed);
            int s = 0;
            if (mayReach)
            {
                if (lc > FuzzyRatio.MaxPattern) s = FuzzyRatio.Ratio(candidate, bucket.Texts[i]);
                else
                {
                    if (!prepared)
                    {
                        ratio = new FuzzyRatio(candidate, masks);
                        prepared = true;
                    }
                    s = ratio.Ratio(bucket.Texts[i]);
                }
            }
            if (s < FuzzyCutoff && maySlip && IsOneDotSlip(candidate, bucket.Texts[i])) s = DotTypoScore;
            if (s >= FuzzyCutoff && s > score)
            {
                score = s;
                hit = bucket.Hits[i];
            }
        }
        if (prepared) ratio.Release();
        return score > 0;
    }

    private static bool IsOneDotSlip(ReadOnlySpan<char> a, string b)
    {
        int diffs = 0;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) continue;
            if (++diffs > 1 || DotClass(a[i]) != DotClass(b[i])) return false;
        }
        return diffs == 1;
    }

    /// <summary>Letters that differ only by their dots share a class (ب ت ث ن ي ئ · ج ح خ · د ذ · ر ز · س ش · ص ض · ط ظ · ع غ · ف ق).</summary>
    internal static char DotClass(char c) => c switch
    {
        '\u0628' or '\u062A' or '\u062B' or '\u0646' or '\u064A' or '\u0626' => '\u0628',
        '\u062C' or '\u062D' or '\u062E' => '\u062D',
        '\u062F' or '\u0630' => '\u062F',
        '\u0631' or '\u0632' => '\u0631',
        '\u0633' or '\u0634' => '\u0633',
        '\u0635' or '\u0636' => '\u0635',
        '\u0637' or '\u0638' => '\u0637',
        '\u0639' or '\u063A' => '\u0639',
        '\u0641' or '\u0642' => '\u0641',
        _ => c,
    };

    private static char BucketKey(ReadOnlySpan<char> s) => BucketKey(s, s.Length);

    /// <summary>
    /// The bucket key of a candidate of <paramref name="length"/> characters that starts with <paramref name="start"/> (at least its
    /// first three characters when it is longer than three): the dot class of its first letter, past the article.
    /// </summary>
    private static char BucketKey(ReadOnlySpan<char> start, int length)
    {
        int i = length > 3 && start[0] == '\u0627' && start[1] == '\u0644' ? 2 : 0;
        return DotClass(start[i]);
    }

    /// <summary>True when the two places lie in one region below country level (or one contains the other).</summary>
    private bool ShareRegion(Place guarded, Place other)
    {
        if (IsWithin(other.Name, guarded.Name)) return true;
        foreach (var a in Ancestors(guarded.Name))
        {
            if (_byName.TryGetValue(a, out var ap) && ap.Type == "country") continue;
            if (IsWithin(other.Name, a)) return true;
        }
        return false;
    }
}
