using System.Numerics.Tensors;

namespace Verification.Numerics;

public static partial class StablePrimitives
{
    /// <summary>
    /// Computes the Jacobian of softmax at x, Jᵢⱼ = ∂sᵢ/∂xⱼ = sᵢ·(δᵢⱼ − sⱼ) with s = softmax(x), as a
    /// k×k row-major matrix (k = length of x).
    /// </summary>
    /// <remarks>
    /// <para>
    /// Stability: s is the stable softmax. Off-diagonal entries −sᵢsⱼ are single products. The
    /// diagonal sᵢ(1 − sᵢ) takes 1 − sᵢ for a maximal entry from the remainder Σ′/Σ (the sum of the
    /// other terms) instead of the cancelling 1 − sᵢ, so a confident row (sᵢ near 1) keeps a relative
    /// accuracy of a few ulp on its diagonal; every other entry has sᵢ ≤ ½ and 1 − sᵢ is accurate.
    /// </para>
    /// <para>
    /// Accuracy: each entry within a few ulp of sᵢ·(δᵢⱼ − sⱼ) formed from the softmax values (which
    /// carry the softmax bound). J is symmetric, singular (rows sum to 0) and costs k² memory; to
    /// multiply a vector by it, use
    /// <see cref="SoftmaxVectorJacobianProduct{T}(ReadOnlySpan{T}, ReadOnlySpan{T}, Span{T})"/>.
    /// </para>
    /// <para>Special values: as for softmax; a NaN row gives an all-NaN matrix.</para>
    /// </remarks>
    /// <param name="x">The logits (k of them).</param>
    /// <param name="destination">Receives J, k·k values row-major; must not overlap <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty; <paramref name="destination"/> is
    /// shorter than k² or overlaps <paramref name="x"/>.</exception>
    public static void SoftmaxJacobian<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        Guard.NotEmpty(x, nameof(x));
        var size = JacobianSize(x.Length, nameof(x));
        Guard.DestinationFits(destination, size, nameof(destination));
        Guard.NoOverlap(x, nameof(x), destination, nameof(destination));
        SoftmaxJacobianRow(x, destination[..size]);
    }

    /// <summary>
    /// Computes the softmax Jacobian Jᵢⱼ = sᵢ·(δᵢⱼ − sⱼ) of every row of a row-major batch: n rows of
    /// k = <paramref name="rowWidth"/> logits give n consecutive k×k row-major matrices (n×k×k values).
    /// </summary>
    /// <remarks>Each row as in <see cref="SoftmaxJacobian{T}(ReadOnlySpan{T}, Span{T})"/>.</remarks>
    /// <param name="x">The batch of logits, n × <paramref name="rowWidth"/>.</param>
    /// <param name="destination">Receives n·k·k values; must not overlap <paramref name="x"/>.</param>
    /// <param name="rowWidth">The number of classes k per row.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowWidth"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or its length is not divisible by
    /// <paramref name="rowWidth"/>; <paramref name="destination"/> is shorter than n·k² or overlaps
    /// <paramref name="x"/>.</exception>
    public static void SoftmaxJacobian<T>(ReadOnlySpan<T> x, Span<T> destination, int rowWidth)
        where T : IFloatingPointIeee754<T>
    {
        var rows = Guard.RowCount(x, nameof(x), rowWidth, nameof(rowWidth));
        var size = JacobianSize(rowWidth, nameof(rowWidth));
        if ((long)rows * size > int.MaxValue)
        {
            ThrowHelper.ThrowShapeMismatch(nameof(x), "The batch of Jacobians would exceed the largest span length.");
        }

        Guard.DestinationFits(destination, rows * size, nameof(destination));
        Guard.NoOverlap(x, nameof(x), destination, nameof(destination));
        for (var row = 0; row < rows; row++)
        {
            SoftmaxJacobianRow(x.Slice(row * rowWidth, rowWidth), destination.Slice(row * size, size));
        }
    }

    private static int JacobianSize(int width, string parameterName)
    {
        var size = (long)width * width;
        if (size > int.MaxValue)
        {
            ThrowHelper.ThrowShapeMismatch(parameterName, "The Jacobian (width²) would exceed the largest span length.");
        }

        return (int)size;
    }

    private static void SoftmaxJacobianRow<T>(ReadOnlySpan<T> x, Span<T> jacobian)
        where T : IFloatingPointIeee754<T>
    {
        // The last row of J is the scratch space for s: rows 0..k−2 are written from it, and then the
        // last row is overwritten in place (entry j of it only needs sⱼ and the saved s_{k−1}).
        var width = x.Length;
        var probabilities = jacobian.Slice((width - 1) * width, width);
        var complement = SoftmaxRowWithComplement(x, probabilities);
        for (var i = 0; i < width - 1; i++)
        {
            WriteJacobianRow(probabilities, i, complement.Complement(x[i], probabilities[i]), jacobian.Slice(i * width, width));
        }

        var lastIndex = width - 1;
        WriteJacobianRow(probabilities, lastIndex, complement.Complement(x[lastIndex], probabilities[lastIndex]), probabilities);
    }

    private static void WriteJacobianRow<T>(ReadOnlySpan<T> probabilities, int index, T complement, Span<T> row)
        where T : IFloatingPointIeee754<T>
    {
        var probability = probabilities[index];
        TensorPrimitives.Multiply(probabilities, -probability, row);
        row[index] = probability * complement;
    }
}
