using ClaimCheck.Output;

namespace ClaimCheck.Cli;

/// <summary>The parsed options of <c>claimcheck analyze</c>.</summary>
/// <param name="Inputs">Files, folders, or "-" for JSONL on stdin.</param>
/// <param name="Format">The output format.</param>
/// <param name="Out">The output file, or null for stdout.</param>
/// <param name="ManifestPath">An explicit manifest, or null.</param>
/// <param name="Strict">Stop at the first bad input.</param>
/// <param name="Limits">The limits on one input.</param>
/// <param name="Encoding">The encoding report files without a byte-order mark are in (--encoding), or null for strict UTF-8.</param>
/// <param name="Checker">The confidence model and threshold (--model, --min-confidence), or null for the defaults.</param>
internal sealed record AnalyzeOptions(IReadOnlyList<string> Inputs, OutputFormat Format, string? Out, string? ManifestPath, bool Strict, InputLimits Limits,
    System.Text.Encoding? Encoding = null, ClaimCheckerOptions? Checker = null);

/// <summary>Runs <c>claimcheck analyze</c>: read the reports, analyse them, write the output.</summary>
internal static class AnalyzeCommand
{
    public static int Execute(AnalyzeOptions options, Stream stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken,
        Progress? progress = null)
    {
        if (CommandInputs.Validate(options.Inputs, "analyze", stderr, options.Out, options.ManifestPath) is { } usage) return usage;

        return CommandInputs.RunOnReports(options.Inputs, options.ManifestPath, options.Strict, options.Limits, options.Encoding, "analyse", stdin, stderr, cancellationToken, loader =>
        {
            var analysis = Analyze(ClaimChecker.CreateDefault(options.Checker ?? ClaimCheckerOptions.Default), loader.Reports, progress ?? Progress.None, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            return AnalysisOutput.Write(analysis, options.Format, options.Out, loader.Texts, stdout, stderr, cancellationToken);
        });
    }

    /// <summary>What <see cref="ClaimChecker.Analyze"/> does (extraction on every core, then alignment), counting reports as they are done.</summary>
    private static Analysis Analyze(ClaimChecker checker, IReadOnlyList<Report> reports, Progress progress, CancellationToken cancellationToken)
    {
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
