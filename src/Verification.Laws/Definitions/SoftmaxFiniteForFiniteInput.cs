namespace Verification.Laws.Definitions;

/// <summary>Every entry of softmax(x) is finite when every entry of x is finite.</summary>
/// <remarks>
/// Softmax is bounded by [0, 1] for all finite inputs, however large; NaN or ∞ can only come from evaluating
/// exp(xᵢ) without shifting by the maximum (∞/∞). The measured error is the number of non-finite entries.
/// </remarks>
public sealed class SoftmaxFiniteForFiniteInput<T>() : KernelLaw<T, T[]>(
    id: "softmax-finite-for-finite-input",
    statement: "x finite ⇒ softmax(x) finite (exact)",
    provedBy: CatalogReference.None("checks that the kernel does not overflow: a property of floating-point evaluation, not an identity"),
    requires: [nameof(ActivationKernels<T>.Softmax)])
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public override Arbitrary<T[]> DefaultInputs => LogitGenerators.Adversarial<T>();

    /// <inheritdoc/>
    protected override CaseOutcome Evaluate(ActivationKernels<T> kernels, T[] x)
    {
        if (x.Length == 0 || !Vectors.AllFinite<T>(x))
        {
            return CaseOutcome.Skipped("input has a non-finite entry");
        }

        var s = Vectors.Apply(kernels.Softmax!, x, x.Length);
        var nonFinite = s.Count(static value => !T.IsFinite(value));
        return Measured(
            nonFinite,
            0,
            "count of non-finite entries",
            [Observe("x", x)],
            [Observe("softmax(x)", s)]);
    }
}
