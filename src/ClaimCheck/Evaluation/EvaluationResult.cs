namespace ClaimCheck.Evaluation;

/// <summary>Why a core gold claim was not found (diagnose.py's causes).</summary>
public enum MissCause
{
    /// <summary>No claim of its kind overlaps its span.</summary>
    None,
    /// <summary>Claims of its kind overlap its span, but none from a gold camp.</summary>
    Camp,
    /// <summary>An agreement or evacuation of a gold camp overlaps it with another polarity.</summary>
    Polarity,
    /// <summary>A count of a gold camp overlaps it with no quantity or a disjoint interval.</summary>
    Quantity,
    /// <summary>A count of a gold camp overlaps it with an incompatible subject.</summary>
    Subject,
    /// <summary>A casualty count of a gold camp overlaps it with another harm.</summary>
    Harm,
}

/// <summary>A core gold claim that was not found, and why.</summary>
/// <param name="Gold">The gold claim.</param>
/// <param name="Cause">The cause.</param>
/// <param name="Detail">The cause with what was emitted and what the gold says, e.g. "camp:other->state", "subject:people->civilians".</param>
public sealed record Miss(GoldClaim Gold, MissCause Cause, string Detail);

/// <summary>The figures of one kind.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Core">Core gold claims of this kind.</param>
/// <param name="Found">Of those, how many were found.</param>
/// <param name="Emitted">Claims of this kind emitted for the gold's reports.</param>
/// <param name="Matched">Of those, how many match some gold claim (core or not).</param>
/// <param name="Causes">Missed core claims by cause.</param>
public sealed record KindScore(ClaimKind Kind, int Core, int Found, int Emitted, int Matched, IReadOnlyDictionary<MissCause, int> Causes)
{
    /// <summary>Found / core (0 when there is no core claim).</summary>
    public double Recall => Found / (double)Math.Max(1, Core);

    /// <summary>Matched / emitted (0 when nothing was emitted).</summary>
    public double Precision => Matched / (double)Math.Max(1, Emitted);
}

/// <summary>A gold contradiction (found or not) or must-not (held or broken).</summary>
/// <param name="Id">The gold id.</param>
/// <param name="Passed">Found, for a contradiction; held, for a must-not.</param>
public sealed record GoldCheck(string Id, bool Passed);

/// <summary>Event B-cubed over the found gold claims that name an event.</summary>
/// <param name="Claims">How many gold claims were scored (core, with an event slug, found).</param>
/// <param name="Precision">B-cubed precision: how pure the predicted events are.</param>
/// <param name="Recall">B-cubed recall: how whole the gold events are kept.</param>
/// <param name="GoldEvents">Distinct gold events among them.</param>
/// <param name="PredictedEvents">Distinct predicted events among them.</param>
public sealed record EventScore(int Claims, double Precision, double Recall, int GoldEvents, int PredictedEvents)
{
    /// <summary>The harmonic mean of precision and recall (0 when both are 0).</summary>
    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;

    /// <summary>
    /// B-cubed over (gold event, predicted event) pairs, one per item: for each item, the share of its predicted event's
    /// items that share its gold event (precision) and the share of its gold event's items that share its predicted event
    /// (recall), averaged. Items without a predicted event share the null event.
    /// </summary>
    public static EventScore BCubed(IReadOnlyList<(string Gold, string? Predicted)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        // The null predicted event is keyed by a string no event id can be ("\0").
        static string Predicted((string Gold, string? Predicted) item) => item.Predicted ?? "\0";
        var perGold = items.GroupBy(i => i.Gold, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var perPredicted = items.GroupBy(Predicted, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var perBoth = items.GroupBy(i => (i.Gold, Predicted(i))).ToDictionary(g => g.Key, g => g.Count());
        double precision = 0, recall = 0;
        foreach (var item in items)
        {
            int both = perBoth[(item.Gold, Predicted(item))];
            precision += both / (double)perPredicted[Predicted(item)];
            recall += both / (double)perGold[item.Gold];
        }
        int n = Math.Max(1, items.Count);
        return new EventScore(items.Count, precision / n, recall / n, perGold.Count, perPredicted.Count);
    }
}

/// <summary>The result of <see cref="Evaluator.Evaluate"/>.</summary>
public sealed record EvaluationResult
{
    /// <summary>The figures per kind (kinds with core gold claims or emitted claims), in <see cref="ClaimKind"/> order.</summary>
    public required IReadOnlyList<KindScore> Kinds { get; init; }

    /// <summary>The core gold claims not found, in gold order, with their causes.</summary>
    public required IReadOnlyList<Miss> Misses { get; init; }

    /// <summary>The emitted claims of the gold's reports that no gold claim accounts for, in analysis order.</summary>
    public required IReadOnlyList<Claim> Unmatched { get; init; }

    /// <summary>The gold contradictions and whether each was flagged (empty when the gold has none).</summary>
    public required IReadOnlyList<GoldCheck> Contradictions { get; init; }

    /// <summary>The gold must-nots and whether each held (empty when the gold has none).</summary>
    public required IReadOnlyList<GoldCheck> MustNot { get; init; }

    /// <summary>Event B-cubed, or null when no core gold claim names an event.</summary>
    public EventScore? Events { get; init; }

    /// <summary>How well the emitted claims' confidence is calibrated, or null when no emitted claim of the gold's reports is scored.</summary>
    public Calibration? Calibration { get; init; }

    /// <summary>Reports of the gold that the analysis does not hold: their core claims all count as missed.</summary>
    public IReadOnlyList<string> UnanalysedReports { get; init; } = [];

    /// <summary>Core gold claims.</summary>
    public int Core => Kinds.Sum(k => k.Core);

    /// <summary>Core gold claims found.</summary>
    public int Found => Kinds.Sum(k => k.Found);

    /// <summary>Claims emitted for the gold's reports.</summary>
    public int Emitted => Kinds.Sum(k => k.Emitted);

    /// <summary>Emitted claims that match a gold claim.</summary>
    public int Matched => Kinds.Sum(k => k.Matched);

    /// <summary>Found / core (0 when the gold has no core claim), as score.py.</summary>
    public double Recall => Found / (double)Math.Max(1, Core);

    /// <summary>Matched / emitted (0 when nothing was emitted), as score.py.</summary>
    public double Precision => Matched / (double)Math.Max(1, Emitted);

    /// <summary>Missed core claims by cause, over all kinds.</summary>
    public IReadOnlyDictionary<MissCause, int> Causes =>
        Enum.GetValues<MissCause>().ToDictionary(c => c, c => Kinds.Sum(k => k.Causes[c]));
}
