namespace Verification.Laws.Definitions;

/// <summary>
/// Common ground of the laws about the k×k softmax Jacobian: the kernel is required, the row must be a softmax
/// input, and rows wider than <see cref="MaximumWidth"/> are skipped because the matrix costs k² memory (and the
/// eigenvalue check k³ time).
/// </summary>
/// <param name="id">The law's id.</param>
/// <param name="statement">The law and its tolerance.</param>
/// <param name="provedBy">The catalog entry that proves it.</param>
public abstract class SoftmaxJacobianLaw<T>(string id, string statement, CatalogReference provedBy)
    : SoftmaxDomainLaw<T>(id, statement, provedBy, nameof(ActivationKernels<T>.SoftmaxJacobian))
    where T : IFloatingPointIeee754<T>
{
    /// <summary>Widest row checked; also the width cap of <see cref="DefaultInputs"/>.</summary>
    public virtual int MaximumWidth => 256;

    /// <inheritdoc/>
    public override Arbitrary<T[]> DefaultInputs => LogitGenerators.Adversarial<T>(maximumWidth: 64);

    /// <inheritdoc/>
    protected sealed override CaseOutcome EvaluateDefined(ActivationKernels<T> kernels, T[] x)
    {
        if (x.Length > MaximumWidth)
        {
            return CaseOutcome.Skipped(string.Create(CultureInfo.InvariantCulture, $"width {x.Length} > {MaximumWidth}"));
        }

        return EvaluateJacobian(x, Widen(Vectors.Apply(kernels.SoftmaxJacobian!, x, x.Length * x.Length)));
    }

    /// <summary>
    /// Evaluates the law on the Jacobian <paramref name="jacobian"/> (k×k row-major) of row <paramref name="x"/>, as the
    /// kernel returned it widened to double (exact), in which every law measures it.
    /// </summary>
    protected abstract CaseOutcome EvaluateJacobian(T[] x, double[] jacobian);

    /// <summary>The reference softmax of <paramref name="x"/> (double, max-shifted).</summary>
    private protected static ReferenceSoftmax Reference(T[] x) => ReferenceSoftmax.Of(Widen(x), UnderflowExponent);

    /// <summary>"(i, j)" for messages.</summary>
    protected static string Entry(int flatIndex, int width) =>
        string.Create(CultureInfo.InvariantCulture, $"J[{flatIndex / width}, {flatIndex % width}]");
}
