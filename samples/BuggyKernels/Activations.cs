using System.Numerics;

namespace BuggyKernels;

/// <summary>
/// Softmax, sigmoid and the softmax Jacobian in the TensorPrimitives span convention, generic so
/// that the auditor binds them for float and for double. Softmax and sigmoid are right
/// (max-shifted, branch on the sign); the Jacobian has the classic sign error: it computes
/// sᵢ(δᵢⱼ + sⱼ) instead of sᵢ(δᵢⱼ − sⱼ). The audit must catch it.
/// </summary>
public static class Activations
{
    public static void Softmax<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        var max = T.NegativeInfinity;
        foreach (var value in x)
        {
            max = T.Max(max, value);
        }

        var sum = T.Zero;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = T.Exp(x[i] - max);
            sum += destination[i];
        }

        for (var i = 0; i < x.Length; i++)
        {
            destination[i] /= sum;
        }
    }

    public static void Sigmoid<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = x[i] >= T.Zero
                ? T.One / (T.One + T.Exp(-x[i]))
                : T.Exp(x[i]) / (T.One + T.Exp(x[i]));
        }
    }

    public static void SoftmaxJacobian<T>(ReadOnlySpan<T> x, Span<T> jacobianRowMajor)
        where T : IFloatingPointIeee754<T>
    {
        var k = x.Length;
        var s = new T[k];
        Softmax(x, s);
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                // The bug: + where the derivative of e^(xᵢ)/Σ e^(xⱼ) has −.
                var delta = i == j ? T.One : T.Zero;
                jacobianRowMajor[(i * k) + j] = s[i] * (delta + s[j]);
            }
        }
    }
}
