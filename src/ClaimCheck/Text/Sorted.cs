namespace ClaimCheck.Text;

/// <summary>Binary search over annotations ordered by token.</summary>
internal static class Sorted
{
    /// <summary>Index of the first item whose token (<paramref name="first"/>) is at or after <paramref name="token"/>, in a list ordered by it.</summary>
    public static int LowerBound<T>(IReadOnlyList<T> sorted, int token, Func<T, int> first)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (first(sorted[mid]) < token) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
