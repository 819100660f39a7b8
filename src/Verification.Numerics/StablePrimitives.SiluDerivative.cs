namespace Verification.Numerics;

public static partial class StablePrimitives
{
    /// <summary>Computes SiLU′(xᵢ) = σ(xᵢ)·(1 + xᵢ·(1 − σ(xᵢ))) for each element.</summary>
    /// <remarks>
    /// <para>
    /// Stability: with e = e^(−x), σ(x) = 1/(1 + e) and 1 − σ(x) = σ(−x) = e·σ(x), so the complement never
    /// cancels (for large x it is e^(−x), not 1 − 1 = 0), and 1 + x·σ(−x) is one fused multiply-add. Below
    /// −80 (float) / −700 (double), σ(−x) = 1 and the result (1 + x)·e^x is formed as
    /// ((1 + x)·e^(x/2))·e^(x/2), so subnormal results round once.
    /// </para>
    /// <para>
    /// Accuracy: within 4 ulp of the result plus 2 ulp of σ(x)·|x|·σ(−x). The second term matters only
    /// near the zero of SiLU′ at x ≈ −1.2785, where 1 + x·σ(−x) cancels by necessity: there the rounding
    /// of σ(−x) is all that is left. NaN gives NaN; SiLU′(+∞) = 1, SiLU′(−∞) = −0.
    /// </para>
    /// </remarks>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives SiLU′(xᵢ); may be <paramref name="x"/> itself.</param>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty; <paramref name="destination"/> is
    /// shorter than <paramref name="x"/> or overlaps it at a shifted offset.</exception>
    public static void SiluDerivative<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
        => UnaryKernel.Apply<T, SiluDerivativeOperator<T>>(x, nameof(x), destination, nameof(destination));
}

/// <summary>σ(x)·(1 + x·σ(−x)) for one vector; see <see cref="StablePrimitives.SiluDerivative{T}(ReadOnlySpan{T}, Span{T})"/>.</summary>
internal readonly struct SiluDerivativeOperator<T> : IUnaryOperator<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>As the sigmoid's: 80 (float) or 700 (double).</summary>
    public static double FastRangeBound => SigmoidOperator<T>.FastRangeBound;

    public static T Invoke(T x) => ScalarMath.SiluDerivative(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector Invoke<TVector, TOperations, TExponential>(TVector x)
        where TOperations : IVectorOperations<TVector, T>
        where TExponential : IExponentialPolicy
    {
        var exponential = TExponential.Exp<T, TVector, TOperations>(TOperations.Negate(x));
        if (ExponentialRange.IsFast<TExponential>())
        {
            return Evaluate<TVector, TOperations>(x, exponential);
        }

        // Above the bound x·e^(−x) is 0 to far below an ulp; capping x keeps +∞ out of ∞·0.
        var capped = TOperations.Min(x, TOperations.Constant(FastRangeBound));
        var result = Evaluate<TVector, TOperations>(capped, exponential);

        // Below −bound: (1 + x)·e^x, SiLU's tail with a = 1 (the bounds are the same).
        return SiluOperator<T>.WithTailBelowBound<TVector, TOperations>(x, 1.0, result);
    }

    /// <summary>σ·(1 + x·e·σ) with σ = 1/(1 + e), e = e^(−x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector Evaluate<TVector, TOperations>(TVector x, TVector exponential)
        where TOperations : IVectorOperations<TVector, T>
    {
        var one = TOperations.Constant(1.0);
        var sigmoid = TOperations.Divide(one, TOperations.Add(one, exponential));
        return TOperations.Multiply(sigmoid, TOperations.FusedMultiplyAdd(x, TOperations.Multiply(exponential, sigmoid), one));
    }
}
