using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Verification.Numerics.Common;

/// <summary>
/// vᵢ ← vᵢ·s over a span in place: the last pass of the softmax. It replaces
/// <c>TensorPrimitives.Multiply(v, s, v)</c>, whose argument checks and dispatch cost as much as the
/// multiplications on a row of 100 floats (measured with perf: 8 % of such a row); every product is
/// the same correctly rounded one.
/// </summary>
internal static class InPlaceScale
{
    public static void Apply<T>(Span<T> values, T factor)
        where T : IFloatingPointIeee754<T>
    {
        ref var start = ref MemoryMarshal.GetReference(values);
        var length = (nuint)values.Length;
        // Stryker disable once all : performance only; skipping a vector width leaves the entries to the next width or the scalar loop, which compute the same products
        if (Vector512Operations<T>.IsAccelerated && length >= (nuint)Vector512<T>.Count)
        {
            ApplyWidth<T, Vector512<T>, Vector512Operations<T>>(ref start, length, factor);
            return;
        }

        // Stryker disable once all : performance only; skipping a vector width leaves the entries to the next width or the scalar loop, which compute the same products
        if (Vector256Operations<T>.IsAccelerated && length >= (nuint)Vector256<T>.Count)
        {
            ApplyWidth<T, Vector256<T>, Vector256Operations<T>>(ref start, length, factor);
            return;
        }

        // Stryker disable once all : performance only; skipping a vector width leaves the entries to the scalar loop, which computes the same products
        if (Vector128Operations<T>.IsAccelerated && length >= (nuint)Vector128<T>.Count)
        {
            ApplyWidth<T, Vector128<T>, Vector128Operations<T>>(ref start, length, factor);
            return;
        }

        for (nuint index = 0; index < length; index++)
        {
            Unsafe.Add(ref start, index) *= factor;
        }
    }

    /// <summary>
    /// Full vectors, then one last vector ending at the span's end. That one is loaded and multiplied
    /// before the loop writes anything, so the lanes it shares with the loop receive the product of the
    /// original value a second time, not a product of a product.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ApplyWidth<T, TVector, TOperations>(ref T start, nuint length, T factor)
        where T : IFloatingPointIeee754<T>
        where TOperations : IVectorOperations<TVector, T>
    {
        var count = (nuint)TOperations.Count;
        var scale = TOperations.Broadcast(factor);
        var tailOffset = length - count;
        var tail = TOperations.Multiply(TOperations.Load(ref start, tailOffset), scale);
        nuint position = 0;
        for (; position + (2 * count) <= length; position += 2 * count)
        {
            TOperations.Store(TOperations.Multiply(TOperations.Load(ref start, position), scale), ref start, position);
            TOperations.Store(TOperations.Multiply(TOperations.Load(ref start, position + count), scale), ref start, position + count);
        }

        for (; position + count <= length; position += count)
        {
            TOperations.Store(TOperations.Multiply(TOperations.Load(ref start, position), scale), ref start, position);
        }

        TOperations.Store(tail, ref start, tailOffset);
    }
}
