using System.Numerics;
using Fractions;
using Verification.Symbolic.Printing;

namespace Verification.Symbolic.Tests.Printing;

/// <summary>
/// Exact rationals as the documents and reports print them: lowest terms, the sign in front, however
/// the fraction was built (an unreduced 2/4, a negative denominator 1/−3).
/// </summary>
public class RationalTextTests
{
    public static TheoryData<string, string, string> Values => new()
    {
        // numerator, denominator (built without normalizing), exact text
        { "2", "1", "2" },
        { "0", "5", "0" },
        { "-1", "3", "-1/3" },
        { "3", "2", "3/2" },
        { "2", "4", "1/2" },
        { "1", "-3", "-1/3" },
        { "-6", "-4", "3/2" },
        { "12", "-4", "-3" },
        { "1000000000000000000000000000001", "7", "1000000000000000000000000000001/7" },
    };

    public static TheoryData<string, string, string> LatexValues => new()
    {
        { "7", "1", "7" },
        { "0", "5", "0" },
        { "-1", "3", @"-\frac{1}{3}" },
        { "2", "-4", @"-\frac{1}{2}" },
        { "-10", "-4", @"\frac{5}{2}" },
        { "-1000000000000", "3", @"-\frac{1000000000000}{3}" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void ExactIsInLowestTermsWithTheSignInFront(string numerator, string denominator, string exact) =>
        Assert.Equal(exact, RationalText.Exact(Unreduced(numerator, denominator)));

    [Theory]
    [MemberData(nameof(LatexValues))]
    public void ExactLatexIsAFractionWithTheSignInFront(string numerator, string denominator, string latex) =>
        Assert.Equal(latex, RationalText.ExactLatex(Unreduced(numerator, denominator)));

    /// <summary>Short decimals exist only for positive non-integers whose denominator is 2^a·5^b with a, b ≤ 6.</summary>
    [Theory]
    [InlineData(1, 4, "0.25")]
    [InlineData(5, 2, "2.5")]
    [InlineData(1, 64, "0.015625")]
    [InlineData(3, 125, "0.024")]
    [InlineData(1, 128, null)]
    [InlineData(1, 3, null)]
    [InlineData(-1, 4, null)]
    [InlineData(0, 4, null)]
    [InlineData(3, 1, null)]
    public void DecimalIsShortAndExactOrAbsent(int numerator, int denominator, string? decimalText) =>
        Assert.Equal(decimalText, RationalText.Decimal(numerator, denominator));

    private static Fraction Unreduced(string numerator, string denominator) =>
        new(BigInteger.Parse(numerator, System.Globalization.CultureInfo.InvariantCulture), BigInteger.Parse(denominator, System.Globalization.CultureInfo.InvariantCulture), normalize: false);
}
