namespace Verification.Numerics.Common;

/// <summary>
/// log(1 + t) for a whole SIMD vector of float or double with 0 ≤ t ≤ 1, written once for every width:
/// the log1p that log-sigmoid, softplus and binary cross-entropy apply to t = e^(−|x|).
/// </summary>
/// <remarks>
/// <para>
/// Method (fdlibm's <c>s_log1p.c</c>, specialised to t ∈ [0, 1], so no table and no exponent
/// extraction): u = fl(1 + t) ∈ [1, 2]; the reduction u = 2ᵏ·m with k = 1 when u &gt; √2, else 0, puts
/// m in [√½, √2), and f = m − 1 is exact (Sterbenz). The rounding error of 1 + t is recovered exactly,
/// c = t − (u − 1) (Fast2Sum, as 1 ≥ t), and enters to first order as c/u:
/// log(1 + t) = k·ln2 + log(1 + f) + c/u. For tiny t, u = 1 and the result is c = t itself, so
/// subnormal t come back unchanged.
/// </para>
/// <para>
/// log(1 + f) = 2·atanh(s) with s = f/(2 + f), |s| ≤ 0.1716: 2s = f − s·f, so
/// log(1 + f) = f − (f²/2 − s·(f²/2 + R(s²))), where R(z) = z·(Lg1 + z·Lg2 + …) ≈ 2z/3 + 2z²/5 + …
/// carries only the small correction and s's rounding barely reaches the result. Lg1…Lg7 (double)
/// are fdlibm's Remez coefficients, |(log(1 + s) − log(1 − s))/s − 2 − R| ≤ 2⁻⁵⁸·⁴⁵; Lg1…Lg4 (float)
/// those of FreeBSD's <c>k_logf.h</c>, ≤ 2⁻³⁴·²⁴. fdlibm bounds the whole log1p by 1 ulp; measured
/// against the double-double reference over [0, 1], tiny and subnormal t: see VectorLogarithmTests.
/// </para>
/// <para>
/// NaN passes through (every step is arithmetic on it). No lane needs a branch, and neither the exponent
/// bits nor a table are touched, so one generic body serves every width and both types.
/// </para>
/// </remarks>
internal static class VectorLogarithm
{
    /// <summary>√2, the upper end of the reduced range [√½, √2).</summary>
    private const double SquareRootOfTwo = 1.4142135623730951;

    /// <summary>log(1 + t) for 0 ≤ t ≤ 1 (NaN gives NaN); other lanes are unspecified.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector LogOnePlusOfUnitInterval<T, TVector, TOperations>(TVector t)
        where T : IFloatingPointIeee754<T>
        where TOperations : IVectorOperations<TVector, T>
    {
        var isSingle = typeof(T) == typeof(float);
        var one = TOperations.Constant(1.0);
        var u = TOperations.Add(one, t);

        // k = 1 lanes: m = u/2 (exact), ln2 is added back as a Cody–Waite pair (k·ln2High exact).
        var halved = TOperations.LessThan(TOperations.Constant(SquareRootOfTwo), u);
        var m = TOperations.Multiply(u, TOperations.ConditionalSelect(halved, TOperations.Constant(0.5), one));
        var f = TOperations.Subtract(m, one);
        var correction = TOperations.Divide(TOperations.Subtract(t, TOperations.Subtract(u, one)), u);
        var zero = TOperations.Constant(0.0);
        var ln2High = TOperations.ConditionalSelect(
            halved, TOperations.Constant(isSingle ? ExponentialConstants.SingleLn2High : ExponentialConstants.DoubleLn2High), zero);
        var ln2Low = TOperations.ConditionalSelect(
            halved, TOperations.Constant(isSingle ? ExponentialConstants.SingleLn2Low : ExponentialConstants.DoubleLn2Low), zero);

        var halfSquare = TOperations.Multiply(TOperations.Multiply(TOperations.Constant(0.5), f), f);
        var s = TOperations.Divide(f, TOperations.Add(TOperations.Constant(2.0), f));
        var z = TOperations.Multiply(s, s);
        var r = TOperations.Multiply(z, Series<T, TVector, TOperations>(z));

        // fdlibm: k·ln2_hi − ((hfsq − (s·(hfsq + R) + (k·ln2_lo + c))) − f).
        var tail = TOperations.FusedMultiplyAdd(s, TOperations.Add(halfSquare, r), TOperations.Add(ln2Low, correction));
        return TOperations.Subtract(ln2High, TOperations.Subtract(TOperations.Subtract(halfSquare, tail), f));
    }

    /// <summary>
    /// log1p(e^(−|x|)): the common term of softplus, log-sigmoid and binary cross-entropy. With
    /// <see cref="FastRangeExponential"/> for |x| ≤ <see cref="VectorExponential.FastBound{T}"/> (e^(−|x|) ∈ (0, 1]
    /// is normal there); with <see cref="AnyInputExponential"/> for every x: e^(−|x|) rounds once where it is
    /// subnormal and is 0 for |x| = ∞ (so the term is 0); NaN gives NaN.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector LogOnePlusExpOfMinusAbs<T, TVector, TOperations, TExponential>(TVector x)
        where T : IFloatingPointIeee754<T>
        where TOperations : IVectorOperations<TVector, T>
        where TExponential : IExponentialPolicy =>
        LogOnePlusOfUnitInterval<T, TVector, TOperations>(
            TExponential.Exp<T, TVector, TOperations>(TOperations.Negate(TOperations.Abs(x))));

    /// <summary>Lg1 + z·Lg2 + … with z = s² ≤ 0.0295, Horner with fused multiply-adds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector Series<T, TVector, TOperations>(TVector z)
        where T : IFloatingPointIeee754<T>
        where TOperations : IVectorOperations<TVector, T>
    {
        if (typeof(T) == typeof(float))
        {
            // FreeBSD k_logf.h: 0xaaaaaa.0p-24, 0xccce13.0p-25, 0x91e9ee.0p-25, 0xf89e26.0p-26.
            var single = TOperations.Constant(0.24279078841);
            single = TOperations.FusedMultiplyAdd(single, z, TOperations.Constant(0.28498786688));
            single = TOperations.FusedMultiplyAdd(single, z, TOperations.Constant(0.40000972152));
            return TOperations.FusedMultiplyAdd(single, z, TOperations.Constant(0.66666662693));
        }

        // fdlibm e_log.c / s_log1p.c Lg7 … Lg1.
        var p = TOperations.Constant(1.479819860511658591e-01);
        p = TOperations.FusedMultiplyAdd(p, z, TOperations.Constant(1.531383769920937332e-01));
        p = TOperations.FusedMultiplyAdd(p, z, TOperations.Constant(1.818357216161805012e-01));
        p = TOperations.FusedMultiplyAdd(p, z, TOperations.Constant(2.222219843214978396e-01));
        p = TOperations.FusedMultiplyAdd(p, z, TOperations.Constant(2.857142874366239149e-01));
        p = TOperations.FusedMultiplyAdd(p, z, TOperations.Constant(3.999999999940941908e-01));
        return TOperations.FusedMultiplyAdd(p, z, TOperations.Constant(6.666666666666735130e-01));
    }
}
