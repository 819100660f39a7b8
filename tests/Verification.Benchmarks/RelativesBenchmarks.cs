using System.Numerics;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Verification.Numerics;

namespace Verification.Benchmarks;

/// <summary>
/// The sigmoid's relatives over 2²⁰ elements (bound by memory) and 2¹⁰ elements (in cache) drawn from
/// [−10, 10]. Baselines: <c>TensorPrimitives.Tanh</c> for tanh; for softplus and SiLU, which
/// TensorPrimitives lacks, the composition a user would write from it: softplus = LogP1(Exp(x))
/// (overflows to ∞ above x ≈ 88.7 in float, harmless on this range) and SiLU = x·Sigmoid(x), each one
/// pass per primitive. A naive scalar loop is the second reference.
/// </summary>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class RelativesBenchmarks<T>
    where T : IFloatingPointIeee754<T>
{
    private T[] _x = [];
    private T[] _destination = [];

    [Params(1 << 20, 1 << 10)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(4);
        _x = new T[Length];
        _destination = new T[Length];
        for (var i = 0; i < _x.Length; i++)
        {
            _x[i] = T.CreateTruncating((random.NextDouble() * 20) - 10);
        }
    }

    [Benchmark(Baseline = true, Description = "TensorPrimitives.Tanh")]
    [BenchmarkCategory("Tanh")]
    public void TensorPrimitivesTanh() => TensorPrimitives.Tanh<T>(_x, _destination);

    [Benchmark(Description = "StablePrimitives.Tanh")]
    [BenchmarkCategory("Tanh")]
    public void StableTanh() => StablePrimitives.Tanh<T>(_x, _destination);

    [Benchmark(Description = "scalar T.Tanh loop")]
    [BenchmarkCategory("Tanh")]
    public void ScalarTanh()
    {
        var x = _x;
        var destination = _destination;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = T.Tanh(x[i]);
        }
    }

    [Benchmark(Baseline = true, Description = "TensorPrimitives LogP1(Exp(x))")]
    [BenchmarkCategory("Softplus")]
    public void TensorPrimitivesSoftplus()
    {
        TensorPrimitives.Exp<T>(_x, _destination);
        TensorPrimitives.LogP1<T>(_destination, _destination);
    }

    [Benchmark(Description = "StablePrimitives.Softplus")]
    [BenchmarkCategory("Softplus")]
    public void StableSoftplus() => StablePrimitives.Softplus<T>(_x, _destination);

    [Benchmark(Description = "scalar log(1 + e^x) loop")]
    [BenchmarkCategory("Softplus")]
    public void ScalarSoftplus()
    {
        var x = _x;
        var destination = _destination;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = T.Log(T.One + T.Exp(x[i]));
        }
    }

    [Benchmark(Baseline = true, Description = "TensorPrimitives x·Sigmoid(x)")]
    [BenchmarkCategory("Silu")]
    public void TensorPrimitivesSilu()
    {
        TensorPrimitives.Sigmoid<T>(_x, _destination);
        TensorPrimitives.Multiply<T>(_x, _destination, _destination);
    }

    [Benchmark(Description = "StablePrimitives.Silu")]
    [BenchmarkCategory("Silu")]
    public void StableSilu() => StablePrimitives.Silu<T>(_x, _destination);

    [Benchmark(Description = "scalar x/(1 + e^(−x)) loop")]
    [BenchmarkCategory("Silu")]
    public void ScalarSilu()
    {
        var x = _x;
        var destination = _destination;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = x[i] / (T.One + T.Exp(-x[i]));
        }
    }
}
