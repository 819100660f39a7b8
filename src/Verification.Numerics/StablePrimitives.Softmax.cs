using System.Numerics.Tensors;

namespace Verification.Numerics;

public static partial class StablePrimitives
{
    /// <summary>Computes softmax(x)ᵢ = e^(xᵢ) / Σⱼ e^(xⱼ) over one vector.</summary>
    /// <remarks>
    /// <para>
    /// Stability: with m = maxⱼ xⱼ, softmax(x)ᵢ = e^(xᵢ − m) / Σⱼ e^(xⱼ − m) (the shift cancels). Every
    /// exponent is ≤ 0, so nothing overflows, and the denominator lies in [1, n], so it neither
    /// underflows nor loses the large terms; terms that underflow are below the result's ulp. Hence no
    /// NaN or ∞ for any finite input.
    /// </para>
    /// <para>
    /// Accuracy: every result is within (c + |xᵢ − m|) ulp of the exact value with c = 3 (measured
    /// maxima over the test sweep: 1.9 float, 1.6 double). The |xᵢ − m| term is the rounding of the subtraction, which the
    /// exponential turns into a relative error; c covers the exponential (≤ 1 ulp), the reciprocal and
    /// the product (½ ulp each), and the compensated sum.
    /// </para>
    /// <para>
    /// Cost: one pass for m and the row minimum (a plain SIMD max/min; the minimum tells whether every
    /// xᵢ − m lies in the fast range of the exponential, so the hot loop needs no per-vector check),
    /// one fused SIMD pass that subtracts, exponentiates, stores and sums (Fast2Sum compensated), and
    /// one pass that multiplies by the reciprocal of the sum in place. No
    /// allocation.
    /// </para>
    /// <para>
    /// Special values: −∞ entries get 0 (unless all are −∞). A NaN entry, a +∞ entry (∞ − ∞) or an all
    /// −∞ vector makes every result NaN.
    /// </para>
    /// </remarks>
    /// <param name="x">The logits.</param>
    /// <param name="destination">Receives softmax(x); may be <paramref name="x"/> itself.</param>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty; <paramref name="destination"/> is
    /// shorter than <paramref name="x"/> or overlaps it at a shifted offset.</exception>
    public static void Softmax<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
        => RowwiseKernel.Row(x, destination, SoftmaxRow);

    /// <summary>
    /// Computes softmax(x)ᵢ = e^(xᵢ) / Σⱼ e^(xⱼ) row by row over a row-major batch (one observation
    /// per row of <paramref name="rowWidth"/> logits).
    /// </summary>
    /// <remarks>Each row as in <see cref="Softmax{T}(ReadOnlySpan{T}, Span{T})"/>, with the same
    /// stability, accuracy bound (c = 3) and special values; rows are independent.</remarks>
    /// <param name="x">The batch of logits, rows × <paramref name="rowWidth"/>.</param>
    /// <param name="destination">Receives the batch of probabilities; may be <paramref name="x"/> itself.</param>
    /// <param name="rowWidth">The number of classes per row.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowWidth"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or its length is not divisible by
    /// <paramref name="rowWidth"/>; <paramref name="destination"/> is shorter than <paramref name="x"/> or
    /// overlaps it at a shifted offset.</exception>
    public static void Softmax<T>(ReadOnlySpan<T> x, Span<T> destination, int rowWidth)
        where T : IFloatingPointIeee754<T>
        => RowwiseKernel.Batch(x, destination, rowWidth, SoftmaxRow);

    /// <summary>Computes softmax(x)ᵢ = e^(xᵢ) / Σⱼ e^(xⱼ) of a MathNet vector.</summary>
    /// <remarks>As <see cref="Softmax{T}(ReadOnlySpan{T}, Span{T})"/>.</remarks>
    /// <param name="x">The logits.</param>
    /// <returns>A new vector of probabilities.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty.</exception>
    public static MathNetVector Softmax(MathNetVector x)
        => RowwiseKernel.Vector(x, SoftmaxRow);

    /// <summary>Computes softmax(x)ᵢ = e^(xᵢ) / Σⱼ e^(xⱼ) of every row of a MathNet matrix (rows are observations).</summary>
    /// <remarks>As <see cref="Softmax{T}(ReadOnlySpan{T}, Span{T}, int)"/>.</remarks>
    /// <param name="x">The logits, one observation per row.</param>
    /// <returns>A new matrix of the same shape whose rows are probability vectors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static MathNetMatrix Softmax(MathNetMatrix x)
        => RowwiseKernel.Matrix(x, SoftmaxRow);

    /// <summary>Softmax of one row: range pass, fused exp-store-sum pass, scaling pass.</summary>
    internal static void SoftmaxRow<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        var sums = ShiftedExponentialSum.Compute<T, SoftmaxNumeratorsMode>(x, RowRangeKernel.Compute(x), destination);
        InPlaceScale.Apply(destination, T.One / sums.Sum);
    }

    /// <summary>
    /// Softmax of one row that also returns 1 − sᵢ for the maximal entries, computed as Σ′/Σ from the
    /// remainder Σ′ = Σ − 1 rather than by cancellation (see <see cref="IShiftedExponentialMode.ExcludesMaximum"/>).
    /// Every other entry has sᵢ ≤ ½, where 1 − sᵢ is accurate as it stands.
    /// </summary>
    internal static SoftmaxWithComplement<T> SoftmaxRowWithComplement<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        var range = RowRangeKernel.Compute(x);
        var maximum = range.Maximum;
        var sums = ShiftedExponentialSum.Compute<T, SoftmaxNumeratorsWithRemainderMode>(x, range, destination);
        var total = sums.Sum + sums.MaximumCount;
        InPlaceScale.Apply(destination, T.One / total);
        return new SoftmaxWithComplement<T>(maximum, sums.Remainder / total);
    }
}

/// <summary>The maximum m of a row and 1 − sᵢ for the entries equal to m.</summary>
internal readonly record struct SoftmaxWithComplement<T>(T Maximum, T ComplementAtMaximum)
    where T : IFloatingPointIeee754<T>
{
    /// <summary>1 − sᵢ for entry i with logit xᵢ and probability sᵢ.</summary>
    public T Complement(T logit, T probability) => logit == Maximum ? ComplementAtMaximum : T.One - probability;
}
