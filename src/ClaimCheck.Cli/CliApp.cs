using System.CommandLine;
using System.Globalization;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
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
        // Every message is one line, whatever file names, ids and outlets hold, and a closed stderr never ends the run.
        stderr = new MessageWriter(stderr);
        var root = Build(stdin, stdout, stderr, cancellationToken, terminal);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors) stderr.WriteLine("claimcheck: " + OneLine(error.Message));
            string command = parse.CommandResult.Command.Name is "extract" or "align" or "evaluate" or "train" ? parse.CommandResult.Command.Name : "analyze";
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
            if (code == ExitCodes.OutputFailed) return code; // reported; flushing again would only fail again
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
            // Reads report their own problems; what is left is writing (stdout closed, disk full).
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
        var maxSize = MaxReportSize();
        var encoding = EncodingOption();
        var model = ConfidenceOptions.Model();
        var minConfidence = ConfidenceOptions.MinConfidence();
        var analyze = new Command("analyze", "Extract claims from Arabic news reports, align them by event and flag contradictions between camps.")
        {
            inputs, format, output, manifest, strict, maxSize, encoding, model, minConfidence,
        };
        analyze.SetAction(parse =>
        {
            AnalysisWriter.TryParseFormat(parse.GetValue(format), out var outputFormat);
            if (ConfidenceOptions.Create(parse.GetValue(model), parse.GetValue(minConfidence), stderr) is not { } checker) return ExitCodes.InvalidModel;
            var options = new AnalyzeOptions(
                parse.GetValue(inputs) ?? [],
                outputFormat,
                OutPath(parse.GetValue(output)),
                parse.GetValue(manifest),
                parse.GetValue(strict),
                new InputLimits(parse.GetValue(maxSize)), EncodingOf(parse.GetValue(encoding)), checker);
            return AnalyzeCommand.Execute(options, stdin, stdout, stderr, cancellationToken, new Progress(terminal));
        });

        // Extract: the map step.
        var extractInputs = Inputs(reportInputs);
        var extractOutput = Out("Write the JSONL to this file instead of streaming it to stdout; - means stdout. A regular file (or a new one) is replaced atomically and keeps its permissions; a symbolic link is followed; a device or pipe is written into. An --out that is one of the inputs is refused.");
        var extractManifest = ManifestOption();
        var extractStrict = Strict();
        var extractMaxSize = MaxReportSize();
        var extractEncoding = EncodingOption();
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = $"How many reports to extract at once (1 to {MaxJobs.ToString(CultureInfo.InvariantCulture)}). The output keeps the input order whatever the value.",
            DefaultValueFactory = _ => Math.Min(Environment.ProcessorCount, MaxJobs),
            CustomParser = ParseJobs,
            HelpName = "n",
        };
        var extractModel = ConfidenceOptions.Model();
        var extractMinConfidence = ConfidenceOptions.MinConfidence();
        var extract = new Command("extract", "Extract the claims of each report and stream them as JSON lines (a report record, then its claim records), report by report: the map step of a split run.")
        {
            extractInputs, extractOutput, extractManifest, extractStrict, jobs, extractMaxSize, extractEncoding, extractModel, extractMinConfidence,
        };
        extract.SetAction(parse =>
        {
            if (ConfidenceOptions.Create(parse.GetValue(extractModel), parse.GetValue(extractMinConfidence), stderr) is not { } checker) return ExitCodes.InvalidModel;
            return ExtractCommand.Execute(
                new ExtractOptions(parse.GetValue(extractInputs) ?? [], OutPath(parse.GetValue(extractOutput)), parse.GetValue(extractManifest),
                    parse.GetValue(extractStrict), parse.GetValue(jobs), new InputLimits(parse.GetValue(extractMaxSize)), EncodingOf(parse.GetValue(extractEncoding)), checker),
                stdin, stdout, stderr, cancellationToken, new Progress(terminal));
        });

        // Align: the reduce step.
        var claimInputs = Inputs("JSONL files written by 'claimcheck extract' (several map outputs, in any order), folders of them (every file not starting with . or _), or - for stdin.");
        var alignFormat = Format();
        var alignOutput = Out();
        var alignStrict = Strict("Stop at the first bad line instead of skipping it.");
        var alignMaxSize = MaxReportSize();
        var alignMinConfidence = ConfidenceOptions.MinConfidence(readBack: true);
        var align = new Command("align", "Align extracted claims (JSONL report and claim records) into events and flag contradictions between camps: the reduce step of a split run.")
        {
            claimInputs, alignFormat, alignOutput, alignStrict, alignMaxSize, alignMinConfidence,
        };
        align.SetAction(parse =>
        {
            AnalysisWriter.TryParseFormat(parse.GetValue(alignFormat), out var outputFormat);
            return AlignCommand.Execute(
                new AlignOptions(parse.GetValue(claimInputs) ?? [], outputFormat, OutPath(parse.GetValue(alignOutput)), parse.GetValue(alignStrict),
                    new InputLimits(parse.GetValue(alignMaxSize)), parse.GetValue(alignMinConfidence)),
                stdin, stdout, stderr, cancellationToken);
        });

        // Evaluate: score the analysis against gold claims.
        var evaluateInputs = Inputs(reportInputs);
        var gold = GoldOption("The gold file: {claims, contradictions?, mustNot?} (seeds-gold format), {claims, reports?} or a JSON array of claims.");
        var evaluateFormat = new Option<string>("--format", "-f")
        {
            Description = "Output format: a text report (score.py's summary line first) or JSON.",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        evaluateFormat.AcceptOnlyFromAmong("text", "json");
        var only = OnlyOption("Analyse and score only these reports: a JSON array of report ids, or FILE:KEY for an array inside a JSON object (split.json:tune).");
        var evaluateOutput = Out();
        var evaluateManifest = ManifestOption();
        var evaluateStrict = Strict();
        var evaluateModel = ConfidenceOptions.Model();
        var evaluateMinConfidence = ConfidenceOptions.MinConfidence();
        var evaluate = new Command("evaluate", "Analyse reports and score the claims against gold claims: recall and precision per kind, why each core claim was missed, the unmatched claims, event B-cubed, and how well the confidence is calibrated.")
        {
            evaluateInputs, gold, evaluateFormat, only, evaluateOutput, evaluateManifest, evaluateStrict, evaluateModel, evaluateMinConfidence,
        };
        evaluate.SetAction(parse =>
        {
            if (ConfidenceOptions.Create(parse.GetValue(evaluateModel), parse.GetValue(evaluateMinConfidence), stderr) is not { } checker) return ExitCodes.InvalidModel;
            return EvaluateCommand.Execute(
                new EvaluateOptions(parse.GetValue(evaluateInputs) ?? [], parse.GetValue(gold)!, parse.GetValue(evaluateFormat) == "json",
                    OutPath(parse.GetValue(evaluateOutput)), parse.GetValue(evaluateManifest), parse.GetValue(only), parse.GetValue(evaluateStrict), checker),
                stdin, stdout, stderr, cancellationToken);
        });

        // Train: fit a confidence model to annotated reports.
        var trainInputs = Inputs(reportInputs);
        var trainGold = GoldOption("The gold file of the reports (the format evaluate reads). Claims the rules propose that match a gold claim are positives, the others negatives.");
        var trainOut = new Option<string>("--out", "-o")
        {
            Description = "Where to write the model (JSON; pass it to --model). Written atomically.",
            HelpName = "file",
            Required = true,
        };
        var trainOnly = OnlyOption("Train only on these reports: a JSON array of report ids, or FILE:KEY (split.json:check). The threshold is chosen on them too, unless --threshold-on names others.");
        var thresholdOn = new Option<string>("--threshold-on")
        {
            Description = "Choose the recommended threshold (highest F1 with precision >= 0.95) on these annotated reports instead of those trained on: a JSON array of report ids, or FILE:KEY (split.json:tune).",
            HelpName = "file[:key]",
        };
        var specs = new Option<string[]>("--specs")
        {
            Description = "Spec files of claims (JSON lines {text, expect, exact?}) or folders of them (every claims-*.jsonl): expected claims are positives, other claims of an exact line negatives.",
            HelpName = "path",
            AllowMultipleArgumentsPerToken = true,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "The seed of ML.NET's training (the same data and seed give the same model, byte for byte).",
            DefaultValueFactory = _ => 1,
        };
        var trainManifest = ManifestOption();
        var trainStrict = Strict();
        var train = new Command("train", "Train a confidence model on annotated reports (and spec lines) with ML.NET: logistic regression over the features the rules know, never the text. Prints the threshold table.")
        {
            trainInputs, trainGold, trainOut, trainOnly, thresholdOn, specs, seed, trainManifest, trainStrict,
        };
        train.SetAction(parse => TrainCommand.Execute(
            new TrainOptions(parse.GetValue(trainInputs) ?? [], parse.GetValue(trainGold)!, parse.GetValue(trainOut)!, parse.GetValue(trainManifest),
                parse.GetValue(trainOnly), parse.GetValue(specs) ?? [], parse.GetValue(seed), parse.GetValue(trainStrict), parse.GetValue(thresholdOn)),
            stdin, stdout, stderr, cancellationToken));

        // A plain command as the root, so help says "claimcheck" whatever the executable is called (ClaimCheck.Cli.dll, the tool shim).
        var root = new Command("claimcheck", "claimcheck: who claims what in Arabic news about the war in Syria, and where the camps disagree.")
        {
            analyze, extract, align, evaluate, train,
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

    private static Option<string> GoldOption(string description) => new("--gold", "-g")
    {
        Description = description,
        HelpName = "file",
        Required = true,
    };

    private static Option<string?> OnlyOption(string description) => new("--only")
    {
        Description = description,
        HelpName = "file[:key]",
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

    /// <summary>The most reports <c>extract --jobs</c> takes at once.</summary>
    public const int MaxJobs = 256;

    private static Option<string?> Out(string description = "Write to this file instead of stdout; - means stdout. A regular file (or a new one) is replaced atomically (a temporary file in the same folder, then renamed) and keeps its permissions; a symbolic link is followed; a device or pipe (/dev/null) is written into. An --out that is one of the inputs is refused.")
    {
        var option = new Option<string?>("--out", "-o")
        {
            Description = description,
            HelpName = "file",
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => t.Value.Length == 0)) result.AddError("--out needs a file name (or - for stdout)");
        });
        return option;
    }

    private static Option<string?> ManifestOption()
    {
        var option = new Option<string?>("--manifest", "-m")
        {
            Description = "A JSON manifest: file name -> {outlet, published (YYYY-MM-DD or null), note}. Without it, a folder's own manifest.json is used. Entries that match no report read are named in a note on stderr.",
            HelpName = "file",
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => t.Value.Length == 0)) result.AddError("--manifest needs a file name");
        });
        return option;
    }

    private static Option<long> MaxReportSize() => new("--max-report-size")
    {
        Description = $"The largest report read, in bytes of UTF-8 text (K, M, G: powers of 1024); default {InputLimits.Size(InputLimits.DefaultMaxReportBytes).Replace(" MiB", "M", StringComparison.Ordinal)}. A larger report is skipped and named, like any bad input; a JSONL line may be up to six times as long.",
        DefaultValueFactory = _ => InputLimits.DefaultMaxReportBytes,
        CustomParser = result =>
        {
            string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (InputLimits.TryParseSize(text, out long bytes)) return bytes;
            result.AddError($"--max-report-size: expected a size such as 500K, 10M or 1G, found '{text}'");
            return 0;
        },
        HelpName = "size",
    };

    private static int ParseJobs(ArgumentResult result)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int jobs) && jobs is >= 1 and <= MaxJobs) return jobs;
        result.AddError($"--jobs: expected a whole number from 1 to {MaxJobs.ToString(CultureInfo.InvariantCulture)}, found '{text}'");
        return 1;
    }

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
        text.AppendLine("  claimcheck evaluate seeds --gold seeds-gold.json");
        text.AppendLine("      Score the analysis of the seeds against gold claims: recall, precision and misses per kind.");
        text.AppendLine("  claimcheck evaluate ~/devset/ar --manifest meta.json --gold gold.json --only split.json:tune --format json");
        text.AppendLine("      Score one half of a split (only those reports are analysed and scored).");
        text.AppendLine("  claimcheck analyze seeds --min-confidence 0.5");
        text.AppendLine("      Keep only claims whose confidence is at least 0.5 (events and contradictions use only those).");
        text.AppendLine("  claimcheck train ~/devset/ar --manifest meta.json --gold gold.json --only split.json:tune --out model.json");
        text.AppendLine("      Train a confidence model on annotated reports; use it with --model model.json.");
        text.AppendLine();
        text.AppendLine("Bad inputs (each named on stderr, one line, and skipped; exit 1, or 3 when nothing is left; --strict stops at the first):");
        text.AppendLine("  - missing files; names that are not UTF-8; in a folder, anything that is not a regular file (a named pipe, a device);");
        text.AppendLine("    a pipe or device named on the command line is read as a stream");
        text.AppendLine("  - a report larger than --max-report-size (default 10M), an empty report, invalid UTF-8 (with its byte offset)");
        text.AppendLine("  - a JSONL line that is malformed, gives a key twice, has an id or outlet over 1024 characters, or is too long");
        text.AppendLine("  - a repeated report id: analyze and extract keep the first; align reads identical repeats once and leaves out");
        text.AppendLine("    records that share an id but differ (with the claims of such a report), so input order never matters");
        text.AppendLine("  Folders: every *.txt (any case), by name; names starting with . or _ are not read. A manifest entry matching no");
        text.AppendLine("  report is noted (a folder's manifest.json; an explicit --manifest only when none of its entries matched).");
        text.AppendLine("Output: --out writes atomically over a regular file (keeping its permissions), follows a symbolic link, writes into");
        text.AppendLine("  a device or pipe, and is refused (exit 2) when it is one of the inputs. Markdown, HTML, CSV and messages show");
        text.AppendLine("  control and direction characters as <U+XXXX>; CSV fields starting with = + - @ tab CR or ' get a leading ' (remove");
        text.AppendLine("  one leading ' from each field to undo). Contradiction summaries list at most 8 values and count the other claims.");
        text.AppendLine("  A reader that goes away (| head) stops the run with exit 5. Everything is formatted in the invariant culture.");
        text.AppendLine("Signals: SIGINT and SIGTERM stop the run (also while waiting on stdin or a pipe) with exit 130 and 143; work that");
        text.AppendLine("  cannot stop between reports gets two seconds. An existing --out file is left untouched.");
        text.AppendLine();
        text.AppendLine("Exit codes:");
        foreach (var (code, meaning) in ExitCodes.All)
            text.AppendLine(CultureInfo.InvariantCulture, $"  {code,3}  {meaning}");
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
