namespace Verification.Numerics.Common;

/// <summary>
/// Summation with Knuth's error-free TwoSum: a + b = s + e exactly, with s = fl(a + b) (Knuth, TAOCP
/// vol. 2, §4.2.2; Ogita–Rump–Oishi 2005). Accumulating the errors e separately gives a sum whose
/// relative error is about 2ε plus a term of order k·ε², so the softmax normaliser is exact to
/// working precision for every row width we meet, and the accuracy bound needs no factor of k.
/// TwoSum (rather than Fast2Sum) because a running sum can be smaller than the next term; the fused
/// softmax loop, whose terms are bounded, arranges for Fast2Sum instead (see ShiftedExponentialSum).
/// </summary>
internal static class CompensatedSum
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add<T>(ref T sum, ref T compensation, T value)
        where T : IFloatingPointIeee754<T>
    {
        var total = sum + value;
        var valuePart = total - sum;
        compensation += (sum - (total - valuePart)) + (value - valuePart);
        sum = total;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add<T, TVector, TOperations>(ref TVector sum, ref TVector compensation, TVector value)
        where T : IFloatingPointIeee754<T>
        where TOperations : IVectorOperations<TVector, T>
    {
        var total = TOperations.Add(sum, value);
        var valuePart = TOperations.Subtract(total, sum);
        var error = TOperations.Add(
            TOperations.Subtract(sum, TOperations.Subtract(total, valuePart)),
            TOperations.Subtract(value, valuePart));
        compensation = TOperations.Add(compensation, error);
        sum = total;
    }
}
