namespace Verification.Numerics.Common;

/// <summary>
/// The front of the opt-in parallel batch kernels: the same checks as <see cref="RowwiseKernel.Batch{T}(ReadOnlySpan{T}, Span{T}, int, RowKernel{T})"/>,
/// then the rows cut into one contiguous block per worker. Every row is computed by the same row
/// kernel, on whichever thread, so the results are bit-identical to the single-thread batch; only
/// the order in which rows finish differs.
/// </summary>
internal static class ParallelRowwiseKernel
{
    /// <summary>
    /// A worker gets at least this many elements, else the batch runs on the calling thread. Measured
    /// on the 2-core benchmark machine (RESULTS.md, "Parallel batch"): two workers on 64 K and 128 K
    /// float elements in rows of 1000 (20 and 45 µs of work) ran 0.7–1.35× the single-thread time,
    /// at 256 K 1.46–1.95×, at 1 M 2.0×; so two workers start at 2 × 128 K elements and a small batch
    /// is never handed to the thread pool.
    /// </summary>
    public const int MinimumElementsPerWorker = 128 * 1024;

    public static void Batch<T>(ReadOnlyMemory<T> x, Memory<T> destination, int rowWidth, int maxDegreeOfParallelism, RowKernel<T> kernel)
        where T : IFloatingPointIeee754<T>
    {
        var rows = Guard.RowCount(x.Span, nameof(x), rowWidth, nameof(rowWidth));
        Guard.DestinationFits(destination.Span, x.Length, nameof(destination));
        Guard.NoShiftedOverlap(x.Span, nameof(x), destination.Span, nameof(destination));
        Guard.DegreeOfParallelism(maxDegreeOfParallelism, nameof(maxDegreeOfParallelism));

        var degree = maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        var workers = WorkerCount(rows, x.Length, degree);
        if (workers <= 1)
        {
            RowwiseKernel.Batch(x.Span, destination.Span, rowWidth, kernel);
            return;
        }

        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = degree }, worker =>
        {
            var (first, end) = RowBlock(rows, workers, worker);
            var input = x.Span;
            var output = destination.Span;
            for (var row = first; row < end; row++)
            {
                var start = row * rowWidth;
                kernel(input.Slice(start, rowWidth), output.Slice(start, rowWidth));
            }
        });
    }

    /// <summary>
    /// One worker per <see cref="MinimumElementsPerWorker"/> elements, at most one per row and at most
    /// <paramref name="degree"/>; 1 means the calling thread does it all.
    /// </summary>
    internal static int WorkerCount(int rows, int length, int degree) =>
        Math.Max(1, Math.Min(Math.Min(degree, rows), length / MinimumElementsPerWorker));

    /// <summary>Rows [first, end) of worker w out of k: ⌊rows·w/k⌋ to ⌊rows·(w+1)/k⌋, so blocks differ by at most one row.</summary>
    internal static (int First, int End) RowBlock(int rows, int workers, int worker) =>
        ((int)((long)rows * worker / workers), (int)((long)rows * (worker + 1) / workers));
}
