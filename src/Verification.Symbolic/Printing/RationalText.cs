using System.Globalization;
using System.Numerics;
using Fractions;

namespace Verification.Symbolic.Printing;

/// <summary>Exact rationals as text: the numerator and denominator in lowest terms, and short decimals when there is one.</summary>
internal static class RationalText
{
    /// <summary>Decimals with more places than this print as <c>rational(n, d)</c> instead.</summary>
    private const int MaxDecimalPlaces = 6;

    /// <summary>The value in lowest terms with a positive denominator.</summary>
    public static (BigInteger Numerator, BigInteger Denominator) Normalize(Fraction value)
    {
        var normalized = new Fraction(value.Numerator, value.Denominator, normalize: true);
        return normalized.Denominator.Sign < 0
            ? (-normalized.Numerator, -normalized.Denominator)
            : (normalized.Numerator, normalized.Denominator);
    }

    public static string Integer(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A positive non-integer as a short exact decimal (<c>0.25</c>, <c>2.5</c>) when its denominator
    /// is 2^a·5^b with a, b ≤ 6, otherwise null.
    /// </summary>
    public static string? Decimal(BigInteger numerator, BigInteger denominator)
    {
        if (numerator.Sign <= 0 || denominator.IsOne)
        {
            return null;
        }

        var (twos, fives, rest) = (0, 0, denominator);
        while (rest.IsEven)
        {
            rest /= 2;
            twos++;
        }

        while ((rest % 5).IsZero)
        {
            rest /= 5;
            fives++;
        }

        var places = Math.Max(twos, fives);
        if (!rest.IsOne || places > MaxDecimalPlaces)
        {
            return null;
        }

        var digits = Integer(numerator * BigInteger.Pow(10, places) / denominator).PadLeft(places + 1, '0');
        return $"{digits[..^places]}.{digits[^places..]}";
    }
}
