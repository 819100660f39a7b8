namespace Verification.Laws.Definitions;

/// <summary>Σⱼ Jᵢⱼ = 0 for every row: softmax stays on the simplex, so its Jacobian annihilates the vector of ones.</summary>
/// <remarks>
/// Σⱼ Jᵢⱼ = sᵢ(1 − Σⱼ sⱼ) exactly for J built from a computed s, and |1 − Σ s| ≤ (k + 1)u (see
/// <see cref="SoftmaxRowsSumToOne{T}"/>); rounding the entries adds u·Σⱼ|Jᵢⱼ| = 2u·sᵢ(1 − sᵢ). So
/// |Σⱼ Jᵢⱼ| ≤ (k + 3)u·sᵢ; the law allows 2ε(k + 6)·sᵢ + k·(smallest normal), sᵢ from the double reference.
/// </remarks>
public sealed class SoftmaxJacobianRowsSumToZero<T>() : SoftmaxJacobianLaw<T>(
    id: "softmax-jacobian-rows-sum-to-zero",
    statement: "|Σⱼ Jᵢⱼ| ≤ 2ε(k + 6)·sᵢ + k·(smallest normal)",
    provedBy: CatalogReference.Entry("softmax-jacobian-rows-sum-to-zero"))
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    protected override CaseOutcome EvaluateJacobian(T[] x, double[] jacobian)
    {
        var k = x.Length;
        var s = Reference(x).Probabilities;
        var rowSums = new double[k];
        var worst = new WorstEntry();
        for (var i = 0; i < k; i++)
        {
            rowSums[i] = AccurateSum.Of(jacobian.AsSpan(i * k, k));
            worst.Consider(i, Math.Abs(rowSums[i]), (2 * Epsilon * (k + 6) * s[i]) + (k * SmallestNormal));
        }

        return Measured(
            worst,
            string.Create(CultureInfo.InvariantCulture, $"row {worst.Index}"),
            [Observe("x", x)],
            [new Observation("J (row-major)", jacobian), new Observation("row sums", rowSums), new Observation("reference softmax(x)", s)]);
    }
}
