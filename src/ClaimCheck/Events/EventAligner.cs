using ClaimCheck.Recognition;

namespace ClaimCheck.Events;

/// <summary>
/// Groups claims from many reports into events by what happened, where, to whom and when.
/// </summary>
/// <remarks>
/// <para>
/// How two claims are judged. <b>Where</b>: places are compared through the <see cref="IPlaceHierarchy"/>; two places are one
/// area when they share an ancestor at least <see cref="AlignmentOptions.MinimumSharedPlaceDepth"/> deep (Yarmouk camp and
/// Tadamon lie in Southern Damascus). Claims that both name such places but share no area are never grouped. Coarse places
/// (governorates, regions) are weak evidence and never keep claims apart. <b>To whom</b>: the parties of a claim are its actors
/// minus <see cref="AlignmentOptions.CommonActors"/>; claims whose parties are both known and disjoint (ISIS, Jaysh al-Islam)
/// are never grouped. <b>When</b>: a claim's date is <see cref="Claim.Date"/>, else its report's publication date, else
/// unknown; no two dated claims of one event lie more than <see cref="AlignmentOptions.EventWindowDays"/> apart, and an
/// unknown date is never a mismatch. <b>What</b>: claims of the same family (deal and evacuation: agreement, evacuation,
/// vehicles, evacuees; fighting: casualties) score a little higher. Names match by a folded key, and unknown place names fuzzily (<see cref="AlignmentOptions.FuzzyNameThreshold"/>),
/// and report-level text similarity (<see cref="ITextSimilarity"/>, TF-IDF cosine by default, built from the claims' evidence
/// texts) counts as support and breaks ties.
/// </para>
/// <para>
/// A pair of claims is linked when they share an area and something else agrees (both dated within the window, a party, the
/// same report, similar report texts, or one town and the same kind of happening: the evacuation of one town told by an
/// undated report); or share only a coarse place and a party, the report, similar texts, one town and the same kind of
/// happening, or the same kind of happening on the same or the next day; or, for a claim that names no place, when the other
/// lies near it in the same report, and likewise for a claim of a movement (evacuation, vehicles, evacuees) and a neighbour of
/// its deal whose place does not relate to its own (a convoy leaves one place and arrives in another). Links are taken best first, and two groups merge only
/// when every pair of their claims stays compatible (areas, window, and the parties of deals and movements: the actors near
/// a count of dead are too mixed to bind a group), so one ambiguous claim cannot chain two events.
/// </para>
/// <para>
/// Cost grows near-linearly: claims are blocked by area (and by the coarse places that contain them), and inside a block each
/// claim is scored only against its <see cref="AlignmentOptions.NeighbourCount"/> nearest neighbours in three orders (by date;
/// by party, then date; by report, then offset); a claim with no date at all also meets, per town it names, one claim of each kind family from each
/// run of dated claims there (at most 16 runs), since in a block it sorts before every dated claim. There is no all-pairs step. The result is deterministic: claims are put in id order first, so the same
/// claims in any order give the same events. Each event keeps the keys that grouped it in <see cref="Event.GroupedBy"/>.
/// </para>
/// </remarks>
public sealed class EventAligner
{
    private readonly IPlaceHierarchy _places;
    private readonly ITextSimilarity _similarity;
    private readonly AlignmentOptions _options;

    /// <summary>Creates an aligner.</summary>
    /// <param name="places">Containment between canonical place names.</param>
    /// <param name="similarity">Report-level text similarity; <see cref="TfIdfSimilarity"/> when null.</param>
    /// <param name="options">Options; <see cref="AlignmentOptions.Default"/> when null.</param>
    public EventAligner(IPlaceHierarchy places, ITextSimilarity? similarity = null, AlignmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(places);
        _places = places;
        _similarity = similarity ?? new TfIdfSimilarity();
        _options = options ?? AlignmentOptions.Default;
        _options.Validate();
    }

    /// <summary>The options in use.</summary>
    public AlignmentOptions Options => _options;

    /// <summary>Aligns the claims of <paramref name="reports"/> into events. Every claim lands in exactly one event.</summary>
    /// <exception cref="ArgumentException">A report or claim is null, or two claims share an id.</exception>
    public AlignmentResult Align(IReadOnlyList<ReportResult> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return new AlignmentRun(reports, _places, _similarity, _options).Run();
    }
}
