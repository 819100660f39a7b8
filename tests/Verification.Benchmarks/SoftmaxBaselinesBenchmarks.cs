using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Verification.Benchmarks.Onnx;
using Verification.Numerics;

namespace Verification.Benchmarks;

/// <summary>
/// Row softmax against ONNX Runtime, TensorPrimitives and a copy of the same bytes (issue 12): about
/// 4,096,000 logits (16 MB float, 32 MB double: bound by memory) cut into rows of 10, 100, 1000 (the
/// target, 4096 rows) or 10,000 classes (410 rows, 4,100,000 logits). Ours both through the batch API and through one
/// <see cref="Activations"/> call per row (what an outside tool calls); ONNX Runtime over the same
/// arrays, one thread (the kernel) and two (its own row parallelism, against our parallel batch);
/// log-softmax and logsumexp beside our softmax (same passes). Baseline: the copy, so BenchmarkDotNet's
/// Ratio column is our time over the bandwidth floor (its inverse is the share of copy bandwidth).
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class SoftmaxBaselinesBenchmarks<T> : IDisposable
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private const int TargetElements = 4096 * 1000;
    private T[] _logits = [];
    private T[] _probabilities = [];
    private T[] _normalizers = [];
    private OnnxRuntimeSoftmax<T>? _onnxOneThread;
    private OnnxRuntimeSoftmax<T>? _onnxTwoThreads;

    [ParamsSource(typeof(SoftmaxRowWidths), nameof(SoftmaxRowWidths.Values))]
    public int RowWidth { get; set; }

    /// <summary>Whole rows covering at least <see cref="TargetElements"/>.</summary>
    private int Rows => (TargetElements + RowWidth - 1) / RowWidth;

    private int Elements => Rows * RowWidth;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _logits = new T[Elements];
        _probabilities = new T[Elements];
        _normalizers = new T[Rows];
        for (var i = 0; i < _logits.Length; i++)
        {
            _logits[i] = T.CreateTruncating((random.NextDouble() * 20) - 10);
        }

        _onnxOneThread = new OnnxRuntimeSoftmax<T>(_logits, _probabilities, RowWidth, threads: 1);
        _onnxTwoThreads = new OnnxRuntimeSoftmax<T>(_logits, _probabilities, RowWidth, threads: 2);
        AssertOnnxRuntimeComputesSoftmax();
    }

    /// <summary>A baseline that computed something else would make every ratio meaningless: check its first and last rows against ours.</summary>
    private void AssertOnnxRuntimeComputesSoftmax()
    {
        _onnxOneThread!.Run();
        var ours = new T[RowWidth];
        foreach (var start in (int[])[0, Elements - RowWidth])
        {
            StablePrimitives.Softmax<T>(_logits.AsSpan(start, RowWidth), ours);
            for (var i = 0; i < RowWidth; i++)
            {
                var difference = double.CreateTruncating(T.Abs(ours[i] - _probabilities[start + i]));
                if (difference > 1e-6 * double.CreateTruncating(ours[i]) + 1e-30)
                {
                    throw new InvalidOperationException($"ONNX Runtime's softmax differs from ours at {start + i}: {_probabilities[start + i]} vs {ours[i]}.");
                }
            }
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _onnxOneThread?.Dispose();
        _onnxTwoThreads?.Dispose();
        _onnxOneThread = null;
        _onnxTwoThreads = null;
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "copy the same bytes")]
    public void Copy() => _logits.AsSpan().CopyTo(_probabilities);

    [Benchmark(Description = "ours, batch")]
    public void OursBatch() => StablePrimitives.Softmax<T>(_logits, _probabilities, RowWidth);

    [Benchmark(Description = "ours, Activations.Softmax per row")]
    public void OursPerRow()
    {
        for (var row = 0; row < Rows; row++)
        {
            var start = row * RowWidth;
            if (typeof(T) == typeof(float))
            {
                Activations.Softmax(
                    MemoryMarshal.Cast<T, float>(_logits.AsSpan(start, RowWidth)), MemoryMarshal.Cast<T, float>(_probabilities.AsSpan(start, RowWidth)));
            }
            else
            {
                Activations.Softmax(
                    MemoryMarshal.Cast<T, double>(_logits.AsSpan(start, RowWidth)), MemoryMarshal.Cast<T, double>(_probabilities.AsSpan(start, RowWidth)));
            }
        }
    }

    [Benchmark(Description = "TensorPrimitives.SoftMax per row")]
    public void TensorPrimitivesPerRow()
    {
        for (var row = 0; row < Rows; row++)
        {
            TensorPrimitives.SoftMax<T>(_logits.AsSpan(row * RowWidth, RowWidth), _probabilities.AsSpan(row * RowWidth, RowWidth));
        }
    }

    [Benchmark(Description = "ONNX Runtime, 1 thread")]
    public void OnnxRuntimeOneThread() => _onnxOneThread!.Run();

    [Benchmark(Description = "ours, parallel batch (2 cores)")]
    public void OursParallel() => StablePrimitives.SoftmaxParallel<T>(_logits, _probabilities, RowWidth);

    [Benchmark(Description = "ONNX Runtime, 2 threads")]
    public void OnnxRuntimeTwoThreads() => _onnxTwoThreads!.Run();

    [Benchmark(Description = "ours, log-softmax batch")]
    public void OursLogSoftmax() => StablePrimitives.LogSoftmax<T>(_logits, _probabilities, RowWidth);

    [Benchmark(Description = "ours, logsumexp batch")]
    public void OursLogSumExp() => StablePrimitives.LogSumExp<T>(_logits, _normalizers, RowWidth);
}
