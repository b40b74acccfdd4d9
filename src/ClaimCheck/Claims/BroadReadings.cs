using ClaimCheck.Lexicons;
using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>
/// Broad readings: what the strict rules leave out of a sentence but a reader might still take as a claim — a count near a harm
/// word that no casualty rule read, a count of people near a word of leaving that no evacuee rule read, a word of leaving or a
/// deal that no evacuation or agreement rule read. They are proposals, not claims: each carries the cue <c>broad:&lt;kind&gt;</c>,
/// and the confidence model (which knows the cue and every other feature) decides; <see cref="ClaimChecker"/> drops them when no
/// model scores them, and the default threshold keeps only those it trusts.
/// </summary>
/// <remarks>
/// The strict rules refuse a reading for a reason (a harm word too far from its count, a deal only named, an exit with no
/// actor); the refusal is right more often than not, but not always, and a rule cannot weigh its reason against everything
/// else it knows about the claim. A broad reading lets the learned scorer do that weighing, on annotated real reports.
/// </remarks>
internal static class BroadReadings
{
    /// <summary>The cue family that marks a broad reading ("broad:casualties").</summary>
    internal const string CueFamily = "broad";

    /// <summary>How many words from a count a harm word may stand for a broad casualty reading.</summary>
    private const int HarmWindow = 10;

    /// <summary>How many words from a count a word of leaving may stand for a broad evacuee reading.</summary>
    private const int LeavingWindow = 12;

    /// <summary>
    /// The broad readings of sentence <paramref name="s"/> that none of <paramref name="strict"/> (the strict claims of the
    /// sentence) already gives, added to <paramref name="into"/>.
    /// </summary>
    internal static void Extract(ReportContext ctx, int s, IReadOnlyList<Claim> strict, List<Claim> into)
    {
        var doc = ctx.Doc;
        var seg = doc.Sentences[s];
        for (int qi = Sorted.LowerBound(ctx.Quantities, seg.FirstToken, m => m.FirstToken); qi < ctx.Quantities.Count && ctx.Quantities[qi].FirstToken < seg.EndToken; qi++)
        {
            var q = ctx.Quantities[qi];
            if (q.Kind != NumberKind.Count || q.EndToken > seg.EndToken || qi > 0 && Counts.Restates(ctx, ctx.Quantities[qi - 1], seg) == q || Counts.VagueAfterOtherNoun(ctx, q)) continue;
            var span = doc.ToOriginal(doc.SpanOfTokens(q.FirstToken, q.EndToken));
            if (CountCovers(strict, span)) continue;
            var noun = CountedNoun.Find(ctx, q, seg, null);
            if (noun.Cue?.Value(CueTags.Vehicle) is not null || noun.Cue is null && CountsSomethingElse(ctx, q, seg)) continue;
            string? group = noun.Cue?.Value(CueTags.Group);
            var cues = new List<string>(q.Cues);
            if (noun.Cue is not null) cues.Add("noun:" + ClaimBuilder.Original(doc, noun.Token, noun.End));
            int harm = Nearest(ctx, seg, q, HarmWindow, k => ctx.Has(k, CueTags.Killed) || ctx.Has(k, CueTags.Wounded) || ctx.Has(k, CueTags.KilledWounded)
                || ctx.Has(k, CueTags.KilledNoun) || ctx.Has(k, CueTags.WoundedNoun));
            Claim? claim = null;
            if (harm >= 0 && !CasualtyRules.NotWarToll(ctx, q, seg))
            {
                var h = ctx.Has(harm, CueTags.KilledWounded) ? Harm.KilledOrWounded
                    : ctx.Has(harm, CueTags.Wounded) || ctx.Has(harm, CueTags.WoundedNoun) ? Harm.Wounded : Harm.Killed;
                cues.Add((h == Harm.Wounded ? "wounded:" : "killed:") + ClaimBuilder.Original(doc, harm, ctx.CueEnd(harm)));
                cues.Add(CueFamily + ":casualties");
                claim = Build(ctx, s, ClaimKind.Casualties, q, noun, harm, cues) with { Subject = group ?? "people", Harm = h };
            }
            else if (group is not null and not "soldiers"
                     && Nearest(ctx, seg, q, LeavingWindow, k => ctx.Has(k, CueTags.EvacVerb) || ctx.Has(k, CueTags.EvacNoun) || ctx.Has(k, CueTags.EvacSelf) || ctx.Has(k, CueTags.PeopleBatch)) is var leave && leave >= 0)
            {
                cues.Add("evacuation:" + ClaimBuilder.Original(doc, leave, ctx.CueEnd(leave)));
                cues.Add(CueFamily + ":evacuees");
                claim = Build(ctx, s, ClaimKind.Evacuees, q, noun, leave, cues) with { Subject = group, Action = "departed" };
            }
            if (claim is not null) into.Add(claim);
        }

        if (!strict.Any(c => c.Kind == ClaimKind.Evacuation))
            Polar(ctx, s, seg, ClaimKind.Evacuation, k => ctx.Has(k, CueTags.EvacVerb) || ctx.Has(k, CueTags.EvacNoun), "evacuation:", into);
        if (!strict.Any(c => c.Kind == ClaimKind.Agreement))
            Polar(ctx, s, seg, ClaimKind.Agreement, k => ctx.Has(k, CueTags.Agreement), "agreement:", into);
    }

    /// <summary>The first cue of a polarity kind in the sentence, as a broad reading: denied or doubted as its negation says, else affirmed.</summary>
    private static void Polar(ReportContext ctx, int s, Segment seg, ClaimKind kind, Func<int, bool> isCue, string cueFamily, List<Claim> into)
    {
        for (int k = seg.FirstToken; k < seg.EndToken; k++)
        {
            if (ctx.StartCue(k) is not { } cue || !isCue(k) || Purpose(ctx, k) || cue.Has(CueTags.MayTransfer) && ctx.Attributor.FramesAt(s, k)) continue;
            int end = ctx.CueEnd(k);
            var cues = new List<string> { cueFamily + ClaimBuilder.Original(ctx.Doc, k, end) };
            var (polarity, negation, tag) = Negation.Find(ctx, seg, k, end);
            int first = k, last = end;
            if (polarity is not null && negation >= 0)
            {
                cues.Add(tag + ":" + ClaimBuilder.Original(ctx.Doc, negation, ctx.CueEnd(negation)));
                first = Math.Min(first, negation);
                last = Math.Max(last, ctx.CueEnd(negation));
            }
            cues.Add(CueFamily + ":" + Output.ContractNames.Of(kind));
            into.Add(ClaimBuilder.Build(ctx, s, kind, first, last, k, cues) with { Polarity = polarity ?? Polarity.Affirmed });
            return;
        }
    }

    /// <summary>
    /// A verbal noun or deal with the clitic ل ("لإخراج", "لنقل", "للهدنة"): what something is for, which tells no happening;
    /// the strict rules read the few that do, and as broad readings they are nearly always wrong.
    /// </summary>
    private static bool Purpose(ReportContext ctx, int k)
    {
        var word = ArabicClitics.WithoutConjunction(ctx.Doc.TokenSpan(k));
        return word.Length > 3 && word[0] == '\u0644' && !word.StartsWith("لا", StringComparison.Ordinal);
    }

    private static Claim Build(ReportContext ctx, int s, ClaimKind kind, QuantityMention q, CountedNoun noun, int cue, List<string> cues)
    {
        int first = Math.Min(q.FirstToken, cue), end = Math.Max(Math.Max(q.EndToken, ctx.CueEnd(cue)), noun.Cue is null ? 0 : noun.End);
        if (noun.Cue is not null) first = Math.Min(first, noun.Token);
        return ClaimBuilder.BuildCount(ctx, s, kind, first, end, q, cues);
    }

    /// <summary>
    /// A count with no counted noun of people that is followed by a word no lexicon knows ("14 ساعة", "34 صاروخا", "خلال
    /// الأيام الخمسة") counts that word's thing, not victims or evacuees; words that leave a bare count one of people
    /// (<see cref="FunctionWords.AfterBareCount"/>: "من", "في", "جراء", …) do not.
    /// </summary>
    private static bool CountsSomethingElse(ReportContext ctx, QuantityMention q, Segment seg)
    {
        if (q.FirstToken > seg.FirstToken && ctx.Doc.Tokens[q.FirstToken].Kind == TokenKind.Word && ctx.Doc.Tokens[q.FirstToken - 1].Kind == TokenKind.Word && ctx.StartCue(q.FirstToken - 1) is null
            && ArabicClitics.WithoutConjunction(ctx.Doc.TokenSpan(q.FirstToken - 1)).StartsWith("ال", StringComparison.Ordinal)) return true; // "الأيام الخمسة"
        int next = q.EndToken;
        if (next >= seg.EndToken || ctx.Doc.Tokens[next].Kind != TokenKind.Word) return false;
        return ctx.StartCue(next) is null && !FunctionWords.Default.AfterBareCount.Contains(ctx.Doc.TokenText(next));
    }

    /// <summary>Whether a strict count claim's evidence already covers the original span of a count.</summary>
    private static bool CountCovers(IReadOnlyList<Claim> strict, TextSpan span)
    {
        foreach (var c in strict)
            if (c.Quantity is not null && c.Evidence.Start < span.End && span.Start < c.Evidence.End) return true;
        return false;
    }

    /// <summary>The token of the nearest cue (by <paramref name="isCue"/>) within <paramref name="window"/> words of the count, on either side, inside the sentence and not across a full stop; -1 if none.</summary>
    private static int Nearest(ReportContext ctx, Segment seg, QuantityMention q, int window, Func<int, bool> isCue)
    {
        int before = -1, after = -1, wordsBefore = int.MaxValue, wordsAfter = int.MaxValue;
        for (int k = q.FirstToken - 1, words = 0; k >= seg.FirstToken && words < window; k--)
        {
            if (ctx.Doc.IsPunct(k, '.')) break;
            if (ctx.Doc.Tokens[k].Kind == TokenKind.Punct) continue;
            words++;
            if (ctx.StartCue(k) is not null && isCue(k)) { before = k; wordsBefore = words; break; }
        }
        for (int k = q.EndToken, words = 0; k < seg.EndToken && words < window; k++)
        {
            if (ctx.Doc.IsPunct(k, '.')) break;
            if (ctx.Doc.Tokens[k].Kind == TokenKind.Punct) continue;
            words++;
            if (ctx.StartCue(k) is not null && isCue(k)) { after = k; wordsAfter = words; break; }
        }
        return wordsBefore <= wordsAfter ? before : after;
    }
}
