using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using Verification.Numerics;

namespace Verification.Benchmarks;

/// <summary>
/// The fixed and per-element cost of a row, measured where BenchmarkDotNet cannot on a loaded machine:
/// 64,000 logits (in cache, so memory does not hide the kernel) as rows of 10, 100 and 1000, softmax,
/// log-softmax and logsumexp through the batch APIs, each case the minimum over many short samples with
/// the cases interleaved, so a busy core disturbs single samples and not a case. Prints nanoseconds per row
/// and the ratios to softmax in the same process (RESULTS.md, issue 12). Run with
/// <c>dotnet run -c Release --project tests/Verification.Benchmarks -- --row-cost [samples]</c>.
/// </summary>
public static class RowCostHarness
{
    private const int Elements = 64_000;
    private const int CallsPerSample = 2;

    public static void Run(int samples)
    {
        Run<float>(samples);
        Run<double>(samples);
    }

    private static void Run<T>(int samples)
        where T : IFloatingPointIeee754<T>
    {
        var random = new Random(1);
        var logits = new T[Elements];
        for (var i = 0; i < logits.Length; i++)
        {
            logits[i] = T.CreateTruncating((random.NextDouble() * 20) - 10);
        }

        var results = new T[Elements];
        foreach (var width in (int[])[10, 100, 1000])
        {
            var rows = Elements / width;
            var normalizers = new T[rows];
            (string Name, Action Call)[] cases =
            [
                ("softmax", () => StablePrimitives.Softmax<T>(logits, results, width)),
                ("log-softmax", () => StablePrimitives.LogSoftmax<T>(logits, results, width)),
                ("logsumexp", () => StablePrimitives.LogSumExp<T>(logits, normalizers, width)),
            ];
            // Warm up past tiered compilation, so no sample times the unoptimised code.
            foreach (var (_, call) in cases)
            {
                for (var i = 0; i < 50; i++)
                {
                    call();
                }
            }

            var best = new double[cases.Length];
            Array.Fill(best, double.MaxValue);
            for (var sample = 0; sample < samples; sample++)
            {
                for (var c = 0; c < cases.Length; c++)
                {
                    var watch = Stopwatch.StartNew();
                    for (var call = 0; call < CallsPerSample; call++)
                    {
                        cases[c].Call();
                    }

                    best[c] = Math.Min(best[c], watch.Elapsed.TotalNanoseconds / CallsPerSample / rows);
                }
            }

            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{typeof(T).Name,-6} width {width,5}: softmax {best[0],7:F1}  log-softmax {best[1],7:F1}  logsumexp {best[2],7:F1} ns/row;  log-softmax/softmax {best[1] / best[0]:F2}  logsumexp/softmax {best[2] / best[0]:F2}"));
        }
    }
}
