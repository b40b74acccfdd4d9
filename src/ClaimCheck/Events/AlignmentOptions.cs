namespace ClaimCheck.Events;

/// <summary>
/// Knobs of <see cref="EventAligner"/>. The defaults suit news about the war in Syria: a campaign lasts weeks, places come from a
/// gazetteer whose top level is governorates and regions, and the government side takes part in nearly every event.
/// </summary>
public sealed record AlignmentOptions
{
    /// <summary>The default options.</summary>
    public static AlignmentOptions Default { get; } = new();

    /// <summary>
    /// The event's window: no two dated claims of one event lie further apart than this many days (45: a campaign such as
    /// southern Damascus, 19 April to 21 May 2018, fits). A claim without a date (no date in the text, no publication date) has
    /// no time and never conflicts on time.
    /// </summary>
    public int EventWindowDays { get; init; } = 45;

    /// <summary>
    /// How deep (number of ancestors) a place must lie for two places under it to count as one area. With the default 1,
    /// Yarmouk camp and Tadamon (both under Southern Damascus, itself under Damascus) are one area, while Dumayr and Douma (whose
    /// nearest common ancestor is the governorate Rif Dimashq, depth 0) are not. Places at lower depth (governorates, regions such
    /// as the Syrian Badia) are coarse: they are weak evidence of sameness and never a reason to keep claims apart.
    /// </summary>
    public int MinimumSharedPlaceDepth { get; init; } = 1;

    /// <summary>
    /// Whether the top of the place hierarchy places nothing: when the hierarchy roots every place at one country, a claim that
    /// names only the country is placeless (it joins its neighbours in its report) and two claims that both name it are not
    /// related by it. Off by default (a hierarchy whose top level is governorates); on in the options for the built-in gazetteer.
    /// </summary>
    public bool RootPlacesNothing { get; init; }

    /// <summary>
    /// Actors that take part in nearly every event and so do not tell events apart (the government side). The other actors of a
    /// claim are its parties: two claims whose parties are both known and disjoint (ISIS against Jaysh al-Islam) are never grouped.
    /// </summary>
    public IReadOnlyList<string> CommonActors { get; init; } = ["regime-forces", "russia"];

    /// <summary>
    /// The parties that deals move out (the factions that leave under a deal). Two deals or movements are told apart by who
    /// moves under them, not by who they were made with: ISIS leaving under a deal with the SDF is one event with the SDF's
    /// account of it, while ISIS's exit and Jaysh al-Islam's are two. Null: every party (not a common actor) counts.
    /// </summary>
    public IReadOnlyList<string>? MovingParties { get; init; }

    /// <summary>
    /// Broader parties and their factions (the opposition's fighters and Faylaq al-Rahman, Ahrar al-Sham, Jaysh al-Islam): a
    /// claim that names the broader party may join an event of any one faction, while two factions' exits are two events.
    /// Empty: every party stands for itself. <see cref="ClaimChecker"/> fills it from its actor lexicon (<see cref="Recognition.Actor.MemberOf"/>).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PartyGroups { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Report-level text similarity (0..1) from which two reports count as telling the same story (used as support, and always as a tie-breaker).</summary>
    public double MinTextSimilarity { get; init; } = 0.2;

    /// <summary>Sorted-neighbourhood width: how many neighbours, in each ordering of a block, a claim is scored against. Bounds the cost per claim.</summary>
    public int NeighbourCount { get; init; } = 6;

    /// <summary>A claim that names no place joins a claim of its own report whose evidence lies within this many characters (or stays alone).</summary>
    public int NearbyDistance { get; init; } = 800;

    /// <summary>
    /// Names (places, actors) are compared by a folded key (case, diacritics, hyphens, the article al-/ال), so "Jaysh al-Islam"
    /// is "jaysh-al-islam". Place names the hierarchy does not know are also matched fuzzily to the other place names of the input
    /// (the claims' places and the ancestors the hierarchy returned) when their FuzzySharp ratio reaches this value (0..100) and
    /// their digits agree: "Yarmuk camp" joins "Yarmouk camp". Actor ids are canonical registry ids and never match fuzzily
    /// (kurdish-forces is not turkish-forces). 101 turns fuzzy matching off.
    /// </summary>
    public int FuzzyNameThreshold { get; init; } = 90;

    internal void Validate()
    {
        if (EventWindowDays < 0) throw new ArgumentOutOfRangeException(nameof(EventWindowDays), EventWindowDays, "must be zero or more");
        if (MinimumSharedPlaceDepth < 0) throw new ArgumentOutOfRangeException(nameof(MinimumSharedPlaceDepth), MinimumSharedPlaceDepth, "must be zero or more");
        if (NeighbourCount < 1) throw new ArgumentOutOfRangeException(nameof(NeighbourCount), NeighbourCount, "must be at least 1");
        if (NearbyDistance < 0) throw new ArgumentOutOfRangeException(nameof(NearbyDistance), NearbyDistance, "must be zero or more");
        if (double.IsNaN(MinTextSimilarity)) throw new ArgumentOutOfRangeException(nameof(MinTextSimilarity), MinTextSimilarity, "must be a number");
        ArgumentNullException.ThrowIfNull(CommonActors, nameof(CommonActors));
    }
}
