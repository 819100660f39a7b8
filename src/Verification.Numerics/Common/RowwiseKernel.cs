namespace Verification.Numerics.Common;

/// <summary>A kernel that maps one row of logits to a row of the same width.</summary>
internal delegate void RowKernel<T>(ReadOnlySpan<T> row, Span<T> destination);

/// <summary>A row kernel with one scalar parameter (the softmax temperature), passed along without a closure.</summary>
internal delegate void ParameterizedRowKernel<T>(ReadOnlySpan<T> row, Span<T> destination, T parameter);

/// <summary>
/// The shared front of the row-to-row kernels (softmax, log-softmax, and their tempered forms): argument
/// checks (the temperature's first), the loop over a row-major batch, and the MathNet overloads, so each
/// kernel file holds only its row algorithm. An element-wise kernel is a row kernel too: the sigmoid's
/// MathNet vector overload is <see cref="Vector(MathNetVector, RowKernel{double})"/> over it. A delegate call per row costs nothing next to a row's exp
/// pass; the temperature travels in a struct, so a tempered call allocates no closure.
/// </summary>
internal static class RowwiseKernel
{
    public static void Row<T>(ReadOnlySpan<T> x, Span<T> destination, RowKernel<T> kernel)
        where T : IFloatingPointIeee754<T>
        => CheckedRow(x, destination, new Plain<T>(kernel));

    public static void Batch<T>(ReadOnlySpan<T> x, Span<T> destination, int rowWidth, RowKernel<T> kernel)
        where T : IFloatingPointIeee754<T>
        => CheckedBatch(x, destination, rowWidth, new Plain<T>(kernel));

    public static MathNetVector Vector(MathNetVector x, RowKernel<double> kernel) => CheckedVector(x, new Plain<double>(kernel));

    public static MathNetMatrix Matrix(MathNetMatrix x, RowKernel<double> kernel) => CheckedMatrix(x, new Plain<double>(kernel));

    public static void Row<T>(ReadOnlySpan<T> x, Span<T> destination, T temperature, ParameterizedRowKernel<T> kernel)
        where T : IFloatingPointIeee754<T>
    {
        Guard.Temperature(temperature, nameof(temperature));
        CheckedRow(x, destination, new Tempered<T>(kernel, temperature));
    }

    public static void Batch<T>(ReadOnlySpan<T> x, Span<T> destination, int rowWidth, T temperature, ParameterizedRowKernel<T> kernel)
        where T : IFloatingPointIeee754<T>
    {
        Guard.Temperature(temperature, nameof(temperature));
        CheckedBatch(x, destination, rowWidth, new Tempered<T>(kernel, temperature));
    }

    public static MathNetVector Vector(MathNetVector x, double temperature, ParameterizedRowKernel<double> kernel)
    {
        Guard.Temperature(temperature, nameof(temperature));
        return CheckedVector(x, new Tempered<double>(kernel, temperature));
    }

    public static MathNetMatrix Matrix(MathNetMatrix x, double temperature, ParameterizedRowKernel<double> kernel)
    {
        Guard.Temperature(temperature, nameof(temperature));
        return CheckedMatrix(x, new Tempered<double>(kernel, temperature));
    }

    private static void CheckedRow<T, TKernel>(ReadOnlySpan<T> x, Span<T> destination, TKernel kernel)
        where T : IFloatingPointIeee754<T>
        where TKernel : struct, IRowKernel<T>
    {
        Guard.NotEmpty(x, nameof(x));
        Guard.DestinationFits(destination, x.Length, nameof(destination));
        Guard.NoShiftedOverlap(x, nameof(x), destination, nameof(destination));
        kernel.Apply(x, destination[..x.Length]);
    }

    private static void CheckedBatch<T, TKernel>(ReadOnlySpan<T> x, Span<T> destination, int rowWidth, TKernel kernel)
        where T : IFloatingPointIeee754<T>
        where TKernel : struct, IRowKernel<T>
    {
        var rows = Guard.RowCount(x, nameof(x), rowWidth, nameof(rowWidth));
        Guard.DestinationFits(destination, x.Length, nameof(destination));
        Guard.NoShiftedOverlap(x, nameof(x), destination, nameof(destination));
        for (var row = 0; row < rows; row++)
        {
            var start = row * rowWidth;
            kernel.Apply(x.Slice(start, rowWidth), destination.Slice(start, rowWidth));
        }
    }

    private static MathNetVector CheckedVector<TKernel>(MathNetVector x, TKernel kernel)
        where TKernel : struct, IRowKernel<double>
    {
        ArgumentNullException.ThrowIfNull(x);
        var values = x.ToArray();
        CheckedRow<double, TKernel>(values, values, kernel);
        return MathNetVector.Build.DenseOfArray(values);
    }

    private static MathNetMatrix CheckedMatrix<TKernel>(MathNetMatrix x, TKernel kernel)
        where TKernel : struct, IRowKernel<double>
    {
        ArgumentNullException.ThrowIfNull(x);
        var values = x.ToRowMajorArray();
        CheckedBatch<double, TKernel>(values, values, x.ColumnCount, kernel);
        return MathNetMatrix.Build.DenseOfRowMajor(x.RowCount, x.ColumnCount, values);
    }

    /// <summary>One row through a kernel; a struct, so the generic loops above call it directly.</summary>
    private interface IRowKernel<T>
    {
        void Apply(ReadOnlySpan<T> row, Span<T> destination);
    }

    private readonly struct Plain<T>(RowKernel<T> kernel) : IRowKernel<T>
    {
        public void Apply(ReadOnlySpan<T> row, Span<T> destination) => kernel(row, destination);
    }

    private readonly struct Tempered<T>(ParameterizedRowKernel<T> kernel, T temperature) : IRowKernel<T>
    {
        public void Apply(ReadOnlySpan<T> row, Span<T> destination) => kernel(row, destination, temperature);
    }
}
