using System.Buffers;
using System.Numerics.Tensors;

namespace Verification.Numerics;

public static partial class StablePrimitives
{
    /// <summary>
    /// Computes the binary cross-entropy of each logit zᵢ against its target yᵢ ∈ [0, 1]:
    /// −yᵢ·log σ(zᵢ) − (1 − yᵢ)·log(1 − σ(zᵢ)).
    /// </summary>
    /// <remarks>
    /// <para>
    /// Stability: evaluated as max(z, 0) − z·y + log1p(e^(−|z|)), the form that never exponentiates a
    /// positive number and never takes log of a rounded probability: log σ(z) = −log1p(e^(−z)) would
    /// overflow for z ≪ 0 and log(1 − σ(z)) is −∞ once σ(z) rounds to 1. Finite for every finite
    /// input, with log1p accurate for tiny e^(−|z|).
    /// </para>
    /// <para>Special values: NaN propagates; z = +∞ gives NaN (∞ − ∞, or ∞ − 0·∞), and z = −∞ gives +∞
    /// for y &gt; 0 (0 − (−∞)) and NaN for y = 0 (0·∞).</para>
    /// <para>SIMD over float and double: one exponential and one log1p per element, as log-sigmoid.</para>
    /// </remarks>
    /// <param name="logits">The logits zᵢ.</param>
    /// <param name="targets">The targets yᵢ ∈ [0, 1], the same length.</param>
    /// <param name="destination">Receives the loss of each element; may be <paramref name="logits"/> itself.</param>
    /// <exception cref="ArgumentException"><paramref name="logits"/> is empty; the lengths differ;
    /// <paramref name="destination"/> is too short or overlaps an input at a shifted offset.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A target lies outside [0, 1].</exception>
    public static void BinaryCrossEntropy<T>(ReadOnlySpan<T> logits, ReadOnlySpan<T> targets, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        CheckBinaryTargets(logits, targets);
        CheckBinaryDestination(logits, targets, destination);
        BinaryKernel.Apply<T, BinaryCrossEntropyOperator<T>>(logits, targets, destination);
    }

    /// <summary>
    /// Computes the mean binary cross-entropy (1/n)·Σᵢ [max(zᵢ, 0) − zᵢ·yᵢ + log1p(e^(−|zᵢ|))].
    /// </summary>
    /// <remarks>Each term as in <see cref="BinaryCrossEntropy{T}(ReadOnlySpan{T}, ReadOnlySpan{T}, Span{T})"/>;
    /// a compensated sum divided by n.</remarks>
    /// <param name="logits">The logits zᵢ.</param>
    /// <param name="targets">The targets yᵢ ∈ [0, 1], the same length.</param>
    /// <returns>The mean loss.</returns>
    /// <exception cref="ArgumentException"><paramref name="logits"/> is empty; the lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A target lies outside [0, 1].</exception>
    public static T BinaryCrossEntropyMean<T>(ReadOnlySpan<T> logits, ReadOnlySpan<T> targets)
        where T : IFloatingPointIeee754<T>
    {
        CheckBinaryTargets(logits, targets);
        var chunkLength = Math.Min(logits.Length, MeanChunkLength);
        var terms = ArrayPool<T>.Shared.Rent(chunkLength);
        try
        {
            T sum = T.Zero, compensation = T.Zero;
            for (var start = 0; start < logits.Length; start += chunkLength)
            {
                var length = Math.Min(chunkLength, logits.Length - start);
                var chunk = terms.AsSpan(0, length);
                BinaryKernel.Apply<T, BinaryCrossEntropyOperator<T>>(logits.Slice(start, length), targets.Slice(start, length), chunk);
                foreach (var term in chunk)
                {
                    CompensatedSum.Add(ref sum, ref compensation, term);
                }
            }

            return (sum + compensation) / T.CreateTruncating(logits.Length);
        }
        finally
        {
            ArrayPool<T>.Shared.Return(terms);
        }
    }

    /// <summary>
    /// Computes the gradient of the binary cross-entropy with respect to each logit: σ(zᵢ) − yᵢ.
    /// </summary>
    /// <remarks>
    /// σ is the stable sigmoid; for yᵢ = 1 the entry is computed as −σ(−zᵢ), which keeps a confident
    /// correct prediction's small gradient accurate instead of cancelling σ(zᵢ) − 1.
    /// </remarks>
    /// <param name="logits">The logits zᵢ.</param>
    /// <param name="targets">The targets yᵢ ∈ [0, 1], the same length.</param>
    /// <param name="destination">Receives σ(zᵢ) − yᵢ; may be <paramref name="logits"/> itself.</param>
    /// <exception cref="ArgumentException"><paramref name="logits"/> is empty; the lengths differ;
    /// <paramref name="destination"/> is too short or overlaps an input at a shifted offset.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A target lies outside [0, 1].</exception>
    public static void BinaryCrossEntropyGradient<T>(ReadOnlySpan<T> logits, ReadOnlySpan<T> targets, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        CheckBinaryTargets(logits, targets);
        CheckBinaryDestination(logits, targets, destination);
        BinaryKernel.Apply<T, BinaryCrossEntropyGradientOperator<T>>(logits, targets, destination);
    }

    /// <summary>
    /// Computes the gradient of <see cref="BinaryCrossEntropyMean{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/> with
    /// respect to each logit: (σ(zᵢ) − yᵢ) / n.
    /// </summary>
    /// <remarks>As <see cref="BinaryCrossEntropyGradient{T}(ReadOnlySpan{T}, ReadOnlySpan{T}, Span{T})"/>, divided by n.</remarks>
    /// <param name="logits">The logits zᵢ.</param>
    /// <param name="targets">The targets yᵢ ∈ [0, 1], the same length.</param>
    /// <param name="destination">Receives (σ(zᵢ) − yᵢ)/n; may be <paramref name="logits"/> itself.</param>
    /// <exception cref="ArgumentException"><paramref name="logits"/> is empty; the lengths differ;
    /// <paramref name="destination"/> is too short or overlaps an input at a shifted offset.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A target lies outside [0, 1].</exception>
    public static void BinaryCrossEntropyMeanGradient<T>(ReadOnlySpan<T> logits, ReadOnlySpan<T> targets, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        CheckBinaryTargets(logits, targets);
        CheckBinaryDestination(logits, targets, destination);
        var gradient = destination[..logits.Length];
        BinaryKernel.Apply<T, BinaryCrossEntropyGradientOperator<T>>(logits, targets, gradient);
        TensorPrimitives.Divide(gradient, T.CreateTruncating(logits.Length), gradient);
    }

    /// <summary>
    /// Terms of the mean computed at a time into a pooled buffer (8 KiB of float), then added in order
    /// to the compensated sum: the vector kernel does the exponentials and logarithms, the sum stays
    /// sequential.
    /// </summary>
    private const int MeanChunkLength = 2048;

    private static void CheckBinaryTargets<T>(ReadOnlySpan<T> logits, ReadOnlySpan<T> targets)
        where T : IFloatingPointIeee754<T>
    {
        Guard.NotEmpty(logits, nameof(logits));
        Guard.SameLength(targets, nameof(targets), logits, nameof(logits));
        for (var i = 0; i < targets.Length; i++)
        {
            if (targets[i] < T.Zero || targets[i] > T.One)
            {
                ThrowHelper.ThrowProbabilityOutOfRange(nameof(targets), i, double.CreateTruncating(targets[i]));
            }
        }
    }

    private static void CheckBinaryDestination<T>(ReadOnlySpan<T> logits, ReadOnlySpan<T> targets, Span<T> destination)
    {
        Guard.DestinationFits(destination, logits.Length, "destination");
        Guard.NoShiftedOverlap(logits, nameof(logits), destination, "destination");
        Guard.NoShiftedOverlap(targets, nameof(targets), destination, "destination");
    }
}

/// <summary>
/// max(z, 0) − z·y + log1p(e^(−|z|)) for one vector, in the scalar form's order; see
/// <see cref="StablePrimitives.BinaryCrossEntropy{T}(ReadOnlySpan{T}, ReadOnlySpan{T}, Span{T})"/>.
/// </summary>
internal readonly struct BinaryCrossEntropyOperator<T> : IBinaryOperator<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>The exponential's: 87 (float), 708 (double); within it e^(−|z|) is normal.</summary>
    public static double FastRangeBound => VectorExponential.FastBound<T>();

    public static T Invoke(T x, T y) => ScalarMath.BinaryCrossEntropy(x, y);

    /// <remarks>Max propagates NaN (IEEE 754:2019 maximum); an infinite logit gives ∞ − ∞ or 0·∞ = NaN, as in the scalar form.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector Invoke<TVector, TOperations, TExponential>(TVector x, TVector y)
        where TOperations : IVectorOperations<TVector, T>
        where TExponential : IExponentialPolicy =>
        TOperations.Add(
            TOperations.Subtract(TOperations.Max(x, TOperations.Constant(0.0)), TOperations.Multiply(x, y)),
            VectorLogarithm.LogOnePlusExpOfMinusAbs<T, TVector, TOperations, TExponential>(x));
}

/// <summary>
/// σ(z) − y, and −σ(−z) where y = 1, for one vector from a single e = e^(−|z|) and a single quotient:
/// σ(|z|) = 1/(1 + e) and σ(−|z|) = e/(1 + e) are the scalar form's two sigmoid branches, so each lane
/// computes the same quotient the scalar code does; see
/// <see cref="StablePrimitives.BinaryCrossEntropyGradient{T}(ReadOnlySpan{T}, ReadOnlySpan{T}, Span{T})"/>.
/// </summary>
internal readonly struct BinaryCrossEntropyGradientOperator<T> : IBinaryOperator<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>The exponential's: 87 (float), 708 (double).</summary>
    public static double FastRangeBound => VectorExponential.FastBound<T>();

    public static T Invoke(T x, T y) => ScalarMath.BinaryCrossEntropyGradient(x, y);

    /// <remarks>
    /// With <see cref="AnyInputExponential"/>, e^(−|z|) rounds once where it is subnormal, and then 1 + e = 1,
    /// so σ(z) = e keeps its digits; an infinite z gives e = 0 and the limits 1 − y, −y or −0 of the scalar
    /// form; NaN gives NaN.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector Invoke<TVector, TOperations, TExponential>(TVector x, TVector y)
        where TOperations : IVectorOperations<TVector, T>
        where TExponential : IExponentialPolicy =>
        Combine<TVector, TOperations>(x, y, TExponential.Exp<T, TVector, TOperations>(TOperations.Negate(TOperations.Abs(x))));

    /// <summary>
    /// The numerator is 1 where the wanted sigmoid's argument is ≥ 0 (σ(z) with z ≥ 0, or σ(−z) with
    /// z &lt; 0 for y = 1), else e.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector Combine<TVector, TOperations>(TVector x, TVector y, TVector exponential)
        where TOperations : IVectorOperations<TVector, T>
    {
        var one = TOperations.Constant(1.0);
        var zero = TOperations.Constant(0.0);
        var targetIsOne = TOperations.Equals(y, one);
        var numeratorIsOne = TOperations.ConditionalSelect(targetIsOne, TOperations.LessThan(x, zero), TOperations.LessThanOrEqual(zero, x));
        var quotient = TOperations.Divide(TOperations.ConditionalSelect(numeratorIsOne, one, exponential), TOperations.Add(one, exponential));
        return TOperations.ConditionalSelect(targetIsOne, TOperations.Negate(quotient), TOperations.Subtract(quotient, y));
    }
}
