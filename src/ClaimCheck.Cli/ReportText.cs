using System.Globalization;
using System.Text;

namespace ClaimCheck.Cli;

/// <summary>
/// Decodes report files: a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE); without one the text must be strict UTF-8,
/// unless the user names an encoding (<c>--encoding windows-1256</c>). Invalid UTF-8 is refused with the byte offset and, when the
/// bytes read as Arabic in a legacy encoding, the option that would read them.
/// </summary>
internal static class ReportText
{
    static ReportText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The legacy encodings Arabic text is commonly found in, tried (in this order) when a file is not UTF-8.</summary>
    private static readonly string[] LegacyArabic = ["windows-1256", "iso-8859-6"];

    /// <summary>The encoding called <paramref name="name"/> (a web name such as windows-1256, iso-8859-6, utf-16), decoding strictly.</summary>
    public static bool TryGetEncoding(string name, out Encoding encoding)
    {
        try
        {
            encoding = Encoding.GetEncoding(name.Trim(), EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return true;
        }
        catch (ArgumentException)
        {
            encoding = null!;
            return false;
        }
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/>; returns null with <paramref name="text"/> set, or the problem to report. With
    /// <paramref name="named"/> the bytes are read in that encoding (a byte-order mark still wins, as it names the encoding).
    /// </summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, Encoding? named, out string text)
    {
        text = "";
        var (bom, skip) = ByteOrderMark(bytes);
        var encoding = bom ?? named;
        if (encoding is null)
        {
            if (Utf8Text.TryDecode(bytes, out text, out long offset)) return null;
            string where = $"invalid UTF-8 at byte {offset.ToString(CultureInfo.InvariantCulture)}";
            return LikelyLegacy(bytes) is { } legacy
                ? $"{where}; it reads as Arabic in {legacy}: try --encoding {legacy}"
                : $"{where}; if the file is in another encoding, name it with --encoding (e.g. windows-1256, utf-16)";
        }
        try
        {
            text = encoding.GetString(bytes[skip..]);
            return null;
        }
        catch (DecoderFallbackException ex)
        {
            string at = ex.Index >= 0 ? $" at byte {(skip + ex.Index).ToString(CultureInfo.InvariantCulture)}" : "";
            return $"invalid {encoding.WebName}{at}";
        }
    }

    private static (Encoding? Encoding, int Skip) ByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return (new UTF32Encoding(false, true, true), 4);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (new UnicodeEncoding(false, true, true), 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (new UnicodeEncoding(true, true, true), 2);
        return (null, 0); // A UTF-8 BOM is dropped by the strict UTF-8 path.
    }

    /// <summary>The first legacy encoding in which most letters of <paramref name="bytes"/> are Arabic, or null.</summary>
    private static string? LikelyLegacy(ReadOnlySpan<byte> bytes)
    {
        foreach (var name in LegacyArabic)
        {
            var lenient = Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
            if (ArabicShare(lenient.GetString(bytes)) >= 0.5) return name;
        }
        return null;
    }

    /// <summary>The share of the letters of <paramref name="text"/> that are Arabic letters (0 when there are none).</summary>
    public static double ArabicShare(string text)
    {
        int letters = 0, arabic = 0;
        foreach (char c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (IsArabic(c)) arabic++;
        }
        return letters == 0 ? 0 : (double)arabic / letters;
    }

    /// <summary>A letter of the Arabic blocks (Arabic, its supplement and extended-A, presentation forms A and B).</summary>
    private static bool IsArabic(char c) =>
        c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF'
            or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    /// <summary>Why <paramref name="text"/> will give no claims when it is empty or hardly Arabic, or null.</summary>
    public static string? Warning(string text, string? declaredLanguage = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return "the report is empty";
        string language = ClaimCheck.Languages.LanguageDetector.Resolve(declaredLanguage, text);
        if (!ClaimCheck.Languages.LanguageDetector.IsSupported(language))
            return $"the report is in language \"{language}\" ({(ArabicShare(text) * 100).ToString("0", CultureInfo.InvariantCulture)}% of its letters are Arabic); ClaimCheck reads Arabic and English only, so it yields no claims";
        return null;
    }
}
