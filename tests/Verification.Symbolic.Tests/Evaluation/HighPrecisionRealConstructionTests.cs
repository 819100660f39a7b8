using System.Numerics;
using Fractions;
using Verification.Symbolic.Evaluation;

namespace Verification.Symbolic.Tests.Evaluation;

/// <summary>
/// How values are made and which precision results carry: the digit/bit conversions (checked against
/// ⌈d·log₂10⌉ + 1 and ⌊(p − 1)·log₁₀2⌋ by hand), rejected inputs, and the rounding of integers that just fit.
/// </summary>
public class HighPrecisionRealConstructionTests
{
    [Theory]
    [InlineData(1, 5)] // ⌈3.32⌉ + 1
    [InlineData(60, 201)] // ⌈199.32⌉ + 1
    public void DecimalDigitsNeedTheirBinaryLengthPlusOne(int digits, int bits)
    {
        Assert.Equal(bits, HighPrecisionReal.PrecisionBitsForDecimalDigits(digits));
    }

    [Theory]
    [InlineData(10, 2)] // ⌊9·0.30103⌋ = ⌊2.71⌋
    [InlineData(2, 1)] // ⌊0.30⌋ = 0, but a number always shows one digit
    [InlineData(201, 60)] // ⌊59.91⌋
    public void PrecisionBitsHoldTheDigitsTheyAlwaysDetermine(int bits, int digits)
    {
        Assert.Equal(digits, HighPrecisionReal.DecimalDigitsForPrecisionBits(bits));
    }

    [Fact]
    public void DigitCountsOutsideTheSupportedRangeAreRefused()
    {
        Assert.Equal("decimalDigits", Assert.Throws<ArgumentOutOfRangeException>(() => HighPrecisionReal.PrecisionBitsForDecimalDigits(0)).ParamName);
        Assert.Equal("decimalDigits", Assert.Throws<ArgumentOutOfRangeException>(() => HighPrecisionReal.PrecisionBitsForDecimalDigits(1_000_001)).ParamName);
    }

    [Fact]
    public void NonFiniteFractionsAndOneBitPrecisionAreRefused()
    {
        var nan = Assert.Throws<ArgumentException>(() => HighPrecisionReal.FromFraction(Fraction.NaN, 64));
        Assert.Equal("value", nan.ParamName);
        Assert.Contains("is not a finite rational", nan.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => HighPrecisionReal.FromFraction(Fraction.PositiveInfinity, 64));

        Assert.Throws<ArgumentOutOfRangeException>(() => HighPrecisionReal.FromInteger(5, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => HighPrecisionReal.One(64).WithPrecision(1));
    }

    [Fact]
    public void AnOddIntegerOfExactlyThePrecisionIsKeptAsItIs()
    {
        // 7 = 111b fits 3 bits: nothing is dropped, so nothing may round (ties-to-even only applies to dropped bits).
        var seven = HighPrecisionReal.FromInteger(7, 3);
        Assert.Equal(new BigInteger(7), seven.Mantissa);
        Assert.Equal(0, seven.Exponent);
        Assert.Equal(new BigInteger(-7), HighPrecisionReal.FromInteger(-7, 3).Mantissa);
    }

    [Fact]
    public void AZeroProductIsTheCanonicalZero()
    {
        // 0 · 1/32 would carry the exponent −5 if zero were not special-cased; values compare structurally.
        var product = HighPrecisionReal.Zero(64) * HighPrecisionReal.FromFraction(new Fraction(1, 32), 64);
        Assert.Equal(HighPrecisionReal.Zero(64), product);
        Assert.Equal(0, product.Exponent);
    }

    [Fact]
    public void AddingZeroLeavesTheOtherOperand()
    {
        // 2^−1000 lies far below any last place of 0's precision, yet 0 + 2^−1000 is 2^−1000 exactly.
        var tiny = HighPrecisionReal.ScaleByPowerOfTwo(HighPrecisionReal.One(64), -1000);
        var zero = HighPrecisionReal.Zero(64);
        Assert.Equal(tiny, zero + tiny);
        Assert.Equal(tiny, tiny + zero);
        Assert.Equal(-tiny, zero - tiny);
    }

    [Fact]
    public void ResultsCarryTheLargerPrecisionOfTheirOperands()
    {
        // 1 (64 bits) + 2^−100 (256 bits) is exact at 256 bits; at 64 it would be 1.
        var coarse = HighPrecisionReal.One(64);
        var fine = HighPrecisionReal.ScaleByPowerOfTwo(HighPrecisionReal.One(256), -100);
        var sum = coarse + fine;
        Assert.Equal(256, sum.PrecisionBits);
        Assert.Equal(-100L, sum.Exponent);
        Assert.Equal((BigInteger.One << 100) + 1, sum.Mantissa);
        Assert.Equal(256, (fine + coarse).PrecisionBits);
        Assert.Equal(256, (coarse * fine).PrecisionBits);
        Assert.Equal(256, (fine * coarse).PrecisionBits);
        Assert.Equal(256, (coarse / fine).PrecisionBits);
        Assert.Equal(256, (fine / coarse).PrecisionBits);
    }

    [Fact]
    public void ANegativeDenominatorGivesTheSignToTheValue()
    {
        var fraction = new Fraction(3, -4, normalize: false);
        Assert.True(fraction.Denominator.Sign < 0);
        Assert.Equal(HighPrecisionReal.FromFraction(new Fraction(-3, 4), 64), HighPrecisionReal.FromFraction(fraction, 64));
    }

    [Fact]
    public void DivisionByZeroSaysSo()
    {
        var failure = Assert.Throws<DivideByZeroException>(() => HighPrecisionReal.One(64) / HighPrecisionReal.Zero(64));
        Assert.Equal("High-precision division by zero.", failure.Message);
        Assert.Equal("High-precision division by zero.", Assert.Throws<DivideByZeroException>(() => HighPrecisionReal.Pow(HighPrecisionReal.Zero(64), -2)).Message);
    }
}
