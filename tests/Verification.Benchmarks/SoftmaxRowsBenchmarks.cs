using System.Numerics;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Verification.Numerics;

namespace Verification.Benchmarks;

/// <summary>
/// Row softmax over a batch of rows × 1000 (rows = observations): 4096 rows (16 / 32 MB, the target
/// size, bound by memory) and 64 rows (256 / 512 KB, in cache, bound by arithmetic). Baseline:
/// <c>TensorPrimitives.SoftMax</c> per row. Also a plain scalar loop, and copying the same bytes (the
/// memory-bandwidth floor: a softmax must read and write every element at least once).
/// </summary>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class SoftmaxRowsBenchmarks<T>
    where T : IFloatingPointIeee754<T>
{
    private const int RowWidth = 1000;
    private T[] _logits = [];
    private T[] _probabilities = [];

    [Params(4096, 64)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _logits = new T[Rows * RowWidth];
        _probabilities = new T[Rows * RowWidth];
        for (var i = 0; i < _logits.Length; i++)
        {
            _logits[i] = T.CreateTruncating((random.NextDouble() * 20) - 10);
        }
    }

    [Benchmark(Baseline = true, Description = "TensorPrimitives.SoftMax per row")]
    [BenchmarkCategory("Softmax")]
    public void TensorPrimitivesPerRow()
    {
        for (var row = 0; row < Rows; row++)
        {
            TensorPrimitives.SoftMax<T>(_logits.AsSpan(row * RowWidth, RowWidth), _probabilities.AsSpan(row * RowWidth, RowWidth));
        }
    }

    [Benchmark(Description = "StablePrimitives.Softmax (batch)")]
    [BenchmarkCategory("Softmax")]
    public void Stable() => StablePrimitives.Softmax<T>(_logits, _probabilities, RowWidth);

    [Benchmark(Description = "scalar stable loop")]
    [BenchmarkCategory("Softmax")]
    public void ScalarLoop()
    {
        for (var row = 0; row < Rows; row++)
        {
            var logits = _logits.AsSpan(row * RowWidth, RowWidth);
            var probabilities = _probabilities.AsSpan(row * RowWidth, RowWidth);
            var maximum = T.NegativeInfinity;
            foreach (var logit in logits)
            {
                maximum = T.Max(maximum, logit);
            }

            var sum = T.Zero;
            for (var i = 0; i < logits.Length; i++)
            {
                probabilities[i] = T.Exp(logits[i] - maximum);
                sum += probabilities[i];
            }

            var scale = T.One / sum;
            for (var i = 0; i < probabilities.Length; i++)
            {
                probabilities[i] *= scale;
            }
        }
    }

    [Benchmark(Description = "copy the same bytes")]
    [BenchmarkCategory("Softmax")]
    public void Copy() => _logits.AsSpan().CopyTo(_probabilities);
}
