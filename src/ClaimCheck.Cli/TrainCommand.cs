using System.Globalization;
using ClaimCheck.Evaluation;
using ClaimCheck.Training;

namespace ClaimCheck.Cli;

/// <summary>The parsed options of <c>claimcheck train</c>.</summary>
/// <param name="Inputs">Report files, folders, or "-" for JSONL on stdin.</param>
/// <param name="GoldPath">The gold file.</param>
/// <param name="Out">Where the model is written.</param>
/// <param name="ManifestPath">An explicit manifest, or null.</param>
/// <param name="Only">The reports to train on ("split.json:check"), or null for all the gold covers.</param>
/// <param name="ThresholdOn">The annotated reports the threshold is chosen on ("split.json:tune"), or null for the reports trained on.</param>
/// <param name="Specs">Spec files (claims-*.jsonl) or folders of them, whose lines are training examples too.</param>
/// <param name="Seed">ML.NET's seed.</param>
/// <param name="Strict">Stop at the first bad input.</param>
internal sealed record TrainOptions(IReadOnlyList<string> Inputs, string GoldPath, string Out, string? ManifestPath, string? Only,
    IReadOnlyList<string> Specs, int Seed, bool Strict, string? ThresholdOn = null);

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
        IReadOnlySet<string>? thresholdOn = null;
        var thresholdGold = gold;
        if (options.ThresholdOn is not null && !EvaluateCommand.TryLoadGold(options.GoldPath, options.ThresholdOn, stderr, out thresholdGold, out thresholdOn)) return ExitCodes.InvalidGold;

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

            // The threshold: chosen on the annotated reports named by --threshold-on (by default those trained on), with the
            // claims as the model scores them.
            var thresholdReports = thresholdOn is null ? reports
                : loader.Reports.Where(r => thresholdGold.Reports.Contains(r.Id) && thresholdOn.Contains(r.Id)).ToArray();
            var thresholdExamples = thresholdOn is null ? goldExamples : TrainingData.FromGold(thresholdReports, thresholdGold);
            var texts = thresholdReports.ToDictionary(r => r.Id, r => r.Text, StringComparer.Ordinal);
            var sweep = ThresholdSweep.Run(ConfidenceTrainer.Scored(model, thresholdExamples), thresholdGold, texts);
            var chosen = ThresholdSweep.Choose(sweep);
            var best = ThresholdSweep.BestF1(sweep);
            var threshold = chosen ?? best;
            model = Scoring.ConfidenceModel.Create(description, model.Weights, model.Bias, model.CalibrationSlope, model.CalibrationOffset, threshold.Threshold);

            int code = AnalysisOutput.Write(writer => writer.Write(model.ToJson()), options.Out, stdout, stderr, cancellationToken);
            if (code != ExitCodes.Success) return code;
            WriteSummary(stdout, reports.Length, goldExamples, specExamples, sweep, chosen, best, options.Out, thresholdOn is null ? "the annotated reports trained on" : $"the {thresholdReports.Length} reports of --threshold-on");

            // What the model does on reports it never saw: cross-fitting by event (the gold's event slugs), so that no
            // event is in both a fold's training data and the claims it scores.
            var allTexts = reports.ToDictionary(r => r.Id, r => r.Text, StringComparer.Ordinal);
            var eventOf = EventOfReport(gold);
            var outOfFold = ConfidenceTrainer.CrossFit(goldExamples, specExamples, CrossValidationFolds, options.Seed,
                id => eventOf.TryGetValue(id, out var e) ? e : id);
            WriteCrossFit(stdout, outOfFold, gold, allTexts, threshold.Threshold);
            return ExitCodes.Success;
        });
    }

    /// <summary>Each annotated report's event: the gold event slug most of its claims carry (the ordinally first on a tie).</summary>
    private static Dictionary<string, string> EventOfReport(GoldSet gold) =>
        gold.Claims.Where(c => c.Event is not null).GroupBy(c => c.Report, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.GroupBy(c => c.Event!, StringComparer.Ordinal).OrderByDescending(e => e.Count()).ThenBy(e => e.Key, StringComparer.Ordinal).First().Key,
            StringComparer.Ordinal);

    private static void WriteCrossFit(TextWriter w, IReadOnlyList<(Claim Claim, bool Label)> outOfFold, GoldSet gold, IReadOnlyDictionary<string, string> texts, double threshold)
    {
        var c = CultureInfo.InvariantCulture;
        var pairs = outOfFold.Select(x => (x.Claim.Confidence ?? 0, x.Label)).ToArray();
        if (Evaluation.Calibration.Of(pairs) is not { } calibration) return;
        w.WriteLine(string.Create(c, $"{CrossValidationFolds}-fold cross-fitting by event on the annotated reports trained on (each claim scored by a model that never saw its event): expected calibration error {calibration.ExpectedCalibrationError:0.000}, log loss {ConfidenceTrainer.LogLoss(pairs):0.0000} over {outOfFold.Count} claims"));
        var sweep = ThresholdSweep.Run(outOfFold.Select(x => x.Claim).ToArray(), gold, texts);
        var none = sweep[0];
        var at = sweep.OrderBy(p => Math.Abs(p.Threshold - threshold)).First();
        w.WriteLine(string.Create(c, $"out of fold, without the scorer: recall {none.Recall:0.000}, precision {none.Precision:0.000}, F1 {none.F1:0.000}; at the recommended threshold {threshold:0.00}: recall {at.Recall:0.000}, precision {at.Precision:0.000}, F1 {at.F1:0.000}"));
        w.WriteLine("confidence  claims  matched  precision  mean confidence   (out of fold)");
        foreach (var b in calibration.Bins.Where(b => b.Claims > 0))
            w.WriteLine(string.Create(c, $"{b.From:0.0}-{b.To:0.0}  {b.Claims,8}  {b.Matched,7}  {b.Precision,9:0.000}  {b.MeanConfidence,15:0.000}"));
    }

    private static string Description(int reports, IReadOnlyList<TrainingExample> gold, IReadOnlyList<TrainingExample> specs, int seed) =>
        string.Create(CultureInfo.InvariantCulture,
            $"ML.NET L-BFGS logistic regression (L2 {ConfidenceTrainer.L2}, L1 {ConfidenceTrainer.L1}, seed {seed}) on {gold.Count} candidate claims of {reports} annotated reports ({gold.Count(e => e.Label)} matched) and {specs.Count} of spec lines ({specs.Count(e => e.Label)} expected)");

    /// <summary>The spec files named: files as given, folders as every claims-*.jsonl in them.</summary>
    private static IEnumerable<string> SpecFiles(IReadOnlyList<string> specs) =>
        specs.SelectMany(s => Directory.Exists(s) ? Directory.GetFiles(s, "claims-*.jsonl") : [s]);

    private static void WriteSummary(TextWriter w, int reports, IReadOnlyList<TrainingExample> gold, IReadOnlyList<TrainingExample> specs,
        IReadOnlyList<SweepPoint> sweep, SweepPoint? chosen, SweepPoint best, string outPath, string sweptOn)
    {
        var c = CultureInfo.InvariantCulture;
        w.WriteLine(string.Create(c, $"trained on {gold.Count} candidate claims of {reports} annotated reports ({gold.Count(e => e.Label)} matched a gold claim) and {specs.Count} of spec lines ({specs.Count(e => e.Label)} expected); model written to {outPath}"));
        w.WriteLine($"threshold  recall  precision  F1     (on {sweptOn})");
        foreach (var p in sweep.Where(p => Math.Round(p.Threshold * 100) % 10 == 0 || p == chosen || p == best))
            w.WriteLine(string.Create(c, $"{p.Threshold,9:0.00}  {p.Recall,6:0.000}  {p.Precision,9:0.000}  {p.F1:0.000}  ({p.Found}/{p.Core} found, {p.Matched}/{p.Emitted} matched){(p == chosen ? "  <- highest F1 with precision >= 0.95" : "")}{(p == best ? "  <- highest F1" : "")}"));
        w.WriteLine(chosen is null
            ? string.Create(c, $"no threshold reaches precision {ThresholdSweep.TargetPrecision:0.00}; the model's recommended threshold is the highest-F1 one, {best.Threshold:0.00}")
            : string.Create(c, $"recommended threshold: {chosen.Threshold:0.00} (highest F1 with precision >= {ThresholdSweep.TargetPrecision:0.00})"));
    }
}
