using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>Whether a proposition (an agreement, an evacuation) is denied or doubted by the words around it; shared by the polarity rule sets.</summary>
internal static class Negation
{
    /// <summary>How far before a proposition a denial verb or talk of conflicting reports is looked for.</summary>
    internal const int DenyWindow = 12;

    /// <summary>How far before or after a proposition a negation is looked for.</summary>
    private const int PolarityWindow = 8;

    /// <summary>How many words before a deal a negated verb that takes it may stand ("لم يوقع الطرفان على أي اتفاق").</summary>
    private const int NegatedVerbWindow = 4;

    /// <summary>
    /// Whether the proposition at [a, aEnd) is denied or doubted: a finite denial verb before it (نفت، تنفي، ونفى), a negation
    /// before it (لا صحة، لم يتوصل، فشل، لم + verb) or after it ("… غير صحيح"), or talk of conflicting reports before it (not when
    /// backgrounded: "بعد تضارب الأنباء"). Returns the polarity (null when none of these), the cue token and its family.
    /// </summary>
    internal static (Polarity? Polarity, int Cue, string Tag) Find(ReportContext ctx, Segment seg, int a, int aEnd)
    {
        for (int k = a - 1; k >= Math.Max(seg.FirstToken, a - DenyWindow); k--)
        {
            if (!ctx.IsDenyVerb(k)) continue;
            // "نفى علوش الاتهامات، وأكد توصل الفصيل إلى اتفاق": a reporting verb in a later clause opens content of its own.
            if (SaysAfter(ctx, k, a)) break;
            // "يحاول أن ينفي": someone's attempt to deny, as the speaker reads it, is not a denial the source made.
            if (ctx.Before(k - 1, Math.Max(seg.FirstToken, k - 3), CueTags.Attempt) >= 0) return (null, -1, CueTags.Attempt);
            return (Polarity.Denied, k, CueTags.Deny);
        }
        int negation = ctx.Before(a - 1, Math.Max(seg.FirstToken, a - PolarityWindow), CueTags.Negation);
        if (negation >= 0 && !InRelativeClause(ctx, negation, a)) return (Polarity.Denied, negation, CueTags.Negation);
        if (ctx.WordOrConjoined(a - 1, FunctionWords.Default.PastNegation) || ctx.WordOrConjoined(a - 2, FunctionWords.Default.PastNegation) && FunctionWords.Default.PassiveAuxiliary.Contains(ctx.Doc.TokenText(a - 1))) return (Polarity.Denied, a - 1 - (ctx.WordOrConjoined(a - 1, FunctionWords.Default.PastNegation) ? 0 : 1), CueTags.Negation);
        if (NegatedVerb(ctx, seg, a) is var negated && negated >= 0) return (Polarity.Denied, negated, CueTags.Negation);
        for (int k = aEnd; k < Math.Min(seg.EndToken, aEnd + PolarityWindow); k++)
        {
            if (ctx.Doc.IsPunct(k, '.')) break;
            if (ctx.Has(k, CueTags.NegationPost)) return (Polarity.Denied, k, CueTags.Negation);
        }
        // "تواردت أنباء عن توصل النظام ومسلحي المعارضة إلى اتفاق": talk of unconfirmed reports reaches as far as a denial does.
        int uncertain = -1;
        for (int k = a - 1; k >= Math.Max(seg.FirstToken, a - DenyWindow) && uncertain < 0; k--)
        {
            // "وسط أنباء عن وصولها، وذلك ضمن اتفاق": a new clause after a comma leaves the talk of reports behind.
            if (ctx.ClauseBreak(k) && !(ctx.Doc.IsPunct(k, ',') && k + 1 < a && !ctx.Doc.TokenText(k + 1).StartsWith('\u0648'))) break;
            if (ctx.Has(k, CueTags.Uncertain)) uncertain = k;
        }
        if (uncertain >= 0) return (ctx.Backgrounded(uncertain, seg.FirstToken) ? null : Polarity.Uncertain, uncertain, CueTags.Uncertain);
        return (null, -1, "");
    }

    /// <summary>
    /// A negation that opens a relative clause describing the party ("والعائلات التي رفضت البقاء خرجت", "خرج من رفض التسوية"): right
    /// after a relative pronoun, with its own complement between it and the proposition; it does not reach the main verb.
    /// </summary>
    private static bool InRelativeClause(ReportContext ctx, int negation, int a) =>
        (ctx.Word(negation - 1, FunctionWords.Default.RelativePronouns) || ctx.Word(negation - 1, FunctionWords.Default.LeaversTallyLinks))
        && ctx.CueEnd(negation) < a && ctx.Doc.Tokens[ctx.CueEnd(negation)].Kind == TokenKind.Word;

    /// <summary>A reporting verb (not a denial) between the denial at <paramref name="deny"/> and <paramref name="a"/>, a clause break before it.</summary>
    private static bool SaysAfter(ReportContext ctx, int deny, int a)
    {
        // One pass: a reporting verb counts once a clause break lies between the denial and it.
        bool broken = false;
        for (int j = ctx.CueEnd(deny); j < a; j++)
        {
            if (broken && ctx.StartCue(j) is { } c && c.Has(CueTags.Say) && !c.Has(CueTags.Deny) && !c.Has(CueTags.DenyNoun)) return true;
            broken |= ctx.ClauseBreak(j);
        }
        return false;
    }

    /// <summary>
    /// A verb of accepting, concluding or signing, negated by the particle right before it, that takes the deal at
    /// <paramref name="a"/> a few words on, within its clause: "لم توافق على أي اتفاق", "لن نقبل بأي هدنة", "ولم يوقع الطرفان على
    /// الاتفاق", "لا نعترف بالتسوية". Returns the particle's token, or -1.
    /// </summary>
    private static int NegatedVerb(ReportContext ctx, Segment seg, int a)
    {
        for (int k = a - 1, words = 0; k > seg.FirstToken && words < NegatedVerbWindow; k--)
        {
            if (ctx.ClauseBreak(k)) return -1;
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) continue;
            words++;
            if (!(ctx.Has(k, CueTags.Affirm) || ctx.Has(k, CueTags.Conclusion) || ctx.WordOrConjoined(k, FunctionWords.Default.SigningVerbs))) continue;
            // "لا توافق على بنود الاتفاق": the negated verb may stand before a noun of the deal's terms.
            if (ctx.WordOrConjoined(k - 1, FunctionWords.Default.VerbNegators)) return k - 1;
        }
        return -1;
    }
}
