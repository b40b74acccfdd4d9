using ClaimCheck.Resources;
using ClaimCheck.Text;

namespace ClaimCheck.Attribution;

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
/// <c>sources.json</c>; users add their own with <see cref="WithFile"/> or <see cref="With"/>. Immutable and thread-safe.
/// </summary>
public sealed class SourceRegistry
{
    private static readonly Lazy<SourceRegistry> DefaultRegistry = new(() =>
        FromFile(LexiconLoader.ReadEmbedded("sources.json"), "embedded:sources.json", []));

    private readonly PhraseMatcher<Source> _matcher;
    private readonly Dictionary<string, Source> _byName;

    private SourceRegistry(IReadOnlyList<Source> sources)
    {
        Sources = sources;
        _matcher = new PhraseMatcher<Source>(sources.SelectMany(s => s.Aliases.Append(s.Name).Select(a => (a, s))));
        _byName = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var s in sources)
            foreach (var key in s.Aliases.Append(s.Name))
                _byName.TryAdd(Key(key), s);
    }

    /// <summary>The built-in registry.</summary>
    public static SourceRegistry Default => DefaultRegistry.Value;

    /// <summary>All sources.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>A registry with the sources of a user file (same JSON shape as the built-in one) added; errors name the file, line and field.</summary>
    public SourceRegistry WithFile(string path)
    {
        string json;
        try { json = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new LexiconException(path, null, null, e.Message, e); }
        return FromFile(json, path, Sources);
    }

    /// <summary>A registry with <paramref name="extra"/> sources added; an alias already taken by another source is an error.</summary>
    public SourceRegistry With(IEnumerable<Source> extra) => Build(Sources.Concat(extra).ToArray(), null, "api");

    private static SourceRegistry FromFile(string json, string origin, IReadOnlyList<Source> existing)
    {
        var file = LexiconLoader.Parse<SourceFile>(json, origin);
        var added = new List<Source>();
        for (int i = 0; i < file.Sources.Count; i++)
        {
            var dto = file.Sources[i];
            string field = $"$.sources[{i}]";
            if (string.IsNullOrWhiteSpace(dto.Name))
                throw new LexiconException(origin, LexiconLoader.LineOf(json, "\"sources\""), field + ".name", "a source needs a name");
            Camp? camp = dto.Camp switch
            {
                "state" => Camp.State,
                "sohr" => Camp.Sohr,
                "opposition" => Camp.Opposition,
                "other" => Camp.Other,
                "inherit" => null,
                _ => throw new LexiconException(origin, LexiconLoader.LineOf(json, "\"" + dto.Name + "\""), field + ".camp",
                    $"unknown camp '{dto.Camp}' (expected state, sohr, opposition, other or inherit)"),
            };
            added.Add(new Source(dto.Name, camp, dto.Kind, dto.Aliases ?? []));
        }
        return Build(existing.Concat(added).ToArray(), json, origin);
    }

    private static SourceRegistry Build(Source[] sources, string? json, string origin)
    {
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < sources.Length; i++)
        {
            var s = sources[i];
            if (owner.TryGetValue("name:" + s.Name, out _))
                throw new LexiconException(origin, json is null ? null : LexiconLoader.LineOf(json, "\"" + s.Name + "\"", last: true), $"sources[{i}].name", $"duplicate source '{s.Name}'");
            owner["name:" + s.Name] = s.Name;
            foreach (var alias in s.Aliases)
            {
                string key = string.Join(' ', PhraseMatcher<Source>.TokensOf(alias));
                if (key.Length == 0)
                    throw new LexiconException(origin, null, $"sources[{i}].aliases", $"empty alias in '{s.Name}'");
                if (owner.TryGetValue(key, out var other))
                    throw new LexiconException(origin, json is null ? null : LexiconLoader.LineOf(json, "\"" + alias + "\"", last: true), $"sources[{i}].aliases",
                        $"alias '{alias}' of '{s.Name}' is already an alias of '{other}'");
                owner[key] = s.Name;
            }
        }
        return new SourceRegistry(sources);
    }

    /// <summary>Finds a source by canonical name or alias (normalised; Latin case ignored).</summary>
    public bool TryFind(string nameOrAlias, out Source source) => _byName.TryGetValue(Key(nameOrAlias), out source!);

    /// <summary>Source names in tokens [<paramref name="firstToken"/>, <paramref name="endToken"/>), longest match first.</summary>
    public IReadOnlyList<SourceMention> FindMentions(Document doc, int firstToken, int endToken) =>
        _matcher.FindAll(doc, firstToken, endToken).Select(m => new SourceMention(m.FirstToken, m.EndToken, m.Span, m.Payload)).ToArray();

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

    private sealed record SourceFile(List<SourceDto> Sources, string? Description = null);

    private sealed record SourceDto(string Name, string Camp, SourceKind Kind, List<string>? Aliases);
}
