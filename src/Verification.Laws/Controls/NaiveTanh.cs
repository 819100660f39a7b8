namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: tanh(x) = (e²ˣ − 1)/(e²ˣ + 1) as written. e²ˣ overflows for x ≳ 44.4 (float) or 354.9
/// (double), giving ∞/∞ = NaN where tanh is 1; near 0 the numerator cancels, so tanh(x) ≈ x keeps only the bits of
/// e²ˣ beyond 1 (and is not odd: e²ˣ and e⁻²ˣ round differently). Its sigmoid is the stable one, so the law
/// tanh = 2σ(2x) − 1 blames the tanh.
/// </summary>
public static class NaiveTanh
{
    public static void Tanh<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T> => StableActivations.Apply(x, destination, static value =>
        {
            var exponential = T.Exp(value + value);
            return (exponential - T.One) / (exponential + T.One);
        });
}
