#:property PublishAot=false
#:project ../src/ClaimCheck/ClaimCheck.csproj

// ClaimCheck quickstart: analyse the seed reports and print where the camps disagree.
//   cd <repo> && dotnet run samples/quickstart.cs            (or: dotnet run samples/quickstart.cs -- path/to/folder)
// The seeds/ folder next to samples/ is used by default; its manifest.json gives each report's outlet and date.

using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimCheck;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

string folder = args.Length > 0 ? args[0] : FindSeeds();
var manifest = ReadManifest(Path.Combine(folder, "manifest.json"));
var reports = Directory.GetFiles(folder, "*.txt")
    .Order(StringComparer.Ordinal)
    .Select(path =>
    {
        string id = Path.GetFileName(path);
        var (outlet, published) = manifest.GetValueOrDefault(id);
        return new Report(id, File.ReadAllText(path, Encoding.UTF8), outlet, published);
    })
    .ToList();

var analysis = ClaimChecker.CreateDefault().Analyze(reports);

Console.WriteLine($"Analysed {reports.Count} reports from {folder}");
Console.WriteLine($"{analysis.Claims.Count} claims, {analysis.Events.Count} events, {analysis.Contradictions.Count} contradictions");
foreach (var camp in analysis.Claims.GroupBy(c => c.Source.Camp).OrderBy(g => g.Key))
    Console.WriteLine($"  {camp.Key,-10} {camp.Count()} claims");
Console.WriteLine();

if (analysis.Contradictions.Count == 0)
{
    Console.WriteLine("No contradictions found.");
    return;
}

var claims = analysis.Claims.ToDictionary(c => c.Id);
var events = analysis.Events.ToDictionary(e => e.Id);
foreach (var x in analysis.Contradictions)
{
    string label = events.TryGetValue(x.EventId, out var e) ? e.Label : x.EventId;
    string slot = string.Join(" / ", new[] { x.Kind.ToString(), x.Subject, x.Action }.Where(s => !string.IsNullOrEmpty(s)));
    Console.WriteLine($"[{x.Verdict}] {slot}, severity {x.Severity.ToString("0.00", CultureInfo.InvariantCulture)} — {label}");
    foreach (var side in x.Sides)
    {
        Console.WriteLine($"  {side.Camp}: {side.Summary}");
        foreach (var id in side.ClaimIds)
        {
            if (claims.TryGetValue(id, out var claim))
                Console.WriteLine($"    {claim.Source.Name} ({claim.ReportId} @{claim.Evidence.Start}): «{claim.Evidence.Text}»");
        }
    }
    Console.WriteLine($"  {x.Note}");
    Console.WriteLine();
}

// The seeds folder: next to samples/ (found from this file's location), else searched upwards from the working directory.
static string FindSeeds()
{
    var starts = new List<string>();
    if (AppContext.GetData("EntryPointFileDirectoryPath") is string scriptDirectory) starts.Add(scriptDirectory);
    starts.Add(Directory.GetCurrentDirectory());
    foreach (var start in starts)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(candidate, "manifest.json"))) return candidate;
        }
    }
    throw new DirectoryNotFoundException("seeds/ not found; pass a folder of *.txt reports as the first argument");
}

// manifest.json: file name -> { "outlet": ..., "published": "YYYY-MM-DD" | null, "note": ... }.
static Dictionary<string, (string? Outlet, DateOnly? Published)> ReadManifest(string path)
{
    var result = new Dictionary<string, (string?, DateOnly?)>(StringComparer.Ordinal);
    if (!File.Exists(path)) return result;
    using var document = JsonDocument.Parse(File.ReadAllText(path, Encoding.UTF8));
    foreach (var entry in document.RootElement.EnumerateObject())
    {
        string? outlet = entry.Value.TryGetProperty("outlet", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
        DateOnly? published = entry.Value.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
            ? DateOnly.ParseExact(p.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
        result[entry.Name] = (outlet, published);
    }
    return result;
}
