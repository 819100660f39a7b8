using Verification.TestSupport;

namespace Verification.Numerics.Tests.Tolerances;

/// <summary>The shared machine ε and ulp distance that every tolerance of the tests is written in.</summary>
public class FloatingPointTests
{
    [Fact]
    public void MachineEpsilonIsTheGapAfterOne()
    {
        Assert.Equal(Math.ScaleB(1.0, -23), FloatingPoint.MachineEpsilon<float>());
        Assert.Equal(Math.ScaleB(1.0, -52), FloatingPoint.MachineEpsilon<double>());
    }

    [Fact]
    public void MachineEpsilonIsNotDotNetsEpsilon() =>
        Assert.NotEqual(double.Epsilon, FloatingPoint.MachineEpsilon<double>());

    [Fact]
    public void NeighboursAreOneUlpApart()
    {
        Assert.Equal(0ul, FloatingPoint.UlpDistance(1.0, 1.0));
        Assert.Equal(1ul, FloatingPoint.UlpDistance(1.0, Math.BitIncrement(1.0)));
        Assert.Equal(1ul, FloatingPoint.UlpDistance(Math.BitDecrement(1.0), 1.0));
        Assert.Equal(1ul, FloatingPoint.UlpDistance(1f, MathF.BitIncrement(1f)));
    }

    [Fact]
    public void TheDistanceIsSymmetric() =>
        Assert.Equal(FloatingPoint.UlpDistance(-3.5, 2.25), FloatingPoint.UlpDistance(2.25, -3.5));

    [Fact]
    public void ZeroIsOnePointWhateverItsSign()
    {
        Assert.Equal(0ul, FloatingPoint.UlpDistance(0.0, -0.0));
        Assert.Equal(0ul, FloatingPoint.UlpDistance(0f, -0f));
    }

    [Fact]
    public void TheDistanceCrossesZeroThroughTheSubnormals()
    {
        Assert.Equal(2ul, FloatingPoint.UlpDistance(-double.Epsilon, double.Epsilon));
        Assert.Equal(2ul, FloatingPoint.UlpDistance(-float.Epsilon, float.Epsilon));
        Assert.Equal(3ul, FloatingPoint.UlpDistance(0.0, 3 * double.Epsilon));
        Assert.Equal(5ul, FloatingPoint.UlpDistance(-2 * float.Epsilon, 3 * float.Epsilon));
    }

    [Fact]
    public void SubnormalsMeetTheNormalsOneUlpApart()
    {
        // The smallest normal numbers, 2⁻¹⁰²² and 2⁻¹²⁶, and the largest subnormals just below them.
        var smallestNormal = Math.ScaleB(1.0, -1022);
        var smallestNormalSingle = MathF.ScaleB(1f, -126);
        Assert.Equal(1ul, FloatingPoint.UlpDistance(Math.BitDecrement(smallestNormal), smallestNormal));
        Assert.Equal(1ul, FloatingPoint.UlpDistance(MathF.BitDecrement(smallestNormalSingle), smallestNormalSingle));
        Assert.Equal(1ul << 52, FloatingPoint.UlpDistance(0.0, smallestNormal));
    }

    [Fact]
    public void InfinitiesSitOneStepBeyondTheLargestFiniteValues()
    {
        Assert.Equal(1ul, FloatingPoint.UlpDistance(double.MaxValue, double.PositiveInfinity));
        Assert.Equal(1ul, FloatingPoint.UlpDistance(float.MinValue, float.NegativeInfinity));
        Assert.Equal(2 * (ulong)BitConverter.DoubleToInt64Bits(double.PositiveInfinity), FloatingPoint.UlpDistance(double.NegativeInfinity, double.PositiveInfinity));
    }

    [Fact]
    public void NaNIsNotOnTheLine()
    {
        Assert.Equal(ulong.MaxValue, FloatingPoint.UlpDistance(double.NaN, double.NaN));
        Assert.Equal(ulong.MaxValue, FloatingPoint.UlpDistance(1.0, double.NaN));
        Assert.Equal(ulong.MaxValue, FloatingPoint.UlpDistance(float.NaN, 1f));
    }
}
