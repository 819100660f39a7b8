namespace Verification.Numerics.Common;

/// <summary>
/// Label smoothing of one row of n targets: y′ᵢ = (1 − ε)·yᵢ + ε/n (Szegedy et al., "Rethinking the
/// Inception Architecture", 2016, §7), held as Keep = 1 − ε and Uniform = ε/n so that applying it is one
/// fused multiply-add. Σ y′ = (1 − ε)·Σ y + ε = 1 whenever Σ y = 1.
/// </summary>
internal readonly record struct LabelSmoothing<T>(T Keep, T Uniform)
    where T : IFloatingPointIeee754<T>
{
    /// <summary>ε = 0: Apply returns its argument bit for bit, FMA(1, y, 0) = y (up to the sign of a zero).</summary>
    public static LabelSmoothing<T> None => new(T.One, T.Zero);

    public static LabelSmoothing<T> Of(T smoothing, int classCount) =>
        new(T.One - smoothing, smoothing / T.CreateTruncating(classCount));

    /// <summary>(1 − ε)·y + ε/n with one rounding.</summary>
    public T Apply(T target) => T.FusedMultiplyAdd(Keep, target, Uniform);
}
