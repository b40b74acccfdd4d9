using System.Globalization;

namespace ClaimCheck.Output;

/// <summary>The event sections of the HTML page: contradiction cards, claims grouped by camp, and each claim's evidence sentence with its span marked.</summary>
internal sealed partial class HtmlPage
{
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
}
