namespace Verification.Numerics;

public static partial class StablePrimitives
{
    /// <summary>Computes SiLU(xᵢ) = xᵢ·σ(xᵢ) = xᵢ / (1 + e^(−xᵢ)) for each element (also called swish).</summary>
    /// <remarks>
    /// <para>
    /// Stability: the stable sigmoid's formula with xᵢ in place of its numerator 1, x/(1 + e^(−x)): one
    /// rounding fewer than x times a rounded σ(x). Below −80 (float) / −700 (double) σ(x) is a tiny
    /// (eventually subnormal) e^x whose few bits |x| would magnify into hundreds of ulp; there
    /// x·σ(x) = x·e^x to far below an ulp and is formed as (x·e^(x/2))·e^(x/2), so a subnormal result
    /// rounds once. Never NaN for finite x.
    /// </para>
    /// <para>
    /// Accuracy: within 4 ulp everywhere, subnormal results included (the exponential ≤ 1 ulp, the sum
    /// and the quotient ½ ulp each). NaN gives NaN; SiLU(+∞) = +∞, SiLU(−∞) = −0 (the limit from below).
    /// </para>
    /// </remarks>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives xᵢ·σ(xᵢ); may be <paramref name="x"/> itself.</param>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty; <paramref name="destination"/> is
    /// shorter than <paramref name="x"/> or overlaps it at a shifted offset.</exception>
    public static void Silu<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
        => UnaryKernel.Apply<T, SiluOperator<T>>(x, nameof(x), destination, nameof(destination));
}

/// <summary>x·σ(x) = x/(1 + e^(−x)) for one vector; see <see cref="StablePrimitives.Silu{T}(ReadOnlySpan{T}, Span{T})"/>.</summary>
internal readonly struct SiluOperator<T> : IUnaryOperator<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>As the sigmoid's: 80 (float) or 700 (double).</summary>
    public static double FastRangeBound => SigmoidOperator<T>.FastRangeBound;

    public static T Invoke(T x) => ScalarMath.Silu(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector Invoke<TVector, TOperations, TExponential>(TVector x)
        where TOperations : IVectorOperations<TVector, T>
        where TExponential : IExponentialPolicy
    {
        var result = TOperations.Divide(
            x, TOperations.Add(TOperations.Constant(1.0), TExponential.Exp<T, TVector, TOperations>(TOperations.Negate(x))));
        return ExponentialRange.IsFast<TExponential>() ? result : WithTailBelowBound<TVector, TOperations>(x, 0.0, result);
    }

    /// <summary>
    /// <paramref name="result"/>, and (a + x)·e^x below −<see cref="FastRangeBound"/>, where σ(x) = e^x to far
    /// below an ulp: SiLU(x) = x·σ(x) there is the case a = 0 and SiLU′(x) = (1 + x)·e^x the case a = 1. Formed as
    /// ((a + x)·e^(x/2))·e^(x/2), so a subnormal result rounds once; x is clamped at −2000 so that −∞ gives −0.
    /// </summary>
    /// <param name="x">The inputs.</param>
    /// <param name="offset">a, a constant of the caller (0 adds nothing).</param>
    /// <param name="result">The values above the bound.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static TVector WithTailBelowBound<TVector, TOperations>(TVector x, double offset, TVector result)
        where TOperations : IVectorOperations<TVector, T>
    {
        var clamped = TOperations.Max(x, TOperations.Constant(-2000.0));
        var factor = offset == 0.0 ? clamped : TOperations.Add(TOperations.Constant(offset), clamped);
        var half = VectorExponential.ExpOfAnyInput<T, TVector, TOperations>(TOperations.Multiply(clamped, TOperations.Constant(0.5)));
        var tail = TOperations.Multiply(TOperations.Multiply(factor, half), half);
        return TOperations.ConditionalSelect(TOperations.LessThan(x, TOperations.Constant(-FastRangeBound)), tail, result);
    }
}
