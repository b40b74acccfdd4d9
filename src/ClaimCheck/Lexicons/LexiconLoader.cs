using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ClaimCheck.Lexicons;

/// <summary>Loads the JSON lexicons embedded in the library, and user files of the same shape.</summary>
internal static class LexiconLoader
{
    /// <summary>
    /// The reading settings every lexicon file shares: camelCase, case-insensitive names, comments, trailing commas, unknown
    /// fields rejected, and the given enum converters (see <see cref="EnumAsString{T}"/>). Each folder that owns file shapes
    /// passes a fresh instance to its own source-generated <see cref="JsonSerializerContext"/>: the library never
    /// serialises by reflection, so it runs trimmed and under native AOT.
    /// </summary>
    public static JsonSerializerOptions ReadingOptions(params JsonConverter[] enumConverters)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            PropertyNameCaseInsensitive = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        foreach (var converter in enumConverters) options.Converters.Add(converter);
        return options;
    }

    /// <summary>An enum read from its camelCase name, never from a number (AOT-safe: one converter per enum a file shape uses).</summary>
    public static JsonStringEnumConverter<T> EnumAsString<T>() where T : struct, Enum =>
        new(JsonNamingPolicy.CamelCase, allowIntegerValues: false);

    /// <summary>Names of the embedded lexicon resources (file names such as "numbers.json").</summary>
    public static IReadOnlyList<string> EmbeddedNames() =>
        typeof(LexiconLoader).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("ClaimCheck.Resources.", StringComparison.Ordinal))
            .Select(n => n["ClaimCheck.Resources.".Length..]).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    /// <summary>The raw text of an embedded lexicon.</summary>
    public static string ReadEmbedded(string name)
    {
        using var stream = typeof(LexiconLoader).Assembly.GetManifestResourceStream("ClaimCheck.Resources." + name)
            ?? throw new LexiconException(name, null, null, "no such embedded lexicon");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Deserialises an embedded lexicon of the file shape <paramref name="shape"/>.</summary>
    public static T LoadEmbedded<T>(string name, JsonTypeInfo<T> shape) => Parse(ReadEmbedded(name), "embedded:" + name, shape);

    /// <summary>Deserialises a user file of the file shape <paramref name="shape"/>; errors name the file, line and field.</summary>
    public static T LoadFile<T>(string path, JsonTypeInfo<T> shape, Func<string, LexiconException>? nullSection = null)
    {
        string json;
        try { json = System.IO.File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new LexiconException(path, null, null, e.Message, e); }
        return Parse(json, path, shape, nullSection);
    }

    /// <summary>1-based line of the first (or last) occurrence of <paramref name="needle"/> in <paramref name="json"/>; null when absent.</summary>
    public static long? LineOf(string json, string needle, bool last = false)
    {
        int at = last ? json.LastIndexOf(needle, StringComparison.Ordinal) : json.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0) return null;
        long line = 1;
        for (int i = 0; i < at; i++) if (json[i] == '\n') line++;
        return line;
    }

    /// <summary>
    /// Deserialises JSON text of the file shape <paramref name="shape"/> (the JSON metadata of the caller's source-generated
    /// context, built with <see cref="ReadingOptions"/>); <paramref name="origin"/> names it in errors. Lexicons whose sections default to empty lists
    /// pass <paramref name="nullSection"/>: a section written as <c>null</c> is then refused with the error it makes from the
    /// section's name (the source-generated reader cannot tell a null section from a missing one).
    /// </summary>
    public static T Parse<T>(string json, string origin, JsonTypeInfo<T> shape, Func<string, LexiconException>? nullSection = null)
    {
        try
        {
            if (nullSection is not null && FirstNullSection(json) is { } section) throw nullSection(section);
            return JsonSerializer.Deserialize(json, shape) ?? throw new LexiconException(origin, 1, null, "the file is empty (null)");
        }
        catch (JsonException e)
        {
            throw new LexiconException(origin, e.LineNumber + 1, e.Path, e.Message, e);
        }
    }

    /// <summary>The name of the first top-level property of <paramref name="json"/> whose value is null; null when there is none or the text is not an object.</summary>
    private static string? FirstNullSection(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                if (!reader.Read()) return null;
                if (reader.TokenType == JsonTokenType.Null) return name;
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Invalid JSON: the deserialiser names the error with its line.
        }
        return null;
    }
}
