using ClaimCheck.Attribution;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck;

/// <summary>What sort of source a registry entry is.</summary>
public enum SourceKind
{
    /// <summary>A news outlet (newspaper, channel, website).</summary>
    Outlet,
    /// <summary>A news agency.</summary>
    Agency,
    /// <summary>A government, ministry or official.</summary>
    Official,
    /// <summary>An army, its command, or a military or security source.</summary>
    Military,
    /// <summary>A monitoring group (SOHR).</summary>
    Observatory,
    /// <summary>Activists.</summary>
    Activists,
    /// <summary>An armed faction or political body, or its spokesman.</summary>
    Faction,
    /// <summary>An international body (the UN).</summary>
    International,
    /// <summary>An unnamed source ("مصادر ميدانية").</summary>
    Unnamed,
    /// <summary>A word that points back to a source already named ("المصادر", "الأخير").</summary>
    Anaphor,
    /// <summary>An organisation the registry does not know, named in the text after a head noun ("فريق منسقو استجابة سوريا").</summary>
    Organisation,
}

/// <summary>A canonical source.</summary>
/// <param name="Name">Canonical name ("SANA", "SOHR").</param>
/// <param name="Camp">Its camp; null when it inherits the camp of whoever relays it (unnamed sources, anaphors).</param>
/// <param name="Kind">What sort of source it is.</param>
/// <param name="Aliases">Names and phrases that refer to it, in ordinary spelling.</param>
public sealed record Source(string Name, Camp? Camp, SourceKind Kind, IReadOnlyList<string> Aliases);

/// <summary>A source named in a document.</summary>
/// <param name="FirstToken">First token.</param>
/// <param name="EndToken">One past the last token.</param>
/// <param name="Span">Span in the normalised text.</param>
/// <param name="Source">The source.</param>
public sealed record SourceMention(int FirstToken, int EndToken, TextSpan Span, Source Source);

/// <summary>
/// Maps source names and aliases to canonical sources and their camps. The built-in registry is the embedded
/// <c>sources.json</c>; users add their own with <see cref="WithFile"/> or <see cref="With"/>. Each source may have an
/// affiliation (<see cref="AffiliationOf"/>: the embedded <c>affiliations.json</c>, and user files through
/// <see cref="WithAffiliationsFile"/>). Immutable and thread-safe.
/// </summary>
public sealed class SourceRegistry
{
    private static readonly Lazy<SourceRegistry> DefaultRegistry = new(() =>
    {
        var (file, origin) = LexiconOrigin.LoadEmbedded("sources.json", AttributionJsonContext.Reading.SourceFile);
        var registry = Build(FromFile(file, origin), SourceAffiliations.Empty);
        var (affiliations, affiliationOrigin) = LexiconOrigin.LoadEmbedded("affiliations.json", AttributionJsonContext.Reading.AffiliationFile);
        return new SourceRegistry(registry._entries, registry._affiliations.With(affiliations, affiliationOrigin, registry));
    });

    /// <summary>A source and where it was defined, so that errors about it name the file, line and field.</summary>
    private sealed record Entry(Source Source, LexiconOrigin Origin, string Path);

    private readonly Entry[] _entries;
    private readonly SourceAffiliations _affiliations;
    private readonly PhraseMatcher<Source> _matcher;
    private readonly Dictionary<string, Source> _byName;

    private SourceRegistry(Entry[] entries, SourceAffiliations affiliations)
    {
        _entries = entries;
        _affiliations = affiliations;
        var sources = entries.Select(e => e.Source).ToArray();
        Sources = sources;
        _matcher = new PhraseMatcher<Source>(sources.SelectMany(s => s.Aliases.Append(s.Name).Select(a => (a, s))));
        _byName = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var s in sources)
            foreach (var key in s.Aliases.Append(s.Name))
                _byName.TryAdd(Key(key), s);
        // "تنظيم داعش" and "داعش" both name ISIS: تنظيم is a head noun of its names.
        _heads = new Dictionary<Source, HashSet<string>>(ReferenceEqualityComparer.Instance);
        foreach (var (key, s) in _byName)
            if (key.IndexOf(' ') is > 0 and var space && _byName.TryGetValue(key[(space + 1)..], out var rest) && ReferenceEquals(rest, s))
                (_heads.TryGetValue(s, out var heads) ? heads : _heads[s] = new HashSet<string>(StringComparer.Ordinal)).Add(key[..space]);
    }

    /// <summary>For each source, the words that head one of its names before another of its names ("تنظيم" in "تنظيم داعش").</summary>
    private readonly Dictionary<Source, HashSet<string>> _heads;

    /// <summary>True when <paramref name="word"/> (normalised) heads a name of <paramref name="source"/> before another of its names ("تنظيم" for ISIS: "تنظيم داعش").</summary>
    internal bool HeadedBy(Source source, string word) => _heads.TryGetValue(source, out var heads) && heads.Contains(word);

    /// <summary>The built-in registry.</summary>
    public static SourceRegistry Default => DefaultRegistry.Value;

    /// <summary>All sources.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>
    /// A registry with the sources of a user file (same JSON shape as the built-in one) added. An unreadable file, invalid
    /// JSON, an unknown field or value (camp, kind), or a name or alias another source already has is a
    /// <see cref="LexiconException"/> naming the file, line and field; this instance is unchanged.
    /// </summary>
    public SourceRegistry WithFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (file, origin) = LexiconOrigin.LoadFile(path, AttributionJsonContext.Reading.SourceFile);
        return Build([.. _entries, .. FromFile(file, origin)], _affiliations);
    }

    /// <summary>
    /// Who owns, runs or funds a source ("Islamic State agency", "Russian state media"), for <paramref name="nameOrAlias"/>
    /// found as <see cref="TryFind"/> finds it; null when the registry knows none. The built-in affiliations are the embedded
    /// <c>affiliations.json</c>; <see cref="WithAffiliationsFile"/> adds or replaces them.
    /// </summary>
    public string? AffiliationOf(string nameOrAlias)
    {
        ArgumentNullException.ThrowIfNull(nameOrAlias);
        return TryFind(nameOrAlias, out var source) ? _affiliations.Of(source.Name) : null;
    }

    /// <summary>
    /// A registry with the affiliations of a user file added; an entry for a source that already has one replaces it. The
    /// file has the shape of the built-in one: <c>{ "affiliations": [ { "source": "Amaq", "affiliation": "Islamic State agency" } ] }</c>,
    /// each source named by its canonical name in this registry (add your own sources first with <see cref="WithFile"/>).
    /// An unreadable file, invalid JSON, an unknown field, a source this registry does not know (or names only by an alias),
    /// an empty affiliation, or a source listed twice in the file is a <see cref="LexiconException"/> naming the file, line
    /// and field; this instance is unchanged.
    /// </summary>
    public SourceRegistry WithAffiliationsFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (file, origin) = LexiconOrigin.LoadFile(path, AttributionJsonContext.Reading.AffiliationFile);
        return new SourceRegistry(_entries, _affiliations.With(file, origin, this));
    }

    /// <summary>A registry with <paramref name="extra"/> sources added; a name or alias already taken by another source is an error.</summary>
    public SourceRegistry With(IEnumerable<Source> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        var origin = LexiconOrigin.Code("SourceRegistry.With");
        var added = new List<Entry>();
        foreach (var s in extra)
        {
            string path = $"$.extra[{added.Count}]";
            if (s is null) throw origin.Error(path, "null source");
            if (string.IsNullOrWhiteSpace(s.Name)) throw origin.Error(path + ".name", "a source needs a name");
            if (s.Aliases is null) throw origin.Error(path + ".aliases", $"aliases of '{s.Name}' must be a list");
            added.Add(new Entry(s, origin, path));
        }
        return Build([.. _entries, .. added], _affiliations);
    }

    /// <summary>
    /// This registry with more aliases for sources it knows (keyed by canonical name), as the English names of
    /// <c>en/aliases.json</c>; an unknown name, or an alias another source has, is an error naming <paramref name="origin"/>.
    /// </summary>
    internal SourceRegistry WithAliases(IReadOnlyDictionary<string, List<string>> aliases, LexiconOrigin origin)
    {
        foreach (var name in aliases.Keys)
            if (!_entries.Any(e => e.Source.Name == name)) throw origin.Error($"$.sources.{name}", $"no source is named '{name}'");
        var entries = _entries.Select(e => aliases.TryGetValue(e.Source.Name, out var more)
            ? e with { Source = e.Source with { Aliases = [.. e.Source.Aliases, .. more] } } : e).ToArray();
        return Build(entries, _affiliations);
    }

    private static Entry[] FromFile(SourceFile file, LexiconOrigin origin)
    {
        if (file.Sources is null) throw origin.Error("$.sources", "the file needs a \"sources\" list");
        var added = new Entry[file.Sources.Count];
        for (int i = 0; i < file.Sources.Count; i++)
        {
            string path = $"$.sources[{i}]";
            var dto = file.Sources[i] ?? throw origin.Error(path, "null source");
            if (string.IsNullOrWhiteSpace(dto.Name)) throw origin.Error(path + ".name", "a source needs a name");
            Camp? camp = dto.Camp switch
            {
                "state" => Camp.State,
                "sohr" => Camp.Sohr,
                "opposition" => Camp.Opposition,
                "other" => Camp.Other,
                "inherit" => null,
                _ => throw origin.Error(path + ".camp", $"unknown camp '{dto.Camp}' of '{dto.Name}' (expected state, sohr, opposition, other or inherit)"),
            };
            var aliases = dto.Aliases ?? [];
            for (int k = 0; k < aliases.Count; k++)
                if (aliases[k] is null) throw origin.Error($"{path}.aliases[{k}]", $"null alias in '{dto.Name}'");
            added[i] = new Entry(new Source(dto.Name, camp, dto.Kind, aliases.Select(a => a!).ToArray()), origin, path);
        }
        return added;
    }

    private static SourceRegistry Build(Entry[] entries, SourceAffiliations affiliations)
    {
        var names = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, (Entry Entry, string Path)>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            var s = e.Source;
            if (names.TryGetValue(s.Name, out var first))
                throw e.Origin.Error(e.Path + ".name", $"duplicate source '{s.Name}' (first defined at {first.Origin.Where(first.Path + ".name")})");
            names[s.Name] = e;
            for (int k = 0; k < s.Aliases.Count; k++)
            {
                string? alias = s.Aliases[k];
                string path = $"{e.Path}.aliases[{k}]";
                if (alias is null) throw e.Origin.Error(path, $"null alias in '{s.Name}'");
                string key = Key(alias);
                if (key.Length == 0) throw e.Origin.Error(path, $"empty alias in '{s.Name}'");
                if (aliases.TryGetValue(key, out var other))
                    throw e.Origin.Error(path, $"alias '{alias}' of '{s.Name}' is already an alias of '{other.Entry.Source.Name}' (at {other.Entry.Origin.Where(other.Path)})");
                aliases[key] = (e, path);
            }
        }
        return new SourceRegistry(entries, affiliations);
    }

    /// <summary>
    /// Finds a source by canonical name or alias (normalised; Latin case ignored). A name with a bracket after it, as manifests
    /// give outlets, is looked up whole first ("Al-Watan (Syria)"), then without a relay ("X (via Y)" and "X (Qualifier, via Y)"
    /// are X and "X (Qualifier)": the outlet is X, Y only carried the text), then without the brackets ("Syria 24 (SY-24)" is
    /// "Syria 24"). So a registry that knows only "Al-Watan (Syria)" leaves "Al-Watan (Bahrain)" unknown.
    /// </summary>
    public bool TryFind(string nameOrAlias, out Source source)
    {
        ArgumentNullException.ThrowIfNull(nameOrAlias);
        if (_byName.TryGetValue(Key(nameOrAlias), out source!)) return true;
        foreach (var form in BracketForms(nameOrAlias))
            if (_byName.TryGetValue(Key(form), out source!)) return true;
        return false;
    }

    /// <summary>
    /// The shorter forms of a name followed by a bracket, in the order <see cref="TryFind"/> tries them: the name with its
    /// qualifiers but without the relay ("via …"), when there was a relay and a qualifier is left; then the name alone. None when
    /// the name has no bracket after some text.
    /// </summary>
    internal static IEnumerable<string> BracketForms(string name)
    {
        int open = name.IndexOf('(');
        if (open <= 0) yield break;
        string bare = name[..open].Trim();
        if (bare.Length == 0) yield break;
        int close = name.IndexOf(')', open + 1);
        string inside = close < 0 ? name[(open + 1)..] : name[(open + 1)..close];
        var parts = inside.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var qualifiers = parts.Where(p => !IsRelay(p)).ToArray();
        if (qualifiers.Length > 0 && qualifiers.Length < parts.Length) yield return $"{bare} ({string.Join(", ", qualifiers)})";
        yield return bare;

        static bool IsRelay(string part) => part.Equals("via", StringComparison.OrdinalIgnoreCase)
            || part.StartsWith("via ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Source names in tokens [<paramref name="firstToken"/>, <paramref name="endToken"/>), longest match first.</summary>
    public IReadOnlyList<SourceMention> FindMentions(Document doc, int firstToken, int endToken) =>
        _matcher.Matches(doc, firstToken, endToken).Select(m => new SourceMention(m.FirstToken, m.EndToken, m.Span, m.Payload)).ToArray();

    /// <summary>The source named at token <paramref name="index"/>, if any.</summary>
    public bool TryMatchAt(Document doc, int index, out SourceMention mention)
    {
        if (_matcher.TryMatchAt(doc, index, out var m))
        {
            mention = new SourceMention(m.FirstToken, m.EndToken, m.Span, m.Payload);
            return true;
        }
        mention = null!;
        return false;
    }

    private static string Key(string s) => string.Join(' ', PhraseMatcher<Source>.TokensOf(s));

    internal sealed record SourceFile(List<SourceDto?>? Sources, string? Description = null);

    internal sealed record SourceDto(string? Name, string? Camp, SourceKind Kind, List<string?>? Aliases);
}
