namespace Verification.Derivations.Chapters;

/// <summary>
/// Claim-language text of the softmax results for every number of classes n at once: the
/// <c>for all n &gt;= 1</c> counterparts of <see cref="ClaimTexts"/>, which states each result at one n.
/// </summary>
/// <remarks>
/// A vector is written by its name (<c>z</c>, <c>x</c>, <c>g</c>, <c>y</c>), all of length n; <c>S</c> below
/// is Σₖ e^(zₖ). Every index ranges over 0..n−1, the only range the general claims allow.
/// </remarks>
internal static class GeneralClaimTexts
{
    /// <summary>Σᵢ sᵢ = 1.</summary>
    public const string SumsToOne = "for all n >= 1: sum(i in 0..n-1: softmax(z, i)) == 1";

    /// <summary>softmax(z − c) = softmax(z), every component.</summary>
    public const string ShiftInvariance = "for all n >= 1, i in 0..n-1: softmax(z - c, i) == softmax(z, i)";

    /// <summary>∂sᵢ/∂zⱼ = sᵢ(δᵢⱼ − sⱼ).</summary>
    public const string Jacobian = "for all n >= 1, i, j in 0..n-1: diff(softmax(z, i), z[j]) == softmax(z, i) * (delta(i, j) - softmax(z, j))";

    /// <summary>J = diag(s) − ssᵀ entry by entry: Jᵢⱼ = δᵢⱼsᵢ − sᵢsⱼ.</summary>
    public const string JacobianMatrixForm = "for all n >= 1, i, j in 0..n-1: diff(softmax(z, i), z[j]) == delta(i, j) * softmax(z, i) - softmax(z, i) * softmax(z, j)";

    /// <summary>Jᵢⱼ = Jⱼᵢ.</summary>
    public const string JacobianSymmetry = "for all n >= 1, i, j in 0..n-1: diff(softmax(z, i), z[j]) == diff(softmax(z, j), z[i])";

    /// <summary>Σⱼ Jᵢⱼ = 0 for every row i.</summary>
    public const string JacobianRowsSumToZero = "for all n >= 1, i in 0..n-1: sum(j in 0..n-1: diff(softmax(z, i), z[j])) == 0";

    /// <summary>xᵀJx = Σ sᵢxᵢ² − (Σ sᵢxᵢ)².</summary>
    public const string QuadraticForm = $"for all n >= 1: {QuadraticFormLeft} == sum(i in 0..n-1: softmax(z, i) * x[i]^2) - {Mean}^2";

    /// <summary>xᵀJx = Σ sᵢ(xᵢ − m)² with m = Σ sₖxₖ.</summary>
    public const string QuadraticFormIsVariance = $"for all n >= 1: {QuadraticFormLeft} == sum(i in 0..n-1: softmax(z, i) * (x[i] - {Mean})^2)";

    /// <summary>(Jᵀg)ⱼ = Σᵢ gᵢJᵢⱼ = sⱼ(gⱼ − ⟨s, g⟩).</summary>
    public const string VectorJacobianProduct = "for all n >= 1, j in 0..n-1: sum(i in 0..n-1: g[i] * diff(softmax(z, i), z[j])) == softmax(z, j) * (g[j] - sum(k in 0..n-1: softmax(z, k) * g[k]))";

    /// <summary>∂CE/∂zⱼ = sⱼ − yⱼ under the hypothesis Σ y = 1 (a <c>where</c> hypothesis, not an elimination).</summary>
    public const string CrossEntropyGradient = "for all n >= 1, j in 0..n-1: diff(cross_entropy(z, y), z[j]) == softmax(z, j) - y[j] where sum(k in 0..n-1: y[k]) == 1";

    /// <summary>∂ logsumexp(z)/∂zⱼ = sⱼ.</summary>
    public const string LogSumExpGradient = "for all n >= 1, j in 0..n-1: diff(logsumexp(z), z[j]) == softmax(z, j)";

    /// <summary>log sᵢ = zᵢ − logsumexp(z).</summary>
    public const string LogSoftmax = "for all n >= 1, i in 0..n-1: log_softmax(z, i) == z[i] - logsumexp(z)";

    /// <summary>∂ log sᵢ/∂zⱼ = δᵢⱼ − sⱼ.</summary>
    public const string LogSoftmaxDerivative = "for all n >= 1, i, j in 0..n-1: diff(log_softmax(z, i), z[j]) == delta(i, j) - softmax(z, j)";

    private const string QuadraticFormLeft = "sum(i in 0..n-1: sum(j in 0..n-1: x[i] * x[j] * diff(softmax(z, i), z[j])))";

    private const string Mean = "sum(k in 0..n-1: softmax(z, k) * x[k])";
}
