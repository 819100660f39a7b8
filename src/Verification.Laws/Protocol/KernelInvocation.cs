namespace Verification.Laws.Protocol;

/// <summary>One call a law makes of a kernel: which kernel, on what, and how many outputs it expects back.</summary>
/// <typeparam name="T">The precision of the kernel.</typeparam>
/// <param name="Kernel">The slot called.</param>
/// <param name="Inputs">The vector inputs, in the order of <see cref="ProtocolKernel.InputNames"/> (copies: the caller's spans are not kept).</param>
/// <param name="Hyperparameters">The temperature or smoothing: one value for kernels that have one, none otherwise.</param>
/// <param name="OutputLength">The destination's length (1 for a reduction such as log-sum-exp).</param>
public sealed record KernelInvocation<T>(ProtocolKernel Kernel, IReadOnlyList<T[]> Inputs, IReadOnlyList<T> Hyperparameters, int OutputLength)
    where T : IFloatingPointIeee754<T>;
