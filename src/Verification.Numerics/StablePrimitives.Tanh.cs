namespace Verification.Numerics;

public static partial class StablePrimitives
{
    /// <summary>Computes tanh(xᵢ) = (e^(xᵢ) − e^(−xᵢ)) / (e^(xᵢ) + e^(−xᵢ)) = 2σ(2xᵢ) − 1 for each element.</summary>
    /// <remarks>
    /// <para>
    /// Stability: tanh is odd, so it is evaluated at |x| and given the sign of x (tanh(±0) = ±0). With
    /// t = e^(−2|x|) − 1 ∈ (−1, 0] from an expm1 that keeps tiny arguments exact,
    /// tanh|x| = −t/(t + 2) (fdlibm's form): the numerator never cancels, so tanh(x) ≈ x to full precision
    /// for tiny and subnormal x (where 1 − 2/(e^(2x) + 1) would return 0 or a few correct bits), and the
    /// denominator lies in [1, 2]. No exponential of a positive number is formed, so nothing overflows;
    /// beyond |x| = 40, where tanh rounds to ±1 in both formats, the argument is clamped.
    /// </para>
    /// <para>
    /// Accuracy: within 4 ulp everywhere (expm1 ≤ 1 ulp, amplified at most twice near t = −1, the sum and
    /// the quotient ½ ulp each). NaN gives NaN; tanh(±∞) = ±1. The scalar tail and types without SIMD
    /// use the platform's <c>T.Tanh</c>.
    /// </para>
    /// </remarks>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives tanh(xᵢ); may be <paramref name="x"/> itself.</param>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty; <paramref name="destination"/> is
    /// shorter than <paramref name="x"/> or overlaps it at a shifted offset.</exception>
    public static void Tanh<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
        => UnaryKernel.Apply<T, TanhOperator<T>>(x, nameof(x), destination, nameof(destination));
}

/// <summary>tanh(x) = sign(x)·(−t/(t + 2)), t = e^(−2|x|) − 1, for one vector; see <see cref="StablePrimitives.Tanh{T}(ReadOnlySpan{T}, Span{T})"/>.</summary>
internal readonly struct TanhOperator<T> : IUnaryOperator<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>
    /// 40: tanh(40) = 1 − 3.6·10⁻³⁵ rounds to 1 in float and double, and e^(−80) − 1 stays in the range
    /// of <see cref="VectorExponential.ExpMinusOneOfNonPositive"/>.
    /// </summary>
    public static double FastRangeBound => 40.0;

    public static T Invoke(T x) => T.Tanh(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector Invoke<TVector, TOperations, TExponential>(TVector x)
        where TOperations : IVectorOperations<TVector, T>
        where TExponential : IExponentialPolicy
    {
        if (ExponentialRange.IsFast<TExponential>())
        {
            return CopySign<TVector, TOperations>(Magnitude<TVector, TOperations>(TOperations.Abs(x)), x);
        }

        // Min propagates NaN (IEEE 754:2019 minimum); the select restores NaN lanes whose bits went
        // through the exponential's integer arithmetic.
        var clamped = TOperations.Min(TOperations.Abs(x), TOperations.Constant(FastRangeBound));
        var result = CopySign<TVector, TOperations>(Magnitude<TVector, TOperations>(clamped), x);
        return TOperations.ConditionalSelect(TOperations.Equals(x, x), result, x);
    }

    /// <summary>tanh(a) = −t/(t + 2) with t = e^(−2a) − 1, for 0 ≤ a ≤ 40.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector Magnitude<TVector, TOperations>(TVector absolute)
        where TOperations : IVectorOperations<TVector, T>
    {
        var t = VectorExponential.ExpMinusOneOfNonPositive<T, TVector, TOperations>(TOperations.Multiply(absolute, TOperations.Constant(-2.0)));
        return TOperations.Divide(TOperations.Negate(t), TOperations.Add(t, TOperations.Constant(2.0)));
    }

    /// <summary>
    /// The bits of <paramref name="magnitude"/> with the sign bit of <paramref name="sign"/>: a bitwise
    /// select under the mask −0.0, whose only set bit is the sign bit. Keeps tanh(−0) = −0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector CopySign<TVector, TOperations>(TVector magnitude, TVector sign)
        where TOperations : IVectorOperations<TVector, T> =>
        TOperations.ConditionalSelect(TOperations.Constant(-0.0), sign, magnitude);
}
