namespace Verification.Numerics;

public static partial class StablePrimitives
{
    /// <summary>Computes softplus(xᵢ) = log(1 + e^(xᵢ)) for each element.</summary>
    /// <remarks>
    /// <para>
    /// Stability: evaluated as max(x, 0) + log1p(e^(−|x|)) = −log σ(−x). The exponential is at most 1, so
    /// nothing overflows (log(1 + e^x) is ∞ from x ≈ 88.7 in float; here softplus(x) = x + e^(−x) rounds
    /// to x), and both terms are non-negative, so nothing cancels. For very negative x, softplus(x) ≈ e^x
    /// through log1p, subnormal where it must be, never rounded to 0 early. softplus(x) − softplus(−x) = x
    /// holds exactly in real arithmetic: the two log1p terms are the same number.
    /// </para>
    /// <para>Accuracy: within 4 ulp (as <see cref="LogSigmoid{T}(ReadOnlySpan{T}, Span{T})"/>, of which it is
    /// the mirror image). NaN gives NaN; softplus(+∞) = +∞, softplus(−∞) = 0. SIMD, with the
    /// log-sigmoid's exponential and log1p. Its derivative is σ(x).</para>
    /// </remarks>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives softplus(xᵢ); may be <paramref name="x"/> itself.</param>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty; <paramref name="destination"/> is
    /// shorter than <paramref name="x"/> or overlaps it at a shifted offset.</exception>
    public static void Softplus<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
        => UnaryKernel.Apply<T, SoftplusOperator<T>>(x, nameof(x), destination, nameof(destination));
}

/// <summary>max(x, 0) + log1p(e^(−|x|)) for one vector; see <see cref="StablePrimitives.Softplus{T}(ReadOnlySpan{T}, Span{T})"/>.</summary>
internal readonly struct SoftplusOperator<T> : IUnaryOperator<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>The exponential's: 87 (float), 708 (double); within it e^(−|x|) is normal.</summary>
    public static double FastRangeBound => VectorExponential.FastBound<T>();

    public static T Invoke(T x) => ScalarMath.Softplus(x);

    /// <remarks>Max propagates NaN (IEEE 754:2019 maximum), as the log1p term does.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector Invoke<TVector, TOperations, TExponential>(TVector x)
        where TOperations : IVectorOperations<TVector, T>
        where TExponential : IExponentialPolicy =>
        TOperations.Add(
            TOperations.Max(x, TOperations.Constant(0.0)),
            VectorLogarithm.LogOnePlusExpOfMinusAbs<T, TVector, TOperations, TExponential>(x));
}
