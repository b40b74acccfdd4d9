using ClaimCheck.Output;

namespace ClaimCheck;

/// <summary>The output formats of an analysis.</summary>
public enum OutputFormat
{
    /// <summary>One indented JSON document (the contract in /shared/spec/output-contract.md).</summary>
    Json,
    /// <summary>JSON Lines: one record per line with a "type" field (report, claim, event, contradiction).</summary>
    Jsonl,
    /// <summary>A Markdown report for people: who says what per event, contradictions, reports.</summary>
    Markdown,
    /// <summary>One self-contained HTML page.</summary>
    Html,
    /// <summary>The claims as CSV (RFC 4180), one row per claim.</summary>
    Csv,
}

/// <summary>Writes an analysis in any <see cref="OutputFormat"/>.</summary>
public static class AnalysisWriter
{
    /// <summary>Writes <paramref name="analysis"/> to <paramref name="writer"/> in <paramref name="format"/>.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="format">The format.</param>
    /// <param name="writer">Where to write; the caller owns and flushes it.</param>
    /// <param name="texts">
    /// Optional original report texts (report id → text). HTML and Markdown use them to show each claim's whole
    /// sentence around its evidence; the data formats ignore them.
    /// </param>
    public static void Write(Analysis analysis, OutputFormat format, TextWriter writer, IReadOnlyDictionary<string, string>? texts = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case OutputFormat.Json: AnalysisJson.Write(analysis, writer); break;
            case OutputFormat.Jsonl: AnalysisJson.WriteJsonl(analysis, writer); break;
            case OutputFormat.Markdown: MarkdownAnalysisWriter.Write(analysis, writer, texts); break;
            case OutputFormat.Html: HtmlAnalysisWriter.Write(analysis, writer, texts); break;
            case OutputFormat.Csv: CsvClaimWriter.Write(analysis, writer); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown output format.");
        }
    }

    /// <summary>The analysis as a string in <paramref name="format"/>.</summary>
    public static string ToString(Analysis analysis, OutputFormat format, IReadOnlyDictionary<string, string>? texts = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(analysis, format, writer, texts);
        return writer.ToString();
    }

    /// <summary>Parses a format name: json, jsonl, markdown (or md), html, csv; case-insensitive.</summary>
    public static bool TryParseFormat(string? name, out OutputFormat format)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "json": format = OutputFormat.Json; return true;
            case "jsonl" or "ndjson": format = OutputFormat.Jsonl; return true;
            case "markdown" or "md": format = OutputFormat.Markdown; return true;
            case "html": format = OutputFormat.Html; return true;
            case "csv": format = OutputFormat.Csv; return true;
            default: format = default; return false;
        }
    }

    /// <summary>The usual file extension of <paramref name="format"/>, with the dot: ".json", ".jsonl", ".md", ".html", ".csv".</summary>
    public static string FileExtension(OutputFormat format) => format switch
    {
        OutputFormat.Json => ".json",
        OutputFormat.Jsonl => ".jsonl",
        OutputFormat.Markdown => ".md",
        OutputFormat.Html => ".html",
        OutputFormat.Csv => ".csv",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown output format."),
    };
}
