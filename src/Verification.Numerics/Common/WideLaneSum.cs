using System.Runtime.Intrinsics;

namespace Verification.Numerics.Common;

/// <summary>
/// The lanes of one float vector summed in double: the single-accumulator counterpart of
/// <see cref="IVectorOperations{TVector, T}.WideSum"/>, with the same tree (lower half plus upper half,
/// then the horizontal sum), so for a row whose other three accumulators are empty it gives bit for
/// bit what the four-accumulator sum gives, in half the conversions and a shorter chain of additions.
/// </summary>
internal static class WideLaneSum
{
    /// <summary>Σ of the lanes of <paramref name="value"/>, a <c>Vector512/256/128&lt;float&gt;</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double OfSingles<TVector>(TVector value)
    {
        if (typeof(TVector) == typeof(Vector512<float>))
        {
            var (lower, upper) = Vector512.Widen(Unsafe.As<TVector, Vector512<float>>(ref value));
            return Vector512.Sum(lower + upper);
        }

        if (typeof(TVector) == typeof(Vector256<float>))
        {
            var (lower, upper) = Vector256.Widen(Unsafe.As<TVector, Vector256<float>>(ref value));
            return Vector256.Sum(lower + upper);
        }

        if (typeof(TVector) == typeof(Vector128<float>))
        {
            var (lower, upper) = Vector128.Widen(Unsafe.As<TVector, Vector128<float>>(ref value));
            return Vector128.Sum(lower + upper);
        }

        throw new NotSupportedException($"{typeof(TVector)} is not a vector of float.");
    }
}
