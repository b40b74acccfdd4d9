using System.Text.Json.Serialization;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Comparison;

/// <summary>Source-generated JSON metadata for the comparison-scope lexicon's file shape.</summary>
[JsonSerializable(typeof(ScopeLexicon.ScopeFile))]
internal sealed partial class ComparisonJsonContext : JsonSerializerContext
{
    /// <summary>The context with the lexicon reading settings.</summary>
    public static ComparisonJsonContext Reading { get; } = new(LexiconLoader.ReadingOptions());
}
