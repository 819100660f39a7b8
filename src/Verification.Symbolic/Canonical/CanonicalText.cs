using System.Globalization;
using System.Text;
using Fractions;

namespace Verification.Symbolic.Canonical;

/// <summary>Plain-text rendering shared by the canonical types (used in keys and in messages).</summary>
internal static class CanonicalText
{
    public static string Rational(Fraction value) =>
        value.Denominator.IsOne
            ? value.Numerator.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{value.Numerator}/{value.Denominator}");

    /// <summary>Appends " + c*body" / " - c*body", with 1 elided, to a sum being built.</summary>
    public static void AppendTerm(StringBuilder text, Fraction coefficient, string? body)
    {
        var negative = coefficient.IsNegative;
        var magnitude = negative ? -coefficient : coefficient;
        if (text.Length > 0)
        {
            text.Append(negative ? " - " : " + ");
        }
        else if (negative)
        {
            text.Append('-');
        }

        if (body is null)
        {
            text.Append(Rational(magnitude));
        }
        else if (magnitude == Fraction.One)
        {
            text.Append(body);
        }
        else
        {
            text.Append(Rational(magnitude)).Append('*').Append(body);
        }
    }
}
