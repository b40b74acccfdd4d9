using ClaimCheck.Events;

namespace ClaimCheck.Tests.Events;

public class SetTableTests
{
    [Fact]
    public void EqualSetsShareOneId()
    {
        var table = new SetTable();
        int a = table.Intern([1, 4, 9]);
        int b = table.Intern([1, 4]);
        int c = table.Intern([1, 4, 9]);
        int single = table.Intern([7]);
        Assert.Equal(a, c);
        Assert.NotEqual(a, b);
        Assert.Equal(single, table.Intern([7]));
        Assert.Equal(3, table.Count);
        Assert.Equal([1, 4, 9], table[a]);
        Assert.Equal([7], table[single]);
    }

    [Fact]
    public void InterningCopiesTheList()
    {
        var table = new SetTable();
        var list = new List<int> { 2, 3 };
        int id = table.Intern(list);
        list[0] = 5;
        Assert.Equal([2, 3], table[id]);
    }

    [Fact]
    public void CompatibleWhenEitherIsEmptyOrTheyMeet()
    {
        var table = new SetTable();
        int ab = table.Intern([1, 2]), bc = table.Intern([2, 3]), d = table.Intern([4]);
        Assert.True(table.Compatible(-1, d));
        Assert.True(table.Compatible(ab, -1));
        Assert.True(table.Compatible(ab, ab));
        Assert.True(table.Compatible(ab, bc));
        Assert.False(table.Compatible(ab, d));
        Assert.False(table.Compatible(d, bc));
    }

    [Theory]
    [InlineData(new[] { 1, 3, 5 }, new[] { 2, 4, 5 }, true)]
    [InlineData(new[] { 1, 3, 5 }, new[] { 2, 4, 6 }, false)]
    [InlineData(new int[0], new[] { 1 }, false)]
    [InlineData(new[] { 8 }, new[] { 1, 2, 8 }, true)]
    public void IntersectsWalksBothSortedArrays(int[] a, int[] b, bool expected)
    {
        Assert.Equal(expected, SetTable.Intersects(a, b));
        Assert.Equal(expected, SetTable.Intersects(b, a));
    }
}
