using System.Text.Json.Serialization;
using ClaimCheck.Languages.English;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Languages;

/// <summary>Source-generated JSON metadata for the file shapes of the language data (language words, English numbers and aliases).</summary>
[JsonSerializable(typeof(LanguageDetector.LanguageFile))]
[JsonSerializable(typeof(EnglishNumberFile))]
[JsonSerializable(typeof(EnglishAliasFile))]
internal sealed partial class LanguageJsonContext : JsonSerializerContext
{
    /// <summary>The context with the lexicon reading settings and the enums of this folder's file shapes.</summary>
    public static LanguageJsonContext Reading { get; } = new(LexiconLoader.ReadingOptions(LexiconLoader.EnumAsString<QuantityQualifier>()));
}
