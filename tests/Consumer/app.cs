#:package ClaimCheck@CLAIMCHECK_VERSION

// A file-based app with the package and nothing else: no PublishAot=false, so `dotnet run` runs it with the native-AOT
// defaults (reflection-based JSON disabled) and `dotnet publish` compiles it to a native executable. It prints the analysis
// of a folder of *.txt reports (no manifest) as JSON, the bytes `claimcheck analyze <folder>` prints. run.sh replaces CLAIMCHECK_VERSION.
using System.Text;
using ClaimCheck;

string folder = args.Length > 0 ? args[0] : ".";
var reports = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
    .Select(path => new Report(Path.GetFileName(path), File.ReadAllText(path, Encoding.UTF8)))
    .ToList();

var analysis = ClaimChecker.CreateDefault().Analyze(reports);
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
AnalysisWriter.Write(analysis, OutputFormat.Json, stdout);
