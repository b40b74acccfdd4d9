using ClaimCheck.Recognition;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>Who a claim is about: the victims an actor stands for, a party after a preposition or in a من-phrase, and the party that leaves.</summary>
internal static class Parties
{
    /// <summary>
    /// The victims an armed or civil body stands for, in the contract's subjects, as actors.json says (<see cref="Actor.Subject"/>):
    /// rescuers and aid workers are civilians, the SDF are Kurdish forces, HTS opposition fighters, pro-regime militias the
    /// regime's forces, as are the forces fighting on its side (Russia, Iran, Hezbollah; as the English rules read them), and
    /// other foreign forces the contract has no value for fighters; a faction stands for its broader party
    /// (<see cref="Actor.MemberOf"/>: Jaysh al-Islam, Faylaq al-Rahman are opposition fighters); other actors keep their id.
    /// </summary>
    internal static string CasualtySubject(ReportContext ctx, Actor actor) => ctx.Resources.Actors.SubjectOf(actor);

    /// <summary>After "من", "بين", "في صفوف", "لدى", "ضمن": the token that names the party; -1 if none. ("بينهم"/"منهم" introduce a subset, not the party.)</summary>
    internal static int PartyAfterPreposition(ReportContext ctx, int k, int end)
    {
        if (k >= end || ctx.Doc.Tokens[k].Kind != TokenKind.Word) return -1;
        string w = ctx.Doc.TokenText(k);
        if (FunctionWords.Default.PartyPrepositions.Contains(w)) return ctx.SkipPunct(k + 1, end);
        if (FunctionWords.Default.In.Contains(w) && k + 1 < end && FunctionWords.Default.Ranks.Contains(ctx.Doc.TokenText(k + 1))) return ctx.SkipPunct(k + 2, end);
        return -1;
    }

    /// <summary>
    /// The actor that names a side right at <paramref name="at"/>, in the sentence: after "من" ("جنود من الجيش التركي") or with the ل
    /// of possession on it ("ستة جنود للجيش الوطني", "عناصر لقوات النظام"); null if none.
    /// </summary>
    internal static ActorMention? SideAt(ReportContext ctx, int at, Segment seg)
    {
        if (at < 0 || at >= seg.EndToken || ctx.Doc.Tokens[at].Kind != TokenKind.Word) return null;
        if (ctx.Doc.TokenSpan(at) is ['\u0644', ..]) return ctx.ActorAt(at);
        return ctx.Word(at, FunctionWords.Default.From) && at + 1 < seg.EndToken ? ctx.ActorAt(at + 1) : null;
    }

    /// <summary>
    /// The end of a من-phrase that describes a counted noun (whose side or origin it names): "من" and then an actor
    /// ("من قوات النظام") or up to three plain words ("من عائلة واحدة", "من أبناء البلدة"), or "في صفوف" and an actor ("في صفوف قوات
    /// النظام"), or an actor with the ل of possession ("للجيش الوطني"); -1 if <paramref name="at"/> starts none.
    /// </summary>
    internal static int OfPhraseEnd(ReportContext ctx, int at, Segment seg)
    {
        if (ctx.Word(at, FunctionWords.Default.In) && at + 2 < seg.EndToken && ctx.Word(at + 1, FunctionWords.Default.Ranks))
            return ctx.ActorAt(at + 2) is { } ranks ? ranks.EndToken : -1;
        if (SideAt(ctx, at, seg) is { } side) return side.EndToken;
        // "50 مسلحا تابعين لجبهة النصرة", "عناصر موالين لقوات النظام": a participle of belonging, then the party with ل.
        if (ctx.Word(at, FunctionWords.Default.AffiliationParticiples) && at + 1 < seg.EndToken && ctx.Doc.TokenSpan(at + 1) is ['\u0644', ..]
            && ctx.ActorAt(at + 1) is { } owner)
            return owner.EndToken;
        if (!ctx.Word(at, FunctionWords.Default.From) || at + 1 >= seg.EndToken) return -1;
        int k = at + 1;
        // The plain words end where a second count is joined, by و or a word of adding ("خمسة مقاتلين من البلدة وستة مدنيين
        // أصيبوا", "من قواتها بالإضافة لستة مقاتلين": what follows is the second count's).
        while (k < seg.EndToken && k - at <= 3 && ctx.Doc.Tokens[k].Kind == TokenKind.Word && (ctx.CueAt(k) is null || CountedNoun.IsNounCue(ctx.CueAt(k)!))
               && !(k > at + 1 && (CasualtyRules.CountStartsAt(ctx, k) || ctx.Word(k, FunctionWords.Default.AdditionJoiners)))) k++;
        return k > at + 1 ? k : -1;
    }

    /// <summary>The people or vehicles that leave, after the verb: fighters, families, civilians, people, a batch, buses, or an armed party.</summary>
    internal static (int Start, int End) EvacuatedParty(ReportContext ctx, int from, int to, bool vehicles = true)
    {
        for (int k = from; k < to; k++)
        {
            // "خرجت مظاهرة شارك فيها 500 شخص": what went out is not a party leaving.
            if (ctx.Has(k, CueTags.NotParty)) break;
            if (ctx.StartCue(k) is { } c && IsLeavingParty(c, vehicles)) return (k, ctx.CueEnd(k));
            if (ctx.ActorAt(k) is { } a && LeavingActor(a.Actor.Id)) return (k, a.EndToken);
        }
        return (-1, -1);
    }

    /// <summary>The people or vehicles that leave, before the verb (<paramref name="batchOnly"/>: only a batch or convoy).</summary>
    internal static (int Start, int End) EvacuatedPartyBefore(ReportContext ctx, int verb, int lowest, bool vehicles = true, bool batchOnly = false)
    {
        for (int k = verb - 1; k >= lowest; k--)
        {
            // "شارك 500 شخص في مظاهرة خرجت": what went out is not a party leaving.
            if (ctx.Has(k, CueTags.NotParty)) break;
            if (ctx.StartCue(k) is { } c && (batchOnly ? c.Has(CueTags.PeopleBatch) : IsLeavingParty(c, vehicles))) return (k, ctx.CueEnd(k));
            // The subject stands inside the reported clause: never beyond its complementiser or reporting verb ("قال مصدر في المعارضة إن …").
            if (ctx.Has(k, CueTags.Say) || ctx.Has(k, CueTags.Cite) || ctx.Doc.Tokens[k].Kind == TokenKind.Word && FunctionWords.Default.SubjectComplementizers.Contains(ctx.Doc.TokenText(k))) break;
            if (!batchOnly && ctx.ActorEndingAt(k) is { } a && LeavingActor(a.Actor.Id)) return (a.FirstToken, a.EndToken);
        }
        return (-1, -1);
    }

    /// <summary>An armed or civil body that can be the party leaving: not the regime's forces (who take over), nor the UN, the Red Crescent or the ICRC (who escort).</summary>
    private static bool LeavingActor(string id) => id is not "regime-forces" and not "un" and not "sarc" and not "icrc";

    /// <summary>A noun for who can leave: a batch or convoy, people of any group (not soldiers), or, when allowed, vehicles.</summary>
    private static bool IsLeavingParty(Cue c, bool vehicles) =>
        c.Has(CueTags.PeopleBatch) || vehicles && c.Value(CueTags.Vehicle) is not null || c.Value(CueTags.Group) is { } g && g != "soldiers" && !c.Has(CueTags.Detainee) || c.Has(CueTags.WoundedNoun);
}
