using System.Reflection;
using System.Text.Json;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Tests.Claims;

/// <summary>
/// Lint of the cue tags: every tag in the embedded cue files (Arabic and English) is a <see cref="CueTags"/> constant or a
/// value of one of its families ("group:fighters"), and every constant occurs in a cue file (a family prefix counts when
/// some tag carries it), so rules never test a tag no cue has.
/// </summary>
public class CueTagsTests
{
    private static readonly string[] CueFiles = ["cues.json", "en.cues.json"];

    [Fact]
    public void EveryCueTagIsAConstantAndEveryConstantACueTag()
    {
        var problems = Problems(TagsOfCueFiles(), Constants(), CueTags.ValueFamilies);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void TheConstantsAreDistinctAndCoverBothFiles()
    {
        var constants = Constants();
        Assert.Equal(constants.Count, constants.Values.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("say", constants.Values);
        Assert.Contains("evacuee-noun", constants.Values); // English only
        Assert.Contains("in-force", constants.Values); // Arabic only
    }

    [Fact]
    public void TheLintFindsAnUnknownTagAndAnUnusedConstant()
    {
        var constants = new Dictionary<string, string> { ["Say"] = "say", ["Gone"] = "gone", ["Group"] = "group" };
        var problems = Problems(["say", "fresh-tag", "group:women", "colour:red"], constants, ["group"]);
        Assert.Equal(
            ["tag 'colour:red' in a cue file: its family 'colour' is not a value family of CueTags",
             "tag 'fresh-tag' in a cue file has no CueTags constant",
             "CueTags.Gone = 'gone' occurs in no cue file"],
            problems);
    }

    private static List<string> Problems(IReadOnlyCollection<string> tags, IReadOnlyDictionary<string, string> constants, IReadOnlyList<string> families)
    {
        var problems = new List<string>();
        var values = constants.Values.ToHashSet(StringComparer.Ordinal);
        foreach (var tag in tags.Order(StringComparer.Ordinal))
        {
            int colon = tag.IndexOf(':');
            if (colon < 0 && !values.Contains(tag)) problems.Add($"tag '{tag}' in a cue file has no CueTags constant");
            else if (colon >= 0 && !families.Contains(tag[..colon]))
                problems.Add($"tag '{tag}' in a cue file: its family '{tag[..colon]}' is not a value family of CueTags");
        }
        foreach (var (name, value) in constants.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            bool used = tags.Contains(value) || families.Contains(value) && tags.Any(t => t.StartsWith(value + ":", StringComparison.Ordinal));
            if (!used) problems.Add($"CueTags.{name} = '{value}' occurs in no cue file");
        }
        return problems;
    }

    private static HashSet<string> TagsOfCueFiles()
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in CueFiles)
        {
            using var json = JsonDocument.Parse(LexiconLoader.ReadEmbedded(file));
            foreach (var cue in json.RootElement.GetProperty("cues").EnumerateArray())
                foreach (var tag in cue.GetProperty("tags").EnumerateArray()) tags.Add(tag.GetString()!);
        }
        Assert.True(tags.Count > 50, $"only {tags.Count} tags read from the cue files");
        return tags;
    }

    private static Dictionary<string, string> Constants() =>
        typeof(CueTags).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal);
}
