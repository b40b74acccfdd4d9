using System.Text.Json.Serialization;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Attribution;

/// <summary>Source-generated JSON metadata for the file shapes of the source registry (sources, source affiliations).</summary>
[JsonSerializable(typeof(SourceRegistry.SourceFile))]
[JsonSerializable(typeof(SourceAffiliations.AffiliationFile))]
internal sealed partial class AttributionJsonContext : JsonSerializerContext
{
    /// <summary>The context with the lexicon reading settings and the enums of this folder's file shapes.</summary>
    public static AttributionJsonContext Reading { get; } = new(LexiconLoader.ReadingOptions(LexiconLoader.EnumAsString<SourceKind>()));
}
