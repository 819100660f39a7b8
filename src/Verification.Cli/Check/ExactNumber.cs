using System.Globalization;
using Fractions;

namespace Verification.Cli.Check;

/// <summary>Exact rationals as text a person and a program can read back: <c>2</c>, <c>-1/3</c>, <c>3/2</c>.</summary>
internal static class ExactNumber
{
    public static string Format(Fraction value)
    {
        var reduced = value.Reduce();
        var (numerator, denominator) = reduced.Denominator.Sign < 0
            ? (-reduced.Numerator, -reduced.Denominator)
            : (reduced.Numerator, reduced.Denominator);
        return denominator.IsOne
            ? numerator.ToString(CultureInfo.InvariantCulture)
            : $"{numerator.ToString(CultureInfo.InvariantCulture)}/{denominator.ToString(CultureInfo.InvariantCulture)}";
    }
}
