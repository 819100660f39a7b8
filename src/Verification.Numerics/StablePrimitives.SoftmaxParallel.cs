namespace Verification.Numerics;

public static partial class StablePrimitives
{
    /// <summary>
    /// Computes softmax(x)ᵢ = e^(xᵢ) / Σⱼ e^(xⱼ) row by row over a row-major batch, with the rows split
    /// across threads (one contiguous block of rows per worker).
    /// </summary>
    /// <remarks>
    /// <para>
    /// Each row exactly as in <see cref="Softmax{T}(ReadOnlySpan{T}, Span{T}, int)"/>: the same row
    /// kernel runs on every thread, so the results are bit-identical to the single-thread batch for any
    /// degree of parallelism.
    /// </para>
    /// <para>
    /// Small batches (below 128 K elements per worker, so below 256 K elements for two) run on the
    /// calling thread, where handing rows to the thread pool would cost more than it saves. Memory rather than spans because the workers
    /// hold on to the batch; an array converts implicitly.
    /// </para>
    /// </remarks>
    /// <param name="x">The batch of logits, rows × <paramref name="rowWidth"/>.</param>
    /// <param name="destination">Receives the batch of probabilities; may be <paramref name="x"/> itself.</param>
    /// <param name="rowWidth">The number of classes per row.</param>
    /// <param name="maxDegreeOfParallelism">The most workers to use: positive, or −1 for one per processor
    /// (as <see cref="ParallelOptions.MaxDegreeOfParallelism"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowWidth"/> is not positive, or
    /// <paramref name="maxDegreeOfParallelism"/> is 0 or below −1.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or its length is not divisible by
    /// <paramref name="rowWidth"/>; <paramref name="destination"/> is shorter than <paramref name="x"/> or
    /// overlaps it at a shifted offset.</exception>
    public static void SoftmaxParallel<T>(ReadOnlyMemory<T> x, Memory<T> destination, int rowWidth, int maxDegreeOfParallelism = -1)
        where T : IFloatingPointIeee754<T>
        => ParallelRowwiseKernel.Batch(x, destination, rowWidth, maxDegreeOfParallelism, SoftmaxRow);

    /// <summary>
    /// Computes log softmax(x)ᵢ = xᵢ − log Σⱼ e^(xⱼ) row by row over a row-major batch, with the rows
    /// split across threads.
    /// </summary>
    /// <remarks>Each row exactly as in <see cref="LogSoftmax{T}(ReadOnlySpan{T}, Span{T}, int)"/>;
    /// bit-identical to it, and small batches run on the calling thread, as in
    /// <see cref="SoftmaxParallel{T}(ReadOnlyMemory{T}, Memory{T}, int, int)"/>.</remarks>
    /// <param name="x">The batch of logits, rows × <paramref name="rowWidth"/>.</param>
    /// <param name="destination">Receives the batch of log-probabilities; may be <paramref name="x"/> itself.</param>
    /// <param name="rowWidth">The number of classes per row.</param>
    /// <param name="maxDegreeOfParallelism">The most workers to use: positive, or −1 for one per processor.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowWidth"/> is not positive, or
    /// <paramref name="maxDegreeOfParallelism"/> is 0 or below −1.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or its length is not divisible by
    /// <paramref name="rowWidth"/>; <paramref name="destination"/> is shorter than <paramref name="x"/> or
    /// overlaps it at a shifted offset.</exception>
    public static void LogSoftmaxParallel<T>(ReadOnlyMemory<T> x, Memory<T> destination, int rowWidth, int maxDegreeOfParallelism = -1)
        where T : IFloatingPointIeee754<T>
        => ParallelRowwiseKernel.Batch(x, destination, rowWidth, maxDegreeOfParallelism, LogSoftmaxRow);
}
