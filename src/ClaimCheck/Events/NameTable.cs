using System.Globalization;
using System.Text;
using ClaimCheck.Text;

namespace ClaimCheck.Events;

/// <summary>
/// Interns names (places, actors) under a folded key, then unifies keys that are near-identical (FuzzySharp ratio), so that
/// "Yarmouk camp", "al-Yarmouk Camp" and "Yarmuk camp" become one name. Ids are assigned in first-seen order; callers feed
/// names in a canonical order, so the result does not depend on input order.
/// </summary>
internal sealed class NameTable
{
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byRaw = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];
    private readonly List<List<int>> _variants = [];
    private readonly List<string> _rawNames = [];
    private readonly List<int> _rawKey = [];
    private int[] _rawUses = new int[16];
    private int[] _canonical = [];

    /// <summary>Number of distinct keys.</summary>
    public int Count => _keys.Count;

    /// <summary>The folded key of key id <paramref name="id"/>.</summary>
    public string Key(int id) => _keys[id];

    /// <summary>Interns <paramref name="raw"/> and counts one use of this spelling.</summary>
    public int Intern(string raw, bool count = true)
    {
        if (!_byRaw.TryGetValue(raw, out int rawId))
        {
            var key = Fold(raw);
            if (!_byKey.TryGetValue(key, out int keyId))
            {
                keyId = _keys.Count;
                _byKey.Add(key, keyId);
                _keys.Add(key);
                _variants.Add([]);
            }
            rawId = _rawNames.Count;
            _byRaw.Add(raw, rawId);
            _rawNames.Add(raw);
            _rawKey.Add(keyId);
            _variants[keyId].Add(rawId);
            if (rawId == _rawUses.Length) Array.Resize(ref _rawUses, rawId * 2);
        }
        if (count) _rawUses[rawId]++;
        return _rawKey[rawId];
    }

    /// <summary>Interns every non-blank name of <paramref name="names"/> (counting a use of each); their key ids, in order.</summary>
    public int[] InternAll(IReadOnlyList<string>? names)
    {
        if (names is null || names.Count == 0) return [];
        var ids = new int[names.Count];
        int k = 0;
        foreach (var name in names)
        {
            if (!string.IsNullOrWhiteSpace(name)) ids[k++] = Intern(name);
        }
        if (k < ids.Length) Array.Resize(ref ids, k);
        return ids;
    }

    /// <summary>The canonical ids of key ids <paramref name="ids"/> (after <see cref="Unify"/>), sorted and distinct.</summary>
    public int[] CanonicalSet(int[] ids)
    {
        if (ids.Length == 0) return ids;
        var result = new int[ids.Length];
        for (int k = 0; k < ids.Length; k++) result[k] = Canonical(ids[k]);
        Array.Sort(result);
        int m = 1;
        for (int k = 1; k < result.Length; k++)
        {
            if (result[k] != result[m - 1]) result[m++] = result[k];
        }
        if (m < result.Length) Array.Resize(ref result, m);
        return result;
    }

    /// <summary>The spellings seen for key <paramref name="id"/>, ordinal order.</summary>
    public IEnumerable<string> Variants(int id) => _variants[id].Select(r => _rawNames[r]).Order(StringComparer.Ordinal);

    /// <summary>Uses of key <paramref name="id"/> counted by <see cref="Intern"/>.</summary>
    public int Uses(int id)
    {
        int total = 0;
        foreach (var r in _variants[id]) total += _rawUses[r];
        return total;
    }

    /// <summary>
    /// Unifies keys. A key for which <paramref name="fuzzy"/> is true is matched against every other key of similar length
    /// starting with the same letter, and joins the best match whose ratio reaches <paramref name="threshold"/>. The canonical
    /// member of a group is the one <paramref name="preferred"/> says, then the most used, then the ordinal-smallest key. Keys whose
    /// digits differ never join.
    /// </summary>
    public void Unify(Func<int, bool> fuzzy, Func<int, bool> preferred, int threshold)
    {
        int n = _keys.Count;
        var sets = new DisjointSets(n);
        if (threshold <= 100)
        {
            // Block by first character; compare only keys whose lengths could reach the threshold.
            var order = Enumerable.Range(0, n).Where(i => _keys[i].Length > 0)
                .OrderBy(i => _keys[i][0]).ThenBy(i => _keys[i].Length).ThenBy(i => _keys[i], StringComparer.Ordinal).ToArray();
            double minLengthRatio = threshold / (200.0 - threshold);
            int blockStart = 0;
            for (int a = 0; a < order.Length; a++)
            {
                int i = order[a];
                var ki = _keys[i];
                if (a > 0 && _keys[order[a - 1]][0] != ki[0]) blockStart = a;
                if (!fuzzy(i) || ki.Length < 5) continue;
                int best = -1, bestScore = -1;
                for (int b = blockStart; b < order.Length; b++)
                {
                    int j = order[b];
                    var kj = _keys[j];
                    if (kj[0] != ki[0]) break;
                    if (j == i) continue;
                    int shorter = Math.Min(ki.Length, kj.Length), longer = Math.Max(ki.Length, kj.Length);
                    if (shorter < longer * minLengthRatio) { if (kj.Length > ki.Length) break; continue; }
                    if (!SameDigits(ki, kj)) continue;
                    int score = Recognition.FuzzyRatio.Ratio(ki, kj); // FuzzySharp's ratio, without allocating
                    if (score < threshold) continue;
                    if (score > bestScore || (score == bestScore && string.CompareOrdinal(kj, _keys[best]) < 0)) { best = j; bestScore = score; }
                }
                if (best >= 0)
                {
                    int ri = sets.Find(i), rb = sets.Find(best);
                    if (ri != rb) sets.Union(ri, rb);
                }
            }
        }
        var groups = new Dictionary<int, List<int>>();
        for (int i = 0; i < n; i++)
        {
            int r = sets.Find(i);
            if (!groups.TryGetValue(r, out var g)) groups[r] = g = [];
            g.Add(i);
        }
        _canonical = new int[n];
        foreach (var g in groups.Values)
        {
            int rep = g.OrderByDescending(i => preferred(i)).ThenByDescending(Uses).ThenBy(i => _keys[i], StringComparer.Ordinal).First();
            foreach (var i in g) _canonical[i] = rep;
        }
    }

    /// <summary>The canonical key id of key <paramref name="id"/> (after <see cref="Unify"/>).</summary>
    public int Canonical(int id) => _canonical.Length == 0 ? id : _canonical[id];

    /// <summary>The display name of canonical id <paramref name="id"/>: its most used spelling (ordinal-smallest on ties).</summary>
    public string Display(int id)
    {
        string? best = null;
        int bestUses = -1;
        foreach (var r in _variants[id])
        {
            var raw = _rawNames[r];
            int uses = _rawUses[r];
            if (uses > bestUses || (uses == bestUses && string.CompareOrdinal(raw, best) < 0)) { best = raw; bestUses = uses; }
        }
        return best ?? _keys[id];
    }

    /// <summary>
    /// The folded key of a name: normalised (<see cref="ArabicNormalizer"/>), Latin accents removed, split on anything that is not
    /// a letter or digit, the article dropped (al, el, the; ال on Arabic words of more than three letters), joined without separators.
    /// </summary>
    public static string Fold(string name)
    {
        var norm = ArabicNormalizer.Normalize(name).Text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(norm.Length);
        var word = new StringBuilder();
        void Flush()
        {
            if (word.Length == 0) return;
            var w = word.ToString();
            word.Clear();
            if (w is "al" or "el" or "the") return;
            if (w.Length > 3 && w.StartsWith("\u0627\u0644", StringComparison.Ordinal)) w = w[2..];
            sb.Append(w);
        }
        foreach (char c in norm)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (char.IsLetterOrDigit(c)) word.Append(char.ToLowerInvariant(c));
            else Flush();
        }
        Flush();
        return sb.Length > 0 ? sb.ToString() : norm.Trim();
    }

    /// <summary>True when both keys hold the same digits in the same order: "district 1" never joins "district 7".</summary>
    private static bool SameDigits(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsAsciiDigit(a[i])) i++;
            while (j < b.Length && !char.IsAsciiDigit(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (a[i] != b[j]) return false;
            i++;
            j++;
        }
    }
}
