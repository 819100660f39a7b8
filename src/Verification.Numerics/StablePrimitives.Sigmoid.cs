namespace Verification.Numerics;

public static partial class StablePrimitives
{
    /// <summary>Computes σ(xᵢ) = 1 / (1 + e^(−xᵢ)) for each element.</summary>
    /// <remarks>
    /// <para>
    /// Stability: 1/(1 + e^(−x)) is used wherever e^(−x) cannot overflow, and e^x below −80 (float) or
    /// −700 (double), where σ(x) = e^x·(1 − e^x + …) equals e^x to far below an ulp. So results are
    /// never 0 where σ(x) is a positive subnormal (<c>TensorPrimitives.Sigmoid</c> returns 0 for
    /// float x below about −88.7), and never NaN for finite x.
    /// </para>
    /// <para>
    /// Accuracy: within 4 ulp everywhere, subnormal results included (the exponential errs by
    /// ≤ 1 ulp, the sum and the quotient by ½ ulp each; measured maxima 2.2 float, 2.0 double). NaN gives NaN; σ(+∞) = 1, σ(−∞) = 0.
    /// </para>
    /// </remarks>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives σ(xᵢ); may be <paramref name="x"/> itself.</param>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty; <paramref name="destination"/> is
    /// shorter than <paramref name="x"/> or overlaps it at a shifted offset.</exception>
    public static void Sigmoid<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
        => UnaryKernel.Apply<T, SigmoidOperator<T>>(x, nameof(x), destination, nameof(destination));

    /// <summary>Computes σ(xᵢ) = 1 / (1 + e^(−xᵢ)) for each element of a MathNet vector.</summary>
    /// <remarks>Same algorithm and accuracy as <see cref="Sigmoid{T}(ReadOnlySpan{T}, Span{T})"/>.</remarks>
    /// <param name="x">The inputs.</param>
    /// <returns>A new vector of σ(xᵢ).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty.</exception>
    public static MathNetVector Sigmoid(MathNetVector x)
        => RowwiseKernel.Vector(x, Sigmoid<double>);
}

/// <summary>σ(x) for one vector; see <see cref="StablePrimitives.Sigmoid{T}(ReadOnlySpan{T}, Span{T})"/>.</summary>
internal readonly struct SigmoidOperator<T> : IUnaryOperator<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>80 (float) or 700 (double): e^(−x) stays in the fast range of the exponential, and below −bound σ(x) = e^x to far below an ulp.</summary>
    public static double FastRangeBound => typeof(T) == typeof(float) ? 80.0 : 700.0;

    public static T Invoke(T x) => ScalarMath.Sigmoid(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector Invoke<TVector, TOperations, TExponential>(TVector x)
        where TOperations : IVectorOperations<TVector, T>
        where TExponential : IExponentialPolicy
    {
        var one = TOperations.Constant(1.0);
        var result = TOperations.Divide(
            one, TOperations.Add(one, TExponential.Exp<T, TVector, TOperations>(TOperations.Negate(x))));
        if (ExponentialRange.IsFast<TExponential>())
        {
            return result;
        }

        // e^(−x) overflows below about −88.7 (float) / −709.8 (double); there σ(x) = e^x to far
        // below an ulp (the relative difference is e^x itself).
        var threshold = TOperations.Constant(-FastRangeBound);
        return TOperations.ConditionalSelect(
            TOperations.LessThan(x, threshold), VectorExponential.ExpOfAnyInput<T, TVector, TOperations>(x), result);
    }
}
