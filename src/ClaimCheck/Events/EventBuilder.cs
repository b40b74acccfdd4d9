using System.Globalization;

namespace ClaimCheck.Events;

/// <summary>
/// Turns clusters into the alignment's result: one <see cref="Event"/> per cluster (id from its claim ids, label, places by
/// mentions, date span, reports, grouping reasons), events in id order, and the claims with their event ids in report and
/// evidence order.
/// </summary>
internal sealed class EventBuilder(ClaimFeatures features)
{
    private const int Unknown = ClaimFeatures.Unknown;

    /// <summary>The events of <paramref name="clusters"/> and every claim with its event id.</summary>
    public AlignmentResult Build(Clusters clusters)
    {
        var f = features;
        int n = f.Count;
        var root = new int[n];
        var count = new int[n];
        for (int i = 0; i < n; i++) count[root[i] = clusters.Find(i)]++;
        var members = new int[n][];
        var roots = new List<int>();
        for (int i = 0; i < n; i++)
        {
            if (count[i] == 0) continue;
            members[i] = new int[count[i]];
            roots.Add(i);
        }
        Array.Clear(count);
        for (int i = 0; i < n; i++) members[root[i]][count[root[i]]++] = i;

        var events = new Event[roots.Count];
        Parallel.For(0, roots.Count, k => events[k] = BuildEvent(members[roots[k]],
            clusters.Reasons.Names(roots[k]), clusters.Timed(roots[k])));
        var eventOf = new string[n];
        for (int k = 0; k < roots.Count; k++)
        {
            foreach (var i in members[roots[k]]) eventOf[i] = events[k].Id;
        }
        Array.Sort(events, (x, y) => string.CompareOrdinal(x.Id, y.Id));

        // Claims ordered by report id, evidence offsets, then id (claim indexes are in id order).
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Array.Sort(order, (x, y) =>
        {
            int c = f.Report[x].CompareTo(f.Report[y]);
            if (c != 0) return c;
            c = f.Start(x).CompareTo(f.Start(y));
            if (c != 0) return c;
            c = (f.Claims[x].Evidence?.End ?? 0).CompareTo(f.Claims[y].Evidence?.End ?? 0);
            return c != 0 ? c : x.CompareTo(y);
        });
        var claims = new Claim[n];
        for (int k = 0; k < n; k++) claims[k] = f.Claims[order[k]] with { EventId = eventOf[order[k]] };
        return new AlignmentResult(events, claims);
    }

    /// <summary>
    /// The event of claims <paramref name="members"/> (ascending), grouped for <paramref name="reasons"/>; a
    /// <paramref name="timed"/> event also names its date window.
    /// </summary>
    public Event BuildEvent(int[] members, List<string> reasons, bool timed)
    {
        var f = features;
        var places = f.PlaceIndex;
        var claimIds = members.Select(i => f.Claims[i].Id).ToArray(); // members ascend, claims are in id order
        var id = StableId.Of("e-", claimIds);
        var reportIds = members.Select(i => f.ReportIds[f.Report[i]]).Distinct().Order(StringComparer.Ordinal).ToArray();

        var placeCounts = new Dictionary<int, int>();
        var areaCounts = new Dictionary<int, int>();
        var partyCounts = new Dictionary<int, int>();
        var actorCounts = new Dictionary<int, int>();
        var kindCounts = new Dictionary<ClaimKind, int>();
        int first = int.MaxValue, last = int.MinValue;
        foreach (var i in members)
        {
            foreach (var p in f.Places[i])
            {
                Bump(placeCounts, p);
                int area = places.Area(p);
                if (area >= 0) Bump(areaCounts, area);
            }
            if (f.NamedPartySet[i] >= 0) foreach (var a in f.PartySets[f.NamedPartySet[i]]) Bump(partyCounts, a);
            foreach (var a in f.Actors[i]) Bump(actorCounts, a);
            kindCounts[f.Claims[i].Kind] = kindCounts.GetValueOrDefault(f.Claims[i].Kind) + 1;
            if (f.Day[i] != Unknown)
            {
                first = Math.Min(first, f.Day[i]);
                last = Math.Max(last, f.Day[i]);
            }
        }
        DateOnly? firstDate = first == int.MaxValue ? null : DateOnly.FromDayNumber(first);
        DateOnly? lastDate = last == int.MinValue ? null : DateOnly.FromDayNumber(last);

        var grouped = reasons;
        if (timed && firstDate is { } fd && lastDate is { } ld)
            grouped.Add(fd == ld ? "window:" + Iso(fd) : "window:" + Iso(fd) + ".." + Iso(ld));
        grouped.Sort(StringComparer.Ordinal);

        return new Event
        {
            Id = id,
            Label = Label(placeCounts, areaCounts, partyCounts, actorCounts, kindCounts, firstDate, lastDate),
            Places = Ranked(placeCounts, places.Names).ToArray(),
            FirstDate = firstDate,
            LastDate = lastDate,
            ReportIds = reportIds,
            ClaimIds = claimIds,
            GroupedBy = grouped,
        };
    }

    /// <summary>"who · where · when": the top parties (else actors, else the commonest kind), the area and places, the dates.</summary>
    private string Label(Dictionary<int, int> placeCounts, Dictionary<int, int> areaCounts, Dictionary<int, int> partyCounts,
        Dictionary<int, int> actorCounts, Dictionary<ClaimKind, int> kindCounts, DateOnly? first, DateOnly? last)
    {
        var actors = features.ActorNames;
        var places = features.PlaceIndex;
        string who = partyCounts.Count > 0
            ? string.Join(", ", Ranked(partyCounts, actors).Take(2))
            : actorCounts.Count > 0
                ? string.Join(", ", Ranked(actorCounts, actors).Take(2))
                : kindCounts.OrderByDescending(k => k.Value).ThenBy(k => k.Key).First().Key.ToString().ToLowerInvariant();
        string where;
        if (areaCounts.Count > 0)
        {
            int area = areaCounts.OrderByDescending(x => x.Value).ThenBy(x => places.Display(x.Key), StringComparer.Ordinal).First().Key;
            var inside = placeCounts.Where(p => p.Key != area && places.Area(p.Key) == area)
                .OrderByDescending(p => p.Value).ThenBy(p => places.Display(p.Key), StringComparer.Ordinal)
                .Take(3).Select(p => places.Display(p.Key)).ToArray();
            where = places.Display(area) + (inside.Length > 0 ? " (" + string.Join(", ", inside) + ")" : "");
        }
        else if (placeCounts.Count > 0) where = string.Join(", ", Ranked(placeCounts, places.Names).Take(2));
        else where = "place unknown";
        string when = first is null ? "" : first == last ? " · " + Iso(first.Value) : " · " + Iso(first.Value) + "–" + Iso(last!.Value);
        return who + " · " + where + when;
    }

    private static IEnumerable<string> Ranked(Dictionary<int, int> counts, NameTable names) =>
        counts.Select(x => (Name: names.Display(x.Key), Count: x.Value))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Name, StringComparer.Ordinal).Select(x => x.Name);

    private static void Bump(Dictionary<int, int> counts, int key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
