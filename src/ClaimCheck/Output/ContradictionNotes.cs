using System.Globalization;

namespace ClaimCheck.Output;

/// <summary>A claim as a contradiction's wording sees it: the claim, the date it was compared at (null when undated) and its scope when known.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Date">The claim's date, else its report's; null when neither is known.</param>
/// <param name="Scope">The count's scope ("first batch", "total") when the comparison read it, else null.</param>
internal readonly record struct NotedClaim(Claim Claim, DateOnly? Date, string? Scope);

/// <summary>How a side's summary lists its values.</summary>
internal enum SideSummaryMode
{
    /// <summary>The values alone: "251, 300".</summary>
    Plain,
    /// <summary>Each count with its action: "6 departed, 10 entered".</summary>
    WithStage,
    /// <summary>Each value with the dates it was said at: "251 (2018-05-01 to 2018-05-03)".</summary>
    Dated,
}

/// <summary>
/// The English wording of contradictions: a side's summary ("about 20, 251") and the note a fact-checker reads
/// ("civilians killed — state: 20; SOHR: 251."). The contradiction detector (Comparison) decides what disagrees; this
/// class only words it.
/// </summary>
internal static class ContradictionNotes
{
    /// <summary>The most values a side's summary lists; the claims of the values left out are counted.</summary>
    public const int MaxSummaryValues = 8;

    /// <summary>What a side says, short: its distinct values ordered by best value, at most <see cref="MaxSummaryValues"/> ("…, 40, and 12 more claims").</summary>
    public static string Summary(IReadOnlyList<NotedClaim> claims, SideSummaryMode mode)
    {
        var values = claims
            .GroupBy(i => Value(i, mode))
            .Select(g => (Text: g.Key, Order: g.Min(i => i.Claim.Quantity?.Best ?? 0), Count: g.Count(), Dates: g.Where(i => i.Date is not null).Select(i => i.Date!.Value).ToList()))
            .OrderBy(v => v.Order).ThenBy(v => v.Text, StringComparer.Ordinal)
            .ToList();
        var shown = values.Take(MaxSummaryValues)
            .Select(v => mode == SideSummaryMode.Dated && v.Dates.Count > 0 ? v.Text + " (" + DateRange(v.Dates.Min(), v.Dates.Max()) + ")" : v.Text);
        string summary = string.Join(", ", shown);
        if (values.Count <= MaxSummaryValues) return summary;
        int more = values.Skip(MaxSummaryValues).Sum(v => v.Count);
        return summary + ", and " + more.ToString(CultureInfo.InvariantCulture) + (more == 1 ? " more claim" : " more claims");
    }

    private static string Value(NotedClaim item, SideSummaryMode mode)
    {
        var c = item.Claim;
        if (c.Quantity is null) return c.Polarity?.ToString().ToLowerInvariant() ?? "";
        var text = c.Quantity.ToString();
        if (mode == SideSummaryMode.WithStage && c.Action is not null) text += " " + c.Action;
        if (item.Scope is not null) text += " (" + item.Scope + ")";
        return text;
    }

    private static string DateRange(DateOnly first, DateOnly last) =>
        first == last ? Iso(first) : Iso(first) + " to " + Iso(last);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The note of a contradiction: what the slot is ("civilians killed", "agreement (truce)"), each side as who says what, and
    /// for verdicts other than contradictory why it is not necessarily a conflict.
    /// </summary>
    /// <param name="kind">The slot's kind.</param>
    /// <param name="subject">The slot's subject.</param>
    /// <param name="harm">The slot's harm (casualties; null reads as killed).</param>
    /// <param name="verdict">How the sides relate.</param>
    /// <param name="action">The action all sides share, if any.</param>
    /// <param name="sides">The sides in order, each with its claims.</param>
    public static string Note(ClaimKind kind, string? subject, Harm? harm, Verdict verdict, string? action,
        IReadOnlyList<(ContradictionSide Side, IReadOnlyList<NotedClaim> Claims)> sides)
    {
        string what = kind switch
        {
            ClaimKind.Agreement => "agreement" + (subject is null ? "" : " (" + subject + ")"),
            ClaimKind.Evacuation => "evacuation" + (subject is null ? "" : " (" + subject + ")"),
            ClaimKind.Casualties => (subject ?? "people") + " " + HarmWord(harm ?? Harm.Killed),
            ClaimKind.Vehicles => (subject ?? "vehicles") + (action is null ? "" : " " + action),
            _ => (subject ?? "people") + " evacuated" + (action is null ? "" : " (" + action + ")"),
        };
        var parts = sides.Select(s => Who(s.Side.Camp, s.Claims) + ": " + s.Side.Summary);
        string tail = verdict switch
        {
            Verdict.DifferentScope => " — different stages or scope, so not necessarily a conflict",
            Verdict.ChangeOverTime => " — far apart in time: the situation may have changed",
            Verdict.WithinCamp => " — sources of the same camp disagree",
            _ => "",
        };
        return what + " — " + string.Join("; ", parts) + tail + ".";
    }

    private static string HarmWord(Harm harm) => harm switch
    {
        Harm.Killed => "killed",
        Harm.Wounded => "wounded",
        _ => "killed or wounded",
    };

    private static string Who(Camp camp, IReadOnlyList<NotedClaim> claims)
    {
        string campName = camp switch
        {
            Camp.State => "state",
            Camp.Sohr => "SOHR",
            Camp.Opposition => "opposition",
            _ => "other",
        };
        // A source with an affiliation names it ("other (Amaq — Islamic State agency)"), so a camp is not read as neutral.
        var names = claims.Select(i => i.Claim.Source).Where(s => !string.IsNullOrWhiteSpace(s.Name))
            .GroupBy(s => s.Name, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ClaimText.Labelled(g.Key, g.Select(s => s.Affiliation).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a)))).ToList();
        if (names.Count == 0 || (names.Count == 1 && string.Equals(names[0], campName, StringComparison.OrdinalIgnoreCase))) return campName;
        var shown = string.Join(", ", names.Take(3)) + (names.Count > 3 ? " +" + (names.Count - 3).ToString(CultureInfo.InvariantCulture) + " more" : "");
        return campName + " (" + shown + ")";
    }
}
