namespace Verification.Laws.Definitions;

/// <summary>log σ(x) = −softplus(−x) for every finite x, relative to the value.</summary>
/// <remarks>
/// <para>
/// Math: log(1/(1 + e⁻ˣ)) = −log(1 + e⁻ˣ). The two kernels compute the same number from the same exact argument
/// (negating x is exact), so no rounding of the argument is amplified: a stable pair, which forms e^(−|x|) to an
/// ulp and log1p of it to a few, agrees to a few ulp of the value everywhere, ≈ x for very negative x and ≈ −e⁻ˣ
/// for large x.
/// </para>
/// <para>
/// Allowed: with each kernel within 4 ulp, |log σ(x) + softplus(−x)| ≤ 8ε·softplus(−x); with the usual factor of
/// two, 16ε·softplus(−x) + (smallest normal), softplus from a double reference. Relative, so log(σ(x)) is caught
/// both where σ(x) underflows to 0 (−∞ for x below about −103 in float, −745 in double) and where σ(x) rounds to
/// within an ulp of 1 and the log keeps none of the bits of −e⁻ˣ.
/// </para>
/// </remarks>
public sealed class LogSigmoidEqualsNegativeSoftplus<T>() : ElementwiseLaw<T>(
    id: "log-sigmoid-equals-negative-softplus",
    statement: "|log σ(x) + softplus(−x)| ≤ 16ε·softplus(−x) + (smallest normal) for finite x",
    provedBy: CatalogReference.Entry("log-sigmoid-as-softplus"),
    requires: [nameof(ActivationKernels<T>.LogSigmoid), nameof(ActivationKernels<T>.Softplus)])
    where T : IFloatingPointIeee754<T>
{
    private const double AllowedInEpsilons = 16;

    /// <inheritdoc/>
    protected override EntryComparison Compare(ActivationKernels<T> kernels, T[] arguments)
    {
        var logSigmoid = Run(kernels.LogSigmoid!, arguments);
        var softplusOfNegated = Run(kernels.Softplus!, Vectors.Negated(arguments));
        var x = Widen(arguments);
        return new(
            i => (Math.Abs(logSigmoid[i] + softplusOfNegated[i]), (AllowedInEpsilons * Epsilon * ReferenceActivations.Softplus(-x[i])) + SmallestNormal),
            i => [Observation.Scalar("log σ(xᵢ)", logSigmoid[i]), Observation.Scalar("−softplus(−xᵢ)", -softplusOfNegated[i])]);
    }
}
