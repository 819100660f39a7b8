using System.Numerics;
using Fractions;
using Verification.Symbolic.Evaluation;

namespace Verification.Symbolic.Tests.Evaluation;

/// <summary>
/// Directed rounding lands on the exact neighbours of the exact result: the grid point just below it (Down) or
/// just above it (Up), and the exact result itself when the precision holds it. Every expected value is an exact
/// rational worked out by hand in binary, so a rounding that goes the wrong way by one unit is caught.
/// </summary>
public class HighPrecisionRealDirectedRoundingTests
{
    private static HighPrecisionReal Int(long value) => HighPrecisionReal.FromInteger(value, 64);

    private static HighPrecisionReal Dyadic(long numerator, long power) =>
        HighPrecisionReal.FromMantissaAndExponent(numerator, power, 64, RoundingDirection.Down);

    private static Fraction Exact(HighPrecisionReal value) =>
        value.Exponent >= 0
            ? new Fraction(value.Mantissa << (int)value.Exponent)
            : new Fraction(value.Mantissa, BigInteger.One << (int)-value.Exponent, normalize: true);

    [Fact]
    public void QuotientsRoundToTheNeighboursOfTheExactQuotient()
    {
        // 1/3 = 0.01010101010|1010…b: its ten leading bits are 1010101010b = 682 at 2^−11 and what is left,
        // 0.1010…b = 2/3 of a unit, is neither 0 nor below half: Down = 682/2048 = 341/1024, Up = nearest =
        // 683/2048. 2/3 is the same bits one place up.
        var third = new Fraction(1, 3);
        Assert.Equal(new Fraction(683, 2048), Exact(HighPrecisionReal.FromFraction(third, 10)));
        Assert.Equal(new Fraction(683, 2048), Exact(HighPrecisionReal.One(10) / HighPrecisionReal.FromInteger(3, 10)));
        Assert.Equal(new Fraction(-683, 2048), Exact(HighPrecisionReal.FromFraction(-third, 10)));
        Assert.Equal(new Fraction(341, 1024), Exact(HighPrecisionReal.FromFraction(third, 10, RoundingDirection.Down)));
        Assert.Equal(new Fraction(683, 2048), Exact(HighPrecisionReal.FromFraction(third, 10, RoundingDirection.Up)));
        Assert.Equal(new Fraction(-683, 2048), Exact(HighPrecisionReal.FromFraction(-third, 10, RoundingDirection.Down)));
        Assert.Equal(new Fraction(-341, 1024), Exact(HighPrecisionReal.FromFraction(-third, 10, RoundingDirection.Up)));

        Assert.Equal(new Fraction(341, 512), Exact(HighPrecisionReal.Divide(Int(2), Int(3), 10, RoundingDirection.Down)));
        Assert.Equal(new Fraction(683, 1024), Exact(HighPrecisionReal.Divide(Int(2), Int(3), 10, RoundingDirection.Up)));
        Assert.Equal(new Fraction(-683, 1024), Exact(HighPrecisionReal.Divide(Int(-2), Int(3), 10, RoundingDirection.Down)));
        Assert.Equal(new Fraction(-341, 512), Exact(HighPrecisionReal.Divide(Int(2), Int(-3), 10, RoundingDirection.Up)));
    }

    [Fact]
    public void QuotientsThatFitArePassedThroughUnmoved()
    {
        // 3/4 and 9 at 3 bits (1001b is a tie, to nearest it goes to the even 100b·2) are exact quotients: no remainder
        // may pose as a sticky unit that pushes them one unit on.
        Assert.Equal(new Fraction(3, 4), Exact(HighPrecisionReal.Divide(Int(3), Int(4), 10, RoundingDirection.Up)));
        Assert.Equal(new Fraction(3, 4), Exact(HighPrecisionReal.FromFraction(new Fraction(3, 4), 10, RoundingDirection.Up)));
        Assert.Equal(new Fraction(-3, 4), Exact(HighPrecisionReal.FromFraction(new Fraction(-3, 4), 10, RoundingDirection.Down)));
        Assert.Equal(new Fraction(8), Exact(HighPrecisionReal.FromFraction(new Fraction(9), 3)));
        Assert.Equal(new Fraction(12), Exact(HighPrecisionReal.FromFraction(new Fraction(11), 3)));
    }

    [Fact]
    public void SumsAndDifferencesRoundToTheNeighboursOfTheExactSum()
    {
        // 1 + 1/32 = 100001b·2^−5; at 4 bits the neighbours are 1000b·2^−3 = 1 and 1001b·2^−3 = 9/8.
        var oneThirtySecond = Dyadic(1, -5);
        Assert.Equal(new Fraction(1), Exact(HighPrecisionReal.Add(Int(1), oneThirtySecond, 4, RoundingDirection.Down)));
        Assert.Equal(new Fraction(9, 8), Exact(HighPrecisionReal.Add(Int(1), oneThirtySecond, 4, RoundingDirection.Up)));
        Assert.Equal(new Fraction(-9, 8), Exact(HighPrecisionReal.Add(Int(-1), -oneThirtySecond, 4, RoundingDirection.Down)));
        Assert.Equal(new Fraction(-1), Exact(HighPrecisionReal.Add(Int(-1), -oneThirtySecond, 4, RoundingDirection.Up)));

        // 1 − 1/32 = 11111b·2^−5: Down keeps 1111b·2^−4 = 15/16, Up reaches 1.
        Assert.Equal(new Fraction(15, 16), Exact(HighPrecisionReal.Subtract(Int(1), oneThirtySecond, 4, RoundingDirection.Down)));
        Assert.Equal(new Fraction(1), Exact(HighPrecisionReal.Subtract(Int(1), oneThirtySecond, 4, RoundingDirection.Up)));
    }

    [Fact]
    public void ANegativeNumberFarAboveItsPartnerRoundsByThePartnersSignAlone()
    {
        // |small| = 2^−1000 is far below the last place 2^−63 of 1 at 64 bits: −1 − small lies strictly between
        // −(1 + 2^−63) and −1, and −1 + small strictly between −1 and −(1 − 2^−64).
        var small = Dyadic(1, -1000);
        Assert.Equal(-(1 + new Fraction(BigInteger.One, BigInteger.One << 63)), Exact(HighPrecisionReal.Add(Int(-1), -small, 64, RoundingDirection.Down)));
        Assert.Equal(new Fraction(-1), Exact(HighPrecisionReal.Add(Int(-1), -small, 64, RoundingDirection.Up)));
        Assert.Equal(new Fraction(-1), Exact(HighPrecisionReal.Add(Int(-1), small, 64, RoundingDirection.Down)));
        Assert.Equal(-(1 - new Fraction(BigInteger.One, BigInteger.One << 64)), Exact(HighPrecisionReal.Add(Int(-1), small, 64, RoundingDirection.Up)));
    }

    [Fact]
    public void AddingZeroOnlyRoundsTheOtherOperand()
    {
        // 0 + 2^−1000 is 2^−1000 exactly, whichever side the zero is on; 0 + 1/3 (64 bits) rounds 1/3's bits as above.
        var small = Dyadic(1, -1000);
        var zero = HighPrecisionReal.Zero(64);
        Assert.Equal(small, HighPrecisionReal.Add(zero, small, 64, RoundingDirection.Down));
        Assert.Equal(small, HighPrecisionReal.Add(small, zero, 64, RoundingDirection.Up));
        Assert.Equal(-small, HighPrecisionReal.Add(zero, -small, 64, RoundingDirection.Up));

        var third = HighPrecisionReal.FromFraction(new Fraction(1, 3), 64);
        Assert.Equal(new Fraction(341, 1024), Exact(HighPrecisionReal.Add(zero, third, 10, RoundingDirection.Down)));
        Assert.Equal(new Fraction(683, 2048), Exact(HighPrecisionReal.Add(third, zero, 10, RoundingDirection.Up)));
    }

    [Fact]
    public void AtExactPrecisionASumKeepsEveryBit()
    {
        // 1 + 2^−1000 needs 1001 bits: at Exact nothing may be dropped, not even a far smaller operand.
        var sum = HighPrecisionReal.Add(Int(1), Dyadic(1, -1000), HighPrecisionReal.Exact, RoundingDirection.Down);
        Assert.Equal(1 + new Fraction(BigInteger.One, BigInteger.One << 1000), Exact(sum));
        Assert.Equal(1001, sum.PrecisionBits);
    }

    [Fact]
    public void ProductsRoundToTheNeighboursOfTheExactProduct()
    {
        // 3·5 = 15 = 1111b: at 3 bits the neighbours are 14 = 111b·2 and 16 = 100b·4; to nearest it is a tie and
        // goes to the even 16.
        Assert.Equal(new Fraction(14), Exact(HighPrecisionReal.Multiply(Int(3), Int(5), 3, RoundingDirection.Down)));
        Assert.Equal(new Fraction(16), Exact(HighPrecisionReal.Multiply(Int(3), Int(5), 3, RoundingDirection.Up)));
        Assert.Equal(new Fraction(-16), Exact(HighPrecisionReal.Multiply(Int(-3), Int(5), 3, RoundingDirection.Down)));
        Assert.Equal(new Fraction(-14), Exact(HighPrecisionReal.Multiply(Int(3), Int(-5), 3, RoundingDirection.Up)));
        Assert.Equal(new Fraction(16), Exact(HighPrecisionReal.FromInteger(3, 3) * HighPrecisionReal.FromInteger(5, 3)));

        Assert.Equal(new Fraction(14), Exact(Int(15).WithPrecision(3, RoundingDirection.Down)));
        Assert.Equal(new Fraction(16), Exact(Int(15).WithPrecision(3, RoundingDirection.Up)));
        Assert.Equal(new Fraction(-16), Exact(Int(-15).WithPrecision(3, RoundingDirection.Down)));
        Assert.Equal(new Fraction(-14), Exact(Int(-15).WithPrecision(3, RoundingDirection.Up)));
        Assert.Equal(new Fraction(14), Exact(Int(14).WithPrecision(3, RoundingDirection.Up)));
    }

    [Fact]
    public void ExactProductsCarryTheirOwnLengthAndAtLeastTheDefaultPrecision()
    {
        // (2^150 − 1)² = 2^300 − 2^151 + 1 has 300 bits; 3·5 has 4, so it gets the default precision; a rounded
        // product keeps the precision it was rounded to.
        var wide = HighPrecisionReal.FromInteger((BigInteger.One << 150) - 1, 150);
        var square = HighPrecisionReal.Multiply(wide, wide, HighPrecisionReal.Exact, RoundingDirection.Down);
        Assert.Equal(new Fraction((BigInteger.One << 300) - (BigInteger.One << 151) + 1), Exact(square));
        Assert.Equal(300, square.PrecisionBits);
        Assert.Equal(HighPrecisionReal.DefaultPrecisionBits, HighPrecisionReal.Multiply(Int(3), Int(5), HighPrecisionReal.Exact, RoundingDirection.Up).PrecisionBits);
        Assert.Equal(64, HighPrecisionReal.Multiply(Int(3), Int(5), 64, RoundingDirection.Up).PrecisionBits);
    }

    [Fact]
    public void AZeroResultIsTheCanonicalZero()
    {
        // 0 · 1/32 must not keep the exponent −5: values compare structurally, so a zero is 0·2^0.
        var zero = HighPrecisionReal.Zero(64);
        var product = HighPrecisionReal.Multiply(zero, Dyadic(1, -5), 64, RoundingDirection.Down);
        Assert.Equal(zero, product);
        Assert.Equal(0, product.Exponent);
        Assert.Equal(64, product.PrecisionBits);
        Assert.Equal(HighPrecisionReal.DefaultPrecisionBits, HighPrecisionReal.Multiply(zero, Dyadic(1, -5), HighPrecisionReal.Exact, RoundingDirection.Down).PrecisionBits);

        var scaled = HighPrecisionReal.ScaleByPowerOfTwo(zero, 7);
        Assert.Equal(zero, scaled);
        Assert.Equal(0, scaled.Exponent);
    }

    [Fact]
    public void ScalingByAPowerOfTwoIsExactAndKeepsThePrecision()
    {
        var scaled = HighPrecisionReal.ScaleByPowerOfTwo(HighPrecisionReal.FromInteger(3, 77), 5);
        Assert.Equal(new Fraction(96), Exact(scaled));
        Assert.Equal(77, scaled.PrecisionBits);
    }

    [Fact]
    public void DirectedOperationsRefuseWhatTheyCannotDo()
    {
        var divideByZero = Assert.Throws<DivideByZeroException>(() => HighPrecisionReal.Divide(Int(1), HighPrecisionReal.Zero(64), 64, RoundingDirection.Down));
        Assert.Equal("High-precision division by zero.", divideByZero.Message);

        // 1/3 has no finite binary expansion, so "exact" division is refused rather than silently rounded.
        var inexact = Assert.Throws<ArgumentOutOfRangeException>(() => HighPrecisionReal.Divide(Int(1), Int(3), HighPrecisionReal.Exact, RoundingDirection.Up));
        Assert.Equal("precision", inexact.ParamName);
        Assert.Contains("not exact in binary", inexact.Message, StringComparison.Ordinal);

        var notFinite = Assert.Throws<ArgumentException>(() => HighPrecisionReal.FromFraction(Fraction.NaN, 64, RoundingDirection.Down));
        Assert.Equal("value", notFinite.ParamName);
        Assert.Contains("is not a finite rational", notFinite.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentOutOfRangeException>(() => Int(15).WithPrecision(1, RoundingDirection.Down));
    }

    [Fact]
    public void ANegativeDenominatorGivesTheSignToTheValue()
    {
        // A fraction built without normalising may carry its sign in the denominator: 1/(−4) is −1/4.
        var fraction = new Fraction(1, -4, normalize: false);
        Assert.True(fraction.Denominator.Sign < 0);
        Assert.Equal(new Fraction(-1, 4), Exact(HighPrecisionReal.FromFraction(fraction, 64, RoundingDirection.Up)));
    }
}
