using System.Globalization;
using System.Text.Json.Nodes;
using ClaimCheck.Evaluation;
using ClaimCheck.Scoring;

namespace ClaimCheck.Training;

/// <summary>One candidate claim with its features and whether an annotator agrees with it.</summary>
/// <param name="Claim">The candidate, as the rules propose it (unscored).</param>
/// <param name="Features">Its features (<see cref="ConfidenceModel.FeatureNames"/>).</param>
/// <param name="Label">True when it matches a gold claim (core or not) or an expected spec claim.</param>
/// <param name="Weight">How much the example counts in training (spec lines count less than annotated reports: <see cref="TrainingData.SpecWeight"/>).</param>
public sealed record TrainingExample(Claim Claim, float[] Features, bool Label, float Weight = 1);

/// <summary>
/// Labelled candidates for training the confidence model: every claim the rules propose in an annotated report, positive
/// when it matches a gold claim as <c>claimcheck evaluate</c> matches (<see cref="Evaluator.Matches"/>), negative otherwise;
/// and the claims of the repository's spec lines (their expected claims are positives; a line marked exact forbids every
/// other claim, so its other claims are negatives; the other claims of a line not marked exact are left out, unlabelled).
/// </summary>
public static class TrainingData
{
    /// <summary>
    /// The weight of a spec example. Spec lines are short sentences written to pass, nearly all positive: at full weight
    /// they would teach the model that claims are right more often than they are in real reports.
    /// </summary>
    public const float SpecWeight = 0.1f;

    /// <summary>The rules alone, strict and broad readings: no model, no threshold.</summary>
    public static ClaimChecker Candidates { get; } = ClaimChecker.CreateCandidates();

    /// <summary>The labelled candidates of the annotated reports among <paramref name="reports"/> (others are skipped), in report order.</summary>
    public static IReadOnlyList<TrainingExample> FromGold(IReadOnlyList<Report> reports, GoldSet gold)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(gold);
        var byReport = gold.Claims.ToLookup(g => g.Report, StringComparer.Ordinal);
        var examples = new List<TrainingExample>();
        foreach (var report in reports.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            if (!byReport.Contains(report.Id)) continue;
            var golds = byReport[report.Id].Select(g => (Gold: g, Span: g.SpanIn(report.Text))).ToArray();
            var claims = Candidates.Extract(report).Claims;
            var features = Features(claims, report.Text);
            for (int i = 0; i < claims.Count; i++)
                examples.Add(new TrainingExample(claims[i], features[i], golds.Any(g => Evaluator.Matches(g.Gold, claims[i], g.Span))));
        }
        return examples;
    }

    /// <summary>The labelled candidates of spec files (JSON lines <c>{text, outlet?, published?, expect: [...], exact?}</c>; lines starting with // are comments).</summary>
    /// <exception cref="FormatException">A line is not a spec.</exception>
    public static IReadOnlyList<TrainingExample> FromSpecs(IEnumerable<string> specFiles)
    {
        ArgumentNullException.ThrowIfNull(specFiles);
        var examples = new List<TrainingExample>();
        foreach (var path in specFiles.Order(StringComparer.Ordinal))
        {
            int number = 0;
            foreach (var line in File.ReadLines(path))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith("//", StringComparison.Ordinal)) continue;
                var spec = SpecLine.Parse(line, $"{Path.GetFileName(path)}:{number.ToString(CultureInfo.InvariantCulture)}");
                var claims = Candidates.Extract(spec.Report).Claims;
                var features = Features(claims, spec.Report.Text);
                for (int i = 0; i < claims.Count; i++)
                {
                    bool expected = spec.Expected.Any(e => SpecLine.Matches(e, claims[i], spec.Report.Text));
                    if (expected || spec.Exact) examples.Add(new TrainingExample(claims[i], features[i], expected, SpecWeight));
                }
            }
        }
        return examples;
    }

    /// <summary>The feature vectors of one report's claims.</summary>
    public static float[][] Features(IReadOnlyList<Claim> claims, string text)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var prepared = new ScoringText(text, claims);
        return claims.Select(c =>
        {
            var vector = new float[ConfidenceModel.FeatureNames.Count];
            ClaimFeatures.Compute(c, prepared, vector);
            return vector;
        }).ToArray();
    }
}

/// <summary>One line of a claims spec file: a short text written for the purpose, and the claims it must yield.</summary>
/// <param name="Report">The text as a report (id "spec-LINE").</param>
/// <param name="Expected">The expected claims, each given by the fields it must match.</param>
/// <param name="Exact">True when the line forbids any other claim.</param>
public sealed record SpecLine(Report Report, IReadOnlyList<JsonObject> Expected, bool Exact)
{
    /// <summary>Reads a spec line; <paramref name="where"/> names it (file:line) in the report id and errors.</summary>
    /// <exception cref="FormatException">The line is not a spec object with a text.</exception>
    public static SpecLine Parse(string line, string where)
    {
        ArgumentNullException.ThrowIfNull(line);
        JsonObject node;
        try
        {
            node = JsonNode.Parse(line)?.AsObject() ?? throw new FormatException($"{where}: not a JSON object");
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            throw new FormatException($"{where}: not a spec line: {e.Message}", e);
        }
        string text = node["text"] is JsonValue t && t.TryGetValue(out string? s) ? s : throw new FormatException($"{where}: no text");
        DateOnly? published = node["published"] is JsonValue p && p.TryGetValue(out string? date)
            ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        string? outlet = node["outlet"] is JsonValue o && o.TryGetValue(out string? name) ? name : null;
        var expected = node["expect"] is JsonArray list ? list.OfType<JsonObject>().ToArray() : [];
        bool exact = node["exact"] is JsonValue x && x.TryGetValue(out bool b) && b;
        return new SpecLine(new Report("spec-" + where, text, outlet, published), expected, exact);
    }

    /// <summary>True when <paramref name="claim"/> has every field <paramref name="expected"/> gives (kind, polarity, min, max, qualifier, subject, harm, action, camp, source, via, quote).</summary>
    public static bool Matches(JsonObject expected, Claim claim, string text)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(text);
        static bool Same(object? value, JsonNode? want) => string.Equals(value?.ToString(), (string?)want, StringComparison.OrdinalIgnoreCase);
        var e = expected;
        if (e["kind"] is { } k && !Same(claim.Kind, k)) return false;
        if (e["polarity"] is { } p && !Same(claim.Polarity, p)) return false;
        if (e["min"] is { } min && claim.Quantity?.Min != (long)min) return false;
        if (e.ContainsKey("max"))
        {
            long? max = e["max"] is null ? null : (long)e["max"]!;
            if (claim.Quantity is null || claim.Quantity.Max != max) return false;
        }
        if (e["qualifier"] is { } q && !Same(claim.Quantity?.Qualifier, q)) return false;
        if (e["subject"] is { } s && claim.Subject != (string)s!) return false;
        if (e["harm"] is { } h && !Same(claim.Harm, h)) return false;
        if (e["action"] is { } a && claim.Action != (string)a!) return false;
        if (e["camp"] is { } camp && !Same(claim.Source.Camp, camp)) return false;
        if (e["source"] is { } src && claim.Source.Name != (string)src!) return false;
        if (e["via"] is JsonArray via && !via.Select(v => (string)v!).SequenceEqual(claim.Source.Via)) return false;
        if (e["places"] is JsonArray places && !places.Select(v => (string)v!).SequenceEqual(claim.Places)) return false;
        if (e["quote"] is { } quote)
        {
            string words = (string)quote!;
            int at = text.IndexOf(words, StringComparison.Ordinal);
            if (at < 0 || !(claim.Evidence.Start < at + words.Length && at < claim.Evidence.End)) return false;
        }
        return true;
    }
}
