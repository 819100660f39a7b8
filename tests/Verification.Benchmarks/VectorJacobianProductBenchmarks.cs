using System.Numerics;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Verification.Numerics;

namespace Verification.Benchmarks;

/// <summary>
/// Backward pass of softmax at k = 1000: Jᵀg computed directly (O(k)) against forming the k×k
/// Jacobian and multiplying it by g (O(k²)), the baseline.
/// </summary>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class VectorJacobianProductBenchmarks<T>
    where T : IFloatingPointIeee754<T>
{
    private const int Width = 1000;
    private T[] _logits = [];
    private T[] _upstreamGradient = [];
    private T[] _jacobian = [];
    private T[] _destination = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(3);
        _logits = new T[Width];
        _upstreamGradient = new T[Width];
        _destination = new T[Width];
        _jacobian = new T[Width * Width];
        for (var i = 0; i < Width; i++)
        {
            _logits[i] = T.CreateTruncating((random.NextDouble() * 20) - 10);
            _upstreamGradient[i] = T.CreateTruncating((random.NextDouble() * 2) - 1);
        }
    }

    [Benchmark(Baseline = true, Description = "form J, then J·g")]
    [BenchmarkCategory("VJP")]
    public void FormJacobianAndMultiply()
    {
        StablePrimitives.SoftmaxJacobian<T>(_logits, _jacobian);

        // J is symmetric, so (Jᵀg)ᵢ = ⟨row i of J, g⟩.
        for (var i = 0; i < Width; i++)
        {
            _destination[i] = TensorPrimitives.Dot<T>(_jacobian.AsSpan(i * Width, Width), _upstreamGradient);
        }
    }

    [Benchmark(Description = "StablePrimitives.SoftmaxVectorJacobianProduct")]
    [BenchmarkCategory("VJP")]
    public void VectorJacobianProduct() => StablePrimitives.SoftmaxVectorJacobianProduct<T>(_logits, _upstreamGradient, _destination);
}
