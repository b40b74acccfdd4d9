namespace ClaimCheck.Text;

/// <summary>A report prepared for recognition: its normalised copy, tokens and sentences, with maps back to the original, and the annotation layers recognisers write on it.</summary>
public sealed class Document
{
    private SpanInterner? _tokenTexts;
    private DocumentLayers? _layers;

    /// <summary>Prepares <paramref name="text"/>.</summary>
    public Document(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Normalized = ArabicNormalizer.Normalize(text);
        TokenArray = Tokenizer.TokenizeToArray(Normalized.Text);
        Sentences = SentenceSplitter.Sentences(Normalized.Text, TokenArray);
    }

    /// <summary>The original text.</summary>
    public string Original => Normalized.Original;

    /// <summary>The normalised text (the coordinate system of tokens and segments).</summary>
    public string Text => Normalized.Text;

    /// <summary>The normalised copy and its offset map.</summary>
    public NormalizedText Normalized { get; }

    /// <summary>Tokens of the normalised text.</summary>
    public IReadOnlyList<Token> Tokens => TokenArray;

    /// <summary>The tokens as an array, for hot loops (no interface calls); never modify it.</summary>
    internal Token[] TokenArray { get; }

    /// <summary>Sentences of the normalised text.</summary>
    public IReadOnlyList<Segment> Sentences { get; }

    /// <summary>The annotation layers recognisers have written on this document (cues, quantities, dates, places, actors, frames), each once.</summary>
    internal DocumentLayers Layers => _layers ?? Interlocked.CompareExchange(ref _layers, new DocumentLayers(), null) ?? _layers;

    /// <summary>The normalised text of token <paramref name="index"/> (one string per distinct text in the document).</summary>
    public string TokenText(int index)
    {
        var interner = _tokenTexts ?? Interlocked.CompareExchange(ref _tokenTexts, new SpanInterner(), null) ?? _tokenTexts;
        return interner.Intern(TokenSpan(index));
    }

    /// <summary>The normalised text of token <paramref name="index"/> as a span (no allocation).</summary>
    public ReadOnlySpan<char> TokenSpan(int index) => Text.AsSpan(TokenArray[index].Start, TokenArray[index].Length());

    /// <summary>The normalised text between two token indexes [first, end).</summary>
    public TextSpan SpanOfTokens(int first, int end) => new(TokenArray[first].Start, TokenArray[end - 1].End);

    /// <summary>
    /// The index of the first token after the text's first line break, looking at most at tokens before
    /// <paramref name="limit"/>; <paramref name="limit"/> when the first line runs on that far.
    /// </summary>
    internal int FirstLineEnd(int limit)
    {
        limit = Math.Min(limit, TokenArray.Length);
        for (int k = 1; k < limit; k++)
            if (Text.AsSpan(TokenArray[k - 1].End, TokenArray[k].Start - TokenArray[k - 1].End).Contains('\n')) return k;
        return limit;
    }

    /// <summary>Maps a normalised span to the original text.</summary>
    public TextSpan ToOriginal(TextSpan normalizedSpan) => Normalized.ToOriginal(normalizedSpan);

    /// <summary>Index of the sentence containing token <paramref name="tokenIndex"/>, or -1.</summary>
    public int SentenceOf(int tokenIndex)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (tokenIndex < s.FirstToken) hi = mid - 1;
            else if (tokenIndex >= s.EndToken) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>True when token <paramref name="index"/> is the punctuation character <paramref name="c"/>.</summary>
    public bool IsPunct(int index, char c) => (uint)index < (uint)TokenArray.Length && TokenArray[index].Kind == TokenKind.Punct && Text[TokenArray[index].Start] == c;
}

internal static class TokenExtensions
{
    public static int Length(this Token t) => t.End - t.Start;
}
