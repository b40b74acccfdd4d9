using ClaimCheck.Claims;
using ClaimCheck.Scoring;

namespace ClaimCheck.Tests.Claims;

/// <summary>
/// Broad readings: proposals the strict rules leave out, marked <c>broad:&lt;kind&gt;</c>, scored by weights of their own and
/// kept only at or above the threshold. Sentences are our own.
/// </summary>
public class BroadReadingTests
{
    private static readonly ClaimChecker Everything = ClaimChecker.CreateDefault(new ClaimCheckerOptions { MinConfidence = 0 });
    private static readonly ClaimChecker Unscored = ClaimChecker.CreateDefault(new ClaimCheckerOptions { ConfidenceModel = null });

    private static IReadOnlyList<Claim> Read(ClaimChecker checker, string text) =>
        checker.Extract(new Report("r", text, Outlet: "Enab Baladi", Published: new DateOnly(2018, 5, 1))).Claims;

    private static bool IsBroad(Claim c) => c.Cues.Any(cue => cue.StartsWith(BroadReadings.CueFamily + ":", StringComparison.Ordinal));

    // A harm word and a count that no casualty rule links (the count is the object of another verb).
    private const string FarHarm = "وأسفر القصف على السوق عن سقوط ضحايا، وأحصت فرق الإسعاف 17 منهم في المشفى الميداني.";

    [Fact]
    public void A_count_near_a_harm_word_that_no_rule_read_is_a_broad_casualty_reading_with_its_evidence()
    {
        var broad = Assert.Single(Read(Everything, FarHarm), IsBroad);
        Assert.Equal(ClaimKind.Casualties, broad.Kind);
        Assert.Equal(17, broad.Quantity!.Best);
        Assert.Contains("broad:casualties", broad.Cues);
        Assert.Contains("17", broad.Evidence.Text, StringComparison.Ordinal);
        Assert.Equal(broad.Evidence.Text, FarHarm[broad.Evidence.Start..broad.Evidence.End]);
        Assert.InRange(broad.Confidence!.Value, 0, 1);
    }

    [Fact]
    public void Without_a_model_no_broad_reading_is_proposed()
    {
        Assert.DoesNotContain(Read(Unscored, FarHarm), IsBroad);
        Assert.Empty(Read(Unscored, FarHarm));
    }

    [Fact]
    public void At_or_above_the_models_recommended_threshold_no_broad_reading_is_proposed_and_the_strict_claims_are_kept_as_scored()
    {
        string text = FarHarm + " وقتل 12 مدنيا في قصف على دوما.";
        var all = Read(Everything, text);
        var kept = Read(ClaimChecker.CreateDefault(), text);
        Assert.Contains(all, IsBroad);
        Assert.DoesNotContain(kept, IsBroad);
        Assert.Equal(all.Where(c => !IsBroad(c) && c.Confidence >= ClaimCheckerOptions.DefaultMinConfidence).Select(c => c.Id), kept.Select(c => c.Id));
        // Just below the threshold, broad readings are proposed again and kept by their own scores.
        double below = ConfidenceModel.Default.RecommendedThreshold - 0.001;
        var lower = Read(ClaimChecker.CreateDefault(new ClaimCheckerOptions { MinConfidence = below }), text);
        Assert.Equal(all.Where(c => c.Confidence >= below).Select(c => c.Id), lower.Select(c => c.Id));
    }

    [Theory]
    [InlineData("قتل 12 مدنيا في قصف على دوما.")]
    [InlineData("وأكد المرصد خروج 400 مقاتل مع عائلاتهم من الحي باتجاه الشمال.")]
    [InlineData("وتوصلت الفصائل إلى اتفاق مع الجانب الروسي يقضي بوقف القصف.")]
    public void A_sentence_the_strict_rules_read_gets_no_broad_reading_of_the_same_kind_or_count(string sentence)
    {
        var claims = Read(Everything, sentence);
        var strict = claims.Where(c => !IsBroad(c)).ToArray();
        Assert.NotEmpty(strict);
        foreach (var broad in claims.Where(IsBroad))
        {
            Assert.DoesNotContain(strict, s => s.Quantity is not null && broad.Quantity is not null && s.Evidence.Start < broad.Evidence.End && broad.Evidence.Start < s.Evidence.End);
            if (broad.Quantity is null) Assert.DoesNotContain(strict, s => s.Kind == broad.Kind);
        }
    }

    [Theory]
    [InlineData("استمر القصف على البلدة خلال 14 ساعة متواصلة وأسفر عن سقوط ضحايا.")]
    [InlineData("أطلقت الطائرات 34 صاروخا على الأحياء السكنية وسقط ضحايا.")]
    [InlineData("وسقط ضحايا في الغارات خلال الأيام الخمسة الماضية.")]
    public void A_count_of_other_things_near_a_harm_word_is_no_broad_reading(string sentence) =>
        Assert.DoesNotContain(Read(Everything, sentence), c => IsBroad(c) && c.Quantity is not null);

    [Fact]
    public void A_word_of_leaving_that_no_evacuation_rule_read_is_a_broad_evacuation_reading_negated_as_it_is_told()
    {
        // "وتعطلت عملية الإخلاء" is now read by the strict rules (a departure held up, denied); fear of one is read by none.
        var claims = Read(Everything, "ويخشى الأهالي عملية الإخلاء من البلدة بسبب القصف.");
        Assert.Contains(claims, c => IsBroad(c) && c.Kind == ClaimKind.Evacuation && c.Polarity == Polarity.Affirmed);
    }

    [Fact]
    public void A_broad_reading_fills_only_the_broad_features_and_a_strict_claim_only_the_others()
    {
        var names = ConfidenceModel.FeatureNames;
        int half = names.Count / 2;
        Assert.All(names.Skip(half), n => Assert.StartsWith("broad|", n, StringComparison.Ordinal));
        Assert.Equal(names.Take(half).Select(n => "broad|" + n), names.Skip(half));
        string report = FarHarm + " وقتل 12 مدنيا في قصف على دوما.";
        var claims = Read(Everything, report);
        var text = new ScoringText(report, claims);
        foreach (var claim in claims)
        {
            var vector = new float[names.Count];
            ClaimFeatures.Compute(claim, text, vector);
            bool broad = IsBroad(claim);
            Assert.All(vector[(broad ? 0 : half)..(broad ? half : names.Count)], v => Assert.Equal(0f, v));
            Assert.Contains(vector[(broad ? half : 0)..(broad ? names.Count : half)], v => v != 0);
        }
        Assert.Contains(claims, IsBroad);
        Assert.Contains(claims, c => !IsBroad(c));
    }

    [Fact]
    public void The_default_threshold_is_the_shipped_models_recommended_one() =>
        Assert.Equal(ClaimCheckerOptions.DefaultMinConfidence, ConfidenceModel.Default.RecommendedThreshold);
}
