using System.Text.Json;
using ClaimCheck.Cli;
using ClaimCheck.Evaluation;
using ClaimCheck.Scoring;
using ClaimCheck.Tests.Cli;
using ClaimCheck.Tests.Support;
using ClaimCheck.Training;

namespace ClaimCheck.Tests.Scoring;

/// <summary>The confidence scorer: the shipped model, the threshold, thread safety, model files, and training.</summary>
public class ConfidenceTests
{
    private static string Gold => Seeds.SharedGold() ?? Seeds.RepoGold();

    [Fact]
    public void Every_claim_of_the_seeds_is_scored_between_0_and_1_with_three_decimals()
    {
        var analysis = ClaimChecker.CreateDefault().Analyze(Seeds.Reports());
        Assert.NotEmpty(analysis.Claims);
        Assert.All(analysis.Claims, c =>
        {
            Assert.NotNull(c.Confidence);
            Assert.InRange(c.Confidence!.Value, 0, 1);
            Assert.Equal(Math.Round(c.Confidence.Value, 3), c.Confidence.Value);
        });
        // The scores tell claims apart: not one value for all.
        Assert.True(analysis.Claims.Select(c => c.Confidence).Distinct().Count() > 5);
    }

    [Fact]
    public void The_contract_gains_a_confidence_field_and_reads_it_back()
    {
        var analysis = ClaimChecker.CreateDefault().Analyze(Seeds.Reports());
        string json = ClaimCheck.Output.AnalysisJson.Serialize(analysis);
        using var doc = JsonDocument.Parse(json);
        var first = doc.RootElement.GetProperty("claims")[0];
        Assert.Equal(analysis.Claims[0].Confidence, first.GetProperty("confidence").GetDouble());
        var back = ClaimCheck.Output.AnalysisJson.Read(json);
        Assert.Equal(analysis.Claims.Select(c => c.Confidence), back.Claims.Select(c => c.Confidence));
        Assert.Equal(json, ClaimCheck.Output.AnalysisJson.Serialize(back));
    }

    [Fact]
    public void Unscored_claims_say_null_and_a_confidence_outside_0_1_is_refused_on_reading()
    {
        var analysis = ClaimChecker.CreateDefault(new ClaimCheckerOptions { ConfidenceModel = null }).Analyze(Seeds.Reports());
        Assert.All(analysis.Claims, c => Assert.Null(c.Confidence));
        string json = ClaimCheck.Output.AnalysisJson.Serialize(analysis);
        Assert.Contains("\"confidence\": null", json, StringComparison.Ordinal);
        string bad = json.Replace("\"confidence\": null", "\"confidence\": 1.5", StringComparison.Ordinal);
        var ex = Assert.Throws<AnalysisFormatException>(() => ClaimCheck.Output.AnalysisJson.Read(bad));
        Assert.Contains("confidence", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_threshold_drops_claims_below_it_in_extraction_and_alignment_and_contradictions_use_only_the_rest()
    {
        var all = ClaimChecker.CreateDefault().Analyze(Seeds.Reports());
        double threshold = all.Claims.Select(c => c.Confidence!.Value).Order().ElementAt(all.Claims.Count / 2);
        var kept = ClaimChecker.CreateDefault(ClaimCheckerOptions.Default with { MinConfidence = threshold }).Analyze(Seeds.Reports());
        Assert.Equal(all.Claims.Where(c => c.Confidence >= threshold).Select(c => c.Id).Order(StringComparer.Ordinal),
            kept.Claims.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.True(kept.Claims.Count < all.Claims.Count);
        var keptIds = kept.Claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(kept.Contradictions.SelectMany(x => x.Sides).SelectMany(s => s.ClaimIds), id => Assert.Contains(id, keptIds));

        // Align alone (claims extracted at 0, read back) applies the threshold the same way.
        var checker = ClaimChecker.CreateDefault(ClaimCheckerOptions.Default with { MinConfidence = threshold });
        var extracted = Seeds.Reports().Select(ClaimChecker.CreateDefault().Extract).ToArray();
        Assert.Equal(ClaimCheck.Output.AnalysisJson.Serialize(kept), ClaimCheck.Output.AnalysisJson.Serialize(checker.Align(extracted)));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void A_threshold_outside_0_1_is_refused(double threshold) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimChecker.CreateDefault(new ClaimCheckerOptions { MinConfidence = threshold }));

    [Fact]
    public void Eight_threads_score_as_one_thread()
    {
        var reports = Seeds.Reports();
        var checker = ClaimChecker.CreateDefault();
        string Run(Report r) => string.Join("\n", checker.Extract(r).Claims.Select(c => $"{c.Id} {c.Confidence}"));
        var sequential = reports.Select(Run).ToArray();
        var work = Enumerable.Range(0, 8 * reports.Count).Select(i => reports[i % reports.Count]).ToArray();
        var parallel = new string[work.Length];
        Parallel.For(0, work.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Run(work[i]));
        for (int i = 0; i < work.Length; i++) Assert.Equal(sequential[i % reports.Count], parallel[i]);
    }

    [Fact]
    public void The_shipped_model_loads_and_names_only_known_features()
    {
        var model = ConfidenceModel.Default;
        Assert.InRange(model.RecommendedThreshold, 0, 1);
        Assert.Equal(ConfidenceModel.FeatureNames.Count, model.Weights.Count);
        Assert.Contains(model.Weights.Values, w => w != 0);
        Assert.Equal(model.ToJson(), ConfidenceModel.Parse(model.ToJson()).ToJson());
    }

    [Theory]
    [InlineData("", "not a model file")]
    [InlineData("[1, 2]", "not a model file")]
    [InlineData("null", "null")]
    [InlineData("""{ "format": "other/1", "bias": 0, "calibration": { "slope": -1, "offset": 0 }, "weights": {} }""", "format")]
    [InlineData("""{ "format": "claimcheck-confidence/1", "bias": 0, "calibration": { "slope": -1, "offset": 0 } }""", "no weights")]
    [InlineData("""{ "format": "claimcheck-confidence/1", "bias": 0, "weights": {} }""", "no calibration")]
    [InlineData("""{ "format": "claimcheck-confidence/1", "bias": 0, "calibration": { "slope": -1, "offset": 0 }, "weights": { "words:اتفاق": 1 } }""", "unknown feature")]
    [InlineData("""{ "format": "claimcheck-confidence/1", "bias": 1e400, "calibration": { "slope": -1, "offset": 0 }, "weights": {} }""", "finite")]
    [InlineData("""{ "format": "claimcheck-confidence/1", "bias": 0, "recommendedThreshold": 2, "calibration": { "slope": -1, "offset": 0 }, "weights": {} }""", "recommendedThreshold")]
    [InlineData("""{ "format": "claimcheck-confidence/1", "bias": 0, "calibration": { "slope": -1, "offset": 0 }, "weights": {}, "extra": 1 }""", "not a model file")]
    [InlineData("""{ "format": "claimcheck-confidence/1", "bias": "1", "calibration": { "slope": -1, "offset": 0 }, "weights": {} }""", "not a model file")]
    public void A_bad_model_is_refused_with_a_message(string json, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => ConfidenceModel.Parse(json, "m.json"));
        Assert.StartsWith("m.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cli_refuses_a_bad_model_file_and_writes_nothing()
    {
        using var temp = new TempFolder();
        string bad = temp.File("bad.json", "{ \"format\": 1 }");
        string big = temp.Bytes("big.json", new byte[ConfidenceModel.MaxFileBytes + 10]);
        string binary = temp.Bytes("binary.json", [0xFF, 0xFE, 0x00, 0x7B]);
        string fifo = Path.Combine(temp.Path, "fifo.json");
        var models = new List<string> { bad, big, binary, temp.Path, Path.Combine(temp.Path, "missing.json"), "/dev/null", "/dev/zero" };
        if (!OperatingSystem.IsWindows() && Robustness.HostileUseTests.MkFifo(fifo, Convert.ToUInt32("600", 8)) == 0) models.Add(fifo);
        foreach (var model in models)
        {
            var result = CliHarness.Run("analyze", CliHarness.Seeds, "--model", model);
            Assert.Equal(ExitCodes.InvalidModel, result.Code);
            Assert.Equal("", result.Stdout);
            Assert.Single(result.ErrorLines);
            Assert.StartsWith("claimcheck: --model ", result.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_cli_threshold_and_a_user_model_are_used()
    {
        using var temp = new TempFolder();
        // A model that scores every claim 0.5 (no weights, bias 0): --min-confidence 0.6 leaves no claim.
        string flat = temp.File("flat.json", """{ "format": "claimcheck-confidence/1", "bias": 0, "calibration": { "slope": -1, "offset": 0 }, "weights": {} }""");
        var scored = CliHarness.Run("analyze", CliHarness.Seeds, "--model", flat);
        Assert.Equal(ExitCodes.Success, scored.Code);
        using (var doc = JsonDocument.Parse(scored.Stdout))
            Assert.All(doc.RootElement.GetProperty("claims").EnumerateArray(), c => Assert.Equal(0.5, c.GetProperty("confidence").GetDouble()));
        var none = CliHarness.Run("analyze", CliHarness.Seeds, "--model", flat, "--min-confidence", "0.6");
        using (var doc = JsonDocument.Parse(none.Stdout))
        {
            Assert.Equal(0, doc.RootElement.GetProperty("claims").GetArrayLength());
            Assert.Equal(0, doc.RootElement.GetProperty("contradictions").GetArrayLength());
        }
        Assert.Equal(ExitCodes.Usage, CliHarness.Run("analyze", CliHarness.Seeds, "--min-confidence", "1.5").Code);
        Assert.Equal(ExitCodes.Usage, CliHarness.Run("analyze", CliHarness.Seeds, "--min-confidence", "high").Code);
    }

    [Fact]
    public void Markdown_html_and_csv_show_the_confidence()
    {
        var analysis = ClaimChecker.CreateDefault().Analyze(Seeds.Reports());
        string shown = "confidence " + analysis.Claims[0].Confidence!.Value.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(shown, SampleRender(analysis, OutputFormat.Markdown), StringComparison.Ordinal);
        Assert.Contains(shown, SampleRender(analysis, OutputFormat.Html), StringComparison.Ordinal);
        Assert.Contains(",confidence\r\n", SampleRender(analysis, OutputFormat.Csv), StringComparison.Ordinal);
    }

    private static string SampleRender(Analysis analysis, OutputFormat format)
    {
        var writer = new StringWriter();
        AnalysisWriter.Write(analysis, format, writer, Seeds.Reports().ToDictionary(r => r.Id, r => r.Text));
        return writer.ToString();
    }

    [Fact]
    public void Training_on_a_small_fixture_is_deterministic_and_the_library_scores_as_mlnet()
    {
        var gold = GoldSet.Load(Gold);
        var examples = TrainingData.FromGold(Seeds.Reports(), gold);
        Assert.Contains(examples, e => e.Label);
        Assert.Contains(examples, e => !e.Label);
        // Train checks on every example that the saved parameters score as ML.NET does.
        var first = ConfidenceTrainer.Train(examples, seed: 7, "seeds");
        var second = ConfidenceTrainer.Train(examples, seed: 7, "seeds");
        Assert.Equal(first.ToJson(), second.ToJson());
        // The model written and read back scores the same.
        var reloaded = ConfidenceModel.Parse(first.ToJson());
        var report = Seeds.Reports()[0];
        var claims = TrainingData.Candidates.Extract(report).Claims;
        Assert.Equal(first.Score(claims, report.Text), reloaded.Score(claims, report.Text));
        // Matched claims score higher than unmatched ones on average (the fixture's own claims).
        var scored = ConfidenceTrainer.Scored(first, examples);
        double Mean(bool label) => scored.Where((c, i) => examples[i].Label == label).Average(c => c.Confidence!.Value);
        Assert.True(Mean(true) > Mean(false), $"matched {Mean(true)}, unmatched {Mean(false)}");
    }

    [Fact]
    public void Training_needs_both_labels()
    {
        var examples = TrainingData.FromGold(Seeds.Reports(), GoldSet.Load(Gold)).Where(e => e.Label).ToArray();
        Assert.Throws<ArgumentException>(() => ConfidenceTrainer.Train(examples, 1, "positives only"));
    }

    [Fact]
    public void Spec_lines_give_expected_claims_as_positives()
    {
        string specs = Path.Combine(AppContext.BaseDirectory, "Specs", "claims-vehicles.jsonl");
        var examples = TrainingData.FromSpecs([specs]);
        Assert.NotEmpty(examples);
        Assert.All(examples, e => Assert.Equal(TrainingData.SpecWeight, e.Weight));
        Assert.Contains(examples, e => e.Label);
    }

    [Fact]
    public void The_train_command_writes_a_model_that_analyze_reads()
    {
        using var temp = new TempFolder();
        string model = Path.Combine(temp.Path, "model.json");
        var train = CliHarness.Run("train", CliHarness.Seeds, "--gold", Gold, "--out", model, "--seed", "3");
        Assert.Equal(ExitCodes.Success, train.Code);
        Assert.Contains("threshold  recall  precision", train.Stdout, StringComparison.Ordinal);
        Assert.Contains("cross-fitting by event", train.Stdout, StringComparison.Ordinal);
        Assert.Contains("(on the annotated reports trained on)", train.Stdout, StringComparison.Ordinal);
        string first = File.ReadAllText(model);
        Assert.Equal(ExitCodes.Success, CliHarness.Run("train", CliHarness.Seeds, "--gold", Gold, "--out", model, "--seed", "3").Code);
        Assert.Equal(first, File.ReadAllText(model));
        var analyze = CliHarness.Run("analyze", CliHarness.Seeds, "--model", model);
        Assert.Equal(ExitCodes.Success, analyze.Code);
        Assert.Contains("\"confidence\": ", analyze.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_threshold_can_be_chosen_on_other_reports_than_those_trained_on()
    {
        using var temp = new TempFolder();
        string model = Path.Combine(temp.Path, "model.json");
        string split = Path.Combine(temp.Path, "split.json");
        var ids = Seeds.Reports().Select(r => r.Id).Order(StringComparer.Ordinal).ToArray();
        File.WriteAllText(split, JsonSerializer.Serialize(new { fit = ids[..3], pick = ids[3..] }));
        var train = CliHarness.Run("train", CliHarness.Seeds, "--gold", Gold, "--out", model, "--only", split + ":fit", "--threshold-on", split + ":pick");
        Assert.Equal(ExitCodes.Success, train.Code);
        Assert.Contains($"(on the {ids.Length - 3} reports of --threshold-on)", train.Stdout, StringComparison.Ordinal);
        var parsed = ConfidenceModel.Parse(File.ReadAllText(model));
        Assert.InRange(parsed.RecommendedThreshold, 0, 1);
        Assert.Equal(ExitCodes.InvalidGold, CliHarness.Run("train", CliHarness.Seeds, "--gold", Gold, "--out", model, "--threshold-on", Path.Combine(temp.Path, "missing.json")).Code);
    }

    [Fact]
    public void Cross_fitting_never_scores_a_claim_with_a_model_that_saw_its_group()
    {
        // Real candidates, relabelled: the claims of group "marked" carry a feature no other claim has and are all right.
        // Held out together, their feature is unknown to the model that scores them, so they score as a model trained on
        // the other groups alone scores them; split between training and scoring, they would score higher.
        var candidates = TrainingData.FromGold(Seeds.Reports(), GoldSet.Load(Gold));
        int n = ConfidenceModel.FeatureNames.Count;
        var examples = candidates.Select((e, i) =>
        {
            var features = new float[n];
            features[1] = (i % 3) / 2f;
            bool marked = i % 5 == 0;
            features[0] = marked ? 1 : 0;
            return new TrainingExample(e.Claim with { ReportId = marked ? "marked-" + (i % 2) : "other-" + (i % 4) }, features, marked || i % 3 != 0);
        }).ToArray();
        static string Group(string report) => report.StartsWith("marked", StringComparison.Ordinal) ? "marked" : report;
        var outOfFold = ConfidenceTrainer.CrossFit(examples, [], 2, seed: 1, Group);
        Assert.Equal(examples.Length, outOfFold.Count);
        Assert.Equal(outOfFold, ConfidenceTrainer.CrossFit(examples, [], 2, seed: 1, Group));

        var marked = examples.Where(e => Group(e.Claim.ReportId) == "marked").ToArray();
        var groups = examples.Select(e => Group(e.Claim.ReportId)).Distinct().Order(StringComparer.Ordinal).ToArray();
        int markedFold = Array.IndexOf(groups, "marked") % 2;
        var others = examples.Where(e => Array.IndexOf(groups, Group(e.Claim.ReportId)) % 2 != markedFold).ToArray();
        var unseen = ConfidenceTrainer.Train(others, 1, "the other fold");
        foreach (var (claim, _) in outOfFold.Where(x => Group(x.Claim.ReportId) == "marked"))
        {
            var example = marked.First(e => e.Claim.Id == claim.Id && e.Claim.ReportId == claim.ReportId);
            Assert.Equal(ConfidenceModel.Round(unseen.Probability(example.Features)), claim.Confidence);
        }
    }
}
