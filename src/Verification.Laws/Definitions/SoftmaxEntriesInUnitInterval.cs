namespace Verification.Laws.Definitions;

/// <summary>0 ≤ softmax(x)ᵢ ≤ 1 exactly, for every entry.</summary>
/// <remarks>
/// No tolerance is needed: with nonnegative eⱼ and the largest term exactly exp(0) = 1, the rounded sum S is at
/// least every eᵢ (rounding is monotone), so fl(eᵢ / S) ≤ 1; and exp never returns a negative number.
/// The measured error is the distance of the worst entry from [0, 1] (∞ for NaN).
/// </remarks>
public sealed class SoftmaxEntriesInUnitInterval<T>() : SoftmaxDomainLaw<T>(
    id: "softmax-entries-in-unit-interval",
    statement: "0 ≤ softmax(x)ᵢ ≤ 1 (exact)",
    provedBy: CatalogReference.None("checks a bound on each entry, not an identity"),
    requires: [nameof(ActivationKernels<T>.Softmax)])
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    protected override CaseOutcome EvaluateDefined(ActivationKernels<T> kernels, T[] x)
    {
        var s = Run(kernels.Softmax!, x);
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
