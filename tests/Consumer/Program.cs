// The consumer project: runs every C# block of README.md (compiled from ReadmeSnippets.g.cs) in a scratch folder holding
// the files the snippets name (report.txt, my-sources.json, reports/, gold.json), then checks what a user of the package relies on.
using ClaimCheck;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Consumer <seeds folder> <scratch folder>");
    return 2;
}
string seeds = Path.GetFullPath(args[0]);
string scratch = Path.GetFullPath(args[1]);
Directory.CreateDirectory(scratch);
File.Copy(Path.Combine(seeds, "003_c3074fcb13f72bd4.txt"), Path.Combine(scratch, "report.txt"), overwrite: true);
File.WriteAllText(Path.Combine(scratch, "my-sources.json"), """
    { "sources": [ { "name": "Example Monitor", "camp": "other", "kind": "observatory", "aliases": [ "مرصد المثال" ] } ] }
    """);
// The evaluation snippet reads reports/*.txt and gold.json: the seeds and their gold.
Directory.CreateDirectory(Path.Combine(scratch, "reports"));
foreach (var seed in Directory.GetFiles(seeds, "*.txt")) File.Copy(seed, Path.Combine(scratch, "reports", Path.GetFileName(seed)), overwrite: true);
File.Copy(Path.Combine(seeds, "..", "tests", "ClaimCheck.Tests", "Specs", "seeds-gold.json"), Path.Combine(scratch, "gold.json"), overwrite: true);
Directory.SetCurrentDirectory(scratch);

int ran = ReadmeSnippets.RunAll();
Console.WriteLine($"consumer: ran {ran} README snippets");

// What the README promises about the package, checked through the package alone.
var checker = ClaimChecker.Create(ClaimChecker.DefaultResources with { Sources = SourceRegistry.Default.WithFile("my-sources.json") });
var analysis = checker.Analyze([new Report("r1", File.ReadAllText("report.txt"), "Syria TV", new DateOnly(2018, 5, 21))]);
if (analysis.Claims.Count == 0) throw new InvalidOperationException("no claims from a seed report");
string html = AnalysisWriter.ToString(analysis, OutputFormat.Html);
if (!html.StartsWith("<!DOCTYPE html>", StringComparison.OrdinalIgnoreCase)) throw new InvalidOperationException("HTML output does not start with a doctype");
try
{
    File.WriteAllText("bad-sources.json", """{ "sources": [ { "name": "X", "camp": "nowhere", "kind": "outlet", "aliases": [] } ] }""");
    SourceRegistry.Default.WithFile("bad-sources.json");
    throw new InvalidOperationException("a registry file with an unknown camp was accepted");
}
catch (LexiconException e) when (e.Field == "$.sources[0].camp")
{
    Console.WriteLine($"consumer: bad registry refused: {e.Message}");
}
Console.WriteLine($"consumer: {analysis.Claims.Count} claims from report.txt; package API as documented");
return 0;
