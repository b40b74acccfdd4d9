using System.Text.RegularExpressions;

namespace ClaimCheck.Tests.Output;

/// <summary>Checks on generated HTML: tags balance, and no tag carries a script or an event-handler attribute.</summary>
internal static partial class HtmlShape
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase) { "meta", "br", "hr", "img", "input", "link", "col", "wbr" };

    [GeneratedRegex(@"<(/?)([A-Za-z][A-Za-z0-9]*)([^<>]*)>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    /// <summary>The tags of <paramref name="html"/> in order (name, closing, attributes).</summary>
    public static IEnumerable<(string Name, bool Closing, string Attributes)> Tags(string html)
    {
        foreach (Match m in Tag().Matches(html))
            yield return (m.Groups[2].Value.ToLowerInvariant(), m.Groups[1].Value == "/", m.Groups[3].Value);
    }

    /// <summary>Asserts every non-void element is closed in order and no tag is a script or has an on* attribute.</summary>
    public static void AssertWellFormedAndInert(string html)
    {
        var stack = new Stack<string>();
        foreach (var (name, closing, attributes) in Tags(html))
        {
            Assert.NotEqual("script", name);
            Assert.NotEqual("iframe", name);
            Assert.DoesNotMatch(EventHandler(), attributes);
            if (VoidElements.Contains(name)) continue;
            if (!closing) stack.Push(name);
            else Assert.Equal(stack.Count > 0 ? stack.Pop() : "(none)", name);
        }
        Assert.Empty(stack);
    }

    /// <summary>How many times <paramref name="needle"/> occurs.</summary>
    public static int Count(string haystack, string needle)
    {
        int count = 0;
        for (int i = haystack.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = haystack.IndexOf(needle, i + needle.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
