namespace Verification.Laws.Kernels;

/// <summary>
/// A kernel of a row and a second vector of the same width, writing a vector of that width: the softmax
/// vector–Jacobian product (x, upstream gradient g) and the cross-entropy gradient (logits, target probabilities).
/// </summary>
public delegate void PairedSpanKernel<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> second, Span<T> destination);
