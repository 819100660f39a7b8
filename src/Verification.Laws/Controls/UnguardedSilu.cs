namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: SiLU(x) = x·eˣ/(1 + eˣ) for every x, without rewriting it as x/(1 + e⁻ˣ) for x ≥ 0. x·eˣ
/// overflows from x ≈ 84 (float) or 703 (double), giving ∞ and then ∞/∞ = NaN where SiLU(x) ≈ x. Its sigmoid is
/// the stable one, so the law SiLU = x·σ(x) blames the SiLU.
/// </summary>
public static class UnguardedSilu
{
    public static void Silu<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T> => StableActivations.Apply(x, destination, static value =>
        {
            var exponential = T.Exp(value);
            return value * exponential / (T.One + exponential);
        });
}
