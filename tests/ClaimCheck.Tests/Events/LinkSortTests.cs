using ClaimCheck.Events;

namespace ClaimCheck.Tests.Events;

public class LinkSortTests
{
    [Fact]
    public void LinksOrderBestFirstThenByClaims()
    {
        Link[] links = [new(2, 5, 1.0, LinkFlags.None), new(1, 9, 2.5, LinkFlags.Time), new(1, 5, 1.0, LinkFlags.None), new(0, 3, 1.0, LinkFlags.Text)];
        LinkSort.Sort(links);
        Assert.Equal([(1, 9), (0, 3), (1, 5), (2, 5)], links.Select(l => (l.A, l.B)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void SplittingGivesTheSequentialOrder(int depth)
    {
        var random = new Random(11);
        // Enough links to split (more than 65,536 per side), with many equal scores so that ties decide.
        var links = new Link[300_000];
        for (int i = 0; i < links.Length; i++)
        {
            int a = random.Next(50_000), b = a + 1 + random.Next(100);
            links[i] = new Link(a, b, random.Next(40) / 8.0, LinkFlags.None);
        }
        var expected = (Link[])links.Clone();
        Array.Sort(expected);
        LinkSort.Sort(links, 0, links.Length, depth);
        Assert.Equal(expected, links);
    }

    [Fact]
    public void ReversedInputIsSorted()
    {
        var links = Enumerable.Range(0, 200_000).Select(i => new Link(i, i + 1, i / 3, LinkFlags.None)).ToArray();
        LinkSort.Sort(links, 0, links.Length, 2);
        for (int i = 1; i < links.Length; i++) Assert.True(links[i - 1].CompareTo(links[i]) < 0);
    }

    [Fact]
    public void PartitionPutsSmallerLinksFirst()
    {
        var random = new Random(3);
        var links = Enumerable.Range(0, 1000).Select(i => new Link(i, i + 1, random.Next(10), LinkFlags.None)).ToArray();
        int split = LinkSort.Partition(links, 0, links.Length);
        Assert.InRange(split, 1, links.Length - 1);
        var maxLeft = links[..split].Max();
        Assert.All(links[split..], l => Assert.True(l.CompareTo(maxLeft) > 0));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(8, 3)]
    public void DepthUsesEveryCore(int cores, int depth) => Assert.Equal(depth, LinkSort.ParallelDepth(cores));

    [Fact]
    public void PairsPackSmallerFirst()
    {
        long p = IndexPair.Pack(9, 4);
        Assert.Equal(p, IndexPair.Pack(4, 9));
        Assert.Equal(4, IndexPair.First(p));
        Assert.Equal(9, IndexPair.Second(p));
        Assert.True(IndexPair.Pack(3, 100) < IndexPair.Pack(4, 5));
    }
}
