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

    [Fact]
    public void AnEnclosureWithItsBoundsSwappedIsRefused()
    {
        var failure = Assert.Throws<ArgumentException>(() => new Enclosure(Real(5), Real(2)));
        Assert.Equal("lower", failure.ParamName);
        Assert.Contains("lower ≤ upper", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OperationsRoundToTheFinerPrecisionOfTheirOperands()
    {
        // Raising the precision is how an undecided witness is retried: an operation that dropped to the coarser
        // operand's precision would leave the retry no tighter than the try.
        var coarse = Enclosure.Exact(HighPrecisionReal.FromInteger(3, 64));
        var fine = Enclosure.Exact(HighPrecisionReal.FromInteger(7, 256));

        Assert.Equal(256, new Enclosure(HighPrecisionReal.FromInteger(1, 64), HighPrecisionReal.FromInteger(2, 256)).PrecisionBits);
        Assert.Equal(256, new Enclosure(HighPrecisionReal.FromInteger(1, 256), HighPrecisionReal.FromInteger(2, 64)).PrecisionBits);
        Assert.Equal(256, (coarse + fine).PrecisionBits);
        Assert.Equal(256, (fine * coarse).PrecisionBits);
        Assert.Equal(256, (coarse / fine).PrecisionBits);
        Assert.Equal(256, (fine / coarse).PrecisionBits);
    }

    [Theory]
    [InlineData(-2, 3, 2, 0, 9)]
    [InlineData(-3, 2, 2, 0, 9)]
    [InlineData(-2, 3, 3, -8, 27)]
    [InlineData(-3, -2, 2, 4, 9)]
    [InlineData(-3, -2, 3, -27, -8)]
    [InlineData(2, 3, 3, 8, 27)]
    [InlineData(2, 3, 0, 1, 1)]
    public void IntegerPowersAreTheTightEnclosureOfTheEndpointPowers(long lower, long upper, int exponent, long expectedLower, long expectedUpper)
    {
        // x^n over [a, b] is monotone in |x|: an even power of an enclosure around 0 starts at 0, not at a^n or b^n.
        var power = Enclosure.Pow(new Enclosure(Real(lower), Real(upper)), exponent);

        Assert.Equal(expectedLower, power.Lower.ToDouble());
        Assert.Equal(expectedUpper, power.Upper.ToDouble());
    }

    [Fact]
    public void NegativePowersAreReciprocalsAndRefuseZero()
    {
        var reciprocal = Enclosure.Pow(new Enclosure(Real(2), Real(4)), -1);
        Assert.True(reciprocal.Contains(HighPrecisionReal.FromFraction(new Fractions.Fraction(1, 4), 64)));
        Assert.True(reciprocal.Contains(HighPrecisionReal.FromFraction(new Fractions.Fraction(1, 2), 64)));
        Assert.False(reciprocal.Contains(HighPrecisionReal.FromFraction(new Fractions.Fraction(3, 5), 64)));

        var failure = Assert.Throws<DivideByZeroException>(() => Enclosure.Pow(new Enclosure(Real(-1), Real(1)), -2));
        Assert.Contains("contains 0", failure.Message, StringComparison.Ordinal);
    }
}
