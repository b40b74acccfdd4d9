using System.Globalization;
using ClaimCheck.Evaluation;
using ClaimCheck.Scoring;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ClaimCheck.Training;

/// <summary>
/// Trains the confidence model with ML.NET: L-BFGS logistic regression (a linear model whose output is already a calibrated
/// probability, with ML.NET's Platt calibrator on top), one thread and a fixed seed, so the same examples give the same
/// weights. The weights and calibration are then read out of the ML.NET model into a <see cref="ConfidenceModel"/>, which
/// the library evaluates without ML.NET; training checks that the two agree on every example.
/// </summary>
public static class ConfidenceTrainer
{
    /// <summary>
    /// The L2 penalty: a strong prior towards 0 suits a few hundred examples and ~90 features. Chosen by the log loss of
    /// 5-fold cross-fitting by event on the checking half of the development set, the shipped model's training data
    /// (1, 3, 10, 30, 100 tried: 0.337, 0.314, 0.309, 0.314, 0.319).
    /// </summary>
    public const float L2 = 10f;

    /// <summary>The L1 penalty, which sets weights of uninformative features to exactly 0.</summary>
    public const float L1 = 0.5f;

    private sealed class Row
    {
        public bool Label { get; set; }

        public float Weight { get; set; }

        public float[] Features { get; set; } = [];
    }

    /// <summary>Fits a model to <paramref name="examples"/> (at least one positive and one negative are needed).</summary>
    /// <param name="examples">The labelled candidates.</param>
    /// <param name="seed">The seed of ML.NET's context.</param>
    /// <param name="description">What the model was trained on, kept in the file.</param>
    /// <param name="recommendedThreshold">The threshold to store with the model (see <see cref="ThresholdSweep.Choose"/>).</param>
    /// <exception cref="ArgumentException">The examples are all of one label.</exception>
    public static ConfidenceModel Train(IReadOnlyList<TrainingExample> examples, int seed, string description, double recommendedThreshold = 0)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (!examples.Any(e => e.Label) || examples.All(e => e.Label))
            throw new ArgumentException("Training needs both matched and unmatched candidates; the examples are all of one kind.", nameof(examples));
        int n = ConfidenceModel.FeatureNames.Count;
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, n);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new Row { Label = e.Label, Features = e.Features, Weight = e.Weight }), schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            NumberOfThreads = 1,
            ExampleWeightColumnName = nameof(Row.Weight),
            L2Regularization = L2,
            L1Regularization = L1,
            OptimizationTolerance = 1e-7f,
            MaximumNumberOfIterations = 1000,
        });
        var fitted = trainer.Fit(data);
        var parameters = fitted.Model.SubModel;
        var calibrator = fitted.Model.Calibrator;
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var w = parameters.Weights;
        for (int i = 0; i < n; i++) weights[ConfidenceModel.FeatureNames[i]] = w[i];
        var model = ConfidenceModel.Create(description, weights, parameters.Bias, calibrator.Slope, calibrator.Offset, recommendedThreshold);

        // The library must score as ML.NET does: compare on every example.
        var predicted = ml.Data.CreateEnumerable<Prediction>(fitted.Transform(data), reuseRowObject: false).ToArray();
        for (int i = 0; i < examples.Count; i++)
        {
            double ours = model.Probability(examples[i].Features);
            if (Math.Abs(ours - predicted[i].Probability) > 1e-4)
                throw new InvalidOperationException($"The saved parameters score example {i.ToString(CultureInfo.InvariantCulture)} as {ours.ToString("R", CultureInfo.InvariantCulture)}, ML.NET as {predicted[i].Probability.ToString("R", CultureInfo.InvariantCulture)}.");
        }
        return model;
    }

    /// <summary>
    /// K-fold cross-fitting by group: the groups <paramref name="groupOf"/> gives the reports (an event, say) are dealt
    /// round-robin in ordinal order into <paramref name="folds"/> folds, so no group is split between a model's training
    /// data and the claims it scores; each fold is scored by a model trained on the other folds and on all of
    /// <paramref name="alwaysTrain"/>. Returns every annotated example's claim with its out-of-fold confidence, in input order
    /// (a fold whose complement has only one label is left out).
    /// </summary>
    public static IReadOnlyList<(Claim Claim, bool Label)> CrossFit(IReadOnlyList<TrainingExample> annotated, IReadOnlyList<TrainingExample> alwaysTrain, int folds, int seed, Func<string, string> groupOf)
    {
        ArgumentNullException.ThrowIfNull(annotated);
        ArgumentNullException.ThrowIfNull(alwaysTrain);
        ArgumentNullException.ThrowIfNull(groupOf);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var groups = annotated.Select(e => groupOf(e.Claim.ReportId)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var foldOfGroup = groups.Select((g, i) => (g, i % folds)).ToDictionary(x => x.g, x => x.Item2, StringComparer.Ordinal);
        var foldOf = annotated.Select(e => foldOfGroup[groupOf(e.Claim.ReportId)]).ToArray();
        var scored = new (Claim Claim, bool Label)?[annotated.Count];
        for (int f = 0; f < folds; f++)
        {
            var rest = annotated.Where((_, i) => foldOf[i] != f).Concat(alwaysTrain).ToArray();
            if (!foldOf.Contains(f) || !rest.Any(e => e.Label) || rest.All(e => e.Label)) continue;
            var model = Train(rest, seed, "cross-fitting fold");
            for (int i = 0; i < annotated.Count; i++)
                if (foldOf[i] == f)
                    scored[i] = (annotated[i].Claim with { Confidence = ConfidenceModel.Round(model.Probability(annotated[i].Features)) }, annotated[i].Label);
        }
        return scored.Where(x => x is not null).Select(x => x!.Value).ToArray();
    }

    /// <summary>The mean log loss of (confidence, label) pairs (confidence clamped to [0.001, 0.999]).</summary>
    public static double LogLoss(IReadOnlyList<(double Confidence, bool Label)> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        return scored.Count == 0 ? 0 : scored.Average(s => -Math.Log(s.Label ? Math.Clamp(s.Confidence, 0.001, 0.999) : 1 - Math.Clamp(s.Confidence, 0.001, 0.999)));
    }

    /// <summary>The examples' claims with the confidence <paramref name="model"/> gives them (as the library scores them).</summary>
    public static Claim[] Scored(ConfidenceModel model, IReadOnlyList<TrainingExample> examples)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(examples);
        return examples.Select(e => e.Claim with { Confidence = ConfidenceModel.Round(model.Probability(e.Features)) }).ToArray();
    }

    private sealed class Prediction
    {
        public float Probability { get; set; }
    }
}
