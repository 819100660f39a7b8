namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: softplus(x) = log(1 + exp(x)) as written. exp(x) overflows for x ≳ 88.7 (float) or 709.8
/// (double), so softplus(x) = ∞ where it should be ≈ x; and for x ≲ −17 (float) or −37 (double) 1 + eˣ rounds
/// to 1 and softplus(x) = 0 where it should be ≈ eˣ. Its log-sigmoid is the stable one, so the law relating the
/// two blames the softplus.
/// </summary>
public static class NaiveSoftplus
{
    public static void Softplus<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T> => StableActivations.Apply(x, destination, static value => T.Log(T.One + T.Exp(value)));
}
