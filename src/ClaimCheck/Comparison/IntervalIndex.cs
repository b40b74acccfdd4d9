namespace ClaimCheck.Comparison;

/// <summary>
/// Intervals sorted by upper bound (with the smallest best value of each prefix) and by lower bound, descending (with the
/// largest best value of each prefix): whether some interval lies wholly below or above a claim's, and how far the farthest
/// such best value is, in O(log n).
/// </summary>
internal sealed class IntervalIndex
{
    private readonly double[] _his;
    private readonly double[] _minBest;
    private readonly double[] _los;
    private readonly double[] _maxBest;

    public IntervalIndex(IReadOnlyList<ComparedClaim> items)
    {
        int n = items.Count;
        var byHi = items.Select(i => i.Bounds).OrderBy(b => b.Hi).ToArray();
        var byLo = items.Select(i => i.Bounds).OrderByDescending(b => b.Lo).ToArray();
        _his = new double[n];
        _minBest = new double[n];
        _los = new double[n];
        _maxBest = new double[n];
        for (int k = 0; k < n; k++)
        {
            _his[k] = byHi[k].Hi;
            _minBest[k] = k == 0 ? byHi[k].Best : Math.Min(_minBest[k - 1], byHi[k].Best);
            _los[k] = byLo[k].Lo;
            _maxBest[k] = k == 0 ? byLo[k].Best : Math.Max(_maxBest[k - 1], byLo[k].Best);
        }
    }

    /// <summary>True when some interval does not meet the claim's; <paramref name="distance"/> is the largest best-value distance to such an interval.</summary>
    public bool Disagrees(ComparedClaim claim, out double distance)
    {
        var (lo, hi, best) = claim.Bounds;
        distance = 0;
        // Intervals wholly below: upper bound under the claim's lower bound.
        int below = 0, top = _his.Length;
        while (below < top)
        {
            int mid = (below + top) >>> 1;
            if (_his[mid] < lo) below = mid + 1; else top = mid;
        }
        // Intervals wholly above: lower bound over the claim's upper bound (sorted descending).
        int above = 0;
        top = _los.Length;
        while (above < top)
        {
            int mid = (above + top) >>> 1;
            if (_los[mid] > hi) above = mid + 1; else top = mid;
        }
        if (below > 0) distance = Math.Max(distance, QuantityComparison.Distance(best, _minBest[below - 1]));
        if (above > 0) distance = Math.Max(distance, QuantityComparison.Distance(best, _maxBest[above - 1]));
        return below > 0 || above > 0;
    }
}
