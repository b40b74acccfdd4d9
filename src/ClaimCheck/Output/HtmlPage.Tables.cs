using System.Globalization;

namespace ClaimCheck.Output;

/// <summary>The tables of the HTML output: the compact fragment notebooks show (contradictions, claims, reports) and the reports table of the page.</summary>
internal sealed partial class HtmlPage
{
    public void Tables(Analysis analysis)
    {
        IndexClaims(analysis);
        w.Write("<style>\n");
        w.Write(Css);
        w.Write("\n</style>\n<div class=\"claimcheck\">\n");
        Summary(analysis);
        var eventLabels = analysis.Events.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Label, StringComparer.Ordinal);

        if (analysis.Contradictions.Count > 0)
        {
            w.Write("<h3>Contradictions</h3>\n<table class=\"contradictions\">\n<thead><tr><th>Event</th><th>Slot</th><th>Verdict</th><th>Severity</th><th>Sides</th><th>Note</th></tr></thead>\n<tbody>\n");
            foreach (var x in analysis.Contradictions)
            {
                w.Write("<tr class=\"verdict-");
                Attr(ContractNames.Of(x.Verdict));
                w.Write("\"><td>");
                Inline(eventLabels.GetValueOrDefault(x.EventId) ?? x.EventId);
                w.Write("</td><td>");
                Text(Slot(x));
                w.Write("</td><td class=\"verdict\">");
                Text(ContractNames.Of(x.Verdict));
                w.Write("</td><td>");
                Severity(x.Severity);
                w.Write("</td><td>");
                foreach (var side in x.Sides)
                {
                    w.Write("<div>");
                    Badge(side.Camp);
                    w.Write(' ');
                    Inline(side.Summary);
                    w.Write("</div>");
                }
                w.Write("</td><td>");
                Inline(x.Note);
                w.Write("</td></tr>\n");
            }
            w.Write("</tbody>\n</table>\n");
        }

        if (analysis.Claims.Count > 0)
        {
            w.Write("<h3>Claims</h3>\n<table class=\"claims\">\n<thead><tr><th>Event</th><th>Camp</th><th>Source</th><th>Claim</th><th>Evidence</th></tr></thead>\n<tbody>\n");
            foreach (var c in analysis.Claims)
            {
                w.Write("<tr><td>");
                if (c.EventId is { } eventId) Inline(eventLabels.GetValueOrDefault(eventId) ?? eventId);
                w.Write("</td><td>");
                Badge(c.Source.Camp);
                w.Write("</td><td>");
                SourceLabel(c.Source);
                w.Write("</td><td>");
                Text(ClaimText.Summary(c));
                w.Write("</td><td>");
                Evidence(c, "div");
                w.Write("</td></tr>\n");
            }
            w.Write("</tbody>\n</table>\n");
        }

        w.Write("<h3>Reports</h3>\n");
        ReportsTable(analysis);
        w.Write("</div>\n");
    }

    private void ReportsTable(Analysis analysis)
    {
        var claimCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in analysis.Claims) claimCounts[c.ReportId] = claimCounts.GetValueOrDefault(c.ReportId) + 1;
        w.Write("<div class=\"scroll\">\n<table class=\"reports\">\n<thead><tr><th>Report</th><th>Outlet</th><th>Camp</th><th>Published</th><th class=\"wide\">Language</th><th>Claims</th></tr></thead>\n<tbody>\n");
        foreach (var r in analysis.Reports)
        {
            w.Write("<tr><td><code>");
            Inline(r.Id);
            w.Write("</code></td><td>");
            Inline(r.Outlet ?? "–");
            w.Write("</td><td>");
            if (r.OutletCamp is { } camp) Badge(camp);
            else w.Write('–');
            w.Write("</td><td>");
            Text(ContractNames.Of(r.Published) ?? "–");
            w.Write("</td><td class=\"wide\">");
            Text(r.Language);
            w.Write("</td><td>");
            Text(claimCounts.GetValueOrDefault(r.Id).ToString(CultureInfo.InvariantCulture));
            w.Write("</td></tr>\n");
        }
        w.Write("</tbody>\n</table>\n</div>\n");
    }

    private static string Slot(Contradiction x)
    {
        var parts = new List<string>(3) { ContractNames.Of(x.Kind) };
        if (!string.IsNullOrWhiteSpace(x.Subject)) parts.Add(x.Subject);
        if (!string.IsNullOrWhiteSpace(x.Action)) parts.Add(x.Action);
        return string.Join(" · ", parts);
    }
}
