namespace Verification.Cli.Tests.Audit;

/// <summary>
/// A small library under audit, double precision only: a stable sigmoid, which holds its laws, and the textbook
/// softmax exp(xᵢ) / Σⱼ exp(xⱼ) without the max shift, which gives ∞ / ∞ = NaN once an entry passes
/// ln(double.MaxValue) ≈ 709.78 and 0 / 0 = NaN once every entry is below ≈ −745 (exp underflows). Every loop is scalar, so the results do not depend on SIMD width or alignment.
/// </summary>
public static class SigmoidRightSoftmaxNaive
{
    /// <summary>σ(x) = 1 / (1 + e⁻ˣ) for x ≥ 0 and eˣ / (1 + eˣ) below, so neither branch overflows.</summary>
    public static void Sigmoid(ReadOnlySpan<double> x, Span<double> destination)
    {
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = x[i] >= 0 ? 1 / (1 + Math.Exp(-x[i])) : Math.Exp(x[i]) / (1 + Math.Exp(x[i]));
        }
    }

    /// <summary>The textbook softmax: no max subtracted, so large logits give ∞ / ∞ and very negative ones 0 / 0.</summary>
    public static void Softmax(ReadOnlySpan<double> x, Span<double> destination)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = Math.Exp(x[i]);
            sum += destination[i];
        }

        for (var i = 0; i < x.Length; i++)
        {
            destination[i] /= sum;
        }
    }
}
