using ClaimCheck.Lexicons;
using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>The noun a number counts, where it stands, and the cue that names it.</summary>
/// <param name="Token">First token of the noun.</param>
/// <param name="End">One past its last token.</param>
/// <param name="Cue">The noun's cue; null when the number counts nothing named.</param>
/// <param name="Before">The noun stands before the number ("الحافلات الـ12").</param>
internal readonly record struct CountedNoun(int Token, int End, Cue? Cue, bool Before)
{
    /// <summary>
    /// The counted noun: a noun cue inside the quantity's words ("25 عنصراً على الأقل"); right after them, with من allowed
    /// ("3500 من عائلاتهم"); "أخرى" standing for the previous count's noun ("ودخلت 7 أخرى"); or just before the number
    /// ("الحافلات الـ12", "حافلات عدة").
    /// </summary>
    internal static CountedNoun Find(ReportContext ctx, QuantityMention q, Segment seg, Claim? previous)
    {
        // A dual in construct is a phrase ("سيارتي إسعاف"): its cue starts at its first word.
        if (q.DualNoun is not null)
        {
            int first = q.EndToken - 1;
            for (int spaces = q.DualNoun.Count(ch => ch == ' '); spaces > 0 && first > q.FirstToken; spaces--) first--;
            return new CountedNoun(first, q.EndToken, ctx.StartCue(first) ?? ctx.StartCue(q.EndToken - 1), false);
        }
        for (int k = q.FirstToken; k < q.EndToken - 1; k++)
            if (ctx.Doc.Tokens[k].Kind == TokenKind.Number || IsNumberWord(ctx, k))
                if (ctx.StartCue(k + 1) is { } c && IsNounCue(c)) return new CountedNoun(k + 1, ctx.CueEnd(k + 1), c, false);
        int after = ctx.SkipPunct(q.EndToken, seg.EndToken);
        if (Counts.Restates(ctx, q, seg) is { } restated) after = ctx.SkipPunct(restated.EndToken, seg.EndToken);
        if (ctx.Word(after, FunctionWords.Default.From)) after = ctx.SkipPunct(after + 1, seg.EndToken);
        if (after < seg.EndToken && ctx.StartCue(after) is { } a && IsNounCue(a)) return new CountedNoun(after, ctx.CueEnd(after), a, false);
        if (after < seg.EndToken && ctx.Has(after, CueTags.Elliptic) && previous?.Kind == ClaimKind.Vehicles && previous.Subject is { } v)
            return new CountedNoun(after, after + 1, new Cue(ctx.Doc.TokenText(after), [CueTags.Vehicle + ":" + v]), false);
        // "سيارات إسعاف عددها 25", "المقاتلين وعددهم 200": the count of the noun just before "عددها".
        if (ctx.Word(q.FirstToken - 1, FunctionWords.Default.CountOfThem) && q.FirstToken - 2 >= seg.FirstToken && ctx.CueAt(q.FirstToken - 2) is { } named && IsNounCue(named))
        {
            int start = q.FirstToken - 2;
            while (start > seg.FirstToken && ctx.StartCue(start) is null) start--;
            return new CountedNoun(start, ctx.CueEnd(start), named, true);
        }
        // A noun before the number only when the number follows it as an adjective: definite ("الحافلات الـ12") or vague ("حافلات عدة").
        int before = q.FirstToken - 1;
        bool definite = before >= seg.FirstToken && FunctionWords.Default.Article.Contains(ctx.Doc.TokenText(before)) || ctx.Doc.TokenText(q.FirstToken).StartsWith("ال", StringComparison.Ordinal);
        if (before >= seg.FirstToken && FunctionWords.Default.Article.Contains(ctx.Doc.TokenText(before))) before--;
        bool digits = false;
        for (int k = q.FirstToken; k < q.EndToken && !digits; k++) digits = ctx.Doc.Tokens[k].Kind == TokenKind.Number;
        if ((definite && digits || q.Quantity.Qualifier == QuantityQualifier.Vague) && before >= seg.FirstToken && ctx.CueAt(before) is { } b && IsNounCue(b) && ctx.Cues[before].Cue is not null)
            return new CountedNoun(before, ctx.CueEnd(before), b, true);
        // "القتلى الستة", "وأطفالهما الثلاثة", "الشهداء الثلاثة": a number word with the article after the people it counts, as their
        // adjective (not vehicles: "الحافلات الثلاث" points back to buses already counted; nor the wounded: "نقل المصابين الخمسة إلى
        // المشفى" tells a transfer of people counted before).
        if (!digits && q.DualNoun is null && ctx.Doc.TokenText(q.FirstToken).StartsWith("ال", StringComparison.Ordinal) && q.FirstToken - 1 >= seg.FirstToken
            && ctx.CueAt(q.FirstToken - 1) is { } person && IsNounCue(person) && person.Value(CueTags.Vehicle) is null && !person.Has(CueTags.WoundedNoun) && ctx.Cues[q.FirstToken - 1].Cue is not null)
            return new CountedNoun(q.FirstToken - 1, ctx.CueEnd(q.FirstToken - 1), person, true);
        // "قتل شخص واحد", "استشهاد مدنيين اثنين": "واحد" or "اثنين" after the noun it counts (a plural in the genitive is spelt as its dual).
        if (q.Quantity is { Min: 1 or 2 } && q.Quantity.Max == q.Quantity.Min && q.DualNoun is null && q.EndToken - q.FirstToken == 1 && q.FirstToken - 1 >= seg.FirstToken
            && ctx.Doc.Tokens[q.FirstToken].Kind == TokenKind.Word && ctx.StartCue(q.FirstToken - 1) is { } one && IsNounCue(one) && one.Value(CueTags.Vehicle) is null)
            return new CountedNoun(q.FirstToken - 1, q.FirstToken, one, true);
        return new CountedNoun(after, after, null, false);
    }

    private static bool IsNumberWord(ReportContext ctx, int k) => ctx.StartCue(k) is null && ctx.Doc.Tokens[k].Kind == TokenKind.Word;

    internal static bool IsNounCue(Cue c) => c.Value(CueTags.Group) is not null || c.Value(CueTags.Vehicle) is not null || c.Has(CueTags.KilledNoun) || c.Has(CueTags.WoundedNoun);
}
