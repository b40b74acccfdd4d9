using System.Globalization;

namespace ClaimCheck.Output;

/// <summary>Short English renderings of claims and their parts, shared by the Markdown, HTML and notebook writers.</summary>
internal static class ClaimText
{
    /// <summary>The camps in display order.</summary>
    public static readonly Camp[] CampOrder = [Camp.State, Camp.Sohr, Camp.Opposition, Camp.Other];

    /// <summary>"casualties: about 20 regime-forces killed", "agreement: denied", "vehicles: 6 buses departed" (English, for people).</summary>
    public static string Summary(Claim claim)
    {
        var parts = new List<string>(4);
        if (claim.Polarity is { } polarity) parts.Add(ContractNames.Of(polarity));
        if (claim.Quantity is { } quantity) parts.Add(quantity.ToString());
        if (!string.IsNullOrWhiteSpace(claim.Subject)) parts.Add(claim.Subject);
        if (claim.Harm is { } harm) parts.Add(harm == Harm.KilledOrWounded ? "killed or wounded" : ContractNames.Of(harm));
        if (!string.IsNullOrWhiteSpace(claim.Action)) parts.Add(claim.Action);
        string kind = ContractNames.Of(claim.Kind);
        return parts.Count == 0 ? kind : kind + ": " + string.Join(' ', parts);
    }

    /// <summary>
    /// "SOHR", "SOHR via AFP &gt; Al Arabiya" when reported through others, "Amaq — Islamic State agency" when the source has
    /// an affiliation (Markdown; HTML marks the affiliation up itself).
    /// </summary>
    public static string Source(SourceRef source) => Labelled(source.Name, source.Affiliation) + Via(source);

    /// <summary>" via AFP &gt; Al Arabiya", or "" when the source was not reported through others.</summary>
    public static string Via(SourceRef source) => source.Via.Count == 0 ? "" : " via " + string.Join(" > ", source.Via);

    /// <summary>"Amaq — Islamic State agency", or the name alone when there is no affiliation.</summary>
    public static string Labelled(string name, string? affiliation) =>
        string.IsNullOrWhiteSpace(affiliation) ? name : name + " — " + affiliation;

    /// <summary>"confidence 0.873" (three decimals, invariant culture), or null for an unscored claim.</summary>
    public static string? Confidence(Claim c) =>
        c.Confidence is { } v ? "confidence " + v.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>"0.80".</summary>
    public static string Severity(double severity) => severity.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>"2018-04-19 – 2018-05-21", one date, or null when neither is known.</summary>
    public static string? Dates(DateOnly? first, DateOnly? last)
    {
        string? a = ContractNames.Of(first), b = ContractNames.Of(last);
        if (a is null) return b;
        if (b is null || a == b) return a;
        return a + " – " + b;
    }

    /// <summary>"1 claim", "3 claims".</summary>
    public static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

    /// <summary>Claims grouped by camp in <see cref="CampOrder"/>, keeping their order inside each camp.</summary>
    public static IEnumerable<(Camp Camp, List<Claim> Claims)> ByCamp(IEnumerable<Claim> claims)
    {
        var groups = new List<Claim>[CampOrder.Length];
        foreach (var claim in claims)
        {
            int index = Array.IndexOf(CampOrder, claim.Source.Camp);
            if (index < 0) index = CampOrder.Length - 1;
            (groups[index] ??= []).Add(claim);
        }
        for (int i = 0; i < groups.Length; i++)
            if (groups[i] is { } group) yield return (CampOrder[i], group);
    }

    /// <summary>
    /// The claims of each event, in analysis order: a claim belongs to an event when its <see cref="Claim.EventId"/> names it
    /// or the event lists it. Claims that belong to no event of the analysis are returned as unassigned.
    /// </summary>
    public static (Dictionary<string, List<Claim>> ByEvent, List<Claim> Unassigned) ClaimsByEvent(Analysis analysis)
    {
        var eventIds = new HashSet<string>(analysis.Events.Select(e => e.Id), StringComparer.Ordinal);
        var listedIn = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var e in analysis.Events)
        {
            foreach (var claimId in e.ClaimIds)
            {
                if (!listedIn.TryGetValue(claimId, out var events)) listedIn[claimId] = events = [];
                if (!events.Contains(e.Id)) events.Add(e.Id);
            }
        }
        var byEvent = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        var unassigned = new List<Claim>();
        var memberOf = new List<string>();
        foreach (var claim in analysis.Claims)
        {
            memberOf.Clear();
            if (claim.EventId is { } id && eventIds.Contains(id)) memberOf.Add(id);
            if (listedIn.TryGetValue(claim.Id, out var listed))
                foreach (var e in listed)
                    if (!memberOf.Contains(e)) memberOf.Add(e);
            if (memberOf.Count == 0)
            {
                unassigned.Add(claim);
                continue;
            }
            foreach (var e in memberOf)
            {
                if (!byEvent.TryGetValue(e, out var list)) byEvent[e] = list = [];
                list.Add(claim);
            }
        }
        return (byEvent, unassigned);
    }

    /// <summary>The contradictions of each event id, and those whose event is not in the analysis.</summary>
    public static (Dictionary<string, List<Contradiction>> ByEvent, List<Contradiction> Orphans) ContradictionsByEvent(Analysis analysis)
    {
        var eventIds = new HashSet<string>(analysis.Events.Select(e => e.Id), StringComparer.Ordinal);
        var byEvent = new Dictionary<string, List<Contradiction>>(StringComparer.Ordinal);
        var orphans = new List<Contradiction>();
        // Reading order: direct conflicts first, then different scope, within-camp and change over time; the most severe first.
        var reading = analysis.Contradictions
            .OrderBy(x => x.Verdict switch { Verdict.Contradictory => 0, Verdict.DifferentScope => 1, Verdict.WithinCamp => 2, _ => 3 })
            .ThenByDescending(x => x.Severity)
            .ThenBy(x => x.Id, StringComparer.Ordinal);
        foreach (var x in reading)
        {
            if (eventIds.Contains(x.EventId))
            {
                if (!byEvent.TryGetValue(x.EventId, out var list)) byEvent[x.EventId] = list = [];
                list.Add(x);
            }
            else
            {
                orphans.Add(x);
            }
        }
        return (byEvent, orphans);
    }

    /// <summary>True when the first strongly directional letter of <paramref name="text"/> is Arabic (or Hebrew).</summary>
    public static bool StartsRightToLeft(string text)
    {
        foreach (char c in text)
        {
            if (c >= '\u0590' && c <= '\u08FF' || c >= '\uFB1D' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFC')
            {
                if (char.IsLetter(c)) return true;
            }
            else if (char.IsLetter(c))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="text"/> holds an Arabic letter (Arabic, Supplement, Extended-A, presentation forms).</summary>
    public static bool ContainsArabic(string? text)
    {
        if (text is null) return false;
        foreach (char c in text)
        {
            if ((c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08FF')
                || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC'))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Events in reading order for people: the most contested first (contradictions, then claims), ties by id. The JSON keeps
    /// the contract's id order; Markdown and HTML lead with what a fact-checker should look at.
    /// </summary>
    internal static IEnumerable<Event> EventsForReading(Analysis analysis)
    {
        var contested = analysis.Contradictions.GroupBy(x => x.EventId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return analysis.Events
            .OrderByDescending(e => contested.GetValueOrDefault(e.Id))
            .ThenByDescending(e => e.ClaimIds.Count)
            .ThenBy(e => e.Id, StringComparer.Ordinal);
    }

    /// <summary>
    /// A source mention with its brackets closed: a mention cut before its closing bracket («وكالة الأنباء الرسمية (سانا»)
    /// gets the missing ones at its end, so it does not read as broken. Shown to people only; the data keep the exact text.
    /// </summary>
    internal static string BalancedMention(string mention)
    {
        int open = 0;
        foreach (char ch in mention)
        {
            if (ch == '(') open++;
            else if (ch == ')' && open > 0) open--;
        }
        return open == 0 ? mention : mention + new string(')', open);
    }
}
