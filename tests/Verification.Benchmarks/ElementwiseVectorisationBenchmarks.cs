using System.Numerics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Verification.Numerics;

namespace Verification.Benchmarks;

/// <summary>
/// Log-sigmoid, softplus, binary cross-entropy and its gradient (issue 12): the SIMD kernels against
/// the scalar loops they replaced (<see cref="ScalarLossBaselines"/>, the baseline of each category),
/// over 2²⁰ elements (bound by memory) and 2¹² elements (in cache), logits drawn from [−10, 10] and
/// targets from [0, 1] with a quarter exactly 1 (the gradient's −σ(−z) branch).
/// </summary>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class ElementwiseVectorisationBenchmarks<T>
    where T : IFloatingPointIeee754<T>
{
    private T[] _x = [];
    private T[] _targets = [];
    private T[] _destination = [];

    [Params(1 << 20, 1 << 12)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(12);
        _x = new T[Length];
        _targets = new T[Length];
        _destination = new T[Length];
        for (var i = 0; i < _x.Length; i++)
        {
            _x[i] = T.CreateTruncating((random.NextDouble() * 20) - 10);
            _targets[i] = i % 4 == 0 ? T.One : T.CreateTruncating(random.NextDouble());
        }
    }

    [Benchmark(Baseline = true, Description = "scalar loop (before)")]
    [BenchmarkCategory("LogSigmoid")]
    public void ScalarLogSigmoid()
    {
        var (x, destination) = (_x, _destination);
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = ScalarLossBaselines.LogSigmoid(x[i]);
        }
    }

    [Benchmark(Description = "StablePrimitives.LogSigmoid")]
    [BenchmarkCategory("LogSigmoid")]
    public void StableLogSigmoid() => StablePrimitives.LogSigmoid<T>(_x, _destination);

    [Benchmark(Baseline = true, Description = "scalar loop (before)")]
    [BenchmarkCategory("Softplus")]
    public void ScalarSoftplus()
    {
        var (x, destination) = (_x, _destination);
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = ScalarLossBaselines.Softplus(x[i]);
        }
    }

    [Benchmark(Description = "StablePrimitives.Softplus")]
    [BenchmarkCategory("Softplus")]
    public void StableSoftplus() => StablePrimitives.Softplus<T>(_x, _destination);

    [Benchmark(Baseline = true, Description = "scalar loop (before)")]
    [BenchmarkCategory("BinaryCrossEntropy")]
    public void ScalarBinaryCrossEntropy()
    {
        var (x, targets, destination) = (_x, _targets, _destination);
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = ScalarLossBaselines.BinaryCrossEntropy(x[i], targets[i]);
        }
    }

    [Benchmark(Description = "StablePrimitives.BinaryCrossEntropy")]
    [BenchmarkCategory("BinaryCrossEntropy")]
    public void StableBinaryCrossEntropy() => StablePrimitives.BinaryCrossEntropy<T>(_x, _targets, _destination);

    [Benchmark(Baseline = true, Description = "scalar loop (before)")]
    [BenchmarkCategory("BinaryCrossEntropyGradient")]
    public void ScalarBinaryCrossEntropyGradient()
    {
        var (x, targets, destination) = (_x, _targets, _destination);
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = ScalarLossBaselines.BinaryCrossEntropyGradient(x[i], targets[i]);
        }
    }

    [Benchmark(Description = "StablePrimitives.BinaryCrossEntropyGradient")]
    [BenchmarkCategory("BinaryCrossEntropyGradient")]
    public void StableBinaryCrossEntropyGradient() => StablePrimitives.BinaryCrossEntropyGradient<T>(_x, _targets, _destination);
}
