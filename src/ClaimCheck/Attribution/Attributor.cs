using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Attribution;

/// <summary>How a frame introduces what a source says.</summary>
internal enum FrameKind
{
    /// <summary>A reporting verb: قال، أفاد، ذكر، أكد … (content follows the speaker).</summary>
    Say,
    /// <summary>A denial verb or noun: نفى، تنفي، نفي … (the speaker denies the content).</summary>
    Deny,
    /// <summary>A citation phrase: وفق، بحسب، حسب، نقلاً عن … (covers its whole sentence).</summary>
    Cite,
}

/// <summary>
/// One attribution frame: a cue, the speaker it names (or none, for a continuation such as وأضاف),
/// the chain it was relayed through, and where the reported content starts.
/// </summary>
internal sealed record Frame(int Sentence, int CueToken, int CueEnd, int ContentStart, FrameKind Kind, SourceMention? Speaker, SourceMention? Inner, IReadOnlyList<SourceMention> Via, string CueText)
{
    /// <summary>For a citation set off by dashes or brackets ("هذا الاتفاق - المؤكد حسب مصادر عدة -"): the tokens it covers; null when it covers its sentence.</summary>
    public (int First, int End)? Scope { get; init; }
}

/// <summary>
/// Finds who asserts each clause of a document: reporting verbs before or after their speaker, citation phrases
/// (وفق، بحسب، نقلاً عن), relay chains (نقل X عن Y; قال X لـY), carry-over to continuing sentences (وأضاف with no new subject,
/// quoted speech running on), anaphors (المصادر، الأخير), and the outlet's own narration when nothing else applies.
/// </summary>
internal sealed partial class Attributor
{
    private const int SpeakerWindowAfter = 5;
    private const int SpeakerWindowBefore = 12;
    private const int CiteWindow = 4;

    /// <summary>How many words after "قدم" a toll may come (its speaker may stand between: "قدم المرصد السوري لحقوق الإنسان حصيلة").</summary>
    private const int TollWindow = 7;

    /// <summary>How many qualifier words may stand between an unnamed source and the source it belongs to ("مصادر مقربة من").</summary>
    private const int QualifierWords = 2;

    /// <summary>How many frames on each side of a claim are considered for it.</summary>
    private const int FrameScan = 16;

    /// <summary>How many sentences back an anaphor ("المصادر") looks for its antecedent.</summary>
    private const int AnaphorSentences = 12;

    /// <summary>How many earlier frames an anaphor looks at, at the most: a hostile sentence may hold thousands of frames, each with
    /// an anaphor of its own ("وأكد المصدر أن …" repeated), and looking through all of them for each claim is quadratic.</summary>
    private const int AnaphorFrameScan = 64;

    /// <summary>How many source mentions back "الأخير" looks.</summary>
    private const int MentionLookBack = 16;

    private readonly Document _doc;
    private readonly TokenMap<(Cue? Cue, int End)> _cues;
    private readonly SourceRegistry _registry;
    private readonly List<Frame>[] _framesBySentence;
    /// <summary>The tokens that are quotation marks, in order.</summary>
    private readonly int[] _quotes;
    private Dictionary<int, Frame>? _openingAt;
    /// <summary>Every source named in the document: the registry's, and organisations it does not know (<see cref="Organisations"/>), in token order.</summary>
    private readonly List<SourceMention> _allMentions;
    /// <summary>The organisations the registry does not know, by first token.</summary>
    private readonly Dictionary<int, SourceMention> _organisationAt = [];
    /// <summary>Where a definite head noun alone points back to a source ("وقالت المنظمة"): the first tokens of those mentions.</summary>
    private readonly HashSet<int> _headAnaphors = [];
    private readonly SourceRef _narration;
    private readonly Camp _outletCamp;

    public Attributor(Document doc, TokenMap<(Cue? Cue, int End)> cues, SourceRegistry registry, string? outletName, Camp? outletCamp)
    {
        _doc = doc;
        _cues = cues;
        _registry = registry;
        _outletCamp = outletCamp ?? Camp.Other;
        _narration = new SourceRef(outletName ?? "outlet", _outletCamp, [], null);
        _allMentions = registry.FindMentions(doc, 0, doc.Tokens.Count).ToList();
        // A byline naming an agency or outlet ("بيروت (رويترز) -", "دمشق - سانا") makes the text its narration, whoever publishes it.
        if (Byline() is { Source.Camp: { } bylineCamp } byline)
        {
            _outletCamp = bylineCamp;
            _narration = new SourceRef(byline.Source.Name, bylineCamp, [], OriginalText(byline));
        }
        foreach (var o in Organisations()) _organisationAt[o.FirstToken] = o;
        if (_organisationAt.Count > 0) _allMentions = [.. _allMentions.Concat(_organisationAt.Values).OrderBy(m => m.FirstToken)];
        _quotes = Enumerable.Range(0, doc.Tokens.Count).Where(k => doc.IsPunct(k, '"')).ToArray();
        _framesBySentence = new List<Frame>[doc.Sentences.Count];
        for (int s = 0; s < doc.Sentences.Count; s++) _framesBySentence[s] = FindFrames(s);
    }

    /// <summary>The frames of sentence <paramref name="sentence"/>, in token order.</summary>
    public IReadOnlyList<Frame> Frames(int sentence) => _framesBySentence[sentence];

    /// <summary>
    /// The frames of sentence <paramref name="sentence"/> whose cues stand nearest token <paramref name="token"/>: up to
    /// <see cref="FrameScan"/> on each side, in token order (a speaker or relay stands near its cue; a hostile sentence may hold
    /// thousands of frames, too many to walk through for each claim).
    /// </summary>
    public IEnumerable<Frame> FramesNear(int sentence, int token)
    {
        var list = _framesBySentence[sentence];
        int i = FirstAfter(list, token);
        for (int j = Math.Max(0, i - FrameScan); j < Math.Min(list.Count, i + FrameScan); j++) yield return list[j];
    }

    /// <summary>Whether the reporting cue at token <paramref name="k"/> of sentence <paramref name="sentence"/> opened a frame (it reports here: "نقلت سانا عن مصدر").</summary>
    public bool FramesAt(int sentence, int k)
    {
        // The frames are in token order: a search, not a walk through a sentence that may hold thousands.
        var list = _framesBySentence[sentence];
        int i = FirstAfter(list, k - 1);
        return i < list.Count && list[i].CueToken == k;
    }

    private List<Frame> FindFrames(int s)
    {
        var seg = _doc.Sentences[s];
        var frames = new List<Frame>();
        var consumed = new HashSet<int>();
        int first = seg.FirstToken;
        if (Headline(s, seg) is { } headline)
        {
            frames.Add(headline);
            first = headline.ContentStart;
        }
        for (int i = first; i < seg.EndToken; i++)
        {
            var (cue, end) = _cues[i];
            if (cue is null || consumed.Contains(i)) continue;
            bool say = cue.Has(CueTags.Say) || cue.Has(CueTags.SayTally) && GivesToll(end, seg), deny = cue.Has(CueTags.Deny) || cue.Has(CueTags.DenyNoun), cite = cue.Has(CueTags.Cite);
            if (!say && !deny && !cite) continue;
            // After a preposition a reporting verb is a verbal noun ("خلال نقل عناصر"): no speaker there.
            if (say && !deny && !cite && IsPreposition(i - 1)) continue;
            // "لنقل عناصر التنظيم", "والسماح بنقل الجرحى": with ل of purpose or the preposition ب joined to it (past و/ف), a reporting verb
            // is a verbal noun too.
            if (say && !deny && !cite && ArabicClitics.WithoutConjunction(_doc.TokenSpan(i)) is var joined && joined.Length > cue.Text.Length
                && joined[0] is '\u0644' or '\u0628' && cue.Text[0] != joined[0]) continue;
            // "في تصريحات أوردتها قناة … إن": after a noun, a verb with an object pronoun names a relay, not a new speaker; it reports
            // only after ما ("وهو ما أكدته المصادر"), closing its sentence ("…، في حصيلة وثقها المرصد"), or with its complement right
            // after the speaker in a sentence no one else speaks in ("وسط معلومات أكدها ناشطون عن خروج …").
            bool relativeObject = say && !cite && FunctionWords.Default.ObjectSayVerbs.Contains(_doc.TokenText(i)) && !(i > seg.FirstToken && FunctionWords.Default.CitationWhat.Contains(_doc.TokenText(i - 1)));
            // "وطردت الفصائل، وفق قوله، قوات النظام": a citation of a pronoun's saying continues the speaker already speaking;
            // the names after it are the sentence's own.
            if (cite && end < seg.EndToken && FunctionWords.Default.PronounSayings.Contains(_doc.TokenText(end)))
            {
                frames.Add(new Frame(s, i, end + 1, end + 1, FrameKind.Say, null, null, [], cue.Text));
                i = end;
                continue;
            }
            if (cite)
            {
                var src = FindSourceAfter(end, Math.Min(seg.EndToken, end + CiteWindow + 1), stopAtContent: false, throughReportingVerb: true);
                // "وقال المرصد في تقرير نشرته وكالة سانا": after a speaker already framed, "في تقرير" says where the speaker said it; only a
                // source right after it ("في حصيلة للمرصد") is cited.
                if (src is null || StartsAgreement(end) || cue.Has(CueTags.CiteAdjacent) && src.FirstToken != end && frames.Exists(f => f.Speaker is not null)) continue;
                var (inner, via, contentEnd) = FollowChain(src, seg.EndToken, consumed);
                frames.Add(new Frame(s, i, end, contentEnd, FrameKind.Cite, src, inner, via, cue.Text) { Scope = Parenthetical(i, contentEnd, seg) });
                i = contentEnd - 1;
                continue;
            }
            // A participle (مؤكداً، لافتاً) continues the current speaker; a verb with و/ف ("وأضاف") never takes a subject before it,
            // nor does one in a relative clause ("بجنوب دمشق، الذي أعلن التنظيم مسؤوليته": دمشق is not its subject).
            bool relative = i > seg.FirstToken && FunctionWords.Default.RelativePronouns.Contains(_doc.TokenText(i - 1));
            bool canTakeSubjectBefore = !relative && !cue.Has(CueTags.Continuation) && !(_doc.TokenText(i) is var w && w.Length > cue.Text.Length && w[0] is '\u0648' or '\u0641');
            var speaker = FindSourceAfter(end, Math.Min(seg.EndToken, end + SpeakerWindowAfter), stopAtContent: true)
                          ?? (canTakeSubjectBefore ? FindSourceBefore(i, Math.Max(seg.FirstToken, i - SpeakerWindowBefore)) : null);
            // "ونقلت سبوتنيك عن مركز المصالحة … وأوضح المركز": a head noun pointing back to the last speaker continues it, relays and all.
            if (speaker is not null && _headAnaphors.Contains(speaker.FirstToken) && LastSpeaker(s, frames)?.Inner?.Source == speaker.Source) speaker = null;
            // With no source named, a relative clause or a report noun as subject ("وكانت حصيلة سابقة أشارت", "وتحدثت تقارير")
            // does not continue the last speaker: the outlet narrates.
            // Nor does a relative clause with its own subject inside another speaker's words ("قال المرصد إن عدد القتلى في الحي،
            // الذي أعلن التنظيم مسؤوليته عنه، بلغ 62"): the outer speaker goes on.
            if (relative && speaker is not null && speaker.FirstToken > i && frames.Exists(f => f.Speaker is not null))
            {
                i = end - 1;
                continue;
            }
            if (speaker is null && (relative || HasReportSubject(i, end, seg)))
            {
                i = end - 1;
                continue;
            }
            if (relativeObject && (speaker is null || speaker.FirstToken < i))
            {
                i = end - 1;
                continue;
            }
            // "وأعلن التنظيم مسؤوليته عن التفجير": a claim of responsibility reports nothing; "ونشرت قوات النظام حواجز": nor does a deployment.
            int objectAt = speaker is not null && speaker.FirstToken > i ? speaker.EndToken : end;
            if (ObjectIs(objectAt, seg, FunctionWords.Default.ResponsibilityNouns) || cue.Has(CueTags.MayDeploy) && ObjectIs(objectAt, seg, FunctionWords.Default.DeployedThings) || cue.Has(CueTags.MayTransfer) && Transfers(objectAt, seg))
            {
                i = end - 1;
                continue;
            }
            if (speaker is not null && speaker.FirstToken > i)
            {
                var (inner, via, contentEnd) = FollowChain(speaker, seg.EndToken, consumed, cue.Has(CueTags.AttributeTo));
                if (relativeObject && SkipPunct(contentEnd, seg.EndToken) < seg.EndToken && !OpensContent(contentEnd, seg, frames))
                {
                    i = end - 1;
                    continue;
                }
                frames.Add(new Frame(s, i, end, contentEnd, deny ? FrameKind.Deny : FrameKind.Say, speaker, inner, via, cue.Text));
                i = contentEnd - 1;
            }
            else
            {
                // Speaker before the verb, or none at all (a continuation: وأضاف، لافتاً، مؤكدةً).
                frames.Add(new Frame(s, i, end, end, deny ? FrameKind.Deny : FrameKind.Say, speaker, speaker, [], cue.Text));
                i = end - 1;
            }
        }
        if (SourceClosing(s, seg) is { } closing && (frames.Count == 0 || frames[^1].CueToken < closing.CueToken)) frames.Add(closing);
        return frames;
    }

    /// <summary>
    /// True when the word at <paramref name="k"/> (past punctuation), a reporting verb's object, is one of <paramref name="words"/>:
    /// a responsibility noun (مسؤوليته) claims responsibility, something deployed (حواجز، قواتها) after "نشر" deploys; neither reports.
    /// </summary>
    private bool ObjectIs(int k, Segment seg, WordSet words)
    {
        k = SkipPunct(k, seg.EndToken);
        return k < seg.EndToken && words.Contains(_doc.TokenSpan(k));
    }

    /// <summary>
    /// True when people or a count of them stand at <paramref name="k"/> (past punctuation and up to two hedge words: "نحو 300
    /// مسلح", "أكثر من 300"): the object of a verb of transferring ("نقلت روسيا 300 مسلح", "نقلت الحافلات المقاتلين"), not what a
    /// speaker relays ("نقلت الوكالة عن مصدر", "نقلت الوكالة أن 300 …").
    /// </summary>
    private bool Transfers(int k, Segment seg)
    {
        k = SkipPunct(k, seg.EndToken);
        for (int j = k; j < Math.Min(seg.EndToken, k + 3); j++)
        {
            if (_doc.Tokens[j].Kind == TokenKind.Number) return true;
            if (_doc.Tokens[j].Kind != TokenKind.Word) return false;
            // People, a batch, the wounded or vehicles ("نقلت الحافلات الجرحى"); "نحو" is a hedge here.
            if (_cues[j].Cue is { } c && !c.Has(CueTags.Destination))
                return j == k && (c.Value(CueTags.Group) is not null || c.Has(CueTags.PeopleBatch) || c.Has(CueTags.WoundedNoun) || c.Value(CueTags.Vehicle) is not null);
            var w = _doc.TokenText(j);
            if (FunctionWords.Default.Complementizers.Contains(w) || FunctionWords.Default.CitationWhat.Contains(w) || j == k && FunctionWords.Default.SpeakerlessPrepositions.Contains(w)) return false;
        }
        return false;
    }

    /// <summary>How many tokens a source closing its sentence may take ("(المرصد السوري لحقوق الإنسان)").</summary>
    private const int ClosingSourceTokens = 8;

    /// <summary>
    /// A source closing its sentence in brackets or after a dash ("… قتل 12 مدنياً في القصف (المرصد).", "… على الطريق - سانا"): a
    /// citation of the whole sentence, when the source is one that reports (an outlet, agency, the Observatory, activists): a party
    /// in brackets glosses a name ("تنظيم الدولة الإسلامية (داعش)"), as a bracket after a source's name does, and a place after a
    /// dash is a dateline ("… في حي القدم - دمشق").
    /// </summary>
    private Frame? SourceClosing(int s, Segment seg)
    {
        int last = seg.EndToken - 1;
        while (last > seg.FirstToken && (_doc.IsPunct(last, '.') || _doc.IsPunct(last, '"'))) last--;
        bool bracket = _doc.IsPunct(last, ')');
        int end = bracket ? last : last + 1;
        int open = -1;
        for (int k = end - 1; k >= Math.Max(seg.FirstToken, end - ClosingSourceTokens - 1); k--)
        {
            if (bracket ? _doc.IsPunct(k, '(') : _doc.IsPunct(k, '-')) { open = k; break; }
            if (_doc.Tokens[k].Kind != TokenKind.Word && !_doc.IsPunct(k, '"')) return null;
        }
        if (open < 0) return null;
        int words = 0;
        for (int k = seg.FirstToken; k < open && words < 3; k++)
            if (_doc.Tokens[k].Kind == TokenKind.Word) words++;
        int first = open + 1;
        while (first < end && _doc.IsPunct(first, '"')) first++;
        // A sentence that is only the bracket ("… قتل 12 مدنياً. (المرصد السوري)") cites the one before (CitationInNextSentence).
        if (words < 3 && open != seg.FirstToken || !_registry.TryMatchAt(_doc, first, out var m) || m.Source.Kind is not (SourceKind.Outlet or SourceKind.Agency or SourceKind.Observatory or SourceKind.Activists)
            || FunctionWords.Default.PlaceNamedSources.Contains(_doc.TokenText(first)) || NameEndsAt(open)) return null;
        int after = m.EndToken;
        while (after < end && _doc.IsPunct(after, '"')) after++;
        if (after != end) return null;
        return new Frame(s, open, open + 1, bracket ? end + 1 : end, FrameKind.Cite, m, m, [], _doc.TokenText(open));
    }

    /// <summary>True when a source's name ends right before token <paramref name="k"/>: a bracket after it glosses it ("وكالة الأنباء السورية (سانا)").</summary>
    private bool NameEndsAt(int k)
    {
        int i = Sorted.LowerBound(_allMentions, k, m => m.FirstToken) - 1;
        return i >= 0 && _allMentions[i].EndToken == k;
    }

    /// <summary>
    /// True when the content at <paramref name="k"/> is the complement of the reporting verb before it (عن، أن، بأن right after
    /// its speaker) and no speaker was framed earlier in the sentence.
    /// </summary>
    private bool OpensContent(int k, Segment seg, List<Frame> frames) =>
        k < seg.EndToken && _doc.Tokens[k].Kind == TokenKind.Word && (IsComplementizer(k) || FunctionWords.Default.About.Contains(_doc.TokenText(k)))
        && !frames.Any(f => f.Speaker is not null && f.Kind != FrameKind.Cite);

    /// <summary>True when a toll ("حصيلة") follows within <see cref="TollWindow"/> words: "قدم المرصد حصيلة أكبر" reports, "قدم مساعدات" does not.</summary>
    private bool GivesToll(int end, Segment seg)
    {
        for (int k = end; k < Math.Min(seg.EndToken, end + TollWindow); k++)
            if (_cues[k].Cue is { } c && c.Has(CueTags.Tally)) return true;
        return false;
    }

    /// <summary>
    /// True when the subject of the reporting verb at [<paramref name="cue"/>, <paramref name="end"/>) is a report noun or a toll:
    /// the word right after it ("وأشارت تقارير"), or one of the two words before it ("وكانت حصيلة سابقة أشارت").
    /// </summary>
    private bool HasReportSubject(int cue, int end, Segment seg)
    {
        if (end < seg.EndToken && IsReportNoun(end)) return true;
        for (int k = cue - 1; k >= Math.Max(seg.FirstToken, cue - 2); k--)
            if (IsReportNoun(k)) return true;
        return false;
    }

    private bool IsReportNoun(int k) => _doc.Tokens[k].Kind == TokenKind.Word &&
        (FunctionWords.Default.ReportNouns.Contains(_doc.TokenText(k)) || _cues[k].Cue is { } c && c.Has(CueTags.Tally));

    /// <summary>A dash or bracket one word before the citation and its closer just after it: the parenthesis and the words before it.</summary>
    private (int, int)? Parenthetical(int cue, int contentEnd, Segment seg)
    {
        int open = -1;
        for (int k = cue - 1; k >= Math.Max(seg.FirstToken, cue - 2); k--)
            if (_doc.IsPunct(k, '-') || _doc.IsPunct(k, '(')) { open = k; break; }
        // "- حسب ناشطين -" attributes the whole sentence; "- المؤكد حسب مصادر عدة -" qualifies only what is inside.
        if (open < 0 || open == cue - 1) return null;
        int close = contentEnd < seg.EndToken && (_doc.IsPunct(contentEnd, '-') || _doc.IsPunct(contentEnd, ')')) ? contentEnd : -1;
        if (close < 0) return null;
        return (Math.Max(seg.FirstToken, open - 2), close + 1);
    }

    /// <summary>The say or deny frame whose reported content starts at <paramref name="token"/> ("أكدت مصادر محلية | خروج دفعة"), or null.</summary>
    public Frame? FrameOpeningAt(int sentence, int token)
    {
        if (_openingAt is null)
        {
            var map = new Dictionary<int, Frame>();
            for (int s = 0; s < _framesBySentence.Length; s++)
                foreach (var f in _framesBySentence[s])
                    if (f.Kind != FrameKind.Cite && f.Speaker is not null) map.TryAdd(SkipPunct(f.ContentStart, _doc.Sentences[s].EndToken), f);
            _openingAt = map;
        }
        return _openingAt.TryGetValue(token, out var frame) && frame.Sentence == sentence ? frame : null;
    }

    /// <summary>How many tokens of a speaker's trimmings (a name, where the speaker lives, "، في حديث لقناة الجزيرة،") may stand between a denial frame's content start and what it denies.</summary>
    private const int DenialTrimTokens = 28;

    /// <summary>
    /// The denial frame whose content, past the trimmings of its speaker, opens at <paramref name="token"/>: "نفى القيادي وائل
    /// علوان المقيم في إسطنبول، في حديث لقناة الجزيرة، توصل الفصيل لاتفاق". Only words, commas and quotation marks may stand between, no
    /// complementiser, number, quotation, cue or source; null otherwise (and when <see cref="FrameOpeningAt"/> already finds it).
    /// </summary>
    public Frame? DenialReachingTo(int sentence, int token)
    {
        // Only frames whose cues stand before the token, the nearest FrameScan of them (a hostile sentence may hold thousands).
        var frames = _framesBySentence[sentence];
        int end = FirstAfter(frames, token - 1);
        for (int i = Math.Max(0, end - FrameScan); i < end; i++)
        {
            var f = frames[i];
            if (f.Kind != FrameKind.Deny || f.CueToken >= token || f.ContentStart >= token || token - f.ContentStart > DenialTrimTokens) continue;
            bool clear = true;
            for (int k = f.ContentStart; k < token && clear; k++)
            {
                var t = _doc.Tokens[k];
                if (t.Kind == TokenKind.Word) clear = !IsComplementizer(k) && (_cues[k].Cue is not { } c || TrimmingCue(c, k));
                else clear = _doc.IsPunct(k, ',') || _doc.IsPunct(k, '\u060C') || _doc.IsPunct(k, '"');
            }
            if (clear) return f;
        }
        return null;
    }

    /// <summary>A cue at <paramref name="k"/> that may stand in a denial's reach: a noun of speaking after في ("في حديث"), the verb of concluding the denied deal ("توصل"), or a title of the speaker ("القيادي").</summary>
    private bool TrimmingCue(Cue c, int k) =>
        (c.Has(CueTags.Say) && !c.Has(CueTags.Deny) && k > 0 && FunctionWords.Default.In.Contains(_doc.TokenText(k - 1))) || c.Has(CueTags.Conclusion) || c.Has(CueTags.Affirm)
        || c.Value(CueTags.Group) is not null;

    /// <summary>Who asserts the content at token <paramref name="anchor"/> of sentence <paramref name="sentence"/>, and the cues that decided it.</summary>
    public (SourceRef Source, string? Cue) Resolve(int sentence, int anchor)
    {
        var frame = FrameFor(sentence, anchor);
        if (frame is null) return (_narration, null);
        return (ToSourceRef(frame, sentence), "attribution:" + frame.CueText + (frame.Speaker is null ? "(continued)" : ""));
    }

    private Frame? FrameFor(int sentence, int anchor)
    {
        var frames = _framesBySentence[sentence];
        Frame? before = null, after = null;
        // Frames are in token order: look back from the anchor for the nearest frame covering it, and forward for a citation
        // after it, a bounded number of frames each way (a hostile sentence may hold thousands).
        int pos = FirstAfter(frames, anchor);
        for (int i = pos - 1; i >= Math.Max(0, pos - FrameScan) && before is null; i--)
        {
            var f = frames[i];
            if (f.Scope is { } scope && (anchor < scope.First || anchor >= scope.End)) continue;
            if (f.Kind == FrameKind.Cite || f.ContentStart <= anchor || f.Speaker is null || f.Speaker.EndToken <= f.CueToken) before = f;
        }
        for (int i = pos; i < Math.Min(frames.Count, pos + FrameScan) && after is null && before is null; i++)
        {
            var f = frames[i];
            if (f.Scope is { } scope && (anchor < scope.First || anchor >= scope.End)) continue;
            if (f.Kind == FrameKind.Cite || f.Speaker is { } sp && sp.FirstToken > f.CueToken) after = f;
        }
        if (before is not null) return before;
        // A frame after the content covers it only as a citation ("…، وفق سانا") or a sentence-final "قال X".
        if (after is not null && (after.Kind == FrameKind.Cite || after.ContentStart >= _doc.Sentences[sentence].EndToken - 1
            || OnlyTimeAfter(after.ContentStart, _doc.Sentences[sentence].EndToken))) return after;
        // Quoted speech that runs on from the previous sentence keeps its speaker.
        if (sentence > 0 && InsideQuote(sentence, anchor)) return LastFrameBefore(sentence);
        return CitationInNextSentence(sentence);
    }

    /// <summary>How many words of time may follow a speaker that closes its sentence ("حسبما أفاد المرصد مساء أمس الأحد").</summary>
    private const int TrailingTimeWords = 4;

    /// <summary>True when only a short time ("أمس الأحد", "مساء اليوم") and punctuation stand in [<paramref name="from"/>, <paramref name="end"/>).</summary>
    private bool OnlyTimeAfter(int from, int end)
    {
        // A short time and its punctuation take a few tokens: a longer rest is more than that (and is not walked through).
        if (end - from > 4 * TrailingTimeWords) return false;
        int words = 0;
        for (int k = from; k < end; k++)
        {
            if (_doc.Tokens[k].Kind != TokenKind.Word) { if (_doc.Tokens[k].Kind == TokenKind.Number) return false; continue; }
            if (++words > TrailingTimeWords || !FunctionWords.Default.SpeakerTrailingTimes.Contains(_doc.TokenText(k))) return false;
        }
        return words > 0;
    }

    /// <summary>How many words may stand before "ذلك" in a sentence that only cites ("وجاء ذلك وفق …").</summary>
    private const int PointingBackWords = 2;

    /// <summary>
    /// A citation opening the next sentence through "ذلك" / "هذا" ("… قتل 22 مدنياً. وذلك بحسب ما أعلن الدفاع المدني", "هذا ما
    /// أكده المرصد"): it attributes this sentence; null when the next sentence opens otherwise.
    /// </summary>
    private Frame? CitationInNextSentence(int sentence)
    {
        if (sentence + 1 >= _framesBySentence.Length || _framesBySentence[sentence + 1] is not [var cite, ..]) return null;
        var next = _doc.Sentences[sentence + 1];
        int start = next.FirstToken;
        if (cite.CueToken == start) return ConfirmsBefore(cite, next) || OnlyCites(cite, next) ? cite : null;
        if (cite.CueToken - start > PointingBackWords + 1) return null;
        // "كما أكد ذلك المرصد", "وقد أفاد بذلك ناشطون".
        if (ConfirmsBefore(cite, next)) return cite;
        // "هذا ما أكده المرصد": a reporting verb after "ذلك ما" / "هذا ما", its speaker after it.
        if (cite.Kind == FrameKind.Say && !(cite.Speaker is { } sp && sp.FirstToken > cite.CueToken && FunctionWords.Default.CitationWhat.Contains(_doc.TokenText(cite.CueToken - 1)))) return null;
        if (cite.Kind == FrameKind.Deny) return null;
        for (int k = start; k < cite.CueToken; k++)
            if (_doc.Tokens[k].Kind == TokenKind.Word && FunctionWords.Default.PointingBack.Contains(_doc.TokenText(k))) return cite;
        return null;
    }

    /// <summary>
    /// "وأكد ذلك ناشطون", "وأفاد بذلك المرصد": a reporting verb opening its sentence with "ذلك" as its object and its speaker after
    /// it, no content of its own after the speaker ("وأكد ذلك المصدر أن …" is "that source", and says something new).
    /// </summary>
    private bool ConfirmsBefore(Frame say, Segment next)
    {
        if (say.Kind != FrameKind.Say || say.Speaker is not { } sp || sp.FirstToken <= say.CueEnd) return false;
        bool pointing = false;
        for (int k = say.CueEnd; k < sp.FirstToken; k++)
            if (_doc.Tokens[k].Kind == TokenKind.Word && FunctionWords.Default.PointingBack.Contains(_doc.TokenText(k))) pointing = true;
        int after = SkipPunct(say.ContentStart, next.EndToken);
        return pointing && (after >= next.EndToken || !IsComplementizer(after) && !FunctionWords.Default.About.Contains(_doc.TokenText(after)));
    }

    /// <summary>A sentence that is only a citation ("بحسب ما أفاد المرصد."): it attributes the sentence before.</summary>
    private bool OnlyCites(Frame cite, Segment next) => cite.Kind == FrameKind.Cite && SkipPunct(cite.ContentStart, next.EndToken) >= next.EndToken;

    /// <summary>
    /// A headline or lead that names its source before a colon ("المرصد: مقتل 20 مدنياً", "مصدر عسكري لـ"سانا": …"): a frame
    /// whose content is the rest of the sentence. A place named first is a dateline ("دمشق: …"), not a speaker.
    /// </summary>
    private Frame? Headline(int s, Segment seg)
    {
        int k = seg.FirstToken;
        while (k < seg.EndToken && _doc.IsPunct(k, '"')) k++;
        if (k >= seg.EndToken || !(_registry.TryMatchAt(_doc, k, out var m) || _organisationAt.TryGetValue(k, out m)) || m.Source.Kind == SourceKind.Anaphor
            || FunctionWords.Default.PlaceNamedSources.Contains(_doc.TokenText(k))) return null;
        m = Qualified(m, seg.EndToken);
        var via = new List<SourceMention>();
        int j = m.EndToken;
        if (j < seg.EndToken && FunctionWords.Default.ToClitic.Contains(_doc.TokenText(j)))
        {
            if (FindSourceAfter(j + 1, Math.Min(seg.EndToken, j + 3), stopAtContent: true) is { } addressee) { via.Add(addressee); j = addressee.EndToken; }
        }
        else if (j < seg.EndToken && _doc.TokenText(j).StartsWith('ل') && _registry.TryMatchAt(_doc, j, out var clitic)) { via.Add(clitic); j = clitic.EndToken; }
        while (j < seg.EndToken && _doc.IsPunct(j, '"')) j++;
        if (!_doc.IsPunct(j, ':')) return null;
        return new Frame(s, j, j + 1, j + 1, FrameKind.Say, m, m, via, ":");
    }

    /// <summary>How many tokens of the first line a byline may take ("دمشق، 12 نيسان (سانا) -").</summary>
    private const int BylineTokens = 12;

    /// <summary>
    /// The agency or outlet of a byline: on the text's first line, within <see cref="BylineTokens"/> tokens and after no reporting
    /// cue, an outlet or agency after a dash or in brackets ("بيروت - أ ف ب:", "دمشق (سانا) -", "حمص - مراسل عنب بلدي"), with
    /// a bracket, dash, colon or the line's end after it. Null when the text opens otherwise.
    /// </summary>
    private SourceMention? Byline()
    {
        int end = _doc.FirstLineEnd(BylineTokens);
        SourceMention? unnamed = null;
        foreach (var m in _allMentions)
        {
            if (m.EndToken > end) break;
            if (m.Source.Kind == SourceKind.Unnamed && m.Source.Camp is null) { unnamed = m; continue; }
            // The dateline's place ("دمشق - سانا").
            if (FunctionWords.Default.PlaceNamedSources.Contains(_doc.TokenText(m.FirstToken))) continue;
            // "محافظة حلب- المرصد السوري لحقوق الإنسان::": the observatory's own dateline, closed by a colon, makes it the narrator.
            bool observatoryDateline = m.Source.Kind == SourceKind.Observatory && _doc.IsPunct(m.EndToken, ':');
            if (m.Source.Kind is not (SourceKind.Outlet or SourceKind.Agency) && !observatoryDateline || m.Source.Camp is null) return null;
            // "حمص - مراسل عنب بلدي": the correspondent stands between the dash and the outlet.
            int before = (unnamed is not null && unnamed.EndToken == m.FirstToken ? unnamed.FirstToken : m.FirstToken) - 1;
            while (before > 0 && _doc.IsPunct(before, '"')) before--;
            // "عنب بلدي - خاص": the outlet first, a dash after it.
            if (before < 0 && m.FirstToken == 0 && _doc.IsPunct(m.EndToken, '-')) return m;
            if (before < 1 || !(_doc.IsPunct(before, '-') || _doc.IsPunct(before, '('))) return null;
            for (int k = 0; k < before; k++)
                if (_cues[k].Cue is not null) return null;
            int after = m.EndToken;
            while (after < end && _doc.IsPunct(after, '"')) after++;
            bool closed = after >= _doc.Tokens.Count || after == end || _doc.IsPunct(after, ')') || _doc.IsPunct(after, '-') || _doc.IsPunct(after, ':');
            return closed ? m : null;
        }
        return null;
    }

    /// <summary>Index of the first frame whose cue lies after <paramref name="token"/>.</summary>
    private static int FirstAfter(List<Frame> frames, int token)
    {
        int lo = 0, hi = frames.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (frames[mid].CueToken <= token) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private Frame? LastFrameBefore(int sentence)
    {
        for (int s = sentence - 1; s >= Math.Max(0, sentence - 2); s--)
            if (_framesBySentence[s].Count > 0) return _framesBySentence[s][^1];
        return null;
    }

    /// <summary>True when the anchor lies inside a quotation opened earlier in its paragraph (quoted speech may run over several sentences).</summary>
    private bool InsideQuote(int sentence, int anchor)
    {
        int first = sentence;
        while (first > 0 && sentence - first < 4 && !_doc.Text.AsSpan(_doc.Sentences[first - 1].Span.End, _doc.Sentences[first].Span.Start - _doc.Sentences[first - 1].Span.End).Contains('\n')) first--;
        return (QuotesBefore(anchor) - QuotesBefore(_doc.Sentences[first].FirstToken)) % 2 == 1;
    }

    /// <summary>How many quotation marks stand before token <paramref name="token"/>.</summary>
    private int QuotesBefore(int token) => Sorted.LowerBound(_quotes, token, q => q);

    private SourceRef ToSourceRef(Frame frame, int sentence)
    {
        var f = frame;
        // A continuation (no speaker) takes the speaker of the nearest frame before it.
        int guard = 0;
        while (f.Speaker is null && guard++ < 4)
        {
            var prev = PreviousFrame(f);
            if (prev is null) return _narration;
            f = prev;
        }
        if (f.Speaker is null || f.Inner is null) return _narration;
        var inner = ResolveAnaphor(f.Inner, f, out var antecedent);
        var via = f.Via.Select(v => ResolveAnaphor(v, f, out _)).ToList();
        var speakerResolved = inner;
        // Unnamed sources take the camp of whoever relays them: here, or where the anaphor's antecedent was named
        // ("ونقل التلفزيون السوري عن مصادر داخل المدينة … ولفتت المصادر").
        Camp camp = speakerResolved.Source.Camp ?? RelayCamp(via) ?? (antecedent is null ? null : RelayCamp(antecedent.Via)) ?? _outletCamp;
        string mention = OriginalText(f.Inner);
        return new SourceRef(speakerResolved.Source.Name, camp, via.Select(v => v.Source.Name).ToArray(), mention);
    }

    /// <summary>The last frame with a speaker before the current one: in <paramref name="frames"/> of sentence <paramref name="s"/>, or up to three sentences back, within <see cref="FrameScan"/> frames.</summary>
    private Frame? LastSpeaker(int s, List<Frame> frames)
    {
        // At most FrameScan frames back (a hostile sentence may hold thousands).
        int seen = 0;
        for (int i = frames.Count - 1; i >= 0 && seen++ < FrameScan; i--)
            if (frames[i].Speaker is not null) return frames[i];
        for (int p = s - 1; p >= Math.Max(0, s - 3); p--)
            for (int i = _framesBySentence[p].Count - 1; i >= 0 && seen++ < FrameScan; i--)
                if (_framesBySentence[p][i].Speaker is not null) return _framesBySentence[p][i];
        return null;
    }

    private Frame? PreviousFrame(Frame f)
    {
        for (int s = f.Sentence; s >= Math.Max(0, f.Sentence - 3); s--)
        {
            var list = _framesBySentence[s];
            int i = FirstAfter(list, f.CueToken - 1) - 1;
            if (i >= 0) return list[i];
        }
        return null;
    }

    private static Camp? RelayCamp(IEnumerable<SourceMention> via) => via.Select(v => v.Source.Camp).FirstOrDefault(c => c is not null);

    /// <summary>The source an anaphor points back to, and the frame that named it (<paramref name="antecedent"/>; null when none did).</summary>
    private SourceMention ResolveAnaphor(SourceMention m, Frame frame, out Frame? antecedent)
    {
        antecedent = null;
        if (m.Source.Kind != SourceKind.Anaphor) return m;
        bool latter = FunctionWords.Default.Latter.Contains(_doc.TokenText(m.FirstToken));
        if (latter)
        {
            // "الأخير": the last source named before it.
            for (int i = Sorted.LowerBound(_allMentions, m.FirstToken, o => o.FirstToken) - 1, seen = 0; i >= 0 && seen < MentionLookBack; i--, seen++)
                if (_allMentions[i].Source.Kind != SourceKind.Anaphor) return _allMentions[i];
            return m;
        }
        // "المصادر", "وسائل الإعلام": the last earlier speaker named with the same head noun ("مصادر ميدانية عدة", "وسائل إعلام موالية");
        // failing that, the last earlier speaker of a reporting frame.
        string head = _doc.TokenText(m.EndToken - 1);
        string[] heads = head.Contains("مصدر") || head.Contains("مصادر") ? ["مصدر", "مصادر"] : head.Contains("اعلام") || head.Contains("وسائل") ? ["وسائل", "اعلام"] : [];
        Frame? fallback = null;
        int scanned = 0;
        for (int s = frame.Sentence; s >= Math.Max(0, frame.Sentence - AnaphorSentences) && scanned < AnaphorFrameScan; s--)
        {
            var list = _framesBySentence[s];
            // In the anaphor's own sentence, only the frames before its own (found by search, not by walking past the later ones).
            for (int i = (s == frame.Sentence ? FirstAfter(list, frame.CueToken - 1) : list.Count) - 1; i >= 0 && scanned++ < AnaphorFrameScan; i--)
            {
                var o = list[i];
                if (o.Inner is not { } inner || inner.Source.Kind == SourceKind.Anaphor) continue;
                var text = _doc.Text.AsSpan(inner.Span.Start, inner.Span.Length);
                if (HasHead(text, heads))
                {
                    antecedent = o;
                    return inner;
                }
                if (o.Kind != FrameKind.Deny) fallback ??= o;
            }
        }
        antecedent = fallback;
        return fallback?.Inner ?? m;
    }

    /// <summary>Whether <paramref name="text"/> holds one of <paramref name="heads"/>.</summary>
    private static bool HasHead(ReadOnlySpan<char> text, string[] heads)
    {
        foreach (var h in heads)
            if (text.Contains(h, StringComparison.Ordinal)) return true;
        return false;
    }

    private string OriginalText(SourceMention m)
    {
        var span = _doc.ToOriginal(m.Span);
        return _doc.Original.Substring(span.Start, span.Length);
    }
}
