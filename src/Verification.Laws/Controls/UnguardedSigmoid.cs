namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: σ(x) = exp(x) / (1 + exp(x)) for every x, without switching to 1 / (1 + exp(−x)) for x ≥ 0,
/// so exp(x) overflows to ∞ and σ(x) = ∞/∞ = NaN for x ≳ 88.7 (float) or 709.8 (double). Its softmax is the
/// correct one, so the sigmoid-versus-softmax law blames the sigmoid.
/// </summary>
public static class UnguardedSigmoid
{
    public static void Sigmoid<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        for (var i = 0; i < x.Length; i++)
        {
            var exponential = T.Exp(x[i]);
            destination[i] = exponential / (T.One + exponential);
        }
    }

    public static void Softmax<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T> => StableSoftmax.Compute(x, destination);
}
