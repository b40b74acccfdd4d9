using System.Globalization;
using System.Text;
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
        InputReadException { InnerException: { } inner } => Describe(inner),
        _ => "cannot read: " + ex.Message,
    };

    /// <summary>
    /// Why <paramref name="path"/> cannot be found. A name that was not valid UTF-8 reaches .NET with U+FFFD in place of its
    /// bad bytes and so never matches the file: that is said, rather than a bare "no such file".
    /// </summary>
    public static string Missing(string path) => path.Contains('\uFFFD', StringComparison.Ordinal)
        ? "no such file or folder (the name is not valid UTF-8, and claimcheck can open UTF-8 names only; rename it)"
        : "no such file or folder";
}

/// <summary>The limits on what one input may hold.</summary>
/// <param name="MaxReportBytes">The most bytes one report's text may have (UTF-8); larger reports are skipped.</param>
internal sealed record InputLimits(long MaxReportBytes)
{
    /// <summary>The default limit on one report: 10 MiB, a thousand times a long news report.</summary>
    public const long DefaultMaxReportBytes = 10L << 20;

    /// <summary>The longest report id, claim id or outlet accepted (characters); a longer one makes its record a bad input.</summary>
    public const int MaxIdLength = 1024;

    /// <summary>The defaults.</summary>
    public static InputLimits Default { get; } = new(DefaultMaxReportBytes);

    /// <summary>
    /// The longest JSONL line read: six times the report limit (a JSON escape such as \u0627 takes six bytes) plus room for
    /// the other fields. A longer line is skipped without being held in memory.
    /// </summary>
    public long MaxLineBytes => MaxReportBytes > (long.MaxValue - 65_536) / 6 ? long.MaxValue : MaxReportBytes * 6 + 65_536;

    /// <summary>"10 MiB", "1500 bytes": a size for messages.</summary>
    public static string Size(long bytes) =>
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? (bytes >> 20).ToString(CultureInfo.InvariantCulture) + " MiB"
        : bytes >= 1 << 10 && bytes % (1 << 10) == 0 ? (bytes >> 10).ToString(CultureInfo.InvariantCulture) + " KiB"
        : bytes.ToString(CultureInfo.InvariantCulture) + " bytes";

    /// <summary>Parses a size: a number of bytes with an optional K, M or G suffix (powers of 1024), invariant digits only.</summary>
    public static bool TryParseSize(string? text, out long bytes)
    {
        bytes = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        int shift = char.ToUpperInvariant(text[^1]) switch { 'K' => 10, 'M' => 20, 'G' => 30, _ => 0 };
        if (shift > 0) text = text[..^1];
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value) || value < 1 || value > long.MaxValue >> shift)
            return false;
        bytes = value << shift;
        return true;
    }
}

/// <summary>Which files of a folder the commands read.</summary>
internal static class InputFolders
{
    /// <summary>
    /// The files of <paramref name="folder"/> (not recursive) that <paramref name="accept"/> takes, by ordinal name; names
    /// starting with "." or "_" (hidden files, "._r.txt" resource forks, "_SUCCESS" markers) are never read.
    /// </summary>
    /// <exception cref="IOException">The folder cannot be listed.</exception>
    /// <exception cref="UnauthorizedAccessException">No permission.</exception>
    public static string[] Files(string folder, Func<string, bool> accept) =>
        Directory.GetFiles(folder)
            .Where(f => Path.GetFileName(f) is var name && !name.StartsWith('.') && !name.StartsWith('_') && accept(name))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToArray();

    /// <summary>A report file name: *.txt in any case.</summary>
    public static bool IsReport(string name) => name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The real paths of every file a run over <paramref name="inputs"/> reads (explicit files, manifests, the files of
    /// folders that <paramref name="accept"/> takes and their manifest.json), for refusing an --out that would overwrite one.
    /// </summary>
    public static IReadOnlySet<string> ReadBy(IEnumerable<string> inputs, string? manifest, Func<string, bool> accept)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        if (manifest is { Length: > 0 }) paths.Add(FileKinds.RealPath(manifest));
        foreach (var input in inputs)
        {
            if (input == "-" || input.Length == 0) continue;
            if (FileKinds.Of(input) != FileKind.Folder)
            {
                paths.Add(FileKinds.RealPath(input));
                continue;
            }
            try
            {
                foreach (var file in Files(input, accept)) paths.Add(FileKinds.RealPath(file));
                paths.Add(FileKinds.RealPath(Path.Combine(input, Manifest.FileName)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Reading the folder will report this.
            }
        }
        return paths;
    }
}

/// <summary>
/// Collects the reports to analyse from files, folders (every *.txt in any case, non-recursive, by name; names starting
/// with "." or "_" skipped) and JSONL on stdin, reading text as strict UTF-8 and applying manifests. Problems are reported
/// through <see cref="InputProblems"/> and the bad input is skipped: a missing file, a folder entry that is not a regular
/// file, a report over the size limit, invalid UTF-8, an empty report, a bad JSONL line. With <paramref name="onReport"/>
/// each report is handed over as soon as it is read and not kept (streaming: memory does not grow with the input, only
/// the ids are remembered to refuse duplicates).
/// </summary>
internal sealed class ReportLoader(InputProblems problems, Manifest? manifest, InputLimits limits, CancellationToken cancellationToken, Action<Report>? onReport = null, System.Text.Encoding? encoding = null)
{
    /// <summary>File extensions read as JSONL report streams rather than as one report.</summary>
    private static readonly string[] JsonlExtensions = [".jsonl", ".ndjson"];

    private readonly List<Report> _reports = [];
    private readonly Dictionary<string, string> _origins = new(StringComparer.Ordinal);
    private readonly HashSet<string> _files = new(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
    private readonly List<Manifest> _manifests = manifest is null ? [] : [manifest];

    /// <summary>The reports read so far, in input order (empty when streaming to a callback).</summary>
    public IReadOnlyList<Report> Reports => _reports;

    /// <summary>How many reports were read (kept or handed over).</summary>
    public int Count { get; private set; }

    /// <summary>Report id → original text, for writers that show evidence in its sentence.</summary>
    public IReadOnlyDictionary<string, string> Texts => _reports.ToDictionary(r => r.Id, r => r.Text, StringComparer.Ordinal);

    /// <summary>Adds a file, a JSONL file of reports (*.jsonl, *.ndjson), or every *.txt report of a folder.</summary>
    /// <exception cref="ManifestException">The folder's manifest.json is invalid (and no --manifest was given).</exception>
    /// <exception cref="OperationCanceledException">Cancelled, also while waiting on a named pipe or device.</exception>
    public void AddPath(string path)
    {
        cancellationToken.ThrowIfCancellationRequested();
        switch (FileKinds.Of(path))
        {
            case FileKind.Folder: AddFolder(path); break;
            case FileKind.Missing: problems.Report(path, InputProblems.Missing(path)); break;
            case FileKind.Regular when JsonlExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase): AddJsonlFile(path); break;
            // Named on the command line, a pipe or device is read as a stream (process substitution, /dev/stdin), up to the limit.
            case var kind: AddFile(path, manifest, kind); break;
        }
    }

    /// <summary>
    /// Prints a note for each entry of a folder's manifest.json that matched no report of the run (a misspelt or missing
    /// file), and for an explicit --manifest of which no entry matched (the wrong manifest). An explicit manifest may list
    /// more reports than one run reads (one manifest for the parts of a split run), so its other unused entries are fine.
    /// </summary>
    public void NoteUnusedManifestEntries(TextWriter stderr)
    {
        foreach (var m in _manifests)
        {
            var unused = m.Unused();
            if (unused.Count == 0 || (m == manifest && unused.Count < m.Count)) continue;
            string shown = string.Join(", ", unused.Take(3).Select(k => "\"" + k + "\"")) + (unused.Count > 3 ? ", …" : "");
            stderr.WriteLine($"claimcheck: note: {m.Path}: {CommandInputs.Plural(unused.Count, "entry", "entries")} matched no report read: {shown}");
        }
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
            files = InputFolders.Files(folder, InputFolders.IsReport);
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
        if (folderManifest is null && File.Exists(manifestPath))
        {
            folderManifest = Manifest.Load(manifestPath);
            _manifests.Add(folderManifest);
        }
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var kind = FileKinds.Of(file);
            if (kind == FileKind.Regular) AddFile(file, folderManifest, kind);
            else if (kind == FileKind.Missing) problems.Report(file, InputProblems.Missing(file));
            else problems.Report(file, $"is {FileKinds.Describe(kind)}, not a regular file; skipped");
        }
    }

    private void AddFile(string path, Manifest? applicable, FileKind kind)
    {
        string id = Path.GetFileName(path);
        if (string.Equals(id, Manifest.FileName, StringComparison.OrdinalIgnoreCase))
        {
            problems.Report(path, "is a manifest, not a report (pass it with --manifest)");
            return;
        }
        if (!_files.Add(FileKinds.RealPath(path))) return;
        byte[]? bytes;
        int length;
        try
        {
            bytes = BoundedRead.ReadFile(path, kind, limits.MaxReportBytes, out length, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InputReadException)
        {
            problems.Report(path, ex is FileNotFoundException or DirectoryNotFoundException ? InputProblems.Missing(path) : InputProblems.Describe(ex));
            return;
        }
        if (bytes is null)
        {
            problems.Report(path, TooLarge);
            return;
        }
        if (ReportText.Decode(bytes.AsSpan(0, length), encoding, out string text) is { } problem)
        {
            problems.Report(path, problem);
            return;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Report(path, "empty report (no text); skipped");
            return;
        }
        var entry = applicable?.Find(id);
        Add(new Report(id, text, entry?.Outlet, entry?.Published) { Language = entry?.Language }, path);
    }

    private string TooLarge =>
        $"larger than {InputLimits.Size(limits.MaxReportBytes)}, the limit for one report (raise it with --max-report-size); skipped";

    /// <summary>
    /// Adds reports from JSONL: one <c>{"id", "outlet", "published", "text"}</c> object per line (outlet and published
    /// optional, blank lines skipped). A bad line is reported with its number and skipped; so is a failure to read the stream.
    /// </summary>
    public void AddJsonl(Stream stream, string name = "stdin") =>
        JsonlLines.Read(stream, name, limits, problems, "reports", cancellationToken, AddJsonlLine);

    private void AddJsonlLine(string json, string where)
    {
        if (ParseRecord(json, out var report) is { } problem)
        {
            problems.Report(where, problem);
            return;
        }
        if (string.IsNullOrWhiteSpace(report!.Text))
        {
            problems.Report(where, "empty report (no text); skipped");
            return;
        }
        if (Encoding.UTF8.GetByteCount(report.Text) > limits.MaxReportBytes)
        {
            problems.Report(where, TooLarge);
            return;
        }
        var entry = manifest?.Find(report.Id);
        if (entry is not null) report = report with { Outlet = report.Outlet ?? entry.Outlet, Published = report.Published ?? entry.Published, Language = report.Language ?? entry.Language };
        Add(report, where);
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
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                if (!names.Add(property.Name)) return $"\"{property.Name}\" is given twice in the record";
            }
            if (!root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(id.GetString()))
                return "missing \"id\" (a non-empty string)";
            if (id.GetString()!.Length > InputLimits.MaxIdLength)
                return $"\"id\" is longer than {InputLimits.MaxIdLength.ToString(CultureInfo.InvariantCulture)} characters";
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
                return "missing \"text\" (a string)";
            string? outlet = null;
            if (root.TryGetProperty("outlet", out var o) && o.ValueKind != JsonValueKind.Null)
            {
                if (o.ValueKind != JsonValueKind.String) return "\"outlet\" must be a string or null";
                outlet = string.IsNullOrWhiteSpace(o.GetString()) ? null : o.GetString()!.Trim();
                if (outlet?.Length > InputLimits.MaxIdLength)
                    return $"\"outlet\" is longer than {InputLimits.MaxIdLength.ToString(CultureInfo.InvariantCulture)} characters";
            }
            DateOnly? published = null;
            if (root.TryGetProperty("published", out var p) && p.ValueKind != JsonValueKind.Null)
            {
                if (p.ValueKind != JsonValueKind.String
                    || !DateOnly.TryParseExact(p.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    return "\"published\" must be a YYYY-MM-DD date or null";
                published = date;
            }
            string? language = null;
            if (root.TryGetProperty("language", out var l) && l.ValueKind != JsonValueKind.Null)
            {
                if (l.ValueKind != JsonValueKind.String || !Manifest.IsLanguageCode(l.GetString()))
                    return "\"language\" must be a language code (\"ar\", \"en\", …) or null";
                language = l.GetString()!.Trim().ToLowerInvariant();
            }
            report = new Report(id.GetString()!, text.GetString()!, outlet, published) { Language = language };
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
        if (ReportText.Warning(report.Text, report.Language) is { } warning)
            problems.Warn(origin.EndsWith(report.Id, StringComparison.Ordinal) ? origin : $"{origin} ({report.Id})", warning);
        Count++;
        if (onReport is null) _reports.Add(report);
        else onReport(report);
    }
}

/// <summary>Splits a byte stream into lines at "\n" (a trailing "\r" is dropped), without decoding.</summary>
internal static class ByteLines
{
    /// <summary>
    /// The lines of <paramref name="stream"/>; a line longer than <paramref name="maxLength"/> bytes comes as null, and its
    /// bytes are not kept.
    /// </summary>
    public static IEnumerable<byte[]?> Read(Stream stream, long maxLength = long.MaxValue)
    {
        var buffer = new byte[1 << 16];
        using var line = new MemoryStream();
        bool tooLong = false;
        int count;
        while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            int start = 0;
            while (start < count)
            {
                int newline = Array.IndexOf(buffer, (byte)'\n', start, count - start);
                int end = newline < 0 ? count : newline;
                if (!tooLong && line.Length + (end - start) > maxLength)
                {
                    tooLong = true;
                    line.SetLength(0);
                    line.Capacity = 0;
                }
                if (!tooLong) line.Write(buffer, start, end - start);
                if (newline < 0) break;
                yield return tooLong ? null : Take(line);
                tooLong = false;
                start = newline + 1;
            }
        }
        if (tooLong) yield return null;
        else if (line.Length > 0) yield return Take(line);
    }

    private static byte[] Take(MemoryStream line)
    {
        var bytes = line.ToArray();
        line.SetLength(0);
        return bytes.Length > 0 && bytes[^1] == (byte)'\r' ? bytes[..^1] : bytes;
    }
}
