using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using ClaimCheck.Cli;
using ClaimCheck.Output;
using ClaimCheck.Tests.Cli;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// A hostile and careless user of the command line (issue 14): output paths, spreadsheet injection, repeated ids, hidden
/// characters, limits, signals, closed pipes, odd option values, locales, inconsistent input rules and exploding output.
/// Tests run in temporary folders and never touch a real device: a named pipe, a symbolic link and a temporary file stand in.
/// Every wait on a pipe or a child process is bounded.
/// </summary>
public sealed class HostileUseTests : IDisposable
{
    private const string Report = "قال مصدر عسكري إن ست حافلات غادرت المخيم.";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Jsonl(string id, string text, string? outlet = null) =>
        JsonSerializer.Serialize(new Dictionary<string, string?> { ["id"] = id, ["outlet"] = outlet, ["text"] = text }) + "\n";

    [DllImport("libc", EntryPoint = "mkfifo")]
    internal static extern int MkFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

    private string Fifo(string name)
    {
        string path = Path.Combine(_temp.Path, name);
        Assert.Equal(0, MkFifo(path, Convert.ToUInt32("600", 8)));
        return path;
    }

    /// <summary>Runs the CLI on a worker thread; fails instead of hanging when it does not return within the bound.</summary>
    private static CliResult Bounded(Func<TextWriter, TextWriter, CancellationToken, int> run, CancellationToken token = default)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var task = Task.Run(() => run(stdout, stderr, token));
        Assert.True(task.Wait(Bound), "the command did not return");
        return new CliResult(task.Result, stdout.ToString(), stderr.ToString());
    }

    // ---- 1. --out: devices, links, permissions, inputs ----

    [Fact]
    public async Task Out_into_a_named_pipe_writes_into_it_and_leaves_it_a_pipe()
    {
        if (OperatingSystem.IsWindows()) return;
        string report = _temp.File("a.txt", Report);
        string fifo = Fifo("out.json");
        var reader = Task.Run(() => File.ReadAllText(fifo));
        using var timeout = new CancellationTokenSource(Bound);
        var result = Bounded((o, e, t) => CliApp.Run(["analyze", report, "--out", fifo], Stream.Null, o, e, t), timeout.Token);
        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.StartsWith("{", await reader.WaitAsync(Bound), StringComparison.Ordinal);
        Assert.Equal(FileKind.Fifo, FileKinds.Of(fifo));
        Assert.Equal(["a.txt", "out.json"], _temp.Entries().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Out_through_a_symbolic_link_replaces_the_target_and_keeps_the_link_and_the_mode()
    {
        if (OperatingSystem.IsWindows()) return;
        string report = _temp.File("a.txt", Report);
        string target = _temp.File("private.json", "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        string link = Path.Combine(_temp.Path, "link.json");
        File.CreateSymbolicLink(link, target);
        var result = CliHarness.Run("analyze", report, "--out", link);
        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.StartsWith("{", File.ReadAllText(target));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(target));
        Assert.Equal(["a.txt", "link.json", "private.json"], _temp.Entries().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Out_that_is_an_input_is_refused_and_the_input_survives()
    {
        string folder = _temp.Folder("reports");
        string report = _temp.File("reports/a.txt", Report);
        string manifest = _temp.File("reports/manifest.json", "{\"a.txt\": {\"outlet\": \"SANA\"}}");
        string other = _temp.File("m.json", "{}");
        string link = Path.Combine(_temp.Path, "alias.txt");
        if (!OperatingSystem.IsWindows()) File.CreateSymbolicLink(link, report);
        string[][] runs =
        [
            ["analyze", report, "--out", report],
            ["analyze", folder, "--out", report],
            ["analyze", folder, "--out", manifest],
            ["analyze", report, "-m", other, "--out", other],
            ["extract", folder, "--out", Path.Combine(folder, ".", "a.txt")],
            .. OperatingSystem.IsWindows() ? Array.Empty<string[]>() : [["analyze", report, "--out", link]],
        ];
        foreach (var args in runs)
        {
            var result = CliHarness.Run(args);
            Assert.Equal(ExitCodes.Usage, result.Code);
            Assert.Contains("is one of the inputs; refusing to overwrite it", result.Stderr, StringComparison.Ordinal);
        }
        Assert.Equal(Report, File.ReadAllText(report));
        Assert.Equal("{}", File.ReadAllText(other));
        // An --out in an input folder that is not read (not *.txt) is fine.
        Assert.Equal(ExitCodes.Success, CliHarness.Run("analyze", folder, "--out", Path.Combine(folder, "out.json")).Code);
    }

    // ---- 2. CSV formula injection ----

    [Fact]
    public void Csv_cells_that_a_spreadsheet_would_run_start_with_an_apostrophe_that_a_pipeline_can_remove()
    {
        string[] hostile = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "'quoted"];
        foreach (var value in hostile)
        {
            var writer = new StringWriter();
            CsvClaimWriter.WriteField(writer, value);
            string field = writer.ToString();
            string unquoted = field.StartsWith('"') ? field[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : field;
            Assert.StartsWith("'", unquoted, StringComparison.Ordinal);
            Assert.Equal(value, unquoted[1..]);
        }
        var plain = new StringWriter();
        CsvClaimWriter.WriteField(plain, "SOHR");
        Assert.Equal("SOHR", plain.ToString());

        // Through the command line: ids and outlets from JSONL, and align's claim columns.
        string stdin = Jsonl("=cmd|' /C calc'!A0", Report, "@outlet");
        var analyzed = CliHarness.RunWithStdin(stdin, "analyze", "-", "--format", "csv");
        Assert.Equal(ExitCodes.Success, analyzed.Code);
        var cells = analyzed.Stdout.Split("\r\n")[1].Split(',');
        Assert.Equal("'=cmd|' /C calc'!A0", cells[1]);
        Assert.DoesNotContain(analyzed.Stdout.Split("\r\n").Skip(1).SelectMany(l => l.Split(',')), c => c.Length > 0 && "=+-@".Contains(c[0], StringComparison.Ordinal));

        string claims = CliHarness.RunWithStdin(stdin, "extract", "-").Stdout.Replace("\"name\":\"", "\"name\":\"+", StringComparison.Ordinal);
        var aligned = CliHarness.RunWithStdin(claims, "align", "-", "--format", "csv");
        Assert.Equal(ExitCodes.Success, aligned.Code);
        Assert.Contains(",'+", aligned.Stdout, StringComparison.Ordinal);
    }

    // ---- 3. align: repeated ids ----

    [Fact]
    public void Align_leaves_out_a_report_id_that_two_parts_use_for_different_reports_whatever_their_order()
    {
        string a = CliHarness.RunWithStdin(Jsonl("report.txt", Report, "SANA"), "extract", "-").Stdout;
        string b = CliHarness.RunWithStdin(Jsonl("report.txt", "قال المرصد السوري إن 25 مدنياً قتلوا في دوما.", "Syria TV"), "extract", "-").Stdout;
        string other = CliHarness.RunWithStdin(Jsonl("other.txt", Report), "extract", "-").Stdout;
        string pa = _temp.File("part-a.jsonl", a + other), pb = _temp.File("part-b.jsonl", b);
        var ab = CliHarness.Run("align", pa, pb);
        var ba = CliHarness.Run("align", pb, pa);
        Assert.Equal(ExitCodes.PartialInput, ab.Code);
        Assert.Equal(ab.Stdout, ba.Stdout);
        Assert.DoesNotContain("\"report.txt\"", ab.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"other.txt\"", ab.Stdout, StringComparison.Ordinal);
        Assert.Contains(ab.ErrorLines, l => l.Contains("report \"report.txt\" comes in 2 report records that differ", StringComparison.Ordinal));

        // A claim id repeated with different content is left out too, in either order.
        var claimLine = a.Split('\n').First(l => l.Contains("\"type\":\"claim\"", StringComparison.Ordinal));
        string changed = claimLine.Replace("\"kind\":\"vehicles\"", "\"kind\":\"evacuees\"", StringComparison.Ordinal);
        Assert.NotEqual(claimLine, changed);
        var x = CliHarness.RunWithStdin(a + changed + "\n", "align", "-");
        var y = CliHarness.RunWithStdin(changed + "\n" + a, "align", "-");
        Assert.Equal(x.Stdout, y.Stdout);
        Assert.Contains(x.ErrorLines, l => l.Contains("records that differ", StringComparison.Ordinal));
    }

    // ---- 4. control and direction characters ----

    [Fact]
    public void Control_and_direction_characters_never_reach_people_raw()
    {
        string id = "r\u202Eevil\u001B[31m\u0000\nclaimcheck: forged line";
        string stdin = Jsonl(id, Report, "\u202Eoutlet\u2066") + "{bad json \u202E\u001B\n";
        foreach (var format in new[] { "markdown", "html", "csv" })
        {
            var result = CliHarness.RunWithStdin(stdin, "analyze", "-", "--format", format);
            Assert.Equal(ExitCodes.PartialInput, result.Code);
            foreach (var text in new[] { result.Stdout, result.Stderr })
            {
                Assert.DoesNotContain(text, c => c is '\u202E' or '\u2066' or '\u001B' or '\0');
            }
            Assert.Contains("<U+202E>", format == "markdown" ? result.Stdout.Replace("\\<", "<", StringComparison.Ordinal).Replace("\\>", ">", StringComparison.Ordinal)
                : format == "html" ? System.Net.WebUtility.HtmlDecode(result.Stdout) : result.Stdout, StringComparison.Ordinal);
            Assert.All(result.ErrorLines, l => Assert.StartsWith("claimcheck: ", l, StringComparison.Ordinal));
        }

        // A file name with a newline cannot forge a message line.
        if (OperatingSystem.IsWindows()) return;
        string folder = _temp.Folder("names");
        _temp.Bytes("names/bad\nclaimcheck: all good.txt", [0xFF]);
        var named = CliHarness.Run("analyze", folder);
        Assert.Equal(ExitCodes.NoReports, named.Code);
        Assert.All(named.ErrorLines, l => Assert.StartsWith("claimcheck: ", l, StringComparison.Ordinal));
        Assert.Contains(named.ErrorLines, l => l.Contains("bad<U+000A>claimcheck: all good.txt: invalid UTF-8", StringComparison.Ordinal));
    }

    // ---- 5. limits: what is not a regular file, oversized reports ----

    [Fact]
    public void A_pipe_named_txt_in_a_folder_is_skipped_without_waiting()
    {
        if (OperatingSystem.IsWindows()) return;
        string folder = _temp.Folder("in");
        _temp.File("in/a.txt", Report);
        Fifo("in/b.txt");
        using var timeout = new CancellationTokenSource(Bound);
        var result = Bounded((o, e, t) => CliApp.Run(["analyze", folder], Stream.Null, o, e, t), timeout.Token);
        Assert.Equal(ExitCodes.PartialInput, result.Code);
        Assert.Contains(result.ErrorLines, l => l.EndsWith("b.txt: is a named pipe (FIFO), not a regular file; skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void An_oversized_report_is_a_skipped_input_and_the_limit_can_be_raised()
    {
        string folder = _temp.Folder("big");
        _temp.File("big/a.txt", Report);
        string big = _temp.File("big/b.txt", Report + new string(' ', 4096));
        if (!OperatingSystem.IsWindows()) File.CreateSymbolicLink(Path.Combine(folder, "link.txt"), big);
        var limited = CliHarness.Run("analyze", folder, "--max-report-size", "2K");
        Assert.Equal(ExitCodes.PartialInput, limited.Code);
        Assert.Contains(limited.ErrorLines, l => l.EndsWith("b.txt: larger than 2 KiB, the limit for one report (raise it with --max-report-size); skipped", StringComparison.Ordinal));
        Assert.Single(JsonDocument.Parse(limited.Stdout).RootElement.GetProperty("reports").EnumerateArray());
        Assert.Equal(ExitCodes.Success, CliHarness.Run("analyze", folder, "--max-report-size", "1M").Code);

        // On stdin a line that is too long is skipped without being held.
        string stdin = Jsonl("long", new string('ب', 20_000)) + Jsonl("short", Report);
        var lines = CliHarness.RunWithStdin(stdin, "extract", "-", "--max-report-size", "1K");
        Assert.Equal(ExitCodes.PartialInput, lines.Code);
        Assert.Contains("stdin line 1: ", lines.Stderr, StringComparison.Ordinal);
        foreach (var bad in new[] { "0", "-1", "1.5M", "ten", "9999999999G", "" })
            Assert.Equal(ExitCodes.Usage, CliHarness.Run("analyze", folder, "--max-report-size", bad).Code);
    }

    [Fact]
    public void Bounded_reads_stop_one_byte_past_the_limit()
    {
        var stream = new MemoryStream(new byte[100]);
        Assert.Null(BoundedRead.ReadAll(stream, 99, out _));
        Assert.Equal(100, stream.Position);
        Assert.NotNull(BoundedRead.ReadAll(new MemoryStream(new byte[100]), 100, out int length));
        Assert.Equal(100, length);
        Assert.Equal([null, "b"u8.ToArray()], ByteLines.Read(new MemoryStream("aaaa\nb"u8.ToArray()), 3));
    }

    // ---- 6. signals and cancellation while waiting ----

    [Fact]
    public void Cancellation_is_honoured_while_waiting_on_stdin_or_a_pipe()
    {
        using var blocked = new BlockingStream();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var onStdin = Bounded((o, e, t) => CliApp.Run(["analyze", "-"], blocked, o, e, t), cancel.Token);
        Assert.Equal(ExitCodes.Cancelled, onStdin.Code);
        Assert.Contains("interrupted", onStdin.Stderr, StringComparison.Ordinal);

        if (OperatingSystem.IsWindows()) return;
        string fifo = Fifo("in.jsonl");
        using var cancelPipe = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var onPipe = Bounded((o, e, t) => CliApp.Run(["align", fifo], Stream.Null, o, e, t), cancelPipe.Token);
        Assert.Equal(ExitCodes.Cancelled, onPipe.Code);
    }

    [Fact]
    public void Sigterm_while_waiting_on_stdin_exits_with_143()
    {
        if (OperatingSystem.IsWindows()) return;
        using var process = StartCli(["analyze", "-"]);
        process.StandardError.ReadLineAsync();
        Thread.Sleep(500);
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)])) kill.WaitForExit((int)Bound.TotalMilliseconds);
        Assert.True(process.WaitForExit(Bound), "claimcheck ignored SIGTERM");
        Assert.Equal(ExitCodes.Terminated, process.ExitCode);
    }

    // ---- 7. a reader that goes away ----

    [Fact]
    public void Extract_stops_at_the_first_failed_write_and_exits_5()
    {
        string stdin = string.Concat(Enumerable.Range(0, 50).Select(i => Jsonl("r" + i.ToString(CultureInfo.InvariantCulture), Report)));
        var stdout = new FailAfterFirstFlush();
        var stderr = new StringWriter();
        int code = CliApp.Run(["extract", "-", "-j", "1"], new MemoryStream(Encoding.UTF8.GetBytes(stdin)), stdout, stderr);
        Assert.Equal(ExitCodes.OutputFailed, code);
        Assert.Equal(2, stdout.Flushes);
        Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("cannot write output", StringComparison.Ordinal));
        Assert.DoesNotContain("cannot read", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_pipe_on_stdout_ends_extract_with_exit_5()
    {
        if (OperatingSystem.IsWindows()) return;
        using var process = StartCli(["extract", "-", "-j", "1"]);
        _ = process.StandardError.ReadToEndAsync();
        var writer = Task.Run(() =>
        {
            try
            {
                for (int i = 0; i < 2000; i++) process.StandardInput.Write(Jsonl("r" + i.ToString(CultureInfo.InvariantCulture), Report));
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The process ended first.
            }
        });
        string? first = await process.StandardOutput.ReadLineAsync().WaitAsync(Bound);
        Assert.StartsWith("{\"type\":\"report\"", first, StringComparison.Ordinal);
        process.StandardOutput.Close();
        using var exit = new CancellationTokenSource(Bound);
        await process.WaitForExitAsync(exit.Token);
        Assert.Equal(ExitCodes.OutputFailed, process.ExitCode);
        await writer.WaitAsync(Bound);
    }

    // ---- 8. option values and odd inputs ----

    [Theory]
    [InlineData("-j", "abc")]
    [InlineData("-j", "1.5")]
    [InlineData("-j", "")]
    [InlineData("-j", "2147483648")]
    [InlineData("-j", "536870912")]
    [InlineData("-j", "0")]
    [InlineData("--out", "")]
    [InlineData("-m", "")]
    public void Bad_option_values_are_usage_errors(string option, string value)
    {
        string report = _temp.File("a.txt", Report);
        var result = CliHarness.Run("extract", report, option, value);
        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.DoesNotContain(" at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, CliHarness.Run("analyze", "", report).Code);
    }

    [Fact]
    public void Odd_inputs_get_input_errors_with_their_exit_codes()
    {
        string report = _temp.File("a.txt", Report);
        var manifestFolder = CliHarness.Run("analyze", report, "-m", _temp.Path);
        Assert.Equal(ExitCodes.InvalidManifest, manifestFolder.Code);
        Assert.Contains("is a folder, not a manifest file", manifestFolder.Stderr, StringComparison.Ordinal);

        var unreadable = CliHarness.Run("analyze", "-");
        Assert.Equal(ExitCodes.NoReports, unreadable.Code);
        var stdinFails = new StringWriter();
        int code = CliApp.Run(["analyze", "-"], new FailingReadStream(), new StringWriter(), stdinFails);
        Assert.Equal(ExitCodes.NoReports, code);
        Assert.Contains("claimcheck: stdin: cannot read: Is a directory", stdinFails.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("stdout", stdinFails.ToString(), StringComparison.Ordinal);

        // A closed stderr does not end the run.
        Assert.Equal(ExitCodes.PartialInput, CliApp.Run(["analyze", report, Path.Combine(_temp.Path, "missing.txt")], Stream.Null, new StringWriter(), new FailingWriter()));

        // A long --out name still fits its temporary name.
        string longName = Path.Combine(_temp.Path, new string('x', 250));
        Assert.Equal(ExitCodes.Success, CliHarness.Run("analyze", report, "--out", longName).Code);
        Assert.True(File.Exists(longName));

        // A name that was not UTF-8 says so.
        var badName = CliHarness.Run("analyze", Path.Combine(_temp.Path, "r\uFFFD.txt"));
        Assert.Contains("not valid UTF-8", badName.Stderr, StringComparison.Ordinal);
    }

    // ---- 9. locales and quantity bounds ----

    [Theory]
    [InlineData("sv-SE")]
    [InlineData("fa-IR")]
    [InlineData("ar-SA")]
    public void Output_does_not_depend_on_the_current_culture(string culture)
    {
        var reports = Directory.GetFiles(CliHarness.Seeds, "*.txt").Select(f => new Report(Path.GetFileName(f), File.ReadAllText(f))).ToArray();
        var invariantCulture = CultureInfo.CurrentCulture;
        string[] Render()
        {
            var analysis = ClaimChecker.CreateDefault().Analyze(reports);
            return Enum.GetValues<OutputFormat>().Select(f => AnalysisWriter.ToString(analysis, f)).Append(new Quantity(-5, -1, -3, QuantityQualifier.Range).ToString()).ToArray();
        }
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var expected = Render();
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(expected, Render());
        }
        finally
        {
            CultureInfo.CurrentCulture = invariantCulture;
        }
    }

    [Theory]
    [InlineData("\"min\":6,", "\"min\":-6,", "min -6 is negative")]
    [InlineData("\"best\":6,", "\"best\":60,", "best 60 is outside [min 6, max 6]")]
    [InlineData("\"best\":6,", "\"best\":1,", "best 1 is outside")]
    public void Align_refuses_quantities_out_of_their_bounds(string from, string to, string problem)
    {
        string claims = CliHarness.RunWithStdin(Jsonl("a.txt", Report), "extract", "-").Stdout;
        Assert.Contains(from, claims, StringComparison.Ordinal);
        var result = CliHarness.RunWithStdin(claims.Replace(from, to, StringComparison.Ordinal), "align", "-");
        Assert.Equal(ExitCodes.PartialInput, result.Code);
        Assert.Contains(problem, result.Stderr, StringComparison.Ordinal);
    }

    // ---- 10. consistent rules ----

    [Fact]
    public void Empty_hidden_and_upper_case_files_follow_one_rule()
    {
        string folder = _temp.Folder("mixed");
        _temp.File("mixed/empty.txt", "");
        Assert.Equal(ExitCodes.NoReports, CliHarness.Run("analyze", folder).Code);
        _temp.File("mixed/._a.txt", Report);
        _temp.File("mixed/_b.txt", Report);
        _temp.File("mixed/C.TXT", Report);
        var result = CliHarness.Run("analyze", folder);
        Assert.Equal(ExitCodes.PartialInput, result.Code);
        var ids = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(["C.TXT"], ids);
        Assert.Contains(result.ErrorLines, l => l.EndsWith("empty.txt: empty report (no text); skipped", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.NoReports, CliHarness.RunWithStdin(Jsonl("e", "  "), "analyze", "-").Code);
    }

    [Fact]
    public void Manifest_entries_that_match_nothing_and_repeated_keys_are_named()
    {
        string folder = _temp.Folder("m");
        _temp.File("m/a.txt", Report);
        _temp.File("m/manifest.json", "{\"a.txt\": {\"outlet\": \"SANA\"}, \"typo.txt\": {\"outlet\": \"SOHR\"}}");
        var result = CliHarness.Run("analyze", folder);
        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.Contains(result.ErrorLines, l => l.Contains("note: ", StringComparison.Ordinal) && l.Contains("1 entry matched no report read: \"typo.txt\"", StringComparison.Ordinal));

        var repeated = CliHarness.RunWithStdin("{\"id\":\"a\",\"text\":\"x\",\"text\":\"" + Report + "\"}\n", "analyze", "-");
        Assert.Equal(ExitCodes.NoReports, repeated.Code);
        Assert.Contains("\"text\" is given twice in the record", repeated.Stderr, StringComparison.Ordinal);
        string claims = CliHarness.RunWithStdin(Jsonl("a.txt", Report), "extract", "-").Stdout;
        var twice = CliHarness.RunWithStdin(claims.Replace("{\"type\":\"claim\",", "{\"type\":\"claim\",\"kind\":\"agreement\",", StringComparison.Ordinal), "align", "-");
        Assert.Contains("\"kind\" is given twice in one object", twice.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_library_refuses_repeated_and_null_report_ids()
    {
        var checker = ClaimChecker.CreateDefault();
        Assert.Throws<ArgumentException>(() => checker.Analyze([new Report("r", Report), new Report("r", "نص آخر")]));
        Assert.Throws<ArgumentException>(() => checker.Extract(new Report(null!, Report)));
        Assert.Throws<ArgumentException>(() => checker.Analyze([new Report(null!, Report)]));
        var result = checker.Extract(new Report("r", Report));
        Assert.Throws<ArgumentException>(() => checker.Align([result, result]));
    }

    // ---- 11. output that explodes ----

    [Fact]
    public void Summaries_name_at_most_a_few_values_and_count_the_rest()
    {
        var reports = Enumerable.Range(1, 40).Select(i => new Report(
            "r" + i.ToString("D2", CultureInfo.InvariantCulture),
            (i % 2 == 0 ? "قال المرصد السوري لحقوق الإنسان إن " : "ذكرت وكالة سانا أن ") + (100 + i * 7).ToString(CultureInfo.InvariantCulture) + " مدنياً قتلوا في دوما.",
            null, new DateOnly(2018, 4, 8))).ToArray();
        var analysis = ClaimChecker.CreateDefault().Analyze(reports);
        var sides = analysis.Contradictions.SelectMany(x => x.Sides).ToArray();
        Assert.NotEmpty(sides);
        Assert.Contains(sides, s => s.Summary.EndsWith(" more claims", StringComparison.Ordinal));
        foreach (var side in sides)
        {
            int values = side.Summary.Split(", ").Count(p => !p.StartsWith("and ", StringComparison.Ordinal));
            Assert.True(values <= ClaimCheck.Comparison.ContradictionDetector.MaxSummaryValues, side.Summary);
        }
    }

    [Fact]
    public void Ids_and_outlets_longer_than_the_cap_are_skipped_inputs()
    {
        string longId = new('x', InputLimits.MaxIdLength + 1);
        var result = CliHarness.RunWithStdin(Jsonl(longId, Report) + Jsonl("ok", Report, new string('o', InputLimits.MaxIdLength + 1)) + Jsonl("fine", Report), "analyze", "-");
        Assert.Equal(ExitCodes.PartialInput, result.Code);
        Assert.Equal(2, result.ErrorLines.Count(l => l.Contains("is longer than 1024 characters", StringComparison.Ordinal)));
        Assert.DoesNotContain(longId, result.Stdout, StringComparison.Ordinal);

        string claims = CliHarness.RunWithStdin(Jsonl("a.txt", Report), "extract", "-").Stdout.Replace("\"a.txt\"", "\"" + longId + "\"", StringComparison.Ordinal);
        var aligned = CliHarness.RunWithStdin(claims, "align", "-");
        Assert.Equal(ExitCodes.NoReports, aligned.Code);
        Assert.Contains("is longer than 1024 characters; skipped", aligned.Stderr, StringComparison.Ordinal);
    }

    // ---- helpers ----

    private static Process StartCli(string[] args)
    {
        string host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ClaimCheck.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }

    /// <summary>A stdin that never delivers a byte (an idle terminal or pipe).</summary>
    private sealed class BlockingStream : MemoryStream
    {
        private readonly ManualResetEventSlim _never = new(false);

        public override int Read(byte[] buffer, int offset, int count)
        {
            _never.Wait(Bound);
            return 0;
        }

        protected override void Dispose(bool disposing)
        {
            _never.Set();
            base.Dispose(disposing);
        }
    }

    /// <summary>A stdin that is a folder: every read fails as reading a directory does.</summary>
    private sealed class FailingReadStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("Is a directory");
    }

    /// <summary>A closed stream: every write fails.</summary>
    private sealed class FailingWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("Bad file descriptor");

        public override void Write(string? value) => throw new IOException("Bad file descriptor");

        public override void WriteLine(string? value) => throw new IOException("Bad file descriptor");
    }

    /// <summary>A pipe whose reader leaves after the first report: the second flush fails.</summary>
    private sealed class FailAfterFirstFlush : StringWriter
    {
        public int Flushes { get; private set; }

        public override void Flush()
        {
            if (++Flushes > 1) throw new IOException("Broken pipe");
        }
    }
}
