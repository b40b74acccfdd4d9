using System.Globalization;
using ClaimCheck.Output;

namespace ClaimCheck.Cli;

/// <summary>The parsed options of <c>claimcheck analyze</c>.</summary>
/// <param name="Inputs">Files, folders, or "-" for JSONL on stdin.</param>
/// <param name="Format">The output format.</param>
/// <param name="Out">The output file, or null for stdout.</param>
/// <param name="ManifestPath">An explicit manifest, or null.</param>
/// <param name="Strict">Stop at the first bad input.</param>
internal sealed record AnalyzeOptions(IReadOnlyList<string> Inputs, OutputFormat Format, string? Out, string? ManifestPath, bool Strict);

/// <summary>Runs <c>claimcheck analyze</c>: read the reports, analyse them, write the output.</summary>
internal static class AnalyzeCommand
{
    public static int Execute(AnalyzeOptions options, Stream stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (options.Inputs.Count(i => i == "-") > 1)
        {
            stderr.WriteLine("claimcheck: \"-\" (stdin) can be given only once");
            return ExitCodes.Usage;
        }
        // The parser passes unknown dashed words through as inputs; unless such a file exists they are mistyped options.
        if (options.Inputs.FirstOrDefault(i => i.Length > 1 && i[0] == '-' && !File.Exists(i) && !Directory.Exists(i)) is { } unknown)
        {
            stderr.WriteLine($"claimcheck: unknown option '{unknown}'");
            stderr.WriteLine("Try 'claimcheck analyze --help'.");
            return ExitCodes.Usage;
        }

        Manifest? manifest = null;
        var problems = new InputProblems(stderr, options.Strict);
        try
        {
            if (options.ManifestPath is { } manifestPath) manifest = Manifest.Load(manifestPath);
            var loader = new ReportLoader(problems, manifest);
            foreach (var input in options.Inputs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (input == "-") loader.AddJsonl(stdin);
                else loader.AddPath(input);
            }
            if (loader.Reports.Count == 0)
            {
                stderr.WriteLine("claimcheck: no reports to analyse; nothing written");
                return ExitCodes.NoReports;
            }

            var analysis = ClaimChecker.CreateDefault().Analyze(loader.Reports);
            cancellationToken.ThrowIfCancellationRequested();
            int written = Write(analysis, options, loader.Texts, stdout, stderr, cancellationToken);
            if (written != ExitCodes.Success) return written;

            if (problems.Count > 0)
            {
                stderr.WriteLine(
                    $"claimcheck: analysed {Plural(loader.Reports.Count, "report")}; skipped {Plural(problems.Count, "bad input")}");
                return ExitCodes.PartialInput;
            }
            return ExitCodes.Success;
        }
        catch (ManifestException ex)
        {
            stderr.WriteLine("claimcheck: " + ex.Message);
            return ExitCodes.InvalidManifest;
        }
        catch (StrictStopException)
        {
            stderr.WriteLine("claimcheck: stopped at the first bad input (--strict); nothing written");
            return ExitCodes.NoReports;
        }
    }

    private static int Write(Analysis analysis, AnalyzeOptions options, IReadOnlyDictionary<string, string> texts,
        TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        string target = options.Out ?? "stdout";
        try
        {
            if (options.Out is null)
            {
                AnalysisWriter.Write(analysis, options.Format, stdout, texts);
                stdout.Flush();
            }
            else
            {
                AtomicFile.WriteText(options.Out, writer => AnalysisWriter.Write(analysis, options.Format, writer, texts), cancellationToken);
            }
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            string reason = ex switch
            {
                DirectoryNotFoundException => "the folder does not exist",
                UnauthorizedAccessException => "permission denied",
                _ => ex.Message,
            };
            stderr.WriteLine($"claimcheck: {target}: cannot write output: {reason}");
            return ExitCodes.OutputFailed;
        }
    }

    private static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
}
