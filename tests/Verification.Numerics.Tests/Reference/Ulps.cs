using System.Numerics;

namespace Verification.Numerics.Tests.Reference;

/// <summary>Error of a computed value in units in the last place of the exact value.</summary>
internal static class Ulps
{
    /// <summary>
    /// |computed − exact| / ulp(exact), where ulp(v) = 2^(⌊log₂|v|⌋ − p + 1) for the precision p of
    /// <typeparamref name="T"/> (24 or 53 bits), never below the smallest subnormal. Infinite when the
    /// computed value is NaN or infinite but the exact one is not; 0 when both are the same infinity.
    /// </summary>
    public static double Error<T>(T computed, ExactValue exact)
        where T : IFloatingPointIeee754<T>
    {
        var (precision, minimumExponent) = Format<T>();
        var value = double.CreateTruncating(computed);
        if (double.IsInfinity(exact.Mantissa.Hi))
        {
            return value == exact.Mantissa.Hi ? 0 : double.PositiveInfinity;
        }

        if (double.IsInfinity(value) && RoundsToInfinity<T>(exact, Math.Sign(value)))
        {
            return 0;
        }

        if (!double.IsFinite(value))
        {
            return double.PositiveInfinity;
        }

        if (exact.IsZero)
        {
            return Math.Abs(value) / Math.ScaleB(1.0, minimumExponent);
        }

        var exponent = Math.ILogB(exact.Mantissa.Hi) + exact.Exponent;
        if (Math.Abs(exact.Mantissa.Hi) == Math.ScaleB(1.0, Math.ILogB(exact.Mantissa.Hi))
            && Math.Sign(exact.Mantissa.Lo) == -Math.Sign(exact.Mantissa.Hi))
        {
            // Hi is a power of two and Lo pulls the value just below it, into the binade underneath.
            exponent--;
        }

        var ulpExponent = Math.Max(exponent - precision + 1, minimumExponent);
        var scaledComputed = Math.ScaleB(value, -ulpExponent);
        if (double.IsInfinity(scaledComputed))
        {
            return double.PositiveInfinity;
        }

        var scaledExact = DoubleDouble.ScaleB(exact.Mantissa, exact.Exponent - ulpExponent);
        return Math.Abs((scaledComputed - scaledExact).Hi);
    }

    /// <summary>
    /// True when round-to-nearest sends the exact value to ±∞: its magnitude reaches
    /// 2^(e_max + 1) − 2^(e_max − p), halfway between the largest finite number and the next power of two.
    /// </summary>
    private static bool RoundsToInfinity<T>(ExactValue exact, int sign)
        where T : IFloatingPointIeee754<T>
    {
        var (precision, _) = Format<T>();
        var maximumExponent = typeof(T) == typeof(float) ? 127 : 1023;
        if (Math.Sign(exact.Mantissa.Hi) != sign)
        {
            return false;
        }

        // Compare |exact|·2^(−e_max−1) with 1 − 2^(−p−1), all exact in double-double.
        var scaled = DoubleDouble.Abs(DoubleDouble.ScaleB(exact.Mantissa, exact.Exponent - maximumExponent - 1));
        return scaled >= new DoubleDouble(1, 0) - Math.ScaleB(1.0, -precision - 1);
    }

    /// <summary>Precision in bits and the exponent of the smallest subnormal.</summary>
    public static (int Precision, int MinimumExponent) Format<T>()
        where T : IFloatingPointIeee754<T> =>
        typeof(T) == typeof(float) ? (24, -149) : typeof(T) == typeof(double) ? (53, -1074) : throw new NotSupportedException(typeof(T).Name);
}
