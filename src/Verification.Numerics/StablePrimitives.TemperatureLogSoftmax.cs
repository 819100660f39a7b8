using System.Buffers;
using System.Numerics.Tensors;

namespace Verification.Numerics;

public static partial class StablePrimitives
{
    /// <summary>
    /// Computes the tempered log-softmax log softmax(x/T)ᵢ = xᵢ/T − log Σⱼ e^(xⱼ/T) over one vector.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Stability: with m = maxⱼ xⱼ, yᵢ = (xᵢ − m)/T (shift first, then divide, so nothing overflows to
    /// +∞; see <see cref="SoftmaxWithTemperature{T}(ReadOnlySpan{T}, Span{T}, T)"/>) and Σ′ = Σⱼ e^(yⱼ) − 1,
    /// log softmax(x/T)ᵢ = yᵢ − log1p(Σ′), as in the plain <see cref="LogSoftmax{T}(ReadOnlySpan{T}, Span{T})"/>:
    /// finite for every finite input (−∞ only where the exact value is beyond the format).
    /// </para>
    /// <para>
    /// Accuracy: within (c + 2·|xᵢ − m|/T) ulp of the exact value with c = 3 (measured maxima over the
    /// test sweep, T from 10⁻³ to 10³: 2.33 float, 2.83 double). Σ′ is summed from the
    /// stored e^(yⱼ) (the fused pass of the plain kernel, run on the yⱼ) and then corrected by
    /// Σⱼ e^(yⱼ)·δⱼ, δⱼ the exact rounding error of yⱼ (<see cref="TemperatureShift.RoundingCorrection"/>), so the
    /// log-normaliser is that of the exact shifts. Without the correction a dominant entry's tiny result
    /// −log1p(Σ′) would carry |yⱼ| ulp of the other entries' roundings (up to 700 in double).
    /// </para>
    /// <para>
    /// Laws: T = 1 is the plain kernel, bit for bit: it runs the plain kernel, whose fused pass folds the
    /// same correction into each term.
    /// </para>
    /// <para>
    /// Cost: a max/min pass, the shift-and-divide passes (twice: the destination holds the exponentials in
    /// between), the fused pass with its own max/min pass, a scalar correction pass and the final
    /// subtraction. In place (<paramref name="destination"/> is <paramref name="x"/>) the logits are first
    /// copied to a buffer from <see cref="ArrayPool{T}.Shared"/>, because the correction reads them after the
    /// destination is overwritten; the pool hands the same buffer back, so repeated calls do not allocate.
    /// </para>
    /// <para>Special values as for the plain kernel.</para>
    /// </remarks>
    /// <param name="x">The logits.</param>
    /// <param name="destination">Receives log softmax(x/T); may be <paramref name="x"/> itself.</param>
    /// <param name="temperature">T &gt; 0, finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="temperature"/> is not positive, NaN or +∞.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty; <paramref name="destination"/> is
    /// shorter than <paramref name="x"/> or overlaps it at a shifted offset.</exception>
    public static void LogSoftmaxWithTemperature<T>(ReadOnlySpan<T> x, Span<T> destination, T temperature)
        where T : IFloatingPointIeee754<T>
        => RowwiseKernel.Row(x, destination, temperature, LogSoftmaxRow);

    /// <summary>
    /// Computes the tempered log-softmax log softmax(x/T) row by row over a row-major batch (one
    /// observation per row of <paramref name="rowWidth"/> logits).
    /// </summary>
    /// <remarks>Each row as in <see cref="LogSoftmaxWithTemperature{T}(ReadOnlySpan{T}, Span{T}, T)"/>.</remarks>
    /// <param name="x">The batch of logits, rows × <paramref name="rowWidth"/>.</param>
    /// <param name="destination">Receives the batch of log-probabilities; may be <paramref name="x"/> itself.</param>
    /// <param name="rowWidth">The number of classes per row.</param>
    /// <param name="temperature">T &gt; 0, finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="temperature"/> is not positive, NaN or +∞;
    /// <paramref name="rowWidth"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or its length is not divisible by
    /// <paramref name="rowWidth"/>; <paramref name="destination"/> is shorter than <paramref name="x"/> or
    /// overlaps it at a shifted offset.</exception>
    public static void LogSoftmaxWithTemperature<T>(ReadOnlySpan<T> x, Span<T> destination, int rowWidth, T temperature)
        where T : IFloatingPointIeee754<T>
        => RowwiseKernel.Batch(x, destination, rowWidth, temperature, LogSoftmaxRow);

    /// <summary>Computes the tempered log-softmax log softmax(x/T) of a MathNet vector.</summary>
    /// <remarks>As <see cref="LogSoftmaxWithTemperature{T}(ReadOnlySpan{T}, Span{T}, T)"/>.</remarks>
    /// <param name="x">The logits.</param>
    /// <param name="temperature">T &gt; 0, finite.</param>
    /// <returns>A new vector of log-probabilities.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="temperature"/> is not positive, NaN or +∞.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty.</exception>
    public static MathNetVector LogSoftmaxWithTemperature(MathNetVector x, double temperature)
        => RowwiseKernel.Vector(x, temperature, LogSoftmaxRow);

    /// <summary>Computes the tempered log-softmax log softmax(x/T) of every row of a MathNet matrix (rows are observations).</summary>
    /// <remarks>As <see cref="LogSoftmaxWithTemperature{T}(ReadOnlySpan{T}, Span{T}, int, T)"/>.</remarks>
    /// <param name="x">The logits, one observation per row.</param>
    /// <param name="temperature">T &gt; 0, finite.</param>
    /// <returns>A new matrix of the same shape of log-probabilities.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="temperature"/> is not positive, NaN or +∞.</exception>
    public static MathNetMatrix LogSoftmaxWithTemperature(MathNetMatrix x, double temperature)
        => RowwiseKernel.Matrix(x, temperature, LogSoftmaxRow);

    internal static void LogSoftmaxRow<T>(ReadOnlySpan<T> x, Span<T> destination, T temperature)
        where T : IFloatingPointIeee754<T>
    {
        if (temperature == T.One)
        {
            LogSoftmaxRow(x, destination);
            return;
        }

        if (!x.Overlaps(destination))
        {
            TemperedLogSoftmaxRow(x, destination, temperature);
            return;
        }

        var copy = ArrayPool<T>.Shared.Rent(x.Length);
        try
        {
            var logits = copy.AsSpan(0, x.Length);
            x.CopyTo(logits);
            TemperedLogSoftmaxRow(logits, destination, temperature);
        }
        finally
        {
            ArrayPool<T>.Shared.Return(copy);
        }
    }

    /// <summary>The tempered row for a destination disjoint from the logits.</summary>
    private static void TemperedLogSoftmaxRow<T>(ReadOnlySpan<T> x, Span<T> destination, T temperature)
        where T : IFloatingPointIeee754<T>
    {
        var range = RowRangeKernel.Compute(x);
        var maximum = range.Maximum;
        TemperatureShift.ShiftAndScale(x, range, temperature, destination);

        // The yⱼ have maximum 0, so the fused pass's own shift is exact; it stores e^(yⱼ) and returns Σ′.
        var sums = ShiftedExponentialSum.Compute<T, SoftmaxNumeratorsWithRemainderMode>(
            destination, RowRangeKernel.Compute<T>(destination), destination);
        var remainder = sums.Remainder + TemperatureShift.RoundingCorrection(x, maximum, temperature, destination);
        var logNormalizer = ScalarMath.LogOnePlus(remainder);

        TemperatureShift.ShiftAndScale(x, range, temperature, destination);
        TensorPrimitives.Subtract(destination, logNormalizer, destination);
    }
}
