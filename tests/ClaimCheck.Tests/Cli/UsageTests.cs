using System.Text;
using System.Text.Json;
using ClaimCheck.Cli;

namespace ClaimCheck.Tests.Cli;

/// <summary>
/// What a new user runs into (issue 13): JSONL files given as arguments, UTF-16 and legacy Arabic encodings, empty or
/// non-Arabic reports, and progress that shows on a terminal but never in a pipe.
/// </summary>
public class UsageTests
{
    private static readonly string[] SeedFiles = Directory.GetFiles(CliHarness.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();

    private static string Jsonl(IEnumerable<string> files) => string.Concat(files.Select(f =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = Path.GetFileName(f), ["text"] = File.ReadAllText(f) }) + "\n"));

    [Fact]
    public void A_jsonl_argument_is_read_as_one_report_per_line_and_says_how_many()
    {
        using var temp = new TempFolder();
        string jsonl = Jsonl(SeedFiles.Take(3));
        string path = temp.File("reports.jsonl", jsonl);

        var fromFile = CliHarness.Run("analyze", path);
        var fromStdin = CliHarness.RunWithStdin(jsonl, "analyze", "-");

        Assert.Equal(ExitCodes.Success, fromFile.Code);
        Assert.Equal([$"claimcheck: read 3 reports from {path}"], fromFile.ErrorLines);
        Assert.Equal(fromStdin.Stdout, fromFile.Stdout);
        var ids = JsonDocument.Parse(fromFile.Stdout).RootElement.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("id").GetString());
        Assert.Equal(SeedFiles.Take(3).Select(Path.GetFileName), ids);
    }

    [Fact]
    public void Ndjson_and_extract_read_report_streams_too_and_bad_lines_are_named()
    {
        using var temp = new TempFolder();
        string path = temp.File("reports.ndjson", Jsonl(SeedFiles.Take(2)) + "{not json\n");
        var result = CliHarness.Run("extract", path, "-j", "1");
        Assert.Equal(ExitCodes.PartialInput, result.Code);
        Assert.Contains($"claimcheck: {path} line 3: malformed JSON", result.Stderr);
        Assert.Contains($"claimcheck: read 2 reports from {path}", result.Stderr);
        Assert.Equal(2, result.Stdout.Split('\n').Count(l => l.Contains("\"type\":\"report\"")));
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32LE")]
    [InlineData("utf-8")]
    public void Files_with_a_byte_order_mark_read_as_their_encoding(string encodingName)
    {
        using var temp = new TempFolder();
        var encoding = Encoding.GetEncoding(encodingName);
        string text = File.ReadAllText(SeedFiles[3]);
        string utf8 = temp.File("a/report.txt", text);
        string marked = temp.Bytes("b/report.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

        var expected = CliHarness.Run("analyze", utf8);
        var actual = CliHarness.Run("analyze", marked);

        Assert.Equal(ExitCodes.Success, actual.Code);
        Assert.Equal("", actual.Stderr);
        Assert.Equal(expected.Stdout, actual.Stdout);
    }

    [Theory]
    [InlineData("windows-1256")]
    [InlineData("iso-8859-6")]
    public void Legacy_arabic_files_are_refused_with_a_hint_and_read_with_encoding(string legacy)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = Encoding.GetEncoding(legacy, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        using var temp = new TempFolder();
        byte[] bytes = encoding.GetBytes(File.ReadAllText(SeedFiles[3]));
        string text = encoding.GetString(bytes); // what survives the legacy encoding
        string legacyFile = temp.Bytes("legacy/report.txt", bytes);
        string utf8File = temp.File("utf8/report.txt", text);

        var refused = CliHarness.Run("analyze", legacyFile);
        Assert.Equal(ExitCodes.NoReports, refused.Code);
        Assert.Matches($@"^claimcheck: {Regex(legacyFile)}: invalid UTF-8 at byte \d+; it reads as Arabic in (windows-1256|iso-8859-6): try --encoding (windows-1256|iso-8859-6)$", refused.ErrorLines[0]);

        var read = CliHarness.Run("analyze", legacyFile, "--encoding", legacy);
        Assert.Equal(ExitCodes.Success, read.Code);
        Assert.Equal(CliHarness.Run("analyze", utf8File).Stdout, read.Stdout);
        Assert.Contains("\"casualties\"", read.Stdout);
    }

    [Fact]
    public void Invalid_utf8_that_is_not_arabic_names_the_option_and_unknown_encodings_are_usage_errors()
    {
        using var temp = new TempFolder();
        string path = temp.Bytes("x.txt", [0x41, 0x42, 0xFF, 0x43]);
        var result = CliHarness.Run("analyze", path);
        Assert.Equal($"claimcheck: {path}: invalid UTF-8 at byte 2; if the file is in another encoding, name it with --encoding (e.g. windows-1256, utf-16)", result.ErrorLines[0]);

        var unknown = CliHarness.Run("analyze", path, "--encoding", "klingon");
        Assert.Equal(ExitCodes.Usage, unknown.Code);
        Assert.Contains("unknown encoding 'klingon'", unknown.Stderr);
    }

    [Fact]
    public void Empty_reports_are_skipped_and_reports_in_other_languages_warned_about_one_by_one()
    {
        using var temp = new TempFolder();
        temp.File("in/a-empty.txt", " \n\t");
        temp.File("in/b-english.txt", "Six buses left the Yarmouk camp, SOHR said.");
        temp.File("in/b-french.txt", "Six bus ont quitté le camp de Yarmouk, selon les militants et la presse locale.");
        temp.File("in/c-arabic.txt", File.ReadAllText(SeedFiles[3]));
        string jsonl = temp.File("more.jsonl", "{\"id\": \"d\", \"text\": \"\"}\n{\"id\": \"e\", \"text\": \"Two buses left.\", \"language\": \"EN\"}\n{\"id\": \"f\", \"text\": \"x\", \"language\": \"english!\"}\n");

        var result = CliHarness.Run("analyze", Path.Combine(temp.Path, "in"), jsonl);

        // An empty report is a skipped input (issue 14: all-empty input is exit 3); English is read; a report in another
        // language is read, yields no claims and is warned about; a language that is no code is a bad record.
        Assert.Equal(ExitCodes.PartialInput, result.Code);
        Assert.Equal(
        [
            $"claimcheck: {Path.Combine(temp.Path, "in", "a-empty.txt")}: empty report (no text); skipped",
            $"claimcheck: warning: {Path.Combine(temp.Path, "in", "b-french.txt")}: the report is in language \"fr\" (0% of its letters are Arabic); ClaimCheck reads Arabic and English only, so it yields no claims",
            $"claimcheck: {jsonl} line 1: empty report (no text); skipped",
            $"claimcheck: {jsonl} line 3: \"language\" must be a language code (\"ar\", \"en\", …) or null",
            $"claimcheck: read 1 report from {jsonl}",
            "claimcheck: analysed 4 reports; skipped 3 bad inputs",
        ], result.ErrorLines);
        var reports = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("reports");
        Assert.Equal(["en", "fr", "ar", "en"], reports.EnumerateArray().Select(r => r.GetProperty("language").GetString()));
    }

    [Fact]
    public void Progress_is_drawn_on_a_terminal_and_the_output_is_unchanged()
    {
        var plain = CliHarness.Run("analyze", CliHarness.Seeds);
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int code = CliApp.Run(["analyze", CliHarness.Seeds], new MemoryStream(), stdout, stderr, terminal: stderr);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(plain.Stdout, stdout.ToString());
        Assert.Equal("", plain.Stderr); // a pipe (the harness) gets no progress
        string drawn = stderr.ToString();
        Assert.StartsWith("\rclaimcheck: ", drawn);
        Assert.EndsWith("\n", drawn);
        Assert.Matches(@"claimcheck: 5 reports, \d+\.\d MB, \d+\.\d MB/s, \d+ reports/s *\n$", drawn);
    }

    [Fact]
    public void Progress_redraws_at_most_four_times_a_second_and_counts_utf8_bytes()
    {
        var now = TimeSpan.Zero;
        var terminal = new StringWriter { NewLine = "\n" };
        var progress = new Progress(terminal, () => now);
        string report = new('ب', 500_000); // 1 MB in UTF-8
        progress.ReportDone(report);
        now = TimeSpan.FromMilliseconds(100);
        progress.ReportDone(report); // too soon: not drawn
        now = TimeSpan.FromSeconds(1);
        progress.ReportDone(report);
        progress.Finish();

        string[] draws = terminal.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries).Select(d => d.TrimEnd()).ToArray();
        Assert.Equal(["claimcheck: 1 report, 1.0 MB, 1000.0 MB/s, 1000 reports/s", "claimcheck: 3 reports, 3.0 MB, 3.0 MB/s, 3 reports/s", "claimcheck: 3 reports, 3.0 MB, 3.0 MB/s, 3 reports/s"], draws);
        Assert.EndsWith("\n", terminal.ToString());
    }

    [Fact]
    public void No_progress_without_a_terminal()
    {
        Progress.None.ReportDone("نص");
        Progress.None.Finish();
        var result = CliHarness.Run("extract", CliHarness.Seeds, "-j", "2");
        Assert.Equal("", result.Stderr);
    }

    private static string Regex(string s) => System.Text.RegularExpressions.Regex.Escape(s);
}
