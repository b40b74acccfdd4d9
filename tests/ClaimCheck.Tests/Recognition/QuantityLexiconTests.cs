using ClaimCheck.Lexicons;
using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Recognition;

/// <summary>Lint for numbers.json: it loads, is clean text, has no duplicate words, and every entry does its job.</summary>
public class QuantityLexiconTests
{
    private static readonly NumberLexicon Lexicon = NumberLexicon.Default;

    private static IReadOnlyList<QuantityMention> Find(string text) => QuantityRecognizer.Default.Recognize(new Document(text));

    [Fact]
    public void LoadsWithEverySection()
    {
        Assert.NotEmpty(Lexicon.Cardinals);
        Assert.NotEmpty(Lexicon.Ordinals);
        Assert.NotEmpty(Lexicon.Fractions);
        Assert.NotEmpty(Lexicon.Vague);
        Assert.NotEmpty(Lexicon.Duals);
        Assert.NotEmpty(Lexicon.Hedges);
        Assert.NotEmpty(Lexicon.HedgeSubjects);
        Assert.NotEmpty(Lexicon.RangeBetween);
        Assert.NotEmpty(Lexicon.RangeFrom);
        Assert.NotEmpty(Lexicon.RangeTo);
        Assert.NotEmpty(Lexicon.RangeOr);
        Assert.NotEmpty(Lexicon.Percent);
        Assert.NotEmpty(Lexicon.Months);
        Assert.NotEmpty(Lexicon.YearCues);
        Assert.NotEmpty(Lexicon.WeakYearCues);
        Assert.NotEmpty(Lexicon.ClockCues);
        Assert.NotEmpty(Lexicon.DayParts);
        Assert.NotEmpty(Lexicon.NotQuantities);
        Assert.Same(Lexicon, NumberLexicon.Default);
    }

    [Fact]
    public void HasNoDuplicateWords()
    {
        var duplicates = Lexicon.Phrases()
            .GroupBy(p => string.Join(' ', PhraseMatcher<int>.TokensOf(p.Phrase)), StringComparer.Ordinal)
            .Where(g => g.Count() > 1 && !IsRangeWordAndHedge(g.Select(p => p.Section)))
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => p.Section + ":" + p.Phrase))}")
            .ToList();
        Assert.Empty(duplicates);
    }

    /// <summary>The one documented overlap: حتى is a range word between two numbers and a hedge before one.</summary>
    private static bool IsRangeWordAndHedge(IEnumerable<string> sections) =>
        sections.Order(StringComparer.Ordinal).SequenceEqual(["hedges", "rangeTo"]);

    [Fact]
    public void IsNfcWithoutPresentationForms()
    {
        var text = LexiconLoader.ReadEmbedded(NumberLexicon.ResourceName);
        Assert.DoesNotContain(text, c => c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF');
        // The invariant-globalization runtime cannot normalise, so check the Arabic compositions NFC makes:
        // alef, waw, yeh, heh goal, yeh barree and ae with madda/hamza above/below must be precomposed (آ أ إ ؤ ئ ۀ ۂ ۓ).
        for (int i = 1; i < text.Length; i++)
        {
            bool composes = (text[i], text[i - 1]) switch
            {
                ('\u0653', '\u0627') => true,
                ('\u0654', '\u0627' or '\u0648' or '\u064A' or '\u06D5' or '\u06C1' or '\u06D2') => true,
                ('\u0655', '\u0627') => true,
                _ => false,
            };
            Assert.False(composes, $"decomposed letter at {i}: U+{(int)text[i - 1]:X4} U+{(int)text[i]:X4}");
        }
    }

    [Fact]
    public void EveryCardinalCounts()
    {
        foreach (var entry in Lexicon.Cardinals)
        {
            foreach (var word in entry.Words)
            {
                // A word that counts only in compounds is tried before عشر (أحد عشر = 11).
                var text = entry.CompoundOnly ? word + " عشر" : word;
                var m = Assert.Single(Find(text));
                Assert.Equal(NumberKind.Count, m.Kind);
                Assert.Equal(Quantity.Exactly(entry.CompoundOnly ? entry.Value + 10 : entry.Value), m.Quantity);
                if (entry.CompoundOnly) Assert.Empty(Find(word));
            }
        }
    }

    [Fact]
    public void EveryOrdinalRanks()
    {
        foreach (var entry in Lexicon.Ordinals)
        {
            foreach (var word in entry.Words)
            {
                var text = entry.CompoundOnly ? word + " عشر" : word;
                var m = Assert.Single(Find(text));
                Assert.Equal(NumberKind.Ordinal, m.Kind);
                Assert.Equal(entry.CompoundOnly ? entry.Value + 10 : entry.Value, m.Quantity.Best);
            }
        }
    }

    [Fact]
    public void EveryFractionAddsToItsScale()
    {
        foreach (var entry in Lexicon.Fractions)
            foreach (var word in entry.Words)
                Assert.Equal(1_000_000 + 1_000_000 * entry.Numerator / entry.Denominator, Assert.Single(Find("مليون و" + word)).Quantity.Best);
    }

    [Fact]
    public void EveryVagueWordGivesItsInterval()
    {
        foreach (var entry in Lexicon.Vague)
        {
            foreach (var word in entry.Words)
            {
                var m = Assert.Single(Find(word));
                Assert.Equal(new Quantity(entry.Min, entry.Max, entry.Best, QuantityQualifier.Vague), m.Quantity);
            }
        }
    }

    [Fact]
    public void EveryDualCountsTwo()
    {
        foreach (var entry in Lexicon.Duals)
        {
            foreach (var form in entry.Forms)
            {
                var m = Assert.Single(Find(form));
                Assert.Equal(Quantity.Exactly(2), m.Quantity);
                Assert.Equal(ArabicNormalizer.Normalize(form).Text, m.DualNoun);
                Assert.Equal(entry.Singular, m.DualSingular);
            }
        }
    }

    [Fact]
    public void EveryHedgeQualifies()
    {
        foreach (var entry in Lexicon.Hedges)
        {
            foreach (var phrase in entry.Phrases)
            {
                if (entry.Then is { } then)
                {
                    // The verb needs its preposition after the subject: without it, the number stands alone.
                    Assert.Equal(QuantityQualifier.Exact, Assert.Single(Find(phrase + " 7")).Quantity.Qualifier);
                    foreach (var preposition in then)
                        Assert.Equal(entry.Qualifier, Assert.Single(Find(phrase + " عددهم " + preposition + " 7")).Quantity.Qualifier);
                }
                else if (entry.Position != HedgePosition.After)
                {
                    Assert.Equal(entry.Qualifier, Assert.Single(Find(phrase + " 7")).Quantity.Qualifier);
                    if (entry.Separable) Assert.Equal(entry.Qualifier, Assert.Single(Find(phrase + " عددهم 7")).Quantity.Qualifier);
                }
                if (entry.Position != HedgePosition.Before)
                {
                    Assert.Equal(entry.Qualifier, Assert.Single(Find("7 " + phrase)).Quantity.Qualifier);
                    Assert.Equal(entry.Qualifier, Assert.Single(Find("7 أشخاص " + phrase)).Quantity.Qualifier);
                }
            }
        }
        foreach (var subject in Lexicon.HedgeSubjects)
            Assert.Equal(QuantityQualifier.MoreThan, Assert.Single(Find("تجاوز " + subject + " 7")).Quantity.Qualifier);
    }

    [Fact]
    public void EveryRangeWordMakesARange()
    {
        var range = new Quantity(3, 5, 4, QuantityQualifier.Range);
        foreach (var w in Lexicon.RangeBetween) Assert.Equal(range, Assert.Single(Find(w + " 3 و5")).Quantity);
        foreach (var w in Lexicon.RangeFrom) Assert.Equal(range, Assert.Single(Find(w + " 3 إلى 5")).Quantity);
        foreach (var w in Lexicon.RangeTo) Assert.Equal(range, Assert.Single(Find("من 3 " + w + " 5")).Quantity);
        foreach (var w in Lexicon.RangeOr) Assert.Equal(range, Assert.Single(Find("3 " + w + " 5")).Quantity);
    }

    [Fact]
    public void EveryCueWordDecidesTheKind()
    {
        foreach (var w in Lexicon.Percent) Assert.Equal(NumberKind.Percent, Assert.Single(Find("5 " + w)).Kind);
        foreach (var month in Lexicon.Months)
        {
            foreach (var name in month.Names)
            {
                Assert.Equal((NumberKind.Date, 3L), Assert.Single(Find("3 " + name)) is var d ? (d.Kind, d.Quantity.Best) : default);
                Assert.Equal((NumberKind.Year, 2018L), Assert.Single(Find(name + " 2018")) is var y ? (y.Kind, y.Quantity.Best) : default);
            }
        }
        foreach (var w in Lexicon.YearCues) Assert.Equal(NumberKind.Year, Assert.Single(Find(w + " 2015 قتل")).Kind);
        foreach (var w in Lexicon.WeakYearCues)
        {
            Assert.Equal(NumberKind.Year, Assert.Single(Find(w + " 2015")).Kind);
            Assert.Equal(NumberKind.Count, Assert.Single(Find(w + " 2015 غارة")).Kind);
        }
        foreach (var w in Lexicon.ClockCues) Assert.Equal((NumberKind.Time, 500L), Assert.Single(Find(w + " 5")) is var t ? (t.Kind, t.Quantity.Best) : default);
        foreach (var w in Lexicon.DayParts) Assert.Equal((NumberKind.Time, 500L), Assert.Single(Find("5 " + w)) is var t ? (t.Kind, t.Quantity.Best) : default);
        foreach (var w in Lexicon.NotQuantities) Assert.Empty(Find(w));
    }
}
