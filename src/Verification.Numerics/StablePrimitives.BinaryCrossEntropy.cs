using System.Numerics;
using Verification.Numerics.Common;

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
    /// <para>Special values: NaN propagates; an infinite logit gives NaN (∞ − ∞ or 0·∞).</para>
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
        for (var i = 0; i < logits.Length; i++)
        {
            destination[i] = ScalarMath.BinaryCrossEntropy(logits[i], targets[i]);
        }
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
        T sum = T.Zero, compensation = T.Zero;
        for (var i = 0; i < logits.Length; i++)
        {
            CompensatedSum.Add(ref sum, ref compensation, ScalarMath.BinaryCrossEntropy(logits[i], targets[i]));
        }

        return (sum + compensation) / T.CreateTruncating(logits.Length);
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
        for (var i = 0; i < logits.Length; i++)
        {
            destination[i] = ScalarMath.BinaryCrossEntropyGradient(logits[i], targets[i]);
        }
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
        var count = T.CreateTruncating(logits.Length);
        for (var i = 0; i < logits.Length; i++)
        {
            destination[i] = ScalarMath.BinaryCrossEntropyGradient(logits[i], targets[i]) / count;
        }
    }

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
