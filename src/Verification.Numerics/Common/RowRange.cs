using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Verification.Numerics.Common;

/// <summary>The maximum and minimum of a row; both NaN when the row holds a NaN.</summary>
internal readonly record struct RowRange<T>(T Maximum, T Minimum)
    where T : IFloatingPointIeee754<T>
{
    /// <summary>
    /// Whether every xᵢ − m lies in the fast range of <see cref="VectorExponential.ExpInFastRange"/>.
    /// False for a NaN row, an infinite entry or a spread beyond 87 (float) / 708 (double).
    /// </summary>
    // Stryker disable once all : at a spread of exactly the bound both forms are exact, so '<' and '<=' give the same values
    public bool ShiftsInFastRange => Maximum - Minimum <= T.CreateTruncating(VectorExponential.FastBound<T>());
}

/// <summary>
/// One pass for the maximum and the minimum of a row. It replaces <c>TensorPrimitives.Max</c>: that
/// one implements IEEE 754:2019 maximum (NaN and −0 handling) in several instructions per vector,
/// which at row width 1000 cost as much as the whole fused exponential pass; here each lane needs one
/// max, one min and a NaN test.
/// </summary>
internal static class RowRangeKernel
{
    public static RowRange<T> Compute<T>(ReadOnlySpan<T> x)
        where T : IFloatingPointIeee754<T>
    {
        ref var source = ref MemoryMarshal.GetReference(x);
        var length = (nuint)x.Length;

        // The whole row at the widest width it fills at least once (the last partial vector overlaps),
        // in one call that returns by value; see ShiftedExponentialSum.ComputeWidest for why.
        // Stryker disable once all : performance only; a narrower width or the scalar loop computes the same range
        if (Vector512Operations<T>.IsAccelerated && length >= (nuint)Vector512<T>.Count)
        {
            return ComputeWidth<T, Vector512<T>, Vector512Operations<T>>(ref source, length);
        }

        // Stryker disable once all : performance only; a narrower width or the scalar loop computes the same range
        if (Vector256Operations<T>.IsAccelerated && length >= (nuint)Vector256<T>.Count)
        {
            return ComputeWidth<T, Vector256<T>, Vector256Operations<T>>(ref source, length);
        }

        // Stryker disable once all : performance only; the scalar loop computes the same range
        if (Vector128Operations<T>.IsAccelerated && length >= (nuint)Vector128<T>.Count)
        {
            return ComputeWidth<T, Vector128<T>, Vector128Operations<T>>(ref source, length);
        }

        return ComputeScalar(ref source, length);
    }

    private static RowRange<T> ComputeScalar<T>(ref T source, nuint length)
        where T : IFloatingPointIeee754<T>
    {
        var maximum = T.NegativeInfinity;
        var minimum = T.PositiveInfinity;
        var sawNaN = false;
        for (nuint index = 0; index < length; index++)
        {
            var value = Unsafe.Add(ref source, index);
            // Stryker disable once all : equivalent for the results; a NaN entry also reaches the sum through its own exponential, so the flag only sends a NaN row to the general form (tested: ANaNAnywhereInARowMakesTheWholeRowNaN)
            sawNaN |= T.IsNaN(value);
            maximum = T.Max(maximum, value);
            minimum = T.Min(minimum, value);
        }

        // Stryker disable once all : equivalent for the results; a NaN entry also reaches the sum through its own exponential, so the flag only sends a NaN row to the general form (tested: ANaNAnywhereInARowMakesTheWholeRowNaN)
        return sawNaN ? new RowRange<T>(T.NaN, T.NaN) : new RowRange<T>(maximum, minimum);
    }

    /// <summary>A row of at least one vector (the caller checks), entirely at this width.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static RowRange<T> ComputeWidth<T, TVector, TOperations>(ref T source, nuint length)
        where T : IFloatingPointIeee754<T>
        where TOperations : IVectorOperations<TVector, T>
    {
        var count = (nuint)TOperations.Count;
        nuint position = 0;
        var first = TOperations.Load(ref source, position);
        TVector maximum0 = first, maximum1 = first, minimum0 = first, minimum1 = first;
        var notNaN = TOperations.Equals(first, first);
        position += count;

        // Two accumulators each: max and min have a latency of several cycles.
        for (; position + (2 * count) <= length; position += 2 * count)
        {
            var a = TOperations.Load(ref source, position);
            var b = TOperations.Load(ref source, position + count);
            maximum0 = TOperations.MaxNative(maximum0, a);
            maximum1 = TOperations.MaxNative(maximum1, b);
            minimum0 = TOperations.MinNative(minimum0, a);
            minimum1 = TOperations.MinNative(minimum1, b);
            notNaN = TOperations.And(notNaN, TOperations.And(TOperations.Equals(a, a), TOperations.Equals(b, b)));
        }

        for (; position + count <= length; position += count)
        {
            var a = TOperations.Load(ref source, position);
            maximum0 = TOperations.MaxNative(maximum0, a);
            minimum0 = TOperations.MinNative(minimum0, a);
            notNaN = TOperations.And(notNaN, TOperations.Equals(a, a));
        }

        // The last partial vector as one full vector ending at the row's end: maximum and minimum
        // are idempotent, so the lanes it shares with the loop need no mask, and the row needs no
        // narrower width or scalar code.
        if (position < length)
        {
            var a = TOperations.Load(ref source, length - count);
            maximum0 = TOperations.MaxNative(maximum0, a);
            minimum0 = TOperations.MinNative(minimum0, a);
            notNaN = TOperations.And(notNaN, TOperations.Equals(a, a));
        }

        // Stryker disable once all : equivalent for the results; a NaN entry also reaches the sum through its own exponential, so the flag only sends a NaN row to the general form (tested: ANaNAnywhereInARowMakesTheWholeRowNaN)
        return !TOperations.AllBitsSet(notNaN)
            ? new RowRange<T>(T.NaN, T.NaN)
            : new RowRange<T>(
                TOperations.MaxAcrossLanes(TOperations.MaxNative(maximum0, maximum1)),
                TOperations.MinAcrossLanes(TOperations.MinNative(minimum0, minimum1)));
    }
}
