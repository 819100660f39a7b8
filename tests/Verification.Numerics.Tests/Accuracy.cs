using System.Globalization;
using System.Numerics;
using Verification.Numerics.Tests.Reference;

namespace Verification.Numerics.Tests;

/// <summary>Checks computed rows against exact references and reports the worst case found.</summary>
internal static class Accuracy
{
    /// <summary>
    /// Asserts that every element is within (c + |xᵢ − m|) ulp of the exact value, m = maxⱼ xⱼ, and
    /// returns the largest excess error − |xᵢ − m| seen (the measured c).
    /// </summary>
    public static double AssertShiftedBound<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> computed, ExactValue[] exact, double boundConstant, string what)
        where T : IFloatingPointIeee754<T>
    {
        var maximum = double.NegativeInfinity;
        foreach (var value in x)
        {
            maximum = Math.Max(maximum, double.CreateTruncating(value));
        }

        var worst = double.NegativeInfinity;
        for (var i = 0; i < x.Length; i++)
        {
            var shift = Math.Abs(double.CreateTruncating(x[i]) - maximum);
            var error = Ulps.Error(computed[i], exact[i]);
            var excess = error - (double.IsNaN(shift) || double.IsInfinity(shift) ? 0 : shift);
            if (!(excess <= boundConstant))
            {
                Assert.Fail(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{what} ({typeof(T).Name}) element {i} of {x.Length}: x = {x[i]}, max = {maximum}, computed {computed[i]}, exact {exact[i].ToDouble():R}, error {error:F2} ulp > {boundConstant} + |x − max| = {boundConstant + shift:G4}"));
            }

            worst = Math.Max(worst, excess);
        }

        return worst;
    }

    /// <summary>Asserts every element is within <paramref name="bound"/> ulp and returns the largest error seen.</summary>
    public static double AssertUlpBound<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> computed, Func<double, ExactValue> exact, double bound, string what)
        where T : IFloatingPointIeee754<T>
    {
        var worst = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            var input = double.CreateTruncating(x[i]);
            var error = Ulps.Error(computed[i], exact(input));
            if (!(error <= bound))
            {
                Assert.Fail(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{what} ({typeof(T).Name}) at x = {input:R}: computed {computed[i]}, exact {exact(input).ToDouble():R}, error {error:F2} ulp > {bound}"));
            }

            worst = Math.Max(worst, error);
        }

        return worst;
    }

    public static void Report(string what, double measured) =>
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: measured {measured:F3} ulp"));
}
