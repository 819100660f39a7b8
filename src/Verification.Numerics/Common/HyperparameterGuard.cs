using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace Verification.Numerics.Common;

/// <summary>
/// Checks of the scalar knobs of the kernels (softmax temperature, label smoothing), in the style of
/// <see cref="Guard"/> and <see cref="ThrowHelper"/>: an <see cref="ArgumentOutOfRangeException"/> that
/// names the argument, carries the value and says which range it must lie in.
/// </summary>
internal static class HyperparameterGuard
{
    /// <summary>
    /// A temperature must be positive and finite: softmax(x/T) is undefined at T = 0, flips the order of
    /// the classes for T &lt; 0, and T = +∞ makes every (xᵢ − m)/T zero or NaN (∞·0) rather than the
    /// uniform distribution the limit suggests. Subnormal temperatures are allowed: the shifted logits
    /// then overflow to −∞ and their probabilities to 0, which is the exact value rounded.
    /// </summary>
    public static void Temperature<T>(T temperature, string parameterName)
        where T : IFloatingPointIeee754<T>
    {
        // Written so that NaN fails the test: every comparison with NaN is false.
        if (!(temperature > T.Zero && T.IsFinite(temperature)))
        {
            ThrowTemperatureOutOfRange(parameterName, double.CreateTruncating(temperature));
        }
    }

    /// <summary>The label-smoothing weight ε of (1 − ε)·y + ε/n must lie in [0, 1]; NaN is rejected.</summary>
    public static void Smoothing<T>(T smoothing, string parameterName)
        where T : IFloatingPointIeee754<T>
    {
        if (!(smoothing >= T.Zero && smoothing <= T.One))
        {
            ThrowSmoothingOutOfRange(parameterName, double.CreateTruncating(smoothing));
        }
    }

    [DoesNotReturn]
    private static void ThrowTemperatureOutOfRange(string parameterName, double temperature) =>
        throw new ArgumentOutOfRangeException(
            parameterName,
            temperature,
            string.Create(CultureInfo.InvariantCulture, $"The temperature is {temperature}; it must be positive and finite (0 < T < ∞)."));

    [DoesNotReturn]
    private static void ThrowSmoothingOutOfRange(string parameterName, double smoothing) =>
        throw new ArgumentOutOfRangeException(
            parameterName,
            smoothing,
            string.Create(CultureInfo.InvariantCulture, $"The label smoothing is {smoothing}; it must lie in [0, 1]."));
}
