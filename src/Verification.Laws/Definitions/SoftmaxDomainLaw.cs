namespace Verification.Laws.Definitions;

/// <summary>
/// Common ground of the laws about one row of logits: rows are drawn from <see cref="LogitGenerators.Adversarial{T}"/>,
/// and a row outside softmax's domain (empty, NaN, +∞, or no finite entry) is skipped, for the same reason in every law.
/// </summary>
/// <param name="id">The law's id.</param>
/// <param name="statement">The law and its tolerance.</param>
/// <param name="provedBy">The catalog entry that proves it, or why none does.</param>
/// <param name="requires">The kernels the law calls.</param>
public abstract class SoftmaxDomainLaw<T>(string id, string statement, CatalogReference provedBy, params IReadOnlyList<string> requires)
    : KernelLaw<T, T[]>(id, statement, provedBy, requires)
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public override Arbitrary<T[]> DefaultInputs => LogitGenerators.Adversarial<T>();

    /// <inheritdoc/>
    protected sealed override CaseOutcome Evaluate(ActivationKernels<T> kernels, T[] x) =>
        Vectors.IsSoftmaxDefined<T>(x)
            ? EvaluateDefined(kernels, x)
            : CaseOutcome.Skipped("softmax undefined: empty row, NaN, +∞, or no finite entry");

    /// <summary>Evaluates the law on a row <paramref name="x"/> on which softmax is defined.</summary>
    protected abstract CaseOutcome EvaluateDefined(ActivationKernels<T> kernels, T[] x);
}
