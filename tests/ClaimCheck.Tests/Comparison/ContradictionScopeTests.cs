using System.Text;
using ClaimCheck.Comparison;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;
using ClaimCheck.Tests.Events;

namespace ClaimCheck.Tests.Comparison;

public class ContradictionScopeTests
{
    [Fact]
    public void TheEmbeddedLexiconIsClean()
    {
        var raw = LexiconLoader.ReadEmbedded("comparison-scopes.json");
        Assert.Equal(raw.Normalize(NormalizationForm.FormC), raw);
        Assert.DoesNotContain(raw, c => c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF');
        var entries = ScopeLexicon.Default.Entries;
        Assert.NotEmpty(entries);
        var keys = entries.Select(e => string.Join(' ', PhraseMatcher<string>.TokensOf(e.Phrase))).ToArray();
        Assert.Equal(keys.Length, keys.Distinct().Count());
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Scope)));
        // Every entry is reachable: its own phrase is found as itself.
        Assert.All(entries, e => Assert.Equal(e.Scope, ScopeLexicon.Default.ScopeOf(Claim(e.Phrase))));
    }

    [Theory]
    [InlineData("خرجت الدفعة الأولى من المقاتلين", "batch-1")]
    [InlineData("خرجت الدُّفعةُ الأولى", "batch-1")]
    [InlineData("وكانت أول دفعة قد غادرت", "batch-1")]
    [InlineData("خروج الدفعـــة الثانية", "batch-2")]
    [InlineData("وبالدفعة الأخيرة", "batch-last")]
    [InlineData("خرجت دفعتان من عناصر التنظيم", "batches")]
    [InlineData("وصلت دفعة من المهجرين", "batch")]
    [InlineData("خروج 1500 مقاتل", null)]
    [InlineData("", null)]
    public void ScopesAreReadFromTheEvidence(string text, string? scope) => Assert.Equal(scope, ScopeLexicon.Default.ScopeOf(Claim(text)));

    [Fact]
    public void AnExtractorCueWins() =>
        Assert.Equal("batch-2", ScopeLexicon.Default.ScopeOf(Claim("الدفعة الأولى") with { Cues = ["noun:حافلات", "scope:batch-2"] }));

    [Fact]
    public void UsersAddTheirOwnPhrases()
    {
        var lexicon = ScopeLexicon.Default.With([new ScopeEntry("المرحلة الأولى", "stage-1")]);
        Assert.Equal("stage-1", lexicon.ScopeOf(Claim("في المرحلة الأولى من الاتفاق")));
        Assert.Null(ScopeLexicon.Default.ScopeOf(Claim("في المرحلة الأولى من الاتفاق")));

        var path = Path.Combine(Path.GetTempPath(), $"scopes-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, """{ "entries": [ { "phrase": "الوجبة الأولى", "scope": "batch-1" } ] }""");
            var loaded = ScopeLexicon.Load(path);
            Assert.Equal("batch-1", loaded.ScopeOf(Claim("خرجت الوجبة الأولى")));
            Assert.Equal("batch-2", loaded.ScopeOf(Claim("الدفعة الثانية")));
            File.WriteAllText(path, "{ \"entries\": [ { \"phrase\": \"x\", \"scoop\": \"batch\" } ] }");
            var error = Assert.Throws<LexiconException>(() => ScopeLexicon.Load(path));
            Assert.Equal(path, error.File);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Claim Claim(string text) =>
        ClaimBuilder.Count("c", "r", ClaimKind.Evacuees, Quantity.Exactly(1), "fighters", Camp.Other, text: text);
}
