namespace Verification.Laws.Definitions;

/// <summary>tanh(x) = 2σ(2x) − 1 for every finite x, with the implementation's own sigmoid.</summary>
/// <remarks>
/// <para>
/// Math: 2/(1 + e⁻²ˣ) − 1 = (1 − e⁻²ˣ)/(1 + e⁻²ˣ) = tanh x. Doubling x is exact in binary (2x = ±∞ beyond max/2,
/// where σ is exactly 1 or 0 and tanh x rounds to ±1), and 2σ − 1 is formed in double: exact for float, and
/// within u|2σ − 1| for double.
/// </para>
/// <para>
/// Allowed: with each kernel within 4 ulp (≤ 4ε relative), the sigmoid's error is doubled and tanh's adds:
/// 8εσ(2x) + 4ε|tanh x|; with the usual factor of two, ε(16σ(2x) + 8|tanh x|) + (smallest normal), σ and tanh
/// from a double reference. The bound is absolute near 0, and must be: σ(2x) ≈ ½ + x/2 is stored to an ulp of ½,
/// so 2σ(2x) − 1 carries an absolute error of order ε however small tanh x ≈ x is (y ↦ 2y − 1 has condition
/// number |2y|/|2y − 1| → ∞ at y = ½: the subtraction cancels the leading bits). Writing s = σ(2x),
/// |tanh x| = |2s − 1|, the bound is 8ε for every x ≤ 0 and grows to 24ε as x → +∞; it is never below 8ε,
/// which also covers the double rounding of 2σ − 1.
/// </para>
/// </remarks>
public sealed class TanhEqualsRescaledSigmoid<T>() : ElementwiseLaw<T>(
    id: "tanh-equals-rescaled-sigmoid",
    statement: "|tanh(x) − (2σ(2x) − 1)| ≤ ε(16σ(2x) + 8|tanh x|) + (smallest normal) for finite x",
    provedBy: CatalogReference.Entry("tanh-as-sigmoid"),
    requires: [nameof(ActivationKernels<T>.Tanh), nameof(ActivationKernels<T>.Sigmoid)])
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    protected override EntryComparison Compare(ActivationKernels<T> kernels, T[] arguments)
    {
        var tanh = Run(kernels.Tanh!, arguments);
        var sigmoidOfDoubled = Run(kernels.Sigmoid!, [.. arguments.Select(static value => value + value)]);
        var x = Widen(arguments);
        return new(
            i =>
            {
                var allowed = (Epsilon * ((16 * ReferenceActivations.Sigmoid(2 * x[i])) + (8 * Math.Abs(ReferenceActivations.Tanh(x[i]))))) + SmallestNormal;
                return (Math.Abs(tanh[i] - ((2 * sigmoidOfDoubled[i]) - 1)), allowed);
            },
            i =>
            [
                Observation.Scalar("tanh(xᵢ)", tanh[i]),
                Observation.Scalar("σ(2xᵢ)", sigmoidOfDoubled[i]),
                Observation.Scalar("2σ(2xᵢ) − 1", (2 * sigmoidOfDoubled[i]) - 1),
            ]);
    }
}
