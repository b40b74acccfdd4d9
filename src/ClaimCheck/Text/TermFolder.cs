namespace ClaimCheck.Text;

/// <summary>
/// Folds text into terms, the unit that text similarity and report topics compare: each character is folded as the normaliser
/// folds it (<see cref="ArabicNormalizer.Fold"/>), words and numbers are kept, punctuation is dropped, and a light stemmer strips
/// the conjunctions و/ف and the article (ال، بال، كال، لل) from Arabic words that stay at least three letters long. One-letter
/// words are dropped. ClaimCheck.Events.Terms is its public face.
/// </summary>
internal static class TermFolder
{
    /// <summary>A term's text folded character by character as <see cref="AddTo"/> folds it (no stemming).</summary>
    public static string Fold(ReadOnlySpan<char> term)
    {
        var classes = Classes.Value;
        var folds = Folds.Value;
        Span<char> buffer = term.Length <= 128 ? stackalloc char[term.Length] : new char[term.Length];
        int len = 0;
        foreach (var c in term)
            if (classes[c] != Removed) buffer[len++] = folds[c];
        return new string(buffer[..len]);
    }

    /// <summary>
    /// Adds the terms of <paramref name="text"/> to <paramref name="bag"/>, taking each term's string from <paramref name="pool"/>
    /// when it is there (and adding it when not), so that a large corpus keeps one string per distinct term.
    /// </summary>
    public static void AddTo(List<string> bag, string? text, Dictionary<string, string>? pool)
    {
        ArgumentNullException.ThrowIfNull(bag);
        if (string.IsNullOrEmpty(text)) return;
        Span<char> buffer = stackalloc char[64];
        var classes = Classes.Value;
        var folds = Folds.Value;
        int len = 0;
        bool number = false, overflow = false;
        for (int i = 0; i <= text.Length; i++)
        {
            char original = i < text.Length ? text[i] : ' ';
            byte kind = classes[original];
            if (kind == Removed) continue;
            char c = folds[original];
            bool digit = kind == Digit;
            bool letter = kind == Letter;
            // A term ends at anything that is not of its kind (letters after digits start a new term, as the tokenizer does).
            if (len > 0 && !(number ? digit : letter))
            {
                if (!overflow) Emit(bag, buffer[..len], number, pool);
                len = 0;
                overflow = false;
            }
            if (!digit && !letter) continue;
            if (len == 0) number = digit;
            if (len < buffer.Length) buffer[len++] = c;
            else overflow = true; // a 64-letter "word" is noise
        }
    }

    private const byte Other = 0, Letter = 1, Digit = 2, Removed = 3;

    /// <summary>Every UTF-16 code unit folded as the normaliser folds it.</summary>
    private static readonly Lazy<char[]> Folds = new(() =>
    {
        var table = new char[65536];
        for (int i = 0; i < table.Length; i++) table[i] = ArabicNormalizer.Fold((char)i);
        return table;
    });

    /// <summary>What each code unit is after folding: a letter, a digit, removed, or other.</summary>
    private static readonly Lazy<byte[]> Classes = new(() =>
    {
        var folds = Folds.Value;
        var table = new byte[65536];
        for (int i = 0; i < table.Length; i++)
        {
            char c = folds[i];
            table[i] = c == CharFolds.Remove ? Removed : Tokenizer.IsDigit(c) ? Digit : Tokenizer.IsWordChar(c) ? Letter : Other;
        }
        return table;
    });

    private static void Emit(List<string> bag, ReadOnlySpan<char> term, bool number, Dictionary<string, string>? pool)
    {
        if (!number) term = Stem(term);
        if (term.Length < 2) return;
        if (pool is null)
        {
            bag.Add(term.ToString());
            return;
        }
#if NET9_0_OR_GREATER
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(term, out var pooled))
        {
            pooled = term.ToString();
            pool.Add(pooled, pooled);
        }
#else
        var fresh = term.ToString();
        if (!pool.TryGetValue(fresh, out var pooled))
        {
            pooled = fresh;
            pool.Add(pooled, pooled);
        }
#endif
        bag.Add(pooled);
    }

    /// <summary>The light stem of a folded word: the conjunction و/ف, then the article (ال، بال، كال، لل), off when enough is left.</summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        // و / ف conjunction.
        if (word.Length > 3 && word[0] is '\u0648' or '\u0641') word = word[1..];
        // Article with an optional preposition: ال، بال، كال، لل.
        if (word.Length >= 5 && word.StartsWith("\u0627\u0644", StringComparison.Ordinal)) return word[2..];
        if (word.Length >= 6 && (word.StartsWith("\u0628\u0627\u0644", StringComparison.Ordinal) || word.StartsWith("\u0643\u0627\u0644", StringComparison.Ordinal))) return word[3..];
        if (word.Length >= 5 && word.StartsWith("\u0644\u0644", StringComparison.Ordinal)) return word[2..];
        return word;
    }
}
