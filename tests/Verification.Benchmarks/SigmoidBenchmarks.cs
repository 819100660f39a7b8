using System.Numerics;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Verification.Numerics;

namespace Verification.Benchmarks;

/// <summary>
/// Sigmoid over 4·2²⁰ elements (the target size, bound by memory) and 2¹⁶ elements (in cache) drawn
/// from [−10, 10]. Baseline: <c>TensorPrimitives.Sigmoid</c> (which
/// flushes float results below x ≈ −88.7 to 0; ours is accurate to 4 ulp there too).
/// </summary>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class SigmoidBenchmarks<T>
    where T : IFloatingPointIeee754<T>
{
    private T[] _x = [];
    private T[] _destination = [];

    [Params(4 << 20, 1 << 16)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2);
        _x = new T[Length];
        _destination = new T[Length];
        for (var i = 0; i < _x.Length; i++)
        {
            _x[i] = T.CreateTruncating((random.NextDouble() * 20) - 10);
        }
    }

    [Benchmark(Baseline = true, Description = "TensorPrimitives.Sigmoid")]
    [BenchmarkCategory("Sigmoid")]
    public void TensorPrimitivesSigmoid() => TensorPrimitives.Sigmoid<T>(_x, _destination);

    [Benchmark(Description = "StablePrimitives.Sigmoid")]
    [BenchmarkCategory("Sigmoid")]
    public void Stable() => StablePrimitives.Sigmoid<T>(_x, _destination);

    [Benchmark(Description = "scalar loop")]
    [BenchmarkCategory("Sigmoid")]
    public void ScalarLoop()
    {
        var x = _x;
        var destination = _destination;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = T.One / (T.One + T.Exp(-x[i]));
        }
    }

    [Benchmark(Description = "copy the same bytes")]
    [BenchmarkCategory("Sigmoid")]
    public void Copy() => _x.AsSpan().CopyTo(_destination);
}
