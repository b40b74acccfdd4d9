using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Comparison;

/// <summary>One scope phrase: words that say a count covers part of a happening ("الدفعة الأولى" → batch-1).</summary>
/// <param name="Phrase">The phrase in ordinary Arabic spelling (normalised like the text).</param>
/// <param name="Scope">The scope label; claims are compared as the same scope only when their labels are equal.</param>
public sealed record ScopeEntry(string Phrase, string Scope);

/// <summary>
/// Tells the scope of a count claim: a cue "scope:&lt;label&gt;" from the extractor wins; otherwise the longest scope phrase found
/// in the claim's evidence text; otherwise none (the whole happening). The built-in phrases live in the embedded
/// <c>comparison-scopes.json</c>; users add their own with <see cref="With"/> or <see cref="Load"/>.
/// </summary>
public sealed class ScopeLexicon
{
    private static readonly Lazy<ScopeLexicon> BuiltIn = new(() => new ScopeLexicon(LexiconLoader.LoadEmbedded("comparison-scopes.json", ComparisonJsonContext.Reading.ScopeFile).Entries));
    private readonly PhraseMatcher<string> _matcher;

    /// <summary>Compiles <paramref name="entries"/>; for a repeated phrase the first entry wins.</summary>
    public ScopeLexicon(IEnumerable<ScopeEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries.Where(e => e is not null && !string.IsNullOrWhiteSpace(e.Phrase) && !string.IsNullOrWhiteSpace(e.Scope)).ToArray();
        _matcher = new PhraseMatcher<string>(Entries.Select(e => (e.Phrase, e.Scope)));
        // Every match contains the longest word of its phrase: a cheap test before the full match.
        _anchors = Entries.Select(e => PhraseMatcher<string>.TokensOf(e.Phrase).OrderByDescending(t => t.Length).FirstOrDefault())
            .Where(t => !string.IsNullOrEmpty(t)).Select(t => t!).Distinct(StringComparer.Ordinal).ToArray();
    }

    private readonly string[] _anchors;

    /// <summary>True when the folded text contains the longest word of some phrase (a match is then possible).</summary>
    private bool MayMatch(string text)
    {
        char[]? rented = null;
        Span<char> folded = text.Length <= 512 ? stackalloc char[text.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            int n = 0;
            foreach (char c in text)
            {
                char f = ArabicNormalizer.Fold(c);
                if (f != CharFolds.Remove) folded[n++] = f;
            }
            var span = folded[..n];
            foreach (var anchor in _anchors)
            {
                if (span.IndexOf(anchor.AsSpan(), StringComparison.Ordinal) >= 0) return true;
            }
            return false;
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>The built-in scope phrases.</summary>
    public static ScopeLexicon Default => BuiltIn.Value;

    /// <summary>The entries, in the order given.</summary>
    public IReadOnlyList<ScopeEntry> Entries { get; }

    /// <summary>A lexicon with this one's entries followed by <paramref name="extra"/>.</summary>
    public ScopeLexicon With(IEnumerable<ScopeEntry> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        return new ScopeLexicon(Entries.Concat(extra));
    }

    /// <summary>The built-in entries plus those of a user file of the same shape (<c>{"entries": [{"phrase": …, "scope": …}]}</c>).</summary>
    /// <exception cref="LexiconException">The file cannot be read or parsed; the message names file, line and field.</exception>
    public static ScopeLexicon Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = LexiconLoader.LoadFile(path, ComparisonJsonContext.Reading.ScopeFile);
        return Default.With(file.Entries ?? []);
    }

    /// <summary>The scope of <paramref name="claim"/>, or null when it covers the whole happening as far as the words tell.</summary>
    public string? ScopeOf(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        foreach (var cue in claim.Cues ?? [])
        {
            if (cue is not null && cue.StartsWith("scope:", StringComparison.Ordinal) && cue.Length > 6) return cue[6..];
        }
        var text = claim.Evidence?.Text;
        if (string.IsNullOrEmpty(text) || !MayMatch(text)) return null;
        PhraseMatch<string>? best = null;
        foreach (var m in _matcher.FindAll(new Document(text)))
        {
            if (best is null || m.EndToken - m.FirstToken > best.Value.EndToken - best.Value.FirstToken) best = m;
        }
        return best?.Payload;
    }

    internal sealed record ScopeFile(string? Description, IReadOnlyList<ScopeEntry> Entries);
}
