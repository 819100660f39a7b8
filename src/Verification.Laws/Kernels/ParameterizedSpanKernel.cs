namespace Verification.Laws.Kernels;

/// <summary>
/// A row kernel with one scalar hyperparameter, in the <c>TensorPrimitives</c> convention extended by a trailing
/// argument: softmax and log-softmax with a temperature, label smoothing with its ε.
/// </summary>
public delegate void ParameterizedSpanKernel<T>(ReadOnlySpan<T> x, Span<T> destination, T parameter);
