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
    public static int? Validate(IReadOnlyList<string> inputs, string command, TextWriter stderr)
    {
        if (inputs.Count(i => i == "-") > 1)
        {
            stderr.WriteLine("claimcheck: \"-\" (stdin) can be given only once");
            return ExitCodes.Usage;
        }
        if (inputs.FirstOrDefault(i => i.Length > 1 && i[0] == '-' && !File.Exists(i) && !Directory.Exists(i)) is { } unknown)
        {
            stderr.WriteLine($"claimcheck: unknown option '{unknown}'");
            stderr.WriteLine($"Try 'claimcheck {command} --help'.");
            return ExitCodes.Usage;
        }
        return null;
    }

    /// <summary>"1 report", "3 reports".</summary>
    public static string Plural(long count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

    /// <summary>A short reason for a failed write.</summary>
    public static string WriteFailure(Exception ex) => ex switch
    {
        DirectoryNotFoundException => "the folder does not exist",
        UnauthorizedAccessException => "permission denied",
        _ => ex.Message,
    };
}

/// <summary>Writes a finished analysis to stdout or, atomically, to a file.</summary>
internal static class AnalysisOutput
{
    /// <summary>Writes <paramref name="analysis"/>; returns <see cref="ExitCodes.Success"/> or <see cref="ExitCodes.OutputFailed"/> (reported on stderr).</summary>
    public static int Write(Analysis analysis, OutputFormat format, string? outPath, IReadOnlyDictionary<string, string>? texts,
        TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            if (outPath is null)
            {
                AnalysisWriter.Write(analysis, format, stdout, texts);
                stdout.Flush();
            }
            else
            {
                AtomicFile.WriteText(outPath, writer => AnalysisWriter.Write(analysis, format, writer, texts), cancellationToken);
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
