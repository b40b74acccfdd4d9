using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Claims.English;

/// <summary>
/// A person named with the indefinite article, no number, is a count of one when harm is told of them: after a harm verb
/// ("killing a dissident officer", "wounded an aid worker") or as the subject of a passive ("a civilian was injured", "a young
/// girl has also been killed"). Nouns are the singular group nouns of the English cue lexicon (tag "singular").
/// </summary>
internal static class EnglishSingularVictims
{
    /// <summary>How many words may stand between the article and the noun ("a young", "a dissident").</summary>
    private const int ModifierWords = 2;

    /// <summary>The casualty claims of sentence <paramref name="s"/>, added to <paramref name="claims"/>.</summary>
    internal static void Extract(EnglishReportContext ctx, int s, List<Claim> claims)
    {
        var doc = ctx.Doc;
        var seg = doc.Sentences[s];
        for (int a = seg.FirstToken; a < seg.EndToken; a++)
        {
            if (!ctx.Has(a, CueTags.Indefinite) || ctx.CueEnd(a) != a + 1) continue;
            int noun = Noun(ctx, a, seg);
            if (noun < 0) continue;
            var group = ctx.CueAt(noun)!.Value(CueTags.Group)!;
            int nounEnd = ctx.CueEnd(noun);
            // The harm verb right before the article ("killing a", "injured an"), or a passive after the noun.
            int harm = -1;
            if (a - 1 >= seg.FirstToken && IsHarm(ctx, a - 1)) harm = a - 1;
            else harm = Passive(ctx, nounEnd, seg);
            if (harm < 0) continue;
            var cue = ctx.CueAt(harm)!;
            var kind = cue.Has(CueTags.KilledWounded) ? Harm.KilledOrWounded : cue.Has(CueTags.Wounded) && !cue.Has(CueTags.Killed) ? Harm.Wounded : Harm.Killed;
            int first = Math.Min(a, harm), end = Math.Max(nounEnd, ctx.CueEnd(harm));
            var cues = new List<string>
            {
                "number-word:" + EnglishClaimExtractor.Original(doc, a, a + 1),
                "noun:" + EnglishClaimExtractor.Original(doc, noun, nounEnd),
                "harm:" + EnglishClaimExtractor.Original(doc, harm, ctx.CueEnd(harm)),
            };
            claims.Add(EnglishClaimExtractor.Build(ctx, s, ClaimKind.Casualties, first, end, noun, cues) with
            {
                Quantity = Quantity.Exactly(1),
                QuantityText = EnglishClaimExtractor.Original(doc, a, nounEnd),
                Subject = group,
                Harm = kind,
            });
            a = nounEnd - 1;
        }
    }

    /// <summary>The singular group noun at most <see cref="ModifierWords"/> plain words after the article at <paramref name="a"/>; -1 if none.</summary>
    private static int Noun(EnglishReportContext ctx, int a, Segment seg)
    {
        for (int k = a + 1; k < Math.Min(seg.EndToken, a + 2 + ModifierWords); k++)
        {
            if (!ctx.IsWord(k)) return -1;
            if (ctx.CueAt(k) is { } cue)
                return cue.Has(CueTags.Singular) && cue.Value(CueTags.Group) is not null && !IsNounAfter(ctx, ctx.CueEnd(k)) ? k : -1;
        }
        return -1;
    }

    /// <summary>"a civilian convoy", "a soldier's": the group word modifies another noun, so it names no person.</summary>
    private static bool IsNounAfter(EnglishReportContext ctx, int k) => ctx.CueAt(k) is { } c && (c.Value(CueTags.Group) is not null || c.Value(CueTags.Vehicle) is not null);

    private static bool IsHarm(EnglishReportContext ctx, int k) => ctx.CueAt(k) is { } c && (c.Has(CueTags.Killed) || c.Has(CueTags.Wounded) || c.Has(CueTags.KilledWounded));

    /// <summary>"was killed", "has also been injured", "was reportedly wounded": be-words (and has/have/had) right after the noun, ending in a form of be, then the participle; -1 if none.</summary>
    private static int Passive(EnglishReportContext ctx, int from, Segment seg)
    {
        int k = from;
        while (k < seg.EndToken && (ctx.Has(k, CueTags.Be) || ctx.IsWord(k) && ctx.Doc.TokenText(k) is "has" or "have" or "had")) k = ctx.CueEnd(k);
        if (k == from || !ctx.Has(ctx.CoverStart[k - 1], CueTags.Be)) return -1;
        return k < seg.EndToken && IsHarm(ctx, k) ? k : -1;
    }
}
