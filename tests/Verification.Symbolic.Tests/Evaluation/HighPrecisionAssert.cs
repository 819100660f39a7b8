using System.Globalization;
using System.Numerics;
using Fractions;
using Verification.Symbolic.Evaluation;

namespace Verification.Symbolic.Tests.Evaluation;

/// <summary>Exact decimal parsing and relative-error assertions for high-precision values.</summary>
internal static class HighPrecisionAssert
{
    private const int ComparisonBits = 2048;

    /// <summary>The exact rational written in decimal, with an optional exponent: "-1.25e+3".</summary>
    public static Fraction Decimal(string text)
    {
        var parts = text.ToUpperInvariant().Split('E');
        var exponent = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
        var mantissa = parts[0];
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        if (point >= 0)
        {
            exponent -= mantissa.Length - point - 1;
            mantissa = mantissa.Remove(point, 1);
        }

        var digits = BigInteger.Parse(mantissa, CultureInfo.InvariantCulture);
        return exponent >= 0
            ? new Fraction(digits * BigInteger.Pow(10, exponent))
            : new Fraction(digits, BigInteger.Pow(10, -exponent), normalize: true);
    }

    public static HighPrecisionReal Real(string text) => HighPrecisionReal.FromFraction(Decimal(text), ComparisonBits);

    /// <summary>|actual − expected| ≤ 10^−digits · |expected| (or ≤ 10^−digits when expected is 0).</summary>
    public static void AgreesTo(int digits, HighPrecisionReal expected, HighPrecisionReal actual)
    {
        Assert.True(
            RelativeErrorAtMost(digits, expected, actual),
            $"expected {expected.ToString(digits + 5)} but got {actual.ToString(digits + 5)}: they differ by more than 1e-{digits} relatively");
    }

    public static void AgreesTo(int digits, string expected, HighPrecisionReal actual) => AgreesTo(digits, Real(expected), actual);

    /// <summary>|actual − expected| ≤ ulps · 2^−bits · scale: an error bound proportional to a chosen scale.</summary>
    public static bool ErrorAtMost(int ulps, int bits, HighPrecisionReal scale, HighPrecisionReal expected, HighPrecisionReal actual)
    {
        var difference = HighPrecisionReal.Abs(actual.WithPrecision(ComparisonBits) - expected.WithPrecision(ComparisonBits));
        var unit = HighPrecisionReal.FromFraction(new Fraction(ulps, BigInteger.Pow(2, bits)), ComparisonBits);
        return difference <= unit * HighPrecisionReal.Abs(scale);
    }

    public static bool RelativeErrorAtMost(int digits, HighPrecisionReal expected, HighPrecisionReal actual)
    {
        var wideExpected = expected.WithPrecision(ComparisonBits);
        var difference = HighPrecisionReal.Abs(actual.WithPrecision(ComparisonBits) - wideExpected);
        var scale = expected.IsZero ? HighPrecisionReal.One(ComparisonBits) : HighPrecisionReal.Abs(wideExpected);
        var tolerance = HighPrecisionReal.FromFraction(new Fraction(BigInteger.One, BigInteger.Pow(10, digits)), ComparisonBits);
        return difference <= tolerance * scale;
    }
}
