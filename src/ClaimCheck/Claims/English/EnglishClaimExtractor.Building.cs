using ClaimCheck.Text;

namespace ClaimCheck.Claims.English;

/// <summary>Building English claims: the evidence span, the source, and the places, parties and date near the claim.</summary>
internal sealed partial class EnglishClaimExtractor
{

    internal static Claim BuildCount(EnglishReportContext ctx, int s, ClaimKind kind, int first, int end, Count c, List<string> cues) =>
        Build(ctx, s, kind, first, end, c.Q.FirstToken, cues) with { Quantity = c.Q.Quantity, QuantityText = Original(ctx.Doc, c.Q.FirstToken, c.Q.EndToken) };

    internal static Claim Build(EnglishReportContext ctx, int s, ClaimKind kind, int first, int end, int anchor, List<string> cues)
    {
        var doc = ctx.Doc;
        var span = doc.ToOriginal(doc.SpanOfTokens(first, end));
        var (source, attribution) = ctx.Attribution.Resolve(s, anchor);
        if (attribution is not null) cues.Add(attribution);
        var places = Nearby(ctx, s, first, end, ctx.Places, m => m.FirstToken, m => m.Place.Name);
        var actors = Nearby(ctx, s, first, end, ctx.Actors, m => m.FirstToken, m => m.Actor.Id);
        DateOnly? date = null;
        int best = int.MaxValue;
        var seg = doc.Sentences[s];
        // The dates are in text order: only the claim's sentence is read.
        for (int di = Sorted.LowerBound(ctx.Dates, seg.FirstToken, m => m.Token); di < ctx.Dates.Count && ctx.Dates[di].Token < seg.EndToken; di++)
        {
            int distance = Math.Abs(ctx.Dates[di].Token - anchor);
            if (distance < best) (best, date) = (distance, ctx.Dates[di].Date);
        }
        return ClaimBuilder.Create(doc, ctx.Info.Id, kind, span, source, places, actors, date, cues);
    }

    /// <summary>Names within <see cref="ContextWindow"/> tokens of the claim in its sentence; else the whole sentence; else the two sentences before.</summary>
    private static string[] Nearby<T>(EnglishReportContext ctx, int s, int first, int end, IReadOnlyList<T> mentions, Func<T, int> token, Func<T, string> name)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var seg = ctx.Doc.Sentences[s];
        Collect(Math.Max(seg.FirstToken, first - ContextWindow), Math.Min(seg.EndToken, end + ContextWindow));
        for (int back = 1; found.Count == 0 && back <= 2 && s - back >= 0; back++) Collect(ctx.Doc.Sentences[s - back].FirstToken, ctx.Doc.Sentences[s - back].EndToken);
        return found.ToArray();

        void Collect(int from, int to)
        {
            for (int i = Sorted.LowerBound(mentions, from, token); i < mentions.Count && token(mentions[i]) < to; i++) found.Add(name(mentions[i]));
        }
    }

    internal static string Original(Document doc, int first, int end) => ClaimBuilder.Original(doc, first, end);
}
