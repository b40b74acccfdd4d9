using System.Text.Json;
using ClaimCheck.Cli;
using ClaimCheck.Evaluation;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Cli;

/// <summary><c>claimcheck evaluate</c>: output formats, --only, and exit codes.</summary>
public class EvaluateCommandTests
{
    private static string Gold => Seeds.SharedGold() ?? Seeds.RepoGold();

    private static string[] SeedIds => Seeds.Reports().Select(r => r.Id).ToArray();

    [Fact]
    public void Text_output_is_the_library_report_of_the_seeds()
    {
        var result = CliHarness.Run("evaluate", CliHarness.Seeds, "--gold", Gold);
        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.Equal("", result.Stderr);
        var expected = new StringWriter { NewLine = "\n" };
        EvaluationWriter.WriteText(Evaluator.Evaluate(GoldSet.Load(Gold), ClaimChecker.CreateDefault().Analyze(Seeds.Reports()),
            Seeds.Reports().ToDictionary(r => r.Id, r => r.Text)), expected);
        Assert.Equal(expected.ToString(), result.Stdout);
        Assert.StartsWith("claims: recall ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\nkind ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\nevents over ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_holds_the_figures_per_kind_the_events_and_the_unmatched_claims_as_contract_records()
    {
        var result = CliHarness.Run("evaluate", CliHarness.Seeds, "--gold", Gold, "--format", "json");
        Assert.Equal(ExitCodes.Success, result.Code);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        int emitted = root.GetProperty("emitted").GetInt32(), matched = root.GetProperty("matched").GetInt32();
        Assert.Equal(34, root.GetProperty("core").GetInt32());
        Assert.Equal(matched / (double)emitted, root.GetProperty("precision").GetDouble());
        Assert.Equal(emitted, root.GetProperty("kinds").EnumerateArray().Sum(k => k.GetProperty("emitted").GetInt32()));
        Assert.Equal(emitted - matched, root.GetProperty("unmatched").GetArrayLength());
        foreach (var claim in root.GetProperty("unmatched").EnumerateArray())
        {
            Assert.StartsWith("c-", claim.GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.True(claim.GetProperty("evidence").GetProperty("end").GetInt32() > claim.GetProperty("evidence").GetProperty("start").GetInt32());
            Assert.NotNull(claim.GetProperty("source").GetProperty("camp").GetString());
        }
        Assert.Equal(4, root.GetProperty("contradictions").GetProperty("total").GetInt32());
        Assert.Equal(6, root.GetProperty("mustNot").GetProperty("items").GetArrayLength());
        Assert.InRange(root.GetProperty("events").GetProperty("f1").GetDouble(), 0, 1);
        Assert.Equal(0, root.GetProperty("unanalysedReports").GetArrayLength());
    }

    [Fact]
    public void Only_analyses_and_scores_the_named_half_of_a_split()
    {
        using var folder = new TempFolder();
        string split = folder.File("split.json", JsonSerializer.Serialize(new { about = "halves", tune = SeedIds[..2], check = SeedIds[2..] }));
        var gold = GoldSet.Load(Gold);
        foreach (var (half, ids) in new[] { ("tune", SeedIds[..2]), ("check", SeedIds[2..]) })
        {
            var result = CliHarness.Run("evaluate", CliHarness.Seeds, "--gold", Gold, "--only", split + ":" + half, "--format", "json");
            Assert.Equal(ExitCodes.Success, result.Code);
            using var json = JsonDocument.Parse(result.Stdout);
            var expected = Evaluator.Evaluate(gold.Restrict(ids), ClaimChecker.CreateDefault().Analyze(Seeds.Reports().Where(r => ids.Contains(r.Id))));
            Assert.Equal(expected.Core, json.RootElement.GetProperty("core").GetInt32());
            Assert.Equal(gold.Claims.Count(c => c.Core && ids.Contains(c.Report)), expected.Core);
            Assert.Equal(expected.Emitted, json.RootElement.GetProperty("emitted").GetInt32());
            Assert.Equal(expected.Matched, json.RootElement.GetProperty("matched").GetInt32());
        }

        string list = folder.File("ids.json", JsonSerializer.Serialize(SeedIds[..1]));
        var one = CliHarness.Run("evaluate", CliHarness.Seeds, "--gold", Gold, "--only", list);
        Assert.Equal(ExitCodes.Success, one.Code);
    }

    [Fact]
    public void Gold_reports_missing_from_the_inputs_are_named_on_stderr()
    {
        var result = CliHarness.Run("evaluate", Path.Combine(CliHarness.Seeds, SeedIds[0]), "--gold", Gold);
        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.Contains("4 reports of the gold not among the inputs", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Contains("not analysed (4 gold reports", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1, 2", "invalid JSON at line 1")]
    [InlineData("""[{"id": "a"}]""", "claims[0] (id \"a\"): needs \"kind\"")]
    [InlineData("""{"notes": []}""", "expected a JSON array of claims")]
    public void A_malformed_gold_file_exits_6_with_its_path_and_problem(string gold, string message)
    {
        using var folder = new TempFolder();
        string path = folder.File("gold.json", gold);
        var result = CliHarness.Run("evaluate", CliHarness.Seeds, "--gold", path);
        Assert.Equal(ExitCodes.InvalidGold, result.Code);
        Assert.Equal("", result.Stdout);
        string line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"claimcheck: {path}: ", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_gold_file_exits_6()
    {
        var result = CliHarness.Run("evaluate", CliHarness.Seeds, "--gold", "no-such-gold.json");
        Assert.Equal(ExitCodes.InvalidGold, result.Code);
        Assert.Equal(["claimcheck: no-such-gold.json: no such file; nothing written"], result.ErrorLines);
        var folder = CliHarness.Run("evaluate", CliHarness.Seeds, "--gold", CliHarness.Seeds);
        Assert.Equal(ExitCodes.InvalidGold, folder.Code);
        Assert.Equal([$"claimcheck: {CliHarness.Seeds}: is a folder, not a JSON file; nothing written"], folder.ErrorLines);
    }

    [Theory]
    [InlineData("split.json", "holds several lists; name one as")]
    [InlineData("split.json:verify", "no list \"verify\" (it has: tune, check)")]
    [InlineData("bad.json", "invalid JSON at line 1")]
    [InlineData("numbers.json", "report ids must be strings")]
    [InlineData("absent.json", "no such file")]
    [InlineData("", "is a folder, not a JSON file")]
    public void A_bad_only_list_exits_6(string only, string message)
    {
        using var folder = new TempFolder();
        folder.File("split.json", """{"about": "x", "tune": ["a"], "check": ["b"]}""");
        folder.File("bad.json", "[");
        folder.File("numbers.json", "[1, 2]");
        var result = CliHarness.Run("evaluate", CliHarness.Seeds, "--gold", Gold, "--only", Path.Combine(folder.Path, only));
        Assert.Equal(ExitCodes.InvalidGold, result.Code);
        Assert.Equal("", result.Stdout);
        Assert.Contains(message, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void An_only_list_that_names_none_of_the_inputs_exits_3()
    {
        using var folder = new TempFolder();
        string list = folder.File("ids.json", """["elsewhere.txt"]""");
        var result = CliHarness.Run("evaluate", CliHarness.Seeds, "--gold", Gold, "--only", list);
        Assert.Equal(ExitCodes.NoReports, result.Code);
        Assert.Equal("", result.Stdout);
    }

    [Theory]
    [InlineData("evaluate", "seeds")]                                     // no --gold
    [InlineData("evaluate", "--gold", "g.json")]                          // no input
    [InlineData("evaluate", "seeds", "--gold", "g.json", "--format", "html")]
    [InlineData("evaluate", "seeds", "--gold", "g.json", "--colour")]
    public void Usage_errors_exit_2_and_point_to_evaluate_help(params string[] args)
    {
        var result = CliHarness.Run(args);
        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.Equal("", result.Stdout);
        Assert.Equal("Try 'claimcheck evaluate --help'.", result.ErrorLines[^1]);
    }

    [Fact]
    public void Bad_inputs_are_skipped_with_exit_1_and_out_writes_the_file()
    {
        using var folder = new TempFolder();
        string outPath = Path.Combine(folder.Path, "score.txt");
        var result = CliHarness.Run("evaluate", CliHarness.Seeds, Path.Combine(folder.Path, "missing.txt"), "--gold", Gold, "--out", outPath);
        Assert.Equal(ExitCodes.PartialInput, result.Code);
        Assert.Equal("", result.Stdout);
        Assert.StartsWith("claims: recall 34/34", File.ReadAllText(outPath), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_evaluate_options()
    {
        var result = CliHarness.Run("evaluate", "--help");
        Assert.Equal(ExitCodes.Success, result.Code);
        foreach (var option in new[] { "--gold <file>", "--format <text|json>", "--only <file[:key]>", "--manifest <file>", "--out <file>", "[default: text]" })
            Assert.Contains(option, result.Stdout, StringComparison.Ordinal);
        Assert.Contains("claimcheck evaluate seeds --gold seeds-gold.json", result.Stdout, StringComparison.Ordinal);
    }
}
