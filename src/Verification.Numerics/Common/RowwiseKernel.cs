using System.Numerics;
using MathNetMatrix = MathNet.Numerics.LinearAlgebra.Matrix<double>;
using MathNetVector = MathNet.Numerics.LinearAlgebra.Vector<double>;

namespace Verification.Numerics.Common;

/// <summary>A kernel that maps one row of logits to a row of the same width.</summary>
internal delegate void RowKernel<T>(ReadOnlySpan<T> row, Span<T> destination);

/// <summary>A row kernel with one scalar parameter (the softmax temperature), passed along without a closure.</summary>
internal delegate void ParameterizedRowKernel<T>(ReadOnlySpan<T> row, Span<T> destination, T parameter);

/// <summary>
/// The shared front of the row-to-row kernels (softmax, log-softmax): argument checks, the loop over
/// a row-major batch, and the MathNet overloads, so each kernel file holds only its row algorithm.
/// A delegate call per row costs nothing next to a row's exp pass.
/// </summary>
internal static class RowwiseKernel
{
    public static void Row<T>(ReadOnlySpan<T> x, Span<T> destination, RowKernel<T> kernel)
        where T : IFloatingPointIeee754<T>
    {
        Guard.NotEmpty(x, nameof(x));
        Guard.DestinationFits(destination, x.Length, nameof(destination));
        Guard.NoShiftedOverlap(x, nameof(x), destination, nameof(destination));
        kernel(x, destination[..x.Length]);
    }

    public static void Batch<T>(ReadOnlySpan<T> x, Span<T> destination, int rowWidth, RowKernel<T> kernel)
        where T : IFloatingPointIeee754<T>
    {
        var rows = Guard.RowCount(x, nameof(x), rowWidth, nameof(rowWidth));
        Guard.DestinationFits(destination, x.Length, nameof(destination));
        Guard.NoShiftedOverlap(x, nameof(x), destination, nameof(destination));
        for (var row = 0; row < rows; row++)
        {
            var start = row * rowWidth;
            kernel(x.Slice(start, rowWidth), destination.Slice(start, rowWidth));
        }
    }

    public static void Row<T>(ReadOnlySpan<T> x, Span<T> destination, T parameter, ParameterizedRowKernel<T> kernel)
        where T : IFloatingPointIeee754<T>
    {
        Guard.NotEmpty(x, nameof(x));
        Guard.DestinationFits(destination, x.Length, nameof(destination));
        Guard.NoShiftedOverlap(x, nameof(x), destination, nameof(destination));
        kernel(x, destination[..x.Length], parameter);
    }

    public static void Batch<T>(ReadOnlySpan<T> x, Span<T> destination, int rowWidth, T parameter, ParameterizedRowKernel<T> kernel)
        where T : IFloatingPointIeee754<T>
    {
        var rows = Guard.RowCount(x, nameof(x), rowWidth, nameof(rowWidth));
        Guard.DestinationFits(destination, x.Length, nameof(destination));
        Guard.NoShiftedOverlap(x, nameof(x), destination, nameof(destination));
        for (var row = 0; row < rows; row++)
        {
            var start = row * rowWidth;
            kernel(x.Slice(start, rowWidth), destination.Slice(start, rowWidth), parameter);
        }
    }

    public static MathNetVector Vector(MathNetVector x, RowKernel<double> kernel)
    {
        ArgumentNullException.ThrowIfNull(x);
        var values = x.ToArray();
        Row(values, values, kernel);
        return MathNetVector.Build.DenseOfArray(values);
    }

    public static MathNetMatrix Matrix(MathNetMatrix x, RowKernel<double> kernel)
    {
        ArgumentNullException.ThrowIfNull(x);
        var values = x.ToRowMajorArray();
        Batch(values, values, x.ColumnCount, kernel);
        return MathNetMatrix.Build.DenseOfRowMajor(x.RowCount, x.ColumnCount, values);
    }

    public static MathNetVector Vector(MathNetVector x, double parameter, ParameterizedRowKernel<double> kernel)
    {
        ArgumentNullException.ThrowIfNull(x);
        var values = x.ToArray();
        Row(values, values, parameter, kernel);
        return MathNetVector.Build.DenseOfArray(values);
    }

    public static MathNetMatrix Matrix(MathNetMatrix x, double parameter, ParameterizedRowKernel<double> kernel)
    {
        ArgumentNullException.ThrowIfNull(x);
        var values = x.ToRowMajorArray();
        Batch(values, values, x.ColumnCount, parameter, kernel);
        return MathNetMatrix.Build.DenseOfRowMajor(x.RowCount, x.ColumnCount, values);
    }
}
