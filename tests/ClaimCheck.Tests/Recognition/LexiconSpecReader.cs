using System.Text.Json;

namespace ClaimCheck.Tests.Recognition;

/// <summary>Reads the JSONL spec files of the lexicon tests and the seed reports copied next to the tests.</summary>
internal static class LexiconSpecReader
{
    public static IEnumerable<(int Line, JsonElement Value)> Lines(string specFile)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", specFile);
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            yield return (n, doc.RootElement.Clone());
        }
    }

    public static string Seed(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", name));

    public static string[] SeedNames() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;

    public static bool Flag(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    /// <summary>Writes <paramref name="content"/> to a fresh temporary file and returns its path.</summary>
    public static string TempFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), "claimcheck-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, content);
        return path;
    }
}
