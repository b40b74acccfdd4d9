using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// Hostile text through the whole library: for each input, <see cref="ClaimChecker.Extract"/> and <see cref="ClaimChecker.Analyze"/>
/// return, every evidence span is in bounds and cuts exactly its words out of the original, claim ids are unique, and the
/// JSON writer renders the result. No test measures time: the algorithms' bounds are argued in the code, not clocked.
/// </summary>
public class HostileInputTests
{
    private static readonly ClaimChecker Checker = ClaimChecker.CreateDefault();

    public static TheoryData<string> Files() => new(NastyInputs.FileNames());

    public static TheoryData<string> GeneratedNames() => new(NastyInputs.Generated.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public void HandWrittenInputIsHandled(string name) => Survives(name, NastyInputs.File(name));

    [Theory]
    [MemberData(nameof(GeneratedNames))]
    public void GeneratedInputIsHandled(string name) => Survives(name, NastyInputs.Generated[name]());

    [Fact]
    public void TheCorpusIsThere()
    {
        Assert.Contains("empty.txt", NastyInputs.FileNames());
        Assert.Equal("", NastyInputs.File("empty.txt"));
        Assert.True(NastyInputs.FileNames().Count() >= 7);
        Assert.True(NastyInputs.LexiconPhrases().Count > 1_000, "the lexicon phrases were not collected");
    }

    /// <summary>All inputs in one call: ids stay unique across reports, and each report yields what it yields alone.</summary>
    [Fact]
    public void AllModerateInputsTogether()
    {
        var reports = NastyInputs.FileNames().Select(n => new Report(n, NastyInputs.File(n)))
            .Concat(NastyInputs.Generated.Select(g => new Report(g.Key, g.Value())))
            .ToArray();
        var together = Checker.Analyze(reports);
        OutputInvariants.Check(reports, together);
        foreach (var r in reports) OutputInvariants.CheckSameClaims(Checker.Extract(r), together);
    }

    /// <summary>Hostile metadata: empty and odd ids, outlets that are long, unknown or made of controls, dates at the ends of the calendar.</summary>
    [Fact]
    public void HostileMetadataIsHandled()
    {
        string text = "حرية برس:\nقال المرصد السوري إن 25 مدنياً قتلوا أمس في مخيم اليرموك، ونفت سانا التوصل إلى اتفاق.";
        Report[] reports =
        [
            new("", text),
            new(" ", text, ""),
            new("\uD800", text, "\uDFFF"),
            new("id\u0000with\u001Fcontrols\u202E", text, "\u202Eسانا\u202C", DateOnly.MinValue),
            new(new string('x', 10_000), text, new string('ب', 10_000), DateOnly.MaxValue),
            new("<script>alert(1)</script>", text, "SANA", new DateOnly(2018, 5, 21)),
            new("قال", text, "المرصد السوري لحقوق الإنسان", new DateOnly(1, 1, 1)),
        ];
        var together = Checker.Analyze(reports);
        OutputInvariants.Check(reports, together);
        foreach (var r in reports)
        {
            var alone = Checker.Extract(r);
            OutputInvariants.Check(r, alone);
            OutputInvariants.CheckSame(alone, Checker.Extract(r));
            OutputInvariants.CheckSameClaims(alone, together);
        }
        // The metadata does not change what the text says: every report yields the claims of the first, up to its id.
        var first = together.Claims.Where(c => c.ReportId == reports[0].Id).ToArray();
        Assert.NotEmpty(first);
        foreach (var r in reports)
            Assert.Equal(first.Select(c => (c.Kind, c.Quantity, c.Polarity, c.Evidence)), together.Claims.Where(c => c.ReportId == r.Id).Select(c => (c.Kind, c.Quantity, c.Polarity, c.Evidence)));
    }

    /// <summary>
    /// Hostile metadata and every nasty text through the formats people read: no control or direction character arrives
    /// raw (it is shown as &lt;U+XXXX&gt;), and no CSV field starts like a spreadsheet formula.
    /// </summary>
    [Fact]
    public void HumanFormatsShowHiddenCharactersAndCsvHoldsNoFormula()
    {
        string text = "حرية برس:\nقال المرصد السوري إن 25 مدنياً قتلوا أمس في مخيم اليرموك، ونفت سانا التوصل إلى اتفاق.";
        string[] ids = ["=1+1", "+cmd", "-2", "@A1", "\tx", "\rx", "id\u0000with\u001Fcontrols\u202E", "\u2066isolate", "new\nline", "\u009Bc1"];
        var reports = ids.Select((id, i) => new Report(id, text, i % 2 == 0 ? "\u202E" + id : "=outlet" + id))
            .Concat(NastyInputs.FileNames().Select(n => new Report("nasty-" + n, NastyInputs.File(n))))
            .ToArray();
        var analysis = Checker.Analyze(reports);
        var texts = reports.ToDictionary(r => r.Id, r => r.Text, StringComparer.Ordinal);
        foreach (var format in new[] { ClaimCheck.OutputFormat.Markdown, ClaimCheck.OutputFormat.Html, ClaimCheck.OutputFormat.Csv })
        {
            string output = ClaimCheck.AnalysisWriter.ToString(analysis, format, texts);
            Assert.DoesNotContain(output, c => c is not ('\t' or '\n' or '\r') && ClaimCheck.Output.DisplayText.IsHidden(c));
        }
        string csv = ClaimCheck.AnalysisWriter.ToString(analysis, ClaimCheck.OutputFormat.Csv);
        foreach (var field in CsvFields(csv))
            Assert.False(field.Length > 0 && "=+-@\t\r".Contains(field[0], StringComparison.Ordinal), field);
    }

    /// <summary>The fields of an RFC 4180 document.</summary>
    private static IEnumerable<string> CsvFields(string csv)
    {
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < csv.Length; i++)
        {
            char c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c is ',' or '\n')
            {
                yield return field.ToString().TrimEnd('\r');
                field.Clear();
            }
            else field.Append(c);
        }
    }

    /// <summary>Every relative date word against publication dates at the ends of the calendar: no date arithmetic overflows.</summary>
    [Fact]
    public void RelativeDatesAtTheEndsOfTheCalendarAreHandled()
    {
        string text = "قال المرصد إن 25 مدنياً قتلوا أمس وغداً واليوم وأول من أمس والأحد المقبل والسبت الماضي والشهر المقبل والشهر الماضي "
            + "وفي أيار من العام المقبل وفي آذار من العام الماضي وفي 31 شباط و29 شباط وفي كانون الأول الماضي وفي كانون الثاني المقبل "
            + "وليل السبت-الأحد وفي 2018/13/45 و31.12.9999 و01.01.0001 عام 9999 عام 10000 يوم 0 من الشهر.";
        DateOnly?[] published = [DateOnly.MinValue, new DateOnly(1, 1, 3), DateOnly.MaxValue, new DateOnly(9999, 12, 25), new DateOnly(2016, 2, 29), null];
        var reports = published.Select((d, i) => new Report("dates-" + i, text, null, d)).ToArray();
        foreach (var r in reports)
        {
            var result = Checker.Extract(r);
            OutputInvariants.Check(r, result);
            Assert.NotEmpty(result.Claims);
        }
        OutputInvariants.Check(reports, Checker.Analyze(reports));
    }

    /// <summary>
    /// Context names license each other along a list ("التضامن والتضامن … ومخيم اليرموك"): a licence from either end reaches
    /// every mention of a long chain (the gazetteer does this in two passes, not one pass per link).
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ALongChainOfContextPlacesIsKeptFromEitherEnd(bool licenceAtTheEnd)
    {
        const int links = 2_000;
        string chain = NastyInputs.Repeat("التضامن و", links);
        string text = licenceAtTheEnd ? chain + "مخيم اليرموك" : "مخيم اليرموك و" + chain + "القدم";
        var doc = new ClaimCheck.Text.Document(text);
        var mentions = ClaimCheck.Recognition.Gazetteer.Default.FindMentions(doc, 0, doc.Tokens.Count);
        Assert.Equal(links + (licenceAtTheEnd ? 1 : 2), mentions.Count);
        Assert.Equal(links, mentions.Count(m => m.Place.Name == "Tadamon"));
        // Without a licence nothing in the chain is a place.
        var bare = new ClaimCheck.Text.Document(chain);
        Assert.Empty(ClaimCheck.Recognition.Gazetteer.Default.FindMentions(bare, 0, bare.Tokens.Count));
    }

    internal static void Survives(string name, string text)
    {
        var report = new Report(name, text);
        var extracted = Checker.Extract(report);
        OutputInvariants.Check(report, extracted);
        var analysis = Checker.Analyze([report]);
        OutputInvariants.Check([report], analysis);
        OutputInvariants.CheckSameClaims(extracted, analysis);
    }
}

/// <summary>The 10 MB inputs, one at a time (they hold hundreds of megabytes while they run, so they do not run beside each other).</summary>
[Collection(HugeInputCollection.Name)]
public class HugeInputTests
{
    public static TheoryData<string> HugeNames() => new(NastyInputs.Huge.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(HugeNames))]
    public void TenMegabytesOfOneCharacterAreHandled(string name)
    {
        string text = NastyInputs.Huge[name]();
        Assert.Equal(NastyInputs.TenMegabytes, text.Length);
        HostileInputTests.Survives(name, text);
    }
}

/// <summary>Tests that must not run in parallel with others: memory-heavy inputs and the thread-safety test's own threads.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public class HugeInputCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Robustness: one at a time";
}

/// <summary>Minimal repros of defects the robustness suite found, kept as regression tests.</summary>
public class RobustnessRegressionTests
{
    [Theory]
    [InlineData("5")]
    [InlineData("نحو 5")]
    [InlineData("عشرات")]
    [InlineData("٣٣٣")]
    public void ACountOpeningTheReportWithNoNounIsNoClaim(string text) =>
        Assert.Empty(ClaimChecker.CreateDefault().Extract(new Report("x", text)).Claims);

    [Fact]
    public void TwoCountsOverTheSameWordsHaveDifferentIds()
    {
        var claims = ClaimChecker.CreateDefault().Extract(new Report("x", "قتل 5 طفلين")).Claims;
        Assert.Equal(claims.Count, claims.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void ANullTextIsAnArgumentError() =>
        Assert.Throws<ArgumentNullException>(() => ClaimChecker.CreateDefault().Extract(new Report("x", null!)));
}
