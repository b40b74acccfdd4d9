namespace ClaimCheck.Events;

/// <summary>
/// Why clusters were grouped (<see cref="Event.GroupedBy"/>): per root, the keys that matched in the links that merged it
/// ("place:…", "actor:…", "same-report", "text-similarity", "what:…", "nearby-in-report"), each reason name interned once.
/// </summary>
internal sealed class GroupingReasons
{
    private readonly ClaimFeatures _f;
    private readonly List<int>?[] _reasons;
    private readonly Dictionary<string, int> _reasonIds = new(StringComparer.Ordinal);
    private readonly List<string> _reasonNames = [];
    private readonly Dictionary<int, int> _placeReason = [];
    private readonly Dictionary<int, int> _actorReason = [];

    public GroupingReasons(ClaimFeatures features)
    {
        _f = features;
        _reasons = new List<int>?[features.Count];
    }

    /// <summary>The reasons of root <paramref name="root"/>, in the order they were first given (empty for a single claim).</summary>
    public List<string> Names(int root)
    {
        var ids = _reasons[root];
        var names = new List<string>(ids?.Count ?? 0);
        if (ids is not null)
        {
            foreach (var id in ids) names.Add(_reasonNames[id]);
        }
        return names;
    }

    /// <summary>Moves the reasons of <paramref name="absorbed"/> to <paramref name="root"/>.</summary>
    public void Merge(int root, int absorbed)
    {
        _reasons[root] = Clusters.Union(_reasons[root], _reasons[absorbed]);
        _reasons[absorbed] = null;
    }

    /// <summary>Records why the link grouped its claims under <paramref name="root"/>: the keys that matched.</summary>
    public void Add(int root, Link link)
    {
        var f = _f;
        int a = link.A, b = link.B;
        if (link.Flags.HasFlag(LinkFlags.StrongPlace))
        {
            foreach (var area in f.AreaSets[f.AreaSet[a]])
            {
                if (Array.BinarySearch(f.AreaSets[f.AreaSet[b]], area) >= 0) Add(root, PlaceReason(area));
            }
        }
        else if (link.Flags.HasFlag(LinkFlags.WeakPlace))
        {
            int coarse = f.PlaceIndex.CoarseRelation(f.Places[a], f.Places[b]);
            if (coarse >= 0) Add(root, PlaceReason(coarse));
        }
        if (link.Flags.HasFlag(LinkFlags.SharedParty))
        {
            foreach (var actor in f.PartySets[f.NamedPartySet[a] >= 0 ? f.NamedPartySet[a] : f.PartySet[a]])
            {
                if (Array.BinarySearch(f.PartySets[f.PartySet[b]], actor) >= 0) Add(root, ActorReason(actor));
            }
        }
        if (link.Flags.HasFlag(LinkFlags.SameReport)) Add(root, ReasonId("same-report"));
        if (link.Flags.HasFlag(LinkFlags.Text)) Add(root, ReasonId("text-similarity"));
        if (link.Flags.HasFlag(LinkFlags.Family)) Add(root, ReasonId(f.Family[a] == 1 ? "what:fighting" : "what:evacuation"));
        if (link.Flags.HasFlag(LinkFlags.Nearby)) Add(root, ReasonId("nearby-in-report"));
    }

    private void Add(int root, int reason)
    {
        var list = _reasons[root] ??= [];
        if (!list.Contains(reason)) list.Add(reason);
    }

    private int ReasonId(string reason)
    {
        if (!_reasonIds.TryGetValue(reason, out int id))
        {
            id = _reasonNames.Count;
            _reasonIds.Add(reason, id);
            _reasonNames.Add(reason);
        }
        return id;
    }

    private int PlaceReason(int place)
    {
        if (!_placeReason.TryGetValue(place, out int id)) _placeReason[place] = id = ReasonId("place:" + _f.PlaceIndex.Display(place));
        return id;
    }

    private int ActorReason(int actor)
    {
        if (!_actorReason.TryGetValue(actor, out int id)) _actorReason[actor] = id = ReasonId("actor:" + _f.ActorNames.Display(actor));
        return id;
    }
}
