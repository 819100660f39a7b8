using System.Numerics.Tensors;

namespace Verification.Numerics;

public static partial class StablePrimitives
{
    /// <summary>Computes log softmax(x)ᵢ = xᵢ − log Σⱼ e^(xⱼ) over one vector.</summary>
    /// <remarks>
    /// <para>
    /// Stability: with m = maxⱼ xⱼ and Σ′ = Σⱼ e^(xⱼ − m) − 1 (the sum without one maximal term),
    /// log softmax(x)ᵢ = (xᵢ − m) − log1p(Σ′). It is never formed as log(softmax): that is −∞ as soon
    /// as softmaxᵢ underflows, while (xᵢ − m) − log1p(Σ′) is finite for every finite input. log1p of
    /// the separately summed Σ′ keeps the tiny values right too: for x = (0, −50) the first result is
    /// −1.9·10⁻²², where log(fl(1 + Σ′)) would give 0.
    /// </para>
    /// <para>
    /// Accuracy: within (c + |xᵢ − m|) ulp of the exact value with c = 3 (measured maxima over the
    /// test sweep: 1.9 float, 2.0 double). No cancellation can occur, because xᵢ − m ≤ 0 and log1p(Σ′) ≥ 0, and Σ′ sums the
    /// exponentials of the exact shifts (see <see cref="IShiftedExponentialMode.CorrectsShiftRounding"/>),
    /// so the log-normaliser adds no |xⱼ − m| terms of the other entries.
    /// </para>
    /// <para>
    /// Cost: a max/min pass, one fused pass that stores xᵢ − m and sums the exponentials, and one pass that
    /// subtracts log1p(Σ′). No allocation.
    /// </para>
    /// <para>
    /// Special values: −∞ entries give −∞ (the exact value). A NaN entry, a +∞ entry or an all −∞
    /// vector makes every result NaN.
    /// </para>
    /// </remarks>
    /// <param name="x">The logits.</param>
    /// <param name="destination">Receives log softmax(x); may be <paramref name="x"/> itself.</param>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty; <paramref name="destination"/> is
    /// shorter than <paramref name="x"/> or overlaps it at a shifted offset.</exception>
    public static void LogSoftmax<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
        => RowwiseKernel.Row(x, destination, LogSoftmaxRow);

    /// <summary>
    /// Computes log softmax(x)ᵢ = xᵢ − log Σⱼ e^(xⱼ) row by row over a row-major batch (one
    /// observation per row of <paramref name="rowWidth"/> logits).
    /// </summary>
    /// <remarks>Each row as in <see cref="LogSoftmax{T}(ReadOnlySpan{T}, Span{T})"/> (same bound, c = 3).</remarks>
    /// <param name="x">The batch of logits, rows × <paramref name="rowWidth"/>.</param>
    /// <param name="destination">Receives the batch of log-probabilities; may be <paramref name="x"/> itself.</param>
    /// <param name="rowWidth">The number of classes per row.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowWidth"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or its length is not divisible by
    /// <paramref name="rowWidth"/>; <paramref name="destination"/> is shorter than <paramref name="x"/> or
    /// overlaps it at a shifted offset.</exception>
    public static void LogSoftmax<T>(ReadOnlySpan<T> x, Span<T> destination, int rowWidth)
        where T : IFloatingPointIeee754<T>
        => RowwiseKernel.Batch(x, destination, rowWidth, LogSoftmaxRow);

    /// <summary>Computes log softmax(x)ᵢ = xᵢ − log Σⱼ e^(xⱼ) of a MathNet vector.</summary>
    /// <remarks>As <see cref="LogSoftmax{T}(ReadOnlySpan{T}, Span{T})"/>.</remarks>
    /// <param name="x">The logits.</param>
    /// <returns>A new vector of log-probabilities.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty.</exception>
    public static MathNetVector LogSoftmax(MathNetVector x)
        => RowwiseKernel.Vector(x, LogSoftmaxRow);

    /// <summary>Computes log softmax(x)ᵢ = xᵢ − log Σⱼ e^(xⱼ) of every row of a MathNet matrix (rows are observations).</summary>
    /// <remarks>As <see cref="LogSoftmax{T}(ReadOnlySpan{T}, Span{T}, int)"/>.</remarks>
    /// <param name="x">The logits, one observation per row.</param>
    /// <returns>A new matrix of the same shape of log-probabilities.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static MathNetMatrix LogSoftmax(MathNetMatrix x)
        => RowwiseKernel.Matrix(x, LogSoftmaxRow);

    internal static void LogSoftmaxRow<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        var sums = ShiftedExponentialSum.Compute<T, LogSoftmaxDifferencesMode>(x, RowRangeKernel.Compute(x), destination);
        TensorPrimitives.Subtract(destination, sums.LogNormalizer, destination);
    }
}
