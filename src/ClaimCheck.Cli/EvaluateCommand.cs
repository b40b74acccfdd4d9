using System.Text.Json;
using ClaimCheck.Evaluation;

namespace ClaimCheck.Cli;

/// <summary>The parsed options of <c>claimcheck evaluate</c>.</summary>
/// <param name="Inputs">Files, folders, or "-" for JSONL on stdin.</param>
/// <param name="GoldPath">The gold file.</param>
/// <param name="Json">JSON output instead of text.</param>
/// <param name="Out">The output file, or null for stdout.</param>
/// <param name="ManifestPath">An explicit manifest, or null.</param>
/// <param name="Only">A subset of reports to score ("split.json:tune", "ids.json"), or null for all.</param>
/// <param name="Strict">Stop at the first bad input.</param>
/// <param name="Checker">The confidence model and threshold (--model, --min-confidence), or null for the defaults.</param>
internal sealed record EvaluateOptions(IReadOnlyList<string> Inputs, string GoldPath, bool Json, string? Out, string? ManifestPath, string? Only, bool Strict,
    ClaimCheckerOptions? Checker = null);

/// <summary>
/// Runs <c>claimcheck evaluate</c>: reads the gold and the reports, analyses the reports (only those of <c>--only</c>,
/// when given), scores the analysis against the gold (see <see cref="Evaluator"/>) and writes the figures.
/// </summary>
internal static class EvaluateCommand
{
    public static int Execute(EvaluateOptions options, Stream stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (CommandInputs.Validate(options.Inputs, "evaluate", stderr) is { } usage) return usage;
        if (!TryLoadGold(options.GoldPath, options.Only, stderr, out var gold, out var only)) return ExitCodes.InvalidGold;

        return CommandInputs.RunOnReports(options.Inputs, options.ManifestPath, options.Strict, InputLimits.Default, null, "evaluate", stdin, stderr, cancellationToken, loader =>
        {
            var reports = only is null ? loader.Reports : loader.Reports.Where(r => only.Contains(r.Id)).ToArray();
            if (reports.Count == 0)
            {
                stderr.WriteLine($"claimcheck: none of the inputs is among the {CommandInputs.Plural(only!.Count, "report")} of --only; nothing written");
                return ExitCodes.NoReports;
            }
            var analysis = ClaimChecker.CreateDefault(options.Checker ?? ClaimCheckerOptions.Default).Analyze(reports);
            cancellationToken.ThrowIfCancellationRequested();
            var result = Evaluator.Evaluate(gold, analysis, reports.ToDictionary(r => r.Id, r => r.Text, StringComparer.Ordinal));
            if (result.UnanalysedReports.Count > 0)
                stderr.WriteLine($"claimcheck: {CommandInputs.Plural(result.UnanalysedReports.Count, "report")} of the gold not among the inputs (their core claims count as missed): {string.Join(", ", result.UnanalysedReports.Take(5))}{(result.UnanalysedReports.Count > 5 ? ", …" : "")}");
            return Write(result, options, stdout, stderr, cancellationToken);
        });
    }

    /// <summary>
    /// Reads the gold file, restricted to the reports of <paramref name="onlyValue"/> (--only) when given; false after naming
    /// the problem on stderr (the caller exits with <see cref="ExitCodes.InvalidGold"/>).
    /// </summary>
    internal static bool TryLoadGold(string goldPath, string? onlyValue, TextWriter stderr, out GoldSet gold, out IReadOnlySet<string>? only)
    {
        gold = new GoldSet([]);
        only = null;
        try
        {
            gold = GoldSet.Load(goldPath);
            if (onlyValue is { } subset)
            {
                only = ReportSubset.Load(subset);
                gold = gold.Restrict(only);
            }
            return true;
        }
        catch (Exception ex) when (ex is GoldFormatException or IOException or UnauthorizedAccessException)
        {
            string message = ex is GoldFormatException ? ex.Message : $"{goldPath}: {Describe(goldPath, ex)}";
            stderr.WriteLine($"claimcheck: {message}; nothing written");
            return false;
        }
        catch (ReportSubsetException ex)
        {
            stderr.WriteLine($"claimcheck: --only {ex.Message}; nothing written");
            return false;
        }
    }

    /// <summary>Why a file could not be read; a folder is named as such rather than "permission denied".</summary>
    internal static string Describe(string path, Exception ex) =>
        Directory.Exists(path) ? "is a folder, not a JSON file" : InputProblems.Describe(ex);

    private static int Write(EvaluationResult result, EvaluateOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        AnalysisOutput.Write(
            writer =>
            {
                if (options.Json) EvaluationWriter.WriteJson(result, writer);
                else EvaluationWriter.WriteText(result, writer);
            },
            options.Out, stdout, stderr, cancellationToken);
}

/// <summary>A list of report ids that --only cannot read.</summary>
internal sealed class ReportSubsetException(string message) : Exception(message);

/// <summary>
/// The report ids of <c>--only</c>: <c>file.json</c> holding a JSON array of ids, or <c>file.json:key</c> naming an array
/// of ids inside a JSON object (the halves of a split: <c>split.json:tune</c>).
/// </summary>
internal static class ReportSubset
{
    /// <exception cref="ReportSubsetException">The file or key cannot be read as a list of ids.</exception>
    public static IReadOnlySet<string> Load(string value)
    {
        string path = value;
        string? key = null;
        int colon = value.LastIndexOf(':');
        if (!File.Exists(value) && colon > 0 && colon < value.Length - 1 && value.IndexOfAny(['/', '\\'], colon) < 0)
        {
            path = value[..colon];
            key = value[(colon + 1)..];
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ReportSubsetException($"{path}: {EvaluateCommand.Describe(path, ex)}");
        }
        catch (JsonException ex)
        {
            throw new ReportSubsetException($"{path}: invalid JSON at line {(ex.LineNumber ?? 0) + 1}");
        }
        using (document)
        {
            var list = document.RootElement;
            if (list.ValueKind == JsonValueKind.Object)
            {
                var lists = list.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array).Select(p => p.Name).ToArray();
                if (key is null)
                    throw new ReportSubsetException($"{path}: holds several lists; name one as {path}:KEY ({string.Join(", ", lists)})");
                if (!list.TryGetProperty(key, out list) || list.ValueKind != JsonValueKind.Array)
                    throw new ReportSubsetException($"{path}: no list \"{key}\" (it has: {string.Join(", ", lists)})");
            }
            else if (key is not null || list.ValueKind != JsonValueKind.Array)
            {
                throw new ReportSubsetException($"{path}: expected a JSON array of report ids, or an object of such arrays with :KEY");
            }
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in list.EnumerateArray())
            {
                if (id.ValueKind != JsonValueKind.String) throw new ReportSubsetException($"{path}{(key is null ? "" : ":" + key)}: report ids must be strings");
                ids.Add(id.GetString()!);
            }
            return ids;
        }
    }
}
