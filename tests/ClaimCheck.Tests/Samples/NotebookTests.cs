using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClaimCheck.Tests.Samples;

/// <summary>
/// The notebook is self-contained: it loads the library built from this repository, reads the seeds beside it, points at
/// nothing outside the repository and writes its files to a scratch folder, never into samples/.
/// </summary>
public class NotebookTests
{
    private static string Repo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ClaimCheck.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("repository root not found above the test output");
    }

    private static string[] Cells(string kind)
    {
        string notebook = Path.Combine(Repo(), "samples", "notebooks", "claimcheck.ipynb");
        using var doc = JsonDocument.Parse(File.ReadAllText(notebook));
        return doc.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == kind)
            .Select(c => string.Concat(c.GetProperty("source").EnumerateArray().Select(l => l.GetString())))
            .ToArray();
    }

    [Fact]
    public void It_references_only_the_library_built_in_this_repository()
    {
        string folder = Path.Combine(Repo(), "samples", "notebooks");
        var references = Cells("code").SelectMany(c => Regex.Matches(c, "^#r \"([^\"]+)\"", RegexOptions.Multiline)).Select(m => m.Groups[1].Value).ToArray();
        string reference = Assert.Single(references);
        string full = Path.GetFullPath(Path.Combine(folder, reference));
        Assert.StartsWith(Path.Combine(Repo(), "src", "ClaimCheck", "bin") + Path.DirectorySeparatorChar, full);
        Assert.DoesNotContain(Cells("code").Concat(Cells("markdown")), c => c.Contains("shared/", StringComparison.Ordinal) || c.Contains("FuzzySharp", StringComparison.Ordinal));
    }

    [Fact]
    public void It_reads_the_seeds_of_the_repository_and_writes_only_to_a_scratch_folder()
    {
        string code = string.Join("\n", Cells("code"));
        Assert.Contains("Path.Combine(\"..\", \"..\", \"seeds\")", code);
        Assert.True(Directory.Exists(Path.Combine(Repo(), "seeds")));
        var writes = Regex.Matches(code, @"File\.Write\w*\(([^,]+),").Select(m => m.Groups[1].Value.Trim()).ToArray();
        Assert.NotEmpty(writes);
        Assert.All(writes, target => Assert.Equal("Path.Combine(outputs", target));
        Assert.Contains("Path.Combine(Path.GetTempPath(), \"claimcheck-notebook\")", code);
    }
}
