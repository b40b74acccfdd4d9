using ClaimCheck.Output;

namespace ClaimCheck.Evaluation;

/// <summary>
/// Scores an analysis against gold claims as ../shared/spec/output-contract.md describes, with the figures of the team's
/// reference scripts (score.py, diagnose.py, events.py): recall over the core gold claims, precision over the emitted claims
/// of the reports the gold covers, per kind; why each core claim was missed; the emitted claims no gold claim accounts for;
/// the gold contradictions and must-nots; and event B-cubed over the gold claims found, when the gold names events.
/// </summary>
/// <remarks>
/// A gold claim is found by a claim of the same report and kind whose evidence overlaps the gold span, whose camp is among
/// the gold camps and whose value fits: for agreements and evacuations the polarity is one of the gold polarities (an open
/// reading, with "uncertain" among them or "uncertain both fit" in the note, also accepts uncertain and denied); for counts
/// the quantity intervals overlap, the subjects are compatible (<see cref="SubjectOk"/>) and, for casualties, the harm agrees
/// (no harm means killed; killedOrWounded agrees with both). Like score.py, the gold action is not checked.
/// </remarks>
public static class Evaluator
{
    private static readonly HashSet<string> Fighters = new(StringComparer.Ordinal)
    {
        "isis", "opposition-fighters", "regime-forces", "kurdish-forces", "fighters", "hts", "jihadists",
    };

    private static readonly HashSet<string> Civilians = new(StringComparer.Ordinal) { "civilians", "children", "women" };

    private static readonly HashSet<string> Households = new(StringComparer.Ordinal) { "families", "civilians", "children", "women" };

    /// <summary>Scores <paramref name="analysis"/> against <paramref name="gold"/>.</summary>
    /// <param name="gold">The gold claims (and contradictions, must-nots).</param>
    /// <param name="analysis">The analysis to score; its claim order decides which claim stands for a gold claim in events and diagnoses.</param>
    /// <param name="texts">Report id → original text: needed only for gold claims located by their quote instead of offsets.</param>
    public static EvaluationResult Evaluate(GoldSet gold, Analysis analysis, IReadOnlyDictionary<string, string>? texts = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(analysis);
        texts ??= new Dictionary<string, string>();

        var byReport = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        foreach (var claim in analysis.Claims)
        {
            if (!byReport.TryGetValue(claim.ReportId, out var list)) byReport[claim.ReportId] = list = [];
            list.Add(claim);
        }
        var goldByReport = gold.Claims.ToLookup(g => g.Report, StringComparer.Ordinal);
        var spans = gold.Claims.ToDictionary(g => g.Id, g => g.SpanIn(texts.GetValueOrDefault(g.Report)), StringComparer.Ordinal);
        var found = gold.Claims.ToDictionary(
            g => g.Id,
            g => (IReadOnlyList<Claim>)(byReport.GetValueOrDefault(g.Report)?.Where(p => Matches(g, p, spans[g.Id])).ToArray() ?? []),
            StringComparer.Ordinal);

        // Claims: recall over the core gold claims, precision over the emitted claims of the gold's reports.
        var misses = new List<Miss>();
        var kinds = Enum.GetValues<ClaimKind>().ToDictionary(k => k, _ => new KindTally());
        foreach (var g in gold.Claims.Where(g => g.Core))
        {
            var tally = kinds[g.Kind];
            tally.Core++;
            if (found[g.Id].Count > 0)
            {
                tally.Found++;
                continue;
            }
            var miss = Diagnose(g, byReport.GetValueOrDefault(g.Report) ?? [], spans[g.Id]);
            tally.Causes[miss.Cause]++;
            misses.Add(miss);
        }
        var unmatched = new List<Claim>();
        var scored = new List<(double, bool)>();
        foreach (var p in analysis.Claims)
        {
            if (!goldByReport.Contains(p.ReportId)) continue;
            var tally = kinds[p.Kind];
            tally.Emitted++;
            bool matched = goldByReport[p.ReportId].Any(g => Matches(g, p, spans[g.Id]));
            if (matched) tally.Matched++;
            else unmatched.Add(p);
            if (p.Confidence is { } confidence) scored.Add((confidence, matched));
        }

        var analysed = analysis.Reports.Select(r => r.Id).Concat(analysis.Claims.Select(c => c.ReportId)).ToHashSet(StringComparer.Ordinal);
        return new EvaluationResult
        {
            Kinds = kinds.Where(k => k.Value.Core + k.Value.Emitted > 0)
                .Select(k => new KindScore(k.Key, k.Value.Core, k.Value.Found, k.Value.Emitted, k.Value.Matched, k.Value.Causes))
                .ToArray(),
            Misses = misses,
            Unmatched = unmatched,
            Contradictions = gold.Contradictions.Select(x => new GoldCheck(x.Id, IsFlagged(x, analysis.Contradictions, found))).ToArray(),
            MustNot = gold.MustNot.Select(m => new GoldCheck(m.Id, Holds(m, analysis, found))).ToArray(),
            Events = EventScores(gold, byReport, spans),
            Calibration = Calibration.Of(scored),
            UnanalysedReports = gold.Reports.Where(r => !analysed.Contains(r)).Order(StringComparer.Ordinal).ToArray(),
        };
    }

    /// <summary>
    /// True when <paramref name="claim"/> finds <paramref name="gold"/>: same report and kind, camp among the gold camps,
    /// evidence overlapping <paramref name="goldSpan"/> (null: the gold span is unknown, nothing matches) and a fitting value.
    /// </summary>
    public static bool Matches(GoldClaim gold, Claim claim, TextSpan? goldSpan)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.ReportId != gold.Report || claim.Kind != gold.Kind) return false;
        if (!gold.Camps.Contains(claim.Source.Camp)) return false;
        if (goldSpan is not { } span || !claim.Evidence.Span.Overlaps(span)) return false;
        return ValueOk(gold, claim);
    }

    /// <summary>The value test alone: polarity for agreements and evacuations; interval, subject and harm for counts.</summary>
    public static bool ValueOk(GoldClaim gold, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(claim);
        if (gold.Kind is ClaimKind.Agreement or ClaimKind.Evacuation)
            return claim.Polarity is { } polarity && gold.AcceptedPolarities.Contains(polarity);
        if (claim.Quantity is null || !IntervalsOverlap(gold, claim.Quantity)) return false;
        if (!SubjectOk(gold.Subject, claim.Subject)) return false;
        return gold.Kind != ClaimKind.Casualties || HarmOk(gold.Harm, claim.Harm);
    }

    /// <summary>
    /// Whether a claim's subject fits the gold subject (case-insensitive): equal; either unknown or "people"; "fighters"
    /// against any armed party; "civilians" against children or women; families, civilians, children and women among each
    /// other, except children against women.
    /// </summary>
    public static bool SubjectOk(string? gold, string? predicted)
    {
        if (gold is null || predicted is null) return true;
        string g = gold.ToLowerInvariant(), p = predicted.ToLowerInvariant();
        if (g == p || g == "people" || p == "people") return true;
        if ((g == "fighters" && Fighters.Contains(p)) || (p == "fighters" && Fighters.Contains(g))) return true;
        if (Civilians.Contains(g) && Civilians.Contains(p)) return g == "civilians" || p == "civilians";
        return Households.Contains(g) && Households.Contains(p);
    }

    /// <summary>Whether the gold interval [min, max] (null bounds unbounded) overlaps the claim's quantity interval.</summary>
    public static bool IntervalsOverlap(GoldClaim gold, Quantity quantity)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(quantity);
        double gMin = gold.Min ?? double.NegativeInfinity, gMax = gold.Max ?? double.PositiveInfinity;
        double pMin = quantity.Min, pMax = quantity.Max is { } max ? max : double.PositiveInfinity;
        return gMin <= pMax && pMin <= gMax;
    }

    /// <summary>Casualty harm agrees: equal (either absent means killed), or either is killedOrWounded.</summary>
    public static bool HarmOk(Harm? gold, Harm? predicted)
    {
        Harm g = gold ?? Harm.Killed, p = predicted ?? Harm.Killed;
        return g == p || g == Harm.KilledOrWounded || p == Harm.KilledOrWounded;
    }

    /// <summary>
    /// Why a gold claim that nothing matched was missed, as diagnose.py says: <see cref="MissCause.None"/> when no claim of
    /// its kind overlaps its span; <see cref="MissCause.Camp"/> when those that do are all of other camps; otherwise the value
    /// slot where the first overlapping claim of a gold camp differs.
    /// </summary>
    /// <param name="gold">The gold claim (not found).</param>
    /// <param name="reportClaims">The claims of its report, in analysis order.</param>
    /// <param name="goldSpan">Its span, or null when unknown.</param>
    public static Miss Diagnose(GoldClaim gold, IReadOnlyList<Claim> reportClaims, TextSpan? goldSpan)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(reportClaims);
        var overlapping = goldSpan is { } span
            ? reportClaims.Where(p => p.ReportId == gold.Report && p.Kind == gold.Kind && p.Evidence.Span.Overlaps(span)).ToArray()
            : [];
        if (overlapping.Length == 0) return new Miss(gold, MissCause.None, "none");
        var rightCamp = overlapping.FirstOrDefault(p => gold.Camps.Contains(p.Source.Camp));
        if (rightCamp is null)
        {
            var camps = overlapping.Select(p => ContractNames.Of(p.Source.Camp)).Distinct().Order(StringComparer.Ordinal);
            return new Miss(gold, MissCause.Camp, $"camp:{string.Join(',', camps)}->{string.Join(',', gold.Camps.Select(c => ContractNames.Of(c)))}");
        }
        if (gold.Kind is ClaimKind.Agreement or ClaimKind.Evacuation)
            return new Miss(gold, MissCause.Polarity,
                $"polarity:{ContractNames.Of(rightCamp.Polarity) ?? "none"}->{string.Join('|', gold.Polarities.Select(p => ContractNames.Of(p)))}");
        if (rightCamp.Quantity is not { } quantity) return new Miss(gold, MissCause.Quantity, "quantity:none");
        if (!IntervalsOverlap(gold, quantity)) return new Miss(gold, MissCause.Quantity, $"quantity:{quantity}->{GoldInterval(gold)}");
        if (!SubjectOk(gold.Subject, rightCamp.Subject)) return new Miss(gold, MissCause.Subject, $"subject:{rightCamp.Subject}->{gold.Subject}");
        return new Miss(gold, MissCause.Harm, $"harm:{ContractNames.Of(rightCamp.Harm ?? Harm.Killed)}->{ContractNames.Of(gold.Harm ?? Harm.Killed)}");
    }

    /// <summary>"251", "3001–", "–50", "20–99": the gold interval in words.</summary>
    public static string GoldInterval(GoldClaim gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        string Bound(double? b) => b is { } v ? v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "";
        return gold.Min is { } min && gold.Max is { } max && min == max ? Bound(min) : $"{Bound(gold.Min)}–{Bound(gold.Max)}";
    }

    /// <summary>
    /// Event B-cubed as events.py computes it: over the core gold claims with an event slug that were found, each taking the
    /// event of its first matching claim; the gold slug is the truth. Null when no gold claim names an event.
    /// </summary>
    private static EventScore? EventScores(GoldSet gold, Dictionary<string, List<Claim>> byReport, Dictionary<string, TextSpan?> spans)
    {
        var withEvents = gold.Claims.Where(g => g.Core && g.Event is not null).ToArray();
        if (withEvents.Length == 0) return null;
        var items = new List<(string Gold, string? Predicted)>();
        foreach (var g in withEvents)
        {
            var first = byReport.GetValueOrDefault(g.Report)?.FirstOrDefault(p => Matches(g, p, spans[g.Id]));
            if (first is not null) items.Add((g.Event!, first.EventId));
        }
        return EventScore.BCubed(items);
    }

    private static bool IsFlagged(GoldContradiction x, IReadOnlyList<Contradiction> contradictions, Dictionary<string, IReadOnlyList<Claim>> found)
    {
        foreach (var c in contradictions)
        {
            if (c.Kind != x.Kind) continue;
            if (!string.IsNullOrEmpty(x.Subject) && !string.IsNullOrEmpty(c.Subject) && !SubjectOk(x.Subject, c.Subject)) continue;
            if (c.Verdict is not (Verdict.Contradictory or Verdict.DifferentScope)) continue;
            var idsByCamp = c.Sides.GroupBy(s => s.Camp).ToDictionary(s => s.Key, s => s.SelectMany(side => side.ClaimIds).ToHashSet(StringComparer.Ordinal));
            int campsHit = x.Sides.Count(side =>
                idsByCamp.TryGetValue(side.Key, out var ids) && side.Value.Any(gid => found.TryGetValue(gid, out var ps) && ps.Any(p => ids.Contains(p.Id))));
            if (campsHit >= 2) return true;
        }
        return false;
    }

    private static bool Holds(GoldMustNot m, Analysis analysis, Dictionary<string, IReadOnlyList<Claim>> found)
    {
        var a = found.GetValueOrDefault(m.First) ?? [];
        var b = found.GetValueOrDefault(m.Second) ?? [];
        if (m.Kind == "separate-events")
            return !a.Select(p => p.EventId).Intersect(b.Select(p => p.EventId)).Any();
        var aIds = a.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var bIds = b.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var c in analysis.Contradictions)
        {
            if (m.Kind == "not-same-time" && c.Verdict != Verdict.Contradictory) continue;
            if (c.Sides.Any(s => s.ClaimIds.Any(aIds.Contains)) && c.Sides.Any(s => s.ClaimIds.Any(bIds.Contains))) return false;
        }
        return true;
    }

    private sealed class KindTally
    {
        public int Core, Found, Emitted, Matched;
        public Dictionary<MissCause, int> Causes { get; } = Enum.GetValues<MissCause>().ToDictionary(c => c, _ => 0);
    }
}
