using System.Collections.Frozen;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>A report's topic (<see cref="ReportInfo.Topic"/>): its most frequent content terms.</summary>
internal static class ReportTopic
{
    /// <summary>The stop words as terms: folded, and stemmed as terms are (وقال is قال, التي stays التي).</summary>
    private static readonly Lazy<FrozenSet<string>> StopTerms = new(() =>
    {
        var words = FunctionWords.Default.TopicStopWords;
        var terms = new List<string>(words);
        foreach (var w in words) TermFolder.AddTo(terms, w, null);
        return terms.ToFrozenSet(StringComparer.Ordinal);
    });

    /// <summary>The topic terms of <paramref name="text"/>.</summary>
    public static string[] Of(string text) => TermFolder.Topic(text, StopTerms.Value, ReportInfo.MaxTopicTerms);
}
