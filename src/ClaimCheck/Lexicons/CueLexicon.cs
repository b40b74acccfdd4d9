using ClaimCheck.Text;

namespace ClaimCheck.Lexicons;

/// <summary>A cue phrase and the cue families (tags) it belongs to.</summary>
/// <param name="Text">The phrase as written in the lexicon.</param>
/// <param name="Tags">Families such as "say", "deny", "agreement", "killed", "vehicle:buses", "action:entered", "group:fighters".</param>
public sealed record Cue(string Text, IReadOnlyList<string> Tags)
{
    /// <summary>
    /// Whether the cue is a verb's past-tense stem whose inflected forms match too (<see cref="ArabicVerbForms"/>); in a
    /// lexicon file <c>"conjugate": "perfect"</c> or <c>"full"</c>. A form that is also a cue of its own keeps that cue.
    /// </summary>
    public Conjugation Conjugate { get; init; }

    /// <summary>True when the cue belongs to <paramref name="tag"/>.</summary>
    public bool Has(string tag)
    {
        // Indexed, not foreach: an enumerator over the interface would be allocated on every call.
        for (int i = 0; i < Tags.Count; i++) if (Tags[i] == tag) return true;
        return false;
    }

    /// <summary>The value of the first tag of the form "prefix:value", or null.</summary>
    public string? Value(string prefix)
    {
        for (int i = 0; i < Tags.Count; i++)
            if (Tags[i] is var t && t.Length > prefix.Length && t.StartsWith(prefix, StringComparison.Ordinal) && t[prefix.Length] == ':') return t[(prefix.Length + 1)..];
        return null;
    }
}

/// <summary>
/// The cue lexicon: the words that signal reporting, denial, agreements, evacuations, casualties, vehicles and the groups counted.
/// Built in from the embedded <c>cues.json</c>; users can add phrasings with <see cref="With"/> or <see cref="WithFile"/>.
/// </summary>
public sealed class CueLexicon
{
    private static readonly Lazy<CueLexicon> DefaultLexicon = new(() => LoadEmbedded("cues.json"));

    /// <summary>The lexicon of an embedded cue file ("cues.json", "en.cues.json").</summary>
    internal static CueLexicon LoadEmbedded(string name) => new(LexiconLoader.LoadEmbedded(name, LexiconJsonContext.Reading.CueFile).Cues!.Select(c => c!).ToArray());

    private readonly PhraseMatcher<Cue> _matcher;

    private CueLexicon(IReadOnlyList<Cue> cues)
    {
        Cues = cues;
        // Nouns take the article ("الإرهابيين", "الحافلات"); other cues must match as written.
        _matcher = new PhraseMatcher<Cue>(WithVerbForms(cues), articleFilter: TakesArticle);
    }

    /// <summary>Whether a cue is a noun, which may follow the article (counted groups and vehicles, the dead and wounded, batches); read per match, so no enumerator is allocated.</summary>
    private static bool TakesArticle(Cue c) =>
        c.Value(CueTags.Group) is not null || c.Value(CueTags.Vehicle) is not null || c.Has(CueTags.KilledNoun) || c.Has(CueTags.WoundedNoun) || c.Has(CueTags.PeopleBatch);

    /// <summary>
    /// Every cue as written, then the inflected forms of the conjugated ones (<see cref="Cue.Conjugate"/>): a form that is a
    /// cue as written, or an earlier verb's form, keeps that cue (the matcher takes the first payload of a phrase).
    /// </summary>
    private static IEnumerable<(string, Cue)> WithVerbForms(IReadOnlyList<Cue> cues)
    {
        foreach (var c in cues) yield return (c.Text, c);
        foreach (var c in cues)
            if (c.Conjugate != Conjugation.None)
                foreach (var form in ArabicVerbForms.Forms(c.Text.Trim(), c.Conjugate)) yield return (form, c with { Text = form, Conjugate = Conjugation.None });
    }

    /// <summary>The built-in lexicon.</summary>
    public static CueLexicon Default => DefaultLexicon.Value;

    /// <summary>All cues.</summary>
    public IReadOnlyList<Cue> Cues { get; }

    /// <summary>
    /// A lexicon with extra cues; an extra cue with the same text as one of this lexicon takes precedence. Each extra cue needs
    /// a text with words and at least one tag that this lexicon knows: a family such as "say" or "negation", or a value of a
    /// family that takes values ("group:journalists", "vehicle:buses", "action:entered"). Two extra cues with the same words
    /// are an error.
    /// </summary>
    /// <exception cref="LexiconException">An extra cue is null, empty, repeated, or has no tag or an unknown one; the exception names the field.</exception>
    public CueLexicon With(IEnumerable<Cue> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        return Extend(extra.ToArray(), LexiconOrigin.Code("CueLexicon.With"), "$.extra");
    }

    /// <summary>A lexicon with the cues of a user file (same shape as cues.json) added, under the rules of <see cref="With"/>.</summary>
    /// <exception cref="LexiconException">The file is unreadable, not JSON, has an unknown field, or a cue breaks a rule of <see cref="With"/>; the exception names the file, line and field, and this instance is unchanged.</exception>
    public CueLexicon WithFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (file, origin) = LexiconOrigin.LoadFile(path, LexiconJsonContext.Reading.CueFile);
        if (file.Cues is null) throw origin.Error("$.cues", "the file needs a \"cues\" list");
        return Extend(file.Cues, origin, "$.cues");
    }

    private CueLexicon Extend(IReadOnlyList<Cue?> extra, LexiconOrigin origin, string section)
    {
        // The tags this lexicon knows: plain families ("say") and families that take a value ("group:…").
        var families = new HashSet<string>(StringComparer.Ordinal);
        var valued = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in Cues)
            foreach (var t in c.Tags)
            {
                int colon = t.IndexOf(':');
                if (colon < 0) families.Add(t);
                else valued.Add(t[..colon]);
            }
        var seen = new Dictionary<string, (string Path, string Text)>(StringComparer.Ordinal);
        for (int i = 0; i < extra.Count; i++)
        {
            string path = $"{section}[{i}]";
            var cue = extra[i] ?? throw origin.Error(path, "null cue");
            if (string.IsNullOrWhiteSpace(cue.Text)) throw origin.Error(path + ".text", "a cue needs a text");
            string key = string.Join(' ', PhraseMatcher<Cue>.TokensOf(cue.Text));
            if (key.Length == 0) throw origin.Error(path + ".text", $"'{cue.Text}' has no words");
            if (seen.TryGetValue(key, out var first))
                throw origin.Error(path + ".text", $"duplicate cue '{cue.Text}': the same words as '{first.Text}' at {origin.Where(first.Path)}");
            seen[key] = (path + ".text", cue.Text);
            if (cue.Conjugate != Conjugation.None && ArabicVerbForms.Refusal(cue.Text.Trim()) is { } refusal)
                throw origin.Error(path + ".conjugate", $"cue '{cue.Text}' cannot be conjugated: {refusal}");
            if (cue.Tags is null || cue.Tags.Count == 0) throw origin.Error(path + ".tags", $"cue '{cue.Text}' needs at least one tag");
            for (int k = 0; k < cue.Tags.Count; k++)
            {
                string? tag = cue.Tags[k];
                int colon = tag?.IndexOf(':') ?? -1;
                bool known = tag is not null && (colon < 0 ? families.Contains(tag) : colon > 0 && colon < tag.Length - 1 && valued.Contains(tag[..colon]));
                if (!known)
                    throw origin.Error($"{path}.tags[{k}]", $"unknown tag '{tag}' of cue '{cue.Text}' (known: {string.Join(", ", families.Order(StringComparer.Ordinal))}; or one of {string.Join(", ", valued.Order(StringComparer.Ordinal))} with \":value\")");
            }
        }
        return new CueLexicon(extra.Select(c => c!).Concat(Cues).ToArray());
    }

    /// <summary>Every cue in the document, as an array indexed by token: the cue whose match starts at that token, or null; and its end token.</summary>
    public (Cue? Cue, int End)[] Annotate(Document doc)
    {
        var result = new (Cue?, int)[doc.Tokens.Count];
        foreach (var m in _matcher.Matches(doc)) result[m.FirstToken] = (m.Payload, m.EndToken);
        return result;
    }

    /// <summary>As <see cref="Annotate"/>, in memory proportional to the cues found rather than to the tokens.</summary>
    internal TokenMap<(Cue? Cue, int End)> Annotations(Document doc) =>
        TokenMap<(Cue? Cue, int End)>.FirstPerToken(doc.Tokens.Count, _matcher.Matches(doc).Select(m => (m.FirstToken, ((Cue?)m.Payload, m.EndToken))));

    internal sealed record CueFile(List<Cue?>? Cues, string? Description = null);
}
