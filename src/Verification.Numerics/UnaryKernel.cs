using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Verification.Numerics;

/// <summary>An element-wise function with a scalar and a SIMD form that agree to the stated accuracy.</summary>
internal interface IUnaryOperator<T>
    where T : IFloatingPointIeee754<T>
{
    static abstract T Invoke(T x);

    static abstract TVector Invoke<TVector, TOperations>(TVector x)
        where TOperations : IVectorOperations<TVector, T>;
}

/// <summary>
/// Applies an <see cref="IUnaryOperator{T}"/> over a span: the widest accelerated vectors first
/// (unrolled four times, so the long dependency chain of the exponential of one vector overlaps with
/// the next ones), then at most one narrower vector per width, then scalars.
/// </summary>
internal static class UnaryKernel
{
    public static void Apply<T, TOperator>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
        where TOperator : IUnaryOperator<T>
    {
        ref var source = ref MemoryMarshal.GetReference(x);
        ref var target = ref MemoryMarshal.GetReference(destination);
        var length = (nuint)x.Length;
        nuint index = 0;
        if (Vector512Operations<T>.IsAccelerated)
        {
            ApplyWidth<T, TOperator, Vector512<T>, Vector512Operations<T>>(ref source, ref target, ref index, length);
        }

        if (Vector256Operations<T>.IsAccelerated)
        {
            ApplyWidth<T, TOperator, Vector256<T>, Vector256Operations<T>>(ref source, ref target, ref index, length);
        }

        if (Vector128Operations<T>.IsAccelerated)
        {
            ApplyWidth<T, TOperator, Vector128<T>, Vector128Operations<T>>(ref source, ref target, ref index, length);
        }

        for (; index < length; index++)
        {
            Unsafe.Add(ref target, index) = TOperator.Invoke(Unsafe.Add(ref source, index));
        }
    }

    /// <remarks>Not inlined: one small method per width keeps the JIT within its inline budget (see <see cref="ShiftedExponentialSum"/>).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ApplyWidth<T, TOperator, TVector, TOperations>(ref T source, ref T target, ref nuint index, nuint length)
        where T : IFloatingPointIeee754<T>
        where TOperator : IUnaryOperator<T>
        where TOperations : IVectorOperations<TVector, T>
    {
        var count = (nuint)TOperations.Count;
        for (; index + (4 * count) <= length; index += 4 * count)
        {
            // All loads precede all stores, so in-place use (source == target) stays correct.
            var first = TOperations.Load(ref source, index);
            var second = TOperations.Load(ref source, index + count);
            var third = TOperations.Load(ref source, index + (2 * count));
            var fourth = TOperations.Load(ref source, index + (3 * count));
            TOperations.Store(TOperator.Invoke<TVector, TOperations>(first), ref target, index);
            TOperations.Store(TOperator.Invoke<TVector, TOperations>(second), ref target, index + count);
            TOperations.Store(TOperator.Invoke<TVector, TOperations>(third), ref target, index + (2 * count));
            TOperations.Store(TOperator.Invoke<TVector, TOperations>(fourth), ref target, index + (3 * count));
        }

        for (; index + count <= length; index += count)
        {
            TOperations.Store(TOperator.Invoke<TVector, TOperations>(TOperations.Load(ref source, index)), ref target, index);
        }
    }
}
