using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Attribution;

/// <summary>Finding who speaks around a reporting verb: the source after or before it, its qualifiers, and the chain of relays after it.</summary>
internal sealed partial class Attributor
{
    private bool StartsAgreement(int token) => token < _cues.Length && _cues[token].Cue is { } c && (c.Has(CueTags.Agreement) || c.Has(CueTags.Negotiations));

    private SourceMention? FindSourceAfter(int from, int to, bool stopAtContent, bool throughReportingVerb = false)
    {
        // An organisation the registry does not know speaks only right after the verb or citation ("وقالت شبكة حقوقية محلية"), or
        // after a title ("وقال المتحدث باسم منظمة X"): further on it is the verb's object ("وأعلن تشكيل لجنة تحقيق").
        int organisationAt = from;
        bool tollSeen = false;
        for (int k = from; k < to && k < _doc.Tokens.Count; k++)
        {
            if (k == organisationAt && (_doc.IsPunct(k, '"') || _doc.Tokens[k].Kind == TokenKind.Word && FunctionWords.Default.SpeakerTitles.Contains(_doc.TokenText(k)))) organisationAt++;
            if (_registry.TryMatchAt(_doc, k, out var m) || k == organisationAt && _organisationAt.TryGetValue(k, out m))
            {
                // "وقال مركز دمشق الإعلامي": a place after a noun is its complement, not the speaker.
                if (k > from && _doc.Tokens[k - 1].Kind == TokenKind.Word && FunctionWords.Default.PlaceNamedSources.Contains(_doc.TokenText(k)))
                {
                    k = m.EndToken - 1;
                    continue;
                }
                if (tollSeen && m.Source.Kind is SourceKind.Military or SourceKind.Faction) return null;
                return Qualified(m, _doc.Tokens.Count);
            }
            // "تحدثت تقارير عن توصل قوات النظام …": what follows عن is the topic, never the speaker.
            if (stopAtContent && (IsComplementizer(k) || _doc.Tokens[k].Kind == TokenKind.Word && FunctionWords.Default.About.Contains(_doc.TokenText(k)))) return null;
            // "أنه وثق ارتفاع عدد قتلى قوات النظام", "وأحصى مقتل 20 عنصرا من قوات النظام": once a toll opens the verb's object, an
            // armed party named in it is the victim, never the speaker.
            if (stopAtContent && _cues[k].Cue is { } toll && (toll.Has(CueTags.Killed) || toll.Has(CueTags.Wounded) || toll.Has(CueTags.KilledWounded) || toll.Has(CueTags.Tally) || toll.Has(CueTags.TallyReach))) tollSeen = true;
            // "وفق ما ذكر الإعلام الرسمي", "بحسب ما نقل موقع X": the citation runs through ما and a reporting verb.
            if (throughReportingVerb && (FunctionWords.Default.CitationWhat.Contains(_doc.TokenText(k)) || _cues[k].Cue is { } v && v.Has(CueTags.Say)))
            {
                if (k == organisationAt) organisationAt = _cues[k].Cue is not null ? _cues[k].End : k + 1;
                continue;
            }
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
            // An organisation the registry does not know is the subject only next to its verb ("وكان فريق X قد وثق").
            if (m.Source.Kind == SourceKind.Organisation && m.EndToken < verb - 1) continue;
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
        // "مصدر عسكري في حركة أحرار الشام", "مصدر أمني في جيش الإسلام": a source noun whose camp is only a default (a military source
        // is the army's) is the faction's it is placed in; only a faction of another camp, after a preposition, overrides it.
        bool defaulted = m.Source.Camp is not null && m.Source.Kind is SourceKind.Unnamed or SourceKind.Military
                         && _doc.Tokens[m.FirstToken].Kind == TokenKind.Word && FunctionWords.Default.SourceNouns.Contains(_doc.TokenText(m.FirstToken));
        if (m.Source.Kind != SourceKind.Unnamed && !defaulted || m.Source.Camp is not null && !defaulted) return m;
        for (int k = m.EndToken, words = 0; k < limit; words++, k++)
        {
            if (_registry.TryMatchAt(_doc, k, out var owner) || _organisationAt.TryGetValue(k, out owner))
            {
                if (defaulted && (words == 0 || owner.Source.Kind != SourceKind.Faction || owner.Source.Camp == m.Source.Camp)) return m;
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
            // "ونقل مراسل الجزيرة في ريف حمص عن مصادر في المعارضة": where the speaker stands, between it and the relay.
            if (j == k && FunctionWords.Default.In.Contains(_doc.TokenText(j)) && LocationBeforeRelay(j + 1, sentenceEnd) is int relayAt) j = relayAt;
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
                // "أفاد المرصد عن شن تنظيم الدولة هجوماً": what عن introduces is the topic unless the source comes right after it,
                // past a title at most ("نقلاً عن المتحدث باسم …").
                if (next is not null && !OnlyTitlesBetween(after, next.FirstToken)) next = null;
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
                // "مراسلة «فرانس برس»": the outlet's name in quotation marks right after the correspondent relays as well.
                bool adjacent = j == k || inner.Source.Kind == SourceKind.Unnamed && OnlyQuotesBetween(k, j);
                if (adjacent && (_doc.TokenText(j).StartsWith('ل') || inner.Source.Kind == SourceKind.Unnamed)) next = direct;
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

    /// <summary>True when only quotation marks stand in [<paramref name="from"/>, <paramref name="to"/>) (at least one).</summary>
    private bool OnlyQuotesBetween(int from, int to)
    {
        if (to <= from) return false;
        for (int k = from; k < to; k++)
            if (!_doc.IsPunct(k, '"')) return false;
        return true;
    }

    /// <summary>How many words a speaker's location may have ("في ريف حمص الشمالي") before the relay it is followed by.</summary>
    private const int LocationWords = 4;

    /// <summary>
    /// After "في" right behind a speaker: the token of "عن" / "نقلاً عن" that follows a short location of plain words ("في ريف
    /// حمص"), when a source comes right after it; null when anything else (punctuation, a number, a cue, a complementiser, a
    /// registry name) comes first, so "قال مصدر في الجيش" and "قال المرصد في تقرير إن" are left alone.
    /// </summary>
    private int? LocationBeforeRelay(int from, int sentenceEnd)
    {
        int end = Math.Min(sentenceEnd, from + LocationWords + 1);
        for (int n = from; n < end; n++)
        {
            if (_doc.Tokens[n].Kind != TokenKind.Word || IsComplementizer(n)) return null;
            bool about = FunctionWords.Default.About.Contains(_doc.TokenText(n));
            bool naqlan = _cues[n].Cue is { } c && c.Has(CueTags.Cite) && c.Text.StartsWith("نقل", StringComparison.Ordinal);
            if (about || naqlan)
            {
                if (n == from) return null;
                int after = naqlan ? _cues[n].End : n + 1;
                if (naqlan && after < sentenceEnd && FunctionWords.Default.About.Contains(_doc.TokenText(after))) after++;
                return after < sentenceEnd && FindSourceAfter(after, Math.Min(sentenceEnd, after + 3), stopAtContent: true) is not null ? n : null;
            }
            // A place a source is named after ("في دمشق", "في موسكو") is a place here, after the preposition.
            if (_cues[n].Cue is not null || (_registry.TryMatchAt(_doc, n, out _) && !FunctionWords.Default.PlaceNamedSources.Contains(_doc.TokenText(n)))) return null;
        }
        return null;
    }

    /// <summary>How many words of a name may follow an organisation's head noun ("فريق منسقو استجابة سوريا").</summary>
    private const int OrganisationNameWords = 4;

    /// <summary>
    /// Organisations the registry does not know: a head noun (فريق، منظمة، شبكة، لجنة … from the function words) no registry name
    /// covers, and up to <see cref="OrganisationNameWords"/> words of name after it, stopping at punctuation, a number, a
    /// complementiser, عن، في, a particle or time (قد، الذي، الثلاثاء), a cue or a registry name ("منظمة X لوكالة فرانس برس": the agency relays). Their camp is other. A
    /// definite head noun alone ("وقالت المنظمة") is the last source named before it with that noun (as written, or heading one of
    /// its names before another: "التنظيم" after "داعش" is ISIS, named "تنظيم داعش" too); none when there is none.
    /// </summary>
    private IEnumerable<SourceMention> Organisations()
    {
        int mention = 0, covered = 0, sentence = 0;
        var found = new List<SourceMention>();
        for (int k = 0; k < _doc.Tokens.Count; k++)
        {
            while (mention < _allMentions.Count && _allMentions[mention].FirstToken <= k) covered = Math.Max(covered, _allMentions[mention++].EndToken);
            if (k < covered || _doc.Tokens[k].Kind != TokenKind.Word || !FunctionWords.Default.OrganisationHeads.Contains(_doc.TokenSpan(k))) continue;
            while (sentence < _doc.Sentences.Count - 1 && _doc.Sentences[sentence].EndToken <= k) sentence++;
            int segEnd = Math.Max(_doc.Sentences.Count > 0 ? _doc.Sentences[sentence].EndToken : 0, k + 1);
            int end = k + 1, lastWord = k, words = 0;
            while (end < segEnd && words < OrganisationNameWords)
            {
                if (!_doc.IsPunct(end, '"'))
                {
                    if (!IsNameWord(end)) break;
                    words++;
                    lastWord = end;
                }
                end++;
            }
            // A closing quote after the name belongs to it ("فريق «منسقو استجابة سوريا»").
            end = lastWord + 1;
            if (end < segEnd && _doc.IsPunct(end, '"') && k + 1 < end && _doc.IsPunct(k + 1, '"')) end++;
            if (words > 0)
            {
                var span = _doc.SpanOfTokens(k, end);
                var original = _doc.ToOriginal(span);
                string name = _doc.Original.Substring(original.Start, original.Length);
                var camp = OrganisationCamp(k + 1, end);
                // "المكتب الإعلامي لهيئة التفاوض", "المكتب الإعلامي لجيش الإسلام": an office or body of a named source, joined by
                // the ل of possession, speaks in its owner's camp.
                if (camp == Camp.Other && end < segEnd && _doc.Tokens[end].Kind == TokenKind.Word && _doc.TokenSpan(end) is ['\u0644', ..]
                    && _registry.TryMatchAt(_doc, end, out var owner) && owner.Source.Camp is { } ownerCamp && owner.Source.Kind is not (SourceKind.Outlet or SourceKind.Agency))
                    camp = ownerCamp;
                var o = new SourceMention(k, end, span, new Source(name, camp, SourceKind.Organisation, []));
                found.Add(o);
                yield return o;
            }
            else if (Antecedent(k, found) is { } antecedent)
            {
                _headAnaphors.Add(k);
                yield return new SourceMention(k, k + 1, _doc.SpanOfTokens(k, k + 1), antecedent);
            }
        }
    }

    /// <summary>
    /// The camp an organisation's own name gives it: "فريق إعلامي معارض", "المجلس الوطني السوري المعارض" are the opposition's,
    /// "شبكة إخبارية موالية" the state's; other by default.
    /// </summary>
    private Camp OrganisationCamp(int from, int end)
    {
        for (int k = from; k < end; k++)
        {
            if (_doc.Tokens[k].Kind != TokenKind.Word) continue;
            if (FunctionWords.Default.OppositionAdjectives.Contains(_doc.TokenText(k))) return Camp.Opposition;
            if (FunctionWords.Default.LoyalistAdjectives.Contains(_doc.TokenText(k))) return Camp.State;
        }
        return Camp.Other;
    }

    /// <summary>The definite head nouns (المنظمة) and the bare noun in each (منظمة).</summary>
    private static readonly Lazy<Dictionary<string, string>> HeadStems = new(() => FunctionWords.Default.OrganisationHeads
        .Where(h => h.Length > 3 && h.StartsWith("\u0627\u0644", StringComparison.Ordinal)).ToDictionary(h => h, h => h[2..], StringComparer.Ordinal));

    /// <summary>A word that may be part of an organisation's name.</summary>
    private bool IsNameWord(int k) => _doc.Tokens[k].Kind == TokenKind.Word && _cues[k].Cue is null && !IsComplementizer(k)
        && !FunctionWords.Default.About.Contains(_doc.TokenText(k)) && !FunctionWords.Default.In.Contains(_doc.TokenText(k))
        && !FunctionWords.Default.OrganisationNameBreaks.Contains(_doc.TokenText(k)) && !_registry.TryMatchAt(_doc, k, out _);

    /// <summary>The source a definite head noun alone at <paramref name="k"/> points back to, or null (<see cref="Organisations"/>).</summary>
    private Source? Antecedent(int k, List<SourceMention> organisations)
    {
        string head = _doc.TokenText(k);
        if (!HeadStems.Value.TryGetValue(head, out var stem)) return null;
        SourceMention? best = null;
        for (int i = Sorted.LowerBound(_allMentions, k, m => m.FirstToken) - 1, seen = 0; i >= 0 && seen < MentionLookBack && best is null; i--, seen++)
            if (Names(_allMentions[i], stem)) best = _allMentions[i];
        for (int i = organisations.Count - 1; i >= Math.Max(0, organisations.Count - MentionLookBack); i--)
            if (organisations[i].FirstToken < k && (best is null || organisations[i].FirstToken > best.FirstToken) && Names(organisations[i], stem)) { best = organisations[i]; break; }
        return best?.Source;

        bool Names(SourceMention m, string stem)
        {
            if (m.Source.Kind is SourceKind.Anaphor or SourceKind.Unnamed) return false;
            if (_registry.HeadedBy(m.Source, stem)) return true;
            for (int t = m.FirstToken; t < m.EndToken; t++)
                if (_doc.TokenText(t).EndsWith(stem, StringComparison.Ordinal)) return true;
            return false;
        }
    }

    /// <summary>True when only quotation marks and titles (المتحدث، باسم، مدير، أحد) stand in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private bool OnlyTitlesBetween(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (!_doc.IsPunct(k, '"') && !(_doc.Tokens[k].Kind == TokenKind.Word && FunctionWords.Default.SpeakerTitles.Contains(_doc.TokenText(k)))) return false;
        return true;
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
