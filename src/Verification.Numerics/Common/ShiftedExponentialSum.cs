using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Verification.Numerics.Common;

/// <summary>What the fused pass of <see cref="ShiftedExponentialSum"/> writes and sums; the JIT folds these constants.</summary>
internal interface IShiftedExponentialMode
{
    /// <summary>Write e^(xᵢ − m) to the destination (softmax numerators).</summary>
    static abstract bool StoresExponentials { get; }

    /// <summary>Write xᵢ − m to the destination (log-softmax before subtracting the log-normaliser).</summary>
    static abstract bool StoresDifferences { get; }

    /// <summary>
    /// Leave the entries equal to the maximum out of the sum and count them instead. Each contributes
    /// exactly e⁰ = 1, and adding those 1s to a small remainder would round the remainder away before
    /// log1p could see it: log Σ = log1p(Σ′) with Σ′ = Σ − 1 needs Σ′ itself, not fl(1 + Σ′) − 1.
    /// </summary>
    static abstract bool ExcludesMaximum { get; }

    /// <summary>
    /// Sum e^(xᵢ − m)·(1 + δᵢ) where δᵢ is the exact rounding error of fl(xᵢ − m) (Knuth's TwoSum), so
    /// the sum is that of the exact shifts. Without it, each term carries a relative error up to
    /// |xᵢ − m|·ε/2 and log1p(Σ′) inherits it in full when Σ′ is small (measured: 7 ulp for
    /// log softmax(−9.7, 4.9)₁); with it the log-normaliser is accurate to the exponential's own ulp.
    /// Eight more vector operations per vector, so only the logarithmic kernels pay for it: in
    /// softmax the error of each sum term is diluted by the 1 of the maximum.
    /// </summary>
    static abstract bool CorrectsShiftRounding { get; }
}

internal readonly struct SoftmaxNumeratorsMode : IShiftedExponentialMode
{
    public static bool StoresExponentials => true;

    // Stryker disable once all : equivalent; the exponentials are stored after the differences and overwrite them
    public static bool StoresDifferences => false;

    public static bool ExcludesMaximum => false;

    // Stryker disable once all : performance only; the correction makes softmax no less accurate, only slower
    public static bool CorrectsShiftRounding => false;
}

internal readonly struct SoftmaxNumeratorsWithRemainderMode : IShiftedExponentialMode
{
    public static bool StoresExponentials => true;

    // Stryker disable once all : equivalent; the exponentials are stored after the differences and overwrite them
    public static bool StoresDifferences => false;

    public static bool ExcludesMaximum => true;

    public static bool CorrectsShiftRounding => true;
}

internal readonly struct LogSoftmaxDifferencesMode : IShiftedExponentialMode
{
    public static bool StoresExponentials => false;

    public static bool StoresDifferences => true;

    public static bool ExcludesMaximum => true;

    public static bool CorrectsShiftRounding => true;
}

internal readonly struct LogSumExpMode : IShiftedExponentialMode
{
    public static bool StoresExponentials => false;

    public static bool StoresDifferences => false;

    public static bool ExcludesMaximum => true;

    public static bool CorrectsShiftRounding => true;
}

/// <summary>How the fused pass exponentiates: chosen per row, so the loop itself has no range check.</summary>
internal interface IExponentialPolicy
{
    /// <summary>
    /// Whether the loop runs four vectors per iteration. Only the lean fast form is unrolled: four
    /// copies of the general form exceed the JIT's inline budget, and the calls it then leaves in the
    /// loop cost more than the unrolling gains.
    /// </summary>
    static abstract bool Unrolls { get; }

    /// <summary>
    /// Whether every entry the policy is chosen for is finite (the fast range: no NaN, no infinity, a
    /// spread of at most 87 resp. 708). Then the shift's rounding error is finite too and needs no
    /// NaN mask, and the sums are ordered by <c>Max</c>/<c>Min</c> (which are unspecified for NaN).
    /// </summary>
    static abstract bool HasOnlyFiniteInputs { get; }

    static abstract TVector Exp<T, TVector, TOperations>(TVector x)
        where T : IFloatingPointIeee754<T>
        where TOperations : IVectorOperations<TVector, T>;
}

/// <summary>For rows whose entries all lie within the fast range of the maximum.</summary>
internal readonly struct FastRangeExponential : IExponentialPolicy
{
    // Stryker disable once all : performance only; without unrolling the single-vector loop sums the same terms
    public static bool Unrolls => true;

    public static bool HasOnlyFiniteInputs => true;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector Exp<T, TVector, TOperations>(TVector x)
        where T : IFloatingPointIeee754<T>
        where TOperations : IVectorOperations<TVector, T> => VectorExponential.ExpInFastRange<T, TVector, TOperations>(x);
}

/// <summary>For every other row: wide spreads, infinities, NaN.</summary>
internal readonly struct AnyInputExponential : IExponentialPolicy
{
    // Stryker disable once all : performance only; unrolling sums the same terms in four accumulators
    public static bool Unrolls => false;

    public static bool HasOnlyFiniteInputs => false;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector Exp<T, TVector, TOperations>(TVector x)
        where T : IFloatingPointIeee754<T>
        where TOperations : IVectorOperations<TVector, T> => VectorExponential.ExpOfAnyInput<T, TVector, TOperations>(x);
}

/// <summary>
/// Result of the fused pass over one row with maximum m.
/// </summary>
/// <param name="Sum">
/// Σ e^(xᵢ − m) over all i, or, when the maximum is excluded, over the i with xᵢ ≠ m.
/// </param>
/// <param name="MaximumCount">How many xᵢ equal m (0 when the maximum was not excluded).</param>
internal readonly record struct ShiftedExponentialSumResult<T>(T Sum, T MaximumCount)
    where T : IFloatingPointIeee754<T>
{
    /// <summary>Σ′ = Σᵢ e^(xᵢ − m) − 1: the normaliser minus the one term of a maximal entry.</summary>
    public T Remainder => Sum + (MaximumCount - T.One);

    /// <summary>log Σᵢ e^(xᵢ − m) = log1p(Σ′), accurate even when Σ′ is far below ε.</summary>
    public T LogNormalizer => ScalarMath.LogOnePlus(Remainder);
}

/// <summary>
/// The fused pass of the softmax family: for one row and its range (maximum m), computes e^(xᵢ − m),
/// optionally stores it (or xᵢ − m), and sums it with compensation, all in one read of the row.
/// </summary>
internal static class ShiftedExponentialSum
{
    public static ShiftedExponentialSumResult<T> Compute<T, TMode>(ReadOnlySpan<T> x, RowRange<T> range, Span<T> destination)
        where T : IFloatingPointIeee754<T>
        where TMode : IShiftedExponentialMode
    {
        ref var source = ref MemoryMarshal.GetReference(x);
        ref var target = ref MemoryMarshal.GetReference(destination);
        var length = (nuint)x.Length;

        // xᵢ − m ∈ [min − m, 0]: if that stays in the fast range of the exponential, the whole row
        // takes the fast path with no per-vector check; otherwise (a spread beyond 87 resp. 708, an
        // infinity, a NaN: all make the comparison false) the branch-free general path.
        // Stryker disable once all : performance only; the general path computes the same values in the fast range
        return range.ShiftsInFastRange
            ? ComputeWidest<T, TMode, FastRangeExponential>(ref source, ref target, length, range.Maximum)
            : ComputeWidest<T, TMode, AnyInputExponential>(ref source, ref target, length, range.Maximum);
    }

    /// <summary>
    /// The whole row at the widest vector width it fills at least once (its last partial vector is one
    /// overlapping vector, see <see cref="ComputeWidth"/>), or in scalar code below the narrowest. One
    /// call per row, returning its result by value: the earlier form called every width in turn (most
    /// returned at once) and passed the running sums by reference, which kept them on the stack; on a
    /// row of 10 floats those calls cost more than the arithmetic.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ShiftedExponentialSumResult<T> ComputeWidest<T, TMode, TExponential>(ref T source, ref T target, nuint length, T maximum)
        where T : IFloatingPointIeee754<T>
        where TMode : IShiftedExponentialMode
        where TExponential : IExponentialPolicy
    {
        // Stryker disable once all : performance only; a narrower width or the scalar loop computes the same values
        if (Vector512Operations<T>.IsAccelerated && length >= (nuint)Vector512<T>.Count)
        {
            return ComputeWidth<T, TMode, TExponential, Vector512<T>, Vector512Operations<T>>(ref source, ref target, length, maximum);
        }

        // Stryker disable once all : performance only; a narrower width or the scalar loop computes the same values
        if (Vector256Operations<T>.IsAccelerated && length >= (nuint)Vector256<T>.Count)
        {
            return ComputeWidth<T, TMode, TExponential, Vector256<T>, Vector256Operations<T>>(ref source, ref target, length, maximum);
        }

        // Stryker disable once all : performance only; the scalar loop computes the same values
        if (Vector128Operations<T>.IsAccelerated && length >= (nuint)Vector128<T>.Count)
        {
            return ComputeWidth<T, TMode, TExponential, Vector128<T>, Vector128Operations<T>>(ref source, ref target, length, maximum);
        }

        return ComputeScalar<T, TMode>(ref source, ref target, length, maximum);
    }

    /// <summary>Rows narrower than the narrowest vector (or no SIMD at all).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ShiftedExponentialSumResult<T> ComputeScalar<T, TMode>(ref T source, ref T target, nuint length, T maximum)
        where T : IFloatingPointIeee754<T>
        where TMode : IShiftedExponentialMode
    {
        var sum = T.Zero;
        var compensation = T.Zero;
        var maximumCount = T.Zero;
        for (nuint index = 0; index < length; index++)
        {
            var value = Unsafe.Add(ref source, index);
            var difference = value - maximum;
            var exponential = T.Exp(difference);
            if (TMode.StoresDifferences)
            {
                Unsafe.Add(ref target, index) = difference;
            }

            if (TMode.StoresExponentials)
            {
                Unsafe.Add(ref target, index) = exponential;
            }

            if (TMode.ExcludesMaximum && difference == T.Zero)
            {
                maximumCount += T.One;
            }
            else
            {
                CompensatedSum.Add(ref sum, ref compensation, TMode.CorrectsShiftRounding ? CorrectShift(value, maximum, difference, exponential) : exponential);
            }
        }

        return new ShiftedExponentialSumResult<T>(sum + compensation, maximumCount);
    }

    /// <summary>A row of at least one vector (the caller checks), entirely at this width.</summary>
    /// <remarks>
    /// Not inlined on purpose: one instance per width keeps each method small enough for the JIT to
    /// keep every accumulator in a register (inlining all widths into one method exhausts its inline
    /// budget and spills them to the stack, which halved the throughput).
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ShiftedExponentialSumResult<T> ComputeWidth<T, TMode, TExponential, TVector, TOperations>(
        ref T source, ref T target, nuint length, T maximum)
        where T : IFloatingPointIeee754<T>
        where TMode : IShiftedExponentialMode
        where TExponential : IExponentialPolicy
        where TOperations : IVectorOperations<TVector, T>
    {
        var count = (nuint)TOperations.Count;
        nuint position = 0;
        var shift = TOperations.Broadcast(maximum);
        var negatedShift = TOperations.Broadcast(-maximum);
        // Softmax: every lane sum starts at 1 (taken off again at the end, exactly). The summands lie
        // in [0, 1], so the running sum is never smaller than the next summand and Dekker's Fast2Sum
        // (3 operations) is error-free, where Knuth's TwoSum needs 6. The price: summands far below 1
        // end up in the plainly summed compensation, harmless next to a total ≥ 1 (the maximum's own
        // term) but not for the log-normaliser, which needs the remainder Σ′ to relative accuracy
        // even when Σ′ ≪ ε; those modes keep TwoSum.
        var zero = TOperations.Constant(0.0);
        var start = UsesUnitOffset<TMode>() ? TOperations.Constant(1.0) : zero;
        var first = new Accumulator<TVector> { Sum = start, Compensation = zero, MaximumCount = zero };
        var second = first;
        var third = first;
        var fourth = first;

        // Four independent accumulators: the exponential of one vector is a long dependency chain,
        // and independent chains let the core overlap them. Accumulators travel by value, not by
        // reference, so the JIT keeps them in registers.
        for (; TExponential.Unrolls && position + (4 * count) <= length; position += 4 * count)
        {
            first = Step<T, TMode, TExponential, TVector, TOperations>(ref source, ref target, position, shift, negatedShift, first, newLanes: shift, masked: false);
            second = Step<T, TMode, TExponential, TVector, TOperations>(ref source, ref target, position + count, shift, negatedShift, second, newLanes: shift, masked: false);
            third = Step<T, TMode, TExponential, TVector, TOperations>(ref source, ref target, position + (2 * count), shift, negatedShift, third, newLanes: shift, masked: false);
            fourth = Step<T, TMode, TExponential, TVector, TOperations>(ref source, ref target, position + (3 * count), shift, negatedShift, fourth, newLanes: shift, masked: false);
        }

        for (; position + count <= length; position += count)
        {
            first = Step<T, TMode, TExponential, TVector, TOperations>(ref source, ref target, position, shift, negatedShift, first, newLanes: shift, masked: false);
        }

        // The last partial vector, as one full vector ending at the row's end: its lanes that the loop
        // already covered are masked out of the sum and keep their stored values, so every entry is
        // counted once. One more step instead of a narrower width or scalar code with a second lane
        // reduction, which cost more than the whole loop for rows of a few vectors. Loading the
        // destination's covered lanes back (rather than recomputing them) keeps in-place calls right.
        if (position < length)
        {
            var tail = length - count;
            first = Step<T, TMode, TExponential, TVector, TOperations>(
                ref source, ref target, tail, shift, negatedShift, first, TOperations.LanesFrom((int)(position - tail)), masked: true);
        }

        // Rows shorter than four vectors (and the general form, which does not unroll) only ever used
        // the first accumulator.
        // Stryker disable once Logical : equivalent; where it wrongly gives false the reduction also adds the empty accumulators, exactly
        var onlyFirst = !TExponential.Unrolls || length < 4 * count;
        return ReduceLanes<T, TMode, TVector, TOperations>(first, second, third, fourth, onlyFirst);
    }

    /// <summary>Adds the four accumulators' lanes into the row's scalar compensated sum and count.</summary>
    /// <remarks>
    /// Not inlined on purpose: inside the loop method the JIT has no inline budget left for the
    /// scalar compensated additions, which stayed calls to <c>float.op_Addition</c> (measured with perf:
    /// 9 % of the time of a row of 100 floats); once per row a call costs nothing.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ShiftedExponentialSumResult<T> ReduceLanes<T, TMode, TVector, TOperations>(
        Accumulator<TVector> first, Accumulator<TVector> second, Accumulator<TVector> third, Accumulator<TVector> fourth, bool onlyFirst)
        where T : IFloatingPointIeee754<T>
        where TMode : IShiftedExponentialMode
        where TOperations : IVectorOperations<TVector, T>
    {
        var sum = T.Zero;
        var compensation = T.Zero;
        var maximumCount = T.Zero;
        if (typeof(T) == typeof(float))
        {
            // Float lanes summed in double: the lane sums are multiples of 2⁻²³ below 2²⁰ (softmax,
            // unit offset) or within float range of each other, so the double sums are exact or within
            // 2⁻⁴⁸ relative, and the single rounding back to float pair (sum, compensation) loses
            // nothing a float total can hold. A tree of wide additions instead of the chain of
            // two-sums below: the chain's latency was a quarter of the time of a row of 100 floats.
            double sums, compensations;
            // Stryker disable once all : equivalent when it wrongly gives false; the empty accumulators add exact zeros (or exact 1s, taken off again)
            if (onlyFirst)
            {
                sums = WideLaneSum.OfSingles(first.Sum);
                compensations = WideLaneSum.OfSingles(first.Compensation);
            }
            else
            {
                sums = TOperations.WideSum(first.Sum, second.Sum, third.Sum, fourth.Sum);
                compensations = TOperations.WideSum(first.Compensation, second.Compensation, third.Compensation, fourth.Compensation);
            }

            if (UsesUnitOffset<TMode>())
            {
                // Each lane of each accumulator used started at 1: an exact integer in all.
                sums -= (onlyFirst ? 1 : 4) * TOperations.Count;
            }

            var total = (sums + compensations) + (double.CreateTruncating(sum) + double.CreateTruncating(compensation));
            sum = T.CreateTruncating(total);
            compensation = T.CreateTruncating(total - double.CreateTruncating(sum));
        }
        else if (onlyFirst && !UsesUnitOffset<TMode>())
        {
            // The empty accumulators hold zeros, whose error-free additions change nothing.
            TOperations.AddLanes(first.Sum, first.Compensation, ref sum, ref compensation);
        }
        else
        {
            ReduceLanesCompensated<T, TMode, TVector, TOperations>(first, second, third, fourth, ref sum, ref compensation);
        }

        if (TMode.ExcludesMaximum)
        {
            // Counts are small integers, so this plain sum is exact.
            maximumCount = onlyFirst ? TOperations.Sum(first.MaximumCount) : TOperations.Sum(TOperations.Add(
                TOperations.Add(first.MaximumCount, second.MaximumCount), TOperations.Add(third.MaximumCount, fourth.MaximumCount)));
        }

        return new ShiftedExponentialSumResult<T>(sum + compensation, maximumCount);
    }

    /// <summary>The error-free reduction for double lanes, which have no wider type to sum in.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ReduceLanesCompensated<T, TMode, TVector, TOperations>(
        Accumulator<TVector> first, Accumulator<TVector> second, Accumulator<TVector> third, Accumulator<TVector> fourth,
        ref T sum, ref T compensation)
        where T : IFloatingPointIeee754<T>
        where TMode : IShiftedExponentialMode
        where TOperations : IVectorOperations<TVector, T>
    {
        var laneSum = first.Sum;
        var laneCompensation = TOperations.Add(
            first.Compensation, TOperations.Add(second.Compensation, TOperations.Add(third.Compensation, fourth.Compensation)));
        CompensatedSum.Add<T, TVector, TOperations>(ref laneSum, ref laneCompensation, second.Sum);
        CompensatedSum.Add<T, TVector, TOperations>(ref laneSum, ref laneCompensation, third.Sum);
        CompensatedSum.Add<T, TVector, TOperations>(ref laneSum, ref laneCompensation, fourth.Sum);
        if (UsesUnitOffset<TMode>())
        {
            CompensatedSum.Add<T, TVector, TOperations>(ref laneSum, ref laneCompensation, TOperations.Constant(-4.0));
        }

        TOperations.AddLanes(laneSum, laneCompensation, ref sum, ref compensation);
    }

    /// <summary>
    /// One vector of the fused pass. <paramref name="masked"/> is a constant at every call site, so the
    /// JIT drops the masking from the unmasked loop steps; when set, only the lanes in
    /// <paramref name="newLanes"/> are summed and stored (unmasked steps pass any vector there).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Accumulator<TVector> Step<T, TMode, TExponential, TVector, TOperations>(
        ref T source, ref T target, nuint offset, TVector shift, TVector negatedShift, Accumulator<TVector> accumulator, TVector newLanes, bool masked)
        where T : IFloatingPointIeee754<T>
        where TMode : IShiftedExponentialMode
        where TExponential : IExponentialPolicy
        where TOperations : IVectorOperations<TVector, T>
    {
        var value = TOperations.Load(ref source, offset);
        var difference = TOperations.Subtract(value, shift);
        var exponential = TExponential.Exp<T, TVector, TOperations>(difference);
        if (TMode.StoresDifferences)
        {
            TOperations.Store(masked ? TOperations.ConditionalSelect(newLanes, difference, TOperations.Load(ref target, offset)) : difference, ref target, offset);
        }

        if (TMode.StoresExponentials)
        {
            TOperations.Store(masked ? TOperations.ConditionalSelect(newLanes, exponential, TOperations.Load(ref target, offset)) : exponential, ref target, offset);
        }

        var summand = exponential;
        if (TMode.CorrectsShiftRounding)
        {
            // TwoSum of value and −m: value − m = difference + error exactly.
            var shiftPart = TOperations.Subtract(difference, value);
            var error = TOperations.Add(
                TOperations.Subtract(value, TOperations.Subtract(difference, shiftPart)),
                TOperations.Subtract(negatedShift, shiftPart));

            // A −∞ entry makes the error NaN (∞ − ∞) while its term is 0: drop the error there. In the
            // fast range every entry is finite, and so is every error.
            if (!TExponential.HasOnlyFiniteInputs)
            {
                error = TOperations.And(error, TOperations.Equals(error, error));
            }

            summand = TOperations.FusedMultiplyAdd(exponential, error, exponential);
        }

        if (masked)
        {
            summand = TOperations.And(summand, newLanes);
        }

        var maximumCount = accumulator.MaximumCount;
        if (TMode.ExcludesMaximum)
        {
            var atMaximum = TOperations.Equals(difference, TOperations.Constant(0.0));
            if (masked)
            {
                atMaximum = TOperations.And(atMaximum, newLanes);
            }

            // Selects rather than AND masks: with AVX-512 the comparison lands in a mask register,
            // and a select by it is one masked instruction, where an AND first converts the mask to
            // a vector (measured: 6 instructions per vector down to 3). Same values.
            summand = TOperations.ConditionalSelect(atMaximum, TOperations.Constant(0.0), summand);
            maximumCount = TOperations.ConditionalSelect(atMaximum, TOperations.Add(maximumCount, TOperations.Constant(1.0)), maximumCount);
        }

        var total = TOperations.Add(accumulator.Sum, summand);
        TVector roundingError;
        if (UsesUnitOffset<TMode>())
        {
            // Dekker's Fast2Sum, exact because the lane sum (≥ 1) is at least the summand (≤ 1).
            roundingError = TOperations.Subtract(summand, TOperations.Subtract(total, accumulator.Sum));
        }
        else if (TExponential.HasOnlyFiniteInputs)
        {
            // Fast2Sum of the larger and the smaller (both ≥ 0, so Max/Min order them by magnitude):
            // the same exact error as TwoSum below, bit for bit, in five operations instead of six.
            var larger = TOperations.MaxNative(accumulator.Sum, summand);
            var smaller = TOperations.MinNative(accumulator.Sum, summand);
            total = TOperations.Add(larger, smaller);
            roundingError = TOperations.Subtract(smaller, TOperations.Subtract(total, larger));
        }
        else
        {
            // Knuth's TwoSum (see CompensatedSum).
            var summandPart = TOperations.Subtract(total, accumulator.Sum);
            roundingError = TOperations.Add(
                TOperations.Subtract(accumulator.Sum, TOperations.Subtract(total, summandPart)),
                TOperations.Subtract(summand, summandPart));
        }

        return new Accumulator<TVector>
        {
            Sum = total,
            Compensation = TOperations.Add(accumulator.Compensation, roundingError),
            MaximumCount = maximumCount,
        };
    }

    /// <summary>Whether lane sums start at 1 and use Fast2Sum (softmax numerators) rather than 0 and TwoSum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool UsesUnitOffset<TMode>()
        where TMode : IShiftedExponentialMode => !TMode.ExcludesMaximum;

    /// <summary>Per-lane compensated sum and count of maximal entries. Plain fields: no accessor calls for the JIT to inline.</summary>
    private struct Accumulator<TVector>
    {
        public TVector Sum;
        public TVector Compensation;
        public TVector MaximumCount;
    }

    /// <summary>e^(x − m)·(1 + δ) with δ the exact rounding error of fl(x − m); see <see cref="IShiftedExponentialMode.CorrectsShiftRounding"/>.</summary>
    private static T CorrectShift<T>(T value, T maximum, T difference, T exponential)
        where T : IFloatingPointIeee754<T>
    {
        var shiftPart = difference - value;
        var error = (value - (difference - shiftPart)) + (-maximum - shiftPart);
        return T.IsNaN(error) ? exponential : T.FusedMultiplyAdd(exponential, error, exponential);
    }
}
