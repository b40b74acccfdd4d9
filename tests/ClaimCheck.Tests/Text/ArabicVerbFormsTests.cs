using ClaimCheck.Lexicons;
using ClaimCheck.Text;
using Xunit;

namespace ClaimCheck.Tests.Text;

public class ArabicVerbFormsTests
{
    [Theory]
    [InlineData("قتل", "قتلت", "قتلا", "قتلتا", "قتلوا", "قتلن")]
    [InlineData("انسحب", "انسحبت", "انسحبوا")]
    [InlineData("أصيب", "أصيبت", "أصيبوا", "أصيبتا")]
    public void PerfectGivesThePastTensePersons(string stem, params string[] expected)
    {
        var forms = ArabicVerbForms.Forms(stem, Conjugation.Perfect).ToArray();
        Assert.All(expected, f => Assert.Contains(f, forms));
        Assert.DoesNotContain(forms, f => f.StartsWith('ي'));
        Assert.DoesNotContain(stem, forms);
    }

    [Theory]
    [InlineData("قتل", "يقتل", "تقتل", "يقتلون", "يقتلان", "تقتلان", "يقتلوا", "يقتلن")]
    [InlineData("غادر", "يغادر", "يغادرون")]
    [InlineData("توصل", "يتوصل", "تتوصل")]
    [InlineData("انسحب", "ينسحب", "ينسحبون")]
    [InlineData("استشهد", "يستشهد", "يستشهدون")]
    [InlineData("أبرم", "يبرم", "تبرم")]
    public void FullAddsThePresentTenseOnTheRightStem(string stem, params string[] expected)
    {
        var forms = ArabicVerbForms.Forms(stem, Conjugation.Full).ToArray();
        Assert.All(expected, f => Assert.Contains(f, forms));
        Assert.Equal(forms.Length, forms.Distinct().Count());
    }

    [Theory]
    [InlineData("قضى")]
    [InlineData("نفي")]
    [InlineData("بدأ")]
    [InlineData("قَتَل")]
    [InlineData("قتل بحياة")]
    [InlineData("kill")]
    [InlineData("فر")]
    public void WeakOrNonWordStemsAreRefused(string stem)
    {
        Assert.NotNull(ArabicVerbForms.Refusal(stem));
        Assert.Throws<ArgumentException>(() => ArabicVerbForms.Forms(stem, Conjugation.Perfect).ToArray());
        Assert.Empty(ArabicVerbForms.Forms(stem, Conjugation.None));
    }

    [Fact]
    public void AConjugatedCueMatchesItsFormsAndAWrittenCueKeepsItsOwnTags()
    {
        var lexicon = CueLexicon.Default.With(
        [
            new Cue("حاصر", ["say"]) { Conjugate = Conjugation.Full },
            new Cue("حاصرن", ["deny"]),
        ]);
        var doc = new Document("وقالوا إنهم يحاصرون البلدة وحاصرن المدينة");
        var found = lexicon.Annotate(doc).Where(a => a.Cue is not null).Select(a => a.Cue!).ToArray();
        Assert.Contains(found, c => c.Text == "يحاصرون" && c.Has("say"));
        Assert.Contains(found, c => c.Text == "حاصرن" && c.Has("deny") && !c.Has("say"));
        // The lexicon lists cues as written, not the forms made from them.
        Assert.DoesNotContain(lexicon.Cues, c => c.Text == "يحاصرون");
    }

    [Fact]
    public void EveryConjugatedCueOfTheBuiltInLexiconCanBeConjugated() =>
        Assert.All(CueLexicon.Default.Cues.Where(c => c.Conjugate != Conjugation.None), c => Assert.Null(ArabicVerbForms.Refusal(c.Text)));
}
