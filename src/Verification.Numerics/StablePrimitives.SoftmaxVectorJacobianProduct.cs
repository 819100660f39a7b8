using System.Numerics.Tensors;

namespace Verification.Numerics;

public static partial class StablePrimitives
{
    /// <summary>
    /// Computes the vector-Jacobian product of softmax, Jᵀg = s ⊙ (g − ⟨s, g⟩) with s = softmax(x),
    /// without forming J: the backward pass of softmax for an upstream gradient g = ∂L/∂s.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Derivation: (Jᵀg)ⱼ = Σᵢ gᵢ·sᵢ(δᵢⱼ − sⱼ) = sⱼgⱼ − sⱼ·Σᵢ sᵢgᵢ. O(k) work and no k×k buffer,
    /// against O(k²) for forming J and multiplying.
    /// </para>
    /// <para>
    /// Stability and accuracy: s is the stable softmax; ⟨s, g⟩ is a dot product and gⱼ − ⟨s, g⟩ may
    /// cancel, which is the conditioning of the product itself, so the error is a few ulp of
    /// sⱼ·(|gⱼ| + Σᵢ sᵢ|gᵢ|). NaN or ∞ in g propagates to every entry (through ⟨s, g⟩).
    /// </para>
    /// </remarks>
    /// <param name="x">The logits.</param>
    /// <param name="upstreamGradient">The gradient g of a loss with respect to the softmax outputs.</param>
    /// <param name="destination">Receives Jᵀg; may be <paramref name="x"/> itself but must not overlap
    /// <paramref name="upstreamGradient"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty; <paramref name="upstreamGradient"/>
    /// differs in length from <paramref name="x"/>; <paramref name="destination"/> is too short, overlaps
    /// <paramref name="x"/> at a shifted offset, or overlaps <paramref name="upstreamGradient"/>.</exception>
    public static void SoftmaxVectorJacobianProduct<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> upstreamGradient, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        Guard.NotEmpty(x, nameof(x));
        Guard.SameLength(upstreamGradient, nameof(upstreamGradient), x, nameof(x));
        Guard.DestinationFits(destination, x.Length, nameof(destination));
        Guard.NoShiftedOverlap(x, nameof(x), destination, nameof(destination));
        Guard.NoOverlap(upstreamGradient, nameof(upstreamGradient), destination, nameof(destination));
        SoftmaxVectorJacobianProductRow(x, upstreamGradient, destination[..x.Length]);
    }

    /// <summary>
    /// Computes Jᵀg = s ⊙ (g − ⟨s, g⟩) for every row of a row-major batch (rows of
    /// <paramref name="rowWidth"/> logits and the matching rows of upstream gradients).
    /// </summary>
    /// <remarks>Each row as in <see cref="SoftmaxVectorJacobianProduct{T}(ReadOnlySpan{T}, ReadOnlySpan{T}, Span{T})"/>.</remarks>
    /// <param name="x">The batch of logits.</param>
    /// <param name="upstreamGradient">The batch of upstream gradients, the same shape as <paramref name="x"/>.</param>
    /// <param name="destination">Receives the batch of products; may be <paramref name="x"/> itself but must
    /// not overlap <paramref name="upstreamGradient"/>.</param>
    /// <param name="rowWidth">The number of classes per row.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowWidth"/> is not positive.</exception>
    /// <exception cref="ArgumentException">As for one row, or the length of <paramref name="x"/> is not
    /// divisible by <paramref name="rowWidth"/>.</exception>
    public static void SoftmaxVectorJacobianProduct<T>(
        ReadOnlySpan<T> x, ReadOnlySpan<T> upstreamGradient, Span<T> destination, int rowWidth)
        where T : IFloatingPointIeee754<T>
    {
        var rows = Guard.RowCount(x, nameof(x), rowWidth, nameof(rowWidth));
        Guard.SameLength(upstreamGradient, nameof(upstreamGradient), x, nameof(x));
        Guard.DestinationFits(destination, x.Length, nameof(destination));
        Guard.NoShiftedOverlap(x, nameof(x), destination, nameof(destination));
        Guard.NoOverlap(upstreamGradient, nameof(upstreamGradient), destination, nameof(destination));
        for (var row = 0; row < rows; row++)
        {
            var start = row * rowWidth;
            SoftmaxVectorJacobianProductRow(
                x.Slice(start, rowWidth), upstreamGradient.Slice(start, rowWidth), destination.Slice(start, rowWidth));
        }
    }

    private static void SoftmaxVectorJacobianProductRow<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> upstreamGradient, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        SoftmaxRow(x, destination);
        var weightedMean = TensorPrimitives.Dot<T>(destination, upstreamGradient);
        TensorPrimitives.AddMultiply(upstreamGradient, -weightedMean, destination, destination);
    }
}
