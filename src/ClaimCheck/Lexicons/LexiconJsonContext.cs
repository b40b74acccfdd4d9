using System.Text.Json.Serialization;
using ClaimCheck.Comparison;
using ClaimCheck.Recognition;

namespace ClaimCheck.Lexicons;

/// <summary>
/// Source-generated JSON metadata for every lexicon file shape (sources, source affiliations, cues, comparison scopes, dates, numbers, places,
/// actors). <see cref="LexiconLoader.Options"/> adds the reading settings (camelCase, comments, trailing commas, unknown
/// fields rejected, enums as camelCase strings).
/// </summary>
[JsonSerializable(typeof(SourceRegistry.SourceFile))]
[JsonSerializable(typeof(SourceAffiliations.AffiliationFile))]
[JsonSerializable(typeof(CueLexicon.CueFile))]
[JsonSerializable(typeof(ScopeLexicon.ScopeFile))]
[JsonSerializable(typeof(DateLexicon))]
[JsonSerializable(typeof(NumberLexicon))]
[JsonSerializable(typeof(GazetteerFile))]
[JsonSerializable(typeof(ActorFile))]
[JsonSerializable(typeof(Dictionary<string, string[]>))]
[JsonSerializable(typeof(Languages.LanguageDetector.LanguageFile))]
[JsonSerializable(typeof(Languages.English.EnglishNumberFile))]
[JsonSerializable(typeof(Languages.English.EnglishAliasFile))]
internal sealed partial class LexiconJsonContext : JsonSerializerContext;
