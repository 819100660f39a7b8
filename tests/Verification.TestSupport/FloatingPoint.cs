using System.Numerics;

namespace Verification.TestSupport;

/// <summary>
/// Facts about binary floating-point formats that tolerances are written in: machine ε, defined here once
/// for every test project, and the distance in ulps between two values.
/// </summary>
public static class FloatingPoint
{
    /// <summary>
    /// Machine ε = ulp(1), the gap between 1 and the next representable number: 2⁻²³ for float, 2⁻⁵² for
    /// double. Not <c>T.Epsilon</c>, which in .NET is the smallest subnormal.
    /// </summary>
    /// <typeparam name="T">The format.</typeparam>
    /// <returns>ε as a double, so that bounds for float and double are computed the same way.</returns>
    public static double MachineEpsilon<T>()
        where T : IFloatingPointIeee754<T> => double.CreateTruncating(T.BitIncrement(T.One) - T.One);

    /// <summary>
    /// How many representable doubles lie between <paramref name="a"/> and <paramref name="b"/>, counted
    /// across zero (+0 and −0 are the same point) and through the subnormals, which are as evenly spaced
    /// as the rest of the line; ±∞ sit one step beyond the largest finite values. NaN is not on the line:
    /// the distance is then <see cref="ulong.MaxValue"/>, which no bound accepts.
    /// </summary>
    /// <param name="a">One value.</param>
    /// <param name="b">The other value.</param>
    /// <returns>The number of steps of one ulp from one to the other.</returns>
    public static ulong UlpDistance(double a, double b) =>
        double.IsNaN(a) || double.IsNaN(b) ? ulong.MaxValue : Distance(Ordered(a), Ordered(b));

    /// <summary>As <see cref="UlpDistance(double, double)"/>, counted in floats.</summary>
    /// <param name="a">One value.</param>
    /// <param name="b">The other value.</param>
    /// <returns>The number of steps of one float ulp from one to the other.</returns>
    public static ulong UlpDistance(float a, float b) =>
        float.IsNaN(a) || float.IsNaN(b) ? ulong.MaxValue : Distance(Ordered(a), Ordered(b));

    /// <summary>
    /// IEEE bit patterns are sign and magnitude; mapping negative patterns below zero makes consecutive
    /// values consecutive integers, with −0 and +0 both at 0.
    /// </summary>
    private static long Ordered(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        return bits >= 0 ? bits : long.MinValue - bits;
    }

    private static long Ordered(float value)
    {
        var bits = BitConverter.SingleToInt32Bits(value);
        return bits >= 0 ? bits : int.MinValue - (long)bits;
    }

    // The difference of two ordered doubles can exceed long.MaxValue (−∞ to +∞), never ulong.MaxValue.
    private static ulong Distance(long a, long b) => a >= b ? unchecked((ulong)a - (ulong)b) : unchecked((ulong)b - (ulong)a);
}
