using System.Globalization;
using System.Text.Json;

namespace ClaimCheck.Cli;

/// <summary>One manifest entry: what is known about a report file that its text may not say.</summary>
/// <param name="Outlet">The outlet, or null.</param>
/// <param name="Published">The publication date, or null.</param>
/// <param name="Note">A free note (how outlet and date were established), or null.</param>
internal sealed record ManifestEntry(string? Outlet, DateOnly? Published, string? Note)
{
    /// <summary>The report's language code ("ar", "en"), or null to detect it.</summary>
    public string? Language { get; init; }
}

/// <summary>
/// A manifest: a JSON object mapping report file names to <c>{ "outlet": …, "published": "YYYY-MM-DD" | null, "note": … }</c>.
/// Unknown fields in an entry are ignored; anything else that is not of this shape makes the manifest invalid.
/// </summary>
internal sealed class Manifest
{
    /// <summary>The file name a folder's manifest has; it is never read as a report.</summary>
    public const string FileName = "manifest.json";

    private readonly Dictionary<string, ManifestEntry> _entries;

    private Manifest(string path, Dictionary<string, ManifestEntry> entries)
    {
        Path = path;
        _entries = entries;
    }

    /// <summary>Where the manifest was read from, as given.</summary>
    public string Path { get; }

    /// <summary>The number of entries.</summary>
    public int Count => _entries.Count;

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>The entry for a report file name or id (remembered as used).</summary>
    public ManifestEntry? Find(string reportId)
    {
        var entry = _entries.GetValueOrDefault(reportId);
        if (entry is not null) _used.Add(reportId);
        return entry;
    }

    /// <summary>The keys <see cref="Find"/> never matched, in ordinal order.</summary>
    public IReadOnlyList<string> Unused() => _entries.Keys.Where(k => !_used.Contains(k)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Reads and validates a manifest file.</summary>
    /// <exception cref="ManifestException">The file is missing, unreadable, not strict UTF-8 or not of the manifest's shape.</exception>
    public static Manifest Load(string path)
    {
        if (path.Length == 0) throw new ManifestException(path, "the file name is empty");
        var kind = FileKinds.Of(path);
        if (kind == FileKind.Missing) throw new ManifestException(path, InputProblems.Missing(path));
        if (kind != FileKind.Regular) throw new ManifestException(path, $"is {FileKinds.Describe(kind)}, not a manifest file");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ManifestException(path, InputProblems.Describe(ex));
        }
        if (!Utf8Text.TryDecode(bytes, out string json, out long offset))
            throw new ManifestException(path, $"invalid UTF-8 at byte {offset.ToString(CultureInfo.InvariantCulture)}");
        return Parse(path, json);
    }

    /// <summary>Parses manifest JSON; <paramref name="path"/> names it in errors.</summary>
    /// <exception cref="ManifestException">The JSON is malformed or not of the manifest's shape.</exception>
    public static Manifest Parse(string path, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new ManifestException(path, "malformed JSON: " + ex.Message);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new ManifestException(path, "expected a JSON object mapping file names to entries");
            var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                string key = property.Name;
                if (key.Length == 0) throw new ManifestException(path, "an entry has an empty file name");
                if (entries.ContainsKey(key)) throw new ManifestException(path, $"\"{key}\" is listed twice");
                var value = property.Value;
                if (value.ValueKind != JsonValueKind.Object)
                    throw new ManifestException(path, $"\"{key}\": expected an object {{outlet, published, note}}");
                string? outlet = OptionalString(path, key, value, "outlet");
                string? published = OptionalString(path, key, value, "published");
                string? note = OptionalString(path, key, value, "note");
                string? language = OptionalString(path, key, value, "language");
                if (language is not null && !IsLanguageCode(language))
                    throw new ManifestException(path, $"\"{key}\".language: expected a language code such as \"ar\" or \"en\"");
                DateOnly? date = null;
                if (published is not null)
                {
                    if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                        throw new ManifestException(path, $"\"{key}\".published: expected YYYY-MM-DD or null, found \"{published}\"");
                    date = parsed;
                }
                if (outlet?.Trim().Length > InputLimits.MaxIdLength)
                    throw new ManifestException(path, $"\"{key}\".outlet: longer than {InputLimits.MaxIdLength.ToString(CultureInfo.InvariantCulture)} characters");
                entries[key] = new ManifestEntry(string.IsNullOrWhiteSpace(outlet) ? null : outlet.Trim(), date, note) { Language = language?.Trim().ToLowerInvariant() };
            }
            return new Manifest(path, entries);
        }
    }

    private static string? OptionalString(string path, string key, JsonElement entry, string field)
    {
        if (!entry.TryGetProperty(field, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => value.GetString(),
            _ => throw new ManifestException(path, $"\"{key}\".{field}: expected a string or null, found {value.ValueKind.ToString().ToLowerInvariant()}"),
        };
    }

    /// <summary>A language code as input may give it: two or three ASCII letters, optionally with a region ("en", "ar", "en-GB").</summary>
    internal static bool IsLanguageCode(string? code)
    {
        string c = code?.Trim() ?? "";
        if (c.Length is < 2 or > 8) return false;
        int dash = c.IndexOf('-');
        string main = dash < 0 ? c : c[..dash];
        return main.Length is 2 or 3 && main.All(char.IsAsciiLetter) && (dash < 0 || c[(dash + 1)..].All(char.IsAsciiLetterOrDigit) && dash < c.Length - 1);
    }
}

/// <summary>A manifest that cannot be used; the message names the file and the problem.</summary>
internal sealed class ManifestException(string path, string problem) : Exception($"{path}: invalid manifest: {problem}")
{
    /// <summary>The manifest's path, as given.</summary>
    public string ManifestPath { get; } = path;
}
