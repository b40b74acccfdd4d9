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
internal sealed partial class HtmlPage(TextWriter w, IReadOnlyDictionary<string, string>? texts)
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
