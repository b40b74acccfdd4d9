using ClaimCheck.Output;

namespace ClaimCheck.Cli;

/// <summary>The parsed options of <c>claimcheck extract</c>.</summary>
/// <param name="Inputs">Files, folders, or "-" for JSONL reports on stdin.</param>
/// <param name="Out">The output file, or null for stdout.</param>
/// <param name="ManifestPath">An explicit manifest, or null.</param>
/// <param name="Strict">Stop at the first bad input.</param>
/// <param name="Jobs">How many reports are extracted at once.</param>
/// <param name="Limits">The limits on one input.</param>
/// <param name="Encoding">The encoding report files without a byte-order mark are in (--encoding), or null for strict UTF-8.</param>
/// <param name="Checker">The confidence model and threshold (--model, --min-confidence), or null for the defaults.</param>
internal sealed record ExtractOptions(IReadOnlyList<string> Inputs, string? Out, string? ManifestPath, bool Strict, int Jobs, InputLimits Limits,
    System.Text.Encoding? Encoding = null, ClaimCheckerOptions? Checker = null);

/// <summary>
/// Runs <c>claimcheck extract</c>, the map step: reads reports one at a time and writes each report's JSONL records
/// (one <c>report</c> record, then its <c>claim</c> records) as soon as the report is extracted, flushing after each report.
/// Up to <see cref="ExtractOptions.Jobs"/> reports are extracted at once; the output keeps the input order whatever the value.
/// </summary>
internal static class ExtractCommand
{
    public static int Execute(ExtractOptions options, Stream stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken,
        Progress? progress = null)
    {
        progress ??= Progress.None;
        if (CommandInputs.Validate(options.Inputs, "extract", stderr, options.Out, options.ManifestPath) is { } usage) return usage;
        var problems = new InputProblems(stderr, options.Strict);
        var checker = ClaimChecker.CreateDefault(options.Checker ?? ClaimCheckerOptions.Default);
        int read = 0, written = 0;
        try
        {
            var manifest = options.ManifestPath is { } manifestPath ? Manifest.Load(manifestPath) : null;
            if (options.Out is null)
            {
                Run(stdout);
            }
            else
            {
                OutputFile.Write(options.Out, writer =>
                {
                    Run(writer);
                    // Keep an existing file when there is nothing to replace it with.
                    if (read == 0) throw new NothingToWriteException();
                }, cancellationToken);
            }

            void Run(TextWriter writer)
            {
                using var pipeline = new OrderedExtraction(report =>
                {
                    var result = checker.Extract(report);
                    progress.ReportDone(report.Text);
                    return result;
                }, options.Jobs, result =>
                {
                    AnalysisJson.WriteJsonl(new Analysis { Reports = [result.Report], Claims = result.Claims }, writer);
                    writer.Flush();
                    written++;
                }, cancellationToken);
                var loader = new ReportLoader(problems, manifest, options.Limits, cancellationToken, pipeline.Add, options.Encoding);
                try
                {
                    foreach (var input in options.Inputs)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (input == "-") loader.AddJsonl(stdin);
                        else loader.AddPath(input);
                    }
                }
                catch (StrictStopException)
                {
                    // The reports before the bad input are written, in order, before stopping.
                    read = loader.Count;
                    pipeline.Complete();
                    throw;
                }
                pipeline.Complete();
                progress.Finish();
                read = loader.Count;
                loader.NoteUnusedManifestEntries(stderr);
            }
        }
        catch (NothingToWriteException)
        {
            return NoReports(stderr);
        }
        catch (ManifestException ex)
        {
            stderr.WriteLine("claimcheck: " + ex.Message);
            return ExitCodes.InvalidManifest;
        }
        catch (StrictStopException)
        {
            stderr.WriteLine(options.Out is null && written > 0
                ? $"claimcheck: stopped at the first bad input (--strict); the records of the {CommandInputs.Plural(written, "report")} before it were written"
                : "claimcheck: stopped at the first bad input (--strict); nothing written");
            return ExitCodes.NoReports;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine(options.Out is null
                ? $"claimcheck: interrupted after {CommandInputs.Plural(written, "report")}; the output is incomplete"
                : "claimcheck: interrupted; nothing written");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"claimcheck: {options.Out ?? "stdout"}: cannot write output: {CommandInputs.WriteFailure(ex)}");
            return ExitCodes.OutputFailed;
        }

        if (read == 0) return NoReports(stderr);
        if (problems.Count > 0)
        {
            stderr.WriteLine($"claimcheck: extracted {CommandInputs.Plural(read, "report")}; skipped {CommandInputs.Plural(problems.Count, "bad input")}");
            return ExitCodes.PartialInput;
        }
        return ExitCodes.Success;
    }

    private static int NoReports(TextWriter stderr)
    {
        stderr.WriteLine("claimcheck: no reports to extract; nothing written");
        return ExitCodes.NoReports;
    }

    /// <summary>Aborts an atomic write that would replace a file with nothing.</summary>
    private sealed class NothingToWriteException() : Exception("no reports");
}

/// <summary>
/// Extracts reports in parallel and hands the results over in the order the reports came: a bounded window of reports is in
/// flight (so memory stays flat on any input), at most <c>jobs</c> of them on a core at once, and the oldest is written
/// as soon as it is done.
/// </summary>
internal sealed class OrderedExtraction : IDisposable
{
    private readonly Func<Report, ReportResult> _extract;
    private readonly Action<ReportResult> _write;
    private readonly CancellationToken _cancellationToken;
    private readonly Queue<Task<ReportResult>> _pending = new();
    private readonly int _window;
    private readonly ConcurrentExclusiveSchedulerPair? _schedulers;
    private readonly TaskFactory? _factory;

    /// <summary>Creates the pipeline.</summary>
    /// <param name="extract">The extraction (pure, thread-safe).</param>
    /// <param name="jobs">Reports extracted at once; 1 extracts on the calling thread.</param>
    /// <param name="write">Called on the calling thread with each result, in input order.</param>
    /// <param name="cancellationToken">Stops the pipeline between reports.</param>
    public OrderedExtraction(Func<Report, ReportResult> extract, int jobs, Action<ReportResult> write, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        _extract = extract;
        _write = write;
        _cancellationToken = cancellationToken;
        // A few reports per job in flight keep every core busy while the oldest, perhaps long, report finishes.
        _window = (int)Math.Min(jobs * 4L, 4096);
        if (jobs > 1)
        {
            _schedulers = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, jobs);
            _factory = new TaskFactory(cancellationToken, TaskCreationOptions.DenyChildAttach, TaskContinuationOptions.None, _schedulers.ConcurrentScheduler);
        }
    }

    /// <summary>Queues a report; writes the oldest results while the window is full.</summary>
    public void Add(Report report)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (_factory is null)
        {
            _write(_extract(report));
            return;
        }
        _pending.Enqueue(_factory.StartNew(() => _extract(report)));
        while (_pending.Count >= _window) WriteOldest();
    }

    /// <summary>Writes every result still pending.</summary>
    public void Complete()
    {
        while (_pending.Count > 0) WriteOldest();
    }

    private void WriteOldest() => _write(_pending.Dequeue().GetAwaiter().GetResult());

    /// <summary>Lets the schedulers go; results not written by <see cref="Complete"/> are dropped.</summary>
    public void Dispose() => _schedulers?.Complete();
}
