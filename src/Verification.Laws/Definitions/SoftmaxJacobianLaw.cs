namespace Verification.Laws.Definitions;

/// <summary>
/// Common ground of the laws about the k×k softmax Jacobian: the kernel is required, the row must be a softmax
/// input, and rows wider than <see cref="MaximumWidth"/> are skipped because the matrix costs k² memory (and the
/// eigenvalue check k³ time).
/// </summary>
public abstract class SoftmaxJacobianLaw<T> : KernelLaw<T, T[]>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>Widest row checked; also the width cap of <see cref="DefaultInputs"/>.</summary>
    public virtual int MaximumWidth => 256;

    /// <inheritdoc/>
    public override Arbitrary<T[]> DefaultInputs => LogitGenerators.Adversarial<T>(maximumWidth: 64);

    /// <inheritdoc/>
    protected sealed override string? MissingKernel(ActivationKernels<T> kernels) =>
        kernels.SoftmaxJacobian is null ? Missing("SoftmaxJacobian") : null;

    /// <inheritdoc/>
    protected sealed override CaseOutcome Evaluate(ActivationKernels<T> kernels, T[] x)
    {
        if (!Vectors.IsSoftmaxDefined<T>(x))
        {
            return SkippedUndefinedSoftmax();
        }

        if (x.Length > MaximumWidth)
        {
            return CaseOutcome.Skipped(string.Create(CultureInfo.InvariantCulture, $"width {x.Length} > {MaximumWidth}"));
        }

        var jacobian = Vectors.Apply(kernels.SoftmaxJacobian!, x, x.Length * x.Length);
        return EvaluateJacobian(x, jacobian);
    }

    /// <summary>Evaluates the law on the Jacobian <paramref name="jacobian"/> (k×k row-major) of row <paramref name="x"/>.</summary>
    protected abstract CaseOutcome EvaluateJacobian(T[] x, T[] jacobian);

    /// <summary>The reference softmax of <paramref name="x"/> (double, max-shifted).</summary>
    private protected static ReferenceSoftmax Reference(T[] x) => ReferenceSoftmax.Of(Vectors.ToDoubles<T>(x), UnderflowExponent);

    /// <summary>"(i, j)" for messages.</summary>
    protected static string Entry(int flatIndex, int width) =>
        string.Create(CultureInfo.InvariantCulture, $"J[{flatIndex / width}, {flatIndex % width}]");
}
