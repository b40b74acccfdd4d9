using ClaimCheck.Lexicons;


namespace ClaimCheck;

/// <summary>
/// The affiliations a <see cref="SourceRegistry"/> knows, by canonical source name: the embedded <c>affiliations.json</c>
/// and user files of the same shape on top of it (a later file replaces an earlier affiliation). Immutable.
/// </summary>
internal sealed class SourceAffiliations
{
    /// <summary>The most characters an affiliation may have: it is a short label shown next to a source's name.</summary>
    internal const int MaxLength = 120;

    private readonly Dictionary<string, string> _bySource;

    private SourceAffiliations(Dictionary<string, string> bySource) => _bySource = bySource;

    /// <summary>No affiliations.</summary>
    public static SourceAffiliations Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The affiliation of the source named <paramref name="canonicalName"/>; null when none is known.</summary>
    public string? Of(string canonicalName) => _bySource.GetValueOrDefault(canonicalName);

    /// <summary>
    /// These affiliations with those of <paramref name="file"/> added or replacing; every source must be a canonical name of
    /// <paramref name="registry"/>, listed once in the file, with a non-empty affiliation of at most <see cref="MaxLength"/>
    /// characters. Errors name the file, line and field.
    /// </summary>
    public SourceAffiliations With(AffiliationFile file, LexiconOrigin origin, SourceRegistry registry)
    {
        if (file.Affiliations is null) throw origin.Error("$.affiliations", "the file needs an \"affiliations\" list");
        var merged = new Dictionary<string, string>(_bySource, StringComparer.Ordinal);
        var firstAt = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < file.Affiliations.Count; i++)
        {
            string path = $"$.affiliations[{i}]";
            var dto = file.Affiliations[i] ?? throw origin.Error(path, "null entry");
            if (string.IsNullOrWhiteSpace(dto.Source)) throw origin.Error(path + ".source", "an entry needs the canonical name of a source");
            string source = dto.Source.Trim();
            if (!registry.TryFind(source, out var found))
                throw origin.Error(path + ".source", $"no source '{source}' in the registry (add it first with SourceRegistry.WithFile)");
            if (found.Name != source)
                throw origin.Error(path + ".source", $"'{source}' is not a canonical name; it names '{found.Name}' (affiliations are keyed by canonical name)");
            if (firstAt.TryGetValue(source, out var first))
                throw origin.Error(path + ".source", $"'{source}' is listed twice (first at {origin.Where(first)})");
            firstAt[source] = path + ".source";
            string? affiliation = dto.Affiliation?.Trim();
            if (string.IsNullOrEmpty(affiliation)) throw origin.Error(path + ".affiliation", $"an empty affiliation for '{source}'");
            if (affiliation.Length > MaxLength)
                throw origin.Error(path + ".affiliation", $"the affiliation of '{source}' has {affiliation.Length} characters; at most {MaxLength} (a short label)");
            if (affiliation.Any(char.IsControl))
                throw origin.Error(path + ".affiliation", $"the affiliation of '{source}' holds a control character (a line break or tab, say)");
            merged[source] = affiliation;
        }
        return new SourceAffiliations(merged);
    }

    internal sealed record AffiliationFile(List<AffiliationDto?>? Affiliations, string? Description = null);

    internal sealed record AffiliationDto(string? Source, string? Affiliation);
}
