namespace Verification.Laws.Definitions;

/// <summary>LSE(x) = m + log Σⱼ exp(xⱼ − m), m = maxⱼ xⱼ, against the reference evaluated in double.</summary>
/// <remarks>
/// The shifted sum S ∈ [1, k] carries relative error ≤ u(k + Σⱼ sⱼaⱼ) (summation, and the exponent arguments'
/// rounding weighted by sⱼ), which becomes the absolute error of log S; adding m and log S rounds at
/// u(|m| + log k). Doubled: 2ε(|m| + log k + k + 4 + Σⱼ sⱼaⱼ). For |m| ≈ 10³⁸ (float) the bound is absolute in
/// ulps of m, as it must be: LSE(x) ≈ m there.
/// </remarks>
public sealed class LogSumExpMatchesReference<T>() : SoftmaxDomainLaw<T>(
    id: "log-sum-exp-matches-reference",
    statement: "|LSE(x) − (m + log Σⱼ exp(xⱼ − m))| ≤ 2ε(|m| + log k + k + 4 + Σⱼ sⱼ|xⱼ − m|)",
    provedBy: CatalogReference.None("the reference is the max-shifted form m + log Σ exp(xᵢ − m), which the catalog does not state"),
    requires: [nameof(ActivationKernels<T>.LogSumExp)])
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    protected override CaseOutcome EvaluateDefined(ActivationKernels<T> kernels, T[] x)
    {
        var widened = Widen(x);
        var reference = ReferenceSoftmax.Of(widened, UnderflowExponent);
        var shiftedSum = AccurateSum.Of(widened.Select(value => Math.Exp(value - reference.Max)).ToArray());
        var expected = reference.Max + Math.Log(shiftedSum);
        var actual = double.CreateTruncating(kernels.LogSumExp!(x));
        var allowed = 2 * Epsilon * (Math.Abs(reference.Max) + Math.Log(x.Length) + x.Length + 4 + reference.WeightedSpread);
        return Measured(
            Math.Abs(actual - expected),
            allowed,
            "LSE(x)",
            [Observe("x", x)],
            [Observation.Scalar("LSE(x)", actual), Observation.Scalar("m + log Σ exp(x − m) (reference)", expected)]);
    }
}
