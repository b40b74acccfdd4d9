using System.Text;
using System.Text.Json;
using ClaimCheck.Cli;
using ClaimCheck.Output;

namespace ClaimCheck.Tests.Cli;

public class AnalyzeCommandTests
{
    private const string ArabicReport = "قال مصدر عسكري إن ست حافلات غادرت المخيم.";

    private static JsonElement Json(string stdout) => JsonDocument.Parse(stdout).RootElement;

    private static string[] ReportIds(string json) =>
        Json(json).GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToArray();

    [Fact]
    public void Seeds_folder_goes_to_stdout_as_json_with_its_manifest()
    {
        var result = CliHarness.Run("analyze", CliHarness.Seeds);
        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.Equal("", result.Stderr);
        var root = Json(result.Stdout);
        Assert.Equal("1", root.GetProperty("schemaVersion").GetString());
        var reports = root.GetProperty("reports").EnumerateArray().ToArray();
        Assert.Equal(5, reports.Length);
        Assert.DoesNotContain(reports, r => r.GetProperty("id").GetString() == "manifest.json");
        var first = reports[0];
        Assert.Equal("000_188585e6a2fc4a02.txt", first.GetProperty("id").GetString());
        Assert.Equal("Al Arabiya", first.GetProperty("outlet").GetString());
        Assert.Equal("2018-04-19", first.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, reports[1].GetProperty("published").ValueKind);
    }

    [Fact]
    public void Folder_reports_are_the_txt_files_in_name_order_not_recursive()
    {
        using var temp = new TempFolder();
        var folder = temp.Folder("in");
        temp.File("in/b.txt", ArabicReport);
        temp.File("in/a.txt", ArabicReport);
        temp.File("in/notes.md", "not a report");
        temp.File("in/sub/c.txt", ArabicReport);
        var result = CliHarness.Run("analyze", folder);
        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.Equal(["a.txt", "b.txt"], ReportIds(result.Stdout));
    }

    [Fact]
    public void Missing_file_is_named_and_skipped()
    {
        using var temp = new TempFolder();
        string good = temp.File("good.txt", ArabicReport);
        string missing = Path.Combine(temp.Path, "missing.txt");
        var result = CliHarness.Run("analyze", good, missing);
        Assert.Equal(ExitCodes.PartialInput, result.Code);
        Assert.Equal(["good.txt"], ReportIds(result.Stdout));
        Assert.Contains($"claimcheck: {missing}: no such file or folder", result.ErrorLines);
        Assert.Contains("claimcheck: analysed 1 report; skipped 1 bad input", result.ErrorLines);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void Only_missing_inputs_means_no_reports()
    {
        var result = CliHarness.Run("analyze", "/no/such/file.txt");
        Assert.Equal(ExitCodes.NoReports, result.Code);
        Assert.Equal("", result.Stdout);
        Assert.Equal(["claimcheck: /no/such/file.txt: no such file or folder", "claimcheck: no reports to analyse; nothing written"], result.ErrorLines);
    }

    [Fact]
    public void Folder_without_reports_is_an_error()
    {
        using var temp = new TempFolder();
        var empty = temp.Folder("empty");
        temp.File("empty/manifest.json", "{}");
        var result = CliHarness.Run("analyze", empty);
        Assert.Equal(ExitCodes.NoReports, result.Code);
        Assert.Contains($"claimcheck: {empty}: folder has no reports (*.txt)", result.ErrorLines);
    }

    [Fact]
    public void Invalid_utf8_names_the_file_and_the_byte_offset()
    {
        using var temp = new TempFolder();
        string good = temp.File("a.txt", ArabicReport);
        var prefix = Encoding.UTF8.GetBytes("خبر ");
        string bad = temp.Bytes("b.txt", [.. prefix, 0xD8, 0x41, .. prefix]);
        var result = CliHarness.Run("analyze", good, bad);
        Assert.Equal(ExitCodes.PartialInput, result.Code);
        Assert.Contains(result.ErrorLines, line => line.StartsWith($"claimcheck: {bad}: invalid UTF-8 at byte {prefix.Length}; ", StringComparison.Ordinal));
        Assert.Equal(["a.txt"], ReportIds(result.Stdout));
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_text()
    {
        using var temp = new TempFolder();
        string path = temp.Bytes("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(ArabicReport)]);
        var result = CliHarness.Run("analyze", path, "--format", "jsonl");
        Assert.Equal(ExitCodes.Success, result.Code);
    }

    [Fact]
    public void Duplicate_report_ids_keep_the_first()
    {
        using var temp = new TempFolder();
        string first = temp.File("one/r.txt", ArabicReport);
        string second = temp.File("two/r.txt", ArabicReport);
        var result = CliHarness.Run("analyze", first, second, first);
        Assert.Equal(ExitCodes.PartialInput, result.Code);
        Assert.Equal(["r.txt"], ReportIds(result.Stdout));
        Assert.Contains($"claimcheck: {second}: duplicate report id \"r.txt\" (first read from {first})", result.ErrorLines);
        Assert.Equal(2, result.ErrorLines.Length);
    }

    [Fact]
    public void Manifest_json_given_as_a_report_is_refused()
    {
        using var temp = new TempFolder();
        string good = temp.File("a.txt", ArabicReport);
        string manifest = temp.File("manifest.json", "{}");
        var result = CliHarness.Run("analyze", good, manifest);
        Assert.Equal(ExitCodes.PartialInput, result.Code);
        Assert.Contains($"claimcheck: {manifest}: is a manifest, not a report (pass it with --manifest)", result.ErrorLines);
    }

    [Fact]
    public void Stdin_jsonl_reports_are_read_with_their_metadata()
    {
        string input = """
            {"id":"r1","outlet":"SANA","published":"2018-05-21","text":"قال مصدر عسكري إن ست حافلات غادرت."}

            {"id":"r2","text":"وأفاد ناشطون بمقتل عشرين عنصراً."}
            """;
        var result = CliHarness.RunWithStdin(input, "analyze", "-", "--format", "jsonl");
        Assert.Equal(ExitCodes.Success, result.Code);
        var analysis = AnalysisJson.ReadJsonl(new StringReader(result.Stdout));
        Assert.Equal(["r1", "r2"], analysis.Reports.Select(r => r.Id));
        Assert.Equal("SANA", analysis.Reports[0].Outlet);
        Assert.Equal(new DateOnly(2018, 5, 21), analysis.Reports[0].Published);
        Assert.Null(analysis.Reports[1].Outlet);
    }

    [Theory]
    [InlineData("not json", "malformed JSON")]
    [InlineData("""{"id":"r2"}""", "missing \"text\"")]
    [InlineData("""{"text":"x"}""", "missing \"id\"")]
    [InlineData("""{"id":"","text":"x"}""", "missing \"id\"")]
    [InlineData("""["r2","x"]""", "expected a JSON object")]
    [InlineData("""{"id":"r2","text":"x","published":"21/05/2018"}""", "\"published\" must be a YYYY-MM-DD date or null")]
    [InlineData("""{"id":"r2","text":"x","outlet":7}""", "\"outlet\" must be a string or null")]
    [InlineData("""{"id":"r2","text":"a\ud800b"}""", "unpaired surrogate")]
    public void Malformed_stdin_lines_are_named_by_line_number_and_skipped(string badLine, string problem)
    {
        string input = "{\"id\":\"r1\",\"text\":\"نص\"}\r\n\r\n" + badLine + "\r\n";
        var result = CliHarness.RunWithStdin(input, "analyze", "-");
        Assert.Equal(ExitCodes.PartialInput, result.Code);
        var line = Assert.Single(result.ErrorLines, l => l.StartsWith("claimcheck: stdin line", StringComparison.Ordinal));
        Assert.StartsWith("claimcheck: stdin line 3: ", line);
        Assert.Contains(problem, line);
        Assert.Equal(["r1"], ReportIds(result.Stdout));
    }

    [Fact]
    public void Invalid_utf8_on_stdin_names_the_line_and_byte()
    {
        byte[] input = [.. Encoding.UTF8.GetBytes("{\"id\":\"r1\",\"text\":\"نص\"}\n{\"id\":\"r2\",\"text\":\""), 0xC3, 0x28, .. "\"}\n"u8];
        var result = CliHarness.RunWithStdin(input, "analyze", "-");
        Assert.Equal(ExitCodes.PartialInput, result.Code);
        Assert.Contains("claimcheck: stdin line 2: invalid UTF-8 at byte 19 of the line", result.ErrorLines);
    }

    [Fact]
    public void Explicit_manifest_applies_to_files_and_stdin_and_replaces_the_folder_manifest()
    {
        using var temp = new TempFolder();
        var folder = temp.Folder("in");
        temp.File("in/a.txt", ArabicReport);
        temp.File("in/manifest.json", """{"a.txt": {"outlet": "Folder Outlet", "published": "2018-01-01", "note": null}}""");
        string manifest = temp.File("m.json", """
            {
              "a.txt": { "outlet": "SANA", "published": "2018-05-21", "note": "from the byline" },
              "s1": { "outlet": "Syria TV", "published": null },
              "s2": { "outlet": "Ignored", "published": "2018-05-22" },
              "unused.txt": { "outlet": "Nobody" }
            }
            """);
        string stdin = """
            {"id":"s1","text":"نص"}
            {"id":"s2","outlet":"Own Outlet","text":"نص"}
            """;
        var result = CliHarness.RunWithStdin(stdin, "analyze", folder, "-", "--manifest", manifest);
        Assert.Equal(ExitCodes.Success, result.Code);
        var reports = Json(result.Stdout).GetProperty("reports").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal("SANA", reports["a.txt"].GetProperty("outlet").GetString());
        Assert.Equal("2018-05-21", reports["a.txt"].GetProperty("published").GetString());
        Assert.Equal("Syria TV", reports["s1"].GetProperty("outlet").GetString());
        Assert.Equal(JsonValueKind.Null, reports["s1"].GetProperty("published").ValueKind);
        Assert.Equal("Own Outlet", reports["s2"].GetProperty("outlet").GetString());
        Assert.Equal("2018-05-22", reports["s2"].GetProperty("published").GetString());
    }

    [Theory]
    [InlineData("{ not json", "malformed JSON")]
    [InlineData("[]", "expected a JSON object")]
    [InlineData("""{"a.txt": "SANA"}""", "\"a.txt\": expected an object")]
    [InlineData("""{"a.txt": {"outlet": "SANA", "published": "21.05.2018"}}""", "\"a.txt\".published: expected YYYY-MM-DD or null, found \"21.05.2018\"")]
    [InlineData("""{"a.txt": {"outlet": 3}}""", "\"a.txt\".outlet: expected a string or null, found number")]
    [InlineData("""{"a.txt": {}, "a.txt": {}}""", "\"a.txt\" is listed twice")]
    public void Invalid_manifest_stops_before_any_output(string json, string problem)
    {
        using var temp = new TempFolder();
        string report = temp.File("a.txt", ArabicReport);
        string manifest = temp.File("m.json", json);
        string output = Path.Combine(temp.Path, "out.json");
        var result = CliHarness.Run("analyze", report, "--manifest", manifest, "--out", output);
        Assert.Equal(ExitCodes.InvalidManifest, result.Code);
        Assert.Equal($"claimcheck: {manifest}: invalid manifest: ", Assert.Single(result.ErrorLines)[..($"claimcheck: {manifest}: invalid manifest: ".Length)]);
        Assert.Contains(problem, result.Stderr);
        Assert.False(File.Exists(output));
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void Missing_or_non_utf8_manifest_is_invalid()
    {
        using var temp = new TempFolder();
        string report = temp.File("a.txt", ArabicReport);
        var missing = CliHarness.Run("analyze", report, "--manifest", Path.Combine(temp.Path, "none.json"));
        Assert.Equal(ExitCodes.InvalidManifest, missing.Code);
        Assert.Contains("invalid manifest: no such file", missing.Stderr);

        string latin1 = temp.Bytes("latin1.json", [.. "{\"a.txt\": {\"outlet\": \"Caf"u8, 0xE9, .. "\"}}"u8]);
        var bad = CliHarness.Run("analyze", report, "--manifest", latin1);
        Assert.Equal(ExitCodes.InvalidManifest, bad.Code);
        Assert.Contains("invalid manifest: invalid UTF-8 at byte 25", bad.Stderr);
    }

    [Fact]
    public void A_folders_own_invalid_manifest_is_reported()
    {
        using var temp = new TempFolder();
        var folder = temp.Folder("in");
        temp.File("in/a.txt", ArabicReport);
        string manifest = temp.File("in/manifest.json", """{"a.txt": {"published": "yesterday"}}""");
        var result = CliHarness.Run("analyze", folder);
        Assert.Equal(ExitCodes.InvalidManifest, result.Code);
        Assert.StartsWith($"claimcheck: {manifest}: invalid manifest:", result.Stderr);
    }

    [Fact]
    public void Strict_stops_at_the_first_bad_input_and_writes_nothing()
    {
        using var temp = new TempFolder();
        string good = temp.File("a.txt", ArabicReport);
        string output = Path.Combine(temp.Path, "out.json");
        var result = CliHarness.Run("analyze", good, "/no/such/one.txt", "/no/such/two.txt", "--strict", "--out", output);
        Assert.Equal(ExitCodes.NoReports, result.Code);
        Assert.Equal(
            ["claimcheck: /no/such/one.txt: no such file or folder", "claimcheck: stopped at the first bad input (--strict); nothing written"],
            result.ErrorLines);
        Assert.False(File.Exists(output));
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void Strict_stops_at_a_bad_stdin_line()
    {
        var result = CliHarness.RunWithStdin("{\"id\":\"r1\",\"text\":\"نص\"}\nbroken\n{\"id\":\"r3\"}\n", "analyze", "-", "--strict");
        Assert.Equal(ExitCodes.NoReports, result.Code);
        Assert.Equal(2, result.ErrorLines.Length);
        Assert.StartsWith("claimcheck: stdin line 2: malformed JSON", result.ErrorLines[0]);
    }

    [Theory]
    [InlineData("json", "{\n  \"schemaVersion\": \"1\",")]
    [InlineData("jsonl", "{\"type\":\"report\",\"id\":\"a.txt\"")]
    [InlineData("markdown", "# ClaimCheck analysis\n")]
    [InlineData("html", "<!DOCTYPE html>\n<html lang=\"en\">")]
    [InlineData("csv", "id,reportId,kind,polarity,")]
    public void Every_format_can_be_chosen(string format, string start)
    {
        using var temp = new TempFolder();
        string report = temp.File("a.txt", ArabicReport);
        var result = CliHarness.Run("analyze", report, "--format", format);
        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.StartsWith(start, result.Stdout);
    }

    [Fact]
    public void Out_writes_the_file_whole_and_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();
        string report = temp.File("a.txt", ArabicReport);
        string output = Path.Combine(temp.Path, "report.html");
        File.WriteAllText(output, "old content");
        var result = CliHarness.Run("analyze", report, "--format", "html", "--out", output);
        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.Equal("", result.Stdout);
        string html = File.ReadAllText(output);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.EndsWith("</html>\n", html);
        Assert.Equal(["a.txt", "report.html"], temp.Entries().Order(StringComparer.Ordinal));
        Assert.NotEqual(0xEF, File.ReadAllBytes(output)[0]);
    }

    [Fact]
    public void Out_dash_means_stdout()
    {
        using var temp = new TempFolder();
        string report = temp.File("a.txt", ArabicReport);
        var result = CliHarness.Run("analyze", report, "--out", "-", "--format", "csv");
        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.StartsWith("id,reportId,", result.Stdout);
        Assert.Equal(["a.txt"], temp.Entries());
    }

    [Theory]
    [InlineData("missing-folder/out.json", "the folder does not exist")]
    [InlineData("", "is a folder")]
    public void Unwritable_output_is_exit_code_5(string relative, string reason)
    {
        using var temp = new TempFolder();
        string report = temp.File("a.txt", ArabicReport);
        string output = Path.Combine(temp.Path, relative);
        var result = CliHarness.Run("analyze", report, "--out", output);
        Assert.Equal(ExitCodes.OutputFailed, result.Code);
        Assert.Equal($"claimcheck: {output}: cannot write output: {reason}", Assert.Single(result.ErrorLines));
        Assert.Equal(["a.txt"], temp.Entries());
    }

    [Fact]
    public void Failing_stdout_is_exit_code_5()
    {
        using var temp = new TempFolder();
        string report = temp.File("a.txt", ArabicReport);
        var stderr = new StringWriter();
        int code = CliApp.Run(["analyze", report], Stream.Null, new BrokenWriter(), stderr);
        Assert.Equal(ExitCodes.OutputFailed, code);
        Assert.StartsWith("claimcheck: stdout: cannot write output: Broken pipe", stderr.ToString());
    }

    [Fact]
    public void Cancellation_writes_nothing()
    {
        using var temp = new TempFolder();
        string report = temp.File("a.txt", ArabicReport);
        string output = Path.Combine(temp.Path, "out.json");
        var stderr = new StringWriter();
        int code = CliApp.Run(["analyze", report, "--out", output], Stream.Null, new StringWriter(), stderr, new CancellationToken(canceled: true));
        Assert.Equal(ExitCodes.Cancelled, code);
        Assert.Equal(["a.txt"], temp.Entries());
        Assert.Contains("interrupted", stderr.ToString());
    }

    private sealed class BrokenWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("Broken pipe");

        public override void Write(string? value) => throw new IOException("Broken pipe");

        public override void Write(char[] buffer, int index, int count) => throw new IOException("Broken pipe");
    }
}
