using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text;
using ClaimCheck.Output;

namespace ClaimCheck.Cli;

/// <summary>The claimcheck command line: commands, options, help and exit codes. Testable without a console.</summary>
internal static class CliApp
{
    /// <summary>The format names --format accepts.</summary>
    public static readonly string[] FormatNames = ["json", "jsonl", "markdown", "html", "csv"];

    /// <summary>Runs the command line and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdin">Standard input as bytes (read only for the "-" input).</param>
    /// <param name="stdout">Standard output: the analysis when no --out is given, and help.</param>
    /// <param name="stderr">Standard error: one line per problem.</param>
    /// <param name="cancellationToken">Cancelled on Ctrl+C / SIGTERM.</param>
    /// <param name="terminal">Standard error when it is a terminal (progress is shown there), else null.</param>
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default,
        TextWriter? terminal = null)
    {
        var root = Build(stdin, stdout, stderr, cancellationToken, terminal);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors) stderr.WriteLine("claimcheck: " + OneLine(error.Message));
            string command = parse.CommandResult.Command.Name is "extract" or "align" ? parse.CommandResult.Command.Name : "analyze";
            stderr.WriteLine($"Try 'claimcheck {command} --help'.");
            return ExitCodes.Usage;
        }
        var configuration = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        try
        {
            int code = parse.Invoke(configuration);
            stdout.Flush();
            return code;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("claimcheck: interrupted; nothing written");
            return ExitCodes.Cancelled;
        }
        catch (IOException ex)
        {
            stderr.WriteLine("claimcheck: stdout: cannot write output: " + ex.Message);
            return ExitCodes.OutputFailed;
        }
        catch (Exception ex)
        {
            stderr.WriteLine($"claimcheck: internal error: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.InternalError;
        }
    }

    private static Command Build(Stream stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken, TextWriter? terminal)
    {
        const string reportInputs = "Report files (*.txt), JSONL files of reports (*.jsonl, *.ndjson: one {id, outlet, published, text} per line), folders of reports (every *.txt in them, by name), or - to read JSONL reports from stdin.";

        // Analyze: the one-shot path.
        var inputs = Inputs(reportInputs);
        var format = Format();
        var output = Out();
        var manifest = ManifestOption();
        var strict = Strict();
        var encoding = EncodingOption();
        var analyze = new Command("analyze", "Extract claims from Arabic news reports, align them by event and flag contradictions between camps.")
        {
            inputs, format, output, manifest, strict, encoding,
        };
        analyze.SetAction(parse =>
        {
            AnalysisWriter.TryParseFormat(parse.GetValue(format), out var outputFormat);
            var options = new AnalyzeOptions(
                parse.GetValue(inputs) ?? [],
                outputFormat,
                OutPath(parse.GetValue(output)),
                parse.GetValue(manifest),
                parse.GetValue(strict),
                EncodingOf(parse.GetValue(encoding)));
            return AnalyzeCommand.Execute(options, stdin, stdout, stderr, cancellationToken, new Progress(terminal));
        });

        // Extract: the map step.
        var extractInputs = Inputs(reportInputs);
        var extractOutput = Out("Write the JSONL to this file (atomically: a temporary file in the same folder, then renamed) instead of streaming it to stdout; - means stdout.");
        var extractManifest = ManifestOption();
        var extractStrict = Strict();
        var extractEncoding = EncodingOption();
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "How many reports to extract at once. The output keeps the input order whatever the value.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "n",
        };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--jobs must be at least 1");
        });
        var extract = new Command("extract", "Extract the claims of each report and stream them as JSON lines (a report record, then its claim records), report by report: the map step of a split run.")
        {
            extractInputs, extractOutput, extractManifest, extractStrict, jobs, extractEncoding,
        };
        extract.SetAction(parse => ExtractCommand.Execute(
            new ExtractOptions(parse.GetValue(extractInputs) ?? [], OutPath(parse.GetValue(extractOutput)), parse.GetValue(extractManifest),
                parse.GetValue(extractStrict), parse.GetValue(jobs), EncodingOf(parse.GetValue(extractEncoding))),
            stdin, stdout, stderr, cancellationToken, new Progress(terminal)));

        // Align: the reduce step.
        var claimInputs = Inputs("JSONL files written by 'claimcheck extract' (several map outputs, in any order), folders of them (every file not starting with . or _), or - for stdin.");
        var alignFormat = Format();
        var alignOutput = Out();
        var alignStrict = Strict("Stop at the first bad line instead of skipping it.");
        var align = new Command("align", "Align extracted claims (JSONL report and claim records) into events and flag contradictions between camps: the reduce step of a split run.")
        {
            claimInputs, alignFormat, alignOutput, alignStrict,
        };
        align.SetAction(parse =>
        {
            AnalysisWriter.TryParseFormat(parse.GetValue(alignFormat), out var outputFormat);
            return AlignCommand.Execute(
                new AlignOptions(parse.GetValue(claimInputs) ?? [], outputFormat, OutPath(parse.GetValue(alignOutput)), parse.GetValue(alignStrict)),
                stdin, stdout, stderr, cancellationToken);
        });

        // A plain command as the root, so help says "claimcheck" whatever the executable is called (ClaimCheck.Cli.dll, the tool shim).
        var root = new Command("claimcheck", "claimcheck: who claims what in Arabic news about the war in Syria, and where the camps disagree.")
        {
            analyze, extract, align,
        };
        var help = new HelpOption();
        if (help.Action is HelpAction inner) help.Action = new HelpWithExamples(inner);
        root.Options.Add(help);
        root.Options.Add(new VersionOption());
        return root;
    }

    private static Argument<string[]> Inputs(string description) => new("inputs")
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    };

    private static Option<string> Format()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "json",
            HelpName = string.Join('|', FormatNames),
        };
        format.AcceptOnlyFromAmong(FormatNames);
        return format;
    }

    private static Option<string?> Out(string description = "Write to this file (atomically: a temporary file in the same folder, then renamed) instead of stdout; - means stdout.") => new("--out", "-o")
    {
        Description = description,
        HelpName = "file",
    };

    private static Option<string?> ManifestOption() => new("--manifest", "-m")
    {
        Description = "A JSON manifest: file name -> {outlet, published (YYYY-MM-DD or null), note}. Without it, a folder's own manifest.json is used.",
        HelpName = "file",
    };

    private static Option<bool> Strict(string description = "Stop at the first bad input instead of skipping it.") => new("--strict")
    {
        Description = description,
    };

    private static Option<string?> EncodingOption()
    {
        var option = new Option<string?>("--encoding")
        {
            Description = "The encoding of report files that are not UTF-8 and have no byte-order mark, e.g. windows-1256 or iso-8859-6 (legacy Arabic), utf-16. UTF-16 and UTF-32 files with a byte-order mark are read without it.",
            HelpName = "name",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } name && !ReportText.TryGetEncoding(name, out _))
                result.AddError($"--encoding: unknown encoding '{name}' (e.g. windows-1256, iso-8859-6, utf-16)");
        });
        return option;
    }

    private static System.Text.Encoding? EncodingOf(string? name) => name is not null && ReportText.TryGetEncoding(name, out var e) ? e : null;

    private static string? OutPath(string? value) => value is { } file && file != "-" ? file : null;

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>The examples and exit codes printed after the generated help.</summary>
    public static string Epilogue()
    {
        var text = new StringBuilder();
        text.AppendLine("Examples:");
        text.AppendLine("  claimcheck analyze seeds");
        text.AppendLine("      Analyse every *.txt in seeds/ (with seeds/manifest.json) and print the JSON analysis.");
        text.AppendLine("  claimcheck analyze seeds --format html --out report.html");
        text.AppendLine("      Write one self-contained HTML page.");
        text.AppendLine("  claimcheck analyze a.txt b.txt --manifest sources.json --format markdown");
        text.AppendLine("  claimcheck analyze reports.jsonl");
        text.AppendLine("      A .jsonl (or .ndjson) file is read as JSON lines, one report per line.");
        text.AppendLine("  claimcheck analyze old-archive --encoding windows-1256");
        text.AppendLine("      Read reports saved in a legacy Arabic encoding (UTF-16 with a byte-order mark is recognised by itself).");
        text.AppendLine("  cat reports.jsonl | claimcheck analyze - --format jsonl");
        text.AppendLine("      Read reports as JSON lines {\"id\", \"outlet\", \"published\", \"text\"} from stdin; write JSONL records.");
        text.AppendLine("  claimcheck extract - < reports.jsonl > claims.jsonl; claimcheck align claims.jsonl");
        text.AppendLine("      The same analysis in two steps: extract streams report and claim records (the map step, one report at");
        text.AppendLine("      a time, on any number of machines); align reads them back and writes events and contradictions (the reduce step).");
        text.AppendLine("  claimcheck extract archive/2018-04 -j 1 --out part-04.jsonl; claimcheck align part-*.jsonl --format html --out report.html");
        text.AppendLine("      Map outputs are concatenated in any order; align a date window's parts together.");
        text.AppendLine();
        text.AppendLine("Exit codes:");
        foreach (var (code, meaning) in ExitCodes.All)
            text.AppendLine($"  {code,3}  {meaning}");
        return text.ToString();
    }

    /// <summary>The generated help followed by <see cref="Epilogue"/>.</summary>
    private sealed class HelpWithExamples(HelpAction inner) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            int result = inner.Invoke(parseResult);
            parseResult.InvocationConfiguration.Output.Write(Epilogue());
            return result;
        }
    }
}
