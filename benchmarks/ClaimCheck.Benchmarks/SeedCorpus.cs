using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClaimCheck.Benchmarks;

/// <summary>The seed reports copied next to the benchmark binary, with the outlet and date of their manifest.</summary>
internal static class SeedCorpus
{
    private static readonly Lazy<Report[]> s_reports = new(Load);

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>The five seeds, by file name.</summary>
    public static IReadOnlyList<Report> Reports() => s_reports.Value;

    /// <summary>The seeds' texts joined by blank lines.</summary>
    public static string AllText() => string.Join("\n\n", Reports().Select(r => r.Text));

    private static Report[] Load()
    {
        var manifest = new Dictionary<string, (string? Outlet, DateOnly? Published)>(StringComparer.Ordinal);
        string manifestPath = Path.Combine(Directory, "manifest.json");
        if (File.Exists(manifestPath))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(manifestPath));
            foreach (var entry in json.RootElement.EnumerateObject())
            {
                string? outlet = entry.Value.TryGetProperty("outlet", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
                DateOnly? published = entry.Value.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
                    ? DateOnly.ParseExact(p.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : null;
                manifest[entry.Name] = (outlet, published);
            }
        }
        return System.IO.Directory.GetFiles(Directory, "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f =>
            {
                string id = Path.GetFileName(f);
                var meta = manifest.GetValueOrDefault(id);
                return new Report(id, File.ReadAllText(f), meta.Outlet, meta.Published);
            })
            .ToArray();
    }

    /// <summary>UTF-8 bytes of the reports' texts: what MB/s counts.</summary>
    public static long Utf8Bytes(IEnumerable<Report> reports) => reports.Sum(r => (long)Encoding.UTF8.GetByteCount(r.Text));
}
