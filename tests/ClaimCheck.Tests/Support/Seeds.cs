using System.Text.Json;

namespace ClaimCheck.Tests.Support;

/// <summary>The seed reports (copied to the test output) and the gold file from ../shared/spec.</summary>
public static class Seeds
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static IReadOnlyList<Report> Reports()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")));
        return Directory.GetFiles(Folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Select(f =>
        {
            string id = Path.GetFileName(f);
            string? outlet = null;
            DateOnly? published = null;
            if (manifest.RootElement.TryGetProperty(id, out var entry))
            {
                outlet = entry.GetProperty("outlet").GetString();
                if (entry.GetProperty("published").GetString() is { } p) published = DateOnly.Parse(p, System.Globalization.CultureInfo.InvariantCulture);
            }
            return new Report(id, File.ReadAllText(f), outlet, published);
        }).ToArray();
    }

    /// <summary>The gold file: shared/spec/seeds-gold.json beside the clone when there is one (CI), else the byte-identical copy in Specs/.</summary>
    public static JsonDocument Gold() => JsonDocument.Parse(File.ReadAllText(SharedGold() ?? RepoGold()));

    /// <summary>The copy of the gold file kept with the tests.</summary>
    public static string RepoGold() => Path.Combine(AppContext.BaseDirectory, "Specs", "seeds-gold.json");

    /// <summary>shared/spec/seeds-gold.json found by walking up from the test binary, or null.</summary>
    public static string? SharedGold()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "spec", "seeds-gold.json");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
