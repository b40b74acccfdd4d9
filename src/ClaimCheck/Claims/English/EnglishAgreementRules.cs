using ClaimCheck.Languages.English;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Claims.English;

/// <summary>
/// English agreement claims: an agreement noun (deal, truce, ceasefire…), denied or doubted by the words around it or by an
/// attributed denial, else affirmed.
/// </summary>
internal static class EnglishAgreementRules
{
    /// <summary>How far around an agreement noun a negation or doubt is read.</summary>
    private const int PolarityWindow = 5;

    /// <summary>The agreement claims of sentence <paramref name="s"/>, added to <paramref name="claims"/>.</summary>
    public static void Extract(EnglishReportContext ctx, int s, List<Claim> claims)
    {
        var doc = ctx.Doc;
        var seg = doc.Sentences[s];
        for (int k = seg.FirstToken; k < seg.EndToken; k++)
        {
            if (!ctx.Has(k, CueTags.Agreement)) continue;
            int end = ctx.CueEnd(k);
            var cues = new List<string> { "agreement:" + EnglishClaimExtractor.Original(doc, k, end) };
            int first = k, last = end;
            var polarity = Polarity.Affirmed;
            for (int j = Math.Max(seg.FirstToken, k - PolarityWindow); j < Math.Min(seg.EndToken, end + 3); j++)
            {
                if (j >= k && j < end) continue;
                // Negation before the noun ("no such deal", "denied any truce"); after it, a new clause often starts ("the truce, but no …").
                if ((ctx.Has(j, CueTags.Negation) || ctx.Has(j, CueTags.Deny)) && j < k)
                {
                    polarity = Polarity.Denied;
                    cues.Add("negation:" + EnglishClaimExtractor.Original(doc, j, ctx.CueEnd(j)));
                    first = Math.Min(first, j);
                    last = Math.Max(last, ctx.CueEnd(j));
                    break;
                }
                if (ctx.Has(j, CueTags.Uncertain) && polarity == Polarity.Affirmed)
                {
                    polarity = Polarity.Uncertain;
                    cues.Add("uncertain:" + EnglishClaimExtractor.Original(doc, j, ctx.CueEnd(j)));
                    first = Math.Min(first, j);
                    last = Math.Max(last, ctx.CueEnd(j));
                }
            }
            if (polarity == Polarity.Affirmed && ctx.Attribution.DeniedBy(s, k, out int deny))
            {
                polarity = Polarity.Denied;
                cues.Add("negation:" + EnglishClaimExtractor.Original(doc, deny, ctx.CueEnd(deny)));
            }
            claims.Add(EnglishClaimExtractor.Build(ctx, s, ClaimKind.Agreement, first, last, k, cues) with { Polarity = polarity });
            k = end - 1;
        }
    }
}
