using System.Globalization;

namespace ClaimCheck.Tests.Events;

/// <summary>
/// Seeded synthetic claims with a known truth: governorates → districts → towns; events each happen in one district (1–3 towns),
/// to one party, over a few days; reports tell of one event, sometimes mention a second; some reports are undated, some claims
/// name no place or only the governorate. Two events of one district lie at least 130 days apart, so a claim that names a town and
/// has a date belongs to one event only; the others (no place, governorate only, undated) may fit several.
/// </summary>
public sealed class SyntheticCorpus
{
    public required List<ReportResult> Results { get; init; }
    public required FakePlaceHierarchy Places { get; init; }
    public required Dictionary<string, int> TruthEvent { get; init; }
    public required Dictionary<int, (string District, string Party)> EventKeys { get; init; }

    private static readonly string[] Words =
    [
        "قصف", "مدفعي", "اشتباكات", "عنيفة", "خروج", "حافلات", "مقاتلين", "عائلاتهم", "اتفاق", "تسوية", "هدنة", "مصادر", "ميدانية",
        "ناشطون", "المرصد", "قوات", "النظام", "الفصائل", "المعارضة", "قتلى", "جرحى", "مدنيين", "عناصر", "التنظيم", "بلدة", "مدينة",
        "ريف", "الشمالي", "الجنوبي", "الشرقي", "الغربي", "مفاوضات", "انسحاب", "تهجير", "دفعة", "الأولى", "الثانية", "طيران", "غارات",
    ];

    public static SyntheticCorpus Generate(int claimCount, int seed, int governorates = 14, int districts = 10, int towns = 8, int parties = 20)
    {
        var random = new Random(seed);
        var parents = new Dictionary<string, string>();
        for (int g = 0; g < governorates; g++)
            for (int d = 0; d < districts; d++)
            {
                parents[$"g{g}d{d}"] = $"g{g}";
                for (int t = 0; t < towns; t++) parents[$"g{g}d{d}t{t}"] = $"g{g}d{d}";
            }

        var results = new List<ReportResult>();
        var truth = new Dictionary<string, int>();
        var keys = new Dictionary<int, (string, string)>();
        var used = new HashSet<(int, int, int)>();
        int slots = Math.Max(12, claimCount / (governorates * districts * 4));
        var start = new DateOnly(2014, 1, 1);
        int claimNo = 0, reportNo = 0, eventNo = 0;
        Camp[] camps = [Camp.State, Camp.Sohr, Camp.Opposition, Camp.Other];
        string[] subjects = ["civilians", "regime-forces", "fighters"];
        string[] actions = ["departed", "entered", "gathered"];

        (int G, int D, int P, int Day, string[] Towns) NewEvent()
        {
            while (true)
            {
                int g = random.Next(governorates), d = random.Next(districts), p = random.Next(parties), slot = random.Next(slots);
                if (!used.Add((g, d, slot))) continue;
                int day = slot * 150 + random.Next(20);
                var chosen = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => $"g{g}d{d}t{random.Next(towns)}").Distinct().ToArray();
                return (g, d, p, day, chosen);
            }
        }

        var events = new List<(int G, int D, int P, int Day, string[] Towns)>();
        while (claimNo < claimCount)
        {
            // A new event, told by 1–4 reports.
            var ev = NewEvent();
            int id = eventNo++;
            events.Add(ev);
            keys[id] = ($"g{ev.G}d{ev.D}", $"party-{ev.P}");
            int reportCount = 1 + random.Next(4);
            for (int r = 0; r < reportCount && claimNo < claimCount; r++)
            {
                string reportId = $"report-{reportNo++:D6}";
                bool undated = random.NextDouble() < 0.05;
                var published = undated ? (DateOnly?)null : start.AddDays(ev.Day + random.Next(3));
                var claims = new List<Claim>();
                int offset = 0;
                int n = 1 + random.Next(6);
                // Sometimes the report also mentions an earlier event.
                int other = events.Count > 1 && random.NextDouble() < 0.15 ? random.Next(events.Count - 1) : -1;
                for (int k = 0; k < n + (other >= 0 ? 1 : 0) && claimNo < claimCount; k++)
                {
                    bool aside = k == n;
                    int truthId = aside ? other : id;
                    var e = aside ? events[other] : ev;
                    string claimId = $"c-{claimNo++:D7}";
                    double roll = random.NextDouble();
                    string[] places = roll < 0.04 && !aside ? [] : roll < 0.10 ? [$"g{e.G}"] : [e.Towns[random.Next(e.Towns.Length)]];
                    string[] actors = random.NextDouble() < 0.2 ? ["regime-forces"] : random.NextDouble() < 0.5 ? [$"party-{e.P}", "regime-forces"] : [$"party-{e.P}"];
                    if (places.Length == 1 && places[0] == $"g{e.G}" && actors.Length == 1 && actors[0] == "regime-forces") actors = [$"party-{e.P}"];
                    DateOnly? date = aside ? start.AddDays(e.Day + random.Next(3)) : random.NextDouble() < 0.3 ? start.AddDays(e.Day + random.Next(5)) : null;
                    var kind = (ClaimKind)random.Next(5);
                    var text = string.Join(' ', Enumerable.Range(0, 6).Select(_ => Words[random.Next(Words.Length)]).Append($"بلدة{e.Towns[0]}").Append($"فصيل{e.P}"));
                    var claim = new Claim
                    {
                        Id = claimId,
                        ReportId = reportId,
                        Kind = kind,
                        Polarity = kind is ClaimKind.Agreement or ClaimKind.Evacuation ? (Polarity)random.Next(3) : null,
                        Quantity = kind is ClaimKind.Agreement or ClaimKind.Evacuation ? null : Quantity.Exactly(1 + random.Next(500)),
                        Subject = kind switch { ClaimKind.Vehicles => "buses", ClaimKind.Agreement or ClaimKind.Evacuation => null, _ => subjects[random.Next(subjects.Length)] },
                        Action = kind == ClaimKind.Vehicles ? actions[random.Next(actions.Length)] : null,
                        Harm = kind == ClaimKind.Casualties ? Harm.Killed : null,
                        Source = new SourceRef("source", camps[random.Next(camps.Length)], [], null),
                        Places = places,
                        Actors = actors,
                        Date = date,
                        Evidence = new Evidence(offset, offset + text.Length, text),
                    };
                    offset += text.Length + 1 + random.Next(300);
                    claims.Add(claim);
                    truth[claimId] = truthId;
                }
                results.Add(new ReportResult(new ReportInfo(reportId, "outlet", Camp.Other, published, "ar"), claims));
            }
        }
        return new SyntheticCorpus { Results = results, Places = new FakePlaceHierarchy(parents), TruthEvent = truth, EventKeys = keys };
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
