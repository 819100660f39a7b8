using System.Numerics.Tensors;

namespace Verification.Numerics;

public static partial class StablePrimitives
{
    /// <summary>Computes log Σᵢ e^(xᵢ) of one vector.</summary>
    /// <remarks>
    /// <para>
    /// Stability: m + log1p(Σ′) with m = maxᵢ xᵢ and Σ′ = Σᵢ e^(xᵢ − m) − 1 summed without one maximal
    /// term, so it neither overflows (x = 1000) nor underflows (x = −1000) and keeps the tiny excess
    /// over m (for x = (0, −50), 1.9·10⁻²², not 0).
    /// </para>
    /// <para>
    /// Accuracy: within 3 ulp of |m| + log1p(Σ′) (measured 1.4 float, 1.1 double); relative to the result this grows only where m and log1p(Σ′) cancel, which is
    /// the conditioning of the function itself.
    /// </para>
    /// <para>
    /// Special values: the exact limits for infinite maxima: +∞ if any entry is +∞, −∞ if all are −∞;
    /// NaN if any entry is NaN.
    /// </para>
    /// </remarks>
    /// <param name="x">The values.</param>
    /// <returns>log Σᵢ e^(xᵢ).</returns>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty.</exception>
    public static T LogSumExp<T>(ReadOnlySpan<T> x)
        where T : IFloatingPointIeee754<T>
    {
        Guard.NotEmpty(x, nameof(x));
        return LogSumExpRow(x);
    }

    /// <summary>
    /// Computes log Σⱼ e^(xᵣⱼ) for every row r of a row-major batch (one observation per row of
    /// <paramref name="rowWidth"/> values).
    /// </summary>
    /// <remarks>Each row as in <see cref="LogSumExp{T}(ReadOnlySpan{T})"/>.</remarks>
    /// <param name="x">The batch, rows × <paramref name="rowWidth"/>.</param>
    /// <param name="destination">Receives one value per row; may start at <paramref name="x"/>.</param>
    /// <param name="rowWidth">The number of values per row.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowWidth"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or its length is not divisible by
    /// <paramref name="rowWidth"/>; <paramref name="destination"/> is shorter than the number of rows or
    /// overlaps <paramref name="x"/> at a shifted offset.</exception>
    public static void LogSumExp<T>(ReadOnlySpan<T> x, Span<T> destination, int rowWidth)
        where T : IFloatingPointIeee754<T>
    {
        var rows = Guard.RowCount(x, nameof(x), rowWidth, nameof(rowWidth));
        Guard.DestinationFits(destination, rows, nameof(destination));
        Guard.NoShiftedOverlap(x, nameof(x), destination, nameof(destination));

        // In place is safe: result r lands at index r, which belongs to a row at or before row r.
        for (var row = 0; row < rows; row++)
        {
            destination[row] = LogSumExpRow(x.Slice(row * rowWidth, rowWidth));
        }
    }

    /// <summary>Computes log Σᵢ e^(xᵢ) of a MathNet vector.</summary>
    /// <remarks>As <see cref="LogSumExp{T}(ReadOnlySpan{T})"/>.</remarks>
    /// <param name="x">The values.</param>
    /// <returns>log Σᵢ e^(xᵢ).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty.</exception>
    public static double LogSumExp(MathNetVector x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return LogSumExp<double>(x.ToArray());
    }

    /// <summary>Computes log Σⱼ e^(xᵣⱼ) for every row r of a MathNet matrix (rows are observations).</summary>
    /// <remarks>As <see cref="LogSumExp{T}(ReadOnlySpan{T}, Span{T}, int)"/>.</remarks>
    /// <param name="x">The values, one observation per row.</param>
    /// <returns>A new vector with one entry per row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static MathNetVector LogSumExp(MathNetMatrix x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var values = x.ToRowMajorArray();
        var result = new double[x.RowCount];
        LogSumExp<double>(values, result, x.ColumnCount);
        return MathNetVector.Build.DenseOfArray(result);
    }

    internal static T LogSumExpRow<T>(ReadOnlySpan<T> x)
        where T : IFloatingPointIeee754<T>
    {
        var range = RowRangeKernel.Compute(x);
        var maximum = range.Maximum;
        if (T.IsInfinity(maximum))
        {
            return maximum;
        }

        var sums = ShiftedExponentialSum.Compute<T, LogSumExpMode>(x, range, default);
        return maximum + sums.LogNormalizer;
    }
}
