using ClaimCheck.Output;

namespace ClaimCheck.Tests.Output;

/// <summary>A hand-built analysis exercising every field of the contract, with report texts whose offsets it cites.</summary>
internal static class SampleAnalysis
{
    public const string TextA =
        "قال مدير المرصد السوري لحقوق الإنسان، رامي عبدالرحمن، إن 251 عنصراً من قوات النظام قتلوا خلال شهر. "
        + "ونفى مصدر عسكري وجود أي اتفاق مع التنظيم.";

    public const string TextB =
        "وأفاد ناشطون بمقتل أكثر من ألف عنصر من قوات النظام. وغادرت ست حافلات المخيم، \"حسب\" مصادر محلية.";

    public static readonly IReadOnlyDictionary<string, string> Texts = new Dictionary<string, string>
    {
        ["a.txt"] = TextA,
        ["b.txt"] = TextB,
    };

    public static Evidence Cut(string text, string quote)
    {
        int start = text.IndexOf(quote, StringComparison.Ordinal);
        Assert.True(start >= 0, $"quote not in text: {quote}");
        return Evidence.From(text, new TextSpan(start, start + quote.Length));
    }

    public static Analysis Create()
    {
        var sohr = new Claim
        {
            Id = "c-a1",
            ReportId = "a.txt",
            Kind = ClaimKind.Casualties,
            Quantity = Quantity.Exactly(251),
            QuantityText = "251",
            Subject = "regime-forces",
            Harm = Harm.Killed,
            Source = new SourceRef("SOHR", Camp.Sohr, ["AFP"], "مدير المرصد السوري لحقوق الإنسان، رامي عبدالرحمن"),
            Places = ["Yarmouk camp", "Tadamon"],
            Actors = ["regime-forces"],
            Date = new DateOnly(2018, 5, 20),
            Evidence = Cut(TextA, "251 عنصراً من قوات النظام قتلوا"),
            Cues = ["number:251", "verb:قتلوا", "attribution:قال…إن"],
            EventId = "e-1",
        };
        var denial = new Claim
        {
            Id = "c-a2",
            ReportId = "a.txt",
            Kind = ClaimKind.Agreement,
            Polarity = Polarity.Denied,
            Source = new SourceRef("military source", Camp.State, [], "مصدر عسكري"),
            Evidence = Cut(TextA, "نفى مصدر عسكري وجود أي اتفاق"),
            Cues = ["negation:نفى"],
            EventId = "e-1",
        };
        var activists = new Claim
        {
            Id = "c-b1",
            ReportId = "b.txt",
            Kind = ClaimKind.Casualties,
            Quantity = new Quantity(1001, null, 1001, QuantityQualifier.MoreThan),
            QuantityText = "أكثر من ألف",
            Subject = "regime-forces",
            Harm = Harm.KilledOrWounded,
            Source = new SourceRef("activists", Camp.Opposition, [], "ناشطون"),
            Evidence = Cut(TextB, "بمقتل أكثر من ألف عنصر من قوات النظام"),
            Cues = ["hedge:أكثر من", "number-word:ألف"],
            EventId = "e-1",
        };
        var buses = new Claim
        {
            Id = "c-b2",
            ReportId = "b.txt",
            Kind = ClaimKind.Vehicles,
            Quantity = Quantity.Exactly(6),
            QuantityText = "ست",
            Subject = "buses",
            Action = "departed",
            Source = new SourceRef("Horria Press", Camp.Opposition, ["local sources", "AFP"], null),
            Evidence = Cut(TextB, "غادرت ست حافلات المخيم، \"حسب\""),
        };
        return new Analysis
        {
            Reports =
            [
                new ReportInfo("a.txt", "Emarat Al Youm", Camp.Other, new DateOnly(2018, 5, 21), "ar"),
                new ReportInfo("b.txt", null, null, null, "ar"),
            ],
            Claims = [sohr, denial, activists, buses],
            Events =
            [
                new Event
                {
                    Id = "e-1",
                    Label = "ISIS leaves southern Damascus",
                    Places = ["Yarmouk camp", "Tadamon"],
                    FirstDate = new DateOnly(2018, 4, 19),
                    LastDate = new DateOnly(2018, 5, 21),
                    ReportIds = ["a.txt", "b.txt"],
                    ClaimIds = ["c-a1", "c-a2", "c-b1"],
                    GroupedBy = ["place:Yarmouk camp", "window:2018-05"],
                },
            ],
            Contradictions =
            [
                new Contradiction
                {
                    Id = "x-1",
                    EventId = "e-1",
                    Kind = ClaimKind.Casualties,
                    Subject = "regime-forces",
                    Verdict = Verdict.DifferentScope,
                    Severity = 0.8,
                    Sides =
                    [
                        new ContradictionSide(Camp.Sohr, ["c-a1"], "251"),
                        new ContradictionSide(Camp.Opposition, ["c-b1"], "more than 1000"),
                    ],
                    Note = "SOHR counts 251 dead; activists count more than 1000 killed or wounded.",
                },
            ],
        };
    }

    public static string Render(Analysis analysis, OutputFormat format, IReadOnlyDictionary<string, string>? texts = null) =>
        AnalysisWriter.ToString(analysis, format, texts);
}
