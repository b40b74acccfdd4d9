using System.Globalization;
using ClaimCheck.Output;

namespace ClaimCheck.Cli;

/// <summary>The parsed options of <c>claimcheck align</c>.</summary>
/// <param name="Inputs">JSONL files, folders of them, or "-" for stdin.</param>
/// <param name="Format">The output format.</param>
/// <param name="Out">The output file, or null for stdout.</param>
/// <param name="Strict">Stop at the first bad line.</param>
internal sealed record AlignOptions(IReadOnlyList<string> Inputs, OutputFormat Format, string? Out, bool Strict);

/// <summary>
/// Runs <c>claimcheck align</c>, the reduce step: reads the report and claim records that <c>claimcheck extract</c> wrote
/// (several files are several map outputs, in any order), aligns the claims into events, detects contradictions and writes
/// the analysis. Event and contradiction records in the input are ignored: they are recomputed.
/// </summary>
internal static class AlignCommand
{
    public static int Execute(AlignOptions options, Stream stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (CommandInputs.Validate(options.Inputs, "align", stderr) is { } usage) return usage;
        var problems = new InputProblems(stderr, options.Strict);
        var records = new ClaimRecords(problems);
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

        var analysis = ClaimChecker.CreateDefault().Align(results);
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
/// and line number and skipped; so is a repeated report or claim id (the first is kept).
/// </summary>
internal sealed class ClaimRecords(InputProblems problems)
{
    private readonly Dictionary<string, ReportInfo> _reports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Claim>> _claims = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _origins = new(StringComparer.Ordinal);

    /// <summary>Report records read.</summary>
    public int ReportCount => _reports.Count;

    /// <summary>Claim records read.</summary>
    public int ClaimCount { get; private set; }

    /// <summary>Reads a JSONL file, or every file of a folder (by name; names starting with "." or "_", such as "_SUCCESS", are skipped).</summary>
    public void AddPath(string path, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            string[] files;
            try
            {
                files = Directory.GetFiles(path)
                    .Where(f => Path.GetFileName(f) is var name && !name.StartsWith('.') && !name.StartsWith('_'))
                    .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
                    .ToArray();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Report(path, InputProblems.Describe(ex));
                return;
            }
            if (files.Length == 0) problems.Report(path, "folder has no files");
            foreach (var file in files) AddPath(file, cancellationToken);
            return;
        }
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Report(path, ex is FileNotFoundException or DirectoryNotFoundException ? "no such file or folder" : InputProblems.Describe(ex));
            return;
        }
        using (stream) Read(stream, path, cancellationToken);
    }

    /// <summary>Reads JSONL records from <paramref name="stream"/>, naming it <paramref name="name"/> in problems.</summary>
    public void Read(Stream stream, string name, CancellationToken cancellationToken)
    {
        long number = 0;
        foreach (var bytes in ByteLines.Read(stream))
        {
            number++;
            if ((number & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            string where = $"{name} line {number.ToString(CultureInfo.InvariantCulture)}";
            if (!Utf8Text.TryDecode(bytes, out string line, out long offset))
            {
                problems.Report(where, $"invalid UTF-8 at byte {offset.ToString(CultureInfo.InvariantCulture)} of the line");
                continue;
            }
            if (string.IsNullOrWhiteSpace(line)) continue;
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
                continue;
            }
            foreach (var report in record.Reports) AddReport(report, where);
            foreach (var claim in record.Claims) AddClaim(claim, where);
        }
    }

    private void AddReport(ReportInfo report, string where)
    {
        if (_reports.ContainsKey(report.Id))
        {
            problems.Report(where, $"report \"{report.Id}\" was already read (from {_origins["r:" + report.Id]}); the first is kept");
            return;
        }
        _reports[report.Id] = report;
        _origins["r:" + report.Id] = where;
    }

    private void AddClaim(Claim claim, string where)
    {
        if (_origins.TryGetValue("c:" + claim.Id, out var first))
        {
            problems.Report(where, $"claim \"{claim.Id}\" was already read (from {first}); the first is kept");
            return;
        }
        _origins["c:" + claim.Id] = where;
        if (!_claims.TryGetValue(claim.ReportId, out var list)) _claims[claim.ReportId] = list = [];
        list.Add(claim);
        ClaimCount++;
    }

    /// <summary>
    /// One result per report, its claims in the order extraction gives them (evidence start, end, kind, id), so the input's
    /// order never matters. Claims of a report without a report record are kept under a bare record (outlet and date unknown),
    /// and that is reported as a problem.
    /// </summary>
    public IReadOnlyList<ReportResult> Results()
    {
        var results = new List<ReportResult>(_reports.Count);
        foreach (var (id, claims) in _claims)
        {
            if (_reports.ContainsKey(id)) continue;
            problems.Report(_origins["c:" + claims[0].Id], $"claims of report \"{id}\" come without its report record; its outlet and publication date are unknown");
        }
        foreach (var id in _reports.Keys.Concat(_claims.Keys.Where(k => !_reports.ContainsKey(k))))
        {
            var info = _reports.TryGetValue(id, out var r) ? r : new ReportInfo(id, null, null, null, "ar");
            var claims = _claims.TryGetValue(id, out var list) ? list : [];
            claims.Sort(static (a, b) =>
            {
                int c = a.Evidence.Start.CompareTo(b.Evidence.Start);
                if (c == 0) c = a.Evidence.End.CompareTo(b.Evidence.End);
                if (c == 0) c = a.Kind.CompareTo(b.Kind);
                return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
            });
            results.Add(new ReportResult(info, claims));
        }
        return results;
    }
}
