using ClaimCheck.Cli;

namespace ClaimCheck.Tests.Cli;

public class CommandLineTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("analyze", "--help")]
    [InlineData("analyze", "-h")]
    public void Help_shows_examples_and_exit_codes(params string[] args)
    {
        var result = CliHarness.Run(args);
        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.Contains("Usage:", result.Stdout);
        Assert.Contains("claimcheck analyze seeds\n", result.Stdout);
        Assert.Contains("claimcheck analyze seeds --format html --out report.html", result.Stdout);
        Assert.Contains("cat reports.jsonl | claimcheck analyze - --format jsonl", result.Stdout);
        Assert.Contains("Exit codes:", result.Stdout);
        foreach (var (code, meaning) in ExitCodes.All) Assert.Contains($"{code,3}  {meaning}", result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void Analyze_help_lists_the_options()
    {
        var result = CliHarness.Run("analyze", "--help");
        foreach (var option in new[] { "--format <json|jsonl|markdown|html|csv>", "--out <file>", "--manifest <file>", "--strict", "[default: json]" })
            Assert.Contains(option, result.Stdout);
        Assert.Contains("claimcheck analyze <inputs>... [options]", result.Stdout);
    }

    [Theory]
    [InlineData(new string[0], "Required command was not provided")]
    [InlineData(new[] { "analyze" }, "Required argument missing")]
    [InlineData(new[] { "analyze", "seeds", "--format", "xml" }, "'xml'")]
    [InlineData(new[] { "analyze", "seeds", "--colour" }, "--colour")]
    [InlineData(new[] { "summarise", "seeds" }, "summarise")]
    [InlineData(new[] { "analyze", "seeds", "--out" }, "--out")]
    public void Usage_errors_exit_with_2_and_one_line_messages(string[] args, string mentioned)
    {
        var result = CliHarness.Run(args);
        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.Equal("", result.Stdout);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("claimcheck: ", StringComparison.Ordinal) && l.Contains(mentioned, StringComparison.Ordinal));
        Assert.Equal("Try 'claimcheck analyze --help'.", result.ErrorLines[^1]);
    }

    [Fact]
    public void Stdin_can_be_named_once_only()
    {
        var result = CliHarness.RunWithStdin("{\"id\":\"r\",\"text\":\"نص\"}\n", "analyze", "-", "-");
        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.Equal(["claimcheck: \"-\" (stdin) can be given only once"], result.ErrorLines);
    }

    [Fact]
    public void Exit_codes_are_distinct()
    {
        Assert.Equal(ExitCodes.All.Count, ExitCodes.All.Select(c => c.Code).Distinct().Count());
        Assert.Equal([0, 1, 2, 3, 4, 5], ExitCodes.All.Select(c => c.Code).Take(6));
    }
}
