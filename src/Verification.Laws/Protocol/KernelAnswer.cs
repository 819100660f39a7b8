namespace Verification.Laws.Protocol;

/// <summary>
/// What a protocol kernel returns for one call: exactly <see cref="KernelInvocation{T}.OutputLength"/> values.
/// Recording answers with placeholders; grading answers with the outputs read from a results file.
/// </summary>
/// <typeparam name="T">The precision of the kernel.</typeparam>
public delegate T[] KernelAnswer<T>(KernelInvocation<T> invocation)
    where T : IFloatingPointIeee754<T>;
