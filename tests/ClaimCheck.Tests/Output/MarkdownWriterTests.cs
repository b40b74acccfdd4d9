using ClaimCheck.Output;

namespace ClaimCheck.Tests.Output;

public class MarkdownWriterTests
{
    [Fact]
    public void Lists_reports_events_who_says_what_and_contradictions()
    {
        string md = SampleAnalysis.Render(SampleAnalysis.Create(), OutputFormat.Markdown, SampleAnalysis.Texts);
        var lines = md.Split('\n');
        Assert.Equal("# ClaimCheck analysis", lines[0]);
        Assert.Contains("2 reports · 4 claims · 1 event · 1 contradiction", lines);
        Assert.Contains("| Report | Outlet | Camp | Published | Language | Claims |", lines);
        Assert.Contains("| a.txt | Emarat Al Youm | other | 2018-05-21 | ar | 2 |", lines);
        Assert.Contains("| b.txt | – | – | – | ar | 2 |", lines);
        Assert.Contains("## ISIS leaves southern Damascus", lines);
        Assert.Contains("- **sohr** · SOHR via AFP (مدير المرصد السوري لحقوق الإنسان، رامي عبدالرحمن): casualties: 251 regime-forces killed\\", lines);
        Assert.Contains("- **opposition** · Horria Press via local sources \\> AFP: vehicles: 6 buses departed\\", lines);
        Assert.Contains("- **opposition** · activists (ناشطون): casualties: more than 1000 regime-forces killed or wounded\\", lines);
        Assert.Contains("  > قال مدير المرصد السوري لحقوق الإنسان، رامي عبدالرحمن، إن **251 عنصراً من قوات النظام قتلوا** خلال شهر.", lines);
        Assert.Contains("- **differentScope** (severity 0.80) · casualties · regime-forces · `x-1`", lines);
        Assert.Contains("  - sohr: 251 (`c-a1`)", lines);
        Assert.Contains("  - Note: SOHR counts 251 dead; activists count more than 1000 killed or wounded.", lines);
        Assert.Contains("## Claims not assigned to an event", lines);
        // State speaks before SOHR inside the event: camps in a fixed order.
        Assert.True(Array.FindIndex(lines, l => l.StartsWith("- **state**", StringComparison.Ordinal))
            < Array.FindIndex(lines, l => l.StartsWith("- **sohr**", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_mention_cut_before_its_closing_bracket_is_shown_closed()
    {
        var analysis = SampleAnalysis.Create();
        var claim = analysis.Claims[0] with { Source = analysis.Claims[0].Source with { Mention = "وكالة الأنباء الرسمية (سانا" } };
        string md = AnalysisWriter.ToString(analysis with { Claims = [claim, .. analysis.Claims.Skip(1)] }, OutputFormat.Markdown);
        Assert.Contains("(وكالة الأنباء الرسمية \\(سانا\\))", md);
        Assert.DoesNotContain("(وكالة الأنباء الرسمية \\(سانا):", md);
    }

    [Fact]
    public void Without_texts_the_quote_is_the_evidence()
    {
        string md = SampleAnalysis.Render(SampleAnalysis.Create(), OutputFormat.Markdown);
        Assert.Contains("  > **نفى مصدر عسكري وجود أي اتفاق**\n", md);
    }

    [Fact]
    public void Report_text_cannot_break_the_layout_or_inject_html()
    {
        string hostile = "a | b\n# title <script>alert(1)</script> *x* [l](http://x)";
        var analysis = SampleAnalysis.Create();
        analysis = analysis with
        {
            Reports = [new ReportInfo("r|1", hostile, null, null, "ar")],
            Events = [analysis.Events[0] with { Label = hostile }],
        };
        string md = SampleAnalysis.Render(analysis, OutputFormat.Markdown);
        Assert.DoesNotContain("<script>", md);
        Assert.Contains("\\<script\\>", md);
        Assert.Contains("| r\\|1 | a \\| b \\# title \\<script\\>alert\\(1\\)\\</script\\> \\*x\\* \\[l\\]\\(http://x\\) |", md);
        Assert.Contains("## a \\| b \\# title", md);
        Assert.DoesNotContain("\n# title", md);
    }

    [Fact]
    public void Escape_handles_markdown_punctuation_and_line_breaks()
    {
        Assert.Equal("a\\*b\\_c \\`d\\` e", MarkdownAnalysisWriter.Escape("a*b_c\r\n`d`\ne"));
        Assert.Equal("", MarkdownAnalysisWriter.Escape(null));
        Assert.Equal("قال: \"نحو 20\"", MarkdownAnalysisWriter.Escape("قال: \"نحو 20\""));
    }
}
