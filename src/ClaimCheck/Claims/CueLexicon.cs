using ClaimCheck.Resources;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>A cue phrase and the cue families (tags) it belongs to.</summary>
/// <param name="Text">The phrase as written in the lexicon.</param>
/// <param name="Tags">Families such as "say", "deny", "agreement", "killed", "vehicle:buses", "action:entered", "group:fighters".</param>
public sealed record Cue(string Text, IReadOnlyList<string> Tags)
{
    /// <summary>True when the cue belongs to <paramref name="tag"/>.</summary>
    public bool Has(string tag)
    {
        foreach (var t in Tags) if (t == tag) return true;
        return false;
    }

    /// <summary>The value of the first tag of the form "prefix:value", or null.</summary>
    public string? Value(string prefix)
    {
        foreach (var t in Tags)
            if (t.Length > prefix.Length && t.StartsWith(prefix, StringComparison.Ordinal) && t[prefix.Length] == ':') return t[(prefix.Length + 1)..];
        return null;
    }
}

/// <summary>
/// The cue lexicon: the words that signal reporting, denial, agreements, evacuations, casualties, vehicles and the groups counted.
/// Built in from the embedded <c>cues.json</c>; users can add phrasings with <see cref="With"/> or <see cref="WithFile"/>.
/// </summary>
public sealed class CueLexicon
{
    private static readonly Lazy<CueLexicon> DefaultLexicon = new(() => new CueLexicon(LexiconLoader.LoadEmbedded<CueFile>("cues.json").Cues));

    private readonly PhraseMatcher<Cue> _matcher;

    private CueLexicon(IReadOnlyList<Cue> cues)
    {
        Cues = cues;
        // Nouns take the article ("الإرهابيين", "الحافلات"); other cues must match as written.
        _matcher = new PhraseMatcher<Cue>(cues.Select(c => (c.Text, c)), articleFilter: c => c.Tags.Any(t => t.StartsWith("group:", StringComparison.Ordinal) || t.StartsWith("vehicle:", StringComparison.Ordinal) || t is "killed-noun" or "wounded-noun" or "people-batch"));
    }

    /// <summary>The built-in lexicon.</summary>
    public static CueLexicon Default => DefaultLexicon.Value;

    /// <summary>All cues.</summary>
    public IReadOnlyList<Cue> Cues { get; }

    /// <summary>A lexicon with extra cues; an extra cue with the same text as a built-in one takes precedence.</summary>
    public CueLexicon With(IEnumerable<Cue> extra) => new(extra.Concat(Cues).ToArray());

    /// <summary>A lexicon with the cues of a user file (same shape as cues.json) added.</summary>
    public CueLexicon WithFile(string path) => With(LexiconLoader.LoadFile<CueFile>(path).Cues);

    /// <summary>Every cue in the document, as an array indexed by token: the cue whose match starts at that token, or null; and its end token.</summary>
    public (Cue? Cue, int End)[] Annotate(Document doc)
    {
        var result = new (Cue?, int)[doc.Tokens.Count];
        foreach (var m in _matcher.FindAll(doc)) result[m.FirstToken] = (m.Payload, m.EndToken);
        return result;
    }

    private sealed record CueFile(List<Cue> Cues, string? Description = null);
}
