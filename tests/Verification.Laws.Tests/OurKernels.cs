using System.Numerics;
using Verification.Laws.Kernels;
using Verification.Numerics;

namespace Verification.Laws.Tests;

/// <summary>
/// Our kernels (<see cref="Activations"/>) as an implementation under test, bound by reflection exactly as an
/// audit of a foreign assembly would bind them.
/// </summary>
internal static class OurKernels
{
    public static Implementation Implementation { get; } = CompleteWithReferenceComposition(Implementation.FromStaticClass(typeof(Activations), "Verification.Numerics.Activations"));

    // TODO(merge): bind to Activations.SoftmaxVectorJacobianProduct, Activations.LogSumExp and
    // Activations.CrossEntropyGradient. FromStaticClass above already binds them once they exist (the `??` keeps
    // the bound kernel); then delete this composition and assert in KernelBindingTests that all seven kernels bind.
    private static Implementation CompleteWithReferenceComposition(Implementation bound) => bound with
    {
        SinglePrecision = Complete(bound.SinglePrecision),
        DoublePrecision = Complete(bound.DoublePrecision),
    };

    private static ActivationKernels<T> Complete<T>(ActivationKernels<T> kernels)
        where T : IFloatingPointIeee754<T>
    {
        var softmax = kernels.Softmax ?? throw new InvalidOperationException("Activations.Softmax did not bind.");
        var logSoftmax = kernels.LogSoftmax ?? throw new InvalidOperationException("Activations.LogSoftmax did not bind.");
        var jacobian = kernels.SoftmaxJacobian ?? throw new InvalidOperationException("Activations.SoftmaxJacobian did not bind.");
        return kernels with
        {
            SoftmaxVectorJacobianProduct = kernels.SoftmaxVectorJacobianProduct ?? VectorJacobianProductFromJacobian(jacobian),
            LogSumExp = kernels.LogSumExp ?? LogSumExpFromLogSoftmax(logSoftmax),
            CrossEntropyGradient = kernels.CrossEntropyGradient ?? CrossEntropyGradientFromSoftmax(softmax),
        };
    }

    /// <summary>(Jᵀg)ᵢ = Σⱼ Jⱼᵢ gⱼ from our Jacobian kernel.</summary>
    private static PairedSpanKernel<T> VectorJacobianProductFromJacobian<T>(SpanKernel<T> jacobianKernel)
        where T : IFloatingPointIeee754<T> =>
        (x, g, destination) =>
        {
            var k = x.Length;
            var jacobian = new T[k * k];
            jacobianKernel(x, jacobian);
            for (var i = 0; i < k; i++)
            {
                var sum = T.Zero;
                for (var j = 0; j < k; j++)
                {
                    sum += jacobian[(j * k) + i] * g[j];
                }

                destination[i] = sum;
            }
        };

    /// <summary>LSE(x) = x_m − logsoftmax(x)_m at the largest entry m (finite, so no −∞ − −∞).</summary>
    private static SpanReduction<T> LogSumExpFromLogSoftmax<T>(SpanKernel<T> logSoftmaxKernel)
        where T : IFloatingPointIeee754<T> =>
        x =>
        {
            var logSoftmax = new T[x.Length];
            logSoftmaxKernel(x, logSoftmax);
            var largest = 0;
            for (var i = 1; i < x.Length; i++)
            {
                largest = x[i] > x[largest] ? i : largest;
            }

            return x[largest] - logSoftmax[largest];
        };

    /// <summary>∇CE = softmax(z) − y from our softmax kernel.</summary>
    private static PairedSpanKernel<T> CrossEntropyGradientFromSoftmax<T>(SpanKernel<T> softmaxKernel)
        where T : IFloatingPointIeee754<T> =>
        (z, y, destination) =>
        {
            softmaxKernel(z, destination);
            for (var i = 0; i < z.Length; i++)
            {
                destination[i] -= y[i];
            }
        };
}
