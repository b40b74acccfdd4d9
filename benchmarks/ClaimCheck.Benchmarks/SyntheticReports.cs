using System.Text;
using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// A synthetic archive made from the seeds with a seeded <see cref="Random"/>: each report is a seed with its numbers
/// (Western and Eastern digits, same number of digits, same script) and its place names (every gazetteer mention, replaced by
/// an alias of a random gazetteer place) changed, and its sentences after the first put in another order. Ids, outlets and
/// dates vary too. The same arguments always give the same reports, so every run measures the same text.
/// </summary>
internal static class SyntheticReports
{
    private static readonly Lazy<Template[]> s_templates = new(() => SeedCorpus.Reports().Select(Template.Of).ToArray());
    private static readonly Lazy<string[]> s_placeNames = new(PlaceNames);

    /// <summary><paramref name="count"/> reports generated from the seeds.</summary>
    public static Report[] Generate(int count, int seed = 2024)
    {
        var random = new Random(seed);
        var templates = s_templates.Value;
        var places = s_placeNames.Value;
        var reports = new Report[count];
        for (int i = 0; i < count; i++)
        {
            var template = templates[random.Next(templates.Length)];
            DateOnly? published = template.Report.Published is { } date ? date.AddDays(random.Next(-1500, 1500)) : null;
            reports[i] = new Report($"synthetic-{i:D7}", template.Render(random, places), template.Report.Outlet, published);
        }
        return reports;
    }

    /// <summary>Arabic aliases of the gazetteer's places (the names that always denote a place).</summary>
    private static string[] PlaceNames() =>
        Gazetteer.Default.Places.SelectMany(p => p.Aliases).Where(a => a.Length > 0 && a[0] is >= '\u0621' and <= '\u064A').Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>A seed cut into sentences, with the spans of its numbers and place names.</summary>
    private sealed class Template
    {
        private Template(Report report, (int Start, int End)[] sentences, (int Start, int End, bool Place)[] edits)
        {
            Report = report;
            Sentences = sentences;
            Edits = edits;
        }

        public Report Report { get; }

        /// <summary>Sentence spans of the original text; the text between them is kept as it is.</summary>
        private (int Start, int End)[] Sentences { get; }

        /// <summary>Spans to vary, in text order, none crossing a sentence boundary.</summary>
        private (int Start, int End, bool Place)[] Edits { get; }

        public static Template Of(Report report)
        {
            var doc = new Document(report.Text);
            var sentences = doc.Sentences.Select(s => doc.ToOriginal(s.Span)).Select(s => (s.Start, s.End)).ToArray();
            var edits = new List<(int, int, bool)>();
            foreach (var m in Gazetteer.Default.FindMentions(doc, 0, doc.Tokens.Count))
            {
                var span = doc.ToOriginal(m.Span);
                edits.Add((span.Start, span.End, true));
            }
            string text = report.Text;
            for (int i = 0; i < text.Length; i++)
            {
                if (!IsDigit(text[i])) continue;
                int start = i;
                while (i < text.Length && IsDigit(text[i])) i++;
                edits.Add((start, i, false));
            }
            var ordered = edits.OrderBy(e => e.Item1).ToList();
            var kept = new List<(int, int, bool)>();
            foreach (var e in ordered)
            {
                bool overlaps = kept.Count > 0 && kept[^1].Item2 > e.Item1;
                bool inside = sentences.Any(s => s.Start <= e.Item1 && e.Item2 <= s.End);
                if (!overlaps && inside) kept.Add(e);
            }
            return new Template(report, sentences, kept.ToArray());
        }

        public string Render(Random random, string[] places)
        {
            string text = Report.Text;
            // The first sentence (the headline or lead) stays first; the others are shuffled.
            int[] order = Enumerable.Range(0, Sentences.Length).ToArray();
            for (int i = order.Length - 1; i > 1; i--)
            {
                int j = 1 + random.Next(i);
                (order[i], order[j]) = (order[j], order[i]);
            }
            var result = new StringBuilder(text.Length + 64);
            int cursor = 0;
            for (int slot = 0; slot < Sentences.Length; slot++)
            {
                // The separator before this slot is the original one; the sentence is the shuffled one.
                result.Append(text, cursor, Sentences[slot].Start - cursor);
                AppendVaried(result, Sentences[order[slot]], random, places);
                cursor = Sentences[slot].End;
            }
            result.Append(text, cursor, text.Length - cursor);
            return result.ToString();
        }

        private void AppendVaried(StringBuilder result, (int Start, int End) sentence, Random random, string[] places)
        {
            string text = Report.Text;
            int cursor = sentence.Start;
            foreach (var (start, end, place) in Edits)
            {
                if (start < sentence.Start || end > sentence.End) continue;
                result.Append(text, cursor, start - cursor);
                if (place) result.Append(places[random.Next(places.Length)]);
                else
                {
                    for (int i = start; i < end; i++)
                    {
                        int digit = i == start && end - start > 1 ? 1 + random.Next(9) : random.Next(10);
                        result.Append((char)((text[i] >= '\u0660' ? '\u0660' : '0') + digit));
                    }
                }
                cursor = end;
            }
            result.Append(text, cursor, sentence.End - cursor);
        }

        private static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '\u0660' and <= '\u0669');
    }
}
