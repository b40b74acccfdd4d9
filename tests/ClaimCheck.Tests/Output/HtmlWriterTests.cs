using System.Net;
using ClaimCheck.Output;

namespace ClaimCheck.Tests.Output;

public class HtmlWriterTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Img = "<img src=x onerror=alert(1)>";

    [Fact]
    public void Page_is_a_self_contained_document()
    {
        string html = SampleAnalysis.Render(SampleAnalysis.Create(), OutputFormat.Html);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">", html);
        Assert.Contains("<body>", html);
        Assert.EndsWith("</body>\n</html>\n", html);
        Assert.Contains("<style>", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain(" src=", html);
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        HtmlShape.AssertWellFormedAndInert(html);
    }

    [Fact]
    public void One_section_per_event_with_its_contradictions_and_claims_by_camp()
    {
        var analysis = SampleAnalysis.Create();
        analysis = analysis with
        {
            Events = [.. analysis.Events, new Event { Id = "e-2", Label = "An empty event" }],
        };
        string html = SampleAnalysis.Render(analysis, OutputFormat.Html);
        Assert.Equal(2, HtmlShape.Count(html, "<section class=\"event\""));
        Assert.Contains("<section class=\"event\" id=\"e-1\">", html);
        Assert.Contains("<section class=\"event\" id=\"e-2\">", html);

        string e1 = html[html.IndexOf("id=\"e-1\"", StringComparison.Ordinal)..html.IndexOf("id=\"e-2\"", StringComparison.Ordinal)];
        Assert.Contains("<div class=\"contradiction verdict-differentScope\" id=\"x-1\">", e1);
        Assert.Contains("<span class=\"verdict\">differentScope</span>", e1);
        Assert.Contains("0.80", e1);
        Assert.Contains("SOHR counts 251 dead", e1);
        // Camp groups in camp order, with badges.
        int state = e1.IndexOf("<div class=\"camp-group camp-state\">", StringComparison.Ordinal);
        int sohr = e1.IndexOf("<div class=\"camp-group camp-sohr\">", StringComparison.Ordinal);
        int opposition = e1.IndexOf("<div class=\"camp-group camp-opposition\">", StringComparison.Ordinal);
        Assert.True(state >= 0 && state < sohr && sohr < opposition);
        Assert.Contains("<span class=\"badge camp-sohr\">sohr</span>", e1);
        Assert.Equal(3, HtmlShape.Count(e1, "<li class=\"claim\""));

        // The vehicles claim has no event and is listed apart.
        Assert.Contains("<section class=\"unassigned\"", html);
        Assert.Contains("id=\"c-b2\"", html[html.IndexOf("<section class=\"unassigned\"", StringComparison.Ordinal)..]);
        HtmlShape.AssertWellFormedAndInert(html);
    }

    [Fact]
    public void Without_texts_the_evidence_itself_is_marked_right_to_left()
    {
        var analysis = SampleAnalysis.Create();
        string html = SampleAnalysis.Render(analysis, OutputFormat.Html);
        foreach (var claim in analysis.Claims)
        {
            string expected = "<blockquote class=\"evidence\" dir=\"rtl\" lang=\"ar\"><mark>"
                + WebUtility.HtmlEncode(claim.Evidence.Text) + "</mark></blockquote>";
            Assert.Contains(Normalize(expected), Normalize(html));
        }
    }

    [Fact]
    public void With_texts_the_whole_sentence_is_shown_with_the_span_marked()
    {
        string html = SampleAnalysis.Render(SampleAnalysis.Create(), OutputFormat.Html, SampleAnalysis.Texts);
        Assert.Contains(
            "<blockquote class=\"evidence\" dir=\"rtl\" lang=\"ar\">قال مدير المرصد السوري لحقوق الإنسان، رامي عبدالرحمن، إن <mark>251 عنصراً من قوات النظام قتلوا</mark> خلال شهر.</blockquote>",
            html);
        Assert.Contains("<mark>نفى مصدر عسكري وجود أي اتفاق</mark> مع التنظيم.</blockquote>", html);
    }

    [Fact]
    public void Texts_that_do_not_hold_the_evidence_fall_back_to_the_evidence()
    {
        var texts = new Dictionary<string, string> { ["a.txt"] = "نص آخر تماماً لا يحتوي الدليل." };
        string html = SampleAnalysis.Render(SampleAnalysis.Create(), OutputFormat.Html, texts);
        Assert.Contains("dir=\"rtl\" lang=\"ar\"><mark>251 عنصراً من قوات النظام قتلوا</mark></blockquote>", html);
    }

    [Fact]
    public void Long_sentences_are_cut_around_the_evidence()
    {
        string filler = string.Concat(Enumerable.Repeat("كلمة ", 200));
        string text = filler + "غادرت ست حافلات" + " " + filler;
        var claim = SampleAnalysis.Create().Claims[3] with { ReportId = "long.txt", Evidence = SampleAnalysis.Cut(text, "غادرت ست حافلات") };
        var analysis = new Analysis { Claims = [claim] };
        string html = SampleAnalysis.Render(analysis, OutputFormat.Html, new Dictionary<string, string> { ["long.txt"] = text });
        int start = html.IndexOf("<blockquote", StringComparison.Ordinal);
        string quote = html[start..html.IndexOf("</blockquote>", start, StringComparison.Ordinal)];
        Assert.Contains("…كلمة", quote);
        Assert.Contains("<mark>غادرت ست حافلات</mark>", quote);
        Assert.EndsWith("كلمة…", quote);
        Assert.True(quote.Length < 2 * EvidenceContext.MaxContext + 200);
    }

    [Fact]
    public void Hostile_text_everywhere_comes_out_inert()
    {
        string hostile = Script + Img + "\"'&";
        string text = "قبل " + hostile + " بعد.";
        var evidence = SampleAnalysis.Cut(text, hostile);
        var claim = new Claim
        {
            Id = "c-\"><script>x</script>",
            ReportId = hostile,
            Kind = ClaimKind.Casualties,
            Quantity = Quantity.Exactly(3),
            QuantityText = hostile,
            Subject = hostile,
            Action = hostile,
            Source = new SourceRef(hostile, Camp.Other, [hostile], hostile),
            Places = [hostile],
            Evidence = evidence,
            Cues = [hostile],
            EventId = "e-<x>",
        };
        var analysis = new Analysis
        {
            Reports = [new ReportInfo(hostile, hostile, null, null, "ar")],
            Claims = [claim],
            Events = [new Event { Id = "e-<x>", Label = hostile, Places = [hostile], GroupedBy = [hostile], ClaimIds = [claim.Id] }],
            Contradictions =
            [
                new Contradiction
                {
                    Id = "x-\"onmouseover=alert(1)", EventId = "e-<x>", Kind = ClaimKind.Casualties, Subject = hostile, Action = hostile,
                    Verdict = Verdict.Contradictory, Severity = double.NaN,
                    Sides = [new ContradictionSide(Camp.Other, [claim.Id], hostile)], Note = hostile,
                },
            ],
        };
        foreach (var texts in new[] { null, new Dictionary<string, string> { [hostile] = text } })
        {
            string html = SampleAnalysis.Render(analysis, OutputFormat.Html, texts);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
            Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
            HtmlShape.AssertWellFormedAndInert(html);

            var fragment = new StringWriter();
            HtmlAnalysisWriter.WriteTables(analysis, fragment, texts);
            Assert.DoesNotContain("<script", fragment.ToString(), StringComparison.OrdinalIgnoreCase);
            HtmlShape.AssertWellFormedAndInert(fragment.ToString());
        }
    }

    [Fact]
    public void Arabic_inline_text_is_isolated_by_direction()
    {
        string html = SampleAnalysis.Render(SampleAnalysis.Create(), OutputFormat.Html);
        Assert.Contains("military source — <bdi dir=\"rtl\" lang=\"ar\">مصدر عسكري</bdi>", html);
        Assert.Contains("cues: number:251, <bdi>verb:قتلوا</bdi>, <bdi>attribution:قال…إن</bdi></p>", html);
        Assert.Contains("<span class=\"meta\">(<bdi dir=\"rtl\" lang=\"ar\">أكثر من ألف</bdi>)</span>", html);
        // A quantity text that only repeats the number is not shown twice.
        Assert.Contains("<p class=\"claim-summary\">casualties: 251 regime-forces killed</p>", html);
    }

    [Fact]
    public void Non_arabic_evidence_is_not_marked_arabic()
    {
        var claim = SampleAnalysis.Create().Claims[0] with { Evidence = new Evidence(0, 10, "251 killed") };
        string html = SampleAnalysis.Render(new Analysis { Claims = [claim] }, OutputFormat.Html);
        Assert.Contains("<blockquote class=\"evidence\" dir=\"auto\"><mark>251 killed</mark></blockquote>", html);
    }

    [Fact]
    public void Random_texts_and_spans_never_break_the_page()
    {
        // Arabic letters, diacritics, tatweel, digits, quotes, markup, line breaks, NBSP, lone and paired surrogates.
        string alphabet = "قال المرصد إن ٢٠ عنصراًـ «» \"'<>&/=\r\n\u00A0\u200F.؟!،\uD83D\uDE00\uD800x";
        var random = new Random(20180521);
        for (int round = 0; round < 200; round++)
        {
            var text = new System.Text.StringBuilder();
            int length = random.Next(0, 400);
            for (int i = 0; i < length; i++) text.Append(alphabet[random.Next(alphabet.Length)]);
            string report = text.ToString();
            int start = random.Next(0, report.Length + 1);
            int end = random.Next(start, report.Length + 1);
            var claim = SampleAnalysis.Create().Claims[0] with
            {
                ReportId = "r",
                Evidence = Evidence.From(report, new TextSpan(start, end)),
                Source = new SourceRef(report, Camp.Sohr, [report], report),
            };
            var analysis = new Analysis { Claims = [claim], Reports = [new ReportInfo("r", report, null, null, "ar")] };
            var texts = new Dictionary<string, string> { ["r"] = report };
            string html = SampleAnalysis.Render(analysis, OutputFormat.Html, texts);
            HtmlShape.AssertWellFormedAndInert(html);
            Assert.Equal(1, HtmlShape.Count(html, "<mark>"));
            SampleAnalysis.Render(analysis, OutputFormat.Markdown, texts);
        }
    }

    [Fact]
    public void Empty_analysis_is_still_a_valid_page()
    {
        string html = SampleAnalysis.Render(new Analysis(), OutputFormat.Html);
        Assert.Contains("0 reports · 0 claims · 0 events · 0 contradictions", html);
        Assert.Equal(0, HtmlShape.Count(html, "<section class=\"event\""));
        HtmlShape.AssertWellFormedAndInert(html);
    }

    [Fact]
    public void Tables_fragment_has_scoped_style_and_tables()
    {
        var writer = new StringWriter();
        HtmlAnalysisWriter.WriteTables(SampleAnalysis.Create(), writer, SampleAnalysis.Texts);
        string html = writer.ToString();
        Assert.StartsWith("<style>", html);
        Assert.DoesNotContain("<html", html);
        Assert.Contains("<div class=\"claimcheck\">", html);
        Assert.Contains("<table class=\"contradictions\">", html);
        Assert.Contains("<table class=\"claims\">", html);
        Assert.Contains("<table class=\"reports\">", html);
        Assert.Contains("<mark>251 عنصراً من قوات النظام قتلوا</mark>", html);
        HtmlShape.AssertWellFormedAndInert(html);
    }

    // The HTML writer keeps Arabic as characters and encodes only markup-significant ones; compare decoded forms.
    private static string Normalize(string html) => WebUtility.HtmlDecode(html);
}
