using System.Runtime.CompilerServices;

namespace ClaimCheck.Text;

/// <summary>Which optional folds the normaliser applies.</summary>
/// <param name="FoldTaaMarbuta">Fold ة to ه (matching copies only). Default true.</param>
public sealed record NormalizationOptions(bool FoldTaaMarbuta = true)
{
    /// <summary>The options used for matching lexicons against text.</summary>
    public static NormalizationOptions Matching { get; } = new();
}

/// <summary>
/// Makes a matching copy of Arabic (and mixed) text and keeps a map back to the original.
/// The per-character steps of <see cref="CharFolds"/> are composed once into a lookup table; three context
/// rules run in the single scan: runs of spaces collapse to one, a doubled curly quote (’’ or ‘‘) becomes one '"',
/// and underscores inside a hashtag become spaces (#جيش_الاسلام → #جيش الاسلام).
/// </summary>
public static class ArabicNormalizer
{
    private static readonly Func<char, char>[] MandatorySteps =
    [
        CharFolds.FoldSpaces, CharFolds.RemoveDiacritics, CharFolds.RemoveTatweel, CharFolds.UnifyAlef,
        CharFolds.UnifyYehAndKaf, CharFolds.FoldDigits, CharFolds.FoldNumberSeparators, CharFolds.FoldPunctuation,
        CharFolds.LowercaseLatin,
    ];

    private static readonly char[] TableWithTaa = BuildTable(MandatorySteps.Append(CharFolds.FoldTaaMarbuta));
    private static readonly char[] TableWithoutTaa = BuildTable(MandatorySteps);

    /// <summary>Composes steps into a table over every UTF-16 code unit.</summary>
    internal static char[] BuildTable(IEnumerable<Func<char, char>> steps)
    {
        var list = steps.ToArray();
        var table = new char[65536];
        for (int i = 0; i < table.Length; i++)
        {
            char c = (char)i;
            foreach (var step in list)
            {
                c = step(c);
                if (c == CharFolds.Remove) break;
            }
            table[i] = c;
        }
        return table;
    }

    /// <summary>Applies the composed per-character steps to one code unit (no context rules).</summary>
    public static char Fold(char c, NormalizationOptions? options = null) =>
        ((options ?? NormalizationOptions.Matching).FoldTaaMarbuta ? TableWithTaa : TableWithoutTaa)[c];

    /// <summary>Normalises <paramref name="original"/> for matching.</summary>
    public static NormalizedText Normalize(string original, NormalizationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(original);
        var table = (options ?? NormalizationOptions.Matching).FoldTaaMarbuta ? TableWithTaa : TableWithoutTaa;
        int n = original.Length;
        var text = new char[n];
        // Every character of the original either becomes a character of the copy or is merged into the one before it (a
        // deleted mark, a collapsed space), so a normalised character ends where the next one starts and the map needs only
        // the starts; and start - position grows only where characters were merged, so only those steps are kept.
        var map = new OffsetMap.Builder();
        int len = 0, lastStart = -1;
        bool inHashtag = false;
        for (int i = 0; i < n; i++)
        {
            // Decomposed hamza above (NFD ؤ = و + U+0654) composes with the seat before it, so NFD and NFC text meet.
            if (original[i] == '\u0654' && len > 0)
            {
                char composed = original[lastStart] switch
                {
                    '\u0648' => '\u0624',
                    '\u064A' => '\u0626',
                    '\u06D5' => '\u06C0',
                    '\u06C1' => '\u06C2',
                    '\u06D2' => '\u06D3',
                    _ => '\0',
                };
                if (composed != '\0')
                {
                    text[len - 1] = table[composed];
                    continue;
                }
            }
            char c = table[original[i]];
            // A deleted mark belongs to the character before it.
            if (c == CharFolds.Remove) continue;
            if (c == ' ' || c == '\n') inHashtag = false;
            else if (c == '#') inHashtag = true;
            else if (c == '_' && inHashtag) c = ' ';

            if (c == ' ' && len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\n')) continue;
            if (c == '\'' && len > 0 && text[len - 1] == '\'' && IsCurlySingle(original[i]) && IsCurlySingle(original[i - 1]))
            {
                text[len - 1] = '"';
                continue;
            }
            text[len] = c;
            map.Add(len, i);
            lastStart = i;
            len++;
        }
        return new NormalizedText(original, new string(text, 0, len), map.Build());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsCurlySingle(char c) => c is '\u2018' or '\u2019';
}

/// <summary>A normalised matching copy of a text with a map back to original UTF-16 offsets.</summary>
public sealed class NormalizedText
{
    private readonly OffsetMap _map;

    internal NormalizedText(string original, string text, OffsetMap map)
    {
        Original = original;
        Text = text;
        _map = map;
    }

    /// <summary>The original text.</summary>
    public string Original { get; }

    /// <summary>The normalised copy.</summary>
    public string Text { get; }

    /// <summary>Maps a half-open span of <see cref="Text"/> to the half-open span of <see cref="Original"/> it came from.</summary>
    public TextSpan ToOriginal(TextSpan span) => ToOriginal(span.Start, span.End);

    /// <summary>Maps a half-open span [start, end) of <see cref="Text"/> to the original.</summary>
    public TextSpan ToOriginal(int start, int end)
    {
        if (start < 0 || end < start || end > Text.Length)
            throw new ArgumentOutOfRangeException(nameof(start), $"span [{start},{end}) outside [0,{Text.Length}]");
        if (start == end)
        {
            int p = OriginalPosition(start);
            return new TextSpan(p, p);
        }
        return new TextSpan(_map.Start(start), End(end - 1));
    }

    /// <summary>The original offset of normalised position <paramref name="position"/> (a boundary, 0..Length).</summary>
    public int OriginalPosition(int position) => position < Text.Length ? _map.Start(position) : Original.Length;

    /// <summary>Where the original of normalised character <paramref name="index"/> ends: where the next one starts, or the end.</summary>
    private int End(int index) => index + 1 < Text.Length ? _map.Start(index + 1) : Original.Length;

    /// <summary>Maps an original offset to the first normalised position at or after it.</summary>
    public int FromOriginal(int originalOffset)
    {
        int lo = 0, hi = Text.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (End(mid) <= originalOffset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

/// <summary>
/// Where each character of a normalised copy starts in its original: position + shift, where the shift (characters merged
/// or deleted before it) only grows; kept as the positions where it changes, so text with few merges costs almost nothing.
/// </summary>
internal sealed class OffsetMap
{
    private readonly int[] _at;
    private readonly int[] _shift;
    private readonly int _count;

    private OffsetMap(int[] at, int[] shift, int count)
    {
        _at = at;
        _shift = shift;
        _count = count;
    }

    /// <summary>The original start of normalised character <paramref name="position"/>.</summary>
    public int Start(int position)
    {
        int lo = 0, hi = _count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_at[mid] <= position) lo = mid + 1; else hi = mid;
        }
        return position + (lo == 0 ? 0 : _shift[lo - 1]);
    }

    /// <summary>Collects the starts of the characters, in order.</summary>
    public struct Builder
    {
        private int[]? _at;
        private int[]? _shift;
        private int _count;

        /// <summary>Normalised character <paramref name="position"/> starts at <paramref name="start"/> (positions ascending).</summary>
        public void Add(int position, int start)
        {
            int shift = start - position;
            if (shift == (_count == 0 ? 0 : _shift![_count - 1])) return;
            if (_at is null || _count == _at.Length)
            {
                int size = _at is null ? 16 : _at.Length * 2;
                Array.Resize(ref _at, size);
                Array.Resize(ref _shift, size);
            }
            _at[_count] = position;
            _shift![_count] = shift;
            _count++;
        }

        /// <summary>The map.</summary>
        public readonly OffsetMap Build() => new(_at ?? [], _shift ?? [], _count);
    }
}
