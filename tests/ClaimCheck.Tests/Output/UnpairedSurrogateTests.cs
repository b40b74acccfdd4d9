using System.Text.Json;
using ClaimCheck.Output;

namespace ClaimCheck.Tests.Output;

public class UnpairedSurrogateTests
{
    [Fact]
    public void Json_writer_copes_with_unpaired_surrogates()
    {
        var claim = SampleAnalysis.Create().Claims[0] with { Evidence = new Evidence(0, 3, "a\uD800b") };
        string json = AnalysisJson.Serialize(new Analysis { Claims = [claim] });
        using var document = JsonDocument.Parse(json);
        Assert.NotNull(document.RootElement.GetProperty("claims")[0].GetProperty("evidence").GetProperty("text").GetString());
    }

    [Fact]
    public void Readers_reject_unpaired_surrogate_escapes_as_format_errors()
    {
        Assert.Throws<AnalysisFormatException>(() =>
            AnalysisJson.Read("""{"schemaVersion":"1","reports":[{"id":"a\ud800","language":"ar"}]}"""));
        var ex = Assert.Throws<AnalysisFormatException>(() =>
            AnalysisJson.ReadJsonl(new StringReader("""{"type":"report","id":"a\ud800","language":"ar"}""")));
        Assert.Equal(1, ex.LineNumber);
    }
}
