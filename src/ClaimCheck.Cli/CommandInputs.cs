using System.Globalization;
using ClaimCheck.Output;

namespace ClaimCheck.Cli;

/// <summary>Checks shared by the commands that read inputs, and the wording of their summaries.</summary>
internal static class CommandInputs
{
    /// <summary>
    /// The usage problems of an input list: "-" given twice, or a dashed word that is no file (the parser passes unknown
    /// options through as inputs). Prints them and returns <see cref="ExitCodes.Usage"/>, or null when the list is fine.
    /// </summary>
    /// <remarks>
    /// With <paramref name="outPath"/> it also refuses an --out that is one of the files the run reads (an explicit input,
    /// a file of an input folder that <paramref name="accept"/> takes, a manifest): the output would destroy it.
    /// </remarks>
    public static int? Validate(IReadOnlyList<string> inputs, string command, TextWriter stderr,
        string? outPath = null, string? manifestPath = null, Func<string, bool>? accept = null)
    {
        if (inputs.Count(i => i == "-") > 1)
        {
            stderr.WriteLine("claimcheck: \"-\" (stdin) can be given only once");
            return ExitCodes.Usage;
        }
        if (inputs.Any(i => i.Length == 0))
        {
            stderr.WriteLine("claimcheck: an input is an empty string; give a file, a folder or -");
            stderr.WriteLine($"Try 'claimcheck {command} --help'.");
            return ExitCodes.Usage;
        }
        if (inputs.FirstOrDefault(i => i.Length > 1 && i[0] == '-' && FileKinds.Of(i) == FileKind.Missing) is { } unknown)
        {
            stderr.WriteLine($"claimcheck: unknown option '{unknown}'");
            stderr.WriteLine($"Try 'claimcheck {command} --help'.");
            return ExitCodes.Usage;
        }
        if (outPath is not null && OutputFile.Check(outPath, InputFolders.ReadBy(inputs, manifestPath, accept ?? InputFolders.IsReport)) is { } refused)
        {
            stderr.WriteLine("claimcheck: " + refused);
            return ExitCodes.Usage;
        }
        return null;
    }

    /// <summary>Reads the reports of <paramref name="inputs"/> (files, folders, "-" for JSONL on stdin) with the manifest, if any.</summary>
    /// <exception cref="ManifestException">The manifest cannot be read.</exception>
    /// <exception cref="StrictStopException">Under --strict, at the first bad input.</exception>
    public static ReportLoader LoadReports(IReadOnlyList<string> inputs, string? manifestPath, InputProblems problems, InputLimits limits,
        System.Text.Encoding? encoding, Stream stdin, TextWriter stderr, CancellationToken cancellationToken)
    {
        var manifest = manifestPath is null ? null : Manifest.Load(manifestPath);
        var loader = new ReportLoader(problems, manifest, limits, cancellationToken, encoding: encoding);
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (input == "-") loader.AddJsonl(stdin);
            else loader.AddPath(input);
        }
        loader.NoteUnusedManifestEntries(stderr);
        return loader;
    }

    /// <summary>
    /// Runs a command over the reports of its inputs: reads them with the manifest and hands them, when there are any, to
    /// <paramref name="run"/>, which writes the output and returns an exit code. Skipped inputs after a successful run, an
    /// invalid manifest and a --strict stop become their exit codes and one-line messages.
    /// </summary>
    /// <param name="verb">What the command does to reports, for the messages: "analyse", "evaluate".</param>
    public static int RunOnReports(IReadOnlyList<string> inputs, string? manifestPath, bool strict, InputLimits limits, System.Text.Encoding? encoding, string verb, Stream stdin, TextWriter stderr,
        CancellationToken cancellationToken, Func<ReportLoader, int> run)
    {
        var problems = new InputProblems(stderr, strict);
        try
        {
            var loader = LoadReports(inputs, manifestPath, problems, limits, encoding, stdin, stderr, cancellationToken);
            if (loader.Reports.Count == 0)
            {
                stderr.WriteLine($"claimcheck: no reports to {verb}; nothing written");
                return ExitCodes.NoReports;
            }
            int code = run(loader);
            if (code != ExitCodes.Success || problems.Count == 0) return code;
            stderr.WriteLine($"claimcheck: {verb}d {Plural(loader.Reports.Count, "report")}; skipped {Plural(problems.Count, "bad input")}");
            return ExitCodes.PartialInput;
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

    /// <summary>"1 report", "3 reports".</summary>
    public static string Plural(long count, string noun) => Plural(count, noun, noun + "s");

    /// <summary>"1 entry", "3 entries".</summary>
    public static string Plural(long count, string noun, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : plural);

    /// <summary>A short reason for a failed write.</summary>
    public static string WriteFailure(Exception ex) => ex switch
    {
        DirectoryNotFoundException => "the folder does not exist",
        UnauthorizedAccessException => "permission denied",
        _ => ex.Message,
    };
}

/// <summary>Writes a finished analysis to stdout or to --out (see <see cref="OutputFile"/>).</summary>
internal static class AnalysisOutput
{
    /// <summary>Writes <paramref name="analysis"/>; returns <see cref="ExitCodes.Success"/> or <see cref="ExitCodes.OutputFailed"/> (reported on stderr).</summary>
    public static int Write(Analysis analysis, OutputFormat format, string? outPath, IReadOnlyDictionary<string, string>? texts,
        TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        Write(writer => AnalysisWriter.Write(analysis, format, writer, texts), outPath, stdout, stderr, cancellationToken);

    /// <summary>Writes what <paramref name="render"/> writes to stdout or, atomically, to <paramref name="outPath"/>; returns <see cref="ExitCodes.Success"/> or <see cref="ExitCodes.OutputFailed"/> (reported on stderr).</summary>
    public static int Write(Action<TextWriter> render, string? outPath, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            if (outPath is null)
            {
                render(stdout);
                stdout.Flush();
            }
            else
            {
                OutputFile.Write(outPath, render, cancellationToken);
            }
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"claimcheck: {outPath ?? "stdout"}: cannot write output: {CommandInputs.WriteFailure(ex)}");
            return ExitCodes.OutputFailed;
        }
    }
}
