using System.Text.Json.Serialization;
using ClaimCheck.Text;

namespace ClaimCheck.Lexicons;

/// <summary>
/// Source-generated JSON metadata for the file shapes of this folder (cues, function words). Every folder that owns lexicon file shapes has
/// a context like this one; <see cref="Reading"/> carries the shared reading settings of <see cref="LexiconLoader.ReadingOptions"/>.
/// </summary>
[JsonSerializable(typeof(CueLexicon.CueFile))]
[JsonSerializable(typeof(Dictionary<string, string[]>))]
internal sealed partial class LexiconJsonContext : JsonSerializerContext
{
    /// <summary>The context with the lexicon reading settings and the enums of this folder's file shapes.</summary>
    public static LexiconJsonContext Reading { get; } = new(LexiconLoader.ReadingOptions(LexiconLoader.EnumAsString<Conjugation>()));
}
