using ClaimCheck.Lexicons;
using ClaimCheck.Recognition;
using ClaimCheck.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// Fuzzing <see cref="ClaimChecker.Analyze"/>: texts stitched from pieces of real reports, lexicon phrases, digits in three
/// scripts, number words, quotes, punctuation and arbitrary code units (lone surrogates, controls, bidi marks), in batches of
/// <see cref="BatchSize"/> reports per call. Every batch must analyse without an exception, satisfy <see cref="OutputInvariants"/>,
/// and give the same bytes when its reports come in reverse order.
/// </summary>
public class FuzzTests
{
    private const int BatchSize = 5;
    private const int Batches = 2_000;

    private static readonly ClaimChecker Checker = ClaimChecker.CreateDefault();

    // ---- pieces ----

    private static readonly Lazy<string[]> SeedClauses = new(() =>
    {
        var clauses = new List<string>();
        foreach (var r in Seeds.Reports())
        {
            int start = 0;
            for (int i = 0; i < r.Text.Length; i++)
            {
                if (r.Text[i] is not ('.' or '،' or ',' or '\n' or '؛' or ':' or '؟')) continue;
                if (i + 1 - start > 1) clauses.Add(r.Text[start..(i + 1)]);
                start = i + 1;
            }
        }
        return clauses.ToArray();
    });

    private static readonly Lazy<string[]> SeedTexts = new(() => Seeds.Reports().Select(r => r.Text).ToArray());

    private static readonly Lazy<string[]> NumberWords = new(() =>
    {
        var lex = NumberLexicon.Default;
        return lex.Cardinals.SelectMany(e => e.Words)
            .Concat(lex.Ordinals.SelectMany(e => e.Words))
            .Concat(lex.Vague.SelectMany(e => e.Words))
            .Concat(lex.Duals.SelectMany(e => e.Forms))
            .Concat(lex.Hedges.SelectMany(e => e.Phrases))
            .Concat(lex.Fractions.SelectMany(e => e.Words))
            .Distinct(StringComparer.Ordinal).ToArray();
    });

    private static Gen<string> Const(params string[] values) => Gen.Elements(values);

    /// <summary>Cue phrases of the built-in cue lexicon with a tag that starts with one of <paramref name="tags"/> ("group" takes every "group:…").</summary>
    private static Gen<string> Cues(params string[] tags)
    {
        var phrases = ClaimCheck.Lexicons.CueLexicon.Default.Cues
            .Where(c => c.Tags.Any(t => tags.Any(w => t == w || t.StartsWith(w + ":", StringComparison.Ordinal))))
            .Select(c => c.Text).Distinct(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(phrases);
        return Gen.Elements(phrases);
    }

    private static readonly Lazy<string[]> SourceNames = new(() => ClaimCheck.SourceRegistry.Default.Sources.SelectMany(s => s.Aliases).ToArray());
    private static readonly Lazy<string[]> PlaceNames = new(() => Gazetteer.Default.Places.SelectMany(p => p.Aliases).ToArray());
    private static readonly Lazy<string[]> ActorNames = new(() => ActorLexicon.Default.Actors.SelectMany(a => a.Aliases.Concat(a.WeakAliases)).ToArray());

    private static Gen<string> Optional(Gen<string> gen, int percent) =>
        Gen.Frequency((percent, gen), (100 - percent, Gen.Constant("")));

    private static Gen<string> Count => Gen.Frequency(
        (5, Digits),
        (2, Gen.Elements(NumberWords.Value)),
        (2, Gen.Zip(Cues("count-phrase").Or(Gen.Elements(NumberLexicon.Default.Hedges.SelectMany(h => h.Phrases).ToArray())), Digits, (h, d) => h + " " + d)));

    /// <summary>
    /// A clause shaped like a claim, from lexicon words in a plausible order (an optional source frame and negation, then a
    /// count with its verb and noun, an evacuation, a vehicle movement or an agreement, then an optional place or party),
    /// so that the fuzzer drives the claim builders and not only the recognisers.
    /// </summary>
    private static Gen<string> ClaimLike =>
        from frame in Optional(Gen.Frequency(
            (3, Gen.Zip(Cues("say", "deny"), Gen.Elements(SourceNames.Value), (v, src) => v + " " + src + " إن")),
            (1, Gen.Zip(Cues("cite"), Gen.Elements(SourceNames.Value), (c, src) => c + " " + src + "،")),
            (1, Cues("continuation", "say"))), 60)
        from negation in Optional(Cues("negation", "deny-noun", "uncertain", "planned", "backgrounding", "attempt"), 25)
        from core in Gen.Frequency(
            (3, from verb in Cues("killed", "wounded", "killed-wounded") from n in Count from noun in Cues("group", "killed-noun", "wounded-noun") select $"{verb} {n} {noun}"),
            (2, from verb in Cues("evac-verb", "evac-self", "evac-noun") from n in Count from noun in Cues("group", "people-batch") select $"{verb} {n} {noun}"),
            (2, from verb in Cues("action") from n in Count from noun in Cues("vehicle") select $"{verb} {n} {noun}"),
            (1, from n in Count from noun in Cues("vehicle", "group") from verb in Cues("action", "evac-verb", "killed") select $"{n} {noun} {verb}"),
            (2, from verb in Cues("affirm", "in-force", "negation-post") from noun in Cues("agreement", "negotiations") select $"{noun} {verb}"),
            (1, from tally in Cues("tally") from noun in Cues("killed-noun", "wounded-noun") from n in Count select $"{tally} {noun} {n}"))
        from place in Optional(Gen.Elements(PlaceNames.Value).Select(p => "في " + p), 40)
        from party in Optional(Gen.Elements(ActorNames.Value).Select(a => "من " + a), 30)
        select string.Join(" ", new[] { frame, negation, core, place, party }.Where(x => x.Length > 0));

    private static Gen<string> SeedSubstring =>
        from text in Gen.Elements(SeedTexts.Value)
        from start in Gen.Choose(0, text.Length)
        from length in Gen.Choose(0, Math.Min(160, text.Length - start))
        select text.Substring(start, length);

    private static Gen<string> DigitRun(char zero) =>
        from n in Gen.Frequency((6, Gen.Choose(1, 4)), (2, Gen.Choose(5, 12)), (1, Gen.Choose(13, 40)))
        from digits in Gen.ArrayOf(Gen.Choose(0, 9), n)
        from separator in Gen.Frequency((8, Gen.Constant("")), (1, Gen.Constant(",")), (1, Gen.Constant("٬")), (1, Gen.Constant(".")), (1, Gen.Constant("٫")))
        select string.Concat(digits.Select((d, i) => (i > 0 && (n - i) % 3 == 0 ? separator : "") + (char)(zero + d)));

    private static Gen<string> Digits => Gen.Frequency(
        (5, DigitRun('0')),
        (4, DigitRun('\u0660')),
        (1, DigitRun('\u06F0')));

    private static Gen<char> AnyCodeUnit => Gen.Frequency(
        (3, Gen.Choose(0, 0xFFFF).Select(c => (char)c)),
        (2, Gen.Choose(0xD800, 0xDFFF).Select(c => (char)c)),
        (2, Gen.Choose(0, 0x1F).Select(c => (char)c)),
        (2, Gen.Elements('\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD')),
        (2, Gen.Elements('\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0640', '\u0670', '\u00A0', '\u202F')),
        (3, Gen.Choose(0x0600, 0x06FF).Select(c => (char)c)),
        (1, Gen.Choose(0xFB50, 0xFEFF).Select(c => (char)c)));

    private static Gen<string> RandomRun =>
        from n in Gen.Choose(1, 6)
        from chars in Gen.ArrayOf(AnyCodeUnit, n)
        select new string(chars);

    private static Gen<string> Piece => Gen.Frequency(
        (8, ClaimLike),
        (7, Gen.Elements(SeedClauses.Value)),
        (2, SeedSubstring),
        (5, Gen.Elements(NastyInputs.LexiconPhrases().ToArray())),
        (4, Digits),
        (3, Gen.Elements(NumberWords.Value)),
        (3, Const("«", "»", "\"", "“", "”", "'", "(", ")", "[", "]", "-", "–", "—", "/", "«\"", "\"»")),
        (3, Const(".", "،", ",", "؛", ";", ":", "؟", "?", "!", "…", "\n", "\n\n", "%", "٪")),
        (2, RandomRun));

    private static Gen<string> Separator => Gen.Frequency(
        (10, Gen.Constant(" ")),
        (2, Gen.Constant("")),
        (1, Gen.Constant("\n")),
        (1, Gen.Constant("\u00A0")),
        (1, Gen.Constant("، ")),
        (1, Gen.Constant(". ")));

    /// <summary>One report's text: up to about a third of the size parameter of pieces, each followed by a separator.</summary>
    internal static Gen<string> Text => Gen.Sized(size =>
        from n in Gen.Choose(0, 1 + size / 3)
        from pieces in Gen.ArrayOf(Gen.Zip(Piece, Separator, (p, s) => p + s), n)
        select string.Concat(pieces));

    /// <summary>Publication dates at the ends of the calendar and in between, or none.</summary>
    private static Gen<DateOnly?> Published => Gen.Frequency(
        (4, Gen.Constant<DateOnly?>(null)),
        (1, Gen.Elements<DateOnly?>(DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2018, 2, 28), new DateOnly(2016, 2, 29))),
        (3, Gen.Choose(1, 3_652_058).Select(d => (DateOnly?)DateOnly.FromDayNumber(d - 1))));

    /// <summary>No outlet, a registry name, or anything at all.</summary>
    private static Gen<string?> Outlet => Gen.Frequency(
        (4, Gen.Constant<string?>(null)),
        (2, Gen.Elements(SourceNames.Value).Select(n => (string?)n)),
        (1, RandomRun.Select(r => (string?)r)));

    internal static Gen<Report[]> Batch =>
        from texts in Gen.ArrayOf(Text, BatchSize)
        from dates in Gen.ArrayOf(Published, BatchSize)
        from outlets in Gen.ArrayOf(Outlet, BatchSize)
        select texts.Select((t, i) => new Report($"fuzz-{i}", t, outlets[i], dates[i])).ToArray();

    [Fact]
    public void TenThousandGeneratedInputsAnalyseCleanly()
    {
        int inputs = 0, claims = 0;
        long chars = 0;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Batches), Prop.ForAll(Batch.ToArbitrary(), reports =>
        {
            var analysis = Checker.Analyze(reports);
            string json = OutputInvariants.Check(reports, analysis);
            // Same reports, in another order, give the same bytes.
            Assert.Equal(json, ClaimCheck.Output.AnalysisJson.Serialize(Checker.Analyze(reports.Reverse().ToArray())));
            inputs += reports.Length;
            claims += analysis.Claims.Count;
            chars += reports.Sum(r => (long)r.Text.Length);
        }));
        Assert.True(inputs >= 10_000, $"only {inputs} inputs were analysed");
        Assert.True(claims >= 5_000, $"only {claims} claims came out of {inputs} inputs ({chars} characters): the generator no longer reaches the claim builders");
    }

    /// <summary>The pieces are what they claim to be: the generator reaches real sentences, lexicon phrases and all three digit scripts.</summary>
    [Fact]
    public void TheGeneratorMixesEveryKindOfPiece()
    {
        var sample = string.Concat(Gen.Sample(Text, 400, 100));
        Assert.Contains(SeedClauses.Value, c => sample.Contains(c, StringComparison.Ordinal));
        Assert.Contains(NumberWords.Value, w => sample.Contains(" " + w + " ", StringComparison.Ordinal));
        Assert.Contains(sample, c => c is >= '\u0660' and <= '\u0669');
        Assert.Contains(sample, c => c is >= '\u06F0' and <= '\u06F9');
        Assert.Contains(sample, char.IsSurrogate);
        Assert.Contains(sample, c => c is '\u202E' or '\u2067' or '\u200F');
    }
}
