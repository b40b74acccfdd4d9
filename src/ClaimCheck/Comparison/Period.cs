namespace ClaimCheck.Comparison;

/// <summary>
/// The claims of one slot that were said at about the same time: dated claims no more than the same-time window apart (from
/// <see cref="First"/> to <see cref="Last"/>), plus the slot's undated claims, which join every period.
/// </summary>
/// <param name="Dated">The dated claims, by day then id.</param>
/// <param name="Undated">The slot's undated claims.</param>
/// <param name="First">The first day; <see cref="ComparedClaim.Unknown"/> when no claim is dated.</param>
/// <param name="Last">The last day; <see cref="ComparedClaim.Unknown"/> when no claim is dated.</param>
internal sealed record Period(List<ComparedClaim> Dated, List<ComparedClaim> Undated, int First, int Last)
{
    /// <summary>Dated and undated claims.</summary>
    public IEnumerable<ComparedClaim> Members => Dated.Concat(Undated);

    /// <summary>
    /// Cuts the claims into periods: dated claims sorted and split where consecutive days lie more than
    /// <paramref name="window"/> apart or the period would span more than the window; one period of undated claims alone when
    /// none is dated.
    /// </summary>
    public static List<Period> Split(List<ComparedClaim> items, int window)
    {
        var dated = items.Where(i => i.Dated).OrderBy(i => i.Day).ThenBy(i => i.Claim.Id, StringComparer.Ordinal).ToList();
        var undated = items.Where(i => !i.Dated).ToList();
        var periods = new List<Period>();
        if (dated.Count == 0)
        {
            periods.Add(new Period([], undated, ComparedClaim.Unknown, ComparedClaim.Unknown));
            return periods;
        }
        var current = new List<ComparedClaim> { dated[0] };
        int anchor = dated[0].Day, previous = dated[0].Day;
        for (int k = 1; k < dated.Count; k++)
        {
            int day = dated[k].Day;
            if (day - previous > window || day - anchor > window)
            {
                periods.Add(new Period(current, undated, anchor, previous));
                current = [];
                anchor = day;
            }
            current.Add(dated[k]);
            previous = day;
        }
        periods.Add(new Period(current, undated, anchor, previous));
        return periods;
    }

    /// <summary>Each period with the latest earlier period that lies more than <paramref name="window"/> days before it (if any).</summary>
    public static IEnumerable<(int Earlier, int Later)> FarPairs(List<Period> periods, int window)
    {
        int far = -1;
        for (int j = 1; j < periods.Count; j++)
        {
            while (far + 1 < j && periods[j].First - periods[far + 1].Last > window) far++;
            if (far >= 0) yield return (far, j);
        }
    }
}
