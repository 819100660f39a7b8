namespace Verification.Numerics.Tests;

/// <summary>The span kernels allocate nothing per call (after their first call has warmed them up).</summary>
public class AllocationTests
{
    [Fact]
    public void SpanKernelsDoNotAllocate()
    {
        var logits = Enumerable.Range(0, 1000).Select(i => Math.Sin(i) * 30).ToArray();
        var upstream = Enumerable.Range(0, 1000).Select(i => Math.Cos(i)).ToArray();
        var destination = new double[logits.Length];
        void RunAll()
        {
            StablePrimitives.Softmax<double>(logits, destination);
            StablePrimitives.LogSoftmax<double>(logits, destination);
            StablePrimitives.Softmax<double>(logits, destination, rowWidth: 100);
            StablePrimitives.LogSoftmax<double>(logits, destination, rowWidth: 100);
            StablePrimitives.Sigmoid<double>(logits, destination);
            StablePrimitives.SoftmaxVectorJacobianProduct<double>(logits, upstream, destination);
            _ = StablePrimitives.LogSumExp<double>(logits);
        }

        RunAll();
        var before = GC.GetAllocatedBytesForCurrentThread();
        RunAll();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
