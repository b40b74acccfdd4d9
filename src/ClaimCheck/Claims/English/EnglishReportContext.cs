using ClaimCheck.Languages.English;
using ClaimCheck.Lexicons;
using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Claims.English;

/// <summary>
/// One English report as the English rules read it: its Document, whose layers (cues, attribution, quantities, places, actors,
/// dates) <see cref="Annotate"/> fills once, per-token indexes derived from them, and the token tests the rules share.
/// </summary>
internal sealed class EnglishReportContext
{
    public EnglishReportContext(Document doc, EnglishResources en, ReportInfo info)
    {
        Doc = doc;
        Info = info;
        var layers = doc.Layers;
        if (!layers.Has<EnglishAttribution>()) Annotate(doc, en, info);
        Cues = layers.Get<(Cue? Cue, int End)[]>();
        Attribution = layers.Get<EnglishAttribution>();
        Quantities = layers.Get<IReadOnlyList<QuantityMention>>();
        Places = layers.Get<IReadOnlyList<PlaceMention>>();
        Actors = layers.Get<IReadOnlyList<ActorMention>>();
        Dates = layers.Get<IReadOnlyList<(int Token, DateOnly Date)>>();
        CoverStart = new int[doc.Tokens.Count];
        for (int k = 0; k < CoverStart.Length; k++) CoverStart[k] = k;
        for (int k = 0; k < Cues.Length; k++) if (Cues[k].Cue is not null) for (int j = k + 1; j < Cues[k].End && j < CoverStart.Length; j++) CoverStart[j] = k;
        PlaceAt = new bool[doc.Tokens.Count + 1];
        foreach (var p in Places) for (int k = p.FirstToken; k < p.EndToken; k++) PlaceAt[k] = true;
        ActorAt = new ActorMention?[doc.Tokens.Count + 1];
        foreach (var a in Actors) for (int k = a.FirstToken; k < a.EndToken; k++) ActorAt[k] ??= a;
    }

    /// <summary>Fills the layers of <paramref name="doc"/> that the English rules read, each once, from the English recognisers.</summary>
    public static void Annotate(Document doc, EnglishResources en, ReportInfo info)
    {
        var layers = doc.Layers;
        var cues = en.Cues.Annotate(doc);
        layers.Set(cues);
        layers.Set(new EnglishAttribution(doc, cues, en.Sources, info.Outlet, info.OutletCamp));
        layers.Set(en.Quantities.Recognize(doc));
        layers.Set(en.Places.FindMentions(doc, 0, doc.Tokens.Count));
        // Lower-case acronyms ("the us") are words, not parties.
        layers.Set<IReadOnlyList<ActorMention>>(en.Actors.FindMentions(doc, 0, doc.Tokens.Count).Where(a => !EnglishMentions.LowerCaseAcronym(doc, a.FirstToken, a.EndToken)).ToArray());
        layers.Set(EnglishDates.Find(doc, en.Quantities, info.Published));
    }

    public Document Doc { get; }
    public ReportInfo Info { get; }
    public (Cue? Cue, int End)[] Cues { get; }
    public EnglishAttribution Attribution { get; }
    public IReadOnlyList<QuantityMention> Quantities { get; }
    public IReadOnlyList<PlaceMention> Places { get; }
    public IReadOnlyList<ActorMention> Actors { get; }
    public ActorMention?[] ActorAt { get; }
    public IReadOnlyList<(int Token, DateOnly Date)> Dates { get; }

    /// <summary>For each token, whether a place name covers it.</summary>
    public bool[] PlaceAt { get; }

    /// <summary>For each token, the first token of the cue covering it (itself when none does).</summary>
    public int[] CoverStart { get; }

    public Cue? CueAt(int k) => k >= 0 && k < Cues.Length ? Cues[k].Cue : null;

    public int CueEnd(int k) => k >= 0 && k < Cues.Length && Cues[k].Cue is not null ? Cues[k].End : k + 1;

    public bool Has(int k, string tag) => CueAt(k) is { } c && c.Has(tag);

    public bool IsWord(int k) => k >= 0 && k < Doc.Tokens.Count && Doc.Tokens[k].Kind == TokenKind.Word;

    public bool Stop(int k) => Doc.Tokens[k].Kind == TokenKind.Punct && Doc.Text[Doc.Tokens[k].Start] is '.' or ';' or ':' or '!' or '?';
}
