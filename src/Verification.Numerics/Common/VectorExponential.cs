namespace Verification.Numerics.Common;

/// <summary>
/// e^x for a whole SIMD vector of float or double, written once for every width.
/// </summary>
/// <remarks>
/// <para>
/// Method (Cody–Waite reduction, Tang 1989 without a table): n = round(x·log₂e),
/// r = x − n·ln2 with |r| ≤ ln2/2 ≈ 0.347, e^x = 2ⁿ·e^r. The shifter trick (add 1.5·2^p) rounds and
/// leaves n in the low mantissa bits, so 2ⁿ is applied with one integer add to the exponent field.
/// </para>
/// <para>
/// e^r is a polynomial 1 + r + r²·q(r) in Horner form with fused multiply-adds, q fitted on
/// |r| ≤ ln2/2: degree 6 for float (relative error 9.7·10⁻⁹, 0.16 ulp) and degree 12 for double
/// (3.4·10⁻¹⁹). Measured against a double-double reference over [−106, 90] / [−750, 712] and the range edges:
/// ≤ 0.83 ulp (float), ≤ 0.81 ulp (double), subnormal results included.
/// </para>
/// <para>
/// .NET's own <c>Vector512.Exp</c> would meet the kernels' bounds too (measured by the tests: 2.0 ulp
/// float, 2.1 ulp double) but is less accurate than this one and, on the AVX-512 machine we measured,
/// slower; and a generic one needs no per-width, per-type dispatch.
/// </para>
/// <para>
/// Inputs beyond ±87 (float) / ±708 (double) need the branch-free <see cref="ExpOfAnyInput"/>, which
/// clamps, scales in two steps (so subnormal results round once and overflow gives ∞) and passes NaN
/// through. Callers pick the form per row (<see cref="ShiftedExponentialSum"/>) or per block
/// (<see cref="UnaryKernel"/>), so the hot loops have neither a per-vector branch nor a call.
/// </para>
/// </remarks>
internal static class VectorExponential
{
    /// <summary>|x| up to which <see cref="ExpInFastRange"/> is valid: 87 (float), 708 (double).</summary>
    public static double FastBound<T>()
        where T : IFloatingPointIeee754<T> =>
        typeof(T) == typeof(float) ? ExponentialConstants.SingleFastBound : ExponentialConstants.DoubleFastBound;

    /// <summary>e^x for |x| ≤ <see cref="FastBound{T}"/> (results in the normal range); other lanes are garbage.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector ExpInFastRange<T, TVector, TOperations>(TVector x)
        where T : IFloatingPointIeee754<T>
        where TOperations : IVectorOperations<TVector, T>
    {
        var polynomial = Reduce<T, TVector, TOperations>(x, out var shiftedExponent);
        return TOperations.ScaleByPowerOfTwo(polynomial, shiftedExponent);
    }

    /// <summary>
    /// e^x for every input, branch-free: clamp, reduce, scale in two steps (subnormal results round
    /// once, overflow gives ∞), and pass NaN through.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector ExpOfAnyInput<T, TVector, TOperations>(TVector x)
        where T : IFloatingPointIeee754<T>
        where TOperations : IVectorOperations<TVector, T>
    {
        var isSingle = typeof(T) == typeof(float);
        var low = TOperations.Constant(isSingle ? ExponentialConstants.SingleLowClamp : ExponentialConstants.DoubleLowClamp);
        var high = TOperations.Constant(isSingle ? ExponentialConstants.SingleHighClamp : ExponentialConstants.DoubleHighClamp);
        var clamped = TOperations.Min(TOperations.Max(x, low), high);
        var polynomial = Reduce<T, TVector, TOperations>(clamped, out var shiftedExponent);
        var result = TOperations.ScaleByPowerOfTwoInTwoSteps(polynomial, shiftedExponent);

        // x ≠ x exactly for NaN lanes, whose clamped bits went through integer arithmetic.
        return TOperations.ConditionalSelect(TOperations.Equals(x, x), result, x);
    }

    /// <summary>
    /// e^x − 1 for −80 ≤ x ≤ 0, accurate for tiny x where e^x − 1 would cancel (fdlibm's expm1 without a
    /// table): with x = n·ln2 + r as in <see cref="ExpInFastRange"/>, e^x − 1 = 2ⁿ·(e^r − 1) + (2ⁿ − 1),
    /// and e^r − 1 = r·g(r) is the polynomial before its last step, so no 1 is ever added and taken
    /// away. For |x| &lt; ln2/2, n = 0 and the result is r·g(r) with r = x exactly. 2ⁿ·r is exact (a power
    /// of two, no underflow for n ≥ −116), and one fused multiply-add rounds the sum.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector ExpMinusOneOfNonPositive<T, TVector, TOperations>(TVector x)
        where T : IFloatingPointIeee754<T>
        where TOperations : IVectorOperations<TVector, T>
    {
        var ratio = ReduceToRatio<T, TVector, TOperations>(x, out var r, out var shiftedExponent);
        var one = TOperations.Constant(1.0);
        var scale = TOperations.ScaleByPowerOfTwo(one, shiftedExponent);
        return TOperations.FusedMultiplyAdd(TOperations.Multiply(scale, r), ratio, TOperations.Subtract(scale, one));
    }

    /// <summary>e^r with x = n·ln2 + r; n is returned in the low mantissa bits of <paramref name="shiftedExponent"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector Reduce<T, TVector, TOperations>(TVector x, out TVector shiftedExponent)
        where T : IFloatingPointIeee754<T>
        where TOperations : IVectorOperations<TVector, T>
    {
        var ratio = ReduceToRatio<T, TVector, TOperations>(x, out var r, out shiftedExponent);
        return TOperations.FusedMultiplyAdd(ratio, r, TOperations.Constant(1.0));
    }

    /// <summary>g(r) = (e^r − 1)/r for the reduced argument r of x = n·ln2 + r, |r| ≤ ln2/2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector ReduceToRatio<T, TVector, TOperations>(TVector x, out TVector r, out TVector shiftedExponent)
        where T : IFloatingPointIeee754<T>
        where TOperations : IVectorOperations<TVector, T>
    {
        var isSingle = typeof(T) == typeof(float);
        var shifter = TOperations.Constant(isSingle ? ExponentialConstants.SingleShifter : ExponentialConstants.DoubleShifter);
        shiftedExponent = TOperations.FusedMultiplyAdd(x, TOperations.Constant(ExponentialConstants.Log2E), shifter);
        var n = TOperations.Subtract(shiftedExponent, shifter);
        r = TOperations.FusedMultiplyAdd(
            n,
            TOperations.Constant(isSingle ? -ExponentialConstants.SingleLn2High : -ExponentialConstants.DoubleLn2High),
            x);
        r = TOperations.FusedMultiplyAdd(
            n,
            TOperations.Constant(isSingle ? -ExponentialConstants.SingleLn2Low : -ExponentialConstants.DoubleLn2Low),
            r);

        // e^r ≈ 1 + r + r²·q(r), q a Chebyshev fit to (e^r − 1 − r)/r² on [−ln2/2, ln2/2] (mpmath
        // chebyfit), so the two leading coefficients are exactly 1. Degree 6 for float, 12 for double;
        // evaluated with the coefficients as rounded to T, the relative error is below 9.7·10⁻⁹
        // (0.16 ulp) resp. 3.4·10⁻¹⁹ (0.003 ulp): one FMA fewer than the Taylor polynomials of
        // equal accuracy (degree 7 and 13). This returns g(r) = 1 + r·q(r) = (e^r − 1)/r, one step
        // before the end, so e^r − 1 is available without cancellation (the caller adds the last step).
        TVector p;
        if (isSingle)
        {
            p = Horner<T, TVector, TOperations>(
                TOperations.Constant(1.3926175888627768e-3), r, 8.363173343241215e-3, 4.1666556149721146e-2, 1.6666577756404877e-1, 0.5, 1.0);
        }
        else
        {
            p = Horner<T, TVector, TOperations>(
                TOperations.Constant(2.0914679376583935e-09),
                r,
                2.510520637395701e-08,
                2.7557273661348637e-07,
                2.7557255425746435e-06,
                2.4801587325533363e-05,
                1.9841269874800493e-04);
            p = TOperations.FusedMultiplyAdd(p, r, TOperations.Constant(1.3888888888883752e-03));
            p = Horner<T, TVector, TOperations>(p, r, 8.333333333326141e-03, 4.166666666666667e-02, 1.666666666666667e-01, 0.5, 1.0);
        }

        return p;
    }

    /// <summary>Continues a Horner evaluation p ← p·r + c for five coefficients, highest degree first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector Horner<T, TVector, TOperations>(
        TVector p, TVector r, double c4, double c3, double c2, double c1, double c0)
        where T : IFloatingPointIeee754<T>
        where TOperations : IVectorOperations<TVector, T>
    {
        p = TOperations.FusedMultiplyAdd(p, r, TOperations.Constant(c4));
        p = TOperations.FusedMultiplyAdd(p, r, TOperations.Constant(c3));
        p = TOperations.FusedMultiplyAdd(p, r, TOperations.Constant(c2));
        p = TOperations.FusedMultiplyAdd(p, r, TOperations.Constant(c1));
        return TOperations.FusedMultiplyAdd(p, r, TOperations.Constant(c0));
    }
}
