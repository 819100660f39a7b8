using System.Globalization;
using System.Numerics;
using Fractions;

namespace Verification.Symbolic.Printing;

/// <summary>
/// Exact rationals as text: the numerator and denominator in lowest terms, and short decimals when
/// there is one. Public because the printers, the documents and the CLI reports all print exact
/// numbers, and one implementation keeps them from drifting apart.
/// </summary>
public static class RationalText
{
    /// <summary>Decimals with more places than this print as <c>rational(n, d)</c> instead.</summary>
    private const int MaxDecimalPlaces = 6;

    /// <summary>The value in lowest terms with a positive denominator.</summary>
    internal static (BigInteger Numerator, BigInteger Denominator) Normalize(Fraction value)
    {
        var normalized = new Fraction(value.Numerator, value.Denominator, normalize: true);
        return normalized.Denominator.Sign < 0
            ? (-normalized.Numerator, -normalized.Denominator)
            : (normalized.Numerator, normalized.Denominator);
    }

    /// <summary>An integer in the invariant culture.</summary>
    internal static string Integer(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// An integer, or numerator/denominator in lowest terms with the sign in front: <c>2</c>,
    /// <c>-1/3</c>, <c>3/2</c> — text a person and a program can read back.
    /// </summary>
    public static string Exact(Fraction value)
    {
        var (numerator, denominator) = Normalize(value);
        return denominator.IsOne ? Integer(numerator) : $"{Integer(numerator)}/{Integer(denominator)}";
    }

    /// <summary>An exact rational as LaTeX: <c>-\frac{1}{3}</c>, <c>2</c>.</summary>
    public static string ExactLatex(Fraction value)
    {
        var (numerator, denominator) = Normalize(value);
        var sign = numerator.Sign < 0 ? "-" : string.Empty;
        var magnitude = Integer(BigInteger.Abs(numerator));
        return denominator.IsOne ? $"{sign}{magnitude}" : $"{sign}\\frac{{{magnitude}}}{{{Integer(denominator)}}}";
    }

    /// <summary>
    /// A positive non-integer as a short exact decimal (<c>0.25</c>, <c>2.5</c>) when its denominator
    /// is 2^a·5^b with a, b ≤ 6, otherwise null.
    /// </summary>
    internal static string? Decimal(BigInteger numerator, BigInteger denominator)
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
