using System.Text;
using ClaimCheck.Output;

namespace ClaimCheck.Tests.Output;

public class CsvWriterTests
{
    /// <summary>A strict RFC 4180 reader for the tests: CRLF records, quoted fields with doubled quotes.</summary>
    private static List<string[]> Parse(string csv)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"')
            {
                i++;
                while (true)
                {
                    Assert.True(i < csv.Length, "unterminated quoted field");
                    if (csv[i] == '"')
                    {
                        if (i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(csv[i++]);
                }
            }
            while (i < csv.Length && csv[i] != ',' && csv[i] != '\r')
            {
                Assert.NotEqual('"', csv[i]);
                Assert.NotEqual('\n', csv[i]);
                field.Append(csv[i++]);
            }
            fields.Add(field.ToString());
            field.Clear();
            if (i < csv.Length && csv[i] == ',') { i++; continue; }
            Assert.Equal("\r\n", csv.Substring(i, 2));
            i += 2;
            records.Add([.. fields]);
            fields.Clear();
        }
        return records;
    }

    [Fact]
    public void Header_and_one_row_per_claim_with_flattened_columns()
    {
        var analysis = SampleAnalysis.Create();
        string csv = SampleAnalysis.Render(analysis, OutputFormat.Csv);
        Assert.StartsWith("\uFEFFid,", csv); // the byte-order mark spreadsheet programs need to read UTF-8 (and show Arabic)
        var records = Parse(csv[1..]);
        Assert.Equal(1 + analysis.Claims.Count, records.Count);
        Assert.Equal(
            ["id", "reportId", "kind", "polarity", "quantityMin", "quantityMax", "quantityBest", "quantityQualifier", "quantityText",
             "subject", "harm", "action", "sourceName", "sourceCamp", "sourceVia", "sourceMention", "places", "date",
             "evidenceStart", "evidenceEnd", "evidenceText", "cues", "eventId", "actors", "outlet", "published", "eventLabel", "sourceAffiliation", "confidence"],
            records[0]);
        Assert.All(records, r => Assert.Equal(CsvClaimWriter.Columns.Count, r.Length));

        var row = Row(records, "c-a1");
        Assert.Equal("casualties", row["kind"]);
        Assert.Equal("", row["polarity"]);
        Assert.Equal("251", row["quantityMin"]);
        Assert.Equal("exact", row["quantityQualifier"]);
        Assert.Equal("sohr", row["sourceCamp"]);
        Assert.Equal("AFP", row["sourceVia"]);
        Assert.Equal("مدير المرصد السوري لحقوق الإنسان، رامي عبدالرحمن", row["sourceMention"]);
        Assert.Equal("Yarmouk camp; Tadamon", row["places"]);
        Assert.Equal("2018-05-20", row["date"]);
        Assert.Equal(analysis.Claims[0].Evidence.Text, row["evidenceText"]);
        Assert.Equal(analysis.Claims[0].Evidence.Start.ToString(), row["evidenceStart"]);
        Assert.Equal("number:251; verb:قتلوا; attribution:قال…إن", row["cues"]);
        Assert.Equal("e-1", row["eventId"]);
        Assert.Equal("Emarat Al Youm", row["outlet"]);
        Assert.Equal("2018-05-21", row["published"]);
        Assert.Equal("ISIS leaves southern Damascus", row["eventLabel"]);
        Assert.Equal("", row["sourceAffiliation"]);

        var more = Row(records, "c-b1");
        Assert.Equal("", more["outlet"]);
        Assert.Equal("", more["published"]);
        Assert.Equal("", more["quantityMax"]);
        Assert.Equal("moreThan", more["quantityQualifier"]);
        Assert.Equal("killedOrWounded", more["harm"]);

        var buses = Row(records, "c-b2");
        Assert.Equal("local sources > AFP", buses["sourceVia"]);
        Assert.Equal("", buses["sourceMention"]);
        Assert.Equal("غادرت ست حافلات المخيم، \"حسب\"", buses["evidenceText"]);
    }

    [Fact]
    public void Fields_with_comma_quote_or_line_break_are_quoted_with_quotes_doubled()
    {
        Assert.Equal("plain", Field("plain"));
        Assert.Equal("قال، إن", Field("قال، إن"));
        Assert.Equal("\"a,b\"", Field("a,b"));
        Assert.Equal("\"say \"\"no\"\"\"", Field("say \"no\""));
        Assert.Equal("\"line\nbreak\"", Field("line\nbreak"));
        Assert.Equal("\"cr\rhere\"", Field("cr\rhere"));
        Assert.Equal("", Field(null));
        Assert.Equal("", Field(""));
        Assert.Equal(" spaced ", Field(" spaced "));
    }

    [Fact]
    public void Awkward_values_survive_a_round_trip_through_a_strict_reader()
    {
        string awkward = "first, \"quoted\"\r\nsecond line\nthird";
        var claim = SampleAnalysis.Create().Claims[0] with
        {
            Subject = awkward,
            Evidence = new Evidence(0, awkward.Length, awkward),
            Places = ["a, b", "c"],
        };
        var records = Parse(SampleAnalysis.Render(new Analysis { Claims = [claim] }, OutputFormat.Csv));
        var row = Row(records, "c-a1");
        Assert.Equal(awkward, row["subject"]);
        Assert.Equal(awkward, row["evidenceText"]);
        Assert.Equal("a, b; c", row["places"]);
    }

    [Fact]
    public void Empty_analysis_writes_the_header_only()
    {
        Assert.Equal("\uFEFF" + string.Join(',', CsvClaimWriter.Columns) + "\r\n", SampleAnalysis.Render(new Analysis(), OutputFormat.Csv));
    }

    private static string Field(string? value)
    {
        var writer = new StringWriter();
        CsvClaimWriter.WriteField(writer, value);
        return writer.ToString();
    }

    private static Dictionary<string, string> Row(List<string[]> records, string id)
    {
        var row = records.Single(r => r[0] == id);
        return records[0].Zip(row).ToDictionary(p => p.First, p => p.Second);
    }
}
