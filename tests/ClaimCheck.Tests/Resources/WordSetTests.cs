using ClaimCheck.Lexicons;

namespace ClaimCheck.Tests.Resources;

public class WordSetTests
{
    [Fact]
    public void FindsExactlyItsWordsBySpanAndByString()
    {
        string longWord = new('ب', 70), otherLong = new('ب', 65);
        var set = new WordSet(["من", "على", "الى", longWord, "من"]);
        Assert.Equal(4, set.Count);
        Assert.Equal(["من", "على", "الى", longWord], set);
        foreach (var w in set)
        {
            Assert.True(set.Contains(w));
            Assert.True(set.Contains(("x" + w + "y").AsSpan(1, w.Length)));
        }
        // Same length, other letters; a prefix; a longer word; past 63 letters lengths share one bit, the text still decides.
        Assert.False(set.Contains("عن"));
        Assert.False(set.Contains("عل"));
        Assert.False(set.Contains("علىه"));
        Assert.False(set.Contains(otherLong));
        Assert.False(set.Contains(""));
        Assert.False(set.Contains((string?)null));
    }

    [Fact]
    public void AnEmptySetHoldsNothing()
    {
        var set = new WordSet([]);
        Assert.Empty(set);
        Assert.False(set.Contains("من"));
        Assert.False(set.Contains(""));
    }

    [Fact]
    public void AgreesWithAHashSetOnRandomWords()
    {
        var random = new Random(17);
        string Word() => new([.. Enumerable.Range(0, random.Next(0, 9)).Select(_ => (char)('\u0627' + random.Next(0, 6)))]);
        var members = Enumerable.Range(0, 200).Select(_ => Word()).ToHashSet(StringComparer.Ordinal);
        var set = new WordSet(members);
        int hits = 0;
        for (int i = 0; i < 5000; i++)
        {
            string w = Word();
            Assert.Equal(members.Contains(w), set.Contains(w.AsSpan()));
            if (members.Contains(w)) hits++;
        }
        Assert.InRange(hits, 100, 4900); // both answers occur
    }
}
