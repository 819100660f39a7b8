using System.Numerics;
using Verification.Numerics.Common;

namespace Verification.Numerics;

public static partial class StablePrimitives
{
    /// <summary>Computes log σ(xᵢ) = −log(1 + e^(−xᵢ)) for each element.</summary>
    /// <remarks>
    /// <para>
    /// Stability: evaluated as min(x, 0) − log1p(e^(−|x|)); the exponential is at most 1, and both
    /// terms have the sign of the result, so nothing cancels. log σ(x) ≈ x for very negative x (never
    /// −∞ for finite x) and ≈ −e^(−x) for large x (never rounded to 0 while −e^(−x) is representable).
    /// </para>
    /// <para>Accuracy: a few ulp (log1p by Kahan's trick errs by ≤ 5ε). NaN gives NaN; log σ(+∞) = 0,
    /// log σ(−∞) = −∞. Scalar code: the cost is one exp and one log per element.</para>
    /// </remarks>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives log σ(xᵢ); may be <paramref name="x"/> itself.</param>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty; <paramref name="destination"/> is
    /// shorter than <paramref name="x"/> or overlaps it at a shifted offset.</exception>
    public static void LogSigmoid<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        Guard.NotEmpty(x, nameof(x));
        Guard.DestinationFits(destination, x.Length, nameof(destination));
        Guard.NoShiftedOverlap(x, nameof(x), destination, nameof(destination));
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = ScalarMath.LogSigmoid(x[i]);
        }
    }
}
