namespace ClaimCheck.Events;

/// <summary>
/// Decides whether two claims link and how strongly. A pair links when it shares an area and something else agrees (both
/// dated within the window, a party, the same report, similar report texts, or one town with the same kind of happening; a toll and
/// a deal or movement told in two reports need a party or alike texts, and two tolls more than <see cref="SameDays"/> apart
/// need two reports with alike texts); or shares only a coarse place and a party, the report, similar texts, one town with the same kind of happening, or the same
/// kind of happening within <see cref="SameDays"/>; or, for a claim that names no place or a claim of a movement beside a
/// claim of its deal, when the other lies near it in the same report. A claim with no date joins another report's claim only through similar texts or one town. Pairs
/// whose dates lie too far apart or whose parties or areas are both known and disjoint never link. Reads are thread-safe:
/// each worker brings its own <see cref="LinkScratch"/>.
/// </summary>
internal sealed class LinkScorer
{
    private const int Unknown = ClaimFeatures.Unknown;

    /// <summary>Dated claims at most this many days apart tell of one moment (a report the next day, a day's toll).</summary>
    internal const int SameDays = 1;

    private readonly Claim[] _claims;
    private readonly int[] _day;
    private readonly int[] _report;
    private readonly int[] _partySet;
    private readonly int[] _bindingSet;
    private readonly int[] _areaSet;
    private readonly int[][] _claimPlaces;
    private readonly byte[] _family;
    private readonly bool[] _moves;
    private readonly SetTable _partySets;
    private readonly SetTable _areaSets;
    private readonly PlaceIndex _places;
    private readonly ITextSimilarityModel _text;
    private readonly AlignmentOptions _o;

    public LinkScorer(ClaimFeatures features, AlignmentOptions options)
    {
        _claims = features.Claims;
        _day = features.Day;
        _report = features.Report;
        _partySet = features.PartySet;
        _bindingSet = features.BindingSet;
        _areaSet = features.AreaSet;
        _claimPlaces = features.Places;
        _family = features.Family;
        _moves = features.Moves;
        _partySets = features.PartySets;
        _areaSets = features.AreaSets;
        _places = features.PlaceIndex;
        _text = features.Text;
        _o = options;
    }

    /// <summary>
    /// Scores each distinct pair of <paramref name="pairs"/> once (the list is sorted in place) and returns the links, in pair
    /// order. <paramref name="nearby"/> says the pairs are neighbours in a report (<see cref="Blocking.NearbyPairs"/>).
    /// </summary>
    public Link[] Score(List<long> pairs, bool nearby, LinkScratch scratch)
    {
        pairs.Sort();
        var links = scratch.Links;
        links.Clear();
        long last = -1;
        foreach (var v in pairs)
        {
            if (v == last) continue;
            last = v;
            int a = IndexPair.First(v), b = IndexPair.Second(v);
            if (a != b && TryLink(a, b, nearby, scratch, out var link)) links.Add(link);
        }
        return links.ToArray();
    }

    /// <summary>The link between claims <paramref name="a"/> &lt; <paramref name="b"/>, if they link.</summary>
    public bool TryLink(int a, int b, bool nearbyCandidate, LinkScratch scratch, out Link link)
    {
        link = default;
        bool dated = _day[a] != Unknown && _day[b] != Unknown;
        int gap = dated ? Math.Abs(_day[a] - _day[b]) : 0;
        if (dated && gap > _o.EventWindowDays) return false;
        if (!_partySets.Compatible(_bindingSet[a], _bindingSet[b])) return false;
        if (!_areaSets.Compatible(_areaSet[a], _areaSet[b])) return false;

        var flags = LinkFlags.None;
        bool strong = _areaSet[a] >= 0 && _areaSet[b] >= 0;
        bool weak = !strong && _places.CoarseRelation(_claimPlaces[a], _claimPlaces[b]) >= 0;
        bool sharedParty = _partySet[a] >= 0 && _partySet[b] >= 0 && _partySets.Compatible(_partySet[a], _partySet[b]);
        bool sameReport = _report[a] == _report[b];
        double text = sameReport ? 1.0 : scratch.Similarity(_text, _report[a], _report[b]);
        bool textOk = !sameReport && text >= _o.MinTextSimilarity;
        // Neighbours in one report: a claim that names no place joins its neighbour, and a claim of a movement joins a neighbour
        // of its deal even when their places do not relate (a convoy leaves one place and arrives in another; the deal that sent
        // it: one happening told in neighbouring sentences). Two agreements alone may be two deals (a truce here, another there).
        bool nearby = nearbyCandidate && sameReport
            && (_claimPlaces[a].Length == 0 || _claimPlaces[b].Length == 0 || MovementOfOneDeal(a, b))
            && Math.Abs(Start(a) - Start(b)) <= _o.NearbyDistance;

        // A claim with no date at all (an undated report) joins another report's claims only when their texts are alike or both
        // name the same town or site: the same happening, not merely the same region.
        bool undated = _day[a] == Unknown || _day[b] == Unknown;
        bool sharesLocal = _places.SharesPlace(_claimPlaces[a], _claimPlaces[b], localOnly: true);
        if (undated && !sameReport && !textOk && !sharesLocal) return false;
        // The same happening: one town or site and one kind of happening (a deal, fighting).
        bool sameHappening = sharesLocal && _family[a] == _family[b];
        if (strong)
        {
            // A toll and a deal or movement told in different reports are different happenings in one place (a bombing of the
            // evacuation buses, the evacuation itself) unless a party or the texts tie them.
            bool acrossKinds = !sameReport && _family[a] != _family[b];
            // Two tolls in one town days apart are two strikes (two car bombs in a month; a report's mention of the earlier one)
            // unless two reports' words tie them: the perpetrator they share does not.
            bool separateTolls = _family[a] == ClaimFeatures.Fighting && _family[b] == ClaimFeatures.Fighting && dated && gap > SameDays;
            if (separateTolls && !textOk) return false;
            if (!((dated && !acrossKinds) || sharedParty || sameReport || textOk || sameHappening)) return false;
        }
        else if (weak)
        {
            // A governorate or region names no happening by itself, but the same kind of happening there within a day or two does.
            bool close = dated && gap <= SameDays && _family[a] == _family[b];
            if (!(sharedParty || sameReport || textOk || sameHappening || close)) return false;
        }
        else if (!nearby) return false;

        double score = 0;
        if (strong) { flags |= LinkFlags.StrongPlace; score += 1.0 + (_places.SharesPlace(_claimPlaces[a], _claimPlaces[b]) ? 0.2 : 0); }
        else if (weak) { flags |= LinkFlags.WeakPlace; score += 0.5; }
        if (sharedParty) { flags |= LinkFlags.SharedParty; score += 1.0; }
        if (dated) { flags |= LinkFlags.Time; score += 1.0 - (double)gap / Math.Max(1, _o.EventWindowDays); }
        if (sameReport)
        {
            // Claims close together in one report most likely tell of one happening.
            flags |= LinkFlags.SameReport;
            score += 0.5 + 0.5 * Math.Max(0, 1.0 - Math.Abs(Start(a) - Start(b)) / (2.0 * _o.NearbyDistance + 1.0));
        }
        if (textOk) flags |= LinkFlags.Text;
        score += 0.5 * text;
        if (_family[a] == _family[b]) { flags |= LinkFlags.Family; score += 0.25; }
        if (nearby)
        {
            flags |= LinkFlags.Nearby;
            score += 1.0 - (double)Math.Abs(Start(a) - Start(b)) / (_o.NearbyDistance + 1.0);
        }
        link = new Link(a, b, score, flags);
        return true;
    }

    private bool MovementOfOneDeal(int a, int b) =>
        _family[a] == ClaimFeatures.Deal && _family[b] == ClaimFeatures.Deal && (_moves[a] || _moves[b]);

    private int Start(int i) => ClaimFeatures.StartOf(_claims[i]);
}

/// <summary>A worker's buffers: candidate pairs, links, and a small direct-mapped cache of report-pair text similarities.</summary>
internal sealed class LinkScratch
{
    private const int Size = 1024;
    private readonly long[] _keys = new long[Size];
    private readonly double[] _values = new double[Size];

    public LinkScratch() => Array.Fill(_keys, -1L);

    /// <summary>The candidate pairs of the block being scored.</summary>
    public List<long> Pairs { get; } = [];

    /// <summary>The links of the block being scored; reused, so only exact-size arrays are kept.</summary>
    public List<Link> Links { get; } = [];

    /// <summary>The text similarity of two reports, from the cache when this pair was the last to use its slot.</summary>
    public double Similarity(ITextSimilarityModel model, int r1, int r2)
    {
        long key = IndexPair.Pack(r1, r2);
        int slot = (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 54);
        if (_keys[slot] == key) return _values[slot];
        double value = model.Score(r1, r2);
        _keys[slot] = key;
        _values[slot] = value;
        return value;
    }
}
