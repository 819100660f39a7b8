using Fractions;
using Verification.Symbolic.Evaluation;

namespace Verification.Symbolic.Tests.Evaluation;

/// <summary>
/// The certified decimal of an enclosure: as many digits as both ends round to alike, down to a single digit, and
/// otherwise the enclosure itself, also when its ends are too large for decimals.
/// </summary>
public class CertifiedDecimalTests
{
    private static HighPrecisionReal Q(long numerator, long denominator) => HighPrecisionReal.FromFraction(new Fraction(numerator, denominator), 64);

    [Fact]
    public void ASingleAgreeingDigitIsStillCertified()
    {
        // [0.31, 0.34]: to 2 digits 3.1E-1 ≠ 3.4E-1, to 1 digit both are 3E-1.
        var enclosure = new Enclosure(Q(31, 100), Q(34, 100));
        Assert.Equal(new CertifiedDecimal("3E-1", 1), CertifiedDecimal.Of(enclosure, 10));
    }

    [Fact]
    public void NoMoreThanTheAskedDigitsAreShown()
    {
        // 1/4 is exact, so every digit count agrees: the answer stops at the maximum.
        Assert.Equal(new CertifiedDecimal("2.50E-1", 3), CertifiedDecimal.Of(Enclosure.Exact(Q(1, 4)), 3));
    }

    [Fact]
    public void EndsBeyondDecimalPrintingGiveTheEnclosureAsPowersOfTwo()
    {
        // 2^200000 has about 60206 digits: it is shown as its bounding powers of two 2^⌊log₂⌋ and 2^(⌊log₂⌋ + 1).
        var huge = HighPrecisionReal.ScaleByPowerOfTwo(HighPrecisionReal.One(64), 200_000);
        Assert.Equal(new CertifiedDecimal("[2^200000, 2^200001]", 0), CertifiedDecimal.Of(Enclosure.Exact(huge), 10));
    }

    [Fact]
    public void AtLeastOneDigitMustBeAskedFor()
    {
        var failure = Assert.Throws<ArgumentOutOfRangeException>(() => CertifiedDecimal.Of(Enclosure.Exact(Q(1, 4)), 0));
        Assert.Equal("maxDigits", failure.ParamName);
    }
}
