using System.Numerics;
using Fractions;
using Verification.Symbolic.Evaluation;
using static Verification.Symbolic.Tests.Evaluation.HighPrecisionAssert;

namespace Verification.Symbolic.Tests.Evaluation;

public class HighPrecisionRealTests
{
    private static readonly int Bits = HighPrecisionReal.DefaultPrecisionBits;

    private static HighPrecisionReal Q(long numerator, long denominator = 1) =>
        HighPrecisionReal.FromFraction(new Fraction(numerator, denominator), Bits);

    [Fact]
    public void DefaultPrecisionHoldsSixtyDecimalDigits()
    {
        Assert.Equal(60, HighPrecisionReal.DecimalDigitsForPrecisionBits(HighPrecisionReal.DefaultPrecisionBits));
    }

    [Fact]
    public void ExactOperationsOnSmallNumbersAreExact()
    {
        Assert.Equal(Q(7, 8), Q(1, 2) + Q(3, 8));
        Assert.Equal(Q(-1, 8), Q(1, 2) - Q(5, 8));
        Assert.Equal(Q(15, 16), Q(3, 4) * Q(5, 4));
        Assert.Equal(Q(3, 2), Q(3, 4) / Q(1, 2));
        Assert.Equal(Q(1), Q(1, 3) * Q(3) + Q(0));
    }

    [Fact]
    public void RoundsToNearestWithTiesToEven()
    {
        // 11 = 1011b and 9 = 1001b to 3 bits: both are exact ties; 11 → 12 (110b·2), 9 → 8 (100b·2).
        Assert.Equal(HighPrecisionReal.FromInteger(12, 3), HighPrecisionReal.FromInteger(11, 3));
        Assert.Equal(HighPrecisionReal.FromInteger(8, 3), HighPrecisionReal.FromInteger(9, 3));

        // 13 = 1101b is a tie too (→ 12 = 110b·2); 27 = 11011b is past halfway (→ 28 = 111b·4).
        Assert.Equal(HighPrecisionReal.FromInteger(12, 3), HighPrecisionReal.FromInteger(13, 3));
        Assert.Equal(HighPrecisionReal.FromInteger(28, 3), HighPrecisionReal.FromInteger(27, 3));
    }

    [Fact]
    public void AddingANumberFarBelowTheLastPlaceLeavesTheLargerOne()
    {
        var one = Q(1);
        var tiny = HighPrecisionReal.FromFraction(new Fraction(BigInteger.One, BigInteger.Pow(2, 1000)), Bits);
        Assert.Equal(one, one + tiny);
        Assert.Equal(one, tiny + one);
        Assert.Equal(one, one - tiny);
        Assert.Equal(-one, tiny - one);
    }

    [Fact]
    public void SumsRoundToNearestWithTiesToEven()
    {
        // At 8 bits the last place of 1 is 2^−7: 1 + 2^−8 is a tie (→ 1), 1 + 3·2^−9 is past it (→ 1 + 2^−7).
        var one = HighPrecisionReal.One(8);
        var half = HighPrecisionReal.FromFraction(new Fraction(1, 256), 8);
        var threeQuarters = HighPrecisionReal.FromFraction(new Fraction(3, 512), 8);
        Assert.Equal(one, one + half);
        Assert.Equal(HighPrecisionReal.FromFraction(new Fraction(129, 128), 8), one + threeQuarters);
    }

    [Fact]
    public void EqualityIsOfValuesNotOfPrecision()
    {
        var half = HighPrecisionReal.FromFraction(new Fraction(1, 2), 100);
        var wideHalf = HighPrecisionReal.FromFraction(new Fraction(1, 2), 1000);
        Assert.Equal(half, wideHalf);
        Assert.Equal(half.GetHashCode(), wideHalf.GetHashCode());
        Assert.Equal(default, HighPrecisionReal.Zero(50));
    }

    [Fact]
    public void ComparesBySignThenMagnitude()
    {
        var ordered = new[] { Q(-3), Q(-1, 3), Q(0), Q(1, 1000), Q(1, 3), Q(1), Q(1000) };
        for (var i = 0; i < ordered.Length; i++)
        {
            for (var j = 0; j < ordered.Length; j++)
            {
                Assert.Equal(i.CompareTo(j), ordered[i].CompareTo(ordered[j]));
            }
        }
    }

    [Fact]
    public void EulersNumberToFiftyDigits()
    {
        AgreesTo(50, ReferenceValues.E, HighPrecisionReal.Exp(Q(1)));
    }

    [Fact]
    public void EulersNumberToOneHundredDigitsAtHigherPrecision()
    {
        var bits = HighPrecisionReal.PrecisionBitsForDecimalDigits(105);
        var e = HighPrecisionReal.Exp(HighPrecisionReal.One(bits));
        Assert.StartsWith(ReferenceValues.E100Digits[..99], e.ToString(105), StringComparison.Ordinal);
    }

    [Fact]
    public void NaturalLogOfTwoToFiftyDigits()
    {
        AgreesTo(50, ReferenceValues.Ln2, HighPrecisionReal.Ln2(Bits));
        AgreesTo(50, ReferenceValues.Ln2, HighPrecisionReal.Log(Q(2)));
    }

    [Fact]
    public void NaturalLogOfTwoBeyondTheCachedPrecisionAgreesWithTheCachedValue()
    {
        Assert.Equal(HighPrecisionReal.Ln2(500), HighPrecisionReal.Ln2(4000).WithPrecision(500));
    }

    [Fact]
    public void NaturalLogOfTenToFiftyDigits()
    {
        AgreesTo(50, ReferenceValues.Ln10, HighPrecisionReal.Log(Q(10)));
    }

    [Theory]
    [InlineData(10, ReferenceValues.ExpOf10)]
    [InlineData(100, ReferenceValues.ExpOf100)]
    [InlineData(1000, ReferenceValues.ExpOf1000)]
    [InlineData(-1000, ReferenceValues.ExpOfMinus1000)]
    public void ExponentialsToFiftyDigits(int x, string expected)
    {
        AgreesTo(50, expected, HighPrecisionReal.Exp(Q(x)));
    }

    [Fact]
    public void ExpOfOneHalfToFiftyDigits()
    {
        AgreesTo(50, ReferenceValues.ExpOfOneHalf, HighPrecisionReal.Exp(Q(1, 2)));
    }

    [Fact]
    public void LogUndoesExpAtLargeAndSmallMagnitudes()
    {
        foreach (var x in new[] { Q(1000), Q(-1000), Q(1, 3), Q(-7, 9), Q(123456) })
        {
            AgreesTo(55, x, HighPrecisionReal.Log(HighPrecisionReal.Exp(x)));
        }
    }

    [Fact]
    public void LogNearOneKeepsItsRelativePrecision()
    {
        // x = 1 + ε with ε ≈ 10^−40 (exactly x − 1, since x itself is rounded): ln x = ε − ε²/2 + ε³/3 − …,
        // and only ε − ε²/2 matters to 55 digits relative to ε.
        var x = HighPrecisionReal.FromFraction(1 + new Fraction(BigInteger.One, BigInteger.Pow(10, 40)), Bits);
        var epsilon = x - Q(1);
        var expected = epsilon.WithPrecision(1000) - (epsilon.WithPrecision(1000) * epsilon / Q(2));
        AgreesTo(55, expected, HighPrecisionReal.Log(x));
    }

    [Fact]
    public void LogOnePlusIsAccurateForTinyArguments()
    {
        var tiny = HighPrecisionReal.FromFraction(new Fraction(BigInteger.One, BigInteger.Pow(10, 300)), Bits);
        AgreesTo(55, tiny, HighPrecisionReal.LogOnePlus(tiny));
        AgreesTo(55, HighPrecisionReal.Log(Q(3, 2)), HighPrecisionReal.LogOnePlus(Q(1, 2)));
        AgreesTo(55, HighPrecisionReal.Log(Q(9, 8)), HighPrecisionReal.LogOnePlus(Q(1, 8)));
    }

    [Fact]
    public void LogRejectsNonPositiveNumbers()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HighPrecisionReal.Log(Q(0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => HighPrecisionReal.Log(Q(-1)));
    }

    [Fact]
    public void ExpRejectsArgumentsBeyondItsRange()
    {
        var huge = HighPrecisionReal.FromInteger(BigInteger.Pow(2, 60), Bits);
        Assert.Throws<OverflowException>(() => HighPrecisionReal.Exp(huge));
    }

    [Fact]
    public void IntegerPowers()
    {
        Assert.Equal(HighPrecisionReal.FromInteger(BigInteger.Pow(3, 100), Bits), HighPrecisionReal.Pow(Q(3), 100));
        Assert.Equal(Q(8), HighPrecisionReal.Pow(Q(1, 2), -3));
        Assert.Equal(Q(1), HighPrecisionReal.Pow(Q(0), 0));
        Assert.Equal(Q(-1, 27), HighPrecisionReal.Pow(Q(-3), -3));
        Assert.Throws<DivideByZeroException>(() => HighPrecisionReal.Pow(Q(0), -1));
    }

    [Fact]
    public void DivisionByZeroThrows()
    {
        Assert.Throws<DivideByZeroException>(() => Q(1) / Q(0));
    }

    [Fact]
    public void ConvertsToTheNearestDouble()
    {
        Assert.Equal(1.0 / 3, Q(1, 3).ToDouble());
        Assert.Equal(Math.E, HighPrecisionReal.Exp(Q(1)).ToDouble());
        Assert.Equal(0.1, HighPrecisionReal.FromFraction(new Fraction(1, 10), 2000).ToDouble());
        Assert.Equal(double.MaxValue, HighPrecisionReal.FromFraction(new Fraction(double.MaxValue), Bits).ToDouble());
        Assert.Equal(double.Epsilon, HighPrecisionReal.FromFraction(new Fraction(BigInteger.One, BigInteger.Pow(2, 1074)), Bits).ToDouble());
        Assert.Equal(double.PositiveInfinity, HighPrecisionReal.Exp(Q(1000)).ToDouble());
        Assert.Equal(double.NegativeInfinity, (-HighPrecisionReal.Exp(Q(1000))).ToDouble());
        Assert.Equal(0.0, HighPrecisionReal.Exp(Q(-1000)).ToDouble());
        Assert.Equal(-2.5, Q(-5, 2).ToDouble());
    }

    [Theory]
    [InlineData(1, 3, 5, "3.3333E-1")]
    [InlineData(-1, 8, 3, "-1.25E-1")]
    [InlineData(9999, 1000, 3, "1.00E+1")]
    [InlineData(0, 1, 4, "0.000E+0")]
    [InlineData(123, 1, 1, "1E+2")]
    [InlineData(5, 2, 1, "2E+0")]
    [InlineData(7, 2, 1, "4E+0")]
    public void FormatsInScientificNotation(long numerator, long denominator, int digits, string expected)
    {
        Assert.Equal(expected, Q(numerator, denominator).ToString(digits));
    }

    [Fact]
    public void FormatsHugeAndTinyMagnitudes()
    {
        Assert.Equal("1.970071114E+434", HighPrecisionReal.Exp(Q(1000)).ToString(10));
        Assert.Equal("5.075958898E-435", HighPrecisionReal.Exp(Q(-1000)).ToString(10));
        Assert.Equal("2.7182818284590452354E+0", HighPrecisionReal.Exp(Q(1)).ToString(20));
    }

    [Fact]
    public void DefaultToStringShowsTheDigitsThePrecisionHolds()
    {
        // 60 significant digits of e, correctly rounded (the 61st digit is 7).
        Assert.Equal("2.71828182845904523536028747135266249775724709369995957496697E+0", HighPrecisionReal.Exp(Q(1)).ToString());
    }
}
