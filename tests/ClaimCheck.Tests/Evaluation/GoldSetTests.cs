using ClaimCheck.Evaluation;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Evaluation;

/// <summary>The gold formats, and malformed gold refused with a message that names the record and field.</summary>
public class GoldSetTests
{
    private const string Agreement = """{"id": "a", "report": "r.txt", "kind": "agreement", "camps": ["state"], "polarity": "affirmed", "quote": "اتفاق"}""";
    private const string Count = """{"id": "k", "report": "r.txt", "kind": "casualties", "camps": ["sohr", "other"], "quantity": {"min": 3001, "max": null, "qualifier": "moreThan"}, "subject": "civilians", "harm": "wounded", "start": 4, "end": 9, "event": "siege", "core": false, "note": "n"}""";

    [Fact]
    public void Reads_a_bare_array_of_claims()
    {
        var gold = GoldSet.Parse($"[{Agreement}, {Count}]");
        Assert.Equal(["a", "k"], gold.Claims.Select(c => c.Id));
        var a = gold.Claims[0];
        Assert.Equal((ClaimKind.Agreement, Polarity.Affirmed, true, "اتفاق"), (a.Kind, Assert.Single(a.Polarities), a.Core, a.Quote));
        Assert.Null(a.Start);
        var k = gold.Claims[1];
        Assert.Equal([Camp.Sohr, Camp.Other], k.Camps);
        Assert.Equal((3001.0, (double?)null, "civilians", Harm.Wounded, 4, 9, "siege", false),
            (k.Min!.Value, k.Max, k.Subject, k.Harm!.Value, k.Start!.Value, k.End!.Value, k.Event, k.Core));
        Assert.Empty(gold.Contradictions);
    }

    [Fact]
    public void Reads_claims_with_reports_and_ignores_unknown_fields()
    {
        var gold = GoldSet.Parse("""{"about": "x", "reports": {"r.txt": {"outlet": "SANA"} }, "claims": [""" + Agreement + """], "extra": 1}""");
        Assert.Equal(["r.txt"], gold.Reports);
    }

    [Fact]
    public void Reads_polarity_lists()
    {
        var gold = GoldSet.Parse($"[{Agreement.Replace("\"affirmed\"", "[\"affirmed\", \"uncertain\"]", StringComparison.Ordinal)}]");
        Assert.Equal([Polarity.Affirmed, Polarity.Uncertain], gold.Claims[0].Polarities);
        Assert.Equal([Polarity.Affirmed, Polarity.Uncertain, Polarity.Uncertain, Polarity.Denied], gold.Claims[0].AcceptedPolarities);
    }

    [Fact]
    public void Reads_the_seeds_gold_with_its_contradictions_and_must_nots()
    {
        var gold = GoldSet.Load(Seeds.SharedGold() ?? Seeds.RepoGold());
        Assert.Equal(46, gold.Claims.Count);
        Assert.Equal(34, gold.Claims.Count(c => c.Core));
        Assert.Equal(4, gold.Contradictions.Count);
        Assert.Equal(6, gold.MustNot.Count);
        var x1 = gold.Contradictions[0];
        Assert.Equal((ClaimKind.Agreement, 2), (x1.Kind, x1.Sides.Count));
        Assert.Contains("separate-events", gold.MustNot.Select(m => m.Kind));
    }

    [Fact]
    public void Restrict_keeps_the_claims_of_the_reports_and_what_refers_only_to_them()
    {
        var gold = GoldSet.Load(Seeds.SharedGold() ?? Seeds.RepoGold());
        var first = gold.Claims[0].Report;
        var part = gold.Restrict([first]);
        Assert.All(part.Claims, c => Assert.Equal(first, c.Report));
        Assert.Equal(gold.Claims.Count(c => c.Report == first), part.Claims.Count);
        var ids = part.Claims.Select(c => c.Id).ToHashSet();
        Assert.All(part.MustNot, m => Assert.True(ids.Contains(m.First) && ids.Contains(m.Second)));
        Assert.All(part.Contradictions, x => Assert.All(x.Sides.Values.SelectMany(v => v), id => Assert.Contains(id, ids)));
        Assert.Empty(gold.Restrict([]).Claims);
    }

    [Theory]
    [InlineData("{", "invalid JSON at line 1")]
    [InlineData("42", "expected a JSON array of claims or an object with a \"claims\" array")]
    [InlineData("""{"claims": {}}""", "expected a JSON array")]
    [InlineData("[1]", "claims[0]: expected an object")]
    [InlineData("""[{"report": "r", "kind": "agreement"}]""", "claims[0]: needs \"id\"")]
    [InlineData("""[{"id": "a", "kind": "agreement", "camps": ["state"], "polarity": "affirmed", "quote": "q"}]""", "(id \"a\"): needs \"report\"")]
    [InlineData("""[{"id": "a", "report": "r", "kind": "Agreement", "camps": ["state"]}]""", "kind: \"Agreement\" is not one of agreement, evacuation, casualties, vehicles, evacuees")]
    [InlineData("""[{"id": "a", "report": "r", "kind": "agreement", "camps": ["government"], "polarity": "affirmed"}]""", "camps[0]: \"government\" is not one of state, sohr, opposition, other")]
    [InlineData("""[{"id": "a", "report": "r", "kind": "agreement", "camps": [], "polarity": "affirmed"}]""", "\"camps\" is empty")]
    [InlineData("""[{"id": "a", "report": "r", "kind": "agreement", "camps": "state"}]""", "needs \"camps\" (an array)")]
    [InlineData("""[{"id": "a", "report": "r", "kind": "evacuation", "camps": ["state"], "quote": "q"}]""", "an evacuation claim needs \"polarity\"")]
    [InlineData("""[{"id": "a", "report": "r", "kind": "evacuation", "camps": ["state"], "polarity": "maybe", "quote": "q"}]""", "polarity: \"maybe\" is not one of affirmed, denied, uncertain")]
    [InlineData("""[{"id": "a", "report": "r", "kind": "evacuation", "camps": ["state"], "polarity": [], "quote": "q"}]""", "\"polarity\" is empty")]
    [InlineData("""[{"id": "a", "report": "r", "kind": "vehicles", "camps": ["state"], "quote": "q"}]""", "a vehicles claim needs \"quantity\"")]
    [InlineData("""[{"id": "a", "report": "r", "kind": "vehicles", "camps": ["state"], "quantity": null, "quote": "q"}]""", "a vehicles claim needs \"quantity\"")]
    [InlineData("""[{"id": "a", "report": "r", "kind": "vehicles", "camps": ["state"], "quantity": {"min": "6"}, "quote": "q"}]""", "quantity: \"min\" must be a number or null")]
    [InlineData("""[{"id": "a", "report": "r", "kind": "casualties", "camps": ["sohr"], "quantity": {"min": 1}, "harm": "dead", "quote": "q"}]""", "harm: \"dead\" is not one of killed, wounded, killedOrWounded")]
    [InlineData("""[{"id": "a", "report": "r", "kind": "agreement", "camps": ["state"], "polarity": "affirmed", "start": 3}]""", "needs \"quote\", or \"start\" and \"end\"")]
    [InlineData("""[{"id": "a", "report": "r", "kind": "agreement", "camps": ["state"], "polarity": "affirmed", "start": -1, "end": 4}]""", "\"start\" must be a non-negative integer")]
    [InlineData("""[{"id": "a", "report": "r", "kind": "agreement", "camps": ["state"], "polarity": "affirmed", "start": 1.5, "end": 4}]""", "\"start\" must be a non-negative integer")]
    [InlineData("""[{"id": "a", "report": "r", "kind": "agreement", "camps": ["state"], "polarity": "affirmed", "start": 9, "end": 4}]""", "\"end\" (4) is before \"start\" (9)")]
    [InlineData("""[{"id": "a", "report": "r", "kind": "agreement", "camps": ["state"], "polarity": "affirmed", "quote": 7}]""", "\"quote\" must be a string or null")]
    [InlineData("""[{"id": "a", "report": "r", "kind": "agreement", "camps": ["state"], "polarity": "affirmed", "quote": "q", "core": "yes"}]""", "\"core\" must be true or false")]
    [InlineData("""[{"id": "a", "report": "r", "kind": "agreement", "camps": ["state"], "polarity": "affirmed", "quote": "q"}, {"id": "a", "report": "r", "kind": "agreement", "camps": ["state"], "polarity": "affirmed", "quote": "q"}]""", "claims[1]: id \"a\" is repeated")]
    [InlineData("""[{"id": "a", "report": "r", "kind": "agreement", "camps": ["state"], "polarity": "affirmed", "quote": "\ud800"}]""", "unpaired surrogate")]
    [InlineData("""{"claims": [], "contradictions": [{"id": "X", "kind": "agreement", "sides": {"regime": ["a"]}}]}""", "contradictions[0] (id \"X\"): sides: \"regime\" is not a camp")]
    [InlineData("""{"claims": [], "contradictions": [{"id": "X", "kind": "agreement", "sides": {"state": "a"}}]}""", "sides.state must be an array")]
    [InlineData("""{"claims": [], "contradictions": [{"id": "X", "kind": "agreement"}]}""", "needs \"sides\"")]
    [InlineData("""{"claims": [], "mustNot": [{"id": "N", "kind": "never", "claims": ["a", "b"]}]}""", "kind \"never\" is not one of separate-events, not-same-time, not-compared")]
    [InlineData("""{"claims": [], "mustNot": [{"id": "N", "kind": "not-compared", "claims": ["a"]}]}""", "\"claims\" must hold two gold claim ids")]
    [InlineData("""{"claims": [], "mustNot": {}}""", "\"mustNot\" must be an array")]
    public void Malformed_gold_is_refused_with_the_record_and_field(string json, string message)
    {
        var ex = Assert.Throws<GoldFormatException>(() => GoldSet.Parse(json));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mutated_gold_files_are_read_or_refused_but_never_crash_the_scorer()
    {
        string original = File.ReadAllText(Seeds.SharedGold() ?? Seeds.RepoGold());
        string[] pieces = ["", "null", "-1", "1e400", "\"\"", "[]", "{}", "\"uncertain\"", "\"killedOrWounded\"", "true", "\"\\ud800\""];
        var random = new Random(20260610);
        var analysis = new Analysis { Claims = [Events.ClaimBuilder.Polar("c", "000_188585e6a2fc4a02.txt", ClaimKind.Agreement, Polarity.Affirmed, Camp.State, start: 190)] };
        for (int i = 0; i < 300; i++)
        {
            // Replace one JSON value (after a colon) by a hostile one, or cut the file short.
            string json;
            if (i % 10 == 9) json = original[..random.Next(original.Length)];
            else
            {
                var colons = System.Text.RegularExpressions.Regex.Matches(original, ": ");
                var at = colons[random.Next(colons.Count)].Index + 2;
                int end = at;
                while (end < original.Length && original[end] is not (',' or '\n' or '}' or ']')) end++;
                json = original[..at] + pieces[random.Next(pieces.Length)] + original[end..];
            }
            GoldSet gold;
            try
            {
                gold = GoldSet.Parse(json);
            }
            catch (GoldFormatException)
            {
                continue;
            }
            var result = Evaluator.Evaluate(gold, analysis);
            Assert.InRange(result.Recall, 0, 1);
        }
    }

    [Fact]
    public void Load_names_the_file_and_refuses_invalid_UTF8()
    {
        using var folder = new Cli.TempFolder();
        string bad = folder.Bytes("bad.json", [0x5B, 0xFF, 0x5D]);
        Assert.StartsWith(bad + ": not valid UTF-8", Assert.Throws<GoldFormatException>(() => GoldSet.Load(bad)).Message, StringComparison.Ordinal);
        string wrong = folder.File("wrong.json", "[1]");
        Assert.Equal(wrong + ": claims[0]: expected an object", Assert.Throws<GoldFormatException>(() => GoldSet.Load(wrong)).Message);
    }
}
