namespace ClaimCheck.Text;

/// <summary>
/// The normaliser's per-character steps. Each is a small pure function from one UTF-16 code unit to
/// its folded form, or to <see cref="Remove"/>. <see cref="ArabicNormalizer"/> composes them into one lookup table.
/// </summary>
public static class CharFolds
{
    /// <summary>Marker returned by a step that deletes the character.</summary>
    public const char Remove = '\uFFFF';

    /// <summary>Harakat, shadda, sukun, dagger alef and Quranic annotation marks are deleted.</summary>
    public static char RemoveDiacritics(char c) =>
        c is (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u0610' and <= '\u061A') or (>= '\u06D6' and <= '\u06ED' and not '\u06E5' and not '\u06E6')
            ? Remove : c;

    /// <summary>Tatweel (kashida) is deleted.</summary>
    public static char RemoveTatweel(char c) => c == '\u0640' ? Remove : c;

    /// <summary>أ إ آ ٱ and the wavy-hamza alefs become bare alef ا.</summary>
    public static char UnifyAlef(char c) => c is '\u0623' or '\u0625' or '\u0622' or '\u0671' or '\u0672' or '\u0673' ? '\u0627' : c;

    /// <summary>Alef maqsura ى and Persian yeh ی become yeh ي; Persian keheh ک becomes kaf ك.</summary>
    public static char UnifyYehAndKaf(char c) => c switch
    {
        '\u0649' or '\u06CC' => '\u064A',
        '\u06A9' => '\u0643',
        _ => c,
    };

    /// <summary>Taa marbuta ة becomes heh ه (for matching only: "مدينة" and "مدينه" meet).</summary>
    public static char FoldTaaMarbuta(char c) => c == '\u0629' ? '\u0647' : c;

    /// <summary>Eastern Arabic (٠–٩) and Persian (۰–۹) digits become ASCII digits.</summary>
    public static char FoldDigits(char c) => c switch
    {
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => c,
    };

    /// <summary>The Arabic decimal separator ٫ becomes '.', the thousands separator ٬ becomes ','.</summary>
    public static char FoldNumberSeparators(char c) => c switch
    {
        '\u066B' => '.',
        '\u066C' => ',',
        _ => c,
    };

    /// <summary>Guillemets and curly double quotes become '"'; curly single quotes become '\''; Arabic comma, semicolon, question and percent signs become their Latin forms; dashes become '-'.</summary>
    public static char FoldPunctuation(char c) => c switch
    {
        '\u00AB' or '\u00BB' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        '\u060C' => ',',
        '\u061B' => ';',
        '\u061F' => '?',
        '\u066A' => '%',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };

    /// <summary>No-break and other Unicode spaces and tabs become ' '; zero-width characters, bidi marks and soft hyphens are deleted; other C0/C1 controls become ' ', and '\r' becomes '\n'.</summary>
    public static char FoldSpaces(char c) => c switch
    {
        '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF' or '\u00AD' => Remove,
        >= '\u202A' and <= '\u202E' => Remove,
        >= '\u2060' and <= '\u2069' => Remove,
        '\u00A0' or '\u1680' or '\u202F' or '\u205F' or '\u3000' or '\t' or '\v' or '\f' => ' ',
        >= '\u2000' and <= '\u200A' => ' ',
        '\u2028' or '\u2029' or '\u0085' or '\r' => '\n',
        '\n' => '\n',
        < ' ' => ' ',
        >= '\u007F' and <= '\u009F' => ' ',
        '\uFFFF' or '\uFFFE' => ' ',
        _ => c,
    };

    /// <summary>ASCII capitals become lower case, so "AFP" and "afp" meet.</summary>
    public static char LowercaseLatin(char c) => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
}
