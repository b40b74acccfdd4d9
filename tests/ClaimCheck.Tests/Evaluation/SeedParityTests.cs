using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ClaimCheck.Evaluation;
using ClaimCheck.Output;
using ClaimCheck.Tests.Cli;
using ClaimCheck.Tests.Support;
using Xunit.Abstractions;

namespace ClaimCheck.Tests.Evaluation;

/// <summary>
/// The evaluator gives the figures of the team's scripts (shared/tools/score.py, diagnose.py, events.py) on the seeds. Where
/// python3 and the scripts are at hand they are run on the same analysis; otherwise the figures they gave once are used.
/// </summary>
public class SeedParityTests(ITestOutputHelper output)
{
    private static readonly Lazy<Analysis> SeedAnalysis = new(() => ClaimChecker.CreateDefault().Analyze(Seeds.Reports()));

    private static string GoldPath => Seeds.SharedGold() ?? Seeds.RepoGold();

    private static EvaluationResult Evaluate() =>
        Evaluator.Evaluate(GoldSet.Load(GoldPath), SeedAnalysis.Value, Seeds.Reports().ToDictionary(r => r.Id, r => r.Text));

    [Fact]
    public void The_seeds_score_as_the_reference_scripts_say()
    {
        var result = Evaluate();
        var writer = new StringWriter();
        EvaluationWriter.WriteText(result, writer);
        output.WriteLine(writer.ToString());

        if (Tools() is not { } tools || Python() is not { } python)
        {
            // The figures score.py and events.py gave on the seeds when this test was written (no python3 here to ask them).
            Assert.Equal((34, 34, 47, 43), (result.Core, result.Found, result.Emitted, result.Matched));
            Assert.Equal((4, 4), (result.Contradictions.Count(x => x.Passed), result.Contradictions.Count));
            Assert.Equal((6, 6), (result.MustNot.Count(m => m.Passed), result.MustNot.Count));
            Assert.Equal((34, 1.0, 1.0, 7, 7), (result.Events!.Claims, result.Events.Precision, result.Events.Recall, result.Events.GoldEvents, result.Events.PredictedEvents));
            return;
        }

        using var folder = new TempFolder();
        string analysisPath = folder.File("seeds.json", AnalysisJson.Serialize(SeedAnalysis.Value));
        string[] arguments = ["--gold", GoldPath, "--analysis", analysisPath, "--texts", Seeds.Folder];

        Run(python, Path.Combine(tools, "score.py"), arguments);
        using var score = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(analysisPath, ".score.json")));
        var s = score.RootElement;
        Assert.Equal((s.GetProperty("core").GetInt32(), s.GetProperty("hit").GetInt32(), s.GetProperty("emitted").GetInt32(), s.GetProperty("good").GetInt32()),
            (result.Core, result.Found, result.Emitted, result.Matched));
        Assert.Equal(s.GetProperty("recall").GetDouble(), result.Recall);
        Assert.Equal(s.GetProperty("precision").GetDouble(), result.Precision);
        Assert.Equal([s.GetProperty("contradictions")[0].GetInt32(), s.GetProperty("contradictions")[1].GetInt32()],
            [result.Contradictions.Count(x => x.Passed), result.Contradictions.Count]);
        Assert.Equal([s.GetProperty("mustNot")[0].GetInt32(), s.GetProperty("mustNot")[1].GetInt32()], [result.MustNot.Count(m => m.Passed), result.MustNot.Count]);

        // diagnose.py: one row per kind with core claims, hit then the causes; then a total row.
        var table = Run(python, Path.Combine(tools, "diagnose.py"), arguments).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var columns = table[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];
        foreach (var row in table[1..].Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            var counts = columns.Zip(row[1..].Select(int.Parse)).ToDictionary(p => p.First, p => p.Second);
            var kind = row[0] == "total" ? null : result.Kinds.Single(k => ContractNames.Of(k.Kind) == row[0]);
            Assert.Equal(counts["hit"], kind?.Found ?? result.Found);
            var causes = kind?.Causes ?? result.Causes;
            foreach (var cause in Enum.GetValues<MissCause>()) Assert.Equal(counts[EvaluationWriter.Name(cause)], causes[cause]);
        }

        // events.py: its last line, to two decimals.
        string events = Run(python, Path.Combine(tools, "events.py"), arguments).Trim().Split('\n')[^1];
        var e = result.Events!;
        Assert.Equal(
            string.Create(CultureInfo.InvariantCulture, $"events over {e.Claims} found claims: B-cubed precision {e.Precision:F2}, recall {e.Recall:F2}, F1 {e.F1:F2}; gold events {e.GoldEvents}, predicted {e.PredictedEvents}"),
            events);
    }

    [Fact]
    public void Every_seed_claim_beyond_the_gold_is_listed_as_unmatched_and_every_core_miss_has_a_cause()
    {
        var result = Evaluate();
        var gold = GoldSet.Load(GoldPath);
        Assert.Equal(result.Emitted - result.Matched, result.Unmatched.Count);
        Assert.All(result.Unmatched, c => Assert.DoesNotContain(gold.Claims, g => Evaluator.Matches(g, c, g.SpanIn(null))));
        Assert.Equal(result.Core - result.Found, result.Misses.Count);
        Assert.Equal(result.Misses.Count, result.Causes.Values.Sum());
    }

    private static string Run(string python, string script, string[] arguments)
    {
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(script)} failed: {stderr.Result}");
        return stdout;
    }

    /// <summary>shared/tools beside the clone (found by walking up from the test binary), or null.</summary>
    private static string? Tools()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "tools");
            if (File.Exists(Path.Combine(candidate, "score.py")) && File.Exists(Path.Combine(candidate, "diagnose.py")) && File.Exists(Path.Combine(candidate, "events.py")))
                return candidate;
        }
        return null;
    }

    /// <summary>python3 on the PATH, or null.</summary>
    private static string? Python() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(d => Path.Combine(d, OperatingSystem.IsWindows() ? "python3.exe" : "python3"))
        .FirstOrDefault(File.Exists);
}
