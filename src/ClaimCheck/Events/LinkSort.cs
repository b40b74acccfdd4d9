namespace ClaimCheck.Events;

/// <summary>
/// Sorts links best first, in place. Large ranges are split around a pivot (median of three) and the two sides sorted in
/// parallel; the order is total (see <see cref="Link"/>), so the result is the sequential sort's.
/// </summary>
internal static class LinkSort
{
    private const int ParallelFrom = 65_536;

    /// <summary>Sorts all of <paramref name="links"/>, splitting often enough to use every core.</summary>
    public static void Sort(Link[] links) => Sort(links, 0, links.Length, ParallelDepth(Environment.ProcessorCount));

    /// <summary>How many times the sort splits in two to use <paramref name="cores"/> cores (2 cores: once).</summary>
    public static int ParallelDepth(int cores)
    {
        int depth = 0;
        while ((1 << depth) < cores) depth++;
        return depth;
    }

    /// <summary>Sorts links[from..to), splitting in two at most <paramref name="depth"/> times.</summary>
    public static void Sort(Link[] links, int from, int to, int depth)
    {
        if (depth <= 0 || to - from < ParallelFrom)
        {
            Array.Sort(links, from, to - from);
            return;
        }
        int split = Partition(links, from, to);
        if (split <= from || split >= to)
        {
            Array.Sort(links, from, to - from);
            return;
        }
        Parallel.Invoke(
            () => Sort(links, from, split, depth - 1),
            () => Sort(links, split, to, depth - 1));
    }

    /// <summary>Moves the links that order before a pivot to the front of [from, to); returns where the rest begins.</summary>
    public static int Partition(Link[] links, int from, int to)
    {
        Link a = links[from], b = links[from + (to - from) / 2], c = links[to - 1];
        // The median of three keeps the sides balanced on ordered and reversed input.
        Link pivot = a.CompareTo(b) < 0
            ? (b.CompareTo(c) < 0 ? b : a.CompareTo(c) < 0 ? c : a)
            : (a.CompareTo(c) < 0 ? a : b.CompareTo(c) < 0 ? c : b);
        int store = from;
        for (int i = from; i < to; i++)
        {
            if (links[i].CompareTo(pivot) < 0)
            {
                (links[store], links[i]) = (links[i], links[store]);
                store++;
            }
        }
        return store;
    }
}
