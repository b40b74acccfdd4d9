namespace ClaimCheck.Events;

/// <summary>What agreed between two linked claims; each flag becomes a grouping reason of the event.</summary>
[Flags]
internal enum LinkFlags : ushort
{
    None = 0,
    StrongPlace = 1,
    WeakPlace = 2,
    SharedParty = 4,
    SameReport = 8,
    Text = 16,
    Time = 32,
    Family = 64,
    Nearby = 128,
}

/// <summary>
/// A scored pair of claims (indexes in id order, <see cref="A"/> &lt; <see cref="B"/>). Links order best first, ties by claim
/// indexes: a total order up to identical links (the same pair always scores the same, and a pair scored again as a nearby
/// candidate scores strictly higher), so any sort gives the same sequence. Being <see cref="IComparable{T}"/> lets the
/// runtime's sort compare without an indirect call.
/// </summary>
internal readonly record struct Link(int A, int B, double Score, LinkFlags Flags) : IComparable<Link>
{
    public int CompareTo(Link other)
    {
        int c = other.Score.CompareTo(Score);
        if (c != 0) return c;
        c = A.CompareTo(other.A);
        return c != 0 ? c : B.CompareTo(other.B);
    }
}

/// <summary>An unordered pair of indexes packed in one <see cref="long"/>: the smaller in the high half, so pairs sort by it.</summary>
internal static class IndexPair
{
    public static long Pack(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    public static int First(long pair) => (int)(pair >> 32);

    public static int Second(long pair) => (int)(pair & 0xFFFFFFFF);
}
