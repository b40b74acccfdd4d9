using System.Runtime.InteropServices;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>
/// A report's topic (<see cref="ReportInfo.Topic"/>): its most frequent content terms. Terms are counted over the document's
/// tokens as spans of its normalised text, each with the light stem of <see cref="TermFolder"/> (و/ف, then the article), in a
/// per-thread table reused from report to report: only the kept terms become strings.
/// </summary>
internal static class ReportTopic
{
    /// <summary>The stop words as stemmed spans of normalised text (وقال is قال).</summary>
    private static readonly Lazy<WordSet> StopTerms = new(() =>
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in FunctionWords.Default.TopicStopWords)
        {
            terms.Add(w);
            terms.Add(TermFolder.Stem(w).ToString());
        }
        return new WordSet(terms);
    });

    /// <summary>A term: a span of one document's normalised text.</summary>
    private readonly record struct Term(string Text, int Start, int Length)
    {
        public ReadOnlySpan<char> Span => Text.AsSpan(Start, Length);
    }

    private sealed class TermComparer : IEqualityComparer<Term>
    {
        public static readonly TermComparer Instance = new();
        public bool Equals(Term x, Term y) => x.Span.SequenceEqual(y.Span);
        public int GetHashCode(Term t) => string.GetHashCode(t.Span, StringComparison.Ordinal);
    }

    [ThreadStatic] private static Dictionary<Term, (int Count, int First)>? t_counts;

    /// <summary>The topic terms of <paramref name="doc"/>, folded as <see cref="TermFolder"/> folds terms, the most frequent first.</summary>
    public static string[] Of(Document doc)
    {
        var counts = t_counts ??= new Dictionary<Term, (int, int)>(TermComparer.Instance);
        var stop = StopTerms.Value;
        string text = doc.Text;
        var tokens = doc.TokenArray;
        try
        {
            for (int k = 0; k < tokens.Length; k++)
            {
                var token = tokens[k];
                if (token.Kind == TokenKind.Punct) continue;
                int start = token.Start, length = token.Length();
                if (length > ReportInfo.MaxTopicTermLength) continue;
                if (token.Kind == TokenKind.Word)
                {
                    var stem = TermFolder.Stem(text.AsSpan(start, length));
                    start += length - stem.Length;
                    length = stem.Length;
                    if (length < 3 || stop.Contains(stem)) continue;
                }
                else if (length < 2 || text.AsSpan(start, length).ContainsAnyExceptInRange('0', '9')) continue;
                ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, new Term(text, start, length), out bool seen);
                entry = seen ? (entry.Count + 1, entry.First) : (1, k);
            }
            return Top(counts, ReportInfo.MaxTopicTerms);
        }
        finally
        {
            counts.Clear();
            if (counts.EnsureCapacity(0) > 4096) t_counts = null; // a huge report does not keep its table
        }
    }

    /// <summary>The <paramref name="max"/> most frequent terms (ties: the earlier first), as folded strings.</summary>
    private static string[] Top(Dictionary<Term, (int Count, int First)> counts, int max)
    {
        var best = new List<(Term Term, int Count, int First)>(max + 1);
        foreach (var (term, (count, first)) in counts)
        {
            if (best.Count == max && !Before(count, first, best[^1].Count, best[^1].First)) continue;
            int at = best.Count;
            while (at > 0 && Before(count, first, best[at - 1].Count, best[at - 1].First)) at--;
            best.Insert(at, (term, count, first));
            if (best.Count > max) best.RemoveAt(best.Count - 1);
        }
        var result = new string[best.Count];
        for (int i = 0; i < result.Length; i++) result[i] = TermFolder.Fold(best[i].Term.Span);
        return result;

        static bool Before(int count, int first, int otherCount, int otherFirst) => count > otherCount || (count == otherCount && first < otherFirst);
    }
}
