namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: σ(x) = ½(1 + tanh(x/2)), an identity that holds exactly in ℝ but cancels in floating point:
/// for x ≪ 0, tanh(x/2) ≈ −1 + 2eˣ, and 1 + tanh(x/2) keeps only the bits of 2eˣ above ulp(1), so σ(x) loses all
/// relative accuracy from about x = −17 (float) or −37 (double) and is exactly 0 beyond; the true σ(x) ≈ eˣ stays
/// representable down to about −103 (float) or −745 (double).
/// </summary>
public static class TanhBasedSigmoid
{
    public static void Sigmoid<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T> => StableActivations.Apply(x, destination, SigmoidOf);

    private static T SigmoidOf<T>(T x)
        where T : IFloatingPointIeee754<T>
    {
        var half = T.CreateTruncating(0.5);
        return half * (T.One + T.Tanh(x * half));
    }
}
