using System.Numerics;
using Fractions;
using Verification.Symbolic.Evaluation;

namespace Verification.Symbolic.Tests.Evaluation;

/// <summary>
/// Decimal text rounded toward −∞ or +∞ (a decimal bound of the value), the correction of the decimal exponent in
/// both directions, and the double conversion at its ties. Expected strings are worked out by hand; the digits of
/// 2^99999 come from exact integer arithmetic (Python's int: 2**99999 has 30103 digits, starting 499501046507).
/// </summary>
public class HighPrecisionRealFormattingTests
{
    private static HighPrecisionReal Q(BigInteger numerator, BigInteger denominator) =>
        HighPrecisionReal.FromFraction(new Fraction(numerator, denominator), HighPrecisionReal.DefaultPrecisionBits);

    private static HighPrecisionReal Q(long numerator, long denominator = 1) => Q(new BigInteger(numerator), new BigInteger(denominator));

    [Theory]
    [InlineData(1, 3, "3.33E-1", "3.34E-1")]
    [InlineData(-1, 3, "-3.34E-1", "-3.33E-1")]
    [InlineData(2, 3, "6.66E-1", "6.67E-1")]
    [InlineData(1, 4, "2.50E-1", "2.50E-1")]
    [InlineData(-1, 4, "-2.50E-1", "-2.50E-1")]
    [InlineData(-12345, 1, "-1.24E+4", "-1.23E+4")]
    public void DirectedTextIsADecimalBound(long numerator, long denominator, string down, string up)
    {
        // Down is the largest 3-digit decimal ≤ the value and Up the least ≥ it; an exact value (1/4) is both.
        var value = Q(numerator, denominator);
        Assert.Equal(down, value.ToString(3, RoundingDirection.Down));
        Assert.Equal(up, value.ToString(3, RoundingDirection.Up));
    }

    [Theory]
    [InlineData(30)]
    [InlineData(50)]
    public void AValueJustBelowAPowerOfTenRoundsDownIntoTheLowerDecade(int power)
    {
        // 10^k − 1: its base-10 logarithm is k to double precision, so the first guess of the decimal exponent is
        // one too high; Down must step back to 9.99E+(k−1), while to nearest and Up it is 1.00E+k.
        var value = HighPrecisionReal.FromInteger(BigInteger.Pow(10, power) - 1, HighPrecisionReal.DefaultPrecisionBits);
        Assert.Equal($"9.99E+{power - 1}", value.ToString(3, RoundingDirection.Down));
        Assert.Equal($"1.00E+{power}", value.ToString(3, RoundingDirection.Up));
        Assert.Equal($"1.00E+{power}", value.ToString(3));
        Assert.Equal($"-1.00E+{power}", (-value).ToString(3, RoundingDirection.Down));
        Assert.Equal($"-9.99E+{power - 1}", (-value).ToString(3, RoundingDirection.Up));
    }

    [Fact]
    public void OneLessATinyAmountRoundsDownBelowOne()
    {
        // 1 − 2^−200 = 0.99999…: to nearest 1.00E+0, Down 9.99E-1.
        var value = Q(BigInteger.Pow(2, 200) - 1, BigInteger.Pow(2, 200));
        Assert.Equal("9.99E-1", value.ToString(3, RoundingDirection.Down));
        Assert.Equal("1.00E+0", value.ToString(3, RoundingDirection.Up));
        Assert.Equal("1.00E+0", value.ToString(3));
    }

    [Fact]
    public void AHugePowerOfTwoShowsItsLeadingDigits()
    {
        // 2^99999 = 4.99501046507…E+30102: 5 digits to nearest and Down are 4.9950, Up 4.9951.
        var value = HighPrecisionReal.ScaleByPowerOfTwo(HighPrecisionReal.One(64), 99_999);
        Assert.Equal("4.9950E+30102", value.ToString(5));
        Assert.Equal("4.9950E+30102", value.ToString(5, RoundingDirection.Down));
        Assert.Equal("4.9951E+30102", value.ToString(5, RoundingDirection.Up));
    }

    [Fact]
    public void NoDigitsIsRefused()
    {
        Assert.Equal("significantDigits", Assert.Throws<ArgumentOutOfRangeException>(() => HighPrecisionReal.Zero(64).ToString(0)).ParamName);
        Assert.Equal("significantDigits", Assert.Throws<ArgumentOutOfRangeException>(() => Q(1, 3).ToString(0)).ParamName);
        Assert.Equal("significantDigits", Assert.Throws<ArgumentOutOfRangeException>(() => Q(1, 3).ToString(0, RoundingDirection.Up)).ParamName);
    }

    [Fact]
    public void DoublesRoundBitsBeyondTheFiftyFourthIntoTheTieBreak()
    {
        // At 2^60 a double's unit is 2^8. 2^60 + 2^7 is an exact tie and goes to the even 2^60; one more unit at
        // 2^0 (61 bits, beyond the 54 kept) puts it above the tie, so it goes up to 2^60 + 2^8.
        var tie = HighPrecisionReal.FromInteger((BigInteger.One << 60) + (BigInteger.One << 7), 64);
        var aboveTie = HighPrecisionReal.FromInteger((BigInteger.One << 60) + (BigInteger.One << 7) + 1, 64);
        Assert.Equal(Math.ScaleB(1, 60), tie.ToDouble());
        Assert.Equal(Math.ScaleB(1, 60) + Math.ScaleB(1, 8), aboveTie.ToDouble());
        Assert.Equal(-(Math.ScaleB(1, 60) + Math.ScaleB(1, 8)), (-aboveTie).ToDouble());
    }
}
