namespace ClaimCheck.Scoring;

/// <summary>
/// The features the confidence model reads: what the engine already knows about a claim (its kind and values, the cue
/// families that fired, how far apart the number, counted noun, verb and source mention stand, the attribution frame and
/// where its source stands, hedges, negation, the sentence's place in the report, the evidence's length). No report text
/// goes into the model: words are only located, to measure distances, never used as features.
/// </summary>
/// <remarks>
/// Every feature lies in [0, 1] (flags are 0 or 1; counts and distances are capped and divided), so a linear model needs no
/// normaliser. The names are the model's vocabulary: a model file gives a weight per name (<see cref="ConfidenceModel"/>).
/// Distances are in words of the original text (runs of non-space characters), counted between the nearest occurrences of
/// the cue words around the evidence; a cue that fired but is not found there counts as far (1).
/// </remarks>
internal static class ClaimFeatures
{
    /// <summary>The cue families a claim's cues may carry ("noun:حافلات" is of family "noun"); others count as "cue:other".</summary>
    private static readonly string[] CueFamilies =
    [
        "attribution", "noun", "digits", "number-word", "evacuation", "killed", "wounded", "agreement", "date", "hedge",
        "introduced", "affirm", "vague", "verb", "tally", "party", "coordinated", "hypothetical", "negation", "deny",
        "uncertain", "attempt", "dual", "planned", "range", "previous-toll", Claims.BroadReadings.CueFamily,
    ];

    /// <summary>The prefix of the features a broad reading fills instead of the strict claims' ones.</summary>
    internal const string BroadPrefix = "broad|";

    private const int DistanceCap = 20;
    private const int SentenceCap = 20;
    private const int EvidenceWordsCap = 30;
    private const int SiblingsCap = 5;

    /// <summary>How far around the evidence cue words and the source mention are looked for, in UTF-16 units.</summary>
    private const int CueWindow = 400;
    private const int MentionWindowBefore = 3000;

    /// <summary>The feature names, in the order of the vector <see cref="Compute"/> fills.</summary>
    public static IReadOnlyList<string> Names { get; } = BuildNames();

    private static readonly Dictionary<string, int> CueIndex = CueFamilies.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);

    private static readonly Dictionary<string, int> NameIndex = Names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);

    /// <summary>The index of feature <paramref name="name"/>, or -1.</summary>
    public static int IndexOf(string name) => NameIndex.GetValueOrDefault(name, -1);

    private static string[] BuildNames()
    {
        var names = new List<string>();
        names.AddRange(Enum.GetValues<ClaimKind>().Select(k => "kind:" + Output.ContractNames.Of(k)));
        names.AddRange(CueFamilies.Select(f => "cue:" + f));
        names.Add("cue:other");
        names.Add("cue:count");
        names.AddRange(Enum.GetValues<Polarity>().Select(p => "polarity:" + Output.ContractNames.Of(p)));
        names.AddRange(Enum.GetValues<QuantityQualifier>().Select(q => "qualifier:" + Output.ContractNames.Of(q)));
        names.AddRange(["quantity:log", "quantity:round", "quantity:one-or-two", "quantity:open"]);
        names.AddRange(["subject:specific", "subject:people", "harm:killed", "harm:wounded", "harm:both", "action:present"]);
        names.AddRange(Enum.GetValues<Camp>().Select(c => "camp:" + Output.ContractNames.Of(c)));
        names.AddRange(["source:narration", "source:via", "frame:say", "frame:cite", "frame:deny", "frame:split", "frame:continued"]);
        names.AddRange(["mention:before", "mention:after", "mention:earlier-sentence", "mention:headline", "mention:not-found"]);
        names.AddRange(["distance:number-noun", "distance:noun-verb", "distance:number-verb", "distance:mention-evidence"]);
        names.AddRange(["sentence:index", "sentence:first", "sentence:headline", "sentence:siblings", "position:relative"]);
        names.AddRange(["evidence:words", "places:any", "actors:any", "date:any"]);
        // A broad reading (BroadReadings) is scored by weights of its own: every feature again, prefixed "broad|", and the
        // strict claims' weights stay what the strict rules earn.
        return [.. names, .. names.Select(n => BroadPrefix + n)];
    }

    /// <summary>Fills <paramref name="into"/> (length <see cref="Names"/>.Count) with the features of <paramref name="claim"/>.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="text">The report the claim was read in, prepared once for all its claims.</param>
    /// <param name="into">The vector to fill; every entry is written.</param>
    public static void Compute(Claim claim, ScoringText text, Span<float> into)
    {
        into.Clear();
        int i = 0;
        into[i + (int)claim.Kind] = 1;
        i += 5;

        int cueBase = i;
        string? number = null, noun = null, verb = null, attribution = null;
        foreach (var cue in claim.Cues)
        {
            int colon = cue.IndexOf(':');
            string family = colon < 0 ? cue : cue[..colon];
            string value = colon < 0 ? "" : cue[(colon + 1)..];
            into[cueBase + (CueIndex.TryGetValue(family, out int f) ? f : CueFamilies.Length)] = 1;
            switch (family)
            {
                case "digits" or "number-word": number ??= value; break;
                case "noun": noun ??= value; break;
                case "evacuation" or "killed" or "wounded" or "verb" or "agreement": verb ??= value; break;
                case "attribution": attribution ??= value; break;
            }
        }
        i += CueFamilies.Length + 1;
        into[i++] = Cap(claim.Cues.Count, 10);

        if (claim.Polarity is { } polarity) into[i + (int)polarity] = 1;
        i += 3;
        if (claim.Quantity is { } q)
        {
            into[i + (int)q.Qualifier] = 1;
            into[i + 8] = (float)Math.Min(1, Math.Log10(Math.Max(0, q.Best) + 1.0) / 6);
            into[i + 9] = Quantity.IsRound(q.Best) ? 1 : 0;
            into[i + 10] = q.Best <= 2 ? 1 : 0;
            into[i + 11] = q.Max is null ? 1 : 0;
        }
        i += 12;
        if (claim.Subject is { } subject) into[subject == "people" ? i + 1 : i] = 1;
        i += 2;
        if (claim.Harm is { } harm) into[i + (int)harm] = 1;
        i += 3;
        into[i++] = claim.Action is null ? 0 : 1;
        into[i + (int)claim.Source.Camp] = 1;
        i += 4;

        into[i++] = claim.Source.Mention is null ? 1 : 0;
        into[i++] = claim.Source.Via.Count > 0 ? 1 : 0;
        if (attribution is not null)
        {
            into[i + (int)FrameOf(attribution)] = 1;
            if (attribution.Contains('…')) into[i + 3] = 1;
            if (attribution.EndsWith("(continued)", StringComparison.Ordinal)) into[i + 4] = 1;
        }
        i += 5;

        var evidence = claim.Evidence;
        int sentence = text.SentenceOf(evidence.Start);
        int mentionFeature = i;
        int mentionAt = -1;
        if (claim.Source.Mention is { Length: > 0 } mention)
        {
            mentionAt = text.Nearest(mention, evidence.Start, evidence.End, MentionWindowBefore, CueWindow);
            if (mentionAt < 0) into[mentionFeature + 4] = 1;
            else if (text.IsHeadline(mentionAt) && !text.IsHeadline(evidence.Start)) into[mentionFeature + 3] = 1;
            else if (text.SentenceOf(mentionAt) < sentence) into[mentionFeature + 2] = 1;
            else into[mentionFeature + (mentionAt < evidence.Start ? 0 : 1)] = 1;
        }
        i += 5;

        int numberAt = Locate(text, number, evidence);
        int nounAt = Locate(text, noun, evidence);
        int verbAt = Locate(text, verb, evidence);
        into[i++] = Distance(text, number, numberAt, noun, nounAt);
        into[i++] = Distance(text, noun, nounAt, verb, verbAt);
        into[i++] = Distance(text, number, numberAt, verb, verbAt);
        into[i++] = mentionAt < 0 ? (claim.Source.Mention is null ? 0 : 1)
            : Cap(text.WordsBetween(Math.Min(mentionAt, evidence.Start), Math.Max(mentionAt, evidence.Start)), DistanceCap);

        into[i++] = Cap(Math.Max(0, sentence), SentenceCap);
        into[i++] = sentence <= 0 ? 1 : 0;
        into[i++] = text.IsHeadline(evidence.Start) ? 1 : 0;
        into[i++] = Cap(text.ClaimsInSentence(sentence) - 1, SiblingsCap);
        into[i++] = text.Length == 0 ? 0 : (float)evidence.Start / text.Length;

        into[i++] = Cap(text.WordsBetween(evidence.Start, evidence.End) + 1, EvidenceWordsCap);
        into[i++] = claim.Places.Count > 0 ? 1 : 0;
        into[i++] = claim.Actors.Count > 0 ? 1 : 0;
        into[i++] = claim.Date is null ? 0 : 1;
        System.Diagnostics.Debug.Assert(i == Names.Count / 2);
        if (into[cueBase + CueIndex[Claims.BroadReadings.CueFamily]] > 0)
        {
            into[..i].CopyTo(into[i..]);
            into[..i].Clear();
        }
    }

    private enum Frame { Say, Cite, Deny }

    /// <summary>
    /// The kind of attribution frame, from its cue words: a citation phrase (وفق، بحسب، حسب، نقلا عن), a denial (نفى، تنفي،
    /// نفي) or a reporting verb (the rest).
    /// </summary>
    private static Frame FrameOf(string cue)
    {
        var words = cue.AsSpan();
        int space = words.IndexOfAny(' ', '…');
        var first = space < 0 ? words : words[..space];
        if (first.Length > 2 && first[0] == 'و') first = first[1..];
        if (first.StartsWith("وفق") || first.StartsWith("بحسب") || first.StartsWith("حسب") || first.StartsWith("نقلا") ||
            first.StartsWith("نقلاً") || first.StartsWith("طبقا")) return Frame.Cite;
        if (first.StartsWith("نف") || first.StartsWith("تنف") || first.StartsWith("ينف")) return Frame.Deny;
        return Frame.Say;
    }

    private static int Locate(ScoringText text, string? word, Evidence evidence) =>
        string.IsNullOrEmpty(word) ? -1 : text.Nearest(word, evidence.Start, evidence.End, CueWindow, CueWindow);

    /// <summary>0 when either cue did not fire (the flag features say so); 1 when one fired but was not found; else the capped distance.</summary>
    private static float Distance(ScoringText text, string? a, int aAt, string? b, int bAt)
    {
        if (a is null || b is null) return 0;
        if (aAt < 0 || bAt < 0) return 1;
        return Cap(text.WordsBetween(Math.Min(aAt, bAt), Math.Max(aAt, bAt)), DistanceCap);
    }

    private static float Cap(int value, int cap) => Math.Min(value, cap) / (float)cap;
}
