using System.Globalization;
using System.Text.Json;
using ClaimCheck.Lexicons;
using ClaimCheck.Recognition;
using ClaimCheck.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimCheck.Tests.Recognition;

public class DateRecognizerTests
{
    private static readonly DateOnly Monday = new(2018, 5, 21);

    // ---- data-driven specs ----

    public static TheoryData<int, string> DateSpecLines() => SpecLines("dates.jsonl");

    public static TheoryData<int, string> DateSeedSpecLines() => SpecLines("dates-seeds.jsonl");

    /// <summary>Specs/dates.jsonl: a text, its publication date and every date mention expected in it, in order.</summary>
    [Theory]
    [MemberData(nameof(DateSpecLines))]
    public void DateSpec(int line, string json)
    {
        using var spec = JsonDocument.Parse(json);
        var root = spec.RootElement;
        string text = root.GetProperty("text").GetString()!;
        var published = ParseDate(root.GetProperty("published"));
        AssertMentions($"dates.jsonl:{line}", text, published, root.GetProperty("expected"));
    }

    /// <summary>Specs/dates-seeds.jsonl: every date mention of a whole seed report (nothing more), with the manifest's publication date.</summary>
    [Theory]
    [MemberData(nameof(DateSeedSpecLines))]
    public void DateSeedSpec(int line, string json)
    {
        using var spec = JsonDocument.Parse(json);
        var root = spec.RootElement;
        string seed = root.GetProperty("seed").GetString()!;
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", seed));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "manifest.json")));
        var published = ParseDate(manifest.RootElement.GetProperty(seed).GetProperty("published"));
        AssertMentions($"dates-seeds.jsonl:{line} ({seed})", text, published, root.GetProperty("expected"));
    }

    private static void AssertMentions(string where, string text, DateOnly? published, JsonElement expected)
    {
        var doc = new Document(text);
        var mentions = DateRecognizer.Default.Recognize(doc, published);
        foreach (var m in mentions) AssertWellFormed(doc, m);
        var want = expected.EnumerateArray().Select(e => Render(
            e.GetProperty("quote").GetString()!,
            ParseDate(e.GetProperty("date")),
            e.TryGetProperty("endDate", out var end) ? ParseDate(end) : null,
            e.GetProperty("kind").GetString()!,
            e.TryGetProperty("yearInferred", out var inf) && inf.GetBoolean())).ToList();
        var got = mentions.Select(m =>
        {
            var o = doc.ToOriginal(m.Span);
            return Render(text[o.Start..o.End], m.Date, m.EndDate, m.Kind.ToString().ToLowerInvariant(), m.YearInferred);
        }).ToList();
        Assert.True(want.SequenceEqual(got), $"{where}\nexpected:\n  {string.Join("\n  ", want)}\nactual:\n  {string.Join("\n  ", got)}");
    }

    private static string Render(string quote, DateOnly? date, DateOnly? endDate, string kind, bool inferred) =>
        $"[{quote}] {Iso(date)}{(endDate is null ? "" : ".." + Iso(endDate))} {kind}{(inferred ? " yearInferred" : "")}";

    private static string Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "null";

    private static DateOnly? ParseDate(JsonElement e) =>
        e.ValueKind == JsonValueKind.Null ? null : DateOnly.ParseExact(e.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static TheoryData<int, string> SpecLines(string file)
    {
        var data = new TheoryData<int, string>();
        int n = 0;
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Specs", file)))
        {
            n++;
            if (!string.IsNullOrWhiteSpace(line)) data.Add(n, line);
        }
        return data;
    }

    /// <summary>The invariants every mention keeps: span inside the text and inside its tokens, dates ordered.</summary>
    private static void AssertWellFormed(Document doc, DateMention m)
    {
        Assert.InRange(m.FirstToken, 0, doc.Tokens.Count - 1);
        Assert.InRange(m.EndToken, m.FirstToken + 1, doc.Tokens.Count);
        Assert.InRange(m.Span.Start, doc.Tokens[m.FirstToken].Start, doc.Tokens[m.FirstToken].End - 1);
        Assert.Equal(doc.Tokens[m.EndToken - 1].End, m.Span.End);
        if (m.EndDate is not null)
        {
            Assert.NotNull(m.Date);
            Assert.True(m.EndDate > m.Date, $"EndDate {m.EndDate} not after Date {m.Date}");
        }
        Assert.NotNull(m.Cues);
    }

    // ---- the lexicon: every entry is reachable ----

    [Fact]
    public void EveryMonthNameIsReachable()
    {
        foreach (var entry in DateLexicon.Default.Months)
            foreach (var name in entry.Names)
            {
                var m = Single($"وقع الهجوم في 3 {name} 2017 على المدينة", Monday);
                Assert.Equal(new DateOnly(2017, entry.Month, 3), m.Date);
                Assert.Equal(DateKind.Explicit, m.Kind);
                Assert.Contains(name, m.Cues);
            }
    }

    [Fact]
    public void EveryWeekdayNameIsReachable()
    {
        foreach (var entry in DateLexicon.Default.Weekdays)
            foreach (var name in entry.Names)
            {
                var (doc, m) = SingleIn($"خرجت الدفعة {name} من المخيم", Monday);
                Assert.Equal(DateKind.Weekday, m.Kind);
                Assert.Equal(entry.Day, m.Date!.Value.DayOfWeek);
                Assert.InRange(Monday.DayNumber - m.Date.Value.DayNumber, 0, 6);
                Assert.Equal(name, Quote(doc, m));
            }
    }

    [Fact]
    public void EveryRelativeDayIsReachable()
    {
        foreach (var entry in DateLexicon.Default.RelativeDays)
            foreach (var name in entry.Names)
            {
                var (doc, m) = SingleIn($"خرجت الدفعة {name} من المخيم", Monday);
                Assert.Equal(DateKind.Relative, m.Kind);
                Assert.Equal(Monday.AddDays(entry.Offset), m.Date);
                Assert.Equal(name, Quote(doc, m));
            }
    }

    [Fact]
    public void EveryRelativeMonthAndYearIsReachable()
    {
        foreach (var entry in DateLexicon.Default.RelativeMonths)
            foreach (var name in entry.Names)
            {
                var m = Single($"تقدمت القوات في {name} نحو المدينة", Monday);
                var first = new DateOnly(2018, 5, 1).AddMonths(entry.Offset);
                Assert.Equal(first, m.Date);
                Assert.Equal(first.AddMonths(1).AddDays(-1), m.EndDate);
            }
        foreach (var entry in DateLexicon.Default.RelativeYears)
            foreach (var name in entry.Names)
            {
                var m = Single($"تقدمت القوات في أيار من {name} نحو المدينة", Monday);
                Assert.Equal(new DateOnly(2018 + entry.Offset, 5, 1), m.Date);
                Assert.False(m.YearInferred);
            }
    }

    [Fact]
    public void EveryOrdinalDayIsReachable()
    {
        foreach (var entry in DateLexicon.Default.OrdinalDays)
            foreach (var name in entry.Names)
            {
                var (doc, m) = SingleIn($"وفي {name} من أيار 2018 خرجت الدفعة", Monday);
                Assert.Equal(new DateOnly(2018, 5, entry.Day), m.Date);
                Assert.Equal($"{name} من أيار 2018", Quote(doc, m));
            }
    }

    [Fact]
    public void EveryPartOfDayAndModifierIsReachable()
    {
        foreach (var entry in DateLexicon.Default.PartsOfDay)
            foreach (var name in entry.Names)
            {
                var (doc, m) = SingleIn($"خرجت الدفعة {name} السبت من المخيم", Monday);
                Assert.Equal(new DateOnly(2018, 5, 19), m.Date);
                Assert.Equal($"{name} السبت", Quote(doc, m));
                // Only a night word joins two days; after another part of the day "الأحد" is a mention of its own.
                var night = DateRecognizer.Default.Recognize(new Document($"خرجت الدفعة {name} السبت-الأحد من المخيم"), Monday);
                Assert.Equal(entry.Night ? 1 : 2, night.Count);
                Assert.Equal(entry.Night ? new DateOnly(2018, 5, 20) : null, night[0].EndDate);
            }
        foreach (var entry in DateLexicon.Default.Modifiers)
            foreach (var name in entry.Names)
            {
                var m = Single($"خرجت الدفعة الإثنين {name} من المخيم", Monday);
                Assert.Equal(entry.Direction == DateDirection.Past ? new DateOnly(2018, 5, 14) : new DateOnly(2018, 5, 28), m.Date);
            }
    }

    [Fact]
    public void EveryFunctionWordIsReachable()
    {
        var lex = DateLexicon.Default;
        foreach (var w in lex.DayWords) Assert.Equal($"{w} السبت", QuoteOf(Single($"خرجت {w} السبت", Monday), $"خرجت {w} السبت"));
        foreach (var w in lex.MonthWords) Assert.Equal(new DateOnly(2018, 5, 31), Single($"في {w} أيار", Monday).EndDate);
        foreach (var w in lex.YearWords) Assert.Equal(new DateOnly(2017, 5, 1), Single($"في أيار {w} 2017", Monday).Date);
        foreach (var w in lex.YearSuffixes) Assert.Equal($"أيار 2017{w}", QuoteOf(Single($"في أيار 2017{w} وبعده", Monday), $"في أيار 2017{w} وبعده"));
        foreach (var w in lex.OfWords) Assert.Equal(new DateOnly(2018, 5, 1), Single($"في الأول {w} أيار", Monday).Date);
        foreach (var w in lex.LinkWords)
        {
            var m = Single($"بدأت يوم الخميس {w} 19 نيسان 2018", Monday);
            Assert.Equal((new DateOnly(2018, 4, 19), DateKind.Explicit), (m.Date!.Value, m.Kind));
        }
        foreach (var w in lex.RangeWords) Assert.Equal(new DateOnly(2018, 5, 20), Single($"خرجت ليل السبت {w} الأحد", Monday).EndDate);
        foreach (var phrase in lex.NotDates) Assert.Empty(DateRecognizer.Default.Recognize(new Document($"قال {phrase} شيئا"), Monday));
    }

    private static DateMention Single(string text, DateOnly? published) => SingleIn(text, published).Mention;

    private static (Document Doc, DateMention Mention) SingleIn(string text, DateOnly? published)
    {
        var doc = new Document(text);
        var all = DateRecognizer.Default.Recognize(doc, published);
        Assert.True(all.Count == 1, $"expected one mention in «{text}», got {all.Count}: {string.Join(" | ", all.Select(m => Quote(doc, m)))}");
        AssertWellFormed(doc, all[0]);
        return (doc, all[0]);
    }

    private static string Quote(Document doc, DateMention m)
    {
        var o = doc.ToOriginal(m.Span);
        return doc.Original[o.Start..o.End];
    }

    private static string QuoteOf(DateMention m, string text) => Quote(new Document(text), m);

    // ---- API behaviour ----

    [Fact]
    public void DefaultIsBuiltOnce() => Assert.Same(DateRecognizer.Default, DateRecognizer.Default);

    [Fact]
    public void UsersCanAddWords()
    {
        const string text = "خرجت الحافلات مبارح الاتنين";
        Assert.Empty(DateRecognizer.Default.Recognize(new Document(text), Monday));

        string path = Path.Combine(Path.GetTempPath(), $"claimcheck-dates-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            { "relativeDays": [ { "offset": -1, "names": ["مبارح"] } ],
              "weekdays": [ { "day": "sunday", "names": ["الاتنين"] } ] }
            """);
        try
        {
            var recognizer = new DateRecognizer(DateLexicon.Default.Merge(DateLexicon.LoadFile(path)));
            var doc = new Document(text);
            var m = Assert.Single(recognizer.Recognize(doc, Monday));
            Assert.Equal("مبارح الاتنين", Quote(doc, m));
            Assert.Equal(new DateOnly(2018, 5, 20), m.Date);
            Assert.Equal(["مبارح", "الاتنين"], m.Cues);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("""{ "months": [ { "month": 13, "names": ["x"] } ] }""", "months[0].month")]
    [InlineData("""{ "ordinalDays": [ { "day": 1, "names": [] } ] }""", "ordinalDays[0].names")]
    [InlineData("""{ "weekdays": [ { "day": "someday", "names": ["x"] } ] }""", "$.weekdays[0].day")]
    [InlineData("""{ "monthz": [] }""", "$.monthz")]
    [InlineData("""{ "dayWords": null }""", "dayWords")]
    public void BadLexiconsNameTheField(string json, string field)
    {
        var e = Assert.Throws<LexiconException>(() => DateLexicon.Parse(json, "user.json"));
        Assert.Equal("user.json", e.File);
        Assert.Equal(field, e.Field);
    }

    [Fact]
    public void RangeRecognitionStaysInsideTheRange()
    {
        var doc = new Document("خرجت الدفعة أمس. وخرجت الثانية اليوم الاثنين. وتخرج الثالثة الأحد المقبل.");
        var all = DateRecognizer.Default.Recognize(doc, Monday);
        Assert.Equal(3, all.Count);
        foreach (var sentence in doc.Sentences)
        {
            var inside = DateRecognizer.Default.Recognize(doc, sentence.FirstToken, sentence.EndToken, Monday);
            var m = Assert.Single(inside);
            Assert.True(sentence.Span.Contains(m.Span));
            Assert.Contains(all, a => a.Span == m.Span && a.Date == m.Date && a.Kind == m.Kind && a.Cues.SequenceEqual(m.Cues));
        }
        // A range that cuts "اليوم الاثنين" after its first word sees only "اليوم".
        int today = all[1].FirstToken;
        var cut = Assert.Single(DateRecognizer.Default.Recognize(doc, today, today + 1, Monday));
        Assert.Equal(today + 1, cut.EndToken);
        // Out-of-range indexes are clamped, not thrown.
        Assert.Equal(all.Select(m => (m.Span, m.Date)), DateRecognizer.Default.Recognize(doc, -5, 10_000, Monday).Select(m => (m.Span, m.Date)));
        Assert.Empty(DateRecognizer.Default.Recognize(doc, 10_000, -1, Monday));
    }

    [Theory]
    [InlineData("أمس")]
    [InlineData("غد")]
    [InlineData("السبت الماضي")]
    [InlineData("الأحد المقبل")]
    [InlineData("14 تشرين الأول")]
    [InlineData("الشهر الماضي")]
    [InlineData("الشهر المقبل")]
    [InlineData("أيار من العام الماضي")]
    [InlineData("أيار من العام المقبل")]
    [InlineData("آذار الماضي")]
    [InlineData("حزيران المقبل")]
    public void PublicationAtTheEdgesOfTimeDoesNotThrow(string text)
    {
        foreach (var published in new[] { DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(1, 1, 2), new DateOnly(9999, 12, 30) })
        {
            var doc = new Document(text);
            var m = Assert.Single(DateRecognizer.Default.Recognize(doc, published));
            AssertWellFormed(doc, m);
        }
    }

    /// <summary>Random text built from date words, digits, separators and arbitrary code units never throws and keeps every invariant.</summary>
    [Fact]
    public void NeverThrowsOnHostileText()
    {
        string[] fragments =
        [
            "أمس", "اليوم", "أول", "من", "الأول", "السبت", "الأحد", "–", "-", "/", ".", ":", ",", "،", "(", ")", "\"", "ليل", "فجر", "يوم",
            "شهر", "عام", "الماضي", "المقبل", "نيسان", "أبريل", "كانون", "الثاني", "تشرين", "آب", "2018", "٢٠١٨", "19", "31", "0", "00",
            "121", "99999999999999", "21.05.2018", "1,500", "الموافق", "على", "م", " ", "\n", "\u00A0", "\u200F", "\u0640", "\u064E", "#", "_",
            "\uD800", "\uDC00", "\u0000", "روسيا", "الشهر", "العام", "الليلة", "الماضية", "ما", "قبل", "بعد", "غد",
        ];
        var text = Gen.ArrayOf(Gen.OneOf(Gen.Elements(fragments), Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())))
            .Select(parts => string.Join(" ", parts.Where((_, i) => i % 3 != 0)) + string.Concat(parts.Where((_, i) => i % 3 == 0)));
        var published = Gen.OneOf(
            Gen.Constant<DateOnly?>(null),
            Gen.Elements<DateOnly?>(DateOnly.MinValue, DateOnly.MaxValue),
            Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber).Select(n => (DateOnly?)DateOnly.FromDayNumber(n)));
        Prop.ForAll(text.Zip(published).ToArbitrary(), input =>
        {
            var (s, pub) = input;
            var doc = new Document(s);
            var mentions = DateRecognizer.Default.Recognize(doc, pub);
            int lastEnd = 0;
            foreach (var m in mentions)
            {
                AssertWellFormed(doc, m);
                Assert.True(m.FirstToken >= lastEnd, "mentions overlap or are out of order");
                lastEnd = m.EndToken;
                var o = doc.ToOriginal(m.Span);
                Assert.InRange(o.Start, 0, o.End);
                Assert.InRange(o.End, o.Start, s.Length);
            }
        }).QuickCheckThrowOnFailure();
    }
}
