namespace Verification.Laws.Definitions;

/// <summary>tanh(−x) = −tanh(x) for every finite x.</summary>
/// <remarks>
/// Math: tanh is odd, (e⁻ˣ − eˣ)/(e⁻ˣ + eˣ) = −(eˣ − e⁻ˣ)/(eˣ + e⁻ˣ). A kernel that evaluates at |x| and copies the
/// sign is exactly odd (measured 0). One that evaluates each side independently errs by at most its accuracy on
/// each: with both within 4 ulp, and ulp(y) ≤ ε|y|, |tanh(−x) + tanh(x)| ≤ 8ε|tanh x|; 16ε is allowed, the factor
/// of two to spare every law here has, with the smallest normal as the floor below which results are subnormal.
/// The bound is relative, so a formula that cancels near 0 ((e²ˣ − 1)/(e²ˣ + 1) loses all but a few bits of
/// tanh x ≈ x there, differently for x and −x) fails it, as does NaN from e²ˣ = ∞ for large x.
/// </remarks>
public sealed class TanhIsOdd<T>() : ElementwiseLaw<T>(
    id: "tanh-is-odd",
    statement: "|tanh(−x) + tanh(x)| ≤ 16ε|tanh x| + (smallest normal) for finite x",
    provedBy: CatalogReference.None("the catalog has no entry for tanh(−x) = −tanh(x) on its own; it follows from tanh-as-sigmoid and sigmoid-symmetry"),
    requires: [nameof(ActivationKernels<T>.Tanh)])
    where T : IFloatingPointIeee754<T>
{
    private const double AllowedInEpsilons = 16;

    /// <inheritdoc/>
    protected override EntryComparison Compare(ActivationKernels<T> kernels, T[] arguments)
    {
        var tanh = Run(kernels.Tanh!, arguments);
        var tanhOfNegated = Run(kernels.Tanh!, Vectors.Negated(arguments));
        var x = Widen(arguments);
        return new(
            i => (Math.Abs(tanhOfNegated[i] + tanh[i]), (AllowedInEpsilons * Epsilon * Math.Abs(ReferenceActivations.Tanh(x[i]))) + SmallestNormal),
            i => [Observation.Scalar("tanh(xᵢ)", tanh[i]), Observation.Scalar("tanh(−xᵢ)", tanhOfNegated[i])]);
    }
}
