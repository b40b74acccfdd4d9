using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>
/// Builds claims from the rule sets' token spans: evidence in the original text, the source and attribution cue, places, parties
/// and date from the claim's context, the cue list, and the content-derived id (<see cref="StableId"/>); shared with the
/// English rules.
/// </summary>
internal static class ClaimBuilder
{
    /// <summary>How many tokens around a claim's evidence its places, parties and date are taken from before the whole sentence is used.</summary>
    private const int ContextWindow = 25;

    /// <summary>How many tokens from a claim's evidence a date may stand (dates never cross a clause link).</summary>
    private const int DateWindow = 15;

    /// <summary>A count claim: <see cref="Build"/> with the quantity and the original words that gave it.</summary>
    internal static Claim BuildCount(ReportContext ctx, int s, ClaimKind kind, int firstToken, int endToken, QuantityMention q, List<string> cues) =>
        Build(ctx, s, kind, firstToken, endToken, q.FirstToken, cues) with { Quantity = q.Quantity, QuantityText = Original(ctx.Doc, q.Span) };

    /// <summary>
    /// The claim over tokens [<paramref name="firstToken"/>, <paramref name="endToken"/>) of sentence <paramref name="s"/>: its
    /// source as attributed at <paramref name="anchor"/>, and the places, parties and date of its context.
    /// </summary>
    internal static Claim Build(ReportContext ctx, int s, ClaimKind kind, int firstToken, int endToken, int anchor, List<string> cues)
    {
        var doc = ctx.Doc;
        var span = doc.ToOriginal(doc.SpanOfTokens(firstToken, endToken));
        var (source, attributionCue) = ctx.Attributor.Resolve(s, anchor);
        if (attributionCue is not null) cues.Add(attributionCue);
        var window = ContextOf(ctx, s, firstToken, endToken);
        // Where people or buses go is not where their evacuation happened, nor where the deal that sends them was made: a
        // destination does not place the claim.
        // Nor is the home of the people ("من أهالي حي برزة"), unless nothing else near the claim says where it happened.
        var (happening, provenance) = ctx.PlacesByRole(origins: kind is not ClaimKind.Casualties);
        Func<string, bool> specific = name => ctx.Resources.Places.Ancestors(name).Count >= 2;
        var places = Nearby(happening, ctx, s, window, m => m.FirstToken, m => m.Place.Name, specific);
        if (places.Length == 0 && provenance.Count > 0) places = Nearby(provenance, ctx, s, window, m => m.FirstToken, m => m.Place.Name, specific);
        var actors = Nearby(ctx.Actors, ctx, s, window, m => m.FirstToken, m => m.Actor.Id, _ => true);
        DateOnly? date = null;
        int best = int.MaxValue;
        for (int di = Sorted.LowerBound(ctx.Dates, window.SideFrom, m => m.FirstToken); di < ctx.Dates.Count && ctx.Dates[di].FirstToken < window.SideTo; di++)
        {
            var d = ctx.Dates[di];
            if (d.Date is null || d.EndToken > window.SideTo) continue;
            int distance = d.FirstToken >= endToken ? d.FirstToken - endToken + 1 : d.EndToken <= firstToken ? firstToken - d.EndToken + 1 : 0;
            if (distance <= DateWindow && distance < best) { best = distance; date = d.Date; }
        }
        // "حدث في يوم 28 نيسان عام 2016 أنه استهدف الطيران … ما أدى لمقتل 61 مدنيا": a sentence that opens with the date of what
        // it tells dates a claim however far on it comes.
        date ??= OpeningDate(ctx, s, firstToken);
        return Create(doc, ctx.Info.Id, kind, span, source, places, actors, date, cues);
    }

    /// <summary>How far before a claim the date its sentence opens with may stand (a bound: a long sentence costs no scan per claim).</summary>
    private const int OpeningDateReach = 40;

    /// <summary>
    /// The last date before <paramref name="firstToken"/> in sentence <paramref name="s"/>, at most <see cref="OpeningDateReach"/>
    /// tokens back, with no clause link that may join a different happening between them; null if none.
    /// </summary>
    private static DateOnly? OpeningDate(ReportContext ctx, int s, int firstToken)
    {
        int from = Math.Max(ctx.Doc.Sentences[s].FirstToken, firstToken - OpeningDateReach);
        DateMention? last = null;
        for (int di = Sorted.LowerBound(ctx.Dates, from, m => m.FirstToken); di < ctx.Dates.Count && ctx.Dates[di].EndToken <= firstToken; di++)
            if (ctx.Dates[di].Date is not null) last = ctx.Dates[di];
        if (last is null) return null;
        for (int k = last.EndToken; k < firstToken; k++)
            if (ctx.HappeningLink(k)) return null;
        return last.Date;
    }

    /// <summary>
    /// The claim of report <paramref name="reportId"/> with evidence <paramref name="originalSpan"/> (in the original text), its
    /// source, places, parties and date; the date joins the cues. Its id is assigned by <see cref="Identify"/> once the report's
    /// claims are final.
    /// </summary>
    internal static Claim Create(Document doc, string reportId, ClaimKind kind, TextSpan originalSpan, SourceRef source, string[] places, string[] actors, DateOnly? date, List<string> cues)
    {
        if (date is not null) cues.Add("date:" + date.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return new Claim
        {
            Id = "",
            ReportId = reportId,
            Kind = kind,
            Source = source,
            Places = places,
            Actors = actors,
            Date = date,
            Evidence = Evidence.From(doc.Original, originalSpan),
            Cues = cues.ToArray(),
        };
    }

    /// <summary>
    /// The report's claims with their ids, one claim per id, in text order (evidence start, end, then id). Ids derive from each
    /// claim's content as well as its words: two counts over the same words ("قتل 5 طفلين") differ.
    /// </summary>
    internal static Claim[] Identify(IEnumerable<Claim> claims) => claims
        .Select(c => c with { Id = ClaimId(c) })
        .GroupBy(c => c.Id, StringComparer.Ordinal).Select(g => g.First())
        .OrderBy(c => c.Evidence.Start).ThenBy(c => c.Evidence.End).ThenBy(c => c.Id, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Where a claim's context is read: its own side of "فيما"/"بينما"/"في حين", and the wider window across them.</summary>
    private readonly record struct ContextRange(int SideFrom, int SideTo, int WideFrom, int WideTo);

    private static ContextRange ContextOf(ReportContext ctx, int s, int firstToken, int endToken)
    {
        var seg = ctx.Doc.Sentences[s];
        int from = firstToken, to = endToken;
        while (from > seg.FirstToken && firstToken - from < ContextWindow && !ctx.HappeningLink(from - 1)) from--;
        while (to < seg.EndToken && to - endToken < ContextWindow && !ctx.HappeningLink(to)) to++;
        return new ContextRange(from, to, Math.Max(seg.FirstToken, firstToken - ContextWindow), Math.Min(seg.EndToken, endToken + ContextWindow));
    }

    /// <summary>
    /// Names near the claim: on its side of a clause link ("فيما", "بينما", "في حين" may join a different happening) within
    /// <see cref="ContextWindow"/> tokens; across the link when that side names nothing specific; then its whole sentence; then the
    /// closest of the two sentences before it (a claim continues the paragraph's topic).
    /// </summary>
    private static string[] Nearby<T>(IReadOnlyList<T> mentions, ReportContext ctx, int s, ContextRange window, Func<T, int> token, Func<T, string> name, Func<string, bool> specific)
    {
        // A list sorted and de-duplicated at the end (a sorted set allocates an enumerator for every look at it).
        var found = new List<string>();
        Collect(window.SideFrom, window.SideTo);
        if (!found.Exists(n => specific(n))) Collect(window.WideFrom, window.WideTo);
        if (found.Count == 0)
        {
            // The whole sentence, then the closest of the two before it: their names are gathered once per sentence.
            for (int back = 0; back <= 2 && s - back >= 0; back++)
                if (ctx.SentenceNames(mentions, s - back, token, name) is { Length: > 0 } names) return [.. names];
            return [];
        }
        return SortedDistinct(found);

        void Collect(int from, int to)
        {
            for (int i = Sorted.LowerBound(mentions, from, token); i < mentions.Count && token(mentions[i]) < to; i++) found.Add(name(mentions[i]));
        }
    }

    /// <summary>The names, sorted (ordinal) and each once; <paramref name="names"/> is sorted in place.</summary>
    internal static string[] SortedDistinct(List<string> names)
    {
        if (names.Count == 0) return [];
        names.Sort(StringComparer.Ordinal);
        int distinct = 1;
        for (int i = 1; i < names.Count; i++) if (!string.Equals(names[i], names[distinct - 1], StringComparison.Ordinal)) names[distinct++] = names[i];
        names.RemoveRange(distinct, names.Count - distinct);
        return [.. names];
    }

    internal static string Original(Document doc, int firstToken, int endToken) => Original(doc, doc.SpanOfTokens(firstToken, endToken));

    internal static string Original(Document doc, TextSpan normalizedSpan)
    {
        var span = doc.ToOriginal(normalizedSpan);
        return doc.Original.Substring(span.Start, span.Length);
    }

    /// <summary>
    /// The claim's stable id: "c-" and 12 hex digits of SHA-256 over report id, kind, evidence offsets and what it says
    /// (polarity, quantity, subject, harm, action). The same input always gives the same id.
    /// </summary>
    private static string ClaimId(Claim c)
    {
        var q = c.Quantity;
        // An absent value hashes as an empty part (not as StableId's U+0000), as the ids always have.
        return StableId.Of("c-", [c.ReportId, c.Kind.ToString(), Invariant(c.Evidence.Start), Invariant(c.Evidence.End), c.Polarity?.ToString() ?? "",
            q is null ? "" : Invariant(q.Min), q?.Max is { } max ? Invariant(max) : "", q?.Qualifier.ToString() ?? "", c.Subject ?? "", c.Harm?.ToString() ?? "", c.Action ?? ""], 6);

        // Offsets and counts are never negative: the same digits in every culture.
        static string Invariant(long n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
