using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Verification.Numerics.Common;

/// <summary>
/// An element-wise function with a scalar form and one SIMD form written once for both input ranges:
/// compiled with <see cref="FastRangeExponential"/> it is the lean form, valid while every lane satisfies
/// |x| ≤ <see cref="FastRangeBound"/>; with <see cref="AnyInputExponential"/> it is the branch-free form
/// for any input (see <see cref="ExponentialRange.IsFast{TExponential}"/>).
/// </summary>
internal interface IUnaryOperator<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>|x| up to which the <see cref="FastRangeExponential"/> form is valid; +∞ when it always is.</summary>
    static abstract double FastRangeBound { get; }

    static abstract T Invoke(T x);

    static abstract TVector Invoke<TVector, TOperations, TExponential>(TVector x)
        where TOperations : IVectorOperations<TVector, T>
        where TExponential : IExponentialPolicy;
}

/// <summary>
/// Applies an <see cref="IUnaryOperator{T}"/> over a span, block by block: a quick scan of each block
/// (it stays in L1 for the second read) picks the lean or the general SIMD form, so neither loop has a
/// per-vector branch or a call; calls inside a loop make the JIT keep vectors in memory. Within a
/// block the widest accelerated vectors go first (unrolled four times, so the long dependency chains
/// of independent vectors overlap), then at most one narrower vector per width, then scalars.
/// </summary>
internal static class UnaryKernel
{
    /// <summary>Elements per block: 8 KiB of float, small enough to be re-read from L1.</summary>
    private const int BlockLength = 2048;

    /// <summary>
    /// The whole body of an element-wise entry point: checks its arguments under the caller's parameter
    /// names (so every entry point throws the same exceptions, naming its own parameters), then applies
    /// <typeparamref name="TOperator"/>.
    /// </summary>
    /// <param name="x">The inputs; must not be empty.</param>
    /// <param name="xName">The caller's name for <paramref name="x"/>.</param>
    /// <param name="destination">Receives the results; at least as long as <paramref name="x"/>, and either
    /// <paramref name="x"/> itself or apart from it (in-place use is safe, a shifted overlap is not).</param>
    /// <param name="destinationName">The caller's name for <paramref name="destination"/>.</param>
    public static void Apply<T, TOperator>(ReadOnlySpan<T> x, string xName, Span<T> destination, string destinationName)
        where T : IFloatingPointIeee754<T>
        where TOperator : IUnaryOperator<T>
    {
        Guard.NotEmpty(x, xName);
        Guard.DestinationFits(destination, x.Length, destinationName);
        Guard.NoShiftedOverlap(x, xName, destination, destinationName);
        ApplyChecked<T, TOperator>(x, destination);
    }

    private static void ApplyChecked<T, TOperator>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
        where TOperator : IUnaryOperator<T>
    {
        ref var source = ref MemoryMarshal.GetReference(x);
        ref var target = ref MemoryMarshal.GetReference(destination);
        var length = (nuint)x.Length;
        nuint index = 0;
        // Stryker disable once all : performance only; skipping a vector width leaves the entries to the next width or the scalar loop, which compute the same values
        if (Vector512Operations<T>.IsAccelerated)
        {
            index = ApplyWidth<T, TOperator, Vector512<T>, Vector512Operations<T>>(ref source, ref target, index, length);
        }

        // Stryker disable once all : performance only; skipping a vector width leaves the entries to the next width or the scalar loop, which compute the same values
        if (Vector256Operations<T>.IsAccelerated)
        {
            index = ApplyWidth<T, TOperator, Vector256<T>, Vector256Operations<T>>(ref source, ref target, index, length);
        }

        // Stryker disable once all : performance only; skipping a vector width leaves the entries to the next width or the scalar loop, which compute the same values
        if (Vector128Operations<T>.IsAccelerated)
        {
            index = ApplyWidth<T, TOperator, Vector128<T>, Vector128Operations<T>>(ref source, ref target, index, length);
        }

        for (; index < length; index++)
        {
            Unsafe.Add(ref target, index) = TOperator.Invoke(Unsafe.Add(ref source, index));
        }
    }

    private static nuint ApplyWidth<T, TOperator, TVector, TOperations>(ref T source, ref T target, nuint index, nuint length)
        where T : IFloatingPointIeee754<T>
        where TOperator : IUnaryOperator<T>
        where TOperations : IVectorOperations<TVector, T>
    {
        var count = (nuint)TOperations.Count;
        while (index + count <= length)
        {
            var blockEnd = index + Math.Min((length - index) / count, (nuint)BlockLength / count) * count;
            // Stryker disable once all : performance only; the general form is exact wherever the fast form is, so choosing it more often changes no value
            index = double.IsPositiveInfinity(TOperator.FastRangeBound) || FastRangeScan.AllWithin<T, TVector, TOperations>(ref source, index, blockEnd, TOperator.FastRangeBound)
                ? ApplyBlock<T, TOperator, TVector, TOperations, FastRangeExponential>(ref source, ref target, index, blockEnd)
                : ApplyBlock<T, TOperator, TVector, TOperations, AnyInputExponential>(ref source, ref target, index, blockEnd);
        }

        return index;
    }

    /// <remarks>
    /// Not inlined: one small method per form and width keeps the JIT within its inline budget. The
    /// form is a struct type argument, so each is compiled on its own and the unrolling test is a constant.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static nuint ApplyBlock<T, TOperator, TVector, TOperations, TExponential>(ref T source, ref T target, nuint index, nuint end)
        where T : IFloatingPointIeee754<T>
        where TOperator : IUnaryOperator<T>
        where TOperations : IVectorOperations<TVector, T>
        where TExponential : IExponentialPolicy
    {
        var count = (nuint)TOperations.Count;

        // Each vector is read before it is written at the same position, so in-place use is safe.
        if (TExponential.Unrolls)
        {
            // Stryker disable once all : performance only; fewer unrolled iterations leave the vectors to the single-vector loop below
            for (; index + (4 * count) <= end; index += 4 * count)
            {
                TOperations.Store(TOperator.Invoke<TVector, TOperations, TExponential>(TOperations.Load(ref source, index)), ref target, index);
                TOperations.Store(TOperator.Invoke<TVector, TOperations, TExponential>(TOperations.Load(ref source, index + count)), ref target, index + count);
                TOperations.Store(TOperator.Invoke<TVector, TOperations, TExponential>(TOperations.Load(ref source, index + (2 * count))), ref target, index + (2 * count));
                TOperations.Store(TOperator.Invoke<TVector, TOperations, TExponential>(TOperations.Load(ref source, index + (3 * count))), ref target, index + (3 * count));
            }
        }

        for (; index < end; index += count)
        {
            TOperations.Store(TOperator.Invoke<TVector, TOperations, TExponential>(TOperations.Load(ref source, index)), ref target, index);
        }

        return index;
    }
}
