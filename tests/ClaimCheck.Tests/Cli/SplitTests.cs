using System.Text;
using ClaimCheck.Cli;
using ClaimCheck.Output;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Cli;

/// <summary>
/// The split run: <c>claimcheck extract</c> (the map step) then <c>claimcheck align</c> (the reduce step) gives exactly what
/// <c>claimcheck analyze</c> gives, however the map outputs are cut and concatenated.
/// </summary>
public class SplitTests
{
    private static string Seed(string name) => Path.Combine(CliHarness.Seeds, name);

    private static string[] SeedFiles() =>
        Directory.GetFiles(CliHarness.Seeds, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    private static string Manifest => Seed("manifest.json");

    private static string Analyze(params string[] extra)
    {
        var result = CliHarness.Run(["analyze", CliHarness.Seeds, .. extra]);
        Assert.Equal(ExitCodes.Success, result.Code);
        return result.Stdout;
    }

    private static string Extract(params string[] args)
    {
        var result = CliHarness.Run(["extract", .. args]);
        Assert.True(result.Code == ExitCodes.Success, result.Stderr);
        Assert.Equal("", result.Stderr);
        return result.Stdout;
    }

    private static CliResult Align(string stdin, params string[] args) => CliHarness.RunWithStdin(stdin, ["align", .. args]);

    [Fact]
    public void Extract_then_align_on_the_seeds_gives_the_bytes_of_analyze()
    {
        string claims = Extract(CliHarness.Seeds);
        var aligned = Align(claims, "-");
        Assert.Equal(ExitCodes.Success, aligned.Code);
        Assert.Equal("", aligned.Stderr);
        Assert.Equal(Analyze(), aligned.Stdout);

        // The claims, events and contradictions are really there: the comparison is not between two empty analyses.
        var analysis = AnalysisJson.Read(aligned.Stdout);
        Assert.Equal(5, analysis.Reports.Count);
        Assert.NotEmpty(analysis.Claims);
        Assert.NotEmpty(analysis.Events);
        Assert.NotEmpty(analysis.Contradictions);
        // And what was read back keeps the contract's invariants against the seed texts.
        OutputInvariants.Check(Seeds.Reports().ToArray(), analysis);
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    [InlineData("markdown")]
    public void Align_writes_the_other_formats_like_analyze(string format)
    {
        string claims = Extract(CliHarness.Seeds);
        var aligned = Align(claims, "-", "--format", format);
        Assert.Equal(ExitCodes.Success, aligned.Code);
        if (format == "markdown")
        {
            // Without the texts Markdown shows the evidence only, not its sentence; the events and claims are the same.
            Assert.Contains("Contradiction", aligned.Stdout, StringComparison.OrdinalIgnoreCase);
            return;
        }
        Assert.Equal(Analyze("--format", format), aligned.Stdout);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Map_outputs_of_two_halves_concatenated_in_either_order_align_to_the_same_bytes(bool reversed)
    {
        var files = SeedFiles();
        Assert.Equal(5, files.Length);
        string first = Extract([.. files.Take(2).Select(Seed), "--manifest", Manifest]);
        string second = Extract([.. files.Skip(2).Select(Seed), "--manifest", Manifest]);
        Assert.NotEqual(first, second);
        string joined = reversed ? second + first : first + second;
        var aligned = Align(joined, "-");
        Assert.Equal(ExitCodes.Success, aligned.Code);
        Assert.Equal(Analyze(), aligned.Stdout);
    }

    [Fact]
    public void Map_outputs_as_separate_files_and_as_a_folder_align_to_the_same_bytes()
    {
        using var temp = new TempFolder();
        var files = SeedFiles();
        var parts = temp.Folder("parts");
        for (int i = 0; i < files.Length; i++)
            temp.File($"parts/part-{i:D5}", Extract(Seed(files[i]), "--manifest", Manifest));
        temp.File("parts/_SUCCESS", "");
        temp.File("parts/.part-00000.crc", "not json");
        string expected = Analyze();

        var byFolder = CliHarness.Run("align", parts);
        Assert.Equal(ExitCodes.Success, byFolder.Code);
        Assert.Equal(expected, byFolder.Stdout);

        string[] shuffled = [.. Directory.GetFiles(parts, "part-*").OrderByDescending(f => f, StringComparer.Ordinal)];
        var byFiles = CliHarness.Run(["align", .. shuffled]);
        Assert.Equal(ExitCodes.Success, byFiles.Code);
        Assert.Equal(expected, byFiles.Stdout);
    }

    [Fact]
    public void Shuffled_lines_still_align_to_the_same_bytes()
    {
        var lines = Extract(CliHarness.Seeds).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var shuffled = lines.OrderBy(l => l.GetHashCode(StringComparison.Ordinal)).ThenBy(l => l, StringComparer.Ordinal);
        var aligned = Align(string.Join('\n', shuffled) + "\n", "-");
        Assert.Equal(ExitCodes.Success, aligned.Code);
        Assert.Equal(Analyze(), aligned.Stdout);
    }

    [Fact]
    public void Analyze_jsonl_read_back_by_align_gives_the_same_analysis()
    {
        // Event and contradiction records in the input are recomputed, not copied.
        var aligned = Align(Analyze("--format", "jsonl"), "-");
        Assert.Equal(ExitCodes.Success, aligned.Code);
        Assert.Equal(Analyze(), aligned.Stdout);
    }

    [Fact]
    public void Extract_reads_stdin_jsonl_and_writes_one_report_record_then_its_claims_in_input_order()
    {
        string input = """
            {"id":"r2","outlet":"SANA","published":"2018-05-21","text":"قال مصدر عسكري إن ست حافلات غادرت المخيم."}
            {"id":"r1","text":"وأفاد ناشطون بمقتل عشرين عنصراً من قوات النظام."}
            {"id":"r3","text":"لا شيء هنا."}
            """;
        var result = CliHarness.RunWithStdin(input, "extract", "-");
        Assert.Equal(ExitCodes.Success, result.Code);
        var records = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var reportLines = records.Select((l, i) => (l, i)).Where(x => x.l.StartsWith("{\"type\":\"report\"", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["r2", "r1", "r3"], reportLines.Select(x => AnalysisJson.ReadJsonl(new StringReader(x.l)).Reports[0].Id));
        // Every claim follows its own report record.
        var analysis = AnalysisJson.ReadJsonl(new StringReader(result.Stdout));
        Assert.Contains(analysis.Claims, c => c.ReportId == "r2" && c.Kind == ClaimKind.Vehicles);
        Assert.Contains(analysis.Claims, c => c.ReportId == "r1" && c.Kind == ClaimKind.Casualties);
        string current = "";
        foreach (var line in records)
        {
            var one = AnalysisJson.ReadJsonl(new StringReader(line));
            if (one.Reports.Count == 1) current = one.Reports[0].Id;
            else Assert.Equal(current, Assert.Single(one.Claims).ReportId);
        }
        Assert.All(analysis.Claims, c => Assert.Null(c.EventId));
    }

    [Fact]
    public void Extract_output_is_the_same_for_one_job_and_many()
    {
        var input = new StringBuilder();
        foreach (var file in SeedFiles())
            for (int copy = 0; copy < 4; copy++)
                input.Append(System.Text.Json.JsonSerializer.Serialize(new { id = $"{copy}-{file}", text = File.ReadAllText(Seed(file)) })).Append('\n');
        var one = CliHarness.RunWithStdin(input.ToString(), "extract", "-", "--jobs", "1");
        var many = CliHarness.RunWithStdin(input.ToString(), "extract", "-", "-j", "7");
        Assert.Equal(ExitCodes.Success, one.Code);
        Assert.Equal(ExitCodes.Success, many.Code);
        Assert.Equal(one.Stdout, many.Stdout);
        Assert.Equal(20, one.Stdout.Split('\n').Count(l => l.StartsWith("{\"type\":\"report\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Extract_streams_flushing_whole_reports_as_it_goes()
    {
        var input = new StringBuilder();
        foreach (var file in SeedFiles())
            input.Append(System.Text.Json.JsonSerializer.Serialize(new { id = file, text = File.ReadAllText(Seed(file)) })).Append('\n');
        var stdout = new FlushRecorder();
        var stderr = new StringWriter();
        int code = CliApp.Run(["extract", "-", "-j", "2"], new MemoryStream(Encoding.UTF8.GetBytes(input.ToString())), stdout, stderr);
        Assert.Equal(ExitCodes.Success, code);
        // At every flush the output holds whole reports: a prefix of the final output ending where a report's records end.
        var reportStarts = new List<int>();
        string all = stdout.ToString();
        for (int at = all.IndexOf("{\"type\":\"report\"", StringComparison.Ordinal); at >= 0; at = all.IndexOf("{\"type\":\"report\"", at + 1, StringComparison.Ordinal))
            reportStarts.Add(at);
        var boundaries = reportStarts.Skip(1).Append(all.Length).ToHashSet();
        var flushed = stdout.FlushedLengths.Where(l => l > 0).Distinct().ToArray();
        Assert.Equal(5, flushed.Length);
        Assert.All(flushed, length => Assert.Contains(length, boundaries));
    }

    [Fact]
    public void Malformed_claim_lines_are_named_by_file_and_line_and_skipped()
    {
        using var temp = new TempFolder();
        var lines = Extract(CliHarness.Seeds).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        int claimAt = lines.FindIndex(l => l.StartsWith("{\"type\":\"claim\"", StringComparison.Ordinal));
        string droppedClaim = lines[claimAt];
        lines[claimAt] = droppedClaim.Replace("\"kind\":\"", "\"kind\":\"x", StringComparison.Ordinal);
        lines.Insert(3, "{\"type\":\"claim\",");
        lines.Insert(5, "");
        string path = temp.File("claims.jsonl", string.Join('\n', lines) + "\n");
        var result = CliHarness.Run("align", path);
        Assert.Equal(ExitCodes.PartialInput, result.Code);
        int badClaimLine = claimAt < 3 ? claimAt + 1 : claimAt < 4 ? claimAt + 2 : claimAt + 3;
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"claimcheck: {path} line 4: malformed JSON", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"claimcheck: {path} line {badClaimLine}: ", StringComparison.Ordinal) && l.Contains("'kind' has unknown value", StringComparison.Ordinal));
        Assert.Contains("claimcheck: aligned ", result.ErrorLines[^1]);
        Assert.Contains("skipped 2 bad inputs", result.ErrorLines[^1]);
        // The rest is aligned.
        var analysis = AnalysisJson.Read(result.Stdout);
        Assert.Equal(5, analysis.Reports.Count);
        Assert.DoesNotContain(analysis.Claims, c => droppedClaim.Contains(c.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Strict_align_stops_at_the_first_bad_line_and_writes_nothing()
    {
        var result = Align("{\"type\":\"report\",\"id\":\"r\",\"language\":\"ar\"}\nnot json\n", "-", "--strict");
        Assert.Equal(ExitCodes.NoReports, result.Code);
        Assert.Equal("", result.Stdout);
        Assert.Equal(["claimcheck: stdin line 2: malformed JSON: " + result.ErrorLines[0]["claimcheck: stdin line 2: malformed JSON: ".Length..],
            "claimcheck: stopped at the first bad input (--strict); nothing written"], result.ErrorLines);
    }

    [Fact]
    public void Repeated_reports_and_claims_keep_the_first_and_are_reported()
    {
        string claims = Extract(Seed(SeedFiles()[0]), "--manifest", Manifest);
        var result = Align(claims + claims, "-");
        Assert.Equal(ExitCodes.PartialInput, result.Code);
        int records = claims.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.Equal(records, result.ErrorLines.Count(l => l.Contains("was already read (from stdin line ", StringComparison.Ordinal)));
        var once = Align(claims, "-");
        Assert.Equal(once.Stdout, result.Stdout);
    }

    [Fact]
    public void Claims_without_their_report_record_are_aligned_and_reported()
    {
        string claims = Extract(CliHarness.Seeds);
        string withoutReports = string.Join('\n', claims.Split('\n').Where(l => !l.StartsWith("{\"type\":\"report\"", StringComparison.Ordinal)));
        var result = Align(withoutReports, "-");
        Assert.Equal(ExitCodes.PartialInput, result.Code);
        Assert.Equal(5, result.ErrorLines.Count(l => l.Contains("come without its report record", StringComparison.Ordinal)));
        var analysis = AnalysisJson.Read(result.Stdout);
        Assert.Equal(5, analysis.Reports.Count);
        Assert.All(analysis.Reports, r => Assert.Null(r.Published));
    }

    [Fact]
    public void Nothing_to_extract_or_align_writes_nothing()
    {
        var extract = CliHarness.Run("extract", "/no/such/file.txt");
        Assert.Equal(ExitCodes.NoReports, extract.Code);
        Assert.Equal("", extract.Stdout);
        Assert.Equal("claimcheck: no reports to extract; nothing written", extract.ErrorLines[^1]);

        var align = Align("\n\n", "-");
        Assert.Equal(ExitCodes.NoReports, align.Code);
        Assert.Equal("", align.Stdout);
        Assert.Equal(["claimcheck: no report or claim records to align; nothing written"], align.ErrorLines);

        var missing = CliHarness.Run("align", "/no/such/claims.jsonl");
        Assert.Equal(ExitCodes.NoReports, missing.Code);
        Assert.Contains("claimcheck: /no/such/claims.jsonl: no such file or folder", missing.ErrorLines);
    }

    [Fact]
    public void Extract_out_is_written_whole_and_an_empty_run_keeps_the_old_file()
    {
        using var temp = new TempFolder();
        string target = temp.File("claims.jsonl", "old\n");
        var empty = CliHarness.Run("extract", "/no/such/file.txt", "--out", target);
        Assert.Equal(ExitCodes.NoReports, empty.Code);
        Assert.Equal("old\n", File.ReadAllText(target));

        var run = CliHarness.Run("extract", CliHarness.Seeds, "--out", target);
        Assert.Equal(ExitCodes.Success, run.Code);
        Assert.Equal("", run.Stdout);
        Assert.Equal(Extract(CliHarness.Seeds), File.ReadAllText(target));
        Assert.Equal(["claims.jsonl"], temp.Entries());
    }

    [Fact]
    public void Extract_skips_bad_inputs_and_says_so()
    {
        string input = "{\"id\":\"r1\",\"text\":\"قال مصدر عسكري إن ست حافلات غادرت.\"}\nnot json\n";
        var result = CliHarness.RunWithStdin(input, "extract", "-");
        Assert.Equal(ExitCodes.PartialInput, result.Code);
        Assert.StartsWith("claimcheck: stdin line 2: malformed JSON", result.ErrorLines[0]);
        Assert.Equal("claimcheck: extracted 1 report; skipped 1 bad input", result.ErrorLines[^1]);
        Assert.Single(AnalysisJson.ReadJsonl(new StringReader(result.Stdout)).Reports);
    }

    [Fact]
    public void Strict_extract_writes_the_reports_before_the_bad_input_and_stops()
    {
        string input = "{\"id\":\"r1\",\"text\":\"نص\"}\n{\"id\":\"r2\",\"text\":\"نص\"}\nnot json\n{\"id\":\"r3\",\"text\":\"نص\"}\n";
        var result = CliHarness.RunWithStdin(input, "extract", "-", "--strict", "-j", "3");
        Assert.Equal(ExitCodes.NoReports, result.Code);
        Assert.Equal(["r1", "r2"], AnalysisJson.ReadJsonl(new StringReader(result.Stdout)).Reports.Select(r => r.Id));
        Assert.Equal("claimcheck: stopped at the first bad input (--strict); the records of the 2 reports before it were written", result.ErrorLines[^1]);
    }

    [Theory]
    [InlineData("extract", "--jobs <n>", "--manifest <file>", "--out <file>", "--strict")]
    [InlineData("align", "--format <json|jsonl|markdown|html|csv>", "--out <file>", "--strict", "[default: json]")]
    public void Help_of_the_split_commands_lists_their_options_and_the_pipeline(string command, params string[] options)
    {
        var result = CliHarness.Run(command, "--help");
        Assert.Equal(ExitCodes.Success, result.Code);
        foreach (var option in options) Assert.Contains(option, result.Stdout);
        Assert.Contains($"claimcheck {command} <inputs>... [options]", result.Stdout);
        Assert.Contains("claimcheck extract - < reports.jsonl > claims.jsonl; claimcheck align claims.jsonl", result.Stdout);
        Assert.Contains("Exit codes:", result.Stdout);
    }

    [Theory]
    [InlineData("extract", "--jobs", "0")]
    [InlineData("align", "--format", "xml")]
    [InlineData("extract", "--colour")]
    public void Usage_errors_of_the_split_commands_point_to_their_help(string command, params string[] args)
    {
        var result = CliHarness.Run([command, CliHarness.Seeds, .. args]);
        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.Equal("", result.Stdout);
        Assert.Equal($"Try 'claimcheck {command} --help'.", result.ErrorLines[^1]);
    }

    /// <summary>A string writer that remembers how much had been written at each flush.</summary>
    private sealed class FlushRecorder : StringWriter
    {
        public List<int> FlushedLengths { get; } = [];

        public override void Flush()
        {
            base.Flush();
            FlushedLengths.Add(GetStringBuilder().Length);
        }
    }
}
