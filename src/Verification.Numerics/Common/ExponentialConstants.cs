namespace Verification.Numerics.Common;

/// <summary>
/// Constants of the vector exponential (see <see cref="VectorExponential"/>). The ln 2 splits are
/// Cody–Waite pairs whose high part has trailing zero bits, so n·ln2High is exact for every n the
/// exponential can meet and x − n·ln2High is exact by Sterbenz' lemma.
/// </summary>
internal static class ExponentialConstants
{
    /// <summary>1.5·2²³: adding it rounds a float to an integer held in the low mantissa bits.</summary>
    public const float SingleShifter = 12582912f;

    /// <summary>1.5·2⁵²: adding it rounds a double to an integer held in the low mantissa bits.</summary>
    public const double DoubleShifter = 6755399441055744.0;

    public const double Log2E = 1.4426950408889634;

    /// <summary>0x3F318000: 9 significant bits, so n·ln2 is exact for |n| &lt; 2¹⁵.</summary>
    public const double SingleLn2High = 0.693359375;

    public const double SingleLn2Low = -2.1219444005469058e-4;

    /// <summary>fdlibm's ln2_hi (0x3FE62E42FEE00000): 32 trailing zero bits.</summary>
    public const double DoubleLn2High = 6.93147180369123816490e-01;

    public const double DoubleLn2Low = 1.90821492927058770002e-10;

    /// <summary>
    /// Below this magnitude one 2ⁿ scaling keeps the result normal: |x| ≤ 87 gives |n| ≤ 126 (float),
    /// |x| ≤ 708 gives |n| ≤ 1022 (double).
    /// </summary>
    public const double SingleFastBound = 87;

    public const double DoubleFastBound = 708;

    /// <summary>e^x rounds to 0 below −104 (float) / −746 (double) and to ∞ above 89 / 710.</summary>
    public const double SingleLowClamp = -104;

    public const double SingleHighClamp = 89;

    public const double DoubleLowClamp = -746;

    public const double DoubleHighClamp = 710;
}
