using System.Globalization;
using System.Text.Json;

namespace ClaimCheck.Cli;

/// <summary>Thrown by <see cref="InputProblems"/> under --strict at the first bad input.</summary>
internal sealed class StrictStopException() : Exception("stopped at the first bad input (--strict)");

/// <summary>Prints input problems as one line each on stderr and counts them; under --strict the first one stops the run.</summary>
internal sealed class InputProblems(TextWriter stderr, bool strict)
{
    /// <summary>How many inputs (files, folders, stdin lines) were skipped.</summary>
    public int Count { get; private set; }

    /// <summary>Reports a problem with <paramref name="where"/> (a path, "stdin line 3").</summary>
    /// <exception cref="StrictStopException">Under --strict.</exception>
    public void Report(string where, string problem)
    {
        Count++;
        stderr.WriteLine($"claimcheck: {where}: {problem}");
        if (strict) throw new StrictStopException();
    }

    /// <summary>Prints a warning about <paramref name="where"/>: the input is used, but will likely give nothing.</summary>
    public void Warn(string where, string warning) => stderr.WriteLine($"claimcheck: warning: {where}: {warning}");

    /// <summary>Prints a note about what was read ("read 3 reports from reports.jsonl").</summary>
    public void Note(string note) => stderr.WriteLine($"claimcheck: {note}");

    /// <summary>A short, stack-free description of an I/O failure.</summary>
    public static string Describe(Exception ex) => ex switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such file or folder",
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "path too long",
        _ => "cannot read: " + ex.Message,
    };
}

/// <summary>
/// Collects the reports to analyse from files, folders (every *.txt, non-recursive, by name) and JSONL on stdin, reading
/// text as strict UTF-8 and applying manifests. Problems are reported through <see cref="InputProblems"/> and the bad input
/// is skipped. With <paramref name="onReport"/> each report is handed over as soon as it is read and not kept (streaming:
/// memory does not grow with the input, only the ids are remembered to refuse duplicates).
/// </summary>
internal sealed class ReportLoader(InputProblems problems, Manifest? manifest, Action<Report>? onReport = null, System.Text.Encoding? encoding = null)
{
    /// <summary>File extensions read as JSONL report streams rather than as one report.</summary>
    private static readonly string[] JsonlExtensions = [".jsonl", ".ndjson"];

    private readonly List<Report> _reports = [];
    private readonly Dictionary<string, string> _origins = new(StringComparer.Ordinal);
    private readonly HashSet<string> _files = new(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    /// <summary>The reports read so far, in input order (empty when streaming to a callback).</summary>
    public IReadOnlyList<Report> Reports => _reports;

    /// <summary>How many reports were read (kept or handed over).</summary>
    public int Count { get; private set; }

    /// <summary>Report id → original text, for writers that show evidence in its sentence.</summary>
    public IReadOnlyDictionary<string, string> Texts => _reports.ToDictionary(r => r.Id, r => r.Text, StringComparer.Ordinal);

    /// <summary>Adds a file, a JSONL file of reports (*.jsonl, *.ndjson), or every *.txt report of a folder.</summary>
    /// <exception cref="ManifestException">The folder's manifest.json is invalid (and no --manifest was given).</exception>
    public void AddPath(string path)
    {
        if (Directory.Exists(path)) AddFolder(path);
        else if (File.Exists(path) && JsonlExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)) AddJsonlFile(path);
        else if (File.Exists(path)) AddFile(path, manifest);
        else problems.Report(path, "no such file or folder");
    }

    private void AddJsonlFile(string path)
    {
        int before = Count;
        try
        {
            using var stream = File.OpenRead(path);
            AddJsonl(stream, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Report(path, InputProblems.Describe(ex));
            return;
        }
        problems.Note($"read {CommandInputs.Plural(Count - before, "report")} from {path}");
    }

    private void AddFolder(string folder)
    {
        string[] files;
        try
        {
            files = Directory.GetFiles(folder, "*.txt", SearchOption.TopDirectoryOnly)
                .Where(f => string.Equals(Path.GetExtension(f), ".txt", StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
                .ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Report(folder, InputProblems.Describe(ex));
            return;
        }
        if (files.Length == 0)
        {
            problems.Report(folder, "folder has no reports (*.txt)");
            return;
        }
        var folderManifest = manifest;
        string manifestPath = Path.Combine(folder, Manifest.FileName);
        if (folderManifest is null && File.Exists(manifestPath)) folderManifest = Manifest.Load(manifestPath);
        foreach (var file in files) AddFile(file, folderManifest);
    }

    private void AddFile(string path, Manifest? applicable)
    {
        string id = Path.GetFileName(path);
        if (string.Equals(id, Manifest.FileName, StringComparison.OrdinalIgnoreCase))
        {
            problems.Report(path, "is a manifest, not a report (pass it with --manifest)");
            return;
        }
        string full = Path.GetFullPath(path);
        if (!_files.Add(full)) return;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Report(path, InputProblems.Describe(ex));
            return;
        }
        if (ReportText.Decode(bytes, encoding, out string text) is { } problem)
        {
            problems.Report(path, problem);
            return;
        }
        var entry = applicable?.Find(id);
        Add(new Report(id, text, entry?.Outlet, entry?.Published), path);
    }

    /// <summary>
    /// Adds reports from JSONL: one <c>{"id", "outlet", "published", "text"}</c> object per line (outlet and published
    /// optional, blank lines skipped). A bad line is reported with its number and skipped.
    /// </summary>
    public void AddJsonl(Stream stream, string name = "stdin")
    {
        long number = 0;
        foreach (var line in ByteLines.Read(stream))
        {
            number++;
            string where = $"{name} line {number.ToString(CultureInfo.InvariantCulture)}";
            if (!Utf8Text.TryDecode(line, out string json, out long offset))
            {
                problems.Report(where, $"invalid UTF-8 at byte {offset.ToString(CultureInfo.InvariantCulture)} of the line");
                continue;
            }
            if (string.IsNullOrWhiteSpace(json)) continue;
            if (ParseRecord(json, out var report) is { } problem)
            {
                problems.Report(where, problem);
                continue;
            }
            var entry = manifest?.Find(report!.Id);
            if (entry is not null) report = report! with { Outlet = report.Outlet ?? entry.Outlet, Published = report.Published ?? entry.Published };
            Add(report!, where);
        }
    }

    /// <summary>Parses one JSONL report record; returns the problem, or null with <paramref name="report"/> set.</summary>
    internal static string? ParseRecord(string json, out Report? report)
    {
        report = null;
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return "expected a JSON object {\"id\", \"outlet\", \"published\", \"text\"}";
            if (!root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(id.GetString()))
                return "missing \"id\" (a non-empty string)";
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
                return "missing \"text\" (a string)";
            string? outlet = null;
            if (root.TryGetProperty("outlet", out var o) && o.ValueKind != JsonValueKind.Null)
            {
                if (o.ValueKind != JsonValueKind.String) return "\"outlet\" must be a string or null";
                outlet = string.IsNullOrWhiteSpace(o.GetString()) ? null : o.GetString()!.Trim();
            }
            DateOnly? published = null;
            if (root.TryGetProperty("published", out var p) && p.ValueKind != JsonValueKind.Null)
            {
                if (p.ValueKind != JsonValueKind.String
                    || !DateOnly.TryParseExact(p.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    return "\"published\" must be a YYYY-MM-DD date or null";
                published = date;
            }
            report = new Report(id.GetString()!, text.GetString()!, outlet, published);
            return null;
        }
        catch (JsonException ex)
        {
            return "malformed JSON: " + ex.Message;
        }
        catch (InvalidOperationException)
        {
            // JsonElement.GetString refuses escapes such as "\ud800" that do not form valid UTF-16.
            return "a string holds an unpaired surrogate escape (not valid Unicode text)";
        }
    }

    private void Add(Report report, string origin)
    {
        if (_origins.TryGetValue(report.Id, out var first))
        {
            problems.Report(origin, $"duplicate report id \"{report.Id}\" (first read from {first})");
            return;
        }
        _origins[report.Id] = origin;
        if (ReportText.Warning(report.Text) is { } warning)
            problems.Warn(origin.EndsWith(report.Id, StringComparison.Ordinal) ? origin : $"{origin} ({report.Id})", warning);
        Count++;
        if (onReport is null) _reports.Add(report);
        else onReport(report);
    }
}

/// <summary>Splits a byte stream into lines at "\n" (a trailing "\r" is dropped), without decoding.</summary>
internal static class ByteLines
{
    public static IEnumerable<byte[]> Read(Stream stream)
    {
        var buffer = new byte[1 << 16];
        using var line = new MemoryStream();
        int count;
        while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            int start = 0;
            while (start < count)
            {
                int newline = Array.IndexOf(buffer, (byte)'\n', start, count - start);
                if (newline < 0)
                {
                    line.Write(buffer, start, count - start);
                    break;
                }
                line.Write(buffer, start, newline - start);
                yield return Take(line);
                start = newline + 1;
            }
        }
        if (line.Length > 0) yield return Take(line);
    }

    private static byte[] Take(MemoryStream line)
    {
        var bytes = line.ToArray();
        line.SetLength(0);
        return bytes.Length > 0 && bytes[^1] == (byte)'\r' ? bytes[..^1] : bytes;
    }
}
