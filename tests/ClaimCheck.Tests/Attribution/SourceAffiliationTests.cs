using System.Text.Json;
using ClaimCheck.Lexicons;
using ClaimCheck.Output;

namespace ClaimCheck.Tests.Attribution;

/// <summary>
/// Source affiliations (issue 13): the registry knows who owns or runs a source (Amaq is the Islamic State's agency, RT
/// Russian state media), from the embedded affiliations.json and user files on top of it; claims carry the affiliation and
/// HTML, Markdown, the contradiction notes, JSON and CSV show it, so "other (Amaq): 900" is not read as neutral.
/// </summary>
public sealed class SourceAffiliationTests : IDisposable
{
    // Two reports of one happening, written for this test: Amaq and SOHR give different tolls of regime forces.
    private static readonly Report AmaqReport = new("amaq.txt", "قتل 900 عنصر من قوات النظام في مخيم اليرموك بحسب وكالة أعماق.\n");
    private static readonly Report SohrReport = new("sohr.txt", "قتل 251 عنصرا من قوات النظام في مخيم اليرموك بحسب المرصد السوري لحقوق الإنسان.\n");

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "claimcheck-affiliations-" + Guid.NewGuid().ToString("N"));

    public SourceAffiliationTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string json)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    private static Analysis Analyze(SourceRegistry? sources = null)
    {
        var checker = sources is null ? ClaimChecker.CreateDefault() : ClaimChecker.Create(ClaimChecker.DefaultResources with { Sources = sources });
        return checker.Analyze([AmaqReport, SohrReport]);
    }

    [Fact]
    public void The_built_in_registry_knows_well_known_affiliations_by_name_and_alias()
    {
        var registry = SourceRegistry.Default;
        Assert.Equal("Islamic State agency", registry.AffiliationOf("Amaq"));
        Assert.Equal("Russian state media", registry.AffiliationOf("RT"));
        Assert.Equal("Russian state media", registry.AffiliationOf("RT Arabic")); // an alias, as a manifest may name the outlet
        Assert.Equal("Russian state media", registry.AffiliationOf("Sputnik"));
        Assert.Equal("Iranian state media", registry.AffiliationOf("Press TV"));
        Assert.Equal("Hezbollah's channel", registry.AffiliationOf("Al-Manar"));
        Assert.Equal("Turkish state agency", registry.AffiliationOf("Anadolu"));
        Assert.Null(registry.AffiliationOf("SOHR"));
        Assert.Null(registry.AffiliationOf("Kurdish media")); // outlets of different owners in one entry get none
        Assert.Null(registry.AffiliationOf("no such outlet"));
    }

    [Fact]
    public void Every_built_in_affiliation_names_a_canonical_registry_source_once()
    {
        using var doc = JsonDocument.Parse(LexiconLoader.ReadEmbedded("affiliations.json"));
        var entries = doc.RootElement.GetProperty("affiliations").EnumerateArray()
            .Select(e => (Source: e.GetProperty("source").GetString()!, Affiliation: e.GetProperty("affiliation").GetString()!)).ToArray();
        Assert.NotEmpty(entries);
        Assert.Equal(entries.Length, entries.Select(e => e.Source).Distinct(StringComparer.Ordinal).Count());
        var names = SourceRegistry.Default.Sources.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(entries, e =>
        {
            Assert.Contains(e.Source, names);
            Assert.Equal(e.Affiliation, SourceRegistry.Default.AffiliationOf(e.Source));
        });
    }

    [Fact]
    public void Claims_carry_the_affiliation_and_HTML_and_Markdown_show_it_next_to_the_source_and_in_the_contradiction()
    {
        var analysis = Analyze();
        var amaq = Assert.Single(analysis.Claims, c => c.Source.Name == "Amaq");
        Assert.Equal("Islamic State agency", amaq.Source.Affiliation);
        Assert.Null(Assert.Single(analysis.Claims, c => c.Source.Name == "SOHR").Source.Affiliation);
        var contradiction = Assert.Single(analysis.Contradictions);
        Assert.Contains("other (Amaq — Islamic State agency): 900", contradiction.Note, StringComparison.Ordinal);
        Assert.Contains("SOHR: 251", contradiction.Note, StringComparison.Ordinal);

        string html = AnalysisWriter.ToString(analysis, OutputFormat.Html);
        Output.HtmlShape.AssertWellFormedAndInert(html);
        const string labelled = "Amaq <span class=\"affiliation\">(Islamic State agency)</span>";
        // The claim in its camp group, the contradiction card's side evidence: both name the affiliation.
        Assert.True(Output.HtmlShape.Count(html, labelled) >= 2, html);
        int card = html.IndexOf("class=\"contradiction ", StringComparison.Ordinal);
        Assert.True(card >= 0);
        string cardHtml = html[card..html.IndexOf("</div>", card, StringComparison.Ordinal)];
        Assert.Contains(labelled, cardHtml, StringComparison.Ordinal);
        Assert.Contains("other (Amaq — Islamic State agency): 900", cardHtml, StringComparison.Ordinal);

        string markdown = AnalysisWriter.ToString(analysis, OutputFormat.Markdown);
        Assert.Contains("- **other** · Amaq — Islamic State agency (وكالة أعماق): casualties: 900 regime-forces killed", markdown, StringComparison.Ordinal);
        Assert.Contains("other \\(Amaq — Islamic State agency\\): 900", markdown, StringComparison.Ordinal);
        Assert.Contains("- **sohr** · SOHR (", markdown, StringComparison.Ordinal); // no affiliation, no dash
    }

    [Fact]
    public void JSON_and_CSV_add_the_affiliation_and_JSON_reads_it_back()
    {
        var analysis = Analyze();
        string json = AnalysisWriter.ToString(analysis, OutputFormat.Json);
        using (var doc = JsonDocument.Parse(json))
        {
            var sources = doc.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("source")).ToArray();
            var amaq = Assert.Single(sources, s => s.GetProperty("name").GetString() == "Amaq");
            Assert.Equal(["name", "camp", "via", "mention", "affiliation"], amaq.EnumerateObject().Select(p => p.Name));
            Assert.Equal("Islamic State agency", amaq.GetProperty("affiliation").GetString());
            var sohr = Assert.Single(sources, s => s.GetProperty("name").GetString() == "SOHR");
            Assert.Equal(JsonValueKind.Null, sohr.GetProperty("affiliation").ValueKind);
        }
        var back = AnalysisJson.Read(json);
        Assert.Equal("Islamic State agency", Assert.Single(back.Claims, c => c.Source.Name == "Amaq").Source.Affiliation);
        Assert.Equal(json, AnalysisWriter.ToString(back, OutputFormat.Json));

        string csv = AnalysisWriter.ToString(analysis, OutputFormat.Csv);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",eventLabel,sourceAffiliation,confidence", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(",Amaq,", StringComparison.Ordinal)
            && System.Text.RegularExpressions.Regex.IsMatch(l, @",Islamic State agency,(0\.\d{3}|1\.000)?$"));
    }

    [Fact]
    public void Align_fills_the_affiliation_of_claims_read_from_an_older_file_and_keeps_one_given()
    {
        var checker = ClaimChecker.CreateDefault();
        var extracted = checker.Extract(AmaqReport);
        var stripped = extracted with { Claims = extracted.Claims.Select(c => c with { Source = c.Source with { Affiliation = null } }).ToArray() };
        Assert.Equal("Islamic State agency", Assert.Single(checker.Align([stripped]).Claims).Source.Affiliation);

        var own = extracted with { Claims = extracted.Claims.Select(c => c with { Source = c.Source with { Affiliation = "given upstream" } }).ToArray() };
        Assert.Equal("given upstream", Assert.Single(checker.Align([own]).Claims).Source.Affiliation);
    }

    [Fact]
    public void A_user_file_replaces_and_adds_affiliations_and_the_built_in_registry_is_unchanged()
    {
        string path = Write("my-affiliations.json", """
            {
              // comments and trailing commas are allowed, as in every lexicon file
              "affiliations": [
                { "source": "Amaq", "affiliation": "ISIS propaganda outlet" },
                { "source": "SOHR", "affiliation": "UK-based monitor" },
              ]
            }
            """);
        var registry = SourceRegistry.Default.WithAffiliationsFile(path);
        Assert.Equal("ISIS propaganda outlet", registry.AffiliationOf("Amaq"));
        Assert.Equal("UK-based monitor", registry.AffiliationOf("SOHR"));
        Assert.Equal("Russian state media", registry.AffiliationOf("RT")); // the built-in ones stay
        Assert.Equal("Islamic State agency", SourceRegistry.Default.AffiliationOf("Amaq"));
        Assert.Null(SourceRegistry.Default.AffiliationOf("SOHR"));

        var analysis = Analyze(registry);
        Assert.Equal("UK-based monitor", Assert.Single(analysis.Claims, c => c.Source.Name == "SOHR").Source.Affiliation);
        string markdown = AnalysisWriter.ToString(analysis, OutputFormat.Markdown);
        Assert.Contains("Amaq — ISIS propaganda outlet (وكالة أعماق)", markdown, StringComparison.Ordinal);
        Assert.Contains("SOHR \\(SOHR — UK-based monitor\\): 251", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Islamic State agency", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_file_gives_affiliations_to_the_users_own_sources_and_keeps_them_when_sources_are_added_later()
    {
        string sources = Write("my-sources.json", """
            {"sources": [{"name": "Test Agency", "camp": "other", "kind": "agency", "aliases": ["وكالة التجربة"]}]}
            """);
        string affiliations = Write("my-affiliations.json", """{"affiliations": [{"source": "Test Agency", "affiliation": "a test owner"}]}""");
        var registry = SourceRegistry.Default.WithFile(sources).WithAffiliationsFile(affiliations);
        Assert.Equal("a test owner", registry.AffiliationOf("وكالة التجربة"));
        var later = registry.With([new Source("Another", Camp.Other, SourceKind.Outlet, ["موقع آخر للتجربة"])]);
        Assert.Equal("a test owner", later.AffiliationOf("Test Agency"));
        Assert.Equal("Islamic State agency", later.AffiliationOf("Amaq"));

        // Without the sources file first, the registry does not know the source: an error naming the line and field.
        var e = Assert.Throws<LexiconException>(() => SourceRegistry.Default.WithAffiliationsFile(affiliations));
        Assert.Equal("$.affiliations[0].source", e.Field);
        Assert.Equal(1, e.Line);
    }
}
