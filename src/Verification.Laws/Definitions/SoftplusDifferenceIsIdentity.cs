namespace Verification.Laws.Definitions;

/// <summary>softplus(x) − softplus(−x) = x for every finite x, however large.</summary>
/// <remarks>
/// <para>
/// Math: log(1 + eˣ) − log(1 + e⁻ˣ) = log(eˣ(e⁻ˣ + 1)/(1 + e⁻ˣ)) = x. The difference is formed in double: exact
/// for float, within u|x| for double. For large |x| one side is ≈ |x| and the other ≈ e^(−|x|), so the law
/// needs softplus(x) ≈ x where log(1 + eˣ) as written overflows (eˣ = ∞ from x ≈ 88.7 in float, 709.8 in
/// double): then ∞ − 0 = ∞ ≠ x.
/// </para>
/// <para>
/// Allowed: with each kernel within 4 ulp (≤ 4ε relative), the difference errs by 4ε(softplus(x) + softplus(−x)),
/// and softplus(x) + softplus(−x) = |x| + 2·log1p(e^(−|x|)) ≥ |x| also covers the double rounding; with the usual
/// factor of two, 8ε(|x| + 2·log1p(e^(−|x|))) + (smallest normal). The bound is absolute near 0, where both
/// sides are ≈ ln 2 and their difference cancels to x.
/// </para>
/// </remarks>
public sealed class SoftplusDifferenceIsIdentity<T>() : ElementwiseLaw<T>(
    id: "softplus-difference-is-identity",
    statement: "|softplus(x) − softplus(−x) − x| ≤ 8ε(|x| + 2 log1p(e^(−|x|))) + (smallest normal) for finite x",
    provedBy: CatalogReference.Entry("softplus-difference"),
    requires: [nameof(ActivationKernels<T>.Softplus)])
    where T : IFloatingPointIeee754<T>
{
    private const double AllowedInEpsilons = 8;

    /// <inheritdoc/>
    protected override EntryComparison Compare(ActivationKernels<T> kernels, T[] arguments)
    {
        var softplus = Run(kernels.Softplus!, arguments);
        var softplusOfNegated = Run(kernels.Softplus!, Vectors.Negated(arguments));
        var x = Widen(arguments);
        return new(
            i =>
            {
                var scale = Math.Abs(x[i]) + (2 * ReferenceActivations.LogOnePlus(Math.Exp(-Math.Abs(x[i]))));
                return (Math.Abs(softplus[i] - softplusOfNegated[i] - x[i]), (AllowedInEpsilons * Epsilon * scale) + SmallestNormal);
            },
            i =>
            [
                Observation.Scalar("softplus(xᵢ)", softplus[i]),
                Observation.Scalar("softplus(−xᵢ)", softplusOfNegated[i]),
                Observation.Scalar("softplus(xᵢ) − softplus(−xᵢ)", softplus[i] - softplusOfNegated[i]),
            ]);
    }
}
