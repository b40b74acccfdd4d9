using System.Buffers;
using System.Globalization;
using System.Text;

namespace ClaimCheck.Output;

/// <summary>
/// Text for people: the outputs read by people (Markdown, HTML, CSV) and the messages of the command line show invisible
/// characters that could hide or rearrange what is around them as a visible <c>&lt;U+XXXX&gt;</c>. JSON and JSONL keep
/// every character as it is.
/// </summary>
/// <remarks>
/// Shown this way: the C0 controls (NUL, ESC, …) and DEL, the C1 controls (U+0080–U+009F), and the bidirectional
/// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can reverse the rest of a line. Tab, line feed,
/// carriage return and the Unicode line and paragraph separators are shown too unless the caller keeps line breaks (a format
/// that folds or quotes them itself). The directional marks (U+200E, U+200F, U+061C) are ordinary in Arabic text and stay.
/// </remarks>
public static class DisplayText
{
    private static readonly SearchValues<char> Hidden = SearchValues.Create(Build(keepLineBreaks: false));
    private static readonly SearchValues<char> HiddenKeepingLineBreaks = SearchValues.Create(Build(keepLineBreaks: true));

    /// <summary>
    /// <paramref name="text"/> with each hidden character replaced by <c>&lt;U+XXXX&gt;</c> (four upper-case hex digits);
    /// the same string when it has none, "" for null.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="keepLineBreaks">Keep tab, line feed, carriage return, U+2028 and U+2029 as they are.</param>
    public static string Show(string? text, bool keepLineBreaks = false)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var hidden = keepLineBreaks ? HiddenKeepingLineBreaks : Hidden;
        int first = text.AsSpan().IndexOfAny(hidden);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (hidden.Contains(c)) sb.Append("<U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('>');
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>True when <paramref name="c"/> is shown as <c>&lt;U+XXXX&gt;</c> by <see cref="Show"/> (line breaks included).</summary>
    public static bool IsHidden(char c) => Hidden.Contains(c);

    private static string Build(bool keepLineBreaks)
    {
        var chars = new StringBuilder();
        for (char c = '\0'; c <= '\u001F'; c++)
        {
            if (keepLineBreaks && c is '\t' or '\n' or '\r') continue;
            chars.Append(c);
        }
        for (char c = '\u007F'; c <= '\u009F'; c++) chars.Append(c);
        if (!keepLineBreaks) chars.Append('\u2028').Append('\u2029');
        for (char c = '\u202A'; c <= '\u202E'; c++) chars.Append(c);
        for (char c = '\u2066'; c <= '\u2069'; c++) chars.Append(c);
        return chars.ToString();
    }
}
