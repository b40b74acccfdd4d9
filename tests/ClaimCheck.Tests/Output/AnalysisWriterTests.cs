using System.Reflection;
using ClaimCheck.Output;

namespace ClaimCheck.Tests.Output;

public class AnalysisWriterTests
{
    [Theory]
    [InlineData(OutputFormat.Json, "{\n  \"schemaVersion\": \"1\"")]
    [InlineData(OutputFormat.Jsonl, "{\"type\":\"report\",\"id\":\"a.txt\"")]
    [InlineData(OutputFormat.Markdown, "# ClaimCheck analysis\n")]
    [InlineData(OutputFormat.Html, "<!DOCTYPE html>\n")]
    [InlineData(OutputFormat.Csv, "id,reportId,kind,")]
    public void Each_format_writes_its_own_shape(OutputFormat format, string start)
    {
        Assert.StartsWith(start, SampleAnalysis.Render(SampleAnalysis.Create(), format));
    }

    [Theory]
    [InlineData("json", OutputFormat.Json)]
    [InlineData("JSONL", OutputFormat.Jsonl)]
    [InlineData("ndjson", OutputFormat.Jsonl)]
    [InlineData("md", OutputFormat.Markdown)]
    [InlineData("Markdown", OutputFormat.Markdown)]
    [InlineData("html", OutputFormat.Html)]
    [InlineData(" csv ", OutputFormat.Csv)]
    public void Format_names_parse(string name, OutputFormat expected)
    {
        Assert.True(AnalysisWriter.TryParseFormat(name, out var format));
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_format_names_do_not_parse(string? name)
    {
        Assert.False(AnalysisWriter.TryParseFormat(name, out _));
    }

    [Fact]
    public void Every_format_has_an_extension()
    {
        Assert.Equal([".json", ".jsonl", ".md", ".html", ".csv"], Enum.GetValues<OutputFormat>().Select(AnalysisWriter.FileExtension));
    }

    [Fact]
    public void Notebook_formatters_follow_the_dotnet_interactive_convention()
    {
        // .NET Interactive matches the attribute by name and reads FormatterSourceType and PreferredMimeTypes by reflection.
        // The attribute lives beside the model and names the formatter source by its type name, so the model does not import Output.
        var attribute = typeof(Analysis).GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        Assert.Equal(typeof(Analysis).Namespace, attribute.GetType().Namespace);
        Assert.Equal(typeof(AnalysisFormatterSource), attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute));
        Assert.Equal(["text/html"], (string[])attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute)!);

        var source = Activator.CreateInstance(typeof(AnalysisFormatterSource))!;
        var create = source.GetType().GetMethod("CreateTypeFormatters", BindingFlags.Public | BindingFlags.Instance)!;
        var formatters = ((IEnumerable<object>)create.Invoke(source, null)!).ToArray();
        Assert.Equal(["text/html", "text/plain"], formatters.Select(f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)!));

        foreach (var formatter in formatters)
        {
            Assert.Equal(typeof(Analysis), formatter.GetType().GetProperty("Type")!.GetValue(formatter));
            var format = formatter.GetType().GetMethod("Format", [typeof(object), typeof(TextWriter)])!;
            Assert.Equal(typeof(bool), format.ReturnType);
            var writer = new StringWriter();
            Assert.True((bool)format.Invoke(formatter, [SampleAnalysis.Create(), writer])!);
            Assert.NotEmpty(writer.ToString());
            Assert.False((bool)format.Invoke(formatter, ["not an analysis", new StringWriter()])!);
        }

        var html = new StringWriter();
        new AnalysisHtmlFormatter().Format(SampleAnalysis.Create(), html);
        Assert.Contains("<table class=\"claims\">", html.ToString());
        var text = new StringWriter();
        new AnalysisPlainTextFormatter().Format(SampleAnalysis.Create(), text);
        Assert.Equal("Analysis: 2 reports, 4 claims, 1 event, 1 contradiction", text.ToString());
    }
}
