namespace Verification.Numerics.Common;

/// <summary>
/// Which input range an element-wise operator's single SIMD form is compiled for. The kernels pass
/// <see cref="FastRangeExponential"/> for a block whose every |x| lies within the operator's fast range
/// and <see cref="AnyInputExponential"/> otherwise; the operator calls <c>TExponential.Exp</c> for its
/// exponentials and adds its repairs for large, infinite or NaN inputs only where <see cref="IsFast"/> is false.
/// </summary>
internal static class ExponentialRange
{
    /// <summary>
    /// True for <see cref="FastRangeExponential"/>. The type argument is a struct, so the JIT compiles one
    /// body per range and folds this test to a constant: the lean form carries none of the repairs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsFast<TExponential>()
        where TExponential : IExponentialPolicy => typeof(TExponential) == typeof(FastRangeExponential);
}
