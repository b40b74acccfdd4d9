using System.CommandLine;
using System.Globalization;
using ClaimCheck.Scoring;

namespace ClaimCheck.Cli;

/// <summary>The <c>--model</c> and <c>--min-confidence</c> options, and the checker settings they make.</summary>
internal static class ConfidenceOptions
{
    public static Option<string?> Model() => new("--model")
    {
        Description = "A confidence model written by 'claimcheck train' (JSON, at most 1 MiB) to score claims with, instead of the built-in one.",
        HelpName = "file",
    };

    /// <param name="readBack">For align, which reads claims already filtered when they were extracted: the default keeps them all.</param>
    public static Option<double?> MinConfidence(bool readBack = false) => new("--min-confidence")
    {
        Description = readBack
            ? "Leave out claims whose confidence is below this (0 to 1; default 0: every claim read is kept, as extract already applied its threshold). Events and contradictions use only the claims kept."
            : string.Create(CultureInfo.InvariantCulture,
                $"Leave out claims whose confidence is below this (0 to 1; default: the model's recommended threshold, {ClaimCheckerOptions.DefaultMinConfidence:0.00} for the built-in model; 0 keeps every claim, broad readings included). Events and contradictions use only the claims kept."),
        CustomParser = result =>
        {
            string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value) && value is >= 0 and <= 1) return value;
            result.AddError($"--min-confidence: expected a number from 0 to 1, such as 0.5, found '{text}'");
            return null;
        },
        HelpName = "p",
    };

    /// <summary>The checker settings for <paramref name="modelPath"/> (null: the built-in model) and <paramref name="minConfidence"/>; null after naming a bad model file on stderr.</summary>
    public static ClaimCheckerOptions? Create(string? modelPath, double? minConfidence, TextWriter stderr)
    {
        var model = ConfidenceModel.Default;
        if (modelPath is not null)
        {
            // Only a regular file (through links) is read: a named pipe would block, a device never end.
            var kind = FileKinds.Of(modelPath);
            if (kind != FileKind.Regular)
            {
                string what = kind switch { FileKind.Missing => "no such file", FileKind.Folder => "is a folder, not a model file", _ => "is not a regular file" };
                stderr.WriteLine($"claimcheck: --model {modelPath}: {what}; nothing written");
                return null;
            }
            try
            {
                model = ConfidenceModel.Load(modelPath);
            }
            catch (FormatException ex)
            {
                stderr.WriteLine($"claimcheck: --model {ex.Message}; nothing written");
                return null;
            }
        }
        // A model written by 'train' carries the threshold chosen for it; the built-in one's is the library's default.
        return new ClaimCheckerOptions { ConfidenceModel = model, MinConfidence = minConfidence ?? (modelPath is null ? ClaimCheckerOptions.DefaultMinConfidence : model.RecommendedThreshold) };
    }
}
