using System.Text;
using ClaimCheck.Lexicons;
using ClaimCheck.Recognition;
using ClaimCheck.Text;
using FuzzySharp;

namespace ClaimCheck.Tests.Recognition;

public class GazetteerTests
{
    private static readonly Gazetteer G = Gazetteer.Default;

    private static List<(string Quote, string Place, bool Fuzzy)> Mentions(Gazetteer g, string text)
    {
        var doc = new Document(text);
        var result = new List<(string, string, bool)>();
        foreach (var m in g.FindMentions(doc, 0, doc.Tokens.Count))
        {
            var o = doc.ToOriginal(m.Span);
            result.Add((text[o.Start..o.End], m.Place.Name, m.Fuzzy));
        }
        return result;
    }

    [Fact]
    public void SpecPlaces()
    {
        int cases = 0;
        var failures = new List<string>();
        foreach (var (line, spec) in LexiconSpecReader.Lines("places.jsonl"))
        {
            string text = spec.GetProperty("text").GetString()!;
            var expected = spec.GetProperty("mentions").EnumerateArray()
                .Select(m => (m.GetProperty("quote").GetString()!, m.GetProperty("place").GetString()!, LexiconSpecReader.Flag(m, "fuzzy"))).ToList();
            var actual = Mentions(G, text);
            if (!expected.SequenceEqual(actual))
                failures.Add($"line {line} ({spec.GetProperty("note").GetString()}): expected [{string.Join(" | ", expected)}] got [{string.Join(" | ", actual)}]");
            cases++;
        }
        Assert.True(cases >= 50, $"only {cases} cases");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void SeedPlaces()
    {
        var expectedBySeed = LexiconSpecReader.Lines("seed-places.jsonl")
            .GroupBy(l => l.Value.GetProperty("seed").GetString()!)
            .ToDictionary(g => g.Key, g => g.Select(l => (l.Value.GetProperty("quote").GetString()!, l.Value.GetProperty("place").GetString()!, LexiconSpecReader.Flag(l.Value, "fuzzy"))).ToList());
        var seeds = LexiconSpecReader.SeedNames();
        Assert.Equal(5, seeds.Length);
        foreach (var seed in seeds)
        {
            var expected = expectedBySeed[seed];
            var actual = Mentions(G, LexiconSpecReader.Seed(seed));
            Assert.True(expected.SequenceEqual(actual), $"{seed}: first difference at {FirstDifference(expected, actual)}");
        }
    }

    private static string FirstDifference<T>(List<T> expected, List<T> actual)
    {
        for (int i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var e = i < expected.Count ? expected[i]!.ToString() : "(none)";
            var a = i < actual.Count ? actual[i]!.ToString() : "(none)";
            if (e != a) return $"#{i}: expected {e}, got {a}";
        }
        return "none";
    }

    [Fact]
    public void SeedSpansMapBackToTheQuotedWords()
    {
        foreach (var seed in LexiconSpecReader.SeedNames())
        {
            var text = LexiconSpecReader.Seed(seed);
            var doc = new Document(text);
            foreach (var m in G.FindMentions(doc, 0, doc.Tokens.Count))
            {
                var o = doc.ToOriginal(m.Span);
                var quote = text[o.Start..o.End];
                Assert.True(G.TryResolve(quote, out var p, out _), $"{seed}: '{quote}' does not resolve alone");
                Assert.Equal(m.Place.Name, p.Name);
            }
        }
    }

    [Fact]
    public void EveryAliasFindsItsPlace()
    {
        var missing = new List<string>();
        foreach (var place in G.Places)
        {
            foreach (var alias in place.Aliases.Append(place.Name))
            {
                var found = Mentions(G, $"وصلت القوات إلى {alias} اليوم");
                if (!found.Contains((alias, place.Name, false))) missing.Add($"{place.Name}: {alias} → [{string.Join(" | ", found)}]");
            }
            foreach (var alias in place.ContextAliases)
            {
                var found = Mentions(G, $"وصلت القوات إلى منطقة {alias} اليوم");
                if (!found.Contains((alias, place.Name, false))) missing.Add($"{place.Name}: منطقة {alias} → [{string.Join(" | ", found)}]");
                Assert.DoesNotContain(Mentions(G, $"قال إن {alias} اليوم"), m => m.Place == place.Name);
            }
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void PlacesNamedInTheBriefExist()
    {
        string[] names =
        [
            "Yarmouk camp", "Hajar al-Aswad", "Tadamon", "Southern Damascus", "Damascus", "Dumayr", "Eastern Qalamoun", "Western Qalamoun",
            "Douma", "Eastern Ghouta", "Jarablus", "Syrian Badia", "Mayadeen", "Deir ez-Zor", "Qamishli", "Hamzat", "Aleppo", "Daraa", "Homs",
            "Sukhnah", "Yalda", "Babila", "Beit Sahm", "Nasiriyah", "Jayroud", "Qadam", "Zahira al-Jadida", "Dawwar al-Battikha", "Hajin",
            "Baghuz", "Omar oil field", "Harasta", "Jobar", "Northern Syria", "Northwestern Syria", "Eastern Syria", "Latakia", "Tartus",
            "Iraq", "Rif Dimashq", "Aleppo countryside",
        ];
        foreach (var name in names) Assert.True(G.TryGet(name, out _), name);
        Assert.True(G.Places.Count > 200);
        Assert.True(G.TryGet("yarmouk CAMP", out var y));
        Assert.Equal("Yarmouk camp", y.Name);
        Assert.False(G.TryGet("Atlantis", out _));
    }

    [Theory]
    [InlineData("Northeastern Syria")]
    [InlineData("Northwestern Syria")]
    [InlineData("Hauran")]
    [InlineData("Northern Syria")]
    public void RegionsThatSpanGovernoratesLieDirectlyInSyriaSoTheyStayCoarse(string region)
    {
        // "الرقة شمال شرقي سوريا" places Raqqa; it must not make the claim's area a region two levels down that no town shares.
        Assert.Equal(["Syria"], G.Ancestors(region));
    }

    [Fact]
    public void Containment()
    {
        Assert.Equal(["Southern Damascus", "Damascus", "Syria"], G.Ancestors("Yarmouk camp"));
        Assert.True(G.IsWithin("Yarmouk camp", "Southern Damascus"));
        Assert.True(G.IsWithin("Southern Damascus", "Damascus"));
        Assert.True(G.IsWithin("Yarmouk camp", "Damascus"));
        Assert.True(G.IsWithin("Yarmouk camp", "Yarmouk camp"));
        Assert.False(G.IsWithin("Damascus", "Yarmouk camp"));
        foreach (var p in new[] { "Hajar al-Aswad", "Tadamon", "Qadam", "Yalda", "Babila", "Beit Sahm", "Zahira al-Jadida" })
            Assert.True(G.IsWithin(p, "Southern Damascus"), p);
        foreach (var p in new[] { "Dumayr", "Nasiriyah", "Jayroud" })
        {
            Assert.True(G.IsWithin(p, "Eastern Qalamoun"), p);
            Assert.True(G.IsWithin(p, "Rif Dimashq"), p);
        }
        foreach (var p in new[] { "Douma", "Harasta", "Nashabiyah", "Harasta al-Qantara" })
        {
            Assert.True(G.IsWithin(p, "Eastern Ghouta"), p);
            Assert.True(G.IsWithin(p, "Rif Dimashq"), p);
            Assert.False(G.IsWithin(p, "Damascus"), p);
        }
        foreach (var p in new[] { "Mayadeen", "Hajin", "Baghuz", "Omar oil field" })
        {
            Assert.Equal("Deir ez-Zor", G.Ancestors(p)[0]);
            Assert.True(G.IsWithin(p, "Syria"), p);
        }
        Assert.True(G.IsWithin("Hamzat", "Aleppo"));
        Assert.True(G.IsWithin("Sukhnah", "Homs"));
        Assert.True(G.IsWithin("Alaya prison", "Qamishli"));
        Assert.Empty(G.Ancestors("Syria"));
        Assert.Empty(G.Ancestors("Atlantis"));
        Assert.False(G.IsWithin("Atlantis", "Syria"));
        IPlaceHierarchy h = G;
        Assert.Equal("Damascus", h.Ancestors("Southern Damascus")[0]);
    }

    [Fact]
    public void EveryPlaceButCountriesLiesInACountry()
    {
        foreach (var p in G.Places)
        {
            Assert.True(G.TryGet(p.Name, out _));
            if (p.Type == "country") Assert.Null(p.Within);
            else Assert.True(G.TryGet(G.Ancestors(p.Name)[^1], out var top) && top.Type == "country", p.Name);
        }
    }

    [Fact]
    public void FuzzySharpNeedsOurProcessorForArabic()
    {
        string[] choices = ["الحجر الأسود", "مخيم اليرموك", "دير الزور"];
        // FuzzySharp's default processor keeps only ASCII letters and digits: every Arabic string becomes empty and scores 0.
        Assert.Equal(0, Process.ExtractOne("الحجر الاسو", choices).Score);
        var ours = Process.ExtractOne("الحجر الاسو", choices, s => ArabicNormalizer.Normalize(s).Text);
        Assert.Equal("الحجر الأسود", ours.Value);
        Assert.True(ours.Score > 0);
        Assert.True(ours.Score >= Gazetteer.FuzzyCutoff);
        // Fuzz.Ratio does no processing by default, so normalised strings compare as they are.
        Assert.True(Fuzz.Ratio(ArabicNormalizer.Normalize("مخيّم اليرموك").Text, ArabicNormalizer.Normalize("مخيم اليرمك").Text) >= Gazetteer.FuzzyCutoff);
    }

    [Theory]
    [InlineData("مخيم اليرموك", "Yarmouk camp", 100)]
    [InlineData("بمخيم اليرموك", "Yarmouk camp", 100)]
    [InlineData("الحجر الاسود", "Hajar al-Aswad", 100)]
    [InlineData("التضامن", "Tadamon", 100)]
    [InlineData("Southern Damascus", "Southern Damascus", 100)]
    [InlineData("deir ez-zor", "Deir ez-Zor", 100)]
    [InlineData("الحجر الاسو", "Hajar al-Aswad", 96)]
    [InlineData("مخيم اليرمك", "Yarmouk camp", 96)]
    [InlineData("التضامون", "Tadamon", 93)]
    [InlineData("الباغور", "Baghuz", Gazetteer.DotTypoScore)]
    [InlineData("القلمون الشرقى", "Eastern Qalamoun", 100)]
    public void Resolves(string name, string place, int score)
    {
        Assert.True(G.TryResolve(name, out var p, out int s), name);
        Assert.Equal(place, p.Name);
        Assert.Equal(score, s);
    }

    [Theory]
    [InlineData("الحجر")]
    [InlineData("العامة")]
    [InlineData("آخرين")]
    [InlineData("المدنيين")]
    [InlineData("الحملات")]
    [InlineData("الشحنة")]
    [InlineData("لواء شهداء اليرموك")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("،؛")]
    public void DoesNotResolve(string name) => Assert.False(G.TryResolve(name, out _, out _));

    [Fact]
    public void NoSeedWordOrWordPairResolvesApproximately()
    {
        // Every word and pair of adjacent words of the seeds, tried alone: only real places may resolve, and only the
        // misspelt الباغور approximately.
        var approximate = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var seed in LexiconSpecReader.SeedNames())
        {
            var doc = new Document(LexiconSpecReader.Seed(seed));
            for (int i = 0; i < doc.Tokens.Count; i++)
            {
                if (doc.Tokens[i].Kind != TokenKind.Word) continue;
                if (G.TryResolve(doc.TokenText(i), out var p, out int s) && s < 100) approximate.Add(doc.TokenText(i) + " → " + p.Name);
                if (i + 1 < doc.Tokens.Count && doc.Tokens[i + 1].Kind == TokenKind.Word)
                {
                    string pair = doc.TokenText(i) + " " + doc.TokenText(i + 1);
                    if (G.TryResolve(pair, out p, out s) && s < 100) approximate.Add(pair + " → " + p.Name);
                }
            }
        }
        Assert.Equal(["والباغور → Baghuz"], approximate);
    }

    [Fact]
    public void RangeLimitsTheSearch()
    {
        var doc = new Document("خرجوا من دوما إلى جرابلس");
        var all = G.FindMentions(doc, 0, doc.Tokens.Count);
        Assert.Equal(2, all.Count);
        var second = G.FindMentions(doc, all[0].EndToken, doc.Tokens.Count);
        Assert.Equal("Jarablus", Assert.Single(second).Place.Name);
        Assert.Empty(G.FindMentions(doc, 3, 3));
        Assert.Empty(G.FindMentions(doc, 5, 2));
        Assert.Equal(2, G.FindMentions(doc, -10, 1000).Count);
        Assert.Empty(G.FindMentions(new Document(""), 0, 0));
    }

    [Fact]
    public void LoadValidatesUnknownParent()
    {
        var e = Assert.Throws<LexiconException>(() => Gazetteer.Load([new Place("Camp", ["مخيم س"], "camp", "Nowhere")]));
        Assert.Equal("$.places[0].within", e.Field);
        Assert.Contains("Nowhere", e.Message);
    }

    [Fact]
    public void LoadValidatesDuplicateAliasesAcrossPlaces()
    {
        var e = Assert.Throws<LexiconException>(() => Gazetteer.Load([
            new Place("Town A", ["بلدة س", "صاد"], "town", null),
            new Place("Town B", ["الصاد", "بلدة  سَ"], "town", null),
        ]));
        Assert.Equal("$.places[1].aliases[1]", e.Field);
        Assert.Contains("Town A", e.Message);
    }

    [Fact]
    public void LoadValidatesTypeNameAndCycles()
    {
        Assert.Equal("$.places[0].type", Assert.Throws<LexiconException>(() => Gazetteer.Load([new Place("A", ["ا ب"], "village", null)])).Field);
        Assert.Equal("$.places[1].name", Assert.Throws<LexiconException>(() => Gazetteer.Load([new Place("A", ["ا ب"], "town", null), new Place("a", ["ت ث"], "town", null)])).Field);
        Assert.Equal("$.places[0].aliases", Assert.Throws<LexiconException>(() => Gazetteer.Load([new Place("A", [], "town", null)])).Field);
        var cycle = Assert.Throws<LexiconException>(() => Gazetteer.Load([new Place("A", ["ا ب"], "town", "B"), new Place("B", ["ت ث"], "town", "A")]));
        Assert.Contains("loops", cycle.Message);
    }

    [Fact]
    public void LoadBuildsASmallGazetteer()
    {
        var g = Gazetteer.Load([
            new Place("Country", ["البلد الكبير"], "country", null),
            new Place("Old Town", ["البلدة القديمة"], "town", "Country") { ContextAliases = ["القديمة"] },
        ]);
        Assert.Equal(2, g.Places.Count);
        Assert.Equal(["Country"], g.Ancestors("Old Town"));
        var m = Assert.Single(Mentions(g, "وصلوا إلى البلدة القديمة"));
        Assert.Equal(("البلدة القديمة", "Old Town", false), m);
        Assert.False(G.TryGet("Old Town", out _));
    }

    [Fact]
    public void WithAddsPlacesInsideKnownOnes()
    {
        var g = G.With([new Place("Jura", ["حي الجورة"], "neighbourhood", "Deir ez-Zor city")]);
        Assert.Equal(("حي الجورة", "Jura", false), Assert.Single(Mentions(g, "قصف على حي الجورة")));
        Assert.True(g.IsWithin("Jura", "Deir ez-Zor"));
        Assert.Empty(Mentions(G, "قصف على حي الجورة"));
        Assert.Equal(G.Places.Count + 1, g.Places.Count);
        Assert.Throws<LexiconException>(() => G.With([new Place("Douma again", ["دوما"], "city", null)]));
    }

    [Fact]
    public void WithFileAddsAUserGazetteer()
    {
        var path = LexiconSpecReader.TempFile("""
            {
              "places": [
                { "name": "Jura", "aliases": ["حي الجورة"], "type": "neighbourhood", "within": "Deir ez-Zor city" },
                { "name": "Qusour", "aliases": [], "contextAliases": ["القصور"], "type": "neighbourhood", "within": "Deir ez-Zor city" }
              ],
              "notPlaces": ["شارع الجورة"]
            }
            """);
        try
        {
            var g = G.WithFile(path);
            Assert.Equal([("حي الجورة", "Jura", false), ("القصور", "Qusour", false)], Mentions(g, "اشتباكات في حي الجورة وحي القصور"));
            Assert.Empty(Mentions(g, "بنيت القصور في شارع الجورة"));
            Assert.True(g.TryGet("Qusour", out _));
            Assert.False(G.TryGet("Qusour", out _));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void WithFileErrorsNameFileLineAndField()
    {
        AssertFileError("""
            {
              "places": [
                { "name": "Jura", "aliases": ["حي الجورة"], "type": "neighbourhood", "within": "Deir ez-Zor city", "population": 5 }
              ]
            }
            """, 3, "population");
        AssertFileError("""
            {
              "places": [
                { "name": "Jura", "aliases": ["حي الجورة"], "type": "neighbourhood", "within": "Deir ez-Zor city" },
                { "name": "Douma 2", "aliases": ["حي جديد",
                  "دوما"], "type": "city", "within": null }
              ]
            }
            """, 5, "$.places[1].aliases[1]");
        AssertFileError("""
            {
              "places": [
                { "name": "Jura", "aliases": ["حي الجورة"], "type": "neighbourhood",
                  "within": "Atlantis" }
              ]
            }
            """, 4, "$.places[0].within");
        AssertFileError("""
            {
              "places": [
                { "name": "Jura", "aliases": ["حي الجورة"] "type": "neighbourhood" }
              ]
            }
            """, 3, null);
        // The built-in gazetteer is untouched by the failures.
        Assert.Equal([("دوما", "Douma", false)], Mentions(Gazetteer.Default, "في دوما"));
        Assert.Throws<LexiconException>(() => G.WithFile(Path.Combine(Path.GetTempPath(), "claimcheck-no-such-file.json")));
    }

    private static void AssertFileError(string json, int line, string? field)
    {
        var path = LexiconSpecReader.TempFile(json);
        try
        {
            var e = Assert.Throws<LexiconException>(() => G.WithFile(path));
            Assert.Equal(path, e.File);
            Assert.Equal(line, e.Line);
            if (field is not null) Assert.Contains(field, e.Field);
            Assert.Contains(path, e.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void ResourceIsCleanText()
    {
        var json = LexiconLoader.ReadEmbedded("places.json");
        Assert.True(json.IsNormalized(NormalizationForm.FormC));
        Assert.DoesNotContain(json, c => c is (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF'));
    }

    [Fact]
    public void HostileTextNeverCrashesAndSpansStayInBounds()
    {
        var rng = new Random(20180521);
        string alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ ـًٌٍَُِّْ«»\"'()،,.؟!\n\u00A0\u200F0123456789٠١٢٣abc-/#_";
        string[] words = ["الحجر", "الأسود", "مخيم", "اليرموك", "التضامن", "حي", "و", "،", "بلدة", "هجين", "الباغور", "دوماً", "«", "»"];
        for (int round = 0; round < 300; round++)
        {
            var sb = new StringBuilder();
            int len = rng.Next(0, 400);
            for (int i = 0; i < len; i++)
            {
                if (rng.Next(3) == 0) sb.Append(words[rng.Next(words.Length)]).Append(' ');
                else sb.Append(alphabet[rng.Next(alphabet.Length)]);
            }
            var text = sb.ToString();
            var doc = new Document(text);
            int from = rng.Next(-2, doc.Tokens.Count + 2), to = rng.Next(-2, doc.Tokens.Count + 3);
            foreach (var range in new[] { (0, doc.Tokens.Count), (from, to) })
            {
                int lastEnd = int.MinValue;
                foreach (var m in G.FindMentions(doc, range.Item1, range.Item2))
                {
                    Assert.True(m.FirstToken >= Math.Max(0, range.Item1) && m.FirstToken < m.EndToken && m.EndToken <= doc.Tokens.Count);
                    Assert.True(m.FirstToken >= lastEnd);
                    lastEnd = m.EndToken;
                    var o = doc.ToOriginal(m.Span);
                    Assert.True(o.Start >= 0 && o.End <= text.Length && o.Start < o.End);
                }
            }
        }
    }

    [Fact]
    public void LongRepetitiveTextIsHandled()
    {
        var text = string.Concat(Enumerable.Repeat("الحجر الأسود والتضامن، الحجر ", 5000));
        var doc = new Document(text);
        var mentions = G.FindMentions(doc, 0, doc.Tokens.Count);
        Assert.Equal(10000, mentions.Count);
    }

    [Fact]
    public void ConcurrentUseGivesTheSameResults()
    {
        var text = LexiconSpecReader.Seed(LexiconSpecReader.SeedNames()[0]);
        var expected = Mentions(G, text);
        var results = new List<(string, string, bool)>[8];
        Parallel.For(0, results.Length, i => results[i] = Mentions(G, text));
        Assert.NotEmpty(expected);
        foreach (var r in results) Assert.Equal(expected, r);
    }
}
