using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Recognition;

/// <summary>Specs/quantities.jsonl: seed sentences and variants, every expected mention of each.</summary>
public class QuantitySpecTests
{
    public static IEnumerable<object[]> Cases() => QuantitySpec.All.Select(c => new object[] { c.Line, c.Text });

    [Theory]
    [MemberData(nameof(Cases))]
    public void RecognisesEveryQuantityOfTheLine(int line, string text)
    {
        var spec = QuantitySpec.All.Single(c => c.Line == line);
        var doc = new Document(text);
        var found = QuantityRecognizer.Default.Recognize(doc);

        Assert.Equal(spec.Mentions, found.Select(m => QuantityExpectation.Of(doc, m)).ToList());
        for (int k = 0; k < found.Count; k++)
        {
            var m = found[k];
            // The span is well formed in both coordinate systems and agrees with the token indexes.
            Assert.InRange(m.Span.Start, 0, m.Span.End);
            Assert.InRange(m.Span.End, m.Span.Start + 1, doc.Text.Length);
            Assert.InRange(m.FirstToken, 0, m.EndToken - 1);
            Assert.InRange(m.Span.Start, doc.Tokens[m.FirstToken].Start, doc.Tokens[m.FirstToken].End - 1);
            Assert.Equal(doc.Tokens[m.EndToken - 1].End, m.Span.End);
            var original = doc.ToOriginal(m.Span);
            Assert.Equal(spec.Mentions[k].Quote, doc.Original[original.Start..original.End]);
            Assert.True(m.Quantity.Min >= 0 && m.Quantity.Min <= m.Quantity.Best && (m.Quantity.Max is null || m.Quantity.Best <= m.Quantity.Max), m.ToString());
            Assert.NotEmpty(m.Cues);
        }
    }

    [Fact]
    public void SpecHasAtLeastAsManyVariantsAsSeedLines()
    {
        int seeds = QuantitySpec.All.Count(c => c.Seed is not null);
        int variants = QuantitySpec.All.Count(c => c.Seed is null);
        Assert.True(seeds >= 40, $"{seeds} seed lines");
        Assert.True(variants >= seeds, $"{variants} variants for {seeds} seed lines");
    }

    public static IEnumerable<object[]> Seeds() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    /// <summary>The seed lines of the spec hold every quantity of their seed report: recognising the whole report finds exactly theirs.</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void SpecCoversEveryQuantityOfTheSeed(string file)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", file));
        var lines = QuantitySpec.All.Where(c => c.Seed == file[..3]).ToList();
        Assert.NotEmpty(lines);
        foreach (var line in lines) Assert.Contains(line.Text, text, StringComparison.Ordinal);

        var expected = lines.OrderBy(l => text.IndexOf(l.Text, StringComparison.Ordinal)).SelectMany(l => l.Mentions).ToList();
        var doc = new Document(text);
        var found = QuantityRecognizer.Default.Recognize(doc).Select(m => QuantityExpectation.Of(doc, m)).ToList();
        Assert.Equal(expected, found);
    }
}
