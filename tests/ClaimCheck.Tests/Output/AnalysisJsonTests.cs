using System.Text;
using System.Text.Json;
using ClaimCheck.Output;

namespace ClaimCheck.Tests.Output;

public class AnalysisJsonTests
{
    private static JsonElement Root(Analysis analysis) => JsonDocument.Parse(AnalysisJson.Serialize(analysis)).RootElement;

    private static string[] Names(JsonElement obj) => obj.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void Document_has_the_contract_top_level_fields_in_order()
    {
        var root = Root(SampleAnalysis.Create());
        Assert.Equal(["schemaVersion", "reports", "claims", "events", "contradictions"], Names(root));
        Assert.Equal("1", root.GetProperty("schemaVersion").GetString());
    }

    [Fact]
    public void Report_fields_follow_the_contract()
    {
        var reports = Root(SampleAnalysis.Create()).GetProperty("reports");
        Assert.Equal(2, reports.GetArrayLength());
        var a = reports[0];
        Assert.Equal(["id", "outlet", "outletCamp", "published", "language", "topic"], Names(a));
        Assert.Equal(JsonValueKind.Array, a.GetProperty("topic").ValueKind);
        Assert.Equal("a.txt", a.GetProperty("id").GetString());
        Assert.Equal("Emarat Al Youm", a.GetProperty("outlet").GetString());
        Assert.Equal("other", a.GetProperty("outletCamp").GetString());
        Assert.Equal("2018-05-21", a.GetProperty("published").GetString());
        Assert.Equal("ar", a.GetProperty("language").GetString());
        var b = reports[1];
        Assert.Equal(JsonValueKind.Null, b.GetProperty("outlet").ValueKind);
        Assert.Equal(JsonValueKind.Null, b.GetProperty("outletCamp").ValueKind);
        Assert.Equal(JsonValueKind.Null, b.GetProperty("published").ValueKind);
    }

    [Fact]
    public void Claim_fields_follow_the_contract_with_added_fields_last()
    {
        var claim = Root(SampleAnalysis.Create()).GetProperty("claims")[0];
        Assert.Equal(
            ["id", "reportId", "kind", "polarity", "quantity", "subject", "harm", "action", "source", "places", "date", "evidence", "cues", "eventId", "actors", "confidence"],
            Names(claim));
        Assert.Equal("c-a1", claim.GetProperty("id").GetString());
        Assert.Equal("a.txt", claim.GetProperty("reportId").GetString());
        Assert.Equal("casualties", claim.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, claim.GetProperty("polarity").ValueKind);
        Assert.Equal("regime-forces", claim.GetProperty("subject").GetString());
        Assert.Equal("killed", claim.GetProperty("harm").GetString());
        Assert.Equal(JsonValueKind.Null, claim.GetProperty("action").ValueKind);
        Assert.Equal("2018-05-20", claim.GetProperty("date").GetString());
        Assert.Equal("e-1", claim.GetProperty("eventId").GetString());
        Assert.Equal(["Yarmouk camp", "Tadamon"], claim.GetProperty("places").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["number:251", "verb:قتلوا", "attribution:قال…إن"], claim.GetProperty("cues").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["regime-forces"], claim.GetProperty("actors").EnumerateArray().Select(e => e.GetString()));

        var quantity = claim.GetProperty("quantity");
        Assert.Equal(["min", "max", "best", "qualifier", "text"], Names(quantity));
        Assert.Equal(251, quantity.GetProperty("min").GetInt64());
        Assert.Equal(251, quantity.GetProperty("max").GetInt64());
        Assert.Equal(251, quantity.GetProperty("best").GetInt64());
        Assert.Equal("exact", quantity.GetProperty("qualifier").GetString());
        Assert.Equal("251", quantity.GetProperty("text").GetString());

        var source = claim.GetProperty("source");
        Assert.Equal(["name", "camp", "via", "mention", "affiliation"], Names(source)); // affiliation: added after the contract's fields
        Assert.Equal(JsonValueKind.Null, source.GetProperty("affiliation").ValueKind);
        Assert.Equal("SOHR", source.GetProperty("name").GetString());
        Assert.Equal("sohr", source.GetProperty("camp").GetString());
        Assert.Equal(["AFP"], source.GetProperty("via").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("مدير المرصد السوري لحقوق الإنسان، رامي عبدالرحمن", source.GetProperty("mention").GetString());

        var evidence = claim.GetProperty("evidence");
        Assert.Equal(["start", "end", "text"], Names(evidence));
        int start = evidence.GetProperty("start").GetInt32(), end = evidence.GetProperty("end").GetInt32();
        Assert.Equal(SampleAnalysis.TextA[start..end], evidence.GetProperty("text").GetString());
    }

    [Fact]
    public void Enums_are_camel_case_and_absent_values_are_null_not_omitted()
    {
        var claims = Root(SampleAnalysis.Create()).GetProperty("claims");
        var denial = claims[1];
        Assert.Equal("agreement", denial.GetProperty("kind").GetString());
        Assert.Equal("denied", denial.GetProperty("polarity").GetString());
        Assert.Equal(JsonValueKind.Null, denial.GetProperty("quantity").ValueKind);
        Assert.Equal(JsonValueKind.Null, denial.GetProperty("subject").ValueKind);
        Assert.Equal(JsonValueKind.Null, denial.GetProperty("harm").ValueKind);
        Assert.Equal(JsonValueKind.Null, denial.GetProperty("date").ValueKind);
        Assert.Equal("state", denial.GetProperty("source").GetProperty("camp").GetString());
        Assert.Equal(0, denial.GetProperty("source").GetProperty("via").GetArrayLength());
        Assert.Equal(0, denial.GetProperty("places").GetArrayLength());

        var activists = claims[2];
        Assert.Equal("killedOrWounded", activists.GetProperty("harm").GetString());
        Assert.Equal("moreThan", activists.GetProperty("quantity").GetProperty("qualifier").GetString());
        Assert.Equal(JsonValueKind.Null, activists.GetProperty("quantity").GetProperty("max").ValueKind);
        Assert.Equal("opposition", activists.GetProperty("source").GetProperty("camp").GetString());

        var buses = claims[3];
        Assert.Equal("vehicles", buses.GetProperty("kind").GetString());
        Assert.Equal("departed", buses.GetProperty("action").GetString());
        Assert.Equal(JsonValueKind.Null, buses.GetProperty("source").GetProperty("mention").ValueKind);
        Assert.Equal(["local sources", "AFP"], buses.GetProperty("source").GetProperty("via").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, buses.GetProperty("eventId").ValueKind);
    }

    [Fact]
    public void Event_and_contradiction_fields_follow_the_contract()
    {
        var root = Root(SampleAnalysis.Create());
        var e = root.GetProperty("events")[0];
        Assert.Equal(["id", "label", "places", "firstDate", "lastDate", "reportIds", "claimIds", "groupedBy"], Names(e));
        Assert.Equal("2018-04-19", e.GetProperty("firstDate").GetString());
        Assert.Equal("2018-05-21", e.GetProperty("lastDate").GetString());
        Assert.Equal(["c-a1", "c-a2", "c-b1"], e.GetProperty("claimIds").EnumerateArray().Select(x => x.GetString()));

        var x = root.GetProperty("contradictions")[0];
        Assert.Equal(["id", "eventId", "kind", "subject", "action", "verdict", "severity", "sides", "note"], Names(x));
        Assert.Equal("differentScope", x.GetProperty("verdict").GetString());
        Assert.Equal(0.8, x.GetProperty("severity").GetDouble());
        Assert.Equal(JsonValueKind.Null, x.GetProperty("action").ValueKind);
        var side = x.GetProperty("sides")[1];
        Assert.Equal(["camp", "claimIds", "summary"], Names(side));
        Assert.Equal("opposition", side.GetProperty("camp").GetString());
        Assert.Equal("more than 1000", side.GetProperty("summary").GetString());
    }

    [Fact]
    public void Arabic_is_written_unescaped_indented_with_a_final_new_line()
    {
        string json = AnalysisJson.Serialize(SampleAnalysis.Create());
        Assert.Contains("رامي عبدالرحمن", json);
        Assert.DoesNotContain("\\u06", json);
        Assert.Contains("\n  \"reports\": [", json);
        Assert.EndsWith("}\n", json);
        Assert.DoesNotContain("\r", json);
    }

    [Fact]
    public void Empty_analysis_writes_empty_arrays()
    {
        var root = Root(new Analysis());
        foreach (var name in new[] { "reports", "claims", "events", "contradictions" })
            Assert.Equal(0, root.GetProperty(name).GetArrayLength());
    }

    [Fact]
    public void Write_read_write_gives_identical_bytes()
    {
        string first = AnalysisJson.Serialize(SampleAnalysis.Create());
        var read = AnalysisJson.Read(first);
        Assert.Equal(first, AnalysisJson.Serialize(read));

        using var stream = new MemoryStream();
        AnalysisJson.Write(read, stream);
        Assert.Equal(Encoding.UTF8.GetBytes(first), stream.ToArray());
        stream.Position = 0;
        Assert.Equal(first, AnalysisJson.Serialize(AnalysisJson.Read(stream)));
    }

    [Fact]
    public void Read_restores_the_model()
    {
        var read = AnalysisJson.Read(AnalysisJson.Serialize(SampleAnalysis.Create()));
        var claim = read.Claims[2];
        Assert.Equal(ClaimKind.Casualties, claim.Kind);
        Assert.Equal(new Quantity(1001, null, 1001, QuantityQualifier.MoreThan), claim.Quantity);
        Assert.Equal("أكثر من ألف", claim.QuantityText);
        Assert.Equal(Harm.KilledOrWounded, claim.Harm);
        Assert.Equal(Camp.Opposition, claim.Source.Camp);
        Assert.Equal(Verdict.DifferentScope, read.Contradictions[0].Verdict);
        Assert.Equal(new DateOnly(2018, 5, 21), read.Reports[0].Published);
        Assert.Equal(Camp.Other, read.Reports[0].OutletCamp);
        Assert.Equal(["place:Yarmouk camp", "window:2018-05"], read.Events[0].GroupedBy);
    }

    [Fact]
    public void Output_is_deterministic()
    {
        Assert.Equal(AnalysisJson.Serialize(SampleAnalysis.Create()), AnalysisJson.Serialize(SampleAnalysis.Create()));
    }

    [Theory]
    [InlineData("""{"schemaVersion":"1","claims":[{"id":"c","reportId":"r","source":{"name":"n","camp":"sohr","via":[]},"evidence":{"start":0,"end":1,"text":"x"}}]}""", "claims[0]", "kind")]
    [InlineData("""{"schemaVersion":"1","claims":[{"id":"c","reportId":"r","kind":"casualties","source":{"name":"n","camp":"regime"},"evidence":{"start":0,"end":1,"text":"x"}}]}""", "claims[0].source", "regime")]
    [InlineData("""{"schemaVersion":"1","reports":[{"id":"r","published":"21.05.2018","language":"ar"}]}""", "reports[0]", "published")]
    [InlineData("""{"schemaVersion":"1","claims":[{"id":"c","reportId":"r","kind":"casualties","source":{"name":"n","camp":"sohr"},"evidence":{"start":5,"end":1,"text":"x"}}]}""", "claims[0].evidence", "span")]
    [InlineData("""{"schemaVersion":"1","contradictions":[{"id":"x","eventId":"e","kind":"agreement","verdict":"maybe","severity":0.5,"sides":[],"note":"n"}]}""", "contradictions[0]", "verdict")]
    [InlineData("""{"reports":[]}""", "document", "schemaVersion")]
    [InlineData("""{"schemaVersion":"1","claims":[null]}""", "claims[0]", "null")]
    public void Read_names_the_record_and_field_that_break_the_contract(string json, string where, string what)
    {
        var ex = Assert.Throws<AnalysisFormatException>(() => AnalysisJson.Read(json));
        Assert.Contains(where, ex.Message);
        Assert.Contains(what, ex.Message);
    }

    [Theory]
    [InlineData("{\"schemaVersion\": \"1\",\n \"reports\": [ }")]
    [InlineData("null")]
    [InlineData("[]")]
    public void Read_rejects_malformed_json(string json)
    {
        Assert.Throws<AnalysisFormatException>(() => AnalysisJson.Read(json));
    }

    [Fact]
    public void Read_rejects_invalid_utf8()
    {
        byte[] json = [.. "{\"schemaVersion\":\"1\",\"reports\":[{\"id\":\""u8, 0xC3, 0x28, .. "\",\"language\":\"ar\"}]}"u8];
        Assert.Throws<AnalysisFormatException>(() => AnalysisJson.Read(new MemoryStream(json)));
    }

    [Fact]
    public void Read_ignores_unknown_fields()
    {
        var analysis = AnalysisJson.Read("""{"schemaVersion":"1","future":42,"reports":[{"id":"r","outlet":null,"outletCamp":null,"published":null,"language":"ar","extra":[1,2]}]}""");
        Assert.Equal("r", Assert.Single(analysis.Reports).Id);
        Assert.Empty(analysis.Claims);
    }

    [Fact]
    public void Every_enum_value_has_its_contract_name()
    {
        Assert.Equal(["state", "sohr", "opposition", "other"], Enum.GetValues<Camp>().Select(v => ContractNames.Of(v)));
        Assert.Equal(["agreement", "evacuation", "casualties", "vehicles", "evacuees"], Enum.GetValues<ClaimKind>().Select(v => ContractNames.Of(v)));
        Assert.Equal(["affirmed", "denied", "uncertain"], Enum.GetValues<Polarity>().Select(v => ContractNames.Of(v)));
        Assert.Equal(["killed", "wounded", "killedOrWounded"], Enum.GetValues<Harm>().Select(v => ContractNames.Of(v)));
        Assert.Equal(["exact", "about", "atLeast", "moreThan", "atMost", "lessThan", "range", "vague"], Enum.GetValues<QuantityQualifier>().Select(v => ContractNames.Of(v)));
        Assert.Equal(["contradictory", "differentScope", "changeOverTime", "withinCamp"], Enum.GetValues<Verdict>().Select(v => ContractNames.Of(v)));
        foreach (var camp in Enum.GetValues<Camp>())
        {
            Assert.True(ContractNames.TryParse<Camp>(ContractNames.Of(camp), out var parsed));
            Assert.Equal(camp, parsed);
        }
        Assert.False(ContractNames.TryParse<Camp>("Sohr", out _));
    }
}
