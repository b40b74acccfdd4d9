namespace ClaimCheck.Benchmarks;

/// <summary>The seed reports copied next to the benchmark binary.</summary>
internal static class SeedCorpus
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static IReadOnlyList<(string Id, string Text)> Reports() =>
        System.IO.Directory.GetFiles(Directory, "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray();

    public static string AllText() => string.Join("\n\n", Reports().Select(r => r.Text));
}
