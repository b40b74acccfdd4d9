using ClaimCheck.Text;

namespace ClaimCheck.Tests.Text;

public class DocumentLayersTests
{
    private sealed record Marks(int[] Tokens);

    [Fact]
    public void ALayerIsReadBackAsTheSameInstanceUnderItsDeclaredType()
    {
        var doc = new Document("قال المرصد إن 5 مدنيين قتلوا.");
        Assert.Equal(0, doc.Layers.Count);
        IReadOnlyList<string> words = ["قال", "المرصد"];
        var marks = new Marks([1, 3]);
        doc.Layers.Set(words);
        doc.Layers.Set(marks);
        Assert.Same(words, doc.Layers.Get<IReadOnlyList<string>>());
        Assert.Same(marks, doc.Layers.Get<Marks>());
        Assert.True(doc.Layers.Has<Marks>());
        Assert.Equal(2, doc.Layers.Count);
        Assert.Same(doc.Layers, doc.Layers);
        // Keyed by the declared type: the same object is not found under another type.
        Assert.False(doc.Layers.TryGet<string[]>(out var missing));
        Assert.Null(missing);
    }

    [Fact]
    public void AMissingLayerOrASecondWriteIsAnError()
    {
        var doc = new Document("نص");
        var error = Assert.Throws<InvalidOperationException>(() => doc.Layers.Get<IReadOnlyList<int>>());
        Assert.Contains("IReadOnlyList<Int32>", error.Message, StringComparison.Ordinal);
        doc.Layers.Set(new Marks([]));
        Assert.Throws<InvalidOperationException>(() => doc.Layers.Set(new Marks([2])));
        Assert.Empty(doc.Layers.Get<Marks>().Tokens);
    }

    [Fact]
    public void ManyLayersGrowTheStore()
    {
        var doc = new Document("نص");
        doc.Layers.Set(new List<int> { 1 });
        doc.Layers.Set(new List<long> { 2 });
        doc.Layers.Set(new List<string> { "3" });
        doc.Layers.Set(new List<char> { '4' });
        doc.Layers.Set(new List<byte> { 5 });
        doc.Layers.Set(new List<short> { 6 });
        doc.Layers.Set(new List<bool> { true });
        doc.Layers.Set(new List<double> { 8 });
        doc.Layers.Set(new List<float> { 9 });
        Assert.Equal(9, doc.Layers.Count);
        Assert.Equal(9f, doc.Layers.Get<List<float>>()[0]);
        Assert.Equal(1, doc.Layers.Get<List<int>>()[0]);
    }
}
