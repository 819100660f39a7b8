using Verification.TestSupport;

namespace Verification.Numerics.Tests.Tolerances;

/// <summary>
/// The one tolerance helper: NaN and ±∞ are settled before any gap is measured, then absolute, relative,
/// ε-relative and ulp bounds each mean what they say.
/// </summary>
public class ToleranceTests
{
    public static TheoryData<Tolerance> EveryKind() =>
        [Tolerance.Absolute(1), Tolerance.Relative(1), Tolerance.Epsilons(8), Tolerance.Ulps(4)];

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void NaNEqualsNaNOnlyWhenAsked(Tolerance tolerance)
    {
        Assert.False(tolerance.Accepts(double.NaN, double.NaN));
        Assert.True(tolerance.AllowingNaN().Accepts(double.NaN, double.NaN));
        Assert.True(tolerance.AllowingNaN().Accepts(double.NaN, float.NaN));
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void NaNNeverEqualsANumber(Tolerance tolerance)
    {
        Assert.False(tolerance.AllowingNaN().Accepts(1.0, double.NaN));
        Assert.False(tolerance.AllowingNaN().Accepts(double.NaN, 1.0));
        Assert.False(Tolerance.Absolute(double.PositiveInfinity).Accepts(0.0, double.NaN));
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void AnInfinityEqualsOnlyTheSameInfinity(Tolerance tolerance)
    {
        Assert.True(tolerance.Accepts(double.PositiveInfinity, double.PositiveInfinity));
        Assert.True(tolerance.Accepts(double.NegativeInfinity, float.NegativeInfinity));
        Assert.False(tolerance.Accepts(double.PositiveInfinity, double.NegativeInfinity));
        Assert.False(tolerance.Accepts(double.MaxValue, double.PositiveInfinity));
        Assert.False(tolerance.Accepts(double.PositiveInfinity, double.MaxValue));
    }

    [Fact]
    public void InfinitiesAreEqualEvenUnderAZeroBound() =>
        Assert.True(Tolerance.Absolute(0).Accepts(double.PositiveInfinity, double.PositiveInfinity));

    [Fact]
    public void OneUlpShortOfInfinityIsStillNotInfinity() =>
        Assert.False(Tolerance.Ulps(1).Accepts(double.MaxValue, double.PositiveInfinity));

    [Fact]
    public void AnAbsoluteBoundIgnoresMagnitude()
    {
        Assert.True(Tolerance.Absolute(1e-5).Accepts(1e-6, 2e-6));
        Assert.False(Tolerance.Absolute(0.5).Accepts(1e6, 1e6 + 1));
        Assert.True(Tolerance.Absolute(0.25).Accepts(1, 1.25));
        Assert.False(Tolerance.Absolute(0.25).Accepts(1, Math.BitIncrement(1.25)));
    }

    [Fact]
    public void ARelativeBoundScalesWithTheExpectedValue()
    {
        Assert.True(Tolerance.Relative(1e-5).Accepts(1e6, 1e6 + 1));
        Assert.False(Tolerance.Relative(0.5).Accepts(1e-6, 2e-6));
        Assert.True(Tolerance.Relative(0.5).Accepts(-4, -2));
    }

    [Fact]
    public void ARelativeBoundAtZeroDemandsZero()
    {
        Assert.True(Tolerance.Relative(1).Accepts(0, -0.0));
        Assert.False(Tolerance.Relative(1).Accepts(0, double.Epsilon));
        Assert.True(Tolerance.Absolute(double.Epsilon).Accepts(0, double.Epsilon));
    }

    [Fact]
    public void EpsilonsAreThoseOfTheComparedFormat()
    {
        var oneFloatStep = 1 + Math.ScaleB(1.0, -23);
        Assert.True(Tolerance.Epsilons(1).Accepts(oneFloatStep, 1f));
        Assert.False(Tolerance.Epsilons(1).Accepts(oneFloatStep, 1.0));
        Assert.True(Tolerance.Epsilons(1).Accepts(1.0, Math.BitIncrement(1.0)));
        Assert.False(Tolerance.Epsilons(1).Accepts(1.0, Math.BitIncrement(Math.BitIncrement(1.0))));
    }

    [Fact]
    public void UlpsAreCountedInTheComparedFormat()
    {
        var twoSteps = Math.BitIncrement(Math.BitIncrement(1.0));
        Assert.True(Tolerance.Ulps(2).Accepts(1.0, twoSteps));
        Assert.False(Tolerance.Ulps(1).Accepts(1.0, twoSteps));
        Assert.True(Tolerance.Ulps(1).Accepts(1.0, MathF.BitIncrement(1f)));
        Assert.True(Tolerance.Ulps(2).Accepts(-double.Epsilon, double.Epsilon));
        Assert.False(Tolerance.Ulps(1).Accepts(-double.Epsilon, double.Epsilon));
    }

    [Fact]
    public void ANegativeOrNaNBoundIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Tolerance.Absolute(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Tolerance.Relative(double.NaN));
    }

    [Fact]
    public void AFailureNamesBothValuesTheGapAndTheType()
    {
        var failure = Assert.Throws<ToleranceExceededException>(() => Tolerance.Epsilons(8).AssertClose(0.75, 0.5f, "p"));
        Assert.Equal($"p: expected 0.75 ± {8 * 0.75 * Math.ScaleB(1.0, -23):R} but got 0.5 (Single)", failure.Message);
        Tolerance.Epsilons(8).AssertClose(0.75, 0.75f);
    }

    [Fact]
    public void ListsAreComparedElementByElement()
    {
        var tolerance = Tolerance.Absolute(0.1);
        tolerance.AssertAllClose([1, 2], [1.05, 1.95]);
        var gap = Assert.Throws<ToleranceExceededException>(() => tolerance.AssertAllClose([1, 2], [1, 3], "w"));
        Assert.StartsWith("w[1]: expected 2", gap.Message, StringComparison.Ordinal);
        var length = Assert.Throws<ToleranceExceededException>(() => tolerance.AssertAllClose([1, 2], [1], "w"));
        Assert.Equal("w: 2 values expected but got 1", length.Message);
    }
}
