using ClaimCheck.Lexicons;
using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>Vehicle counts ("ودخلت 10 حافلات"): what the vehicles did, from the verb before the number or after the noun. One rule set of <see cref="ClaimExtractor"/>.</summary>
internal static class VehicleRules
{
    /// <summary>The vehicle claim of count <paramref name="q"/> of <paramref name="vehicle"/>: what the vehicles did (entered, departed, planned …) and evidence over the number, noun and verb.</summary>
    internal static Claim? FromCount(ReportContext ctx, int s, QuantityMention q, CountedNoun noun, string vehicle, List<string> cues)
    {
        var seg = ctx.Doc.Sentences[s];
        // "انفجرت سيارتان مفخختان", "3 سيارات مفخخة": car bombs are weapons, not vehicles of a convoy.
        if (noun.End < seg.EndToken && ctx.Word(noun.End, FunctionWords.Default.ExplosiveVehicle)) return null;
        // What the vehicles did: a verb just before the number (VSO, "ودخلت 10 حافلات"), else the first verb after the noun in its clause.
        int actionToken = -1;
        int words = 0;
        for (int k = q.FirstToken - 1; k >= seg.FirstToken && words < 3 && actionToken < 0; k--)
        {
            if (ctx.Doc.Tokens[k].Kind != TokenKind.Word) continue;
            words++;
            if (ctx.HasPrefix(k, CueTags.Action)) actionToken = k;
        }
        int from = noun.Before ? q.EndToken : noun.End;
        // "عشرات الحافلات التي تحمل مسلحين وعائلاتهم، تغادر التل": the verb after a relative clause closed by a comma.
        bool relative = ctx.Word(from, FunctionWords.Default.RelativePronouns);
        for (int k = from; actionToken < 0 && k < Math.Min(seg.EndToken, from + 10); k++)
        {
            if (relative && ctx.Doc.IsPunct(k, ',')) { relative = false; continue; }
            if (ctx.ClauseBreak(k) || (k > from && ctx.Doc.Tokens[k].Kind == TokenKind.Number)) break;
            if (ctx.HasPrefix(k, CueTags.Action)) actionToken = k;
        }
        // "ووصلت الدفعة الأولى المؤلفة من 16 حافلة": the verb of the batch the vehicles form.
        for (int k = q.FirstToken - 1; actionToken < 0 && k >= Math.Max(seg.FirstToken, q.FirstToken - 7); k--)
        {
            if (ctx.ClauseBreak(k) && !ctx.Doc.IsPunct(k, ',')) break;
            if (ctx.HasPrefix(k, CueTags.Action)) actionToken = k;
        }
        string? action = actionToken >= 0 ? ctx.StartCue(actionToken)!.Value(CueTags.Action) : null;
        // Vehicles that wait ("وانتظرت 40 حافلة عند المعبر") stand gathered.
        if (action == "waiting") action = "gathered";
        if (actionToken >= 0) cues.Add("verb:" + ClaimBuilder.Original(ctx.Doc, actionToken, ctx.CueEnd(actionToken)));
        int planned = ctx.Before(q.FirstToken - 1, Math.Max(seg.FirstToken, q.FirstToken - 6), CueTags.Planned);
        if (planned >= 0)
        {
            action = "planned";
            cues.Add("planned:" + ClaimBuilder.Original(ctx.Doc, planned, ctx.CueEnd(planned)));
        }
        int first = Math.Min(Math.Min(q.FirstToken, noun.Token), actionToken >= 0 ? actionToken : q.FirstToken);
        int end = Math.Max(Math.Max(noun.End, q.EndToken), actionToken >= 0 ? ctx.CueEnd(actionToken) : 0);
        return ClaimBuilder.BuildCount(ctx, s, ClaimKind.Vehicles, first, end, q, cues) with
        {
            Subject = vehicle,
            Action = action,
        };
    }
}
