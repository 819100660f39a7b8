namespace Verification.Numerics;

/// <summary>
/// Numerically stable, SIMD-accelerated kernels for sigmoid, softmax and their losses and
/// derivatives, in the span style of <c>System.Numerics.Tensors.TensorPrimitives</c>: one generic
/// implementation for <see cref="float"/> and <see cref="double"/> (other IEEE types run the same
/// algorithm in scalar code).
/// </summary>
/// <remarks>
/// <para>Conventions shared by every kernel:</para>
/// <list type="bullet">
/// <item>Arguments are checked before any work; a fault throws <see cref="ArgumentException"/> (or
/// <see cref="ArgumentOutOfRangeException"/>) whose <see cref="ArgumentException.ParamName"/> is the
/// argument and whose message says what is wrong. Empty inputs are faults.</item>
/// <item>A destination may be longer than needed; only the leading elements are written. It may be
/// the input itself (in place) unless a kernel says otherwise, but it must not overlap an input at a
/// shifted offset.</item>
/// <item>Batches are row-major with one observation per row: element (r, j) sits at
/// <c>r·rowWidth + j</c>, and the length must be a whole number of rows.</item>
/// <item>NaN and ±∞ inside the data are not faults: they follow IEEE 754 arithmetic and propagate
/// (each kernel documents the resulting values).</item>
/// <item>Accuracy is stated in ulps of the exact result of the given (rounded) inputs, where the ulp
/// of a subnormal result is the smallest subnormal.</item>
/// </list>
/// </remarks>
public static partial class StablePrimitives
{
}
