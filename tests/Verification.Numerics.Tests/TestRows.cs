using System.Numerics;

namespace Verification.Numerics.Tests;

/// <summary>
/// The deterministic sweep of logit rows for the accuracy tests: moderate, tiny and huge scales,
/// all-equal rows, −∞ entries, one dominant entry, and spreads that push e^(xᵢ − m) into the
/// subnormal range of <typeparamref name="T"/>.
/// </summary>
internal static class TestRows<T>
    where T : IFloatingPointIeee754<T>
{
    // 8, 32 and 64 fill exactly one or four vectors of some width (the short-row reduction ends at four).
    private static readonly int[] RowLengths = [1, 2, 7, 8, 16, 17, 32, 33, 64, 100, 1000];

    public static IEnumerable<T[]> All()
    {
        var random = new Random(20240601);
        var isSingle = typeof(T) == typeof(float);
        double[] scales = isSingle
            ? [1e-38, 1e-10, 1e-3, 1, 5, 20, 50, 100, 1e3, 1e4, 1e30, 3e38]
            : [1e-300, 1e-10, 1e-3, 1, 5, 20, 50, 100, 1e3, 1e4, 1e100, 1e300];
        foreach (var length in RowLengths)
        {
            foreach (var scale in scales)
            {
                yield return Row(length, _ => scale * ((2 * random.NextDouble()) - 1));
            }

            foreach (var value in new[] { 0.0, -3.5, 1e4, isSingle ? -1e30 : -1e300 })
            {
                yield return Row(length, _ => value);
            }

            // One dominant entry: log-softmax of it is a tiny negative number that log(1 + Σ′) would lose.
            yield return Row(length, i => i == 0 ? 0 : -30 - (20 * random.NextDouble()));

            // Some −∞ entries (but not all).
            yield return Row(length, i => i % 3 == 1 ? double.NegativeInfinity : 10 * random.NextDouble());

            // Correlated shift errors: every other entry sits ln(k − 1) below the maximum, where the terms
            // carry half of the normaliser, and fl(a − m) rounds the same way for all of them.
            var offset = Math.Log(Math.Max(length - 1, 1));
            yield return Row(length, i => i == 0 ? 0.1 : 0.1 - offset - 0.0123);
            yield return Row(length, i => i == length - 1 ? 3.3 : 3.3 - (offset * 1.7));

            // Differences across the subnormal range of e^(xᵢ − m): [−105, −85] (float) or [−750, −700] (double).
            var (low, high) = isSingle ? (-105.0, -85.0) : (-750.0, -700.0);
            yield return Row(length, i => i == 0 ? 0 : low + ((high - low) * random.NextDouble()));
        }
    }

    private static T[] Row(int length, Func<int, double> value)
    {
        var row = new T[length];
        for (var i = 0; i < length; i++)
        {
            row[i] = T.CreateTruncating(value(i));
        }

        return row;
    }
}
