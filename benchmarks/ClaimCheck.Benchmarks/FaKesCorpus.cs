using System.Text;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// The 804 English articles of FA-KES (../shared/corpus/fa-kes/FA-KES-Dataset.csv beside the repository, CC BY 4.0), each
/// as one report: title and content, its source as outlet.
/// </summary>
internal static class FaKesCorpus
{
    private static readonly Lazy<Report[]> s_reports = new(Load);

    public static IReadOnlyList<Report> Reports() => s_reports.Value;

    private static Report[] Load()
    {
        string path = Find() ?? throw new FileNotFoundException("FA-KES-Dataset.csv not found: expected ../shared/corpus/fa-kes/ beside the repository");
        var rows = ReadCsv(File.ReadAllText(path, Encoding.UTF8));
        var header = rows[0];
        int title = header.IndexOf("article_title"), content = header.IndexOf("article_content"), source = header.IndexOf("source"), id = header.IndexOf("unit_id");
        return rows.Skip(1).Where(r => r.Count == header.Count)
            .Select((r, i) => new Report($"fakes-{r[id]}-{i}", r[title] + "\n" + r[content], r[source]))
            .ToArray();
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "corpus", "fa-kes", "FA-KES-Dataset.csv");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>RFC 4180 CSV: fields separated by commas, quoted fields may hold commas, newlines and doubled quotes.</summary>
    private static List<List<string>> ReadCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }
        return rows;
    }
}
