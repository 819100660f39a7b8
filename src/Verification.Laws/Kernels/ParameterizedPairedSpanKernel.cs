namespace Verification.Laws.Kernels;

/// <summary>
/// A <see cref="PairedSpanKernel{T}"/> with one trailing scalar hyperparameter: the label-smoothed cross-entropy
/// gradient (logits, target probabilities, destination, smoothing ε).
/// </summary>
public delegate void ParameterizedPairedSpanKernel<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> second, Span<T> destination, T parameter);
