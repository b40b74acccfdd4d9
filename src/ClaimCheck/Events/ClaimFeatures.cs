using ClaimCheck.Recognition;

namespace ClaimCheck.Events;

/// <summary>
/// The claims of one alignment in canonical (id) order and what alignment reads of them, as interned ids: the day, the
/// report, the parties (actors less the common ones) and areas as interned sets, the canonical places and actors, the kind
/// family, and a text-similarity model over the reports. Built once, then read concurrently.
/// </summary>
internal sealed class ClaimFeatures
{
    /// <summary>The day of a claim with no date and no publication date.</summary>
    public const int Unknown = int.MinValue;

    /// <summary>
    /// Puts the claims of <paramref name="reports"/> in id order and reads their days (claim date, else the report's
    /// publication date), reports and kind families.
    /// </summary>
    /// <exception cref="ArgumentException">A report or claim is null, or two claims share an id.</exception>
    public ClaimFeatures(IReadOnlyList<ReportResult> reports)
    {
        var entries = new List<(Claim Claim, DateOnly? Published)>();
        var topics = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var r in reports)
        {
            if (r is null) throw new ArgumentException("A report result is null.", nameof(reports));
            if (r.Claims is null) throw new ArgumentException($"Report {r.Report?.Id} has no claim list.", nameof(reports));
            if (r.Report is { Id: { } id, Topic: { Count: > 0 } topic }) topics.TryAdd(id, topic);
            foreach (var c in r.Claims)
            {
                if (c is null) throw new ArgumentException($"Report {r.Report?.Id} holds a null claim.", nameof(reports));
                if (c.Id is null || c.ReportId is null) throw new ArgumentException("A claim has no id or report id.", nameof(reports));
                entries.Add((c, r.Report?.Published));
            }
        }
        entries.Sort((x, y) => string.CompareOrdinal(x.Claim.Id, y.Claim.Id));
        for (int i = 1; i < entries.Count; i++)
        {
            if (entries[i].Claim.Id == entries[i - 1].Claim.Id)
                throw new ArgumentException($"Two claims share the id '{entries[i].Claim.Id}'; claim ids must be unique.", nameof(reports));
        }

        int n = entries.Count;
        Claims = new Claim[n];
        Day = new int[n];
        Report = new int[n];
        PartySet = new int[n];
        NamedPartySet = new int[n];
        BindingSet = new int[n];
        AreaSet = new int[n];
        Places = new int[n][];
        Actors = new int[n][];
        Family = new byte[n];
        Moves = new bool[n];

        var reportIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            var (c, published) = entries[i];
            Claims[i] = c;
            var date = c.Date ?? published;
            Day[i] = date is { } d ? d.DayNumber : Unknown;
            reportIndex.TryAdd(c.ReportId, 0);
            Family[i] = FamilyOf(c.Kind);
            Moves[i] = c.Kind is ClaimKind.Evacuation or ClaimKind.Vehicles or ClaimKind.Evacuees;
        }
        ReportIds = [.. reportIndex.Keys];
        Array.Sort(ReportIds, StringComparer.Ordinal);
        for (int k = 0; k < ReportIds.Length; k++) reportIndex[ReportIds[k]] = k;
        for (int i = 0; i < n; i++) Report[i] = reportIndex[Claims[i].ReportId];
        Topics = new IReadOnlyList<string>[ReportIds.Length];
        for (int k = 0; k < ReportIds.Length; k++) Topics[k] = topics.GetValueOrDefault(ReportIds[k]) ?? [];
    }

    /// <summary>Per report (index in <see cref="ReportIds"/>): its topic terms (<see cref="ReportInfo.Topic"/>), empty when unknown.</summary>
    public IReadOnlyList<string>[] Topics { get; }

    /// <summary>The claims, in ordinal id order; a claim's index is its position here.</summary>
    public Claim[] Claims { get; }

    /// <summary>Per claim: its day number, or <see cref="Unknown"/>.</summary>
    public int[] Day { get; }

    /// <summary>Per claim: the index of its report in <see cref="ReportIds"/>.</summary>
    public int[] Report { get; }

    /// <summary>The distinct report ids, in ordinal order.</summary>
    public string[] ReportIds { get; }

    /// <summary>Per claim: the id of its party set in <see cref="PartySets"/> (a broader party standing for its factions: <see cref="ExpandGroups"/>), or -1 when it names no party.</summary>
    public int[] PartySet { get; }

    /// <summary>Per claim: the id of its area set in <see cref="AreaSets"/>, or -1 when it names no specific place.</summary>
    public int[] AreaSet { get; }

    /// <summary>Per claim: its canonical places, sorted and distinct.</summary>
    public int[][] Places { get; }

    /// <summary>Per claim: its canonical actors, sorted and distinct.</summary>
    public int[][] Actors { get; }

    /// <summary>Per claim: its kind family (see <see cref="FamilyOf"/>).</summary>
    public byte[] Family { get; }

    /// <summary>Per claim: whether it tells of people or vehicles moving (an evacuation, its vehicles, its evacuees).</summary>
    public bool[] Moves { get; }

    /// <summary>The actor names.</summary>
    public NameTable ActorNames { get; } = new();

    /// <summary>The parties of claims (canonical actor ids), interned.</summary>
    public SetTable PartySets { get; } = new();

    /// <summary>The areas of claims (canonical place ids), interned.</summary>
    public SetTable AreaSets { get; } = new();

    /// <summary>The places, after <see cref="BuildPlaces"/>.</summary>
    public PlaceIndex PlaceIndex { get; private set; } = null!;

    /// <summary>The reports' text similarity, after <see cref="BuildText"/>.</summary>
    public ITextSimilarityModel Text { get; private set; } = null!;

    /// <summary>Number of claims.</summary>
    public int Count => Claims.Length;

    /// <summary>The kind rule: casualties tell of fighting (1); agreements, evacuations, vehicles and evacuees of a deal (0).</summary>
    public static byte FamilyOf(ClaimKind kind) => kind == ClaimKind.Casualties ? Fighting : Deal;

    /// <summary>The kind family of agreements, evacuations, vehicles and evacuees.</summary>
    public const byte Deal = 0;

    /// <summary>The kind family of casualties.</summary>
    public const byte Fighting = 1;

    /// <summary>
    /// The party rule: interns the actors (by folded key only: fuzzy matching would confuse kurdish-forces with
    /// turkish-forces) and gives each claim the set of its actors that are not <paramref name="commonActors"/>.
    /// </summary>
    public void BuildActors(IEnumerable<string> commonActors, IEnumerable<string>? movingParties = null, IReadOnlyDictionary<string, IReadOnlyList<string>>? partyGroups = null)
    {
        int n = Claims.Length;
        var table = ActorNames;
        var raw = new int[n][];
        for (int i = 0; i < n; i++) raw[i] = table.InternAll(Claims[i].Actors);
        // A broader party and its factions (uncounted: they name nothing until a claim does).
        var groups = new List<(int Group, int[] Members)>();
        if (partyGroups is not null)
            foreach (var (group, members) in partyGroups)
            {
                if (string.IsNullOrWhiteSpace(group) || members is null) continue;
                var ids = members.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => table.Intern(m, count: false)).ToArray();
                if (ids.Length > 0) groups.Add((table.Intern(group, count: false), ids));
            }
        var common = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in commonActors)
        {
            if (!string.IsNullOrWhiteSpace(a)) common.Add(NameTable.Fold(a));
        }
        table.Unify(_ => false, k => common.Contains(table.Key(k)), threshold: 101);
        var isCommon = new bool[table.Count];
        for (int k = 0; k < table.Count; k++)
        {
            if (common.Contains(table.Key(k))) isCommon[table.Canonical(k)] = true;
        }
        bool[]? isMoving = null;
        if (movingParties is not null)
        {
            var moving = new HashSet<string>(StringComparer.Ordinal);
            foreach (var a in movingParties)
                if (!string.IsNullOrWhiteSpace(a)) moving.Add(NameTable.Fold(a));
            isMoving = new bool[table.Count];
            for (int k = 0; k < table.Count; k++)
                if (moving.Contains(table.Key(k))) isMoving[table.Canonical(k)] = true;
            // The factions of a party that deals move are moved too.
            foreach (var (group, members) in groups)
                if (isMoving[table.Canonical(group)]) foreach (var m in members) isMoving[table.Canonical(m)] = true;
        }
        // Per canonical actor: the factions it stands for when a claim names it and none of them.
        var factionsOf = new int[]?[table.Count];
        foreach (var (group, members) in groups)
        {
            int g = table.Canonical(group);
            factionsOf[g] = [.. (factionsOf[g] ?? []).Concat(members.Select(table.Canonical)).Where(m => m != g && !isCommon[m]).Distinct()];
        }
        var binding = new List<int>(8);
        var scratch = new List<int>(8);
        for (int i = 0; i < n; i++)
        {
            var all = table.CanonicalSet(raw[i]);
            Actors[i] = all;
            scratch.Clear();
            foreach (var a in all)
            {
                if (!isCommon[a]) scratch.Add(a);
            }
            NamedPartySet[i] = scratch.Count == 0 ? -1 : PartySets.Intern(scratch);
            if (groups.Count > 0) ExpandGroups(scratch, factionsOf);
            PartySet[i] = scratch.Count == 0 ? -1 : PartySets.Intern(scratch);
            BindingSet[i] = PartySet[i];
            if (isMoving is not null && Family[i] == Deal)
            {
                // A deal or movement is told apart from another by who moves under it, not by who it was made with.
                binding.Clear();
                foreach (var a in scratch)
                    if (isMoving[a]) binding.Add(a);
                BindingSet[i] = binding.Count == 0 ? -1 : PartySets.Intern(binding);
            }
        }
    }

    /// <summary>
    /// A broader party a claim names stands for any of its factions (so it meets each of them, while two factions do not meet),
    /// unless the claim also names one of them: then it is that faction's ("فصائل المعارضة، ومنها فيلق الرحمن").
    /// </summary>
    private static void ExpandGroups(List<int> parties, int[]?[] factionsOf)
    {
        int count = parties.Count;
        for (int p = 0; p < count; p++)
        {
            if (factionsOf[parties[p]] is not { } factions) continue;
            bool namesOne = false;
            foreach (var f in factions) namesOne |= parties.Contains(f);
            if (namesOne) { parties.RemoveAt(p); p--; count--; continue; }
            foreach (var f in factions) if (!parties.Contains(f)) parties.Add(f);
        }
        parties.Sort();
    }

    /// <summary>Per claim: the id in <see cref="PartySets"/> of the parties it names (not common actors, before a broader party stands for its factions), or -1.</summary>
    public int[] NamedPartySet { get; }

    /// <summary>
    /// Per claim: the parties that keep it from claims naming others (an id in <see cref="PartySets"/>, or -1): its
    /// <see cref="PartySet"/>, and for a deal or movement only its parties that deals move (<see cref="AlignmentOptions.MovingParties"/>).
    /// </summary>
    public int[] BindingSet { get; }

    /// <summary>Interns the places, places them in <paramref name="hierarchy"/>, and gives each claim its places and areas.</summary>
    public void BuildPlaces(IPlaceHierarchy hierarchy, int fuzzyThreshold, int minimumSharedDepth, bool rootPlacesNothing = false, int bridgingReports = 2)
    {
        int n = Claims.Length;
        var table = new NameTable();
        var raw = new int[n][];
        for (int i = 0; i < n; i++) raw[i] = table.InternAll(Claims[i].Places);
        var index = PlaceIndex = new PlaceIndex(table, hierarchy, fuzzyThreshold, minimumSharedDepth, rootPlacesNothing);
        var areas = new List<int>(4);
        for (int i = 0; i < n; i++)
        {
            var places = table.CanonicalSet(raw[i]);
            foreach (var p in places) index.Prepare(p);
            // With RootPlacesNothing, the country that holds the other places named places nothing: a claim that names only
            // Syria is placeless (it joins its neighbours in the report), and two claims that both name Syria are not related by it.
            places = index.WithoutRoots(places);
            Places[i] = places;
            areas.Clear();
            foreach (var p in places)
            {
                int area = index.Area(p);
                if (area >= 0 && !areas.Contains(area)) areas.Add(area);
            }
            areas.Sort();
            AreaSet[i] = areas.Count == 0 ? -1 : AreaSets.Intern(areas);
        }
        BridgeSwapAreas(bridgingReports, table.Count);
    }

    /// <summary>The most areas a claim may name and still bridge them (a swap has two sides).</summary>
    private const int MaxBridgedAreas = 3;

    /// <summary>
    /// One deal can move people out of two areas at once (the four towns: Foua and Kefraya in Idlib's countryside for Madaya and
    /// Zabadani near Damascus; east Aleppo with Foua and Kefraya): when deals or movements that name both areas in one claim come
    /// from at least <paramref name="minReports"/> reports, every deal or movement in either area stands in both (its area set
    /// holds the whole bridged group). One report that names two areas side by side bridges nothing, and tolls keep their own.
    /// </summary>
    private void BridgeSwapAreas(int minReports, int placeCount)
    {
        var reportsOfPair = new Dictionary<(int, int), HashSet<int>>();
        for (int i = 0; i < Claims.Length; i++)
        {
            if (Family[i] != Deal || AreaSet[i] < 0) continue;
            var set = AreaSets[AreaSet[i]];
            // A swap names two sides (three at most); a longer list of areas is a roundup, not one deal.
            if (set.Length > MaxBridgedAreas) continue;
            for (int a = 0; a < set.Length; a++)
                for (int b = a + 1; b < set.Length; b++)
                {
                    if (!reportsOfPair.TryGetValue((set[a], set[b]), out var reports)) reportsOfPair[(set[a], set[b])] = reports = [];
                    reports.Add(Report[i]);
                }
        }
        var bridges = reportsOfPair.Where(p => p.Value.Count >= minReports).Select(p => p.Key).OrderBy(p => p).ToArray();
        if (bridges.Length == 0) return;
        // The areas bridged together, as groups.
        var sets = new DisjointSets(placeCount);
        foreach (var (a, b) in bridges)
        {
            int ra = sets.Find(a), rb = sets.Find(b);
            if (ra != rb) sets.Union(ra, rb);
        }
        var members = new Dictionary<int, List<int>>();
        foreach (var (a, b) in bridges)
            foreach (var x in (ReadOnlySpan<int>)[a, b])
            {
                int r = sets.Find(x);
                if (!members.TryGetValue(r, out var list)) members[r] = list = [];
                if (!list.Contains(x)) list.Add(x);
            }
        // A deal or movement in one of them stands in all of them; tolls keep their own areas, so two tolls in the two areas
        // still never meet through the deal.
        var areas = new List<int>(4);
        for (int i = 0; i < Claims.Length; i++)
        {
            if (Family[i] != Deal || AreaSet[i] < 0) continue;
            areas.Clear();
            foreach (var a in AreaSets[AreaSet[i]])
            {
                if (members.TryGetValue(sets.Find(a), out var group)) { foreach (var m in group) if (!areas.Contains(m)) areas.Add(m); }
                else if (!areas.Contains(a)) areas.Add(a);
            }
            areas.Sort();
            AreaSet[i] = AreaSets.Intern(areas);
        }
    }

    /// <summary>
    /// Fits <paramref name="similarity"/> to the reports, each a bag of its claims' evidence terms and its topic terms (what the
    /// whole report is about: an undated report finds its event by them).
    /// </summary>
    public void BuildText(ITextSimilarity similarity)
    {
        var byReport = ClaimsByReport();
        var bags = new List<string>[ReportIds.Length];
        // One pool of term strings per worker keeps a large corpus from holding one string per occurrence.
        Parallel.For(0, bags.Length, () => new Dictionary<string, string>(StringComparer.Ordinal), (r, _, pool) =>
        {
            var bag = new List<string>();
            foreach (var i in byReport[r]) Terms.AddTo(bag, Claims[i].Evidence?.Text, pool);
            bag.AddRange(Topics[r]); // topic terms are terms already (folded and stemmed at extraction)
            bags[r] = bag;
            return pool;
        }, _ => { });
        var text = similarity.Fit(bags);
        if (text is null || text.Count != bags.Length) throw new InvalidOperationException("The text similarity returned a model of the wrong size.");
        Text = text;
    }

    /// <summary>Claim indexes per report, each list in claim (id) order.</summary>
    public int[][] ClaimsByReport()
    {
        var counts = new int[ReportIds.Length];
        foreach (var r in Report) counts[r]++;
        var result = new int[ReportIds.Length][];
        for (int r = 0; r < result.Length; r++) result[r] = new int[counts[r]];
        Array.Clear(counts);
        for (int i = 0; i < Report.Length; i++) result[Report[i]][counts[Report[i]]++] = i;
        return result;
    }

    /// <summary>The claim's evidence offset, clamped to 0..int.MaxValue/2 so that differences never overflow.</summary>
    public int Start(int i) => StartOf(Claims[i]);

    /// <inheritdoc cref="Start"/>
    public static int StartOf(Claim claim) => Math.Clamp(claim.Evidence?.Start ?? 0, 0, int.MaxValue / 2);
}
