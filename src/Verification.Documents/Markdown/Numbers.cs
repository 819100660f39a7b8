using System.Globalization;
using System.Numerics;
using Fractions;

namespace Verification.Documents.Markdown;

/// <summary>
/// Numbers as documents print them: doubles round-trip exact ("R", invariant culture) so a value in
/// a table can be pasted back and gives the same bits; rationals exact (<c>3/2</c>).
/// </summary>
public static class Numbers
{
    /// <summary>The shortest text that parses back to the same double.</summary>
    public static string RoundTrip(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>An integer, or numerator/denominator in lowest terms with the sign in front.</summary>
    public static string Exact(Fraction value)
    {
        var reduced = value.Reduce();
        var (numerator, denominator) = reduced.Denominator.Sign < 0
            ? (-reduced.Numerator, -reduced.Denominator)
            : (reduced.Numerator, reduced.Denominator);
        return denominator.IsOne ? Whole(numerator) : $"{Whole(numerator)}/{Whole(denominator)}";
    }

    /// <summary>An integer in the invariant culture.</summary>
    public static string Whole(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An integer in the invariant culture.</summary>
    public static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An exact rational as LaTeX: <c>-\frac{1}{3}</c>, <c>2</c>.</summary>
    public static string ExactLatex(Fraction value)
    {
        var text = Exact(value);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return text;
        }

        var sign = text.StartsWith('-') ? "-" : string.Empty;
        return $"{sign}\\frac{{{text[sign.Length..slash]}}}{{{text[(slash + 1)..]}}}";
    }
}
