namespace Verification.Laws.Protocol;

/// <summary>
/// Kernels of one precision that hand every call to a <see cref="KernelAnswer{T}"/> instead of computing: the
/// common shape of <see cref="RecordingImplementation"/> (which notes the calls) and
/// <see cref="RecordedImplementation"/> (which answers them from a results file).
/// </summary>
internal static class AnsweringKernels
{
    /// <param name="answer">Produces the output of each call.</param>
    /// <param name="isPresent">Whether the slot of this name has a kernel; absent slots make their laws not applicable.</param>
    public static ActivationKernels<T> Create<T>(KernelAnswer<T> answer, Func<ProtocolKernel, bool> isPresent)
        where T : IFloatingPointIeee754<T>
    {
        var kernels = ProtocolKernel.All.Where(isPresent).ToDictionary(static kernel => kernel.Name, StringComparer.Ordinal);
        return new ActivationKernels<T>(
            Softmax: Unary(nameof(ActivationKernels<T>.Softmax)),
            LogSoftmax: Unary(nameof(ActivationKernels<T>.LogSoftmax)),
            Sigmoid: Unary(nameof(ActivationKernels<T>.Sigmoid)),
            SoftmaxJacobian: Unary(nameof(ActivationKernels<T>.SoftmaxJacobian)),
            SoftmaxVectorJacobianProduct: Paired(nameof(ActivationKernels<T>.SoftmaxVectorJacobianProduct)),
            LogSumExp: Reduction(nameof(ActivationKernels<T>.LogSumExp)),
            CrossEntropyGradient: Paired(nameof(ActivationKernels<T>.CrossEntropyGradient)),
            Tanh: Unary(nameof(ActivationKernels<T>.Tanh)),
            Softplus: Unary(nameof(ActivationKernels<T>.Softplus)),
            LogSigmoid: Unary(nameof(ActivationKernels<T>.LogSigmoid)),
            Silu: Unary(nameof(ActivationKernels<T>.Silu)),
            SoftmaxWithTemperature: Parameterized(nameof(ActivationKernels<T>.SoftmaxWithTemperature)),
            LogSoftmaxWithTemperature: Parameterized(nameof(ActivationKernels<T>.LogSoftmaxWithTemperature)),
            SmoothLabels: Parameterized(nameof(ActivationKernels<T>.SmoothLabels)),
            SmoothedCrossEntropyGradient: ParameterizedPaired(nameof(ActivationKernels<T>.SmoothedCrossEntropyGradient)));

        SpanKernel<T>? Unary(string name) => kernels.TryGetValue(name, out var kernel)
            ? (x, destination) => Fill(destination, answer(new(kernel, [x.ToArray()], [], destination.Length)))
            : null;

        PairedSpanKernel<T>? Paired(string name) => kernels.TryGetValue(name, out var kernel)
            ? (x, second, destination) => Fill(destination, answer(new(kernel, [x.ToArray(), second.ToArray()], [], destination.Length)))
            : null;

        SpanReduction<T>? Reduction(string name) => kernels.TryGetValue(name, out var kernel)
            ? x => answer(new(kernel, [x.ToArray()], [], 1))[0]
            : null;

        ParameterizedSpanKernel<T>? Parameterized(string name) => kernels.TryGetValue(name, out var kernel)
            ? (x, destination, parameter) => Fill(destination, answer(new(kernel, [x.ToArray()], [parameter], destination.Length)))
            : null;

        ParameterizedPairedSpanKernel<T>? ParameterizedPaired(string name) => kernels.TryGetValue(name, out var kernel)
            ? (x, second, destination, parameter) => Fill(destination, answer(new(kernel, [x.ToArray(), second.ToArray()], [parameter], destination.Length)))
            : null;
    }

    private static void Fill<T>(Span<T> destination, T[] output) => output.AsSpan(0, destination.Length).CopyTo(destination);
}
