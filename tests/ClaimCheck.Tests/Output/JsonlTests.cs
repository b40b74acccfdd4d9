using System.Text.Json;
using ClaimCheck.Output;

namespace ClaimCheck.Tests.Output;

public class JsonlTests
{
    private static string Jsonl(Analysis analysis)
    {
        var writer = new StringWriter();
        AnalysisJson.WriteJsonl(analysis, writer);
        return writer.ToString();
    }

    [Fact]
    public void One_record_per_line_with_a_leading_type()
    {
        string jsonl = Jsonl(SampleAnalysis.Create());
        Assert.EndsWith("\n", jsonl);
        var lines = jsonl.TrimEnd('\n').Split('\n');
        Assert.Equal(2 + 4 + 1 + 1, lines.Length);
        var types = lines.Select(line =>
        {
            using var doc = JsonDocument.Parse(line);
            var first = doc.RootElement.EnumerateObject().First();
            Assert.Equal("type", first.Name);
            return first.Value.GetString()!;
        }).ToArray();
        Assert.Equal(["report", "report", "claim", "claim", "claim", "claim", "event", "contradiction"], types);
        Assert.Contains("رامي عبدالرحمن", jsonl);
    }

    [Fact]
    public void Records_have_the_same_fields_as_the_document()
    {
        var analysis = SampleAnalysis.Create();
        using var document = JsonDocument.Parse(AnalysisJson.Serialize(analysis));
        var lines = Jsonl(analysis).TrimEnd('\n').Split('\n');
        var expected = new[]
        {
            document.RootElement.GetProperty("reports")[0],
            document.RootElement.GetProperty("claims")[0],
            document.RootElement.GetProperty("events")[0],
            document.RootElement.GetProperty("contradictions")[0],
        };
        var actual = new[] { lines[0], lines[2], lines[6], lines[7] };
        for (int i = 0; i < expected.Length; i++)
        {
            using var record = JsonDocument.Parse(actual[i]);
            var names = record.RootElement.EnumerateObject().Select(p => p.Name).Skip(1).ToArray();
            Assert.Equal(expected[i].EnumerateObject().Select(p => p.Name), names);
            // Same values too: the record minus its type is the document's object.
            Assert.Equal(
                JsonSerializer.Serialize(expected[i]),
                JsonSerializer.Serialize(JsonDocument.Parse("{" + actual[i][(actual[i].IndexOf(',') + 1)..]).RootElement));
        }
    }

    [Fact]
    public void Write_read_write_gives_identical_bytes()
    {
        string first = Jsonl(SampleAnalysis.Create());
        var read = AnalysisJson.ReadJsonl(new StringReader(first));
        Assert.Equal(first, Jsonl(read));
        Assert.Equal(AnalysisJson.Serialize(SampleAnalysis.Create()), AnalysisJson.Serialize(read));
    }

    [Fact]
    public void Read_claims_streams_only_claims()
    {
        var claims = AnalysisJson.ReadJsonlClaims(new StringReader(Jsonl(SampleAnalysis.Create()))).ToArray();
        Assert.Equal(["c-a1", "c-a2", "c-b1", "c-b2"], claims.Select(c => c.Id));
        Assert.Equal(Polarity.Denied, claims[1].Polarity);
    }

    [Fact]
    public void Blank_lines_and_unknown_types_are_skipped()
    {
        string input = "\n" + """{"type":"note","text":"from a newer writer"}""" + "\n\n"
            + """{"language":"ar","id":"r.txt","type":"report","outlet":null,"published":"2018-05-21"}""" + "\n";
        var analysis = AnalysisJson.ReadJsonl(new StringReader(input));
        var report = Assert.Single(analysis.Reports);
        Assert.Equal("r.txt", report.Id);
        Assert.Equal(new DateOnly(2018, 5, 21), report.Published);
    }

    [Theory]
    [InlineData("""{"type":"report","id":"r","language":"ar"}""" + "\n" + """{"type":"claim","id":""", 2)]
    [InlineData("""{"type":"report","id":"r","language":"ar"}""" + "\n\n" + """{"id":"x"}""", 3)]
    [InlineData("""[1,2]""", 1)]
    [InlineData("""{"type":"report","id":"r","language":"ar"}""" + "\n" + """{"type":"claim","id":"c","reportId":"r","kind":"rumour","source":{"name":"n","camp":"sohr"},"evidence":{"start":0,"end":0,"text":""}}""", 2)]
    public void Malformed_lines_are_reported_with_their_line_number(string input, int line)
    {
        var ex = Assert.Throws<AnalysisFormatException>(() => AnalysisJson.ReadJsonl(new StringReader(input)));
        Assert.Equal(line, ex.LineNumber);
        Assert.StartsWith($"line {line}:", ex.Message);
    }
}
