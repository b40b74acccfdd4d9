using System.Globalization;
using ClaimCheck.Output;

namespace ClaimCheck.Cli;

/// <summary>The parsed options of <c>claimcheck align</c>.</summary>
/// <param name="Inputs">JSONL files, folders of them, or "-" for stdin.</param>
/// <param name="Format">The output format.</param>
/// <param name="Out">The output file, or null for stdout.</param>
/// <param name="Strict">Stop at the first bad line.</param>
/// <param name="Limits">The limits on one input.</param>
/// <param name="MinConfidence">Claims scored below this are left out (--min-confidence), or null for the default.</param>
internal sealed record AlignOptions(IReadOnlyList<string> Inputs, OutputFormat Format, string? Out, bool Strict, InputLimits Limits, double? MinConfidence = null);

/// <summary>
/// Runs <c>claimcheck align</c>, the reduce step: reads the report and claim records that <c>claimcheck extract</c> wrote
/// (several files are several map outputs, in any order), aligns the claims into events, detects contradictions and writes
/// the analysis. Event and contradiction records in the input are ignored: they are recomputed.
/// </summary>
internal static class AlignCommand
{
    public static int Execute(AlignOptions options, Stream stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (CommandInputs.Validate(options.Inputs, "align", stderr, options.Out, accept: ClaimRecords.IsPart) is { } usage) return usage;
        var problems = new InputProblems(stderr, options.Strict);
        var records = new ClaimRecords(problems, options.Limits);
        try
        {
            foreach (var input in options.Inputs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (input == "-") records.Read(stdin, "stdin", cancellationToken);
                else records.AddPath(input, cancellationToken);
            }
        }
        catch (StrictStopException)
        {
            stderr.WriteLine("claimcheck: stopped at the first bad input (--strict); nothing written");
            return ExitCodes.NoReports;
        }
        if (records.ReportCount == 0 && records.ClaimCount == 0)
        {
            stderr.WriteLine("claimcheck: no report or claim records to align; nothing written");
            return ExitCodes.NoReports;
        }
        IReadOnlyList<ReportResult> results;
        try
        {
            results = records.Results();
        }
        catch (StrictStopException)
        {
            stderr.WriteLine("claimcheck: stopped at the first bad input (--strict); nothing written");
            return ExitCodes.NoReports;
        }

        // The threshold was applied when the claims were extracted (with whatever model and threshold the map step used):
        // by default align keeps every claim it reads, and --min-confidence raises the bar further.
        var checker = ClaimChecker.CreateDefault(new ClaimCheckerOptions { MinConfidence = options.MinConfidence ?? 0 });
        var analysis = checker.Align(results);
        cancellationToken.ThrowIfCancellationRequested();
        int written = AnalysisOutput.Write(analysis, options.Format, options.Out, texts: null, stdout, stderr, cancellationToken);
        if (written != ExitCodes.Success) return written;
        if (problems.Count > 0)
        {
            stderr.WriteLine(
                $"claimcheck: aligned {CommandInputs.Plural(records.ClaimCount, "claim")} of {CommandInputs.Plural(results.Count, "report")}; skipped {CommandInputs.Plural(problems.Count, "bad input")}");
            return ExitCodes.PartialInput;
        }
        return ExitCodes.Success;
    }
}

/// <summary>
/// The report and claim records of map outputs, gathered per report. A line that cannot be read is reported with its file
/// and line number and skipped. Records repeated with the same content (the same part given twice) are read once; records
/// that share an id but differ are all left out, with the claims of such a report, so the result never depends on the
/// order of the inputs.
/// </summary>
internal sealed class ClaimRecords(InputProblems problems, InputLimits limits)
{
    private readonly Dictionary<string, List<(ReportInfo Report, string Where)>> _reports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(Claim Claim, string Where)>> _claims = new(StringComparer.Ordinal);

    /// <summary>Report ids read.</summary>
    public int ReportCount => _reports.Count;

    /// <summary>Claim ids read.</summary>
    public int ClaimCount => _claims.Count;

    /// <summary>A part file name: every name (those starting with "." or "_" are skipped by the folder listing).</summary>
    public static bool IsPart(string name) => true;

    /// <summary>Reads a JSONL file, or every file of a folder (by name; names starting with "." or "_", such as "_SUCCESS", are skipped).</summary>
    public void AddPath(string path, CancellationToken cancellationToken)
    {
        var kind = FileKinds.Of(path);
        if (kind == FileKind.Folder)
        {
            string[] files;
            try
            {
                files = InputFolders.Files(path, IsPart);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Report(path, InputProblems.Describe(ex));
                return;
            }
            if (files.Length == 0) problems.Report(path, "folder has no files");
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var fileKind = FileKinds.Of(file);
                if (fileKind == FileKind.Regular) AddFile(file, fileKind, cancellationToken);
                else problems.Report(file, fileKind == FileKind.Missing ? InputProblems.Missing(file) : $"is {FileKinds.Describe(fileKind)}, not a regular file; skipped");
            }
            return;
        }
        if (kind == FileKind.Missing) problems.Report(path, InputProblems.Missing(path));
        // Named on the command line, a pipe or device is read as a stream.
        else AddFile(path, kind, cancellationToken);
    }

    private void AddFile(string path, FileKind kind, CancellationToken cancellationToken)
    {
        FileStream stream;
        try
        {
            stream = kind == FileKind.Regular
                ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1)
                : BlockingIo.Run(() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Report(path, ex is FileNotFoundException or DirectoryNotFoundException ? InputProblems.Missing(path) : InputProblems.Describe(ex));
            return;
        }
        using (stream) Read(stream, path, cancellationToken);
    }

    /// <summary>Reads JSONL records from <paramref name="stream"/>, naming it <paramref name="name"/> in problems.</summary>
    public void Read(Stream stream, string name, CancellationToken cancellationToken) =>
        JsonlLines.Read(stream, name, limits, problems, "records", cancellationToken, ReadLine);

    private void ReadLine(string line, string where)
    {
        Analysis record;
        try
        {
            record = AnalysisJson.ReadJsonl(new StringReader(line));
        }
        catch (AnalysisFormatException ex)
        {
            // The reader numbers the single line it was given as line 1; the problem is named by this input's line.
            const string own = "line 1: ";
            problems.Report(where, ex.Message.StartsWith(own, StringComparison.Ordinal) ? ex.Message[own.Length..] : ex.Message);
            return;
        }
        foreach (var report in record.Reports)
        {
            if (TooLong(where, ("id", report.Id), ("outlet", report.Outlet))) continue;
            Add(_reports, report.Id, report, where);
        }
        foreach (var claim in record.Claims)
        {
            if (TooLong(where, ("id", claim.Id), ("reportId", claim.ReportId))) continue;
            Add(_claims, claim.Id, claim, where);
        }
    }

    private bool TooLong(string where, params (string Field, string? Value)[] fields)
    {
        foreach (var (field, value) in fields)
        {
            if (value is not { Length: > InputLimits.MaxIdLength }) continue;
            problems.Report(where, $"\"{field}\" is longer than {InputLimits.MaxIdLength.ToString(CultureInfo.InvariantCulture)} characters; skipped");
            return true;
        }
        return false;
    }

    private static void Add<T>(Dictionary<string, List<(T, string)>> records, string id, T record, string where)
    {
        if (!records.TryGetValue(id, out var list)) records[id] = list = [];
        list.Add((record, where));
    }

    /// <summary>
    /// One result per report, its claims in the order extraction gives them (evidence start, end, kind, id), so the input's
    /// order never matters. Repeated ids are settled here (see the class summary); claims of a report without a report
    /// record are kept under a bare record (outlet and date unknown), and that is reported as a problem.
    /// </summary>
    public IReadOnlyList<ReportResult> Results()
    {
        var reports = new Dictionary<string, ReportInfo>(StringComparer.Ordinal);
        var conflicting = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, copies) in _reports)
        {
            if (Settle(copies, "report", id, r => Jsonl(new Analysis { Reports = [r] })) is { } report) reports[id] = report;
            else conflicting.Add(id);
        }
        var claims = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        var firstOrigin = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, copies) in _claims)
        {
            if (Settle(copies, "claim", id, c => Jsonl(new Analysis { Claims = [c] })) is not { } claim) continue;
            if (conflicting.Contains(claim.ReportId)) continue;
            if (!claims.TryGetValue(claim.ReportId, out var list)) claims[claim.ReportId] = list = [];
            list.Add(claim);
            firstOrigin.TryAdd(claim.ReportId, copies[0].Where);
        }
        foreach (var id in conflicting)
        {
            int left = _claims.Values.Count(c => c[0].Claim.ReportId == id);
            var copies = _reports[id];
            problems.Report(copies[0].Where,
                $"report \"{id}\" comes in {CommandInputs.Plural(copies.Count, "report record")} that differ (from {string.Join(", ", copies.Select(c => c.Where))}); it and its {CommandInputs.Plural(left, "claim")} are left out");
        }
        foreach (var (id, _) in claims)
        {
            if (reports.ContainsKey(id)) continue;
            problems.Report(firstOrigin[id], $"claims of report \"{id}\" come without its report record; its outlet and publication date are unknown");
        }
        var results = new List<ReportResult>(reports.Count);
        foreach (var id in reports.Keys.Concat(claims.Keys.Where(k => !reports.ContainsKey(k))))
        {
            var info = reports.TryGetValue(id, out var r) ? r : new ReportInfo(id, null, null, null, "ar");
            var list = claims.TryGetValue(id, out var found) ? found : [];
            list.Sort(static (a, b) =>
            {
                int c = a.Evidence.Start.CompareTo(b.Evidence.Start);
                if (c == 0) c = a.Evidence.End.CompareTo(b.Evidence.End);
                if (c == 0) c = a.Kind.CompareTo(b.Kind);
                return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
            });
            results.Add(new ReportResult(info, list));
        }
        return results;
    }

    private static string Jsonl(Analysis record)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        AnalysisJson.WriteJsonl(record, writer);
        return writer.ToString();
    }

    /// <summary>
    /// The one record of <paramref name="id"/>: the first when every copy has the same content (each further copy reported,
    /// as it was read twice), or null when copies differ (reported, naming where each came from).
    /// </summary>
    private T? Settle<T>(List<(T Record, string Where)> copies, string what, string id, Func<T, string> content) where T : class
    {
        if (copies.Count == 1) return copies[0].Record;
        string first = content(copies[0].Record);
        if (copies.Skip(1).All(c => content(c.Record) == first))
        {
            foreach (var copy in copies.Skip(1))
                problems.Report(copy.Where, $"{what} \"{id}\" was already read (from {copies[0].Where}); the same record is read once");
            return copies[0].Record;
        }
        if (what == "claim")
        {
            problems.Report(copies[0].Where,
                $"claim \"{id}\" comes in {CommandInputs.Plural(copies.Count, "record")} that differ (from {string.Join(", ", copies.Select(c => c.Where))}); all are left out");
        }
        return null;
    }
}
