using System.Numerics;
using Verification.Symbolic.Evaluation;

namespace Verification.Symbolic.Tests.Evaluation;

/// <summary>
/// Binary exponents near the ends of a long: arithmetic on them throws rather than wraps around (a wrapped
/// exponent is a silently wrong value), and operands 2^32 places apart are added without aligning them bit by bit
/// (a shift of 2^32 would not even fit the int that BigInteger shifts take).
/// </summary>
public class HighPrecisionRealExponentRangeTests
{
    private static HighPrecisionReal PowerOfTwo(long power) => HighPrecisionReal.ScaleByPowerOfTwo(HighPrecisionReal.One(64), power);

    [Fact]
    public void ProductsAndQuotientsBeyondTheExponentRangeThrow()
    {
        var huge = PowerOfTwo(long.MaxValue - 1);
        var tiny = PowerOfTwo(long.MinValue + 1);
        Assert.Throws<OverflowException>(() => huge * huge);
        Assert.Throws<OverflowException>(() => HighPrecisionReal.Multiply(huge, huge, 64, RoundingDirection.Up));
        Assert.Throws<OverflowException>(() => tiny / huge);
        Assert.Throws<OverflowException>(() => HighPrecisionReal.Divide(tiny, huge, 64, RoundingDirection.Down));
        Assert.Throws<OverflowException>(() => HighPrecisionReal.ScaleByPowerOfTwo(PowerOfTwo(long.MaxValue), 1));
    }

    [Fact]
    public void AQuotientWhoseScaledExponentLeavesTheRangeThrows()
    {
        // 2^(min + 5) / 3 is in range, but the quotient is formed as an integer of ~67 bits at 2^(min + 5 − 68).
        var nearBottom = PowerOfTwo(long.MinValue + 5);
        Assert.Throws<OverflowException>(() => nearBottom / HighPrecisionReal.FromInteger(3, 64));
    }

    [Fact]
    public void RoundingThatMovesTheExponentPastTheTopThrows()
    {
        // (2^65 + 1)·2^(max − 1) at 64 bits drops 2 bits (exponent + 2); 4·2^(max − 1) strips 2 trailing zeros.
        Assert.Throws<OverflowException>(() =>
            HighPrecisionReal.FromMantissaAndExponent((BigInteger.One << 65) + 1, long.MaxValue - 1, 64, RoundingDirection.Down));
        Assert.Throws<OverflowException>(() => HighPrecisionReal.FromMantissaAndExponent(4, long.MaxValue - 1, 64, RoundingDirection.Down));
    }

    [Fact]
    public void AnOperandTwoToTheThirtySecondPlacesBelowOnlyDecidesTheRounding()
    {
        // 1 + 2^−(2^32) at 64 bits: to nearest and Down it is 1, Up it is the next number 1 + 2^−63. (Compared
        // as mantissa and exponent: a wrong value here may be a number whose decimal text takes hours to write.)
        var one = HighPrecisionReal.One(64);
        var far = PowerOfTwo(-(1L << 32));
        Assert.Equal((BigInteger.One, 0L), Parts(one + far));
        Assert.Equal((BigInteger.One, 0L), Parts(far + one));
        Assert.Equal((BigInteger.One, 0L), Parts(HighPrecisionReal.Add(one, far, 64, RoundingDirection.Down)));
        Assert.Equal(((BigInteger.One << 63) + 1, -63L), Parts(HighPrecisionReal.Add(far, one, 64, RoundingDirection.Up)));
    }

    [Fact]
    public void AnExactSumOfOperandsTwoToTheThirtyTwoPlacesApartIsRefusedNotWrapped()
    {
        // Written exactly, 1 + 2^−(2^32) needs a mantissa of 2^32 + 1 bits; the alignment shift of 2^32 does not
        // fit an int, and wrapped to 0 it would give the wrong sum 2 (found by reading, fixed with a checked cast).
        var one = HighPrecisionReal.One(64);
        var far = PowerOfTwo(-(1L << 32));
        Assert.Throws<OverflowException>(() => HighPrecisionReal.Add(one, far, HighPrecisionReal.Exact, RoundingDirection.Up));
        Assert.Throws<OverflowException>(() => HighPrecisionReal.Add(far, one, HighPrecisionReal.Exact, RoundingDirection.Down));
    }

    private static (BigInteger Mantissa, long Exponent) Parts(HighPrecisionReal value) => (value.Mantissa, value.Exponent);

    [Fact]
    public void DoublesSaturateForExponentsBeyondAnInt()
    {
        // 2^(2^32 + 5) is far beyond double's range and 2^−(2^32 − 5) far below it: the int exponent must not wrap.
        var huge = PowerOfTwo((1L << 32) + 5);
        var tiny = PowerOfTwo(-(1L << 32) + 5);
        Assert.Equal(double.PositiveInfinity, huge.ToDouble());
        Assert.Equal(double.NegativeInfinity, (-huge).ToDouble());
        Assert.Equal(0.0, tiny.ToDouble());
        Assert.True(double.IsNegative((-tiny).ToDouble()), "a negative value below the double range is −0");
    }
}
