namespace Verification.Numerics;

public static partial class StablePrimitives
{
    /// <summary>
    /// Computes the tempered softmax softmax(x/T)ᵢ = e^(xᵢ/T) / Σⱼ e^(xⱼ/T) over one vector.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Stability: with m = maxⱼ xⱼ, softmax(x/T)ᵢ = e^((xᵢ − m)/T) / Σⱼ e^((xⱼ − m)/T) (shift invariance,
    /// the shift being m/T). The shift comes first and the division second: yᵢ = (xᵢ − m)/T ≤ 0 for every
    /// T &gt; 0, so neither huge logits nor a tiny T can overflow to +∞ (x/T first would, and give ∞ − ∞);
    /// a yᵢ that overflows goes to −∞ and its probability to the exact 0. The yᵢ then run through the
    /// plain <see cref="Softmax{T}(ReadOnlySpan{T}, Span{T})"/> (its maximum is 0, so its own shift is exact).
    /// Hence no NaN or ∞ for any finite input and temperature.
    /// </para>
    /// <para>
    /// Laws: T = 1 gives the bits of the plain kernel (x/1 is exact); for T a power of two (and no
    /// overflow or underflow of x/T) the result is bit for bit the plain kernel applied to x/T, because
    /// fl(xᵢ − m)/T = fl(xᵢ/T − m/T) exactly.
    /// </para>
    /// <para>
    /// Accuracy: every result is within (c + 2·|xᵢ − m|/T) ulp of the exact softmax(x/T) with c = 3. The
    /// second term is the rounding of the subtraction and of the division (½ ulp of yᵢ each), which the
    /// exponential turns into a relative error; c is that of the plain kernel (measured maxima over the
    /// test sweep, T from 10⁻³ to 10³: 2.27 float, 2.09 double).
    /// </para>
    /// <para>
    /// Cost: the plain kernel's three passes plus a max/min pass and two element-wise passes (subtract,
    /// divide). No allocation.
    /// </para>
    /// <para>Special values as for the plain kernel.</para>
    /// <para>
    /// Named apart from <c>Softmax</c> on purpose: an overload <c>Softmax(x, destination, T temperature)</c> beside
    /// the batch <see cref="Softmax{T}(ReadOnlySpan{T}, Span{T}, int)"/> would let <c>Softmax(x, d, 2)</c> silently
    /// mean row width 2. The <see cref="Activations"/> facade, which has no row-width overloads, calls it <c>Softmax</c>.
    /// </para>
    /// </remarks>
    /// <param name="x">The logits.</param>
    /// <param name="destination">Receives softmax(x/T); may be <paramref name="x"/> itself.</param>
    /// <param name="temperature">T &gt; 0, finite: above 1 it flattens the distribution, below 1 it sharpens it.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="temperature"/> is not positive, NaN or +∞.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty; <paramref name="destination"/> is
    /// shorter than <paramref name="x"/> or overlaps it at a shifted offset.</exception>
    public static void SoftmaxWithTemperature<T>(ReadOnlySpan<T> x, Span<T> destination, T temperature)
        where T : IFloatingPointIeee754<T>
        => RowwiseKernel.Row(x, destination, temperature, SoftmaxRow);

    /// <summary>
    /// Computes the tempered softmax softmax(x/T) row by row over a row-major batch (one observation per
    /// row of <paramref name="rowWidth"/> logits).
    /// </summary>
    /// <remarks>Each row as in <see cref="SoftmaxWithTemperature{T}(ReadOnlySpan{T}, Span{T}, T)"/>; rows are independent.</remarks>
    /// <param name="x">The batch of logits, rows × <paramref name="rowWidth"/>.</param>
    /// <param name="destination">Receives the batch of probabilities; may be <paramref name="x"/> itself.</param>
    /// <param name="rowWidth">The number of classes per row.</param>
    /// <param name="temperature">T &gt; 0, finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="temperature"/> is not positive, NaN or +∞;
    /// <paramref name="rowWidth"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or its length is not divisible by
    /// <paramref name="rowWidth"/>; <paramref name="destination"/> is shorter than <paramref name="x"/> or
    /// overlaps it at a shifted offset.</exception>
    public static void SoftmaxWithTemperature<T>(ReadOnlySpan<T> x, Span<T> destination, int rowWidth, T temperature)
        where T : IFloatingPointIeee754<T>
        => RowwiseKernel.Batch(x, destination, rowWidth, temperature, SoftmaxRow);

    /// <summary>Computes the tempered softmax softmax(x/T) of a MathNet vector.</summary>
    /// <remarks>As <see cref="SoftmaxWithTemperature{T}(ReadOnlySpan{T}, Span{T}, T)"/>.</remarks>
    /// <param name="x">The logits.</param>
    /// <param name="temperature">T &gt; 0, finite.</param>
    /// <returns>A new vector of probabilities.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="temperature"/> is not positive, NaN or +∞.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty.</exception>
    public static MathNetVector SoftmaxWithTemperature(MathNetVector x, double temperature)
        => RowwiseKernel.Vector(x, temperature, SoftmaxRow);

    /// <summary>Computes the tempered softmax softmax(x/T) of every row of a MathNet matrix (rows are observations).</summary>
    /// <remarks>As <see cref="SoftmaxWithTemperature{T}(ReadOnlySpan{T}, Span{T}, int, T)"/>.</remarks>
    /// <param name="x">The logits, one observation per row.</param>
    /// <param name="temperature">T &gt; 0, finite.</param>
    /// <returns>A new matrix of the same shape whose rows are probability vectors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="temperature"/> is not positive, NaN or +∞.</exception>
    public static MathNetMatrix SoftmaxWithTemperature(MathNetMatrix x, double temperature)
        => RowwiseKernel.Matrix(x, temperature, SoftmaxRow);

    /// <summary>Tempered softmax of one row: yᵢ = (xᵢ − m)/T into the destination, then the plain row kernel in place.</summary>
    internal static void SoftmaxRow<T>(ReadOnlySpan<T> x, Span<T> destination, T temperature)
        where T : IFloatingPointIeee754<T>
    {
        TemperatureShift.ShiftAndScale(x, RowRangeKernel.Compute(x), temperature, destination);
        SoftmaxRow<T>(destination, destination);
    }
}
