using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimCheck.Resources;

/// <summary>The error raised when a lexicon, registry or gazetteer file cannot be used; it names the file, line and field.</summary>
public sealed class LexiconException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LexiconException(string file, long? line, string? field, string message, Exception? inner = null)
        : base($"{file}{(line is null ? "" : $":{line}")}{(field is null ? "" : $" ({field})")}: {message}", inner)
    {
        File = file;
        Line = line;
        Field = field;
    }

    /// <summary>The file (or embedded resource) at fault.</summary>
    public string File { get; }

    /// <summary>1-based line, when known.</summary>
    public long? Line { get; }

    /// <summary>JSON path of the field at fault, when known.</summary>
    public string? Field { get; }
}

/// <summary>Loads the JSON lexicons embedded in the library, and user files of the same shape.</summary>
public static class LexiconLoader
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

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

    /// <summary>Deserialises an embedded lexicon.</summary>
    public static T LoadEmbedded<T>(string name) => Parse<T>(ReadEmbedded(name), "embedded:" + name);

    /// <summary>Deserialises a user file; errors name the file, line and field.</summary>
    public static T LoadFile<T>(string path)
    {
        string json;
        try { json = System.IO.File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new LexiconException(path, null, null, e.Message, e); }
        return Parse<T>(json, path);
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

    /// <summary>Deserialises JSON text; <paramref name="origin"/> names it in errors.</summary>
    public static T Parse<T>(string json, string origin)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options) ?? throw new LexiconException(origin, 1, null, "the file is empty (null)");
        }
        catch (JsonException e)
        {
            throw new LexiconException(origin, e.LineNumber + 1, e.Path, e.Message, e);
        }
    }
}
