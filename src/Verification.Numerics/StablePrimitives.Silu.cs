using System.Numerics;
using System.Runtime.CompilerServices;
using Verification.Numerics.Common;

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
    public static TVector InvokeInFastRange<TVector, TOperations>(TVector x)
        where TOperations : IVectorOperations<TVector, T> =>
        TOperations.Divide(
            x, TOperations.Add(TOperations.Constant(1.0), VectorExponential.ExpInFastRange<T, TVector, TOperations>(TOperations.Negate(x))));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector InvokeOnAnyInput<TVector, TOperations>(TVector x)
        where TOperations : IVectorOperations<TVector, T>
    {
        var result = TOperations.Divide(
            x, TOperations.Add(TOperations.Constant(1.0), VectorExponential.ExpOfAnyInput<T, TVector, TOperations>(TOperations.Negate(x))));

        // Below −bound: x·e^x as (x·e^(x/2))·e^(x/2), x clamped at −2000 so that −∞ gives −0.
        var clamped = TOperations.Max(x, TOperations.Constant(-2000.0));
        var half = VectorExponential.ExpOfAnyInput<T, TVector, TOperations>(TOperations.Multiply(clamped, TOperations.Constant(0.5)));
        var tail = TOperations.Multiply(TOperations.Multiply(clamped, half), half);
        return TOperations.ConditionalSelect(TOperations.LessThan(x, TOperations.Constant(-FastRangeBound)), tail, result);
    }
}
