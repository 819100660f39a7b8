using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Verification.Numerics;

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

    public static bool StoresDifferences => false;

    public static bool ExcludesMaximum => false;

    public static bool CorrectsShiftRounding => false;
}

internal readonly struct SoftmaxNumeratorsWithRemainderMode : IShiftedExponentialMode
{
    public static bool StoresExponentials => true;

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
/// The fused pass of the softmax family: for one row and its maximum m, computes e^(xᵢ − m),
/// optionally stores it (or xᵢ − m), and sums it with compensation, all in one read of the row.
/// </summary>
internal static class ShiftedExponentialSum
{
    public static ShiftedExponentialSumResult<T> Compute<T, TMode>(ReadOnlySpan<T> x, T maximum, Span<T> destination)
        where T : IFloatingPointIeee754<T>
        where TMode : IShiftedExponentialMode
    {
        ref var source = ref MemoryMarshal.GetReference(x);
        ref var target = ref MemoryMarshal.GetReference(destination);
        var length = (nuint)x.Length;
        nuint index = 0;
        var sum = T.Zero;
        var compensation = T.Zero;
        var maximumCount = T.Zero;
        if (Vector512Operations<T>.IsAccelerated)
        {
            ComputeWidth<T, TMode, Vector512<T>, Vector512Operations<T>>(
                ref source, ref target, ref index, length, maximum, ref sum, ref compensation, ref maximumCount);
        }

        if (Vector256Operations<T>.IsAccelerated)
        {
            ComputeWidth<T, TMode, Vector256<T>, Vector256Operations<T>>(
                ref source, ref target, ref index, length, maximum, ref sum, ref compensation, ref maximumCount);
        }

        if (Vector128Operations<T>.IsAccelerated)
        {
            ComputeWidth<T, TMode, Vector128<T>, Vector128Operations<T>>(
                ref source, ref target, ref index, length, maximum, ref sum, ref compensation, ref maximumCount);
        }

        for (; index < length; index++)
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ComputeWidth<T, TMode, TVector, TOperations>(
        ref T source, ref T target, ref nuint index, nuint length, T maximum, ref T sum, ref T compensation, ref T maximumCount)
        where T : IFloatingPointIeee754<T>
        where TMode : IShiftedExponentialMode
        where TOperations : IVectorOperations<TVector, T>
    {
        var count = (nuint)TOperations.Count;
        if (index + count > length)
        {
            return;
        }

        var shift = TOperations.Broadcast(maximum);
        var negatedShift = TOperations.Broadcast(-maximum);
        var zero = TOperations.Broadcast(T.Zero);
        TVector sum0 = zero, sum1 = zero, sum2 = zero, sum3 = zero;
        TVector compensation0 = zero, compensation1 = zero, compensation2 = zero, compensation3 = zero;
        TVector maximumCount0 = zero, maximumCount1 = zero, maximumCount2 = zero, maximumCount3 = zero;

        // Four independent accumulators: the exponential of one vector is a long dependency chain,
        // and independent chains let the core overlap them.
        for (; index + (4 * count) <= length; index += 4 * count)
        {
            Step(ref source, ref target, index, shift, negatedShift, ref sum0, ref compensation0, ref maximumCount0);
            Step(ref source, ref target, index + count, shift, negatedShift, ref sum1, ref compensation1, ref maximumCount1);
            Step(ref source, ref target, index + (2 * count), shift, negatedShift, ref sum2, ref compensation2, ref maximumCount2);
            Step(ref source, ref target, index + (3 * count), shift, negatedShift, ref sum3, ref compensation3, ref maximumCount3);
        }

        for (; index + count <= length; index += count)
        {
            Step(ref source, ref target, index, shift, negatedShift, ref sum0, ref compensation0, ref maximumCount0);
        }

        compensation0 = TOperations.Add(compensation0, TOperations.Add(compensation1, TOperations.Add(compensation2, compensation3)));
        CompensatedSum.Add<T, TVector, TOperations>(ref sum0, ref compensation0, sum1);
        CompensatedSum.Add<T, TVector, TOperations>(ref sum0, ref compensation0, sum2);
        CompensatedSum.Add<T, TVector, TOperations>(ref sum0, ref compensation0, sum3);
        TOperations.AddLanes(sum0, compensation0, ref sum, ref compensation);
        if (TMode.ExcludesMaximum)
        {
            // Counts are small integers, so this plain sum is exact.
            maximumCount += TOperations.Sum(TOperations.Add(TOperations.Add(maximumCount0, maximumCount1), TOperations.Add(maximumCount2, maximumCount3)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        static void Step(
            ref T source, ref T target, nuint offset, TVector shift, TVector negatedShift, ref TVector sum, ref TVector compensation, ref TVector maximumCount)
        {
            var value = TOperations.Load(ref source, offset);
            var difference = TOperations.Subtract(value, shift);
            var exponential = VectorExponential.Exp<T, TVector, TOperations>(difference);
            if (TMode.StoresDifferences)
            {
                TOperations.Store(difference, ref target, offset);
            }

            if (TMode.StoresExponentials)
            {
                TOperations.Store(exponential, ref target, offset);
            }

            var summand = exponential;
            if (TMode.CorrectsShiftRounding)
            {
                // TwoSum of value and −m: value − m = difference + error exactly.
                var shiftPart = TOperations.Subtract(difference, value);
                var error = TOperations.Add(
                    TOperations.Subtract(value, TOperations.Subtract(difference, shiftPart)),
                    TOperations.Subtract(negatedShift, shiftPart));

                // A −∞ entry makes the error NaN (∞ − ∞) while its term is 0: drop the error there.
                error = TOperations.And(error, TOperations.Equals(error, error));
                summand = TOperations.FusedMultiplyAdd(exponential, error, exponential);
            }

            if (TMode.ExcludesMaximum)
            {
                var atMaximum = TOperations.Equals(difference, TOperations.Broadcast(T.Zero));
                CompensatedSum.Add<T, TVector, TOperations>(ref sum, ref compensation, TOperations.AndNot(summand, atMaximum));
                maximumCount = TOperations.Add(maximumCount, TOperations.And(atMaximum, TOperations.Broadcast(T.One)));
            }
            else
            {
                CompensatedSum.Add<T, TVector, TOperations>(ref sum, ref compensation, summand);
            }
        }
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
