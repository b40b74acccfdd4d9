using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Attribution;

/// <summary>Finding who speaks around a reporting verb: the source after or before it, its qualifiers, and the chain of relays after it.</summary>
internal sealed partial class Attributor
{
    private bool StartsAgreement(int token) => token < _cues.Length && _cues[token].Cue is { } c && (c.Has(CueTags.Agreement) || c.Has(CueTags.Negotiations));

    private SourceMention? FindSourceAfter(int from, int to, bool stopAtContent, bool throughReportingVerb = false)
    {
        for (int k = from; k < to && k < _doc.Tokens.Count; k++)
        {
            if (_registry.TryMatchAt(_doc, k, out var m))
            {
                // "وقال مركز دمشق الإعلامي": a place after a noun is its complement, not the speaker.
                if (k > from && _doc.Tokens[k - 1].Kind == TokenKind.Word && FunctionWords.Default.PlaceNamedSources.Contains(_doc.TokenText(k)))
                {
                    k = m.EndToken - 1;
                    continue;
                }
                return Qualified(m, _doc.Tokens.Count);
            }
            // "تحدثت تقارير عن توصل قوات النظام …": what follows عن is the topic, never the speaker.
            if (stopAtContent && (IsComplementizer(k) || _doc.Tokens[k].Kind == TokenKind.Word && FunctionWords.Default.About.Contains(_doc.TokenText(k)))) return null;
            // "وفق ما ذكر الإعلام الرسمي", "بحسب ما نقل موقع X": the citation runs through ما and a reporting verb.
            if (throughReportingVerb && (FunctionWords.Default.CitationWhat.Contains(_doc.TokenText(k)) || _cues[k].Cue is { } v && v.Has(CueTags.Say))) continue;
            if (_cues[k].Cue is { } c && (c.Has(CueTags.Say) || c.Has(CueTags.Deny) || c.Has(CueTags.DenyNoun) || c.Has(CueTags.Agreement))) return null;
        }
        return null;
    }

    /// <summary>
    /// The speaker of a verb-final clause ("وكان مصدر ميداني … قال", "إلا أن وسائل الإعلام السورية في دمشق نفت"): the earliest
    /// name in the window that does not follow a preposition, with no complementiser or other reporting verb between it and the verb.
    /// </summary>
    private SourceMention? FindSourceBefore(int verb, int limit)
    {
        for (int i = Sorted.LowerBound(_allMentions, limit, m => m.FirstToken); i < _allMentions.Count; i++)
        {
            var m = _allMentions[i];
            if (m.EndToken > verb) break;
            if (IsPreposition(m.FirstToken - 1)) continue;
            if (ClearUpTo(m.EndToken, verb)) return Qualified(m, verb);
        }
        return null;
    }

    /// <summary>
    /// An unnamed source of no camp of its own narrowed by a named one ("مصدر في الدفاع المدني", "مصادر مقربة من المرصد", "مصادر
    /// الحكومة"): a mention of the named source covering both, which must end by <paramref name="limit"/>; otherwise
    /// <paramref name="m"/>. An outlet right after it ("مراسل قناة الإخبارية", "مصادر عنب بلدي") relays it, as
    /// <see cref="FollowChain"/> finds.
    /// </summary>
    private SourceMention Qualified(SourceMention m, int limit)
    {
        if (m.Source.Kind != SourceKind.Unnamed || m.Source.Camp is not null) return m;
        for (int k = m.EndToken, words = 0; k < limit; words++, k++)
        {
            if (_registry.TryMatchAt(_doc, k, out var owner))
            {
                bool relay = words == 0 && owner.Source.Kind is SourceKind.Outlet or SourceKind.Agency;
                return relay || owner.Source.Kind is SourceKind.Unnamed or SourceKind.Anaphor || owner.EndToken > limit
                    ? m : new SourceMention(m.FirstToken, owner.EndToken, m.Span.Union(owner.Span), owner.Source);
            }
            if (words == QualifierWords || _doc.Tokens[k].Kind != TokenKind.Word || !FunctionWords.Default.SourceQualifiers.Contains(_doc.TokenText(k))) return m;
        }
        return m;
    }

    private bool ClearUpTo(int from, int verb)
    {
        for (int k = from; k < verb; k++)
        {
            // "يحاول أن ينفي": أن before the verb itself introduces it, it does not start reported content.
            if (IsComplementizer(k) && k != verb - 1) return false;
            if (_doc.IsPunct(k, '.') || _doc.IsPunct(k, ':') || (_cues[k].Cue is { } c && (c.Has(CueTags.Say) || c.Has(CueTags.Deny) || c.Has(CueTags.Cite)))) return false;
        }
        return true;
    }

    /// <summary>After a speaker: "لـX" (said to X: X relays), "عن Y" / "نقلاً عن Y" (the speaker relays Y), "- حسب ما ذكرت X -".</summary>
    private (SourceMention Inner, IReadOnlyList<SourceMention> Via, int ContentStart) FollowChain(SourceMention speaker, int sentenceEnd, HashSet<int> consumed, bool attributeTo = false)
    {
        var inner = speaker;
        var via = new List<SourceMention>();
        int k = speaker.EndToken;
        for (int hops = 0; hops < 4 && k < sentenceEnd; hops++)
        {
            int j = SkipPunct(k, sentenceEnd);
            if (j >= sentenceEnd) break;
            string w = _doc.TokenText(j);
            SourceMention? next = null;
            bool relayInward = false;
            if (FunctionWords.Default.ToClitic.Contains(w))
            {
                next = FindSourceAfter(j + 1, Math.Min(sentenceEnd, j + 3), stopAtContent: true);
            }
            else if (attributeTo && FunctionWords.Default.To.Contains(w))
            {
                // "نسبت وكالة رويترز إلى مصدر أمني القول": the agency relays the source.
                next = FindSourceAfter(j + 1, Math.Min(sentenceEnd, j + 3), stopAtContent: true);
                relayInward = true;
            }
            else if (_cues[j].Cue is { } cite && cite.Has(CueTags.Cite) && !cite.Text.StartsWith("نقل", StringComparison.Ordinal) && j > k)
            {
                // "وأضافت المصادر - بحسب ما نقل موقع عنب بلدي - أن": a citation set off after the speaker names the relay.
                next = FindSourceAfter(_cues[j].End, Math.Min(sentenceEnd, _cues[j].End + CiteWindow + 1), stopAtContent: true, throughReportingVerb: true);
            }
            else if (FunctionWords.Default.About.Contains(w) || (_cues[j].Cue is { } c && c.Has(CueTags.Cite) && c.Text.StartsWith("نقل", StringComparison.Ordinal)))
            {
                int after = _cues[j].Cue is not null ? _cues[j].End : j + 1;
                if (FunctionWords.Default.RelayingNaqlan.Contains(w) && after < sentenceEnd && FunctionWords.Default.About.Contains(_doc.TokenText(after))) after++;
                next = FindSourceAfter(after, Math.Min(sentenceEnd, after + 3), stopAtContent: true);
                relayInward = true;
            }
            else if (_registry.TryMatchAt(_doc, j, out var direct) && direct.FirstToken > inner.FirstToken)
            {
                if (direct.Source.Name == inner.Source.Name && via.Count == 0)
                {
                    // Apposition: "مدير المرصد السوري لحقوق الإنسان، رامي عبدالرحمن" names one speaker.
                    inner = new SourceMention(inner.FirstToken, direct.EndToken, inner.Span.Union(direct.Span), inner.Source);
                    for (int t = j; t < direct.EndToken; t++) consumed.Add(t);
                    k = direct.EndToken;
                    continue;
                }
                // "لوكالة فرانس برس": the clitic ل is part of the word; "مراسل قناة الإخبارية": a correspondent's outlet relays.
                if (j == k && (_doc.TokenText(j).StartsWith('ل') || inner.Source.Kind == SourceKind.Unnamed)) next = direct;
            }
            else if (via.Count == 0 && inner.Source.Kind == SourceKind.Unnamed && _cues[j].Cue is { } spoke && spoke.Has(CueTags.Say)
                     && _cues[j].End < sentenceEnd && _doc.TokenText(_cues[j].End).StartsWith('ل') && _registry.TryMatchAt(_doc, _cues[j].End, out var told))
            {
                // "مصادر ميدانية تحدثت لعنب بلدي": the outlet the unnamed source spoke to relays it.
                next = told;
                j = _cues[j].End;
            }
            else if (via.Count == 0)
            {
                // A personal name between the speaker and "لـX": "وقال الناشط أبو محمد الشامي لعنب بلدي".
                for (int n = j; n < Math.Min(sentenceEnd, j + 4) && next is null; n++)
                {
                    if (_doc.Tokens[n].Kind != TokenKind.Word || IsComplementizer(n) || _cues[n].Cue is not null) break;
                    if (n > j && _doc.TokenText(n).StartsWith('ل') && _registry.TryMatchAt(_doc, n, out var addressee)) { next = addressee; j = n; }
                }
            }
            if (next is null) break;
            for (int t = j; t < next.EndToken; t++) consumed.Add(t);
            if (relayInward) { via.Insert(0, inner); inner = next; }
            else via.Add(next);
            k = next.EndToken;
        }
        return (inner, via, k);
    }

    private int SkipPunct(int k, int end)
    {
        while (k < end && _doc.Tokens[k].Kind == TokenKind.Punct) k++;
        return k;
    }

    private bool IsPreposition(int k) => k >= 0 && _doc.Tokens[k].Kind == TokenKind.Word &&
        FunctionWords.Default.SpeakerlessPrepositions.Contains(_doc.TokenText(k));

    private bool IsComplementizer(int k) => _doc.Tokens[k].Kind == TokenKind.Word && FunctionWords.Default.Complementizers.Contains(_doc.TokenText(k));
}
