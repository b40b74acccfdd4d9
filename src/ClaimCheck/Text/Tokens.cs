namespace ClaimCheck.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    /// <summary>A run of letters (any script).</summary>
    Word,
    /// <summary>A run of ASCII digits, with ',' or '.' allowed between digits (1,500 · 21.05.2018 · 2.5).</summary>
    Number,
    /// <summary>One punctuation or symbol character.</summary>
    Punct,
}

/// <summary>A token of a normalised text; offsets are into <see cref="NormalizedText.Text"/>.</summary>
/// <param name="Start">Inclusive start in the normalised text.</param>
/// <param name="End">Exclusive end in the normalised text.</param>
/// <param name="Kind">Word, number or punctuation.</param>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    /// <summary>The token's span in the normalised text.</summary>
    public TextSpan Span => new(Start, End);
}

/// <summary>Splits normalised text into word, number and punctuation tokens. Whitespace separates and is dropped.</summary>
public static class Tokenizer
{
    /// <summary>Tokenises <paramref name="text"/> (already normalised).</summary>
    public static List<Token> Tokenize(string text) => [.. TokenizeToArray(text)];

    /// <summary>
    /// Tokenises <paramref name="text"/> into an array of the exact size. Tokens are gathered in chunks small enough to stay out
    /// of the large-object heap, so a large text leaves no large buffer behind, only its array.
    /// </summary>
    internal static Token[] TokenizeToArray(string text)
    {
        var tokens = new ChunkedBuffer<Token>(text.Length / 5 + 4);
        int i = 0, n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (c == ' ' || c == '\n') { i++; continue; }
            // "أصيب /7/ آخرون", "في الـ/24/ من الشهر": a slash with a digit on one side only brackets a number and is no token;
            // between digits ("5/4/2018") it stays.
            if (c == '/' && (i > 0 && IsDigit(text[i - 1])) != (i + 1 < n && IsDigit(text[i + 1]))) { i++; continue; }
            int start = i;
            if (IsDigit(c))
            {
                i++;
                while (i < n && (IsDigit(text[i]) || ((text[i] == ',' || text[i] == '.') && i + 1 < n && IsDigit(text[i + 1]) && IsDigit(text[i - 1])))) i++;
                tokens.Add(new Token(start, i, TokenKind.Number));
            }
            else if (IsWordChar(c))
            {
                i++;
                while (i < n && IsWordChar(text[i])) i++;
                tokens.Add(new Token(start, i, TokenKind.Word));
            }
            else
            {
                // A surrogate pair stays one token.
                i += char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new Token(start, i, TokenKind.Punct));
            }
        }
        return tokens.ToArray();
    }

    /// <summary>ASCII digit (the normaliser has folded the others).</summary>
    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>A letter or a combining mark that survived normalisation.</summary>
    public static bool IsWordChar(char c) => !IsDigit(c) && (char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark);
}

/// <summary>A sentence or clause: a span of the normalised text and the tokens inside it.</summary>
/// <param name="Span">Span in the normalised text, trimmed of spaces.</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="TokenCount">Number of tokens.</param>
public readonly record struct Segment(TextSpan Span, int FirstToken, int TokenCount)
{
    /// <summary>Index one past its last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>Splits token streams into sentences (. ! ? … and newlines, not between digits) and clauses (also , ; : and quotation boundaries).</summary>
public static class SentenceSplitter
{
    /// <summary>Sentences of a tokenised normalised text.</summary>
    public static List<Segment> Sentences(string text, IReadOnlyList<Token> tokens) => Split(text, tokens, 0, tokens.Count, clauses: false);

    /// <summary>Clauses of the sentence <paramref name="sentence"/>.</summary>
    public static List<Segment> Clauses(string text, IReadOnlyList<Token> tokens, Segment sentence) =>
        Split(text, tokens, sentence.FirstToken, sentence.EndToken, clauses: true);

    private static List<Segment> Split(string text, IReadOnlyList<Token> tokens, int from, int to, bool clauses)
    {
        var result = new List<Segment>();
        int segStart = from;
        for (int i = from; i < to; i++)
        {
            var t = tokens[i];
            if (clauses && i > segStart && IsOpening(text, tokens, i, from))
            {
                // An opening quote or bracket starts a new clause; the boundary goes before it.
                Add(result, tokens, segStart, i);
                segStart = i;
            }
            bool boundaryAfter = false;
            if (t.Kind == TokenKind.Punct)
            {
                char c = text[t.Start];
                if (c is '.' or '!' or '?' or '\u2026') boundaryAfter = true;
                else if (clauses && (c is ',' or ';' or ':' or ')' || (c == '"' && !IsOpening(text, tokens, i, from)))) boundaryAfter = true;
                if (boundaryAfter && !clauses)
                {
                    // Closing quotes and brackets that touch the sentence end stay with it.
                    while (i + 1 < to && tokens[i + 1].Kind == TokenKind.Punct && tokens[i + 1].Start == tokens[i].End && text[tokens[i + 1].Start] is '"' or ')' or '\'' or '.' or '!' or '?') i++;
                }
            }
            if (!boundaryAfter && i + 1 < to && HasNewlineBetween(text, tokens[i].End, tokens[i + 1].Start)) boundaryAfter = true;
            if (boundaryAfter || i == to - 1)
            {
                Add(result, tokens, segStart, i + 1);
                segStart = i + 1;
            }
        }
        if (clauses) MergePunctuationOnly(text, tokens, result);
        return result;
    }

    /// <summary>'(' always opens; '"' opens when it follows a space, the start, or , ; : ( and touches the next token.</summary>
    private static bool IsOpening(string text, IReadOnlyList<Token> tokens, int i, int from)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Punct) return false;
        char c = text[t.Start];
        if (c == '(') return true;
        if (c != '"') return false;
        bool touchesNext = i + 1 < tokens.Count && tokens[i + 1].Start == t.End;
        if (!touchesNext) return false;
        if (i == from) return true;
        var prev = tokens[i - 1];
        return prev.End < t.Start || (prev.Kind == TokenKind.Punct && text[prev.Start] is ',' or ';' or ':' or '(');
    }

    /// <summary>A clause made only of punctuation joins the clause before it (or after it, when first).</summary>
    private static void MergePunctuationOnly(string text, IReadOnlyList<Token> tokens, List<Segment> clauses)
    {
        for (int k = 0; k < clauses.Count; k++)
        {
            var seg = clauses[k];
            bool onlyPunct = true;
            for (int i = seg.FirstToken; i < seg.EndToken && onlyPunct; i++) onlyPunct = tokens[i].Kind == TokenKind.Punct;
            if (!onlyPunct || clauses.Count == 1) continue;
            if (k > 0)
            {
                var prev = clauses[k - 1];
                clauses[k - 1] = new Segment(new TextSpan(prev.Span.Start, seg.Span.End), prev.FirstToken, prev.TokenCount + seg.TokenCount);
                clauses.RemoveAt(k);
            }
            else
            {
                var next = clauses[1];
                clauses[1] = new Segment(new TextSpan(seg.Span.Start, next.Span.End), seg.FirstToken, seg.TokenCount + next.TokenCount);
                clauses.RemoveAt(0);
            }
            k--;
        }
    }

    private static bool HasNewlineBetween(string text, int from, int to) => text.AsSpan(from, to - from).Contains('\n');

    private static void Add(List<Segment> result, IReadOnlyList<Token> tokens, int first, int end)
    {
        if (end <= first) return;
        result.Add(new Segment(new TextSpan(tokens[first].Start, tokens[end - 1].End), first, end - first));
    }
}
