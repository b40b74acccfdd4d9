using ClaimCheck.Attribution;
using ClaimCheck.Claims;
using ClaimCheck.Lexicons;
using ClaimCheck.Output;
using ClaimCheck.Recognition;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// User lexicon files with mistakes in them — an unknown value (camp, type, id, tag), a duplicate alias, broken JSON, a
/// field the format does not have — are refused with a <see cref="LexiconException"/> that names the file, the line and
/// the field; and the built-in lexicons are untouched afterwards.
/// </summary>
[Collection(HugeInputCollection.Name)]
public sealed class UserFileErrorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "claimcheck-robustness-" + Guid.NewGuid().ToString("N"));

    public UserFileErrorTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string json)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    /// <summary>1-based line of the first line of <paramref name="json"/> that contains <paramref name="marker"/>.</summary>
    private static int LineOf(string json, string marker)
    {
        var lines = json.Split('\n');
        for (int i = 0; i < lines.Length; i++) if (lines[i].Contains(marker, StringComparison.Ordinal)) return i + 1;
        throw new ArgumentException($"marker {marker} not in the test file");
    }

    /// <summary>
    /// Loads <paramref name="json"/> as a file with <paramref name="load"/> and checks the error: the file always, the field
    /// always, and the line of <paramref name="marker"/> (pass null where the lexicon cannot know the line yet: see the report's gaps).
    /// For a syntax error the field is the JSON path System.Text.Json was in (the object or array around the mistake).
    /// </summary>
    private LexiconException Refused(string name, string json, Action<string> load, string? marker, string field, string? messagePart = null)
    {
        string path = Write(name, json);
        var e = Assert.Throws<LexiconException>(() => load(path));
        Assert.Equal(path, e.File);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Equal(field, e.Field);
        Assert.Contains(field, e.Message, StringComparison.Ordinal);
        if (marker is not null)
        {
            int line = LineOf(json, marker);
            Assert.Equal(line, e.Line);
            Assert.Contains($"{path}:{line}", e.Message, StringComparison.Ordinal);
        }
        if (messagePart is not null) Assert.Contains(messagePart, e.Message, StringComparison.Ordinal);
        return e;
    }

    // ---- source registry ----

    private const string SourceEntry = """
        {
          "sources": [
            {
              "name": "Test Outlet",
              "camp": "CAMP",
              "kind": "outlet",
              "aliases": ["ALIAS"]
            }
          ]
        }
        """;

    private static string Source(string camp = "opposition", string alias = "موقع التجربة") => SourceEntry.Replace("CAMP", camp).Replace("ALIAS", alias);

    [Fact]
    public void RegistryFileWithAnUnknownCamp() =>
        Refused("sources-camp.json", Source(camp: "neutral"), p => SourceRegistry.Default.WithFile(p), "\"camp\"", "$.sources[0].camp", "neutral");

    [Fact]
    public void RegistryFileWithAnAliasTheBuiltInRegistryHas() =>
        Refused("sources-dup.json", Source(alias: "سانا"), p => SourceRegistry.Default.WithFile(p), "سانا", "$.sources[0].aliases[0]", "SANA");

    [Fact]
    public void RegistryFileWithAnAliasTwice()
    {
        const string json = """
            {"sources": [
              {"name": "One", "camp": "other", "kind": "outlet", "aliases": ["موقع الأول"]},
              {"name": "Two", "camp": "other", "kind": "outlet",
               "aliases": ["موقع الثاني", "مَوقِع الأوّل"]}
            ]}
            """;
        Refused("sources-dup2.json", json, p => SourceRegistry.Default.WithFile(p), "مَوقِع الأوّل", "$.sources[1].aliases[1]", "One");
    }

    [Fact]
    public void RegistryFileWithASourceNameTheBuiltInRegistryHas()
    {
        const string json = """
            {"sources": [
              {"name": "SOHR", "camp": "sohr", "kind": "observatory", "aliases": ["مرصد التجربة"]}
            ]}
            """;
        Refused("sources-name.json", json, p => SourceRegistry.Default.WithFile(p), "\"SOHR\"", "$.sources[0].name");
    }

    [Fact]
    public void RegistryFileThatIsNotJson() =>
        Refused("sources-broken.json", Source().Replace("\"kind\": \"outlet\",", "\"kind\": \"outlet\""), p => SourceRegistry.Default.WithFile(p), "\"aliases\"", "$.sources[0]");

    [Fact]
    public void RegistryFileWithAnUnknownField() =>
        Refused("sources-field.json", Source().Replace("\"kind\": \"outlet\",", "\"kind\": \"outlet\",\n      \"colour\": \"red\","), p => SourceRegistry.Default.WithFile(p), "\"colour\"", "$.sources[0].colour", "colour");

    [Fact]
    public void RegistryFileWithAnUnknownKind() =>
        Refused("sources-kind.json", Source().Replace("\"outlet\"", "\"blog\""), p => SourceRegistry.Default.WithFile(p), "\"blog\"", "$.sources[0].kind");

    // ---- source affiliations ----

    private static void Affiliations(string path) => SourceRegistry.Default.WithAffiliationsFile(path);

    [Fact]
    public void AffiliationFileNamingASourceTheRegistryDoesNotHave()
    {
        const string json = """
            {"affiliations": [
              {"source": "Amaq", "affiliation": "Islamic State agency"},
              {"source": "Made-up Agency", "affiliation": "someone's"}
            ]}
            """;
        Refused("affiliations-unknown.json", json, Affiliations, "Made-up Agency", "$.affiliations[1].source", "no source 'Made-up Agency'");
    }

    [Fact]
    public void AffiliationFileNamingASourceByAnAlias() =>
        Refused("affiliations-alias.json", """{"affiliations": [{"source": "Russia Today", "affiliation": "Russian state media"}]}""",
            Affiliations, "Russia Today", "$.affiliations[0].source", "'RT'");

    [Fact]
    public void AffiliationFileListingASourceTwice()
    {
        const string json = """
            {"affiliations": [
              {"source": "RT", "affiliation": "Russian state media"},
              {"source": "Sputnik", "affiliation": "Russian state media"},
              {"source": "RT", "affiliation": "Russian government"}
            ]}
            """;
        Refused("affiliations-twice.json", json, Affiliations, "Russian government", "$.affiliations[2].source", "listed twice");
    }

    [Fact]
    public void AffiliationFileWithAnEmptyAffiliation()
    {
        const string json = """
            {"affiliations": [
              {"source": "RT",
               "affiliation": "  "}
            ]}
            """;
        Refused("affiliations-empty.json", json, Affiliations, "\"affiliation\": \"  \"", "$.affiliations[0].affiliation", "empty affiliation");
    }

    [Fact]
    public void AffiliationFileWithALineBreakInAnAffiliation() =>
        Refused("affiliations-control.json", "{\"affiliations\": [\n  {\"source\": \"RT\", \"affiliation\": \"Russian\\nstate media\"}\n]}",
            Affiliations, "Russian", "$.affiliations[0].affiliation", "control character");

    [Fact]
    public void AffiliationFileWithAnUnknownField() =>
        Refused("affiliations-field.json", "{\"affiliations\": [\n  {\"source\": \"RT\",\n   \"owner\": \"Russia\"}\n]}",
            Affiliations, "\"owner\"", "$.affiliations[0].owner", "owner");

    [Fact]
    public void AffiliationFileWithoutItsList() =>
        Refused("affiliations-list.json", "{\"description\": \"nothing here\"}", Affiliations, null, "$.affiliations", "\"affiliations\"");

    [Fact]
    public void AffiliationFileThatIsNotJson() =>
        Refused("affiliations-broken.json", "{\"affiliations\": [\n  {\"source\": \"RT\" \"affiliation\": \"x\"}\n]}",
            Affiliations, "\"RT\"", "$.affiliations[0]");

    [Fact]
    public void AffiliationFileThatCannotBeRead()
    {
        var e = Assert.Throws<LexiconException>(() => SourceRegistry.Default.WithAffiliationsFile(Path.Combine(_folder, "missing.json")));
        Assert.EndsWith("missing.json", e.File, StringComparison.Ordinal);
    }

    // ---- gazetteer ----

    private const string PlaceFile = """
        {
          "places": [
            {
              "name": "Test Town",
              "aliases": ["ALIAS"],
              "type": "TYPE",
              "within": WITHIN
            }
          ]
        }
        """;

    private static string PlaceJson(string alias = "بلدة التجربة", string type = "town", string within = "\"Damascus\"") =>
        PlaceFile.Replace("ALIAS", alias).Replace("TYPE", type).Replace("WITHIN", within);

    [Fact]
    public void GazetteerFileWithAnUnknownType() =>
        Refused("places-type.json", PlaceJson(type: "village"), p => Gazetteer.Default.WithFile(p), "\"type\"", "$.places[0].type", "village");

    [Fact]
    public void GazetteerFileWithAnUnknownParent() =>
        Refused("places-within.json", PlaceJson(within: "\"Atlantis\""), p => Gazetteer.Default.WithFile(p), "\"within\"", "$.places[0].within", "Atlantis");

    [Fact]
    public void GazetteerFileWithAnAliasTheBuiltInGazetteerHas() =>
        Refused("places-dup.json", PlaceJson(alias: "دوما"), p => Gazetteer.Default.WithFile(p), "دوما", "$.places[0].aliases[0]", "Douma");

    [Fact]
    public void GazetteerFileThatIsNotJson() =>
        Refused("places-broken.json", PlaceJson().Replace("\"type\": \"town\",", "\"type\": \"town\""), p => Gazetteer.Default.WithFile(p), "\"within\"", "$.places[0]");

    [Fact]
    public void GazetteerFileWithAnUnknownField() =>
        Refused("places-field.json", PlaceJson().Replace("\"type\": \"town\",", "\"type\": \"town\",\n      \"population\": 5000,"), p => Gazetteer.Default.WithFile(p), "\"population\"", "$.places[0].population", "population");

    // ---- actor lexicon ----

    private const string ActorFile = """
        {
          "actors": [
            {
              "id": "ID",
              "label": "Test brigade",
              "aliases": ["ALIAS"],
              "weakAliases": []
            }
          ]
        }
        """;

    private static string ActorJson(string id = "test-brigade", string alias = "لواء التجربة") => ActorFile.Replace("ID", id).Replace("ALIAS", alias);

    [Fact]
    public void ActorFileWithAnInvalidId() =>
        Refused("actors-id.json", ActorJson(id: "Test Brigade"), p => ActorLexicon.Default.WithFile(p), "\"id\"", "$.actors[0].id", "Test Brigade");

    [Fact]
    public void ActorFileWithAnIdTheBuiltInLexiconHas() =>
        Refused("actors-id2.json", ActorJson(id: "isis"), p => ActorLexicon.Default.WithFile(p), "\"id\"", "$.actors[0].id", "isis");

    [Fact]
    public void ActorFileWithAnAliasTheBuiltInLexiconHas() =>
        Refused("actors-dup.json", ActorJson(alias: "داعش"), p => ActorLexicon.Default.WithFile(p), "داعش", "$.actors[0].aliases[0]", "isis");

    [Fact]
    public void ActorFileThatIsNotJson() =>
        Refused("actors-broken.json", ActorJson().Replace("\"label\": \"Test brigade\",", "\"label\": \"Test brigade\""), p => ActorLexicon.Default.WithFile(p), "\"aliases\"", "$.actors[0]");

    [Fact]
    public void ActorFileWithAnUnknownField() =>
        Refused("actors-field.json", ActorJson().Replace("\"label\": \"Test brigade\",", "\"label\": \"Test brigade\",\n      \"camp\": \"opposition\","), p => ActorLexicon.Default.WithFile(p), "\"camp\"", "$.actors[0].camp", "camp");

    // ---- cue lexicon ----

    private const string CueFile = """
        {
          "cues": [
            {"text": "صرّح", "tags": ["say"]},
            {"text": "TEXT", "tags": [TAG]}
          ]
        }
        """;

    private static string CueJson(string text = "أعلنت", string tag = "\"say\"") => CueFile.Replace("TEXT", text).Replace("TAG", tag);

    [Fact]
    public void CueFileWithACueTwice() =>
        Refused("cues-dup.json", CueJson(text: "صَرَّح"), p => CueLexicon.Default.WithFile(p), "صَرَّح", "$.cues[1].text", "صرّح");

    [Fact]
    public void CueFileWithAnUnknownTag() =>
        Refused("cues-tag.json", CueJson(tag: "\"sya\""), p => CueLexicon.Default.WithFile(p), "\"sya\"", "$.cues[1].tags[0]", "sya");

    [Fact]
    public void CueFileWithAnEmptyText() =>
        Refused("cues-empty.json", CueJson(text: " "), p => CueLexicon.Default.WithFile(p), "\" \"", "$.cues[1].text");

    [Fact]
    public void CueFileThatIsNotJson() =>
        Refused("cues-broken.json", CueJson().Replace("\"tags\": [\"say\"]},\n    {\"text\": \"أعلنت\"", "\"tags\": [\"say\"]}\n    {\"text\": \"أعلنت\""), p => CueLexicon.Default.WithFile(p), "أعلنت", "$.cues[1]");

    [Fact]
    public void CueFileWithAnUnknownField() =>
        Refused("cues-field.json", CueJson().Replace("{\"text\": \"أعلنت\",", "{\"text\": \"أعلنت\", \"weight\": 2,"), p => CueLexicon.Default.WithFile(p), "\"weight\"", "$.cues[1].weight", "weight");

    [Fact]
    public void CueFileWithAVerbThatCannotBeConjugated() =>
        Refused("cues-conj.json", CueJson(text: "قضى").Replace("{\"text\": \"قضى\", \"tags\": [\"say\"]}", "{\"text\": \"قضى\", \"tags\": [\"say\"], \"conjugate\": \"full\"}"),
            p => CueLexicon.Default.WithFile(p), "قضى", "$.cues[1].conjugate", "weak letter");

    [Fact]
    public void CueFileWithAnUnknownConjugation() =>
        Refused("cues-conj2.json", CueJson().Replace("{\"text\": \"أعلنت\", \"tags\": [\"say\"]}", "{\"text\": \"أعلنت\", \"tags\": [\"say\"], \"conjugate\": \"often\"}"),
            p => CueLexicon.Default.WithFile(p), "often", "$.cues[1].conjugate");

    // ---- number lexicon ----

    private const string NumberFile = """
        {
          "cardinals": [
            {"value": 5, "words": ["خمسه"]}
          ],
          "months": [
            {"month": MONTH, "names": ["شهر التجربة"]}
          ]
        }
        """;

    [Fact]
    public void NumberFileWithAMonthThatDoesNotExist() =>
        // Line: NumberLexicon.Validate builds every error with line null (see the report), so only file and field are checked.
        Refused("numbers-month.json", NumberFile.Replace("MONTH", "13"), p => NumberLexicon.Default.WithFile(p), null, "$.months[0].month");

    [Fact]
    public void NumberFileThatIsNotJson() =>
        Refused("numbers-broken.json", NumberFile.Replace("MONTH", "4").Replace("[\"خمسه\"]}", "[\"خمسه\"]"), p => NumberLexicon.Default.WithFile(p), "],", "$.cardinals[0]");

    [Fact]
    public void NumberFileWithAnUnknownField() =>
        Refused("numbers-field.json", NumberFile.Replace("MONTH", "4").Replace("{\"value\": 5,", "{\"value\": 5, \"gender\": \"m\","), p => NumberLexicon.Default.WithFile(p), "\"gender\"", "$.cardinals[0].gender", "gender");

    // ---- date lexicon ----

    private const string DateFile = """
        {
          "months": [
            {"month": MONTH, "names": ["شهر التجربة"]}
          ],
          "weekdays": []
        }
        """;

    [Fact]
    public void DateFileWithAMonthThatDoesNotExist() =>
        // Line: DateLexicon.Validate builds every error with line null (see the report), so only file and field are checked.
        Refused("dates-month.json", DateFile.Replace("MONTH", "13"), p => DateLexicon.Default.Merge(DateLexicon.LoadFile(p)), null, "months[0].month");

    [Fact]
    public void DateFileThatIsNotJson() =>
        Refused("dates-broken.json", DateFile.Replace("MONTH", "4").Replace("],\n  \"weekdays\"", "]\n  \"weekdays\""), p => DateLexicon.LoadFile(p), "\"weekdays\"", "$");

    [Fact]
    public void DateFileWithAnUnknownField() =>
        Refused("dates-field.json", DateFile.Replace("MONTH", "4").Replace("{\"month\": 4,", "{\"month\": 4, \"calendar\": \"hijri\","), p => DateLexicon.LoadFile(p), "\"calendar\"", "$.months[0].calendar", "calendar");

    // ---- files of the wrong shape: missing lists, null entries (never a NullReferenceException) ----

    [Theory]
    [InlineData("sources", "{}", "$.sources")]
    [InlineData("sources", """{"sources": [null]}""", "$.sources[0]")]
    [InlineData("sources", """{"sources": [{"camp": "state", "kind": "outlet", "aliases": []}]}""", "$.sources[0].name")]
    [InlineData("sources", """{"sources": [{"name": "X", "camp": "state", "kind": "outlet", "aliases": [null]}]}""", "$.sources[0].aliases[0]")]
    [InlineData("sources", """{"sources": [{"name": "X", "camp": "state", "kind": "outlet", "aliases": ["«»"]}]}""", "$.sources[0].aliases[0]")]
    [InlineData("cues", "{}", "$.cues")]
    [InlineData("cues", """{"cues": null}""", "$.cues")]
    [InlineData("cues", """{"cues": [null]}""", "$.cues[0]")]
    [InlineData("cues", """{"cues": [{"text": "كلمة"}]}""", "$.cues[0].tags")]
    [InlineData("cues", """{"cues": [{"text": "كلمة", "tags": []}]}""", "$.cues[0].tags")]
    [InlineData("cues", """{"cues": [{"text": "كلمة", "tags": ["say", null]}]}""", "$.cues[0].tags[1]")]
    [InlineData("cues", """{"cues": [{"text": "كلمة", "tags": ["group:"]}]}""", "$.cues[0].tags[0]")]
    [InlineData("cues", """{"cues": [{"tags": ["say"]}]}""", "$.cues[0].text")]
    [InlineData("cues", """{"cues": [{"text": "«»", "tags": ["say"]}]}""", "$.cues[0].text")]
    [InlineData("actors", """{"actors": [null]}""", "$.actors[0]")]
    [InlineData("actors", """{"actors": [{"id": "x", "label": "X", "aliases": [null]}]}""", "$.actors[0].aliases")]
    [InlineData("places", """{"places": [null]}""", "$.places[0]")]
    [InlineData("places", """{"places": [{"name": "X", "aliases": ["س ص"], "type": "town"}], "placeWords": [null]}""", "$.placeWords[0]")]
    [InlineData("numbers", """{"cardinals": null}""", "$")]
    [InlineData("numbers", """{"cardinals": [{"value": -1, "words": ["صفر"]}]}""", "$.cardinals[0].value")]
    [InlineData("dates", """{"months": null}""", "months")]
    [InlineData("dates", """{"weekdays": [{"day": "monday", "names": []}]}""", "weekdays[0].names")]
    public void FilesOfTheWrongShapeAreRefusedByField(string lexicon, string json, string field)
    {
        string path = Write(lexicon + "-shape.json", json);
        Action load = lexicon switch
        {
            "sources" => () => SourceRegistry.Default.WithFile(path),
            "cues" => () => CueLexicon.Default.WithFile(path),
            "actors" => () => ActorLexicon.Default.WithFile(path),
            "places" => () => Gazetteer.Default.WithFile(path),
            "numbers" => () => NumberLexicon.Default.WithFile(path),
            _ => () => DateLexicon.LoadFile(path),
        };
        var e = Assert.Throws<LexiconException>(load);
        Assert.Equal(path, e.File);
        Assert.Equal(field, e.Field);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    // ---- afterwards ----

    /// <summary>Good files are taken (a control for the tests above), and neither good nor bad files change the built-in lexicons.</summary>
    [Fact]
    public void TheDefaultsAreUnchangedByUserFilesGoodOrBad()
    {
        var seeds = Seeds.Reports();
        string before = AnalysisJson.Serialize(ClaimChecker.CreateDefault().Analyze(seeds));
        int sources = SourceRegistry.Default.Sources.Count, places = Gazetteer.Default.Places.Count, actors = ActorLexicon.Default.Actors.Count,
            cues = CueLexicon.Default.Cues.Count, cardinals = NumberLexicon.Default.Cardinals.Count, months = DateLexicon.Default.Months.Count;

        // Good files extend a copy.
        var registry = SourceRegistry.Default.WithFile(Write("ok-sources.json", Source()));
        Assert.True(registry.TryFind("موقع التجربة", out var added) && added.Camp == Camp.Opposition);
        var gazetteer = Gazetteer.Default.WithFile(Write("ok-places.json", PlaceJson()));
        Assert.True(gazetteer.IsWithin("Test Town", "Damascus"));
        var actorLexicon = ActorLexicon.Default.WithFile(Write("ok-actors.json", ActorJson()));
        Assert.True(actorLexicon.TryGet("test-brigade", out _));
        var cueLexicon = CueLexicon.Default.WithFile(Write("ok-cues.json", CueJson()));
        Assert.Equal(cues + 2, cueLexicon.Cues.Count);
        var numbers = NumberLexicon.Default.WithFile(Write("ok-numbers.json", NumberFile.Replace("MONTH", "4")));
        Assert.Equal(cardinals + 1, numbers.Cardinals.Count);
        var dates = DateLexicon.Default.Merge(DateLexicon.LoadFile(Write("ok-dates.json", DateFile.Replace("MONTH", "4"))));
        Assert.Equal(months + 1, dates.Months.Count);
        string custom = "موقع التجربة:\nقال لواء التجربة إن 5 مدنيين قتلوا في بلدة التجربة.";
        var withFiles = ClaimChecker.Create(new ExtractionResources(registry, cueLexicon, new QuantityRecognizer(numbers), new DateRecognizer(dates), gazetteer, actorLexicon));
        var claim = Assert.Single(withFiles.Extract(new Report("custom", custom)).Claims);
        Assert.Equal("Test Outlet", withFiles.Extract(new Report("custom", custom)).Report.Outlet);
        Assert.Contains("Test Town", claim.Places);

        // Bad files of every kind.
        var bad = new (string Name, string Json, Action<string> Load)[]
        {
            ("b1.json", Source(camp: "neutral"), p => SourceRegistry.Default.WithFile(p)),
            ("b2.json", Source(alias: "سانا"), p => SourceRegistry.Default.WithFile(p)),
            ("b3.json", PlaceJson(alias: "دوما"), p => Gazetteer.Default.WithFile(p)),
            ("b4.json", ActorJson(alias: "داعش"), p => ActorLexicon.Default.WithFile(p)),
            ("b5.json", CueJson(text: "صَرَّح"), p => CueLexicon.Default.WithFile(p)),
            ("b6.json", NumberFile.Replace("MONTH", "13"), p => NumberLexicon.Default.WithFile(p)),
            ("b7.json", DateFile.Replace("MONTH", "13"), p => DateLexicon.LoadFile(p)),
            ("b8.json", "{", p => SourceRegistry.Default.WithFile(p)),
            ("b9.json", "", p => Gazetteer.Default.WithFile(p)),
            ("b10.json", "null", p => ActorLexicon.Default.WithFile(p)),
            ("b11.json", "[]", p => CueLexicon.Default.WithFile(p)),
        };
        foreach (var (name, json, load) in bad)
        {
            string path = Write(name, json);
            var e = Assert.Throws<LexiconException>(() => load(path));
            Assert.Equal(path, e.File);
        }
        Assert.Throws<LexiconException>(() => SourceRegistry.Default.WithFile(Path.Combine(_folder, "missing.json")));

        Assert.Equal(sources, SourceRegistry.Default.Sources.Count);
        Assert.Equal(places, Gazetteer.Default.Places.Count);
        Assert.Equal(actors, ActorLexicon.Default.Actors.Count);
        Assert.Equal(cues, CueLexicon.Default.Cues.Count);
        Assert.Equal(cardinals, NumberLexicon.Default.Cardinals.Count);
        Assert.Equal(months, DateLexicon.Default.Months.Count);
        Assert.False(SourceRegistry.Default.TryFind("موقع التجربة", out _));
        Assert.DoesNotContain(ClaimChecker.CreateDefault().Extract(new Report("custom", custom)).Claims, c => c.Places.Contains("Test Town"));
        Assert.Equal(before, AnalysisJson.Serialize(ClaimChecker.CreateDefault().Analyze(seeds)));
    }
}
