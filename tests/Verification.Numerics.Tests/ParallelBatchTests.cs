using System.Numerics;
using System.Runtime.InteropServices;
using Verification.Numerics.Common;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests;

/// <summary>
/// <see cref="StablePrimitives.SoftmaxParallel{T}(ReadOnlyMemory{T}, Memory{T}, int, int)"/> and its
/// log-softmax twin: bit for bit the single-thread batch for every degree of parallelism, in place too,
/// the same argument checks, and the rule that splits a batch into workers (small batches stay on the
/// calling thread). No timing here: the speed-up is measured by the benchmarks.
/// </summary>
public abstract class ParallelBatchTests<T>
    where T : struct, IFloatingPointIeee754<T>
{
    // Shapes, rows × width: about 10⁶ elements, at least seven workers' worth; the odd counts split unevenly.
    [Theory]
    [InlineData(1000, 1000)]
    [InlineData(149_797, 7)]
    [InlineData(13, 80_000)]
    public void SoftmaxIsBitIdenticalToTheSingleThreadBatch(int rows, int rowWidth)
    {
        var logits = Batch(rows, rowWidth);
        var expected = new T[logits.Length];
        StablePrimitives.Softmax<T>(logits, expected, rowWidth);
        foreach (var degree in (int[])[-1, 1, 2, 3, 4, 7])
        {
            // Every shape holds at least seven workers' worth of elements, so each degree > 1 really splits.
            Assert.Equal(Math.Max(degree, 1), ParallelRowwiseKernel.WorkerCount(rows, logits.Length, Math.Max(degree, 1)));
            var actual = new T[logits.Length];
            StablePrimitives.SoftmaxParallel<T>(logits, actual, rowWidth, degree);
            AssertBitIdentical(expected, actual, degree);
        }
    }

    [Theory]
    [InlineData(1000, 1000)]
    [InlineData(149_797, 7)]
    public void LogSoftmaxIsBitIdenticalToTheSingleThreadBatch(int rows, int rowWidth)
    {
        var logits = Batch(rows, rowWidth);
        var expected = new T[logits.Length];
        StablePrimitives.LogSoftmax<T>(logits, expected, rowWidth);
        foreach (var degree in (int[])[-1, 2, 3])
        {
            var actual = new T[logits.Length];
            StablePrimitives.LogSoftmaxParallel<T>(logits, actual, rowWidth, degree);
            AssertBitIdentical(expected, actual, degree);
        }
    }

    [Fact]
    public void InPlaceIsBitIdenticalToo()
    {
        const int rowWidth = 1000;
        var logits = Batch(1000, rowWidth);
        var expected = new T[logits.Length];
        StablePrimitives.Softmax<T>(logits, expected, rowWidth);
        StablePrimitives.SoftmaxParallel<T>(logits, logits, rowWidth, 3);
        AssertBitIdentical(expected, logits, 3);
    }

    [Fact]
    public void SmallBatchesStayOnTheCallingThreadAndLargeOnesUseEveryWorker()
    {
        var perWorker = ParallelRowwiseKernel.MinimumElementsPerWorker;

        // Below two workers' worth of elements, one worker whatever the degree; then one more per share.
        Assert.Equal(1, ParallelRowwiseKernel.WorkerCount(rows: 10, length: 10 * 1000, degree: 8));
        Assert.Equal(1, ParallelRowwiseKernel.WorkerCount(rows: 1000, length: (2 * perWorker) - 1, degree: 8));
        Assert.Equal(2, ParallelRowwiseKernel.WorkerCount(rows: 1000, length: 2 * perWorker, degree: 8));
        Assert.Equal(3, ParallelRowwiseKernel.WorkerCount(rows: 1000, length: 3 * perWorker, degree: 8));
        Assert.Equal(8, ParallelRowwiseKernel.WorkerCount(rows: 4096, length: 4096 * 1000, degree: 8));
        Assert.Equal(2, ParallelRowwiseKernel.WorkerCount(rows: 4096, length: 4096 * 1000, degree: 2));

        // Never more workers than rows: a single huge row cannot be split without changing its sum.
        Assert.Equal(1, ParallelRowwiseKernel.WorkerCount(rows: 1, length: 100 * perWorker, degree: 8));
        Assert.Equal(3, ParallelRowwiseKernel.WorkerCount(rows: 3, length: 100 * perWorker, degree: 8));
    }

    [Theory]
    [InlineData(4096, 2)]
    [InlineData(4096, 3)]
    [InlineData(7, 3)]
    [InlineData(5, 5)]
    public void BlocksCoverEveryRowOnceAndDifferByAtMostOneRow(int rows, int workers)
    {
        var expectedFirst = 0;
        var sizes = new List<int>();
        for (var worker = 0; worker < workers; worker++)
        {
            var (first, end) = ParallelRowwiseKernel.RowBlock(rows, workers, worker);
            Assert.Equal(expectedFirst, first);
            sizes.Add(end - first);
            expectedFirst = end;
        }

        Assert.Equal(rows, expectedFirst);
        Assert.True(sizes.Max() - sizes.Min() <= 1, string.Join(", ", sizes));
    }

    [Fact]
    public void ChecksEveryArgument()
    {
        var logits = new T[6];
        AssertRejects<ArgumentOutOfRangeException>("rowWidth", () => StablePrimitives.SoftmaxParallel<T>(logits, new T[6], 0));
        AssertRejects<ArgumentException>("x", () => StablePrimitives.SoftmaxParallel<T>(System.Array.Empty<T>(), new T[6], 3));
        AssertRejects<ArgumentException>("x", () => StablePrimitives.SoftmaxParallel<T>(logits, new T[6], 4));
        AssertRejects<ArgumentException>("destination", () => StablePrimitives.SoftmaxParallel<T>(logits, new T[5], 3));
        AssertRejects<ArgumentException>("destination", () =>
        {
            var buffer = new T[7];
            StablePrimitives.SoftmaxParallel<T>(buffer.AsMemory(0, 6), buffer.AsMemory(1, 6), 3);
        });
        AssertRejects<ArgumentOutOfRangeException>("maxDegreeOfParallelism", () => StablePrimitives.SoftmaxParallel<T>(logits, new T[6], 3, 0));
        AssertRejects<ArgumentOutOfRangeException>("maxDegreeOfParallelism", () => StablePrimitives.SoftmaxParallel<T>(logits, new T[6], 3, -2));
        AssertRejects<ArgumentOutOfRangeException>("maxDegreeOfParallelism", () => StablePrimitives.LogSoftmaxParallel<T>(logits, new T[6], 3, 0));
        AssertRejects<ArgumentOutOfRangeException>("rowWidth", () => StablePrimitives.LogSoftmaxParallel<T>(logits, new T[6], -1));
    }

    /// <summary>Rows of moderate, huge and special values, so every exponential form runs on some worker.</summary>
    private static T[] Batch(int rows, int rowWidth)
    {
        var random = new Random((rows * 31) + rowWidth);
        var logits = new T[rows * rowWidth];
        for (var i = 0; i < logits.Length; i++)
        {
            var row = i / rowWidth;
            logits[i] = (row % 11) switch
            {
                5 when i % rowWidth == 1 => T.NegativeInfinity,
                7 => Of<T>(1000 * ((2 * random.NextDouble()) - 1)),
                9 when i % rowWidth == 0 => T.NaN,
                _ => Of<T>(20 * ((2 * random.NextDouble()) - 1)),
            };
        }

        return logits;
    }

    private static void AssertBitIdentical(T[] expected, T[] actual, int degree)
    {
        var expectedBytes = MemoryMarshal.AsBytes(expected.AsSpan());
        var actualBytes = MemoryMarshal.AsBytes(actual.AsSpan());
        Assert.True(expectedBytes.SequenceEqual(actualBytes), $"degree {degree}: first difference at byte {expectedBytes.CommonPrefixLength(actualBytes)}");
    }

    private static void AssertRejects<TException>(string parameterName, Action call)
        where TException : ArgumentException =>
        Assert.Equal(parameterName, Assert.Throws<TException>(call).ParamName);
}

public sealed class ParallelBatchSingleTests : ParallelBatchTests<float>;

public sealed class ParallelBatchDoubleTests : ParallelBatchTests<double>;
