using System.Numerics;
using Fractions;
using Verification.Symbolic.Evaluation;
using static Verification.Symbolic.Tests.Evaluation.HighPrecisionAssert;

namespace Verification.Symbolic.Tests.Evaluation;

/// <summary>
/// exp, log, log(1 + t), ln 2 and powers where their accuracy is easiest to lose: at low precision (where the
/// guard bits are most of the working precision), at ln 2's cache boundary, at arguments that need every bit of
/// the argument reduction, and just below 1. References: <see cref="ReferenceValues"/>; Python's decimal module at
/// 80–120 digits for ln 1.001, ln 1.5, 2^62·ln 2 and e^(−2^51) = 2^n·2^f with n = ⌊−2^51/ln 2⌋; and, for ln 2 beyond
/// its cache, the series ln 2 = Σ 1/(k·2^k), which is not the series the code sums.
/// </summary>
public class HighPrecisionRealFunctionAccuracyTests
{
    private const int LowBits = 40;

    [Fact]
    public void FunctionsAreAccurateAtLowPrecision()
    {
        // 40 bits hold about 12 digits; 1e-11 leaves room for an ulp but not for losing the 32 guard bits.
        AgreesTo(11, ReferenceValues.E, HighPrecisionReal.Exp(HighPrecisionReal.One(LowBits)));
        AgreesTo(11, ReferenceValues.Ln10, HighPrecisionReal.Log(HighPrecisionReal.FromInteger(10, LowBits)));
        AgreesTo(11, "0.00099950033308353316680939892053501146075506239316655199701966682890032495765871955", HighPrecisionReal.LogOnePlus(HighPrecisionReal.FromFraction(new Fraction(1, 1000), LowBits)));
        AgreesTo(11, "0.40546510810816438197801311546434913657199042346249419761401432414410067124891425", HighPrecisionReal.LogOnePlus(HighPrecisionReal.FromFraction(new Fraction(1, 2), LowBits)));
        AgreesTo(11, HighPrecisionReal.FromInteger(BigInteger.Pow(3, 100), 2048), HighPrecisionReal.Pow(HighPrecisionReal.FromInteger(3, LowBits), 100));
    }

    [Theory]
    [InlineData(1504)] // the largest precision served from the cached 1536 bits (32 guard bits below them)
    [InlineData(1505)]
    [InlineData(1560)]
    [InlineData(2000)]
    public void Ln2IsWithinAnUlpOnBothSidesOfTheCache(int bits)
    {
        // ln 2 ∈ [1/2, 1), so an ulp at `bits` bits is 2^−bits. Reference: S = Σ_{k=1}^{F} ⌊2^(F−k)/k⌋ with
        // F = bits + 64 is within F + 1 units of ln 2·2^F (each term truncates by < 1, the tail is < 1).
        var fractionBits = bits + 64;
        var reference = BigInteger.Zero;
        for (var k = 1; k <= fractionBits; k++)
        {
            reference += (BigInteger.One << (fractionBits - k)) / k;
        }

        var ln2 = HighPrecisionReal.Ln2(bits);
        Assert.Equal(bits, ln2.PrecisionBits);
        var scaled = ln2.Mantissa << (int)(ln2.Exponent + fractionBits);
        var error = BigInteger.Abs(scaled - reference);
        Assert.True(error <= (BigInteger.One << (fractionBits - bits)) + fractionBits + 1, $"ln 2 at {bits} bits is off by {error} units of 2^-{fractionBits}");
    }

    [Fact]
    public void ExpOfTheMostNegativeSupportedMagnitudeKeepsItsFullPrecision()
    {
        // x = −2^51 (the largest |x| below 2^52): e^x = 2^(x/ln 2) with x/ln 2 = −3248660424278399.046…, so
        // ⌊log₂ e^x⌋ = −3248660424278400 and e^x / 2^that = 2^0.954… = 1.93745660634…; k·ln 2 must be good to
        // about 2^−(52 + 201) absolute for that mantissa to keep its 60 digits.
        const long floorLog2 = -3248660424278400;
        var value = HighPrecisionReal.Exp(HighPrecisionReal.FromInteger(-(1L << 51), HighPrecisionReal.DefaultPrecisionBits));
        Assert.Equal(floorLog2, value.FloorLog2);
        AgreesTo(
            55,
            "1.93745660634761783855663246190464634372144305209209135144310609794695780306013278663257932842108723997485564439670434007",
            HighPrecisionReal.ScaleByPowerOfTwo(value, -floorLog2));
    }

    [Fact]
    public void ExpRefusesArgumentsFromTwoToTheFiftyTwoOnAndSaysWhy()
    {
        var limit = HighPrecisionReal.FromInteger(1L << 52, 64);
        var failure = Assert.Throws<OverflowException>(() => HighPrecisionReal.Exp(limit));
        Assert.Contains("beyond the supported range |x| < 2^52", failure.Message, StringComparison.Ordinal);
        Assert.Throws<OverflowException>(() => HighPrecisionReal.Exp(-limit));
    }

    [Fact]
    public void LogOfAHugePowerOfTwoIsItsExponentTimesLn2()
    {
        // ln 2^(2^62) = 2^62·ln 2 = 3196577161300663914.947…: the 63-bit multiplier needs 63 more bits of ln 2.
        var value = HighPrecisionReal.ScaleByPowerOfTwo(HighPrecisionReal.One(HighPrecisionReal.DefaultPrecisionBits), 1L << 62);
        AgreesTo(59, "3196577161300663914.94715767493561294864049264507801184651532475839641542212010034162864", HighPrecisionReal.Log(value));
    }

    [Fact]
    public void LogJustBelowOneKeepsItsRelativePrecision()
    {
        // x = 1 − ε with ε ≈ 10^−40 (x − 1 is exact): ln x = −ε − ε²/2 − … to 55 digits relative to ε. Writing x
        // as 2·(x/2) instead of x·1 would cancel ln 2 against ln(2x) and lose about 133 bits.
        var x = HighPrecisionReal.FromFraction(1 - new Fraction(BigInteger.One, BigInteger.Pow(10, 40)), HighPrecisionReal.DefaultPrecisionBits);
        var epsilon = HighPrecisionReal.One(1000) - x;
        var expected = -epsilon - (epsilon * epsilon / HighPrecisionReal.FromInteger(2, 1000));
        AgreesTo(55, expected, HighPrecisionReal.Log(x));
    }

    [Fact]
    public void LogRefusesNonPositiveArgumentsAndSaysWhy()
    {
        var failure = Assert.Throws<ArgumentOutOfRangeException>(() => HighPrecisionReal.Log(HighPrecisionReal.FromInteger(-1, 64)));
        Assert.Equal("x", failure.ParamName);
        Assert.Equal("-1.0000000000000000000E+0", failure.ActualValue);
        Assert.Contains("log is defined only for positive numbers.", failure.Message, StringComparison.Ordinal);

        // ln(1 + t) for t ≤ −1 has no real value either.
        Assert.Throws<ArgumentOutOfRangeException>(() => HighPrecisionReal.LogOnePlus(HighPrecisionReal.FromInteger(-1, 64)));
        Assert.Throws<ArgumentOutOfRangeException>(() => HighPrecisionReal.LogOnePlus(HighPrecisionReal.FromInteger(-2, 64)));
    }
}
