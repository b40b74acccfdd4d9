using ClaimCheck.Attribution;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Languages.English;

/// <summary>
/// Who asserts each clause of an English report. English puts the reporting clause before its content ("the Observatory said
/// 20 were killed") or after it ("20 were killed, the Observatory said"; "…, said the Observatory"), cites with "according to"
/// and "citing", relays with "told Reuters" and "quoted by", and carries a speaker on with "he said", "the monitor added".
/// A claim takes the citation of its sentence, else the nearest reporting clause before it, else one after it, else its
/// quotation's speaker; failing all, the outlet's own narration. A headline may end with its source and no verb ("Strikes
/// kill 34 civilians in Deir Ezzor: monitor"; in wire copy stripped of punctuation, "… Deir Ezzor Monitor AFP Sunday 26 Nov
/// 2017 …"): the claims of the headline before it take that source.
/// </summary>
internal sealed class EnglishAttribution
{
    /// <summary>How many tokens before a reporting verb its subject may start.</summary>
    private const int SpeakerBefore = 8;

    /// <summary>How many tokens after a reporting verb an inverted subject ("said the Observatory") or a cited source may start.</summary>
    private const int SpeakerAfter = 5;

    /// <summary>How many tokens after a reporting verb an inverted subject may start ("said the Observatory").</summary>
    private const int InvertedSubject = 2;

    /// <summary>How many sentences back "he said", "the group added" looks for who "he" is.</summary>
    private const int AnaphorSentences = 4;

    private sealed record Frame(int Sentence, int Cue, int CueEnd, bool Cite, bool Deny, SourceMention? Speaker, IReadOnlyList<SourceMention> Via, string CueText)
    {
        /// <summary>The clause says something of its own after the verb ("state media says 30 people were killed"), so it covers nothing before it.</summary>
        public bool HasOwnContent { get; init; }
    }

    private readonly Document _doc;
    private readonly (Cue? Cue, int End)[] _cues;
    private readonly List<Frame>[] _frames;
    private readonly IReadOnlyList<SourceMention> _mentions;
    private readonly SourceRef _narration;
    private readonly Camp _outletCamp;
    private readonly Frame? _headline;

    /// <summary>How many tokens a first line may take to be a headline rather than a paragraph.</summary>
    private const int HeadlineMaxTokens = 40;

    /// <summary>How many tokens into the text a wire dateline ("AFP Sunday 26 Nov 2017") may start.</summary>
    private const int DatelineWindow = 40;

    public EnglishAttribution(Document doc, (Cue? Cue, int End)[] cues, SourceRegistry registry, string? outlet, Camp? outletCamp)
    {
        _doc = doc;
        _cues = cues;
        _outletCamp = outletCamp ?? Camp.Other;
        _narration = new SourceRef(outlet ?? "outlet", _outletCamp, [], null);
        _mentions = registry.FindMentions(doc, 0, doc.Tokens.Count).Where(m => !EnglishMentions.LowerCaseAcronym(doc, m.FirstToken, m.EndToken)).ToArray();
        _frames = new List<Frame>[doc.Sentences.Count];
        for (int s = 0; s < doc.Sentences.Count; s++) _frames[s] = FindFrames(s);
        _headline = HeadlineSource();
    }

    /// <summary>
    /// The source a headline ends with, as a frame over the headline's words before it: the headline is the first line (when
    /// the text breaks after at most <see cref="HeadlineMaxTokens"/> tokens), or the words before a wire dateline (an
    /// agency named right before a weekday). The source must stand last, after a colon or dash or after a word that is not a
    /// preposition ("… kill 34 in Deir Ezzor: monitor", not "… clashes with Russia"); an anaphor ("the group") is not one.
    /// </summary>
    private Frame? HeadlineSource()
    {
        if (_doc.Sentences.Count == 0 || _doc.Tokens.Count == 0) return null;
        // A first line (a break within the first HeadlineMaxTokens tokens), else the words before a wire dateline.
        int end = _doc.FirstLineEnd(HeadlineMaxTokens + 1);
        if (end > HeadlineMaxTokens || end >= _doc.Tokens.Count)
        {
            end = -1;
            int limit = Math.Min(_doc.Tokens.Count - 1, DatelineWindow);
            for (int i = 0; i < _mentions.Count && _mentions[i].EndToken <= limit && end < 0; i++)
            {
                var m = _mentions[i];
                if (m.Source.Kind is SourceKind.Agency or SourceKind.Outlet && _doc.Tokens[m.EndToken].Kind == TokenKind.Word && EnglishDates.IsWeekday(_doc.TokenText(m.EndToken)))
                    end = m.FirstToken;
            }
        }
        while (end > 0 && _doc.Tokens[end - 1].Kind == TokenKind.Punct) end--;
        if (end <= 1) return null;
        var last = MentionEndingAt(end);
        if (last is null || last.Source.Kind == SourceKind.Anaphor || last.FirstToken == 0) return null;
        int before = last.FirstToken - 1;
        bool separated = _doc.Tokens[before].Kind == TokenKind.Punct && _doc.Text[_doc.Tokens[before].Start] is ':' or '-' or '–' or '—' or ',';
        if (!separated && (_doc.Tokens[before].Kind != TokenKind.Word || Has(before, CueTags.Function) || Has(before, CueTags.Say) || Has(before, CueTags.Cite)
            || _doc.TokenText(before) is "of" or "to" or "against" or "into" or "the" or "a" or "an")) return null;
        return new Frame(_doc.SentenceOf(last.FirstToken), last.FirstToken, last.EndToken, true, false, last, [], "headline");
    }

    private SourceMention? MentionEndingAt(int end)
    {
        int i = Sorted.LowerBound(_mentions, end, m => m.FirstToken) - 1;
        return i >= 0 && _mentions[i].EndToken == end ? _mentions[i] : null;
    }

    private bool Has(int k, string tag) => k >= 0 && k < _cues.Length && _cues[k].Cue is { } c && c.Has(tag);

    private List<Frame> FindFrames(int s)
    {
        var seg = _doc.Sentences[s];
        var frames = new List<Frame>();
        for (int i = seg.FirstToken; i < seg.EndToken; i++)
        {
            if (_cues[i].Cue is not { } cue) continue;
            int end = _cues[i].End;
            bool cite = cue.Has(CueTags.Cite), say = cue.Has(CueTags.Say), deny = cue.Has(CueTags.Deny), relay = cue.Has(CueTags.Relay);
            if (!cite && !say && !deny && !relay) continue;
            var via = new List<SourceMention>();
            SourceMention? speaker;
            if (cite)
            {
                // "according to the Observatory", "citing state media".
                speaker = MentionStartingIn(end, Math.Min(seg.EndToken, end + SpeakerAfter));
                if (speaker is null) { i = end - 1; continue; }
                if (RelayAfter(speaker.EndToken, seg.EndToken) is { } outer) via.Add(outer);
                frames.Add(new Frame(s, i, end, true, false, speaker, via, cue.Text));
                i = speaker.EndToken - 1;
                continue;
            }
            if (relay)
            {
                // "…, quoted by SANA": SANA relays whoever speaks in the sentence; it is the speaker when no one else is named.
                var relayed = MentionStartingIn(end, Math.Min(seg.EndToken, end + SpeakerAfter));
                if (relayed is null) { i = end - 1; continue; }
                var inner = MentionEndingIn(Math.Max(seg.FirstToken, i - SpeakerBefore), i);
                frames.Add(new Frame(s, i, end, true, false, inner ?? relayed, inner is null ? [] : [relayed], cue.Text));
                i = relayed.EndToken - 1;
                continue;
            }
            speaker = MentionEndingIn(Math.Max(seg.FirstToken, i - SpeakerBefore), i);
            bool pronoun = speaker is null && IsPronounBefore(i);
            if (pronoun) speaker = Pronoun(s, i);
            bool told = _doc.TokenText(i) is "told" or "tells";
            // "…, said the Observatory": an inverted subject right after the verb.
            if (speaker is null && !told && !pronoun) speaker = MentionStartingIn(end, Math.Min(seg.EndToken, end + InvertedSubject));
            // "X told Reuters", "X said in a statement to AFP": the agency relays X.
            if (told && MentionStartingIn(end, Math.Min(seg.EndToken, end + 2)) is { } agency)
            {
                if (speaker is null) speaker = agency;
                else via.Add(agency);
            }
            else if (speaker is not null && RelayAfter(end, seg.EndToken) is { } outer) via.Add(outer);
            frames.Add(new Frame(s, i, end, false, deny, speaker, via, cue.Text) { HasOwnContent = ContentAfter(end, seg.EndToken) });
            i = end - 1;
        }
        return frames;
    }

    /// <summary>How many tokens after a reporting verb its own content may start ("says 30 people were killed", "said that …").</summary>
    private const int OwnContentWindow = 6;

    /// <summary>A number or "that" right after the verb: the reporting clause has content of its own.</summary>
    private bool ContentAfter(int from, int end)
    {
        for (int k = from; k < Math.Min(end, from + OwnContentWindow); k++)
            if (_doc.Tokens[k].Kind == TokenKind.Number || _doc.Tokens[k].Kind == TokenKind.Word && _doc.TokenText(k) is "that") return true;
        return false;
    }

    /// <summary>"… to Reuters", "… quoted by SANA" within a few tokens after a reporting verb.</summary>
    private SourceMention? RelayAfter(int from, int sentenceEnd)
    {
        for (int k = from; k < Math.Min(sentenceEnd, from + 3); k++)
            if (_doc.Tokens[k].Kind == TokenKind.Word && _doc.TokenText(k) is "to" || Has(k, CueTags.Relay))
                return MentionStartingIn(Has(k, CueTags.Relay) ? _cues[k].End : k + 1, Math.Min(sentenceEnd, k + 4));
        return null;
    }

    /// <summary>The source mention ending nearest before <paramref name="end"/> (exclusive) and starting at or after <paramref name="from"/>, with no reporting verb between.</summary>
    private SourceMention? MentionEndingIn(int from, int end)
    {
        SourceMention? best = null;
        int i = Sorted.LowerBound(_mentions, from, m => m.FirstToken);
        for (; i < _mentions.Count && _mentions[i].FirstToken < end; i++)
            if (_mentions[i].EndToken <= end) best = _mentions[i];
        if (best is null) return null;
        for (int k = best.EndToken; k < end; k++)
            if (Has(k, CueTags.Say) || Has(k, CueTags.Cite) || _doc.IsPunct(k, '"') || _doc.IsPunct(k, ',') && k < end - 1) return null;
        return best;
    }

    private SourceMention? MentionStartingIn(int from, int end)
    {
        int i = Sorted.LowerBound(_mentions, from, m => m.FirstToken);
        return i < _mentions.Count && _mentions[i].FirstToken < end ? _mentions[i] : null;
    }

    /// <summary>A pronoun or anaphoric noun phrase ends right before the verb ("he said", "the TV network said").</summary>
    private bool IsPronounBefore(int verb)
    {
        for (int k = verb - 1; k >= Math.Max(0, verb - 4); k--)
            if (Has(k, CueTags.Pronoun) && _cues[k].End == verb) return true;
        return false;
    }

    /// <summary>"he said", "the monitor added": the speaker of the latest reporting clause in the sentences before; else the latest source named.</summary>
    private SourceMention? Pronoun(int s, int verb)
    {
        // The latest reporting clause before names who "he" is; when it named no one, neither does the pronoun.
        for (int back = s - 1; back >= Math.Max(0, s - AnaphorSentences); back--)
            if (_frames[back].Count > 0) return _frames[back][^1].Speaker;
        int i = Sorted.LowerBound(_mentions, verb, m => m.FirstToken) - 1;
        return i >= 0 && _doc.SentenceOf(_mentions[i].FirstToken) >= s - AnaphorSentences ? _mentions[i] : null;
    }

    /// <summary>True when a denial verb ("denied", "rejected") frames the token: its subject denies what follows it.</summary>
    public bool DeniedBy(int s, int anchor, out int cue)
    {
        foreach (var f in _frames[s])
            if (f.Deny && f.Cue < anchor)
            {
                cue = f.Cue;
                return true;
            }
        cue = -1;
        return false;
    }

    /// <summary>Who asserts the content at <paramref name="anchor"/> of sentence <paramref name="s"/>, and the cue that decided it.</summary>
    public (SourceRef Source, string? Cue) Resolve(int s, int anchor)
    {
        var frame = FrameFor(s, anchor);
        if (frame?.Speaker is not { } speaker) return (_narration, frame is null ? null : "attribution:" + frame.CueText + "(unnamed)");
        var camp = speaker.Source.Camp ?? frame.Via.Select(v => v.Source.Camp).FirstOrDefault(c => c is not null) ?? _outletCamp;
        var span = _doc.ToOriginal(speaker.Span);
        var source = new SourceRef(speaker.Source.Name, camp, frame.Via.Select(v => v.Source.Name).ToArray(), _doc.Original.Substring(span.Start, span.Length));
        return (source, "attribution:" + frame.CueText);
    }

    private Frame? FrameFor(int s, int anchor)
    {
        var frames = _frames[s];
        // The headline's own source covers the headline's words before it, unless a reporting clause in the headline does.
        if (_headline is { } headline && s == headline.Sentence && anchor < headline.Cue && !frames.Exists(f => f.Cue < headline.Cue))
            return headline;
        Frame? cite = null, before = null, after = null;
        foreach (var f in frames)
        {
            if (f.Cite && (cite is null || Math.Abs(f.Cue - anchor) < Math.Abs(cite.Cue - anchor))) cite = f;
            else if (!f.Cite && f.Cue <= anchor) before = f;
            else if (!f.Cite && after is null && !f.HasOwnContent) after = f;
        }
        if (cite is not null) return cite;
        // "X said … Y killed": a frame before covers what follows it, unless its speaker stands after the claim ("killed 20, X said").
        if (before is not null) return before;
        if (after is not null) return after;
        if (s > 0 && InsideQuote(s)) return _frames[s - 1].LastOrDefault();
        return null;
    }

    /// <summary>The sentence continues a quotation opened in the sentence before it and not yet closed.</summary>
    private bool InsideQuote(int s)
    {
        var prev = _doc.Sentences[s - 1];
        int quotes = 0;
        for (int k = prev.FirstToken; k < prev.EndToken; k++) if (_doc.IsPunct(k, '"')) quotes++;
        return quotes % 2 == 1;
    }
}
