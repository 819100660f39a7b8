namespace Verification.Numerics;

/// <summary>
/// Span facade in the <c>TensorPrimitives</c> convention, float and double, so that tools which
/// audit <c>TensorPrimitives</c>-shaped kernels can load ours unchanged.
/// </summary>
/// <remarks>
/// PLACEHOLDER: a scalar reference so that dependent work compiles; the numerics work item replaces
/// the bodies with the fast generic kernels and keeps these signatures.
/// </remarks>
public static class Activations
{
    public static void Softmax(ReadOnlySpan<float> x, Span<float> destination) => SoftmaxCore(x, destination);

    public static void Softmax(ReadOnlySpan<double> x, Span<double> destination) => SoftmaxCore(x, destination);

    public static void LogSoftmax(ReadOnlySpan<float> x, Span<float> destination) => LogSoftmaxCore(x, destination);

    public static void LogSoftmax(ReadOnlySpan<double> x, Span<double> destination) => LogSoftmaxCore(x, destination);

    public static void Sigmoid(ReadOnlySpan<float> x, Span<float> destination)
    {
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = (float)SigmoidScalar(x[i]);
        }
    }

    public static void Sigmoid(ReadOnlySpan<double> x, Span<double> destination)
    {
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = SigmoidScalar(x[i]);
        }
    }

    public static void SoftmaxJacobian(ReadOnlySpan<float> x, Span<float> jacobianRowMajor) => JacobianCore(x, jacobianRowMajor);

    public static void SoftmaxJacobian(ReadOnlySpan<double> x, Span<double> jacobianRowMajor) => JacobianCore(x, jacobianRowMajor);

    private static double SigmoidScalar(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));

    private static void SoftmaxCore<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : System.Numerics.IFloatingPointIeee754<T>
    {
        var max = T.NegativeInfinity;
        foreach (var v in x)
        {
            max = T.Max(max, v);
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

    private static void LogSoftmaxCore<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : System.Numerics.IFloatingPointIeee754<T>
    {
        var max = T.NegativeInfinity;
        foreach (var v in x)
        {
            max = T.Max(max, v);
        }

        var sum = T.Zero;
        foreach (var v in x)
        {
            sum += T.Exp(v - max);
        }

        var logSum = T.Log(sum);
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = x[i] - max - logSum;
        }
    }

    private static void JacobianCore<T>(ReadOnlySpan<T> x, Span<T> jacobian)
        where T : System.Numerics.IFloatingPointIeee754<T>
    {
        var k = x.Length;
        var s = new T[k];
        SoftmaxCore(x, s);
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                jacobian[(i * k) + j] = (i == j ? s[i] : T.Zero) - (s[i] * s[j]);
            }
        }
    }
}
