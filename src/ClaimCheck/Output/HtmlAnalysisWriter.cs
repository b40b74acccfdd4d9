using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ClaimCheck.Output;

/// <summary>
/// Writes an analysis as one self-contained HTML page (inline CSS, no scripts, no external assets): a summary, the reports,
/// and per event its contradictions and its claims grouped by camp, each with its evidence sentence and the claim's span
/// in <c>&lt;mark&gt;</c>.
/// </summary>
/// <remarks>
/// Every text that comes from a report or the analysis is HTML-encoded, in element content and in attributes alike, so
/// hostile report text stays inert; the page also carries a Content-Security-Policy that forbids scripts. Arabic text sits
/// in elements with <c>dir="rtl" lang="ar"</c>. Control and bidirectional override characters are shown as
/// <c>&lt;U+XXXX&gt;</c> (<see cref="DisplayText"/>), so none can reverse or hide the rest of a line.
/// </remarks>
public static class HtmlAnalysisWriter
{
    /// <summary>Writes the page.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="texts">
    /// Optional original report texts (report id → text). With them each claim shows its whole sentence with the evidence
    /// marked; without them, or for a report missing from the map, the evidence alone is shown.
    /// </param>
    public static void Write(Analysis analysis, TextWriter writer, IReadOnlyDictionary<string, string>? texts = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(writer);
        var html = new HtmlPage(writer, texts);
        html.Document(analysis);
    }

    /// <summary>
    /// Writes a compact fragment (a scoped <c>&lt;style&gt;</c> and a <c>&lt;div class="claimcheck"&gt;</c>) of HTML tables:
    /// the summary, contradictions, claims and reports. Notebooks display analyses with it.
    /// </summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="texts">Optional original report texts (report id → text), as for <see cref="Write"/>.</param>
    public static void WriteTables(Analysis analysis, TextWriter writer, IReadOnlyDictionary<string, string>? texts = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(writer);
        var html = new HtmlPage(writer, texts);
        html.Tables(analysis);
    }
}

/// <summary>The pieces of the HTML output; one instance per page or fragment.</summary>
internal sealed class HtmlPage(TextWriter w, IReadOnlyDictionary<string, string>? texts)
{
    /// <summary>Encodes &lt; &gt; &amp; " ' (and a few more) but leaves Arabic and other letters readable.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly EvidenceContext _context = new(texts);

    /// <summary>The page's claims by id, so a contradiction card can show each side's evidence.</summary>
    private Dictionary<string, Claim> _claims = new(StringComparer.Ordinal);

    /// <summary>The style sheet, scoped under <c>.claimcheck</c> so a fragment does not restyle the host page.</summary>
    internal const string Css = """
        .claimcheck{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;line-height:1.5;color:#1f2328;max-width:72rem;margin:0 auto;padding:1rem}
        .claimcheck [lang=ar]{font-family:"Noto Naskh Arabic","Noto Sans Arabic","Segoe UI","Geeza Pro",Tahoma,sans-serif;font-size:1.06em}
        .claimcheck h1{margin:.2rem 0}.claimcheck h2{margin:1.6rem 0 .4rem}.claimcheck h3{margin:1rem 0 .3rem;font-size:1.05rem}.claimcheck h4{margin:.6rem 0 .2rem;font-size:.95rem}
        .claimcheck table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.92rem}
        .claimcheck th,.claimcheck td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:start;vertical-align:top}
        .claimcheck th{background:#f6f8fa}
        .claimcheck code{font-size:.85em;color:#59636e}
        .claimcheck .meta{color:#59636e;font-size:.9rem;margin:.2rem 0}
        .claimcheck .camp-state{--camp:#b42318}.claimcheck .camp-sohr{--camp:#0b62d6}.claimcheck .camp-opposition{--camp:#1a7f37}.claimcheck .camp-other{--camp:#6e7781}
        .claimcheck .badge{display:inline-block;padding:0 .55em;border-radius:1em;font-size:.8rem;font-weight:600;color:#fff;background:var(--camp,#6e7781)}
        .claimcheck .camp-group{border-inline-start:4px solid var(--camp,#6e7781);padding-inline-start:.8rem;margin:.6rem 0}
        .claimcheck section.event{border-top:1px solid #d0d7de;margin-top:1.5rem}
        .claimcheck ol.claims{padding-inline-start:1.2rem}.claimcheck li.claim{margin:.5rem 0}
        .claimcheck .claim-summary{margin:0;font-weight:600}
        .claimcheck blockquote.evidence{margin:.3rem 0;padding:.35rem .7rem;background:#f6f8fa;border-inline-start:3px solid #d0d7de}
        .claimcheck mark{background:#ffe58a;color:inherit;padding:0 .1em}
        .claimcheck .contradiction{border:1px solid #d0d7de;border-inline-start:5px solid #bf8700;border-radius:4px;padding:.4rem .8rem;margin:.5rem 0}
        .claimcheck .verdict-contradictory{border-inline-start-color:#b42318}.claimcheck .verdict-differentScope{border-inline-start-color:#bf8700}
        .claimcheck .verdict-changeOverTime{border-inline-start-color:#6e7781}.claimcheck .verdict-withinCamp{border-inline-start-color:#8250df}
        .claimcheck .verdict{font-weight:700}.claimcheck .note{margin:.3rem 0}
        .claimcheck meter{width:6rem;vertical-align:middle}
        .claimcheck ul.sides{margin:.2rem 0;padding-inline-start:1.2rem}
        .claimcheck ul.side-evidence{margin:.1rem 0 .3rem;padding-inline-start:1rem;font-size:.9rem}
        .claimcheck ul.side-evidence q{quotes:"«" "»"}
        .claimcheck .affiliation{color:#9a3412;font-style:italic}
        .claimcheck .scroll{overflow-x:auto;max-width:100%}
        .claimcheck td code{overflow-wrap:anywhere}
        @media (max-width:480px){.claimcheck{padding:.5rem}.claimcheck table{font-size:.8rem}.claimcheck th,.claimcheck td{padding:.2rem .3rem}.claimcheck .wide{display:none}}
        """;

    public void Document(Analysis analysis)
    {
        IndexClaims(analysis);
        w.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        w.Write("<meta name=\"generator\" content=\"ClaimCheck\">\n<title>ClaimCheck analysis</title>\n<style>\n");
        w.Write(Css);
        w.Write("\n</style>\n</head>\n<body>\n<main class=\"claimcheck\">\n<header>\n<h1>ClaimCheck analysis</h1>\n");
        Summary(analysis);
        w.Write("</header>\n");

        var (claimsByEvent, unassigned) = ClaimText.ClaimsByEvent(analysis);
        var (contradictionsByEvent, orphans) = ClaimText.ContradictionsByEvent(analysis);
        if (analysis.Events.Count > 0)
        {
            w.Write("<nav>\n<h2>Events</h2>\n<ul>\n");
            foreach (var e in ClaimText.EventsForReading(analysis))
            {
                w.Write("<li><a href=\"#");
                Attr(e.Id);
                w.Write("\">");
                Inline(e.Label);
                w.Write("</a> <span class=\"meta\">");
                Text(ClaimText.Count(claimsByEvent.GetValueOrDefault(e.Id)?.Count ?? 0, "claim"));
                w.Write(", ");
                Text(ClaimText.Count(contradictionsByEvent.GetValueOrDefault(e.Id)?.Count ?? 0, "contradiction"));
                w.Write("</span></li>\n");
            }
            w.Write("</ul>\n</nav>\n");
        }

        w.Write("<section class=\"reports\" id=\"reports\">\n<h2>Reports</h2>\n");
        ReportsTable(analysis);
        w.Write("</section>\n");

        foreach (var e in ClaimText.EventsForReading(analysis))
        {
            EventSection(e, claimsByEvent.GetValueOrDefault(e.Id) ?? [], contradictionsByEvent.GetValueOrDefault(e.Id) ?? []);
        }

        if (unassigned.Count > 0)
        {
            w.Write("<section class=\"unassigned\" id=\"unassigned\">\n<h2>Claims not assigned to an event</h2>\n");
            ClaimsByCamp(unassigned);
            w.Write("</section>\n");
        }
        if (orphans.Count > 0)
        {
            w.Write("<section class=\"orphans\" id=\"orphans\">\n<h2>Contradictions of events not in this analysis</h2>\n");
            foreach (var x in orphans) ContradictionBlock(x);
            w.Write("</section>\n");
        }
        w.Write("<footer class=\"meta\"><p>Generated by ClaimCheck, output contract version ");
        Text(AnalysisJson.SchemaVersion);
        w.Write(". Evidence offsets are UTF-16 code units into each report's original text.</p></footer>\n</main>\n</body>\n</html>\n");
    }

    private void IndexClaims(Analysis analysis)
    {
        _claims = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var c in analysis.Claims) _claims.TryAdd(c.Id, c);
    }

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

    private void Summary(Analysis analysis)
    {
        w.Write("<p class=\"summary\">");
        Text(ClaimText.Count(analysis.Reports.Count, "report"));
        w.Write(" · ");
        Text(ClaimText.Count(analysis.Claims.Count, "claim"));
        w.Write(" · ");
        Text(ClaimText.Count(analysis.Events.Count, "event"));
        w.Write(" · ");
        Text(ClaimText.Count(analysis.Contradictions.Count, "contradiction"));
        var verdicts = analysis.Contradictions.GroupBy(x => x.Verdict).OrderBy(g => g.Key).ToArray();
        if (verdicts.Length > 0)
        {
            w.Write(" (");
            for (int i = 0; i < verdicts.Length; i++)
            {
                if (i > 0) w.Write(", ");
                Text(verdicts[i].Count().ToString(CultureInfo.InvariantCulture) + " " + ContractNames.Of(verdicts[i].Key));
            }
            w.Write(')');
        }
        w.Write("</p>\n");
        if (analysis.Claims.Count == 0) return;
        w.Write("<p class=\"camps\">Claims by camp: ");
        bool first = true;
        foreach (var (camp, claims) in ClaimText.ByCamp(analysis.Claims))
        {
            if (!first) w.Write(' ');
            first = false;
            Badge(camp, claims.Count.ToString(CultureInfo.InvariantCulture));
        }
        w.Write("</p>\n");
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

    private void EventSection(Event e, List<Claim> claims, List<Contradiction> contradictions)
    {
        w.Write("<section class=\"event\" id=\"");
        Attr(e.Id);
        w.Write("\">\n<h2>");
        Inline(e.Label);
        w.Write("</h2>\n<p class=\"meta\"><code>");
        Text(e.Id);
        w.Write("</code>");
        if (e.Places.Count > 0)
        {
            w.Write(" · places: ");
            InlineList(e.Places);
        }
        if (ClaimText.Dates(e.FirstDate, e.LastDate) is { } dates)
        {
            w.Write(" · ");
            Text(dates);
        }
        w.Write(" · ");
        Text(ClaimText.Count(e.ReportIds.Count, "report"));
        w.Write(" · ");
        Text(ClaimText.Count(claims.Count, "claim"));
        w.Write("</p>\n");
        if (e.GroupedBy.Count > 0)
        {
            w.Write("<p class=\"meta\">grouped by: ");
            InlineList(e.GroupedBy);
            w.Write("</p>\n");
        }
        if (contradictions.Count > 0)
        {
            w.Write("<h3>Contradictions</h3>\n");
            foreach (var x in contradictions) ContradictionBlock(x);
        }
        w.Write("<h3>Who says what</h3>\n");
        if (claims.Count == 0) w.Write("<p class=\"meta\">No claims.</p>\n");
        else ClaimsByCamp(claims);
        w.Write("</section>\n");
    }

    private void ContradictionBlock(Contradiction x)
    {
        string verdict = ContractNames.Of(x.Verdict);
        w.Write("<div class=\"contradiction verdict-");
        Attr(verdict);
        w.Write("\" id=\"");
        Attr(x.Id);
        w.Write("\">\n<p><span class=\"verdict\">");
        Text(verdict);
        w.Write("</span> · ");
        Text(Slot(x));
        w.Write(" · severity ");
        Severity(x.Severity);
        w.Write("</p>\n<ul class=\"sides\">\n");
        foreach (var side in x.Sides)
        {
            w.Write("<li>");
            Badge(side.Camp);
            w.Write(' ');
            Inline(side.Summary);
            if (side.ClaimIds.Count > 0)
            {
                w.Write(" <span class=\"meta\">(");
                for (int i = 0; i < side.ClaimIds.Count; i++)
                {
                    if (i > 0) w.Write(", ");
                    w.Write("<a href=\"#");
                    Attr(side.ClaimIds[i]);
                    w.Write("\">");
                    Text(side.ClaimIds[i]);
                    w.Write("</a>");
                }
                w.Write(")</span>");
                SideEvidence(side);
            }
            w.Write("</li>\n");
        }
        w.Write("</ul>\n<p class=\"note\">");
        Inline(x.Note);
        w.Write("</p>\n</div>\n");
    }

    /// <summary>Each claim of a contradiction's side: who said it and its evidence, so the card reads without the claim list.</summary>
    private void SideEvidence(ContradictionSide side)
    {
        var claims = side.ClaimIds.Select(id => _claims.GetValueOrDefault(id)).OfType<Claim>().ToArray();
        if (claims.Length == 0) return;
        w.Write("\n<ul class=\"side-evidence\">\n");
        foreach (var c in claims)
        {
            w.Write("<li><span class=\"meta\">");
            SourceAndMention(c.Source);
            w.Write(" · <code>");
            Inline(c.ReportId);
            w.Write("</code></span> ");
            Evidence(c, "q");
            w.Write("</li>\n");
        }
        w.Write("</ul>");
    }

    /// <summary>Who asserts a claim and the words that named them, brackets closed for reading.</summary>
    private void SourceAndMention(SourceRef source)
    {
        SourceLabel(source);
        if (source.Mention is { Length: > 0 } mention)
        {
            w.Write(" — ");
            Inline(ClaimText.BalancedMention(mention));
        }
    }

    /// <summary>"SOHR via AFP", with the source's affiliation after its name: "Amaq <span class="affiliation">(Islamic State agency)</span>".</summary>
    private void SourceLabel(SourceRef source)
    {
        Inline(source.Name);
        Affiliation(source.Affiliation);
        Inline(ClaimText.Via(source));
    }

    private void Affiliation(string? affiliation)
    {
        if (string.IsNullOrWhiteSpace(affiliation)) return;
        w.Write(" <span class=\"affiliation\">(");
        Inline(affiliation);
        w.Write(")</span>");
    }

    private void ClaimsByCamp(IEnumerable<Claim> claims)
    {
        foreach (var (camp, group) in ClaimText.ByCamp(claims))
        {
            string name = ContractNames.Of(camp);
            w.Write("<div class=\"camp-group camp-");
            Attr(name);
            w.Write("\">\n<h4>");
            Badge(camp);
            w.Write(' ');
            Text(ClaimText.Count(group.Count, "claim"));
            w.Write("</h4>\n<ol class=\"claims\">\n");
            foreach (var c in group) ClaimItem(c);
            w.Write("</ol>\n</div>\n");
        }
    }

    private void ClaimItem(Claim c)
    {
        w.Write("<li class=\"claim\" id=\"");
        Attr(c.Id);
        w.Write("\">\n<p class=\"claim-summary\">");
        Text(ClaimText.Summary(c));
        if (c.QuantityText is { Length: > 0 } quantityText && quantityText != c.Quantity?.Best.ToString(CultureInfo.InvariantCulture))
        {
            w.Write(" <span class=\"meta\">(");
            Inline(quantityText);
            w.Write(")</span>");
        }
        w.Write("</p>\n<p class=\"meta\">");
        SourceAndMention(c.Source);
        w.Write(" · report <code>");
        Inline(c.ReportId);
        w.Write("</code>");
        if (c.Places.Count > 0)
        {
            w.Write(" · ");
            InlineList(c.Places);
        }
        if (ContractNames.Of(c.Date) is { } date)
        {
            w.Write(" · ");
            Text(date);
        }
        if (ClaimText.Confidence(c) is { } confidence)
        {
            w.Write(" · ");
            Text(confidence);
        }
        w.Write("</p>\n");
        Evidence(c, "blockquote");
        w.Write('\n');
        if (c.Cues.Count > 0)
        {
            w.Write("<p class=\"meta\">cues: ");
            InlineList(c.Cues);
            w.Write("</p>\n");
        }
        w.Write("</li>\n");
    }

    /// <summary>The evidence sentence with the claim's span in &lt;mark&gt;, right-to-left when Arabic.</summary>
    private void Evidence(Claim c, string element)
    {
        var context = _context.Around(c);
        bool arabic = ClaimText.ContainsArabic(context.Before) || ClaimText.ContainsArabic(context.Span) || ClaimText.ContainsArabic(context.After);
        w.Write('<');
        w.Write(element);
        w.Write(arabic ? " class=\"evidence\" dir=\"rtl\" lang=\"ar\">" : " class=\"evidence\" dir=\"auto\">");
        Text(context.Before);
        w.Write("<mark>");
        Text(context.Span);
        w.Write("</mark>");
        Text(context.After);
        w.Write("</");
        w.Write(element);
        w.Write('>');
    }

    private void Badge(Camp camp, string? label = null)
    {
        string name = ContractNames.Of(camp);
        w.Write("<span class=\"badge camp-");
        Attr(name);
        w.Write("\">");
        Text(label is null ? name : name + " " + label);
        w.Write("</span>");
    }

    private void Severity(double severity)
    {
        double value = double.IsFinite(severity) ? Math.Clamp(severity, 0, 1) : 0;
        // optimum 0 with low/high bands: browsers draw a low severity green, a middling one amber and a high one red.
        w.Write("<meter class=\"severity\" min=\"0\" max=\"1\" low=\"0.34\" high=\"0.67\" optimum=\"0\" value=\"");
        Text(value.ToString("0.###", CultureInfo.InvariantCulture));
        w.Write("\"></meter> ");
        Text(ClaimText.Severity(severity));
    }

    private static string Slot(Contradiction x)
    {
        var parts = new List<string>(3) { ContractNames.Of(x.Kind) };
        if (!string.IsNullOrWhiteSpace(x.Subject)) parts.Add(x.Subject);
        if (!string.IsNullOrWhiteSpace(x.Action)) parts.Add(x.Action);
        return string.Join(" · ", parts);
    }

    /// <summary>
    /// Encoded text. Text holding Arabic is isolated in a <c>bdi</c>: right-to-left with <c>lang="ar"</c> when it starts
    /// with Arabic, otherwise with the direction left to the browser (mixed text such as "verb:قتلوا").
    /// </summary>
    private void Inline(string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        if (!ClaimText.ContainsArabic(text))
        {
            Text(text);
            return;
        }
        w.Write(ClaimText.StartsRightToLeft(text) ? "<bdi dir=\"rtl\" lang=\"ar\">" : "<bdi>");
        Text(text);
        w.Write("</bdi>");
    }

    /// <summary>Items separated by ", ", each isolated on its own so mixed directions do not run together.</summary>
    private void InlineList(IReadOnlyList<string> items)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) w.Write(", ");
            Inline(items[i]);
        }
    }

    private void Text(string? text)
    {
        if (!string.IsNullOrEmpty(text)) Encoder.Encode(w, DisplayText.Show(text, keepLineBreaks: true));
    }

    private void Attr(string? value) => Text(value);
}
