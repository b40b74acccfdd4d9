namespace ClaimCheck.Cli;

/// <summary>The process exit codes of claimcheck, defined once and printed by --help.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was analysed and the output written.</summary>
    public const int Success = 0;

    /// <summary>Some inputs were skipped (each named on stderr); the output covers the others.</summary>
    public const int PartialInput = 1;

    /// <summary>The command line is wrong: unknown option, bad value, missing input, "-" given twice.</summary>
    public const int Usage = 2;

    /// <summary>Nothing to analyse: every input failed or held no reports, or --strict stopped at a bad input. No output is written.</summary>
    public const int NoReports = 3;

    /// <summary>The manifest (--manifest, or manifest.json in an analysed folder) cannot be read. No output is written.</summary>
    public const int InvalidManifest = 4;

    /// <summary>The output could not be written (stdout closed, also by a reader that stopped early, --out not writable). An existing --out file is left untouched.</summary>
    public const int OutputFailed = 5;

    /// <summary>evaluate: the gold file (or the --only list of reports) cannot be read or breaks the annotation format. No output is written.</summary>
    public const int InvalidGold = 6;

    /// <summary>The --model file cannot be read or is not a confidence model. No output is written.</summary>
    public const int InvalidModel = 7;

    /// <summary>An unexpected internal error (a bug): the message is on stderr.</summary>
    public const int InternalError = 70;

    /// <summary>Interrupted (Ctrl+C, SIGINT) before the output was complete; an existing --out file is left untouched.</summary>
    public const int Cancelled = 130;

    /// <summary>Terminated (SIGTERM) before the output was complete; an existing --out file is left untouched.</summary>
    public const int Terminated = 143;

    /// <summary>The codes and their meanings, in order, for the help text.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> All { get; } =
    [
        (Success, "success: every input analysed, output written"),
        (PartialInput, "partial: some inputs skipped (named on stderr), output written for the rest"),
        (Usage, "usage error: bad option or argument, or an --out that is one of the inputs"),
        (NoReports, "no reports: every input failed or was empty, or --strict stopped at a bad input; nothing written"),
        (InvalidManifest, "invalid manifest; nothing written"),
        (OutputFailed, "output could not be written (also: the reader of a pipe went away); an existing --out file is left untouched"),
        (InvalidGold, "evaluate, train: invalid gold file, --only list or --specs; nothing written"),
        (InvalidModel, "invalid --model file; nothing written"),
        (InternalError, "internal error (a bug; please report it)"),
        (Cancelled, "interrupted (Ctrl+C, SIGINT); an existing --out file is left untouched"),
        (Terminated, "terminated (SIGTERM); an existing --out file is left untouched"),
    ];
}
