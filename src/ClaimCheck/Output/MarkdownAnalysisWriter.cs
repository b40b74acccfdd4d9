using System.Globalization;
using System.Text;

namespace ClaimCheck.Output;

/// <summary>
/// Writes an analysis as Markdown: a summary, a reports table, then per event who says what (camp, source, claim,
/// quoted evidence) and its contradictions with verdict, severity and note.
/// </summary>
/// <remarks>
/// Text from reports is escaped: Markdown punctuation and HTML brackets get a backslash, line breaks become spaces and
/// table cells escape <c>|</c>, so a report can neither break the layout nor inject raw HTML into a rendered page; control
/// and bidirectional override characters are shown as <c>&lt;U+XXXX&gt;</c> (<see cref="DisplayText"/>).
/// </remarks>
public static class MarkdownAnalysisWriter
{
    /// <summary>Writes the Markdown document.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="writer">Where to write; lines end with "\n".</param>
    /// <param name="texts">Optional original report texts (report id → text); with them each quote shows the whole sentence with the evidence in bold.</param>
    public static void Write(Analysis analysis, TextWriter writer, IReadOnlyDictionary<string, string>? texts = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(writer);
        var context = new EvidenceContext(texts);
        var w = new LineWriter(writer);

        w.Line("# ClaimCheck analysis");
        w.Line();
        w.Line(string.Join(" · ",
            ClaimText.Count(analysis.Reports.Count, "report"),
            ClaimText.Count(analysis.Claims.Count, "claim"),
            ClaimText.Count(analysis.Events.Count, "event"),
            ClaimText.Count(analysis.Contradictions.Count, "contradiction")));
        w.Line();

        w.Line("## Reports");
        w.Line();
        var claimCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in analysis.Claims) claimCounts[c.ReportId] = claimCounts.GetValueOrDefault(c.ReportId) + 1;
        w.Line("| Report | Outlet | Camp | Published | Language | Claims |");
        w.Line("| --- | --- | --- | --- | --- | ---: |");
        foreach (var r in analysis.Reports)
        {
            w.Line("| " + string.Join(" | ",
                Cell(r.Id),
                Cell(r.Outlet ?? "–"),
                Cell(ContractNames.Of(r.OutletCamp) ?? "–"),
                Cell(ContractNames.Of(r.Published) ?? "–"),
                Cell(r.Language),
                claimCounts.GetValueOrDefault(r.Id).ToString(CultureInfo.InvariantCulture)) + " |");
        }
        w.Line();

        var (claimsByEvent, unassigned) = ClaimText.ClaimsByEvent(analysis);
        var (contradictionsByEvent, orphans) = ClaimText.ContradictionsByEvent(analysis);
        foreach (var e in ClaimText.EventsForReading(analysis))
        {
            w.Line("## " + Escape(e.Label));
            w.Line();
            var meta = new List<string> { "`" + Code(e.Id) + "`" };
            if (e.Places.Count > 0) meta.Add("places: " + Escape(string.Join(", ", e.Places)));
            if (ClaimText.Dates(e.FirstDate, e.LastDate) is { } dates) meta.Add(dates);
            meta.Add(ClaimText.Count(e.ReportIds.Count, "report"));
            if (e.GroupedBy.Count > 0) meta.Add("grouped by: " + Escape(string.Join(", ", e.GroupedBy)));
            w.Line(string.Join(" · ", meta));
            w.Line();

            w.Line("### Who says what");
            w.Line();
            var claims = claimsByEvent.GetValueOrDefault(e.Id) ?? [];
            if (claims.Count == 0)
            {
                w.Line("No claims.");
                w.Line();
            }
            else
            {
                Claims(w, claims, context);
            }

            var contradictions = contradictionsByEvent.GetValueOrDefault(e.Id) ?? [];
            if (contradictions.Count > 0)
            {
                w.Line("### Contradictions");
                w.Line();
                foreach (var x in contradictions) Contradiction(w, x);
            }
        }

        if (unassigned.Count > 0)
        {
            w.Line("## Claims not assigned to an event");
            w.Line();
            Claims(w, unassigned, context);
        }
        if (orphans.Count > 0)
        {
            w.Line("## Contradictions of events not in this analysis");
            w.Line();
            foreach (var x in orphans) Contradiction(w, x);
        }
    }

    private static void Claims(LineWriter w, List<Claim> claims, EvidenceContext context)
    {
        foreach (var (camp, group) in ClaimText.ByCamp(claims))
        {
            foreach (var c in group)
            {
                var line = new StringBuilder();
                line.Append("- **").Append(ContractNames.Of(camp)).Append("** · ").Append(Escape(ClaimText.Source(c.Source)));
                if (c.Source.Mention is { Length: > 0 } mention) line.Append(" (").Append(Escape(ClaimText.BalancedMention(mention))).Append(')');
                line.Append(": ").Append(Escape(ClaimText.Summary(c))).Append('\\');
                w.Line(line.ToString());
                var meta = new List<string> { "`" + Code(c.Id) + "`", "report `" + Code(c.ReportId) + "`" };
                if (c.QuantityText is { Length: > 0 } quantityText) meta.Add("number: " + Escape(quantityText));
                if (c.Places.Count > 0) meta.Add(Escape(string.Join(", ", c.Places)));
                if (ContractNames.Of(c.Date) is { } date) meta.Add(date);
                if (ClaimText.Confidence(c) is { } confidence) meta.Add(confidence);
                w.Line("  " + string.Join(" · ", meta));
                w.Line();
                var quote = context.Around(c);
                w.Line("  > " + Escape(quote.Before) + (quote.Span.Length > 0 ? "**" + Escape(quote.Span) + "**" : "") + Escape(quote.After));
                w.Line();
            }
        }
    }

    private static void Contradiction(LineWriter w, Contradiction x)
    {
        var slot = new List<string> { ContractNames.Of(x.Kind) };
        if (!string.IsNullOrWhiteSpace(x.Subject)) slot.Add(Escape(x.Subject));
        if (!string.IsNullOrWhiteSpace(x.Action)) slot.Add(Escape(x.Action));
        w.Line("- **" + ContractNames.Of(x.Verdict) + "** (severity " + ClaimText.Severity(x.Severity) + ") · "
            + string.Join(" · ", slot) + " · `" + Code(x.Id) + "`");
        foreach (var side in x.Sides)
        {
            string ids = side.ClaimIds.Count == 0 ? "" : " (" + string.Join(", ", side.ClaimIds.Select(id => "`" + Code(id) + "`")) + ")";
            w.Line("  - " + ContractNames.Of(side.Camp) + ": " + Escape(side.Summary) + ids);
        }
        w.Line("  - Note: " + Escape(x.Note));
        w.Line();
    }

    /// <summary>Escapes Markdown and HTML punctuation with a backslash and folds line breaks into spaces.</summary>
    internal static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        text = DisplayText.Show(text, keepLineBreaks: true);
        var sb = new StringBuilder(text.Length + 8);
        bool space = false;
        foreach (char c in text)
        {
            if (c is '\r' or '\n' or '\u2028' or '\u2029' or '\t')
            {
                if (!space) sb.Append(' ');
                space = true;
                continue;
            }
            space = false;
            if (c is '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '<' or '>' or '(' or ')' or '#' or '|' or '!' or '~' or '&' or '$')
                sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Text for an inline code span: backticks and line breaks cannot close or break it.</summary>
    private static string Code(string text)
    {
        text = DisplayText.Show(text);
        var sb = new StringBuilder(text.Length);
        foreach (char c in text) sb.Append(c is '`' ? '\'' : c is '\r' or '\n' ? ' ' : c);
        return sb.ToString();
    }

    private static string Cell(string? text) => Escape(text);

    private sealed class LineWriter(TextWriter writer)
    {
        public void Line(string text = "")
        {
            writer.Write(text);
            writer.Write('\n');
        }
    }
}
