using ClaimCheck.Recognition;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// Seeded synthetic claims for alignment benchmarks: governorates → districts → towns; events in one district, to one party,
/// over a few days, told by 1–4 reports of 1–6 claims; varied places (towns, a governorate, none), actors, dates (5% of reports
/// undated), camps, kinds and quantities.
/// </summary>
internal static class SyntheticClaims
{
    private static readonly string[] Words =
    [
        "قصف", "مدفعي", "اشتباكات", "عنيفة", "خروج", "حافلات", "مقاتلين", "عائلاتهم", "اتفاق", "تسوية", "هدنة", "مصادر", "ميدانية",
        "ناشطون", "المرصد", "قوات", "النظام", "الفصائل", "المعارضة", "قتلى", "جرحى", "مدنيين", "عناصر", "التنظيم", "بلدة", "مدينة",
        "ريف", "الشمالي", "الجنوبي", "الشرقي", "الغربي", "مفاوضات", "انسحاب", "تهجير", "دفعة", "الأولى", "الثانية", "طيران", "غارات",
    ];

    /// <summary>Reports holding <paramref name="claimCount"/> claims in all, and the place hierarchy they use.</summary>
    public static (List<ReportResult> Reports, IPlaceHierarchy Places) Generate(int claimCount, int seed = 12345)
    {
        var random = new Random(seed);
        int districtCount = Math.Max(50, claimCount / 400), governorates = 14, towns = 8, parties = 40;
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int d = 0; d < districtCount; d++)
        {
            parents[$"district-{d}"] = $"governorate-{d % governorates}";
            for (int t = 0; t < towns; t++) parents[$"town-{d}-{t}"] = $"district-{d}";
        }
        Camp[] camps = [Camp.State, Camp.Sohr, Camp.Opposition, Camp.Other];
        string[] subjects = ["civilians", "regime-forces", "fighters", "isis"];
        string[] actions = ["departed", "entered", "gathered"];
        QuantityQualifier[] qualifiers = [QuantityQualifier.Exact, QuantityQualifier.About, QuantityQualifier.MoreThan, QuantityQualifier.AtLeast];
        var start = new DateOnly(2012, 1, 1);
        var reports = new List<ReportResult>();
        int claimNo = 0, reportNo = 0;
        while (claimNo < claimCount)
        {
            int district = random.Next(districtCount), party = random.Next(parties), day = random.Next(10 * 365);
            var eventTowns = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => $"town-{district}-{random.Next(towns)}").Distinct().ToArray();
            int reportCount = 1 + random.Next(4);
            for (int r = 0; r < reportCount && claimNo < claimCount; r++)
            {
                string reportId = $"report-{reportNo++:D7}";
                DateOnly? published = random.NextDouble() < 0.05 ? null : start.AddDays(day + random.Next(3));
                int n = 1 + random.Next(6), offset = 0;
                var claims = new List<Claim>(n);
                for (int k = 0; k < n && claimNo < claimCount; k++)
                {
                    double roll = random.NextDouble();
                    string[] places = roll < 0.04 ? [] : roll < 0.10 ? [$"governorate-{district % governorates}"] : [eventTowns[random.Next(eventTowns.Length)]];
                    string[] actors = random.NextDouble() < 0.2 ? ["regime-forces"] : [$"party-{party}", "regime-forces"];
                    var kind = (ClaimKind)random.Next(5);
                    bool polar = kind is ClaimKind.Agreement or ClaimKind.Evacuation;
                    long value = 1 + random.Next(2000);
                    var qualifier = qualifiers[random.Next(qualifiers.Length)];
                    var text = string.Join(' ', Enumerable.Range(0, 8).Select(_ => Words[random.Next(Words.Length)])) + $" بلدة{eventTowns[0]} فصيل{party}";
                    claims.Add(new Claim
                    {
                        Id = $"c-{claimNo++:D8}",
                        ReportId = reportId,
                        Kind = kind,
                        Polarity = polar ? (Polarity)random.Next(3) : null,
                        Quantity = polar ? null : qualifier switch
                        {
                            QuantityQualifier.MoreThan => new Quantity(value + 1, null, value, qualifier),
                            QuantityQualifier.AtLeast => new Quantity(value, null, value, qualifier),
                            _ => new Quantity(value, value, value, qualifier),
                        },
                        Subject = kind switch { ClaimKind.Vehicles => "buses", ClaimKind.Agreement or ClaimKind.Evacuation => null, _ => subjects[random.Next(subjects.Length)] },
                        Action = kind == ClaimKind.Vehicles ? actions[random.Next(actions.Length)] : null,
                        Harm = kind == ClaimKind.Casualties ? Harm.Killed : null,
                        Source = new SourceRef("source", camps[random.Next(camps.Length)], [], null),
                        Places = places,
                        Actors = actors,
                        Date = random.NextDouble() < 0.3 ? start.AddDays(day + random.Next(5)) : null,
                        Evidence = new Evidence(offset, offset + text.Length, text),
                    });
                    offset += text.Length + 1 + random.Next(300);
                }
                reports.Add(new ReportResult(new ReportInfo(reportId, "outlet", Camp.Other, published, "ar"), claims));
            }
        }
        return (reports, new DictionaryPlaceHierarchy(parents));
    }

    private sealed class DictionaryPlaceHierarchy(Dictionary<string, string> parents) : IPlaceHierarchy
    {
        public IReadOnlyList<string> Ancestors(string place)
        {
            var result = new List<string>(2);
            while (parents.TryGetValue(place, out var parent))
            {
                result.Add(parent);
                place = parent;
            }
            return result;
        }
    }
}
