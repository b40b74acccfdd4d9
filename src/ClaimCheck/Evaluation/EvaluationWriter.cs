using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCheck.Output;

namespace ClaimCheck.Evaluation;

/// <summary>Renders an <see cref="EvaluationResult"/> as text (for people) or JSON (for pipelines).</summary>
public static class EvaluationWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// The text report. Its first line is score.py's summary ("claims: recall 34/34 = 1.00, precision 43/47 = 0.91; …"),
    /// then the figures per kind with the misses by cause (diagnose.py's table), event B-cubed (events.py's line), and the
    /// lists: missed core claims with their causes, unmatched emitted claims, contradictions and must-nots.
    /// </summary>
    public static void WriteText(EvaluationResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var text = new StringBuilder();
        text.Append(Invariant, $"claims: recall {result.Found}/{result.Core} = {result.Recall:F2}, precision {result.Matched}/{result.Emitted} = {result.Precision:F2}");
        if (result.Contradictions.Count > 0 || result.MustNot.Count > 0)
            text.Append(Invariant, $"; contradictions {result.Contradictions.Count(x => x.Passed)}/{result.Contradictions.Count}; mustNot {result.MustNot.Count(m => m.Passed)}/{result.MustNot.Count}");
        text.Append('\n');

        var causes = Enum.GetValues<MissCause>();
        text.Append(Invariant, $"{"kind",-12}{"core",9}{"found",9}{"recall",9}{"emitted",9}{"matched",9}{"precision",10}");
        foreach (var cause in causes) text.Append(Name(cause).PadLeft(9));
        text.Append('\n');
        foreach (var k in result.Kinds)
            Row(ContractNames.Of(k.Kind), k.Core, k.Found, k.Recall, k.Emitted, k.Matched, k.Precision, k.Causes);
        Row("total", result.Core, result.Found, result.Recall, result.Emitted, result.Matched, result.Precision, result.Causes);

        if (result.Events is { } e)
            text.Append(Invariant, $"events over {e.Claims} found claims: B-cubed precision {e.Precision:F2}, recall {e.Recall:F2}, F1 {e.F1:F2}; gold events {e.GoldEvents}, predicted {e.PredictedEvents}\n");
        if (result.Calibration is { } calibration)
        {
            text.Append(Invariant, $"calibration over {calibration.Claims} scored claims: expected calibration error {calibration.ExpectedCalibrationError:F3}\n");
            text.Append(Invariant, $"{"confidence",-12}{"claims",9}{"matched",9}{"precision",10}{"mean conf",10}\n");
            foreach (var b in calibration.Bins)
                text.Append(Invariant, $"{$"{b.From:F1}-{b.To:F1}",-12}{b.Claims,9}{b.Matched,9}{b.Precision,10:F3}{b.MeanConfidence,10:F3}\n");
        }
        if (result.UnanalysedReports.Count > 0)
            text.Append(Invariant, $"not analysed ({result.UnanalysedReports.Count} gold reports, their claims count as missed): {string.Join(", ", result.UnanalysedReports)}\n");

        if (result.Misses.Count > 0)
        {
            text.Append(Invariant, $"\nmissed ({result.Misses.Count}):\n");
            foreach (var m in result.Misses)
            {
                var g = m.Gold;
                string value = g.Polarities.Count > 0 ? string.Join('|', g.Polarities.Select(p => ContractNames.Of(p))) : Evaluator.GoldInterval(g);
                text.Append(Invariant, $"  {g.Id} {g.Report} {ContractNames.Of(g.Kind)} {string.Join(',', g.Camps.Select(c => ContractNames.Of(c)))} {value}");
                if (g.Subject is not null) text.Append(' ').Append(g.Subject);
                text.Append(Invariant, $" — {m.Detail}");
                if (g.Quote is not null) text.Append(Invariant, $" «{OneLine(g.Quote)}»");
                text.Append('\n');
            }
        }
        if (result.Unmatched.Count > 0)
        {
            text.Append(Invariant, $"\nunmatched ({result.Unmatched.Count}):\n");
            foreach (var c in result.Unmatched)
            {
                string value = c.Polarity is { } polarity ? ContractNames.Of(polarity) : c.Quantity?.ToString() ?? "";
                text.Append(Invariant, $"  {c.Id} {c.ReportId} {ContractNames.Of(c.Kind)} {ContractNames.Of(c.Source.Camp)} {value}");
                if (c.Subject is not null) text.Append(' ').Append(c.Subject);
                text.Append(Invariant, $" [{c.Evidence.Start}, {c.Evidence.End}) «{OneLine(c.Evidence.Text)}»\n");
            }
        }
        if (result.Contradictions.Count > 0 || result.MustNot.Count > 0)
        {
            text.Append('\n');
            text.AppendJoin(' ', result.Contradictions.Select(x => $"{x.Id} {(x.Passed ? "found" : "MISSED")}")
                .Concat(result.MustNot.Select(m => $"{m.Id} {(m.Passed ? "holds" : "BROKEN")}")));
            text.Append('\n');
        }
        writer.Write(text.ToString());

        void Row(string name, int core, int found, double recall, int emitted, int matched, double precision, IReadOnlyDictionary<MissCause, int> byCause)
        {
            text.Append(Invariant, $"{name,-12}{core,9}{found,9}{recall,9:F2}{emitted,9}{matched,9}{precision,10:F2}");
            foreach (var cause in causes) text.Append(byCause[cause].ToString(Invariant).PadLeft(9));
            text.Append('\n');
        }
    }

    /// <summary>The result as one indented JSON document (UTF-8, "\n" new lines); unmatched claims are contract claim records.</summary>
    public static void WriteJson(EvaluationResult result, Stream utf8Stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(utf8Stream);
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
#if NET9_0_OR_GREATER
        options.NewLine = "\n";
#endif
        using (var json = new Utf8JsonWriter(utf8Stream, options))
        {
            json.WriteStartObject();
            Figures(json, result.Core, result.Found, result.Recall, result.Emitted, result.Matched, result.Precision, result.Causes);
            json.WriteStartArray("kinds");
            foreach (var k in result.Kinds)
            {
                json.WriteStartObject();
                json.WriteString("kind", ContractNames.Of(k.Kind));
                Figures(json, k.Core, k.Found, k.Recall, k.Emitted, k.Matched, k.Precision, k.Causes);
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WritePropertyName("events");
            if (result.Events is { } e)
            {
                json.WriteStartObject();
                json.WriteNumber("claims", e.Claims);
                json.WriteNumber("precision", e.Precision);
                json.WriteNumber("recall", e.Recall);
                json.WriteNumber("f1", e.F1);
                json.WriteNumber("goldEvents", e.GoldEvents);
                json.WriteNumber("predictedEvents", e.PredictedEvents);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNullValue();
            }
            json.WritePropertyName("calibration");
            if (result.Calibration is { } calibration)
            {
                json.WriteStartObject();
                json.WriteNumber("claims", calibration.Claims);
                json.WriteNumber("expectedCalibrationError", calibration.ExpectedCalibrationError);
                json.WriteStartArray("bins");
                foreach (var b in calibration.Bins)
                {
                    json.WriteStartObject();
                    json.WriteNumber("from", b.From);
                    json.WriteNumber("to", b.To);
                    json.WriteNumber("claims", b.Claims);
                    json.WriteNumber("matched", b.Matched);
                    json.WriteNumber("precision", b.Precision);
                    json.WriteNumber("meanConfidence", b.MeanConfidence);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            else
            {
                json.WriteNullValue();
            }
            Checks(json, "contradictions", result.Contradictions, "found");
            Checks(json, "mustNot", result.MustNot, "held");
            json.WriteStartArray("unanalysedReports");
            foreach (var r in result.UnanalysedReports) json.WriteStringValue(r);
            json.WriteEndArray();

            json.WriteStartArray("misses");
            foreach (var m in result.Misses)
            {
                var g = m.Gold;
                json.WriteStartObject();
                json.WriteString("id", g.Id);
                json.WriteString("report", g.Report);
                json.WriteString("kind", ContractNames.Of(g.Kind));
                json.WriteString("cause", Name(m.Cause));
                json.WriteString("detail", m.Detail);
                json.WriteStartArray("camps");
                foreach (var c in g.Camps) json.WriteStringValue(ContractNames.Of(c));
                json.WriteEndArray();
                json.WriteString("quote", g.Quote);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("unmatched");
            foreach (var c in result.Unmatched) AnalysisJson.WriteClaim(json, c);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        utf8Stream.WriteByte((byte)'\n');
    }

    /// <summary>The result as one indented JSON document.</summary>
    public static void WriteJson(EvaluationResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var buffer = new MemoryStream();
        WriteJson(result, buffer);
        writer.Write(new UTF8Encoding(false).GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>The contract-style name of a cause ("none", "camp", …).</summary>
    public static string Name(MissCause cause) => ContractNames.Of(cause);

    private static void Figures(Utf8JsonWriter json, int core, int found, double recall, int emitted, int matched, double precision, IReadOnlyDictionary<MissCause, int> causes)
    {
        json.WriteNumber("core", core);
        json.WriteNumber("found", found);
        json.WriteNumber("recall", recall);
        json.WriteNumber("emitted", emitted);
        json.WriteNumber("matched", matched);
        json.WriteNumber("precision", precision);
        json.WriteStartObject("missed");
        foreach (var (cause, count) in causes) json.WriteNumber(Name(cause), count);
        json.WriteEndObject();
    }

    private static void Checks(Utf8JsonWriter json, string name, IReadOnlyList<GoldCheck> checks, string passed)
    {
        json.WriteStartObject(name);
        json.WriteNumber(passed, checks.Count(c => c.Passed));
        json.WriteNumber("total", checks.Count);
        json.WriteStartArray("items");
        foreach (var c in checks)
        {
            json.WriteStartObject();
            json.WriteString("id", c.Id);
            json.WriteBoolean(passed, c.Passed);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
