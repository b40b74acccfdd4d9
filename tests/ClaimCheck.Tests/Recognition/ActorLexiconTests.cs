using System.Text;
using ClaimCheck.Lexicons;
using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Recognition;

public class ActorLexiconTests
{
    private static readonly ActorLexicon L = ActorLexicon.Default;

    private static List<(string Quote, string Actor, bool Weak)> Mentions(ActorLexicon lexicon, string text)
    {
        var doc = new Document(text);
        var result = new List<(string, string, bool)>();
        foreach (var m in lexicon.FindMentions(doc, 0, doc.Tokens.Count))
        {
            var o = doc.ToOriginal(m.Span);
            result.Add((text[o.Start..o.End], m.Actor.Id, m.Weak));
        }
        return result;
    }

    [Fact]
    public void SpecActors()
    {
        int cases = 0;
        var failures = new List<string>();
        foreach (var (line, spec) in LexiconSpecReader.Lines("actors.jsonl"))
        {
            string text = spec.GetProperty("text").GetString()!;
            var expected = spec.GetProperty("mentions").EnumerateArray()
                .Select(m => (m.GetProperty("quote").GetString()!, m.GetProperty("actor").GetString()!, LexiconSpecReader.Flag(m, "weak"))).ToList();
            var actual = Mentions(L, text);
            if (!expected.SequenceEqual(actual))
                failures.Add($"line {line} ({spec.GetProperty("note").GetString()}): expected [{string.Join(" | ", expected)}] got [{string.Join(" | ", actual)}]");
            cases++;
        }
        Assert.True(cases >= 25, $"only {cases} cases");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void SeedActors()
    {
        var expectedBySeed = LexiconSpecReader.Lines("seed-actors.jsonl")
            .GroupBy(l => l.Value.GetProperty("seed").GetString()!)
            .ToDictionary(g => g.Key, g => g.Select(l => (l.Value.GetProperty("quote").GetString()!, l.Value.GetProperty("actor").GetString()!, LexiconSpecReader.Flag(l.Value, "weak"))).ToList());
        var seeds = LexiconSpecReader.SeedNames();
        Assert.Equal(5, seeds.Length);
        foreach (var seed in seeds)
        {
            var expected = expectedBySeed[seed];
            var actual = Mentions(L, LexiconSpecReader.Seed(seed));
            for (int i = 0; i < Math.Max(expected.Count, actual.Count); i++)
            {
                Assert.True(i < expected.Count && i < actual.Count && expected[i] == actual[i],
                    $"{seed} #{i}: expected {(i < expected.Count ? expected[i] : "(none)")}, got {(i < actual.Count ? actual[i] : "(none)")}");
            }
        }
    }

    [Fact]
    public void ActorsNamedInTheBriefExist()
    {
        string[] ids =
        [
            "regime-forces", "isis", "jaysh-al-islam", "hts", "opposition-fighters", "kurdish-forces", "sdf", "russia", "us-coalition",
            "hezbollah", "iran-backed-militias", "pro-regime-militias", "civil-defence", "un", "turkey",
        ];
        foreach (var id in ids) Assert.True(L.TryGet(id, out var a) && a.Id == id && a.Label.Length > 0, id);
        Assert.False(L.TryGet("Regime-Forces", out _));
        Assert.False(L.TryGet("nobody", out _));
        Assert.Equal(L.Actors.Count, L.Actors.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public void WeakAliasesAreMarked()
    {
        Assert.True(L.TryGet("isis", out var isis));
        Assert.Contains("التنظيم", isis.WeakAliases);
        Assert.DoesNotContain("التنظيم", isis.Aliases);
        Assert.True(L.TryGet("regime-forces", out var regime));
        Assert.Contains("النظام", regime.WeakAliases);
        Assert.True(L.TryGet("opposition-fighters", out var opposition));
        Assert.Contains("المعارضة", opposition.WeakAliases);
    }

    [Fact]
    public void EveryAliasFindsItsActor()
    {
        var missing = new List<string>();
        foreach (var actor in L.Actors)
        {
            foreach (var (alias, weak) in actor.Aliases.Select(a => (a, false)).Concat(actor.WeakAliases.Select(a => (a, true))))
            {
                var found = Mentions(L, $"قال {alias} أمس");
                if (!found.SequenceEqual([(alias, actor.Id, weak)])) missing.Add($"{actor.Id}: {alias} → [{string.Join(" | ", found)}]");
            }
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void LoadValidates()
    {
        Assert.Equal("$.actors[0].id", Assert.Throws<LexiconException>(() => ActorLexicon.Load([new Actor("Bad Id", "Bad", ["س"], [])])).Field);
        Assert.Equal("$.actors[0].id", Assert.Throws<LexiconException>(() => ActorLexicon.Load([new Actor("a--b", "Bad", ["س"], [])])).Field);
        Assert.Equal("$.actors[1].id", Assert.Throws<LexiconException>(() => ActorLexicon.Load([new Actor("a", "A", ["س"], []), new Actor("a", "A2", ["ص"], [])])).Field);
        Assert.Equal("$.actors[0].aliases", Assert.Throws<LexiconException>(() => ActorLexicon.Load([new Actor("a", "A", [], [])])).Field);
        Assert.Equal("$.actors[0].label", Assert.Throws<LexiconException>(() => ActorLexicon.Load([new Actor("a", " ", ["س"], [])])).Field);
        var dup = Assert.Throws<LexiconException>(() => ActorLexicon.Load([new Actor("a", "A", ["قوات س"], []), new Actor("b", "B", ["ص"], ["قُوّات سَ"])]));
        Assert.Equal("$.actors[1].weakAliases[0]", dup.Field);
        Assert.Contains("'a'", dup.Message);
    }

    [Fact]
    public void FactionsNameTheirBroaderParty()
    {
        Assert.True(L.TryGet("faylaq-al-rahman", out var faylaq));
        Assert.Equal("opposition-fighters", faylaq.MemberOf);
        Assert.Contains("ahrar-al-sham", L.Groups["opposition-fighters"]);
        Assert.Contains("jaysh-al-islam", L.Groups["opposition-fighters"]);
        Assert.DoesNotContain("hts", L.Groups["opposition-fighters"]);
        var l = ActorLexicon.Load([new Actor("rebels", "Rebels", ["الثوار"], []), new Actor("liwa", "Liwa", ["اللواء الأول"], []) { MemberOf = "rebels" }]);
        Assert.Equal(["liwa"], l.Groups["rebels"]);
        // The broader party must be an actor, and not itself a faction or the faction.
        Assert.Equal("$.actors[0].memberOf", Assert.Throws<LexiconException>(() => ActorLexicon.Load([new Actor("a", "A", ["س"], []) { MemberOf = "nobody" }])).Field);
        Assert.Equal("$.actors[0].memberOf", Assert.Throws<LexiconException>(() => ActorLexicon.Load([new Actor("a", "A", ["س"], []) { MemberOf = "a" }])).Field);
        Assert.Equal("$.actors[2].memberOf", Assert.Throws<LexiconException>(() => ActorLexicon.Load([
            new Actor("a", "A", ["س"], []), new Actor("b", "B", ["ص"], []) { MemberOf = "a" }, new Actor("c", "C", ["ع"], []) { MemberOf = "b" }])).Field);
    }

    [Fact]
    public void CasualtySubjectsComeFromTheLexicon()
    {
        // actors.json "subject": the contract's subject people of an actor are counted as; a faction takes its party's.
        Assert.True(L.TryGet("turkey", out var turkey));
        Assert.Equal("fighters", L.SubjectOf(turkey));
        Assert.True(L.TryGet("hezbollah", out var hezbollah));
        Assert.Equal("regime-forces", L.SubjectOf(hezbollah));
        Assert.True(L.TryGet("civil-defence", out var rescuers));
        Assert.Equal("civilians", L.SubjectOf(rescuers));
        Assert.True(L.TryGet("isis", out var isis));
        Assert.Equal("isis", L.SubjectOf(isis));
        Assert.True(L.TryGet("faylaq-al-rahman", out var faylaq));
        Assert.Equal("opposition-fighters", L.SubjectOf(faylaq));
        var l = ActorLexicon.Load([new Actor("militias", "Militias", ["الميليشيات الرديفة"], []) { Subject = "regime-forces" },
                                   new Actor("liwa", "Liwa", ["اللواء الأول"], []) { MemberOf = "militias" }]);
        Assert.True(l.TryGet("liwa", out var liwa));
        Assert.Equal("regime-forces", l.SubjectOf(liwa));
        Assert.Equal("$.actors[0].subject", Assert.Throws<LexiconException>(() => ActorLexicon.Load([new Actor("a", "A", ["س"], []) { Subject = "Not Kebab" }])).Field);
    }

    [Fact]
    public void LoadBuildsASmallLexicon()
    {
        var l = ActorLexicon.Load([new Actor("white-helmets", "White Helmets", ["الخوذ البيضاء"], ["المتطوعون"])]);
        Assert.Equal([("الخوذ البيضاء", "white-helmets", false), ("المتطوعون", "white-helmets", true)], Mentions(l, "أنقذ الخوذ البيضاء والمتطوعون الجرحى"));
        Assert.Single(l.Actors);
    }

    [Fact]
    public void WithFileAddsAUserLexicon()
    {
        var path = LexiconSpecReader.TempFile("""
            {
              "actors": [
                { "id": "liwa-al-quds", "label": "Liwa al-Quds", "aliases": ["لواء القدس الفلسطيني"], "weakAliases": ["اللواء"], "memberOf": "pro-regime-militias" }
              ],
              "notActors": ["قوات حفظ النظام"]
            }
            """);
        try
        {
            var l = L.WithFile(path);
            Assert.Equal([("لواء القدس الفلسطيني", "liwa-al-quds", false), ("اللواء", "liwa-al-quds", true)], Mentions(l, "تقدم لواء القدس الفلسطيني ثم انسحب اللواء"));
            Assert.Contains("liwa-al-quds", l.Groups["pro-regime-militias"]);
            Assert.Empty(Mentions(l, "انتشرت قوات حفظ النظام"));
            Assert.False(L.TryGet("liwa-al-quds", out _));
            Assert.Equal(L.Actors.Count + 1, l.Actors.Count);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void WithFileErrorsNameFileLineAndField()
    {
        AssertFileError("""
            {
              "actors": [
                { "id": "x", "label": "X", "aliases": ["س ص"],
                  "colour": "red" }
              ]
            }
            """, 4, "colour");
        AssertFileError("""
            {
              "actors": [
                { "id": "x", "label": "X", "aliases": ["س ص"] },
                { "id": "y", "label": "Y", "aliases": ["ع غ"],
                  "weakAliases": ["حزب الله"] }
              ]
            }
            """, 5, "$.actors[1].weakAliases[0]");
        AssertFileError("""
            {
              "actors": [
                { "id": "isis", "label": "Again", "aliases": ["س ص"] }
              ]
            }
            """, 3, "$.actors[0].id");
        AssertFileError("""
            {
              "actors": [
                { "id": "x", "label": "X", "aliases": ["س ص"] },
              ,]
            }
            """, 4, null);
        Assert.Equal([("داعش", "isis", false)], Mentions(ActorLexicon.Default, "هجوم داعش"));
    }

    private static void AssertFileError(string json, int line, string? field)
    {
        var path = LexiconSpecReader.TempFile(json);
        try
        {
            var e = Assert.Throws<LexiconException>(() => L.WithFile(path));
            Assert.Equal(path, e.File);
            Assert.Equal(line, e.Line);
            if (field is not null) Assert.Contains(field, e.Field);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void RangeLimitsTheSearchAndTheClosingQuote()
    {
        var doc = new Document("قال تنظيم \"الدولة\" إن داعش");
        var all = L.FindMentions(doc, 0, doc.Tokens.Count);
        Assert.Equal(2, all.Count);
        Assert.Equal(5, all[0].EndToken);
        var cut = Assert.Single(L.FindMentions(doc, 0, 4));
        Assert.Equal(4, cut.EndToken);
        var o = doc.ToOriginal(cut.Span);
        Assert.Equal("تنظيم \"الدولة", doc.Original[o.Start..o.End]);
        Assert.Equal("isis", Assert.Single(L.FindMentions(doc, 5, 100)).Actor.Id);
        Assert.Empty(L.FindMentions(doc, 3, 1));
    }

    [Fact]
    public void ResourceIsCleanText()
    {
        var json = LexiconLoader.ReadEmbedded("actors.json");
        Assert.True(json.IsNormalized(NormalizationForm.FormC));
        Assert.DoesNotContain(json, c => c is (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF'));
    }

    [Fact]
    public void HostileTextNeverCrashes()
    {
        var rng = new Random(42);
        string[] words = ["تنظيم", "\"", "الدولة", "«", "»", "قوات", "النظام", "للنظام", "(", ")", "و", "داعش", "ـ", "ً", "\u00A0", "حزب", "الله"];
        for (int round = 0; round < 300; round++)
        {
            var text = string.Join(rng.Next(2) == 0 ? " " : "", Enumerable.Range(0, rng.Next(0, 60)).Select(_ => words[rng.Next(words.Length)]));
            var doc = new Document(text);
            int last = 0;
            foreach (var m in L.FindMentions(doc, rng.Next(-3, 5), rng.Next(-3, doc.Tokens.Count + 3)))
            {
                Assert.True(m.FirstToken >= last && m.EndToken > m.FirstToken && m.EndToken <= doc.Tokens.Count);
                last = m.EndToken;
                var o = doc.ToOriginal(m.Span);
                Assert.True(o.Start >= 0 && o.End <= text.Length && o.Start < o.End);
            }
        }
    }
}
