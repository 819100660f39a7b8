namespace Verification.Laws.Definitions;

/// <summary>
/// Σᵢ softmax(x)ᵢ = 1 up to |Σ − 1| ≤ (k + 2)·ε.
/// </summary>
/// <remarks>
/// With sᵢ = fl(eᵢ / S) and S = fl(Σ eⱼ) summed recursively, S carries a relative error ≤ (k − 1)u and each
/// division u, so Σ sᵢ = 1 + δ with |δ| ≤ (k + 1)u + O(u²) (Higham, §3.1 and §4.2). Errors in the eᵢ themselves
/// cancel, since the same eᵢ appear in S. (k + 2)ε = 2(k + 2)u leaves a factor of two for exp and for multiplying
/// by a rounded reciprocal. The checker sums with compensation, so its own error is O(u) and does not eat into
/// the budget. Deliberately strict: a log-domain kernel exp(xᵢ − LSE(x)) is backward stable but does not normalise,
/// so its sum is off by about u·|LSE(x)|; for large logits that is reported, because callers rely on Σ = 1.
/// </remarks>
public sealed class SoftmaxRowsSumToOne<T>() : SoftmaxDomainLaw<T>(
    id: "softmax-rows-sum-to-one",
    statement: "|Σᵢ softmax(x)ᵢ − 1| ≤ (k + 2)·ε",
    provedBy: CatalogReference.Entry("softmax-sums-to-one"),
    requires: [nameof(ActivationKernels<T>.Softmax)])
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    protected override CaseOutcome EvaluateDefined(ActivationKernels<T> kernels, T[] x)
    {
        var s = Vectors.Apply(kernels.Softmax!, x, x.Length);
        var sum = AccurateSum.Of(Widen(s));
        return Measured(
            Math.Abs(sum - 1),
            (x.Length + 2) * Epsilon,
            "Σᵢ softmax(x)ᵢ",
            [Observe("x", x)],
            [Observe("softmax(x)", s), Observation.Scalar("Σᵢ softmax(x)ᵢ", sum)]);
    }
}
