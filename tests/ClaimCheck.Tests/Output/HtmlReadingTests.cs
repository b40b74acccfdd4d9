using System.Net;
using System.Text.RegularExpressions;
using ClaimCheck.Output;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Output;

/// <summary>Browser-free checks of what a reader sees in the HTML page (issue 13).</summary>
public class HtmlReadingTests
{
    private static readonly Analysis SeedAnalysis = ClaimChecker.CreateDefault().Analyze(Seeds.Reports());
    private static readonly string SeedHtml = AnalysisWriter.ToString(SeedAnalysis, OutputFormat.Html, Seeds.Reports().ToDictionary(r => r.Id, r => r.Text));

    /// <summary>The HTML of the contradiction card with <paramref name="id"/>.</summary>
    private static string Card(string html, string id)
    {
        int start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start > 0, $"no card {id}");
        int end = html.IndexOf("<p class=\"note\">", start, StringComparison.Ordinal);
        return html[start..end];
    }

    [Fact]
    public void Each_side_of_a_contradiction_card_shows_its_claims_evidence_and_source()
    {
        Assert.NotEmpty(SeedAnalysis.Contradictions);
        var claims = SeedAnalysis.Claims.ToDictionary(c => c.Id);
        foreach (var x in SeedAnalysis.Contradictions)
        {
            string card = WebUtility.HtmlDecode(Card(SeedHtml, x.Id));
            foreach (var id in x.Sides.SelectMany(s => s.ClaimIds))
            {
                var claim = claims[id];
                Assert.Contains("<mark>" + claim.Evidence.Text + "</mark>", card);
                Assert.Contains(claim.ReportId, card);
                Assert.Contains(claim.Source.Name, card);
            }
        }
    }

    [Fact]
    public void Severity_is_a_meter_whose_best_value_is_zero()
    {
        var meters = Regex.Matches(SeedHtml, "<meter [^>]*>").Select(m => m.Value).ToArray();
        Assert.Equal(SeedAnalysis.Contradictions.Count, meters.Length);
        // optimum 0 with low/high bands: a full bar is drawn as bad (red), an empty one as good, not the other way round.
        Assert.All(meters, m => Assert.Contains("low=\"0.34\" high=\"0.67\" optimum=\"0\"", m));
    }

    [Theory]
    [InlineData("وكالة الأنباء الرسمية (سانا", "وكالة الأنباء الرسمية (سانا)")]
    [InlineData("وكالة الأنباء الرسمية (سانا)", "وكالة الأنباء الرسمية (سانا)")]
    [InlineData("المرصد", "المرصد")]
    [InlineData("a ((b", "a ((b))")]
    [InlineData("a) (b", "a) (b)")]
    public void Mentions_cut_before_a_closing_bracket_are_shown_closed(string mention, string shown)
    {
        Assert.Equal(shown, ClaimText.BalancedMention(mention));
        var analysis = SampleAnalysis.Create();
        var claim = analysis.Claims[0] with { Source = analysis.Claims[0].Source with { Mention = mention } };
        string html = AnalysisWriter.ToString(analysis with { Claims = [claim, .. analysis.Claims.Skip(1)] }, OutputFormat.Html);
        string text = WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", "")); // what a reader sees
        Assert.Contains(" — " + shown + " · report", text);
    }

    [Fact]
    public void The_reports_table_fits_a_phone_screen()
    {
        // A 400 px screen: tables scroll inside their own box instead of widening the page, and the reports table drops
        // its least useful column (language) below 480 px.
        Assert.Matches("<div class=\"scroll\">\n<table class=\"reports\">", SeedHtml);
        Assert.Contains("@media (max-width:480px)", HtmlPage.Css);
        Assert.Contains(".claimcheck .wide{display:none}", HtmlPage.Css);
        Assert.Contains(".claimcheck .scroll{overflow-x:auto;max-width:100%}", HtmlPage.Css);
        var header = Regex.Match(SeedHtml, "<table class=\"reports\">\n<thead><tr>(.*?)</tr>").Groups[1].Value;
        int visible = Regex.Matches(header, "<th>").Count; // the columns left on a phone
        Assert.Equal(5, visible);
        Assert.Contains("meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"", SeedHtml);
        HtmlShape.AssertWellFormedAndInert(SeedHtml);
    }
}
