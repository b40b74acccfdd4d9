using System.Globalization;
using ClaimCheck.Evaluation;
using ClaimCheck.Training;

namespace ClaimCheck.Cli;

/// <summary>The parsed options of <c>claimcheck train</c>.</summary>
/// <param name="Inputs">Report files, folders, or "-" for JSONL on stdin.</param>
/// <param name="GoldPath">The gold file.</param>
/// <param name="Out">Where the model is written.</param>
/// <param name="ManifestPath">An explicit manifest, or null.</param>
/// <param name="Only">The reports to train on ("split.json:tune"), or null for all the gold covers.</param>
/// <param name="Specs">Spec files (claims-*.jsonl) or folders of them, whose lines are training examples too.</param>
/// <param name="Seed">ML.NET's seed.</param>
/// <param name="Strict">Stop at the first bad input.</param>
internal sealed record TrainOptions(IReadOnlyList<string> Inputs, string GoldPath, string Out, string? ManifestPath, string? Only,
    IReadOnlyList<string> Specs, int Seed, bool Strict);

/// <summary>
/// Runs <c>claimcheck train</c>: the rules propose claims in the annotated reports (and the spec lines); those matching a
/// gold claim are positives, the others negatives; ML.NET fits the confidence model; the threshold is chosen on the same
/// reports (highest F1 with precision ≥ 0.95); the model is written as JSON. Prints the counts and the threshold table.
/// </summary>
internal static class TrainCommand
{
    /// <summary>How many folds the cross-validation that <c>train</c> reports uses.</summary>
    private const int CrossValidationFolds = 5;

    public static int Execute(TrainOptions options, Stream stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (CommandInputs.Validate(options.Inputs, "train", stderr, options.Out, options.ManifestPath) is { } usage) return usage;
        if (!EvaluateCommand.TryLoadGold(options.GoldPath, options.Only, stderr, out var gold, out var only)) return ExitCodes.InvalidGold;

        IReadOnlyList<TrainingExample> specExamples;
        try
        {
            specExamples = TrainingData.FromSpecs(SpecFiles(options.Specs));
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException or InvalidOperationException or System.Text.Json.JsonException)
        {
            stderr.WriteLine($"claimcheck: --specs: {ex.Message}; nothing written");
            return ExitCodes.InvalidGold;
        }

        return CommandInputs.RunOnReports(options.Inputs, options.ManifestPath, options.Strict, InputLimits.Default, null, "train on", stdin, stderr, cancellationToken, loader =>
        {
            var reports = loader.Reports.Where(r => gold.Reports.Contains(r.Id) && (only is null || only.Contains(r.Id))).ToArray();
            var goldExamples = TrainingData.FromGold(reports, gold);
            cancellationToken.ThrowIfCancellationRequested();
            var examples = goldExamples.Concat(specExamples).ToArray();
            if (!examples.Any(e => e.Label) || examples.All(e => e.Label))
            {
                stderr.WriteLine($"claimcheck: the {CommandInputs.Plural(examples.Length, "candidate claim")} are all {(examples.Any(e => e.Label) ? "matched" : "unmatched")}; training needs both; nothing written");
                return ExitCodes.NoReports;
            }
            string description = Description(reports.Length, goldExamples, specExamples, options.Seed);
            var model = ConfidenceTrainer.Train(examples, options.Seed, description);

            // The threshold: chosen on the annotated reports trained on, with the claims as the model scores them.
            var texts = reports.ToDictionary(r => r.Id, r => r.Text, StringComparer.Ordinal);
            var scored = ConfidenceTrainer.Scored(model, goldExamples);
            var sweep = ThresholdSweep.Run(scored, gold, texts);
            var chosen = ThresholdSweep.Choose(sweep);
            var best = ThresholdSweep.BestF1(sweep);
            var threshold = chosen ?? best;
            model = Scoring.ConfidenceModel.Create(description, model.Weights, model.Bias, model.CalibrationSlope, model.CalibrationOffset, threshold.Threshold);

            int code = AnalysisOutput.Write(writer => writer.Write(model.ToJson()), options.Out, stdout, stderr, cancellationToken);
            if (code != ExitCodes.Success) return code;
            WriteSummary(stdout, reports.Length, goldExamples, specExamples, sweep, chosen, best, options.Out);
            var folds = ConfidenceTrainer.CrossValidate(goldExamples, specExamples, CrossValidationFolds, options.Seed);
            if (Evaluation.Calibration.Of(folds) is { } calibration)
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{CrossValidationFolds}-fold cross-validation by report on the annotated reports: expected calibration error {calibration.ExpectedCalibrationError:0.000}, log loss {ConfidenceTrainer.LogLoss(folds):0.0000} over {folds.Count} claims"));
            return ExitCodes.Success;
        });
    }

    private static string Description(int reports, IReadOnlyList<TrainingExample> gold, IReadOnlyList<TrainingExample> specs, int seed) =>
        string.Create(CultureInfo.InvariantCulture,
            $"ML.NET L-BFGS logistic regression (L2 {ConfidenceTrainer.L2}, L1 {ConfidenceTrainer.L1}, seed {seed}) on {gold.Count} candidate claims of {reports} annotated reports ({gold.Count(e => e.Label)} matched) and {specs.Count} of spec lines ({specs.Count(e => e.Label)} expected)");

    /// <summary>The spec files named: files as given, folders as every claims-*.jsonl in them.</summary>
    private static IEnumerable<string> SpecFiles(IReadOnlyList<string> specs) =>
        specs.SelectMany(s => Directory.Exists(s) ? Directory.GetFiles(s, "claims-*.jsonl") : [s]);

    private static void WriteSummary(TextWriter w, int reports, IReadOnlyList<TrainingExample> gold, IReadOnlyList<TrainingExample> specs,
        IReadOnlyList<SweepPoint> sweep, SweepPoint? chosen, SweepPoint best, string outPath)
    {
        var c = CultureInfo.InvariantCulture;
        w.WriteLine(string.Create(c, $"trained on {gold.Count} candidate claims of {reports} annotated reports ({gold.Count(e => e.Label)} matched a gold claim) and {specs.Count} of spec lines ({specs.Count(e => e.Label)} expected); model written to {outPath}"));
        w.WriteLine("threshold  recall  precision  F1     (on the annotated reports trained on)");
        foreach (var p in sweep.Where(p => Math.Round(p.Threshold * 100) % 10 == 0 || p == chosen || p == best))
            w.WriteLine(string.Create(c, $"{p.Threshold,9:0.00}  {p.Recall,6:0.000}  {p.Precision,9:0.000}  {p.F1:0.000}  ({p.Found}/{p.Core} found, {p.Matched}/{p.Emitted} matched){(p == chosen ? "  <- highest F1 with precision >= 0.95" : "")}{(p == best ? "  <- highest F1" : "")}"));
        w.WriteLine(chosen is null
            ? string.Create(c, $"no threshold reaches precision {ThresholdSweep.TargetPrecision:0.00}; the model's recommended threshold is the highest-F1 one, {best.Threshold:0.00}")
            : string.Create(c, $"recommended threshold: {chosen.Threshold:0.00} (highest F1 with precision >= {ThresholdSweep.TargetPrecision:0.00})"));
    }
}
