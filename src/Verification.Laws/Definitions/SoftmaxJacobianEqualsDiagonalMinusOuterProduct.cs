namespace Verification.Laws.Definitions;

/// <summary>J = diag(s) − s sᵀ, against s computed by the max-shifted reference in double.</summary>
/// <remarks>
/// Each computed sᵢ has relative error rᵢ ≤ u(k + 2 + aᵢ + Σₗ sₗaₗ), aᵢ = |xᵢ − m| capped at the underflow exponent;
/// [i = j]sᵢ − sᵢsⱼ (in either grouping, e.g. sᵢ([i = j] − sⱼ)) then has absolute error
/// ≤ (rᵢ + rⱼ + 2u)([i = j]sᵢ + sᵢsⱼ): the diagonal is measured against sᵢ, not against the possibly
/// cancelled sᵢ − sᵢ². With the reference's own error (same form, in double) and a factor of two the law allows
/// 2ε(k + 4 + aᵢ + aⱼ + 2Σₗ sₗaₗ)([i = j]sᵢ + sᵢsⱼ) + (smallest normal).
/// </remarks>
public sealed class SoftmaxJacobianEqualsDiagonalMinusOuterProduct<T>() : SoftmaxJacobianLaw<T>(
    id: "softmax-jacobian-equals-diag-minus-outer",
    statement: "|Jᵢⱼ − ([i = j]sᵢ − sᵢsⱼ)| ≤ 2ε(k + 4 + |xᵢ − m| + |xⱼ − m| + 2Σₗ sₗ|xₗ − m|)([i = j]sᵢ + sᵢsⱼ) + (smallest normal)",
    provedBy: CatalogReference.Entry("softmax-jacobian-matrix-form"))
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    protected override CaseOutcome EvaluateJacobian(T[] x, double[] jacobian)
    {
        var k = x.Length;
        var reference = Reference(x);
        var s = reference.Probabilities;
        var expected = ReferenceFormulas.Jacobian(s);
        var worst = new WorstEntry();
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var diagonal = i == j ? s[i] : 0;
                var scale = diagonal + (s[i] * s[j]);
                var spread = k + 4 + reference.ExponentSpread[i] + reference.ExponentSpread[j] + (2 * reference.WeightedSpread);
                var measured = Math.Abs(jacobian[(i * k) + j] - expected[(i * k) + j]);
                worst.Consider((i * k) + j, measured, (2 * Epsilon * spread * scale) + SmallestNormal);
            }
        }

        return Measured(
            worst,
            Entry(worst.Index, k),
            [Observe("x", x)],
            [new Observation("J (row-major)", jacobian), new Observation("diag(s) − s sᵀ (reference)", expected), new Observation("reference softmax(x)", s)]);
    }
}
