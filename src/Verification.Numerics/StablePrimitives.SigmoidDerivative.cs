namespace Verification.Numerics;

public static partial class StablePrimitives
{
    /// <summary>Computes σ′(xᵢ) = σ(xᵢ)·(1 − σ(xᵢ)) = e^(−xᵢ)/(1 + e^(−xᵢ))² for each element.</summary>
    /// <remarks>
    /// <para>
    /// Stability: evaluated in the even form e^(−|x|)/(1 + e^(−|x|))², so the exponential never
    /// overflows and the tails decay to subnormals (σ′(x) ≈ e^(−|x|)) instead of σ(x)·(1 − σ(x))
    /// collapsing to 0 once σ(x) rounds to 1 (from |x| ≈ 17 in float).
    /// </para>
    /// <para>Accuracy: within 6 ulp (one exponential, one quotient, two products). NaN gives NaN;
    /// σ′(±∞) = 0.</para>
    /// </remarks>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives σ′(xᵢ); may be <paramref name="x"/> itself.</param>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty; <paramref name="destination"/> is
    /// shorter than <paramref name="x"/> or overlaps it at a shifted offset.</exception>
    public static void SigmoidDerivative<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
        => UnaryKernel.Apply<T, SigmoidDerivativeOperator<T>>(x, nameof(x), destination, nameof(destination));

    /// <summary>Computes σ′ = sᵢ·(1 − sᵢ) from sigmoid outputs sᵢ = σ(xᵢ), as backpropagation has them.</summary>
    /// <remarks>
    /// <para>
    /// Exact up to two roundings in terms of the given sᵢ. But sᵢ itself carries the rounding of σ, so
    /// when sᵢ is near 1 the factor 1 − sᵢ has few correct digits (and is 0 once σ rounds to 1); when
    /// xᵢ is at hand, <see cref="SigmoidDerivative{T}(ReadOnlySpan{T}, Span{T})"/> is accurate there.
    /// </para>
    /// <para>Values outside [0, 1] are not checked and give s·(1 − s) all the same; NaN gives NaN.</para>
    /// </remarks>
    /// <param name="sigmoid">The sigmoid outputs sᵢ.</param>
    /// <param name="destination">Receives sᵢ·(1 − sᵢ); may be <paramref name="sigmoid"/> itself.</param>
    /// <exception cref="ArgumentException"><paramref name="sigmoid"/> is empty; <paramref name="destination"/>
    /// is shorter than <paramref name="sigmoid"/> or overlaps it at a shifted offset.</exception>
    public static void SigmoidDerivativeFromSigmoid<T>(ReadOnlySpan<T> sigmoid, Span<T> destination)
        where T : IFloatingPointIeee754<T>
        => UnaryKernel.Apply<T, SigmoidDerivativeFromSigmoidOperator<T>>(sigmoid, nameof(sigmoid), destination, nameof(destination));
}

/// <summary>σ′(x) = e^(−|x|)·(1/(1 + e^(−|x|)))² for one vector.</summary>
internal readonly struct SigmoidDerivativeOperator<T> : IUnaryOperator<T>
    where T : IFloatingPointIeee754<T>
{
    public static double FastRangeBound => VectorExponential.FastBound<T>();

    public static T Invoke(T x) => ScalarMath.SigmoidDerivative(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector Invoke<TVector, TOperations, TExponential>(TVector x)
        where TOperations : IVectorOperations<TVector, T>
        where TExponential : IExponentialPolicy =>
        Evaluate<TVector, TOperations>(TExponential.Exp<T, TVector, TOperations>(TOperations.Negate(TOperations.Abs(x))));

    /// <summary>e·(1/(1 + e))² for e = e^(−|x|).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector Evaluate<TVector, TOperations>(TVector exponential)
        where TOperations : IVectorOperations<TVector, T>
    {
        var one = TOperations.Constant(1.0);
        var reciprocal = TOperations.Divide(one, TOperations.Add(one, exponential));
        return TOperations.Multiply(TOperations.Multiply(exponential, reciprocal), reciprocal);
    }
}

/// <summary>s·(1 − s) for one vector.</summary>
internal readonly struct SigmoidDerivativeFromSigmoidOperator<T> : IUnaryOperator<T>
    where T : IFloatingPointIeee754<T>
{
    public static double FastRangeBound => double.PositiveInfinity;

    public static T Invoke(T x) => x * (T.One - x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector Invoke<TVector, TOperations, TExponential>(TVector x)
        where TOperations : IVectorOperations<TVector, T>
        where TExponential : IExponentialPolicy =>
        TOperations.Multiply(x, TOperations.Subtract(TOperations.Constant(1.0), x));
}
