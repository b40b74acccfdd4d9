using ClaimCheck.Events;

namespace ClaimCheck.Tests.Events;

public class DisjointSetsTests
{
    [Fact]
    public void EachElementStartsAlone()
    {
        var sets = new DisjointSets(4);
        Assert.Equal(4, sets.Count);
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(i, sets.Find(i));
            Assert.Equal(1, sets.Size(i));
        }
    }

    [Fact]
    public void TheLargerSetKeepsItsRootAndTheFirstOnTies()
    {
        var sets = new DisjointSets(5);
        Assert.Equal((3, 1), sets.Union(3, 1));        // tie: the first root stays
        Assert.Equal((3, 4), sets.Union(4, 3));        // {3,1} is larger than {4}
        Assert.Equal(3, sets.Size(3));
        Assert.Equal(3, sets.Find(1));
        Assert.Equal(3, sets.Find(4));
        Assert.Equal(0, sets.Find(0));
        Assert.Equal(2, sets.Find(2));
    }

    [Fact]
    public void FindAgreesWithANaiveGrouping()
    {
        var random = new Random(7);
        const int N = 500;
        var sets = new DisjointSets(N);
        var group = Enumerable.Range(0, N).ToArray();
        for (int step = 0; step < 300; step++)
        {
            int a = random.Next(N), b = random.Next(N);
            int ra = sets.Find(a), rb = sets.Find(b);
            if (ra != rb) sets.Union(ra, rb);
            int ga = group[a], gb = group[b];
            for (int i = 0; i < N; i++) if (group[i] == gb) group[i] = ga;
        }
        for (int i = 0; i < N; i++)
        {
            for (int j = i + 1; j < N; j += 7) Assert.Equal(group[i] == group[j], sets.Find(i) == sets.Find(j));
        }
        int total = Enumerable.Range(0, N).Where(i => sets.Find(i) == i).Sum(sets.Size);
        Assert.Equal(N, total);
    }
}
