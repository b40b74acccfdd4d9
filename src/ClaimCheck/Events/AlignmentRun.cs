using ClaimCheck.Recognition;

namespace ClaimCheck.Events;

/// <summary>
/// One <see cref="EventAligner.Align"/> call, stage by stage: the claims' features (<see cref="ClaimFeatures"/>: parties,
/// places, text), candidate pairs by block (<see cref="Blocking"/>), links (<see cref="LinkScorer"/>) sorted best first
/// (<see cref="LinkSort"/>), clusters merged link by link while compatible (<see cref="Clusters"/>), then events
/// (<see cref="EventBuilder"/>).
/// </summary>
internal sealed class AlignmentRun
{
    private readonly IPlaceHierarchy _hierarchy;
    private readonly ITextSimilarity _similarity;
    private readonly AlignmentOptions _o;
    private readonly ClaimFeatures _features;

    /// <exception cref="ArgumentException">A report or claim is null, or two claims share an id.</exception>
    public AlignmentRun(IReadOnlyList<ReportResult> reports, IPlaceHierarchy hierarchy, ITextSimilarity similarity, AlignmentOptions options)
    {
        _hierarchy = hierarchy;
        _similarity = similarity;
        _o = options;
        _features = new ClaimFeatures(reports);
    }

    public AlignmentResult Run()
    {
        var f = _features;
        f.BuildActors(_o.CommonActors, _o.MovingParties, _o.PartyGroups);
        f.BuildPlaces(_hierarchy, _o.FuzzyNameThreshold, _o.MinimumSharedPlaceDepth, _o.RootPlacesNothing);
        f.BuildText(_similarity);
        var links = Links(new Blocking(f, _o), new LinkScorer(f, _o));
        LinkSort.Sort(links);
        var clusters = new Clusters(f, _o.EventWindowDays);
        foreach (var link in links) clusters.TryMerge(link);
        return new EventBuilder(f).Build(clusters);
    }

    /// <summary>
    /// The links between claims: each block's candidate pairs scored (blocks in parallel), then the nearby pairs of claims that
    /// name no place. The links are gathered in block order, so the result does not depend on scheduling.
    /// </summary>
    internal static Link[] Links(Blocking blocking, LinkScorer scorer)
    {
        int blocks = blocking.Count;
        var parts = new Link[blocks + 2][];
        Parallel.For(0, blocks, () => new LinkScratch(), (k, _, scratch) =>
        {
            scratch.Pairs.Clear();
            blocking.AddPairs(k, scratch.Pairs);
            parts[k] = scorer.Score(scratch.Pairs, nearby: false, scratch);
            return scratch;
        }, _ => { });
        parts[blocks] = scorer.Score(blocking.NearbyPairs(), nearby: true, new LinkScratch());
        parts[blocks + 1] = scorer.Score(blocking.UndatedPairs(), nearby: false, new LinkScratch());
        int total = 0;
        foreach (var part in parts) total += part.Length;
        var links = new Link[total];
        int at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(links, at);
            at += part.Length;
        }
        return links;
    }
}
