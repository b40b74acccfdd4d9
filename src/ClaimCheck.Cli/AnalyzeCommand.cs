using ClaimCheck.Output;

namespace ClaimCheck.Cli;

/// <summary>The parsed options of <c>claimcheck analyze</c>.</summary>
/// <param name="Inputs">Files, folders, or "-" for JSONL on stdin.</param>
/// <param name="Format">The output format.</param>
/// <param name="Out">The output file, or null for stdout.</param>
/// <param name="ManifestPath">An explicit manifest, or null.</param>
/// <param name="Strict">Stop at the first bad input.</param>
/// <param name="Encoding">The encoding report files without a byte-order mark are in (--encoding), or null for strict UTF-8.</param>
internal sealed record AnalyzeOptions(IReadOnlyList<string> Inputs, OutputFormat Format, string? Out, string? ManifestPath, bool Strict,
    System.Text.Encoding? Encoding = null);

/// <summary>Runs <c>claimcheck analyze</c>: read the reports, analyse them, write the output.</summary>
internal static class AnalyzeCommand
{
    public static int Execute(AnalyzeOptions options, Stream stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken,
        Progress? progress = null)
    {
        if (CommandInputs.Validate(options.Inputs, "analyze", stderr) is { } usage) return usage;

        Manifest? manifest = null;
        var problems = new InputProblems(stderr, options.Strict);
        try
        {
            if (options.ManifestPath is { } manifestPath) manifest = Manifest.Load(manifestPath);
            var loader = new ReportLoader(problems, manifest, encoding: options.Encoding);
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

            var analysis = Analyze(loader.Reports, progress ?? Progress.None, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            int written = AnalysisOutput.Write(analysis, options.Format, options.Out, loader.Texts, stdout, stderr, cancellationToken);
            if (written != ExitCodes.Success) return written;

            if (problems.Count > 0)
            {
                stderr.WriteLine(
                    $"claimcheck: analysed {CommandInputs.Plural(loader.Reports.Count, "report")}; skipped {CommandInputs.Plural(problems.Count, "bad input")}");
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

    /// <summary>What <see cref="ClaimChecker.Analyze"/> does (extraction on every core, then alignment), counting reports as they are done.</summary>
    private static Analysis Analyze(IReadOnlyList<Report> reports, Progress progress, CancellationToken cancellationToken)
    {
        var checker = ClaimChecker.CreateDefault();
        var results = reports.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(report =>
        {
            var result = checker.Extract(report);
            progress.ReportDone(report.Text);
            return result;
        }).ToArray();
        progress.Finish();
        return checker.Align(results);
    }
}
