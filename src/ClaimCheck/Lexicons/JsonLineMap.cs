using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ClaimCheck.Lexicons;

/// <summary>
/// Maps the JSON paths of a JSON text ("$.places[3].aliases[1]", the notation of <see cref="JsonException.Path"/>)
/// to 1-based line numbers, so that errors found after deserialisation (a duplicate alias, an unknown parent) can
/// still name the line they come from.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, long> _lines;

    private JsonLineMap(Dictionary<string, long> lines) => _lines = lines;

    /// <summary>An empty map (for entries that came from code rather than a file).</summary>
    public static JsonLineMap Empty { get; } = new(new Dictionary<string, long>(StringComparer.Ordinal));

    private struct Frame
    {
        public string Path;
        public bool IsArray;
        public int Index;
        public string? Property;
    }

    /// <summary>Indexes <paramref name="json"/>. Invalid JSON yields the part read before the error (the deserialiser reports the error itself).</summary>
    public static JsonLineMap Build(string json)
    {
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var stack = new List<Frame>();
        long line = 1;
        long scanned = 0;
        try
        {
            while (reader.Read())
            {
                long start = reader.TokenStartIndex;
                for (; scanned < start; scanned++)
                {
                    if (bytes[scanned] == (byte)'\n') line++;
                }
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                    {
                        var top = stack[^1];
                        top.Property = reader.GetString();
                        stack[^1] = top;
                        lines.TryAdd(Member(top.Path, top.Property!), line);
                        break;
                    }
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.RemoveAt(stack.Count - 1);
                        break;
                    default:
                    {
                        string path = ValuePath(stack);
                        lines.TryAdd(path, line);
                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                            stack.Add(new Frame { Path = path, IsArray = reader.TokenType == JsonTokenType.StartArray });
                        break;
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Keep what was indexed; the deserialiser names the syntax error with its own line.
        }
        return new JsonLineMap(lines);
    }

    private static string ValuePath(List<Frame> stack)
    {
        if (stack.Count == 0) return "$";
        var top = stack[^1];
        if (top.IsArray)
        {
            string p = top.Path + "[" + top.Index.ToString(CultureInfo.InvariantCulture) + "]";
            top.Index++;
            stack[^1] = top;
            return p;
        }
        return Member(top.Path, top.Property ?? "");
    }

    private static string Member(string parent, string name) => parent + "." + name;

    /// <summary>The line of <paramref name="path"/>, or of its nearest indexed ancestor; null when nothing is known.</summary>
    public long? LineOf(string path)
    {
        string p = path;
        while (p.Length > 0)
        {
            if (_lines.TryGetValue(p, out long line)) return line;
            int cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
            if (cut <= 0) break;
            p = p[..cut];
        }
        return null;
    }
}

/// <summary>Where lexicon entries came from: a file (or embedded resource, or code) and its line map.</summary>
/// <param name="File">The file or resource name errors report.</param>
/// <param name="Lines">Line numbers of the file's JSON paths.</param>
internal sealed record LexiconOrigin(string File, JsonLineMap Lines)
{
    /// <summary>Entries given in code (no lines).</summary>
    public static LexiconOrigin Code(string what) => new(what, JsonLineMap.Empty);

    /// <summary>Reads and parses a user file of the file shape <paramref name="shape"/>, keeping its line map.</summary>
    public static (T Value, LexiconOrigin Origin) LoadFile<T>(string path, JsonTypeInfo<T> shape)
    {
        string json;
        try { json = System.IO.File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new LexiconException(path, null, null, e.Message, e);
        }
        return (LexiconLoader.Parse(json, path, shape), new LexiconOrigin(path, JsonLineMap.Build(json)));
    }

    /// <summary>Reads and parses an embedded lexicon of the file shape <paramref name="shape"/>, keeping its line map.</summary>
    public static (T Value, LexiconOrigin Origin) LoadEmbedded<T>(string name, JsonTypeInfo<T> shape)
    {
        string json = LexiconLoader.ReadEmbedded(name);
        string origin = "embedded:" + name;
        return (LexiconLoader.Parse(json, origin, shape), new LexiconOrigin(origin, JsonLineMap.Build(json)));
    }

    /// <summary>An error about the field at <paramref name="path"/>.</summary>
    public LexiconException Error(string path, string message) => new(File, Lines.LineOf(path), path, message);

    /// <summary>"file:line" of <paramref name="path"/>, for messages that point at an earlier definition.</summary>
    public string Where(string path)
    {
        long? line = Lines.LineOf(path);
        return line is null ? $"{File} ({path})" : $"{File}:{line}";
    }
}
