namespace Verification.Numerics.Common;

/// <summary>
/// The block test of the SIMD drivers (<see cref="UnaryKernel"/>, <see cref="BinaryKernel"/>): may a block take an
/// operator's lean form, which is valid only while every lane satisfies |x| ≤ its bound?
/// </summary>
internal static class FastRangeScan
{
    /// <summary>Whether every lane of [index, end) satisfies |x| ≤ <paramref name="bound"/> (false for NaN).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool AllWithin<T, TVector, TOperations>(ref T source, nuint index, nuint end, double bound)
        where T : IFloatingPointIeee754<T>
        where TOperations : IVectorOperations<TVector, T>
    {
        var count = (nuint)TOperations.Count;
        var bounds = TOperations.Constant(bound);
        var inRange = TOperations.Equals(bounds, bounds);

        // Stryker disable once all : performance only; a scan that stops early or reads one vector more can only send the block to the general form
        for (; index < end; index += count)
        {
            inRange = TOperations.And(inRange, TOperations.LessThanOrEqual(TOperations.Abs(TOperations.Load(ref source, index)), bounds));
        }

        return TOperations.AllBitsSet(inRange);
    }
}
