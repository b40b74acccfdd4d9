namespace ClaimCheck.Output;

/// <summary>
/// Marks a type whose notebook formatters <see cref="FormatterSourceType"/> creates. .NET Interactive (Polyglot Notebooks,
/// Jupyter with the .NET kernel) finds formatters by this convention, matching the attribute by its name, so ClaimCheck
/// needs no package reference to render nicely in a notebook.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    /// <summary>Names the class whose <c>CreateTypeFormatters()</c> returns the formatters.</summary>
    public TypeFormatterSourceAttribute(Type formatterSourceType) => FormatterSourceType = formatterSourceType;

    /// <summary>The formatter source class.</summary>
    public Type FormatterSourceType { get; }

    /// <summary>The MIME types to prefer when displaying the type, e.g. "text/html".</summary>
    public string[]? PreferredMimeTypes { get; set; }
}

/// <summary>
/// Creates the notebook formatters of <see cref="Analysis"/> (the .NET Interactive convention: a public parameterless
/// constructor and <c>IEnumerable&lt;object&gt; CreateTypeFormatters()</c>).
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
