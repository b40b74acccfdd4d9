using System.Globalization;
using System.Text;

namespace ClaimCheck.Tests.Resources;

/// <summary>
/// Unicode canonical normalisation (NFD and NFC, UAX #15) from the tables in <see cref="UnicodeCanonicalData"/>.
/// The build runs with InvariantGlobalization, where <see cref="string.Normalize()"/> and <see cref="string.IsNormalized()"/>
/// silently return their input and true; the lexicon lint and the normaliser tests need the real thing.
/// </summary>
internal static class CanonicalNormalization
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly (int First, int Last, int Class)[] Classes = ParseClasses();
    private static readonly Dictionary<int, int[]> Decomposition = [];
    private static readonly Dictionary<long, int> Composition = [];

    static CanonicalNormalization()
    {
        foreach (var entry in UnicodeCanonicalData.Decompositions.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            bool excluded = entry[0] == '!';
            var (cp, parts) = (entry.TrimStart('!').Split(':')[0], entry.Split(':')[1]);
            int c = Hex(cp);
            int[] d = parts.Split(',').Select(Hex).ToArray();
            Decomposition[c] = d;
            if (!excluded && d.Length == 2) Composition[Key(d[0], d[1])] = c;
        }
    }

    private static (int, int, int)[] ParseClasses() =>
        UnicodeCanonicalData.CombiningClasses.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(e =>
        {
            var (range, cls) = (e.Split(':')[0], int.Parse(e.Split(':')[1], CultureInfo.InvariantCulture));
            var ends = range.Split('-');
            return (Hex(ends[0]), Hex(ends[^1]), cls);
        }).ToArray();

    private static int Hex(string s) => int.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static long Key(int a, int b) => ((long)a << 21) | (uint)b;

    /// <summary>The canonical combining class of a code point.</summary>
    public static int CombiningClass(int cp)
    {
        int lo = 0, hi = Classes.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (cp < Classes[mid].First) hi = mid - 1;
            else if (cp > Classes[mid].Last) lo = mid + 1;
            else return Classes[mid].Class;
        }
        return 0;
    }

    /// <summary>True when <paramref name="s"/> is in Normalization Form C.</summary>
    public static bool IsNfc(string s) => string.Equals(ToNfc(s), s, StringComparison.Ordinal);

    /// <summary>Normalization Form D: full canonical decomposition, marks in canonical order.</summary>
    public static string ToNfd(string s) => Encode(Decompose(s));

    /// <summary>Normalization Form C: canonical decomposition, then canonical composition.</summary>
    public static string ToNfc(string s)
    {
        var cps = Decompose(s);
        var result = new List<int>(cps.Count);
        int starter = -1, lastClass = 0;
        foreach (int cp in cps)
        {
            int cls = CombiningClass(cp);
            if (starter >= 0)
            {
                bool adjacent = result.Count - 1 == starter;
                bool blocked = !adjacent && (lastClass == 0 || lastClass >= cls);
                if (!blocked && TryCompose(result[starter], cp, out int composite))
                {
                    result[starter] = composite;
                    continue;
                }
            }
            if (cls == 0) starter = result.Count;
            result.Add(cp);
            lastClass = cls;
        }
        return Encode(result);
    }

    private static bool TryCompose(int a, int b, out int composite)
    {
        if (a - LBase is >= 0 and < LCount && b - VBase is >= 0 and < VCount)
        {
            composite = SBase + ((a - LBase) * VCount + (b - VBase)) * TCount;
            return true;
        }
        if (a - SBase is >= 0 and < SCount && (a - SBase) % TCount == 0 && b - TBase is > 0 and < TCount)
        {
            composite = a + (b - TBase);
            return true;
        }
        return Composition.TryGetValue(Key(a, b), out composite);
    }

    private static List<int> Decompose(string s)
    {
        var result = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) cp = char.ConvertToUtf32(s[i], s[++i]);
            Append(result, cp);
        }
        // Canonical ordering: a stable sort of each run of non-starters by combining class.
        for (int i = 1; i < result.Count; i++)
        {
            int cls = CombiningClass(result[i]);
            if (cls == 0) continue;
            for (int j = i; j > 0 && CombiningClass(result[j - 1]) > cls; j--)
                (result[j - 1], result[j]) = (result[j], result[j - 1]);
        }
        return result;
    }

    private static void Append(List<int> result, int cp)
    {
        if (cp - SBase is >= 0 and < SCount)
        {
            int index = cp - SBase;
            result.Add(LBase + index / NCount);
            result.Add(VBase + index % NCount / TCount);
            if (index % TCount != 0) result.Add(TBase + index % TCount);
            return;
        }
        if (Decomposition.TryGetValue(cp, out var parts))
        {
            foreach (int p in parts) Append(result, p);
            return;
        }
        result.Add(cp);
    }

    private static string Encode(List<int> cps)
    {
        var sb = new StringBuilder(cps.Count);
        foreach (int cp in cps)
        {
            if (cp is >= 0xD800 and <= 0xDFFF) sb.Append((char)cp);   // a lone surrogate stays as it was
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }
}
