using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Verification.Numerics.Common;

/// <summary>
/// An element-wise function of two arguments (a logit and its target) with a scalar form and one SIMD
/// form written once for both input ranges, as <see cref="IUnaryOperator{T}"/>: with
/// <see cref="FastRangeExponential"/> valid while every lane of the first argument satisfies
/// |x| ≤ <see cref="FastRangeBound"/>, with <see cref="AnyInputExponential"/> for any input.
/// </summary>
internal interface IBinaryOperator<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>|x| (first argument) up to which the <see cref="FastRangeExponential"/> form is valid.</summary>
    static abstract double FastRangeBound { get; }

    static abstract T Invoke(T x, T y);

    static abstract TVector Invoke<TVector, TOperations, TExponential>(TVector x, TVector y)
        where TOperations : IVectorOperations<TVector, T>
        where TExponential : IExponentialPolicy;
}

/// <summary>
/// Applies an <see cref="IBinaryOperator{T}"/> over two spans of equal length, with the block scheme of
/// <see cref="UnaryKernel"/>: a scan of each block of the first argument picks the lean or the general
/// SIMD form, the widest accelerated vectors go first (unrolled twice: two loads per vector), then at
/// most one narrower vector per width, then scalars.
/// </summary>
internal static class BinaryKernel
{
    /// <summary>Elements per block: 8 KiB of float, small enough to be re-read from L1.</summary>
    private const int BlockLength = 2048;

    public static void Apply<T, TOperator>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> destination)
        where T : IFloatingPointIeee754<T>
        where TOperator : IBinaryOperator<T>
    {
        ref var first = ref MemoryMarshal.GetReference(x);
        ref var second = ref MemoryMarshal.GetReference(y);
        ref var target = ref MemoryMarshal.GetReference(destination);
        var length = (nuint)x.Length;
        nuint index = 0;
        // Stryker disable once all : performance only; skipping a vector width leaves the entries to the next width or the scalar loop, which compute the same values
        if (Vector512Operations<T>.IsAccelerated)
        {
            index = ApplyWidth<T, TOperator, Vector512<T>, Vector512Operations<T>>(ref first, ref second, ref target, index, length);
        }

        // Stryker disable once all : performance only; skipping a vector width leaves the entries to the next width or the scalar loop, which compute the same values
        if (Vector256Operations<T>.IsAccelerated)
        {
            index = ApplyWidth<T, TOperator, Vector256<T>, Vector256Operations<T>>(ref first, ref second, ref target, index, length);
        }

        // Stryker disable once all : performance only; skipping a vector width leaves the entries to the next width or the scalar loop, which compute the same values
        if (Vector128Operations<T>.IsAccelerated)
        {
            index = ApplyWidth<T, TOperator, Vector128<T>, Vector128Operations<T>>(ref first, ref second, ref target, index, length);
        }

        for (; index < length; index++)
        {
            Unsafe.Add(ref target, index) = TOperator.Invoke(Unsafe.Add(ref first, index), Unsafe.Add(ref second, index));
        }
    }

    private static nuint ApplyWidth<T, TOperator, TVector, TOperations>(ref T first, ref T second, ref T target, nuint index, nuint length)
        where T : IFloatingPointIeee754<T>
        where TOperator : IBinaryOperator<T>
        where TOperations : IVectorOperations<TVector, T>
    {
        var count = (nuint)TOperations.Count;
        while (index + count <= length)
        {
            var blockEnd = index + Math.Min((length - index) / count, (nuint)BlockLength / count) * count;
            // Stryker disable once all : performance only; the general form is exact wherever the fast form is, so choosing it more often changes no value
            index = FastRangeScan.AllWithin<T, TVector, TOperations>(ref first, index, blockEnd, TOperator.FastRangeBound)
                ? ApplyBlock<T, TOperator, TVector, TOperations, FastRangeExponential>(ref first, ref second, ref target, index, blockEnd)
                : ApplyBlock<T, TOperator, TVector, TOperations, AnyInputExponential>(ref first, ref second, ref target, index, blockEnd);
        }

        return index;
    }

    /// <remarks>
    /// Not inlined: one small method per form and width keeps the JIT within its inline budget. The
    /// form is a struct type argument, so each is compiled on its own and the unrolling test is a constant.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static nuint ApplyBlock<T, TOperator, TVector, TOperations, TExponential>(ref T first, ref T second, ref T target, nuint index, nuint end)
        where T : IFloatingPointIeee754<T>
        where TOperator : IBinaryOperator<T>
        where TOperations : IVectorOperations<TVector, T>
        where TExponential : IExponentialPolicy
    {
        var count = (nuint)TOperations.Count;

        // Each vector is read (from both inputs) before it is written at the same position, so in-place use is safe.
        if (TExponential.Unrolls)
        {
            // Stryker disable once all : performance only; fewer unrolled iterations leave the vectors to the single-vector loop below
            for (; index + (2 * count) <= end; index += 2 * count)
            {
                TOperations.Store(Invoke<T, TOperator, TVector, TOperations, TExponential>(ref first, ref second, index), ref target, index);
                TOperations.Store(Invoke<T, TOperator, TVector, TOperations, TExponential>(ref first, ref second, index + count), ref target, index + count);
            }
        }

        for (; index < end; index += count)
        {
            TOperations.Store(Invoke<T, TOperator, TVector, TOperations, TExponential>(ref first, ref second, index), ref target, index);
        }

        return index;
    }

    /// <summary>The operator on the vectors of both arguments at <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector Invoke<T, TOperator, TVector, TOperations, TExponential>(ref T first, ref T second, nuint index)
        where T : IFloatingPointIeee754<T>
        where TOperator : IBinaryOperator<T>
        where TOperations : IVectorOperations<TVector, T>
        where TExponential : IExponentialPolicy =>
        TOperator.Invoke<TVector, TOperations, TExponential>(TOperations.Load(ref first, index), TOperations.Load(ref second, index));
}
