namespace ClaimCheck.Output;

/// <summary>
/// Creates the notebook formatters of <see cref="Analysis"/> (the .NET Interactive convention: a public parameterless
/// constructor and <c>IEnumerable&lt;object&gt; CreateTypeFormatters()</c>). <see cref="Analysis"/>'s
/// <see cref="TypeFormatterSourceAttribute"/> names this class by its assembly-qualified name; a test checks that the name resolves.
/// </summary>
internal sealed class AnalysisFormatterSource
{
    /// <summary>An HTML formatter (tables) and a plain-text one (a summary line).</summary>
    public IEnumerable<object> CreateTypeFormatters() => [new AnalysisHtmlFormatter(), new AnalysisPlainTextFormatter()];
}

/// <summary>Renders an <see cref="Analysis"/> as HTML tables (by the convention: MimeType, Type, Format).</summary>
internal sealed class AnalysisHtmlFormatter
{
    /// <summary>"text/html".</summary>
    public string MimeType => "text/html";

    /// <summary>The formatted type.</summary>
    public Type Type => typeof(Analysis);

    /// <summary>Writes the tables; false when <paramref name="instance"/> is not an analysis.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not Analysis analysis) return false;
        HtmlAnalysisWriter.WriteTables(analysis, writer);
        return true;
    }
}

/// <summary>Renders an <see cref="Analysis"/> as one summary line (by the convention: MimeType, Type, Format).</summary>
internal sealed class AnalysisPlainTextFormatter
{
    /// <summary>"text/plain".</summary>
    public string MimeType => "text/plain";

    /// <summary>The formatted type.</summary>
    public Type Type => typeof(Analysis);

    /// <summary>Writes "Analysis: 5 reports, 12 claims, 3 events, 2 contradictions"; false when not an analysis.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not Analysis analysis) return false;
        writer.Write("Analysis: ");
        writer.Write(string.Join(", ",
            ClaimText.Count(analysis.Reports.Count, "report"),
            ClaimText.Count(analysis.Claims.Count, "claim"),
            ClaimText.Count(analysis.Events.Count, "event"),
            ClaimText.Count(analysis.Contradictions.Count, "contradiction")));
        return true;
    }
}
