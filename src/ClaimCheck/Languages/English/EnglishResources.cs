using ClaimCheck.Attribution;
using ClaimCheck.Lexicons;
using ClaimCheck.Recognition;

namespace ClaimCheck.Languages.English;

/// <summary>The shape of <c>en/aliases.json</c>: English names for places, actors and sources, keyed by canonical name or id.</summary>
internal sealed record EnglishAliasFile(
    Dictionary<string, List<string>>? Places, Dictionary<string, List<string>>? Actors, Dictionary<string, List<string>>? Sources, string? Description = null);

/// <summary>
/// What English reports are read with: the English cue lexicon (<c>en/cues.json</c>) and the built-in registry, gazetteer and
/// actor lexicon with their English names added (<c>en/aliases.json</c>; every place also under its canonical name), so an
/// English claim carries the same canonical names as an Arabic one. Extend any part as for Arabic:
/// <c>EnglishResources.Default with { Cues = EnglishResources.Default.Cues.WithFile("my-cues.json") }</c>.
/// </summary>
public sealed record EnglishResources
{
    private static readonly Lazy<EnglishResources> BuiltIn = new(Load);

    /// <summary>The built-in English resources, loaded once.</summary>
    public static EnglishResources Default => BuiltIn.Value;

    /// <summary>English cues: reporting verbs, harm verbs and nouns, groups, vehicles, agreements, negation.</summary>
    public required CueLexicon Cues { get; init; }

    /// <summary>The source registry with English names (SOHR as "the Observatory", SANA as "state news agency", …).</summary>
    public required SourceRegistry Sources { get; init; }

    /// <summary>The gazetteer with English names.</summary>
    public required Gazetteer Places { get; init; }

    /// <summary>The actor lexicon with English names.</summary>
    public required ActorLexicon Actors { get; init; }

    /// <summary>Number words, vague amounts and hedges (<c>en/numbers.json</c>).</summary>
    internal EnglishQuantities Quantities { get; init; } = EnglishQuantities.Default;

    private static EnglishResources Load()
    {
        var (file, origin) = LexiconOrigin.LoadEmbedded("en.aliases.json", LanguageJsonContext.Reading.EnglishAliasFile);
        var placeAliases = file.Places ?? [];
        foreach (var name in placeAliases.Keys)
            if (!Gazetteer.Default.TryGet(name, out _)) throw origin.Error($"$.places.{name}", $"no place is named '{name}'");
        var places = Gazetteer.Default.Places.Select(p => p with
        {
            Aliases = Distinct([.. p.Aliases, p.Name, .. placeAliases.GetValueOrDefault(p.Name) ?? []]),
        });
        var actorAliases = file.Actors ?? [];
        foreach (var id in actorAliases.Keys)
            if (!ActorLexicon.Default.TryGet(id, out _)) throw origin.Error($"$.actors.{id}", $"no actor has the id '{id}'");
        var actors = ActorLexicon.Default.Actors.Select(a => a with { Aliases = Distinct([.. a.Aliases, .. actorAliases.GetValueOrDefault(a.Id) ?? []]) });
        return new EnglishResources
        {
            Cues = CueLexicon.LoadEmbedded("en.cues.json"),
            Sources = SourceRegistry.Default.WithAliases(file.Sources ?? [], origin),
            Places = Gazetteer.Load(places),
            Actors = ActorLexicon.Load(actors),
        };
    }

    /// <summary>The names, each spelling once as the matcher keys it ("Hajar al-Aswad" and "Hajar al Aswad" are one).</summary>
    private static string[] Distinct(IEnumerable<string> names) =>
        names.DistinctBy(n => string.Join(' ', Text.PhraseMatcher<string>.TokensOf(n)), StringComparer.Ordinal).ToArray();
}
