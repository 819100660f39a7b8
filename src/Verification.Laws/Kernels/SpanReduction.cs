namespace Verification.Laws.Kernels;

/// <summary>A kernel reducing a row to one number, such as log-sum-exp.</summary>
public delegate T SpanReduction<T>(ReadOnlySpan<T> x);
