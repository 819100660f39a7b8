namespace Verification.Laws.Kernels;

/// <summary>
/// An elementwise or row kernel in the <c>TensorPrimitives</c> convention: reads <paramref name="x"/>, writes
/// <paramref name="destination"/> (softmax, log-softmax, sigmoid; the Jacobian writes k×k entries row-major).
/// </summary>
public delegate void SpanKernel<T>(ReadOnlySpan<T> x, Span<T> destination);
