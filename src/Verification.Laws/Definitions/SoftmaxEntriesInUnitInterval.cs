namespace Verification.Laws.Definitions;

/// <summary>0 ≤ softmax(x)ᵢ ≤ 1 exactly, for every entry.</summary>
/// <remarks>
/// No tolerance is needed: with nonnegative eⱼ and the largest term exactly exp(0) = 1, the rounded sum S is at
/// least every eᵢ (rounding is monotone), so fl(eᵢ / S) ≤ 1; and exp never returns a negative number.
/// The measured error is the distance of the worst entry from [0, 1] (∞ for NaN).
/// </remarks>
public sealed class SoftmaxEntriesInUnitInterval<T> : KernelLaw<T, T[]>
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public override string Id => "softmax-entries-in-unit-interval";

    /// <inheritdoc/>
    public override CatalogReference ProvedBy => CatalogReference.None("checks a bound on each entry, not an identity");

    /// <inheritdoc/>
    public override string Statement => "0 ≤ softmax(x)ᵢ ≤ 1 (exact)";

    /// <inheritdoc/>
    public override Arbitrary<T[]> DefaultInputs => LogitGenerators.Adversarial<T>();

    /// <inheritdoc/>
    protected override string? MissingKernel(ActivationKernels<T> kernels) =>
        kernels.Softmax is null ? Missing("Softmax") : null;

    /// <inheritdoc/>
    protected override CaseOutcome Evaluate(ActivationKernels<T> kernels, T[] x)
    {
        if (!Vectors.IsSoftmaxDefined<T>(x))
        {
            return SkippedUndefinedSoftmax();
        }

        var s = Vectors.ToDoubles<T>(Vectors.Apply(kernels.Softmax!, x, x.Length));
        var worst = new WorstEntry();
        for (var i = 0; i < s.Length; i++)
        {
            var outside = double.IsNaN(s[i]) ? double.PositiveInfinity : Math.Max(0, Math.Max(-s[i], s[i] - 1));
            worst.Consider(i, outside, 0);
        }

        return Measured(
            worst.Measured,
            0,
            $"softmax(x)[{worst.Index}]",
            [Observe("x", x)],
            [new Observation("softmax(x)", s)]);
    }
}
