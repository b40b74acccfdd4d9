using ClaimCheck.Recognition;

namespace ClaimCheck.Tests.Recognition;

/// <summary>The resolver of quantities alone: values and intervals from found pieces, no text read.</summary>
public class QuantityResolverTests
{
    private static Quantity Q(long min, long? max, long best, QuantityQualifier q) => new(min, max, best, q);

    private static NumberElement E(NumberPart part, decimal value, FractionEntry? fraction = null) =>
        new() { Part = part, Value = value, Cue = "", FractionEntry = fraction };

    [Theory]
    [InlineData(7L, nameof(NumberPart.Unit), 7L)]
    [InlineData(10L, nameof(NumberPart.Ten), 10L)]
    [InlineData(60L, nameof(NumberPart.Tens), 60L)]
    [InlineData(100L, nameof(NumberPart.Hundred), 100L)]
    [InlineData(400L, nameof(NumberPart.Hundreds), 400L)]
    [InlineData(1_000_000L, nameof(NumberPart.Scale), 1_000_000L)]
    [InlineData(2_000L, nameof(NumberPart.DualScale), 1_000L)]
    [InlineData(12L, nameof(NumberPart.Other), 12L)]
    [InlineData(0L, nameof(NumberPart.Other), 0L)]
    public void ClassifiesNumberWords(long value, string part, long scale)
    {
        Assert.Equal(Enum.Parse<NumberPart>(part), QuantityResolver.Classify(value, out long s));
        Assert.Equal(scale, s);
    }

    /// <summary>Runs elements through <see cref="QuantityResolver.Add"/> as the finder would; returns the value and the parts they played.</summary>
    private static (CompoundValue Value, NumberPart[] Parts) Build(params NumberElement[] elements)
    {
        var v = CompoundValue.Start;
        var last = NumberPart.None;
        var parts = new NumberPart[elements.Length];
        for (int i = 0; i < elements.Length; i++) parts[i] = last = QuantityResolver.Add(ref v, elements[i], last);
        return (v, parts);
    }

    [Fact]
    public void AddsAScaleGroupAndItsRest()
    {
        // سبعة آلاف وأربعمئة
        var (v, _) = Build(E(NumberPart.Unit, 7), E(NumberPart.Scale, 1000), E(NumberPart.Hundreds, 400));
        Assert.Equal(7400m, v.Total + v.Group);
        Assert.Equal(1000m, v.LastScale);
        Assert.False(v.Overflow);
    }

    [Fact]
    public void ATenAfterAUnitIsATeenAndAHundredAfterAUnitMakesHundreds()
    {
        var (teen, parts) = Build(E(NumberPart.Unit, 6), E(NumberPart.Ten, 10));
        Assert.Equal(16m, teen.Group);
        Assert.Equal(NumberPart.Teen, parts[1]);
        var (hundreds, parts2) = Build(E(NumberPart.Unit, 4), E(NumberPart.Hundred, 100));
        Assert.Equal(400m, hundreds.Group);
        Assert.Equal(NumberPart.Hundreds, parts2[1]);
    }

    [Fact]
    public void AFractionTakesAShareOfTheScaleBeforeIt()
    {
        // مليونان وربع
        var quarter = new FractionEntry(1, 4, ["ربع"]);
        var (v, _) = Build(E(NumberPart.DualScale, 1_000_000), E(NumberPart.Fraction, 0, quarter));
        Assert.Equal(2_250_000m, v.Total + v.Group);
    }

    [Fact]
    public void AValueBeyondALongOverflowsInsteadOfWrapping()
    {
        var (v, _) = Build(E(NumberPart.Digits, 900_000), E(NumberPart.Scale, 1_000_000_000_000_000));
        Assert.True(v.Overflow);
        Assert.Equal(Q(long.MaxValue, null, long.MaxValue, QuantityQualifier.AtLeast), QuantityResolver.Number(0, overflow: true, hedge: null));
        Assert.Equal(QuantityQualifier.MoreThan, QuantityResolver.Number(0, overflow: true, QuantityQualifier.MoreThan).Qualifier);
    }

    [Theory]
    [InlineData(null, 65L, 65L, 65L, QuantityQualifier.Exact)]
    [InlineData(QuantityQualifier.About, 65L, 65L, 65L, QuantityQualifier.About)]
    [InlineData(QuantityQualifier.MoreThan, 66L, null, 66L, QuantityQualifier.MoreThan)]
    [InlineData(QuantityQualifier.AtLeast, 65L, null, 65L, QuantityQualifier.AtLeast)]
    [InlineData(QuantityQualifier.LessThan, 0L, 64L, 64L, QuantityQualifier.LessThan)]
    [InlineData(QuantityQualifier.AtMost, 0L, 65L, 65L, QuantityQualifier.AtMost)]
    public void HedgesANumber(QuantityQualifier? hedge, long min, long? max, long best, QuantityQualifier qualifier) =>
        Assert.Equal(Q(min, max, best, qualifier), QuantityResolver.Number(65, overflow: false, hedge));

    [Fact]
    public void ADecimalWithoutAUnitIsTheRangeAroundIt() =>
        Assert.Equal(Q(6, 7, 7, QuantityQualifier.Range), QuantityResolver.Number(6.5m, overflow: false, hedge: null));

    [Fact]
    public void HedgesAVagueAmount()
    {
        // مئات: [200, 999] best 300, unit 100
        Assert.Equal(Q(200, 999, 300, QuantityQualifier.Vague), QuantityResolver.Vague(200, 999, 300, 100, null));
        Assert.Equal(Q(100, null, 100, QuantityQualifier.About), QuantityResolver.Vague(200, 999, 300, 100, QuantityQualifier.About));
        Assert.Equal(Q(200, null, 300, QuantityQualifier.MoreThan), QuantityResolver.Vague(200, 999, 300, 100, QuantityQualifier.MoreThan));
        Assert.Equal(Q(0, 199, 199, QuantityQualifier.LessThan), QuantityResolver.Vague(200, 999, 300, 100, QuantityQualifier.LessThan));
        Assert.Equal(Q(0, 999, 300, QuantityQualifier.AtMost), QuantityResolver.Vague(200, 999, 300, 100, QuantityQualifier.AtMost));
        // بضعة (no unit): "about" drops the floor to the vague minimum.
        Assert.Equal(Q(3, null, 3, QuantityQualifier.About), QuantityResolver.Vague(3, 9, 5, null, QuantityQualifier.About));
    }

    [Fact]
    public void AUnitWordMultipliesAVagueAmountAndSaturates()
    {
        Assert.Equal((200_000L, 999_999L, 300_000L, (long?)100_000L), QuantityResolver.Scale(200, 999, 300, 100, 1000));
        var (min, max, best, unit) = QuantityResolver.Scale(20, 99, 30, 10, long.MaxValue / 2);
        Assert.Equal(long.MaxValue, min);
        Assert.Equal(long.MaxValue, max);
        Assert.Equal(long.MaxValue, best);
        Assert.Equal(long.MaxValue, unit);
    }

    [Fact]
    public void ARangeTakesItsMidpointAndLendsItsScaleToASmallerLowEnd()
    {
        Assert.Equal(Q(12, 18, 15, QuantityQualifier.Range), QuantityResolver.Range(12, 18));
        // ستة إلى ثمانية آلاف: X = 6 has no scale, Y = 8000 ends in one.
        var six = new QuantityCore { Type = QuantityCoreType.Number, Value = 6 };
        var eightThousand = new QuantityCore { Type = QuantityCoreType.Number, Value = 8000, HasScale = true, TrailingScale = 1000 };
        Assert.Equal(6000m, QuantityResolver.LowEnd(six, eightThousand));
        Assert.Equal(Q(6000, 8000, 7000, QuantityQualifier.Range), QuantityResolver.Range(six, eightThousand));
        // 7500 إلى ثمانية آلاف: X is already past the scale's multiple.
        var sevenFiveHundred = new QuantityCore { Type = QuantityCoreType.Number, Value = 7500 };
        Assert.Equal(7500m, QuantityResolver.LowEnd(sevenFiveHundred, eightThousand));
    }

    [Fact]
    public void TheAmountOfACoreDependsOnItsType()
    {
        var vague = new QuantityCore { Type = QuantityCoreType.Vague, VMin = 20, VMax = 99, VBest = 30, VUnit = 10 };
        Assert.Equal(Q(20, 99, 30, QuantityQualifier.Vague), QuantityResolver.Amount(vague, null));
        var number = new QuantityCore { Type = QuantityCoreType.Number, Value = 48 };
        Assert.Equal(Q(48, null, 48, QuantityQualifier.AtLeast), QuantityResolver.Amount(number, QuantityQualifier.AtLeast));
    }

    [Fact]
    public void AClockReadingIsHoursAndMinutesAsStated()
    {
        Assert.Equal(Quantity.Exactly(700), QuantityResolver.Clock(7, 0));
        Assert.Equal(Quantity.Exactly(1945), QuantityResolver.Clock(19, 45));
        Assert.Equal(2016, QuantityResolver.Digits("2016"));
        Assert.Equal(9, QuantityResolver.Digits("09"));
    }
}
