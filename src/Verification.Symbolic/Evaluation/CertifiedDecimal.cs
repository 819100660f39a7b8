namespace Verification.Symbolic.Evaluation;

/// <summary>
/// A decimal text for an enclosed value that shows only what the enclosure proves: the value
/// correctly rounded to <see cref="Digits"/> significant digits, or, when not even one digit is
/// certain, the enclosure itself as <c>[lower, upper]</c> rounded outward.
/// </summary>
/// <param name="Text">The decimal text.</param>
/// <param name="Digits">Significant digits certified (0 when <see cref="Text"/> is an interval).</param>
public sealed record CertifiedDecimal(string Text, int Digits)
{
    private const int IntervalDigits = 3;

    /// <summary>
    /// The most digits, up to <paramref name="maxDigits"/>, to which both ends of <paramref name="enclosure"/>
    /// round alike. Rounding to n significant digits is monotone, so Lower ≤ v ≤ Upper and equal
    /// roundings of Lower and Upper force the same rounding of the enclosed v.
    /// </summary>
    public static CertifiedDecimal Of(Enclosure enclosure, int maxDigits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDigits, 1);
        for (var digits = enclosure.HasDecimalMagnitude ? maxDigits : 0; digits >= 1; digits--)
        {
            var lower = enclosure.Lower.ToString(digits);
            if (lower == enclosure.Upper.ToString(digits))
            {
                return new CertifiedDecimal(lower, digits);
            }
        }

        return new CertifiedDecimal(enclosure.ToString(IntervalDigits), 0);
    }
}
