using System.Numerics.Tensors;

namespace Verification.Numerics.Common;

/// <summary>
/// The first step of the tempered softmax family: yᵢ = (xᵢ − m)/T with m = maxⱼ xⱼ, shifted before it is
/// divided. Dividing first would compute xᵢ/T, which overflows for huge logits or tiny T (1e4/1e-3 is
/// 1e7, fine; 1e36/1e-3 is ∞ in float) and then gives ∞ − ∞ = NaN; after the shift every yᵢ lies in
/// [(min − m)/T, 0], where an overflow can only go to −∞ and its exponential to the exact 0.
/// </summary>
internal static class TemperatureShift
{
    /// <summary>
    /// destination = fl(fl(x − m)/T): two correctly rounded SIMD passes, in place when destination is x.
    /// Where fl(xᵢ − m) overflows (a finite spread beyond the format, e.g. float logits ±3·10³⁸) although
    /// (xᵢ − m)/T may be representable (T &gt; 1), the entry is redone from halves, see <see cref="HalvedShift"/>.
    /// </summary>
    public static void ShiftAndScale<T>(ReadOnlySpan<T> x, RowRange<T> range, T temperature, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        var maximum = range.Maximum;
        TensorPrimitives.Subtract(x, maximum, destination);
        TensorPrimitives.Divide(destination, temperature, destination);

        // Only a row with a finite maximum whose spread overflows (or that holds −∞) can have such entries.
        if (!T.IsFinite(maximum) || T.IsFinite(maximum - range.Minimum))
        {
            return;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (T.IsNegativeInfinity(destination[i]) && T.IsFinite(x[i]))
            {
                destination[i] = HalvedShift(x[i], maximum, temperature).Scaled;
            }
        }
    }

    /// <summary>
    /// (x − m)/T for an x whose difference fl(x − m) overflows: with h = fl(x/2 − m/2) = (x − m)/2 (exact:
    /// both halvings are, because |x − m| &gt; MaxValue makes m and x far from the subnormals, and the
    /// difference of the halves is below MaxValue), fl(h/T)·2 = fl((x − m)/T) (scaling by 2 commutes with
    /// rounding away from the subnormals; it overflows to −∞ only when the exact quotient does). Also
    /// returns h's rounding error e₁ and the quotient's remainder for <see cref="RoundingCorrection"/>.
    /// </summary>
    private static (T Scaled, T Error) HalvedShift<T>(T value, T maximum, T temperature)
        where T : IFloatingPointIeee754<T>
    {
        var half = T.CreateTruncating(0.5);
        var (difference, shiftError) = TwoDifference(value * half, maximum * half);
        var scaled = difference / temperature;
        var divisionRemainder = T.FusedMultiplyAdd(-scaled, temperature, difference);
        return (scaled + scaled, (divisionRemainder + shiftError) / temperature * T.CreateTruncating(2));
    }

    /// <summary>a − b = d + e exactly with d = fl(a − b) (Knuth's TwoSum of a and −b).</summary>
    private static (T Difference, T Error) TwoDifference<T>(T a, T b)
        where T : IFloatingPointIeee754<T>
    {
        var difference = a - b;
        var subtrahendPart = difference - a;
        return (difference, (a - (difference - subtrahendPart)) + (-b - subtrahendPart));
    }

    /// <summary>
    /// Σⱼ e^(yⱼ)·δⱼ, where yⱼ = fl(fl(xⱼ − m)/T) and δⱼ = (xⱼ − m)/T − yⱼ is its error, so that
    /// Σ e^(yⱼ) + this = Σ e^((xⱼ − m)/T) to first order (e^(y + δ) = e^y·(1 + δ + O(δ²)), |δ| ≤ |y|·ε).
    /// </summary>
    /// <remarks>
    /// It is what <see cref="IShiftedExponentialMode.CorrectsShiftRounding"/> does inside the fused pass,
    /// extended by the division: with d = fl(xⱼ − m) and its exact error e₁ (Knuth's TwoSum), and
    /// r = d − yⱼ·T (exact: the remainder of a correctly rounded quotient is representable, Boldo and
    /// Daumas 2003, and the FMA computes it without rounding), (xⱼ − m)/T − yⱼ = (r + e₁)/T.
    /// Entries whose exponential is 0 (−∞ logits, shifts below the format) contribute nothing and are
    /// skipped, which also keeps the NaN of ∞ − ∞ in their error out of the sum.
    /// </remarks>
    /// <param name="x">The logits.</param>
    /// <param name="maximum">m = maxⱼ xⱼ.</param>
    /// <param name="temperature">T.</param>
    /// <param name="exponentials">e^(yⱼ), as the fused pass stored them.</param>
    public static T RoundingCorrection<T>(ReadOnlySpan<T> x, T maximum, T temperature, ReadOnlySpan<T> exponentials)
        where T : IFloatingPointIeee754<T>
    {
        var correction = T.Zero;
        for (var j = 0; j < x.Length; j++)
        {
            var exponential = exponentials[j];
            if (exponential == T.Zero)
            {
                continue;
            }

            var (difference, shiftError) = TwoDifference(x[j], maximum);
            T error;
            if (T.IsFinite(difference))
            {
                var scaled = difference / temperature;
                error = (T.FusedMultiplyAdd(-scaled, temperature, difference) + shiftError) / temperature;
            }
            else
            {
                error = HalvedShift(x[j], maximum, temperature).Error;
            }

            correction = T.FusedMultiplyAdd(exponential, error, correction);
        }

        return correction;
    }
}
