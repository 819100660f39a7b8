using Verification.Symbolic.Evaluation;

namespace Verification.Symbolic.Tests.Evaluation;

/// <summary>
/// What an enclosure says about values outside it, and how it prints bounds too large for decimals. Both came
/// up as surviving mutants of the mutation slice over Enclosure.cs: a refutation rests on these answers.
/// </summary>
public class EnclosureBoundsTests
{
    private static HighPrecisionReal Real(long value) => HighPrecisionReal.FromInteger(value, 64);

    private static HighPrecisionReal PowerOfTwo(long power, int sign = 1) =>
        HighPrecisionReal.ScaleByPowerOfTwo(HighPrecisionReal.FromInteger(sign, 64), power);

    [Fact]
    public void ContainsOnlyWhatLiesBetweenBothBounds()
    {
        var enclosure = new Enclosure(Real(2), Real(5));

        Assert.True(enclosure.Contains(Real(2)));
        Assert.True(enclosure.Contains(Real(5)));
        Assert.False(enclosure.Contains(Real(1)));
        Assert.False(enclosure.Contains(Real(6)));
    }

    [Fact]
    public void BoundsBeyondDecimalPrintingAreRoundedOutwardToPowersOfTwo()
    {
        // For 2^200000 ≤ v ≤ 2^200001 the printed lower bound may not exceed the true one and the printed upper
        // bound may not fall below it: 2^⌊log₂⌋ from below, 2^(⌊log₂⌋ + 1) from above, mirrored for negatives.
        var positive = new Enclosure(PowerOfTwo(200_000), PowerOfTwo(200_001));
        Assert.Equal("2^200000", positive.LowerText(20));
        Assert.Equal("2^200002", positive.UpperText(20));

        var negative = new Enclosure(PowerOfTwo(200_001, -1), PowerOfTwo(200_000, -1));
        Assert.Equal("-2^200002", negative.LowerText(20));
        Assert.Equal("-2^200000", negative.UpperText(20));
    }
}
