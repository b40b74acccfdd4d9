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
        var starts = new int[n];
        var ends = new int[n];
        int len = 0;
        bool inHashtag = false;
        for (int i = 0; i < n; i++)
        {
            // Decomposed hamza above (NFD ؤ = و + U+0654) composes with the seat before it, so NFD and NFC text meet.
            if (original[i] == '\u0654' && len > 0 && ends[len - 1] == i)
            {
                char composed = original[starts[len - 1]] switch
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
                    ends[len - 1] = i + 1;
                    continue;
                }
            }
            char c = table[original[i]];
            if (c == CharFolds.Remove)
            {
                // A deleted mark belongs to the character before it.
                if (len > 0 && ends[len - 1] == i) ends[len - 1] = i + 1;
                continue;
            }
            if (c == ' ' || c == '\n') inHashtag = false;
            else if (c == '#') inHashtag = true;
            else if (c == '_' && inHashtag) c = ' ';

            if (c == ' ' && len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\n'))
            {
                ends[len - 1] = i + 1;
                continue;
            }
            if (c == '\'' && len > 0 && text[len - 1] == '\'' && ends[len - 1] == i && IsCurlySingle(original[i]) && IsCurlySingle(original[i - 1]))
            {
                text[len - 1] = '"';
                ends[len - 1] = i + 1;
                continue;
            }
            text[len] = c;
            starts[len] = i;
            ends[len] = i + 1;
            len++;
        }
        return new NormalizedText(original, new string(text, 0, len), starts, ends);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsCurlySingle(char c) => c is '\u2018' or '\u2019';
}

/// <summary>A normalised matching copy of a text with a map back to original UTF-16 offsets.</summary>
public sealed class NormalizedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    internal NormalizedText(string original, string text, int[] starts, int[] ends)
    {
        Original = original;
        Text = text;
        _starts = starts;
        _ends = ends;
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
        return new TextSpan(_starts[start], _ends[end - 1]);
    }

    /// <summary>The original offset of normalised position <paramref name="position"/> (a boundary, 0..Length).</summary>
    public int OriginalPosition(int position) => position < Text.Length ? _starts[position] : Original.Length;

    /// <summary>Maps an original offset to the first normalised position at or after it.</summary>
    public int FromOriginal(int originalOffset)
    {
        int lo = 0, hi = Text.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_ends[mid] <= originalOffset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
