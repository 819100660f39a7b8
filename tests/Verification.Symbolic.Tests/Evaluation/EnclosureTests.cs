using System.Numerics;
using Fractions;
using Verification.Symbolic.Evaluation;
using static Verification.Symbolic.Tests.Evaluation.HighPrecisionAssert;

namespace Verification.Symbolic.Tests.Evaluation;

/// <summary>
/// Enclosures contain reference values that do not come from their own code (tabulated constants,
/// and the round-to-nearest <see cref="HighPrecisionReal"/> functions at far higher precision), and are narrow.
/// </summary>
public class EnclosureTests
{
    private const int Bits = 200;

    private static Enclosure At(Fraction value, int bits = Bits) => Enclosure.FromFraction(value, bits);

    [Theory]
    [InlineData(1, 1, ReferenceValues.E100Digits)]
    [InlineData(1, 2, ReferenceValues.ExpOfOneHalf)]
    [InlineData(10, 1, ReferenceValues.ExpOf10)]
    [InlineData(100, 1, ReferenceValues.ExpOf100)]
    [InlineData(1000, 1, ReferenceValues.ExpOf1000)]
    [InlineData(-1000, 1, ReferenceValues.ExpOfMinus1000)]
    public void ExpEnclosesTheTabulatedValueAndIsNarrow(long numerator, long denominator, string reference)
    {
        var enclosure = Enclosure.Exp(At(new Fraction(numerator, denominator)));
        AssertEnclosesNarrowly(enclosure, Decimal(reference), Bits);
    }

    [Theory]
    [InlineData(2, ReferenceValues.Ln2)]
    [InlineData(10, ReferenceValues.Ln10)]
    public void LogEnclosesTheTabulatedValueAndIsNarrow(long argument, string reference)
    {
        var enclosure = Enclosure.Log(At(argument));
        AssertEnclosesNarrowly(enclosure, Decimal(reference), Bits);
    }

    [Theory]
    [InlineData(64)]
    [InlineData(1024)]
    [InlineData(5120)]
    public void ExpAndLogEncloseTheNearestValueAtMorePrecision(int bits)
    {
        // Independent code: HighPrecisionReal.Exp/Log, within about an ulp at 128 more bits, far inside any honest enclosure.
        foreach (var x in new[] { new Fraction(7, 3), new Fraction(-5, 7), new Fraction(1, 1000), new Fraction(300), new Fraction(-12345, 2) })
        {
            var reference = HighPrecisionReal.Exp(HighPrecisionReal.FromFraction(x, bits + 128));
            AssertEnclosesNarrowly(Enclosure.Exp(At(x, bits)), reference, bits);
        }

        foreach (var x in new[] { new Fraction(7, 3), new Fraction(5, 7), new Fraction(BigInteger.Pow(10, 400)), new Fraction(1, 3) })
        {
            var reference = HighPrecisionReal.Log(HighPrecisionReal.FromFraction(x, bits + 128));
            AssertEnclosesNarrowly(Enclosure.Log(At(x, bits)), reference, bits);
        }
    }

    [Fact]
    public void LogNearOneKeepsItsRelativePrecision()
    {
        // ln(1 + 10^−400) = 10^−400 − 10^−800/2 + …: the enclosure must hold that many digits, not just an absolute 2^−p.
        var tiny = new Fraction(BigInteger.One, BigInteger.Pow(10, 400));
        var enclosure = Enclosure.Log(At(1 + tiny, 2048));
        Assert.True(enclosure.Lower.Sign > 0);
        AssertEnclosesNarrowly(enclosure, tiny - (tiny * tiny / 2), 2048 - 1340);
    }

    [Fact]
    public void ExpOfAHugeNegativeArgumentIsEnclosedNearZeroAndOfAHugePositiveOneOverflows()
    {
        var huge = At(new Fraction(BigInteger.Pow(10, 400)), 64);
        var small = Enclosure.Exp(-huge);
        Assert.True(small.Lower.IsZero && small.Upper.Sign > 0 && small.Upper.FloorLog2 < -(1L << 50));
        Assert.Throws<OverflowException>(() => Enclosure.Exp(huge));
    }

    [Fact]
    public void DirectedRoundingBracketsTheExactValue()
    {
        var third = new Fraction(1, 3);
        var down = HighPrecisionReal.FromFraction(third, 10, RoundingDirection.Down);
        var up = HighPrecisionReal.FromFraction(third, 10, RoundingDirection.Up);
        Assert.True(Exact(down) < third && third < Exact(up));

        // 1 + 2^−1000 at 64 bits: the tiny operand decides the direction alone.
        var one = HighPrecisionReal.One(64);
        var tiny = HighPrecisionReal.FromMantissaAndExponent(BigInteger.One, -1000, 64, RoundingDirection.Down);
        Assert.Equal(one, HighPrecisionReal.Add(one, tiny, 64, RoundingDirection.Down));
        Assert.Equal(Exact(one) + new Fraction(BigInteger.One, BigInteger.One << 63), Exact(HighPrecisionReal.Add(one, tiny, 64, RoundingDirection.Up)));
        Assert.Equal(Exact(one) - new Fraction(BigInteger.One, BigInteger.One << 64), Exact(HighPrecisionReal.Subtract(one, tiny, 64, RoundingDirection.Down)));
        Assert.Equal(one, HighPrecisionReal.Subtract(one, tiny, 64, RoundingDirection.Up));
    }

    [Fact]
    public void ArithmeticEnclosesExactRationalResults()
    {
        var a = At(new Fraction(-7, 3), 64);
        var b = At(new Fraction(5, 11), 64);
        AssertEncloses(a + b, new Fraction(-7, 3) + new Fraction(5, 11));
        AssertEncloses(a - b, new Fraction(-7, 3) - new Fraction(5, 11));
        AssertEncloses(a * b, new Fraction(-7, 3) * new Fraction(5, 11));
        AssertEncloses(a / b, new Fraction(-7, 3) / new Fraction(5, 11));
        AssertEncloses(b / a, new Fraction(5, 11) / new Fraction(-7, 3));
        AssertEncloses(Enclosure.Pow(a, 7), Fraction.Pow(new Fraction(-7, 3), 7));
        AssertEncloses(Enclosure.Pow(a, -4), 1 / Fraction.Pow(new Fraction(-7, 3), 4));
        Assert.Throws<DivideByZeroException>(() => b / (a - a));
    }

    [Fact]
    public void CertifiedDigitsAreOnlyThoseBothEndsRoundTo()
    {
        Assert.Equal(new CertifiedDecimal("3.333333333333333333333333E-1", 25), CertifiedDecimal.Of(At(new Fraction(1, 3)), 25));
        var nearOne = new Enclosure(HighPrecisionReal.FromFraction(new Fraction(9999, 10000), 64), HighPrecisionReal.FromFraction(new Fraction(10001, 10000), 64));
        Assert.Equal(new CertifiedDecimal("1.00E+0", 3), CertifiedDecimal.Of(nearOne, 25));
        var aroundZero = new Enclosure(HighPrecisionReal.FromFraction(new Fraction(-1, 3), 64), HighPrecisionReal.FromFraction(new Fraction(1, 7), 64));
        Assert.Equal(new CertifiedDecimal("[-3.34E-1, 1.43E-1]", 0), CertifiedDecimal.Of(aroundZero, 25));
    }

    private static Fraction Exact(HighPrecisionReal value) =>
        value.Exponent >= 0
            ? new Fraction(value.Mantissa << (int)value.Exponent)
            : new Fraction(value.Mantissa, BigInteger.One << (int)-value.Exponent, normalize: true);

    private static void AssertEncloses(Enclosure enclosure, Fraction value) =>
        Assert.True(Exact(enclosure.Lower) <= value && value <= Exact(enclosure.Upper), $"[{enclosure.Lower}, {enclosure.Upper}] misses {value}");

    private static void AssertEnclosesNarrowly(Enclosure enclosure, Fraction value, int bits) =>
        AssertEnclosesNarrowly(enclosure, HighPrecisionReal.FromFraction(value, 8192), bits);

    // Contains the reference, and the width is at most 2^−(bits − 8) of it (a few ulps).
    private static void AssertEnclosesNarrowly(Enclosure enclosure, HighPrecisionReal reference, int bits)
    {
        Assert.True(enclosure.Contains(reference), $"[{enclosure.Lower.ToString(40)}, {enclosure.Upper.ToString(40)}] misses {reference.ToString(40)}");
        var allowed = HighPrecisionReal.Abs(reference) * HighPrecisionReal.FromMantissaAndExponent(BigInteger.One, -(bits - 8), 64, RoundingDirection.Down);
        Assert.True(enclosure.Width <= allowed, $"width {enclosure.Width.ToString(5)} exceeds {allowed.ToString(5)}");
    }
}
