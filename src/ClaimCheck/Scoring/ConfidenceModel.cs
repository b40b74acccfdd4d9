using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimCheck.Scoring;

/// <summary>
/// A trained confidence scorer: a logistic model over the claim features of <see cref="FeatureNames"/>, with its Platt
/// calibration. Scoring evaluates the saved weights directly (no ML.NET at run time): cheap, deterministic, thread-safe and
/// native-AOT safe. Models are trained by <c>claimcheck train</c> (ML.NET, in the command-line tool) and saved as JSON:
/// <c>{ "format": "claimcheck-confidence/1", "description", "recommendedThreshold", "bias", "calibration": { "slope", "offset" }, "weights": { name: weight } }</c>.
/// </summary>
public sealed class ConfidenceModel
{
    /// <summary>The format tag a model file must carry.</summary>
    public const string Format = "claimcheck-confidence/1";

    /// <summary>A model file larger than this (1 MiB) is refused unread.</summary>
    public const long MaxFileBytes = 1 << 20;

    private const string EmbeddedName = "ClaimCheck.Scoring.confidence-model.json";

    private static readonly Lazy<ConfidenceModel> s_default = new(() =>
    {
        using var stream = typeof(ConfidenceModel).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidOperationException("The embedded confidence model is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "embedded:confidence-model.json");
    });

    private readonly double[] _weights;

    private ConfidenceModel(string description, double recommendedThreshold, double bias, double slope, double offset, double[] weights)
    {
        Description = description;
        RecommendedThreshold = recommendedThreshold;
        Bias = bias;
        CalibrationSlope = slope;
        CalibrationOffset = offset;
        _weights = weights;
    }

    /// <summary>The model shipped with the library (trained on the tuning half of the development set and the spec files; see the README).</summary>
    public static ConfidenceModel Default => s_default.Value;

    /// <summary>The names of the features a model may weigh, in the scorer's order.</summary>
    public static IReadOnlyList<string> FeatureNames => ClaimFeatures.Names;

    /// <summary>What the model was trained on, in words.</summary>
    public string Description { get; }

    /// <summary>The threshold chosen when the model was trained (see the README for how); 0 keeps every claim.</summary>
    public double RecommendedThreshold { get; }

    /// <summary>The linear score's intercept.</summary>
    public double Bias { get; }

    /// <summary>Platt calibration: probability = 1 / (1 + exp(slope · score + offset)).</summary>
    public double CalibrationSlope { get; }

    /// <summary>Platt calibration offset (see <see cref="CalibrationSlope"/>).</summary>
    public double CalibrationOffset { get; }

    /// <summary>The weight of each feature, by name (features the file does not name weigh 0).</summary>
    public IReadOnlyDictionary<string, double> Weights =>
        FeatureNames.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => _weights[x.i], StringComparer.Ordinal);

    /// <summary>A model from its parameters (used by training; weights not named weigh 0).</summary>
    /// <exception cref="FormatException">A feature name is unknown, a number is not finite, or the threshold is outside [0, 1].</exception>
    public static ConfidenceModel Create(string description, IReadOnlyDictionary<string, double> weights, double bias, double calibrationSlope, double calibrationOffset, double recommendedThreshold)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(weights);
        return Build("parameters", description, weights, bias, calibrationSlope, calibrationOffset, recommendedThreshold);
    }

    /// <summary>Reads a model file. The file is untrusted: anything malformed is refused with a <see cref="FormatException"/> naming it.</summary>
    /// <exception cref="FormatException">The file cannot be read, is too large, is not JSON, or is not a valid model.</exception>
    public static ConfidenceModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string json;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw new FormatException($"{path}: no such file");
            if (info.Length > MaxFileBytes) throw new FormatException($"{path}: {info.Length.ToString(CultureInfo.InvariantCulture)} bytes; a model file has at most {MaxFileBytes.ToString(CultureInfo.InvariantCulture)}");
            // Read at most the limit, whatever the file claims to be (a device or a growing file).
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 4096, FileOptions.SequentialScan);
            var buffer = new byte[MaxFileBytes + 1];
            int read = 0, n;
            while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0) read += n;
            if (read > MaxFileBytes) throw new FormatException($"{path}: more than {MaxFileBytes.ToString(CultureInfo.InvariantCulture)} bytes; a model file has at most that");
            json = new System.Text.UTF8Encoding(false, true).GetString(buffer, 0, read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            throw new FormatException($"{path}: {e.Message}", e);
        }
        return Parse(json, path);
    }

    /// <summary>Reads a model from its JSON text; <paramref name="origin"/> names it in errors.</summary>
    /// <exception cref="FormatException">The text is not JSON or not a valid model.</exception>
    public static ConfidenceModel Parse(string json, string origin = "model")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(origin);
        ModelFile file;
        try
        {
            file = JsonSerializer.Deserialize(json, ModelJsonContext.Default.ModelFile) ?? throw new FormatException($"{origin}: the model is null");
        }
        catch (JsonException e)
        {
            throw new FormatException($"{origin}: not a model file (line {((e.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture)}): {e.Message}", e);
        }
        if (file.Format != Format) throw new FormatException($"{origin}: format is \"{Output.DisplayText.Show(file.Format ?? "null")}\", expected \"{Format}\"");
        if (file.Weights is null) throw new FormatException($"{origin}: no weights");
        if (file.Calibration is null) throw new FormatException($"{origin}: no calibration");
        return Build(origin, file.Description ?? "", file.Weights, file.Bias, file.Calibration.Slope, file.Calibration.Offset, file.RecommendedThreshold);
    }

    private static ConfidenceModel Build(string origin, string description, IReadOnlyDictionary<string, double> weights, double bias, double slope, double offset, double threshold)
    {
        static void Finite(string origin, string name, double value)
        {
            if (!double.IsFinite(value)) throw new FormatException($"{origin}: {name} is not a finite number");
        }
        Finite(origin, "bias", bias);
        Finite(origin, "calibration.slope", slope);
        Finite(origin, "calibration.offset", offset);
        if (!(threshold >= 0 && threshold <= 1)) throw new FormatException($"{origin}: recommendedThreshold {threshold.ToString(CultureInfo.InvariantCulture)} is outside [0, 1]");
        var vector = new double[FeatureNames.Count];
        foreach (var (name, weight) in weights)
        {
            int index = ClaimFeatures.IndexOf(name);
            if (index < 0) throw new FormatException($"{origin}: unknown feature \"{Output.DisplayText.Show(name)}\" (the features are listed by ConfidenceModel.FeatureNames)");
            Finite(origin, $"weight of {name}", weight);
            vector[index] = weight;
        }
        return new ConfidenceModel(description, threshold, bias, slope, offset, vector);
    }

    /// <summary>The confidence of each claim of one report (0–1, three decimals), in the claims' order.</summary>
    /// <param name="claims">Claims read in <paramref name="reportText"/> (their evidence offsets point into it).</param>
    /// <param name="reportText">The report's original text.</param>
    public double[] Score(IReadOnlyList<Claim> claims, string reportText)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(reportText);
        var text = new ScoringText(reportText, claims);
        var features = new float[FeatureNames.Count];
        var scores = new double[claims.Count];
        for (int i = 0; i < claims.Count; i++)
        {
            ClaimFeatures.Compute(claims[i], text, features);
            scores[i] = Round(Probability(features));
        }
        return scores;
    }

    /// <summary>The calibrated probability for one feature vector (unrounded).</summary>
    internal double Probability(ReadOnlySpan<float> features)
    {
        double score = Bias;
        for (int i = 0; i < _weights.Length; i++) score += _weights[i] * features[i];
        return 1 / (1 + Math.Exp(CalibrationSlope * score + CalibrationOffset));
    }

    /// <summary>Three decimals, half away from zero: what the output shows and what thresholds compare.</summary>
    internal static double Round(double probability) => Math.Round(probability, 3, MidpointRounding.AwayFromZero);

    /// <summary>The model as JSON (the format <see cref="Parse"/> reads), with every feature named, in the scorer's order.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("format", Format);
            w.WriteString("description", Description);
            w.WriteNumber("recommendedThreshold", RecommendedThreshold);
            w.WriteNumber("bias", Bias);
            w.WriteStartObject("calibration");
            w.WriteNumber("slope", CalibrationSlope);
            w.WriteNumber("offset", CalibrationOffset);
            w.WriteEndObject();
            w.WriteStartObject("weights");
            for (int i = 0; i < _weights.Length; i++) w.WriteNumber(FeatureNames[i], _weights[i]);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    internal sealed record ModelFile(string? Format, string? Description, double RecommendedThreshold, double Bias, CalibrationFile? Calibration, Dictionary<string, double>? Weights);

    internal sealed record CalibrationFile(double Slope, double Offset);
}

/// <summary>Source-generated reader for model files: strict (unknown fields refused), comments and trailing commas allowed.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    MaxDepth = 8)]
[JsonSerializable(typeof(ConfidenceModel.ModelFile))]
internal sealed partial class ModelJsonContext : JsonSerializerContext;
