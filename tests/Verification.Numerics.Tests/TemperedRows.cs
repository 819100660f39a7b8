using System.Globalization;
using System.Numerics;
using Verification.Numerics.Tests.Reference;

namespace Verification.Numerics.Tests;

/// <summary>Inputs and the accuracy check shared by the tempered softmax and log-softmax tests.</summary>
internal static class TemperedRows<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>From sharp (10⁻³, where logits 10⁴ apart become 10⁷ apart) to nearly uniform (10³).</summary>
    public static readonly double[] Temperatures = [1e-3, 0.1, 0.5, 1, 2, 10, 1e3];

    /// <summary>The sweep of <see cref="TestRows{T}"/> plus rows of large magnitude: ±10⁴ alone and mixed with small logits.</summary>
    public static IEnumerable<T[]> All()
    {
        foreach (var row in TestRows<T>.All())
        {
            yield return row;
        }

        var random = new Random(13);
        foreach (var length in new[] { 2, 7, 17, 64, 1000 })
        {
            yield return Row(length, _ => random.Next(2) == 0 ? -1e4 : 1e4);
            yield return Row(length, _ => 1e4 * ((2 * random.NextDouble()) - 1));
            yield return Row(length, i => (i % 3) switch { 0 => 1e4, 1 => -1e4, _ => (2 * random.NextDouble()) - 1 });
            yield return Row(length, i => i == 0 ? 1e4 : 1e4 - (random.NextDouble() * 1e-2));
            yield return Row(length, i => i == length / 2 ? -1e4 : -1e4 - (random.NextDouble() * 5));
        }
    }

    /// <summary>
    /// Asserts every element is within (c + 2·|xᵢ − m|/T) ulp of the exact value (the documented bound: the
    /// subtraction and the division each round yᵢ by ½ ulp, which the exponential makes relative) and
    /// returns the largest excess error − 2·|xᵢ − m|/T seen (the measured c) and the largest plain error
    /// among the entries with |xᵢ − m|/T ≤ 1, where the bound is essentially c.
    /// </summary>
    public static (double Excess, double NearMaximum) AssertBound(ReadOnlySpan<T> x, double temperature, ReadOnlySpan<T> computed, ExactValue[] exact, double boundConstant, string what)
    {
        var maximum = double.NegativeInfinity;
        foreach (var value in x)
        {
            maximum = Math.Max(maximum, double.CreateTruncating(value));
        }

        var worst = double.NegativeInfinity;
        var nearMaximum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            // 2·|x − m|/T, through halves so that a spread beyond the double range stays finite.
            var shift = 4 * (Math.Abs((double.CreateTruncating(x[i]) / 2) - (maximum / 2)) / temperature);
            var error = Ulps.Error(computed[i], exact[i]);
            var excess = error - (double.IsFinite(shift) ? shift : 0);
            if (!(excess <= boundConstant))
            {
                Assert.Fail(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{what} ({typeof(T).Name}, T = {temperature}) element {i} of {x.Length}: x = {x[i]}, max = {maximum}, computed {computed[i]}, exact {exact[i].ToDouble():R}, error {error:F2} ulp > {boundConstant} + 2|x − max|/T = {boundConstant + shift:G4}"));
            }

            worst = Math.Max(worst, excess);
            nearMaximum = shift <= 2 ? Math.Max(nearMaximum, error) : nearMaximum;
        }

        return (worst, nearMaximum);
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
