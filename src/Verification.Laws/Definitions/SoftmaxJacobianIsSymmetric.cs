namespace Verification.Laws.Definitions;

/// <summary>Jᵢⱼ = Jⱼᵢ: the softmax Jacobian diag(s) − s sᵀ is symmetric.</summary>
/// <remarks>
/// <see cref="SymmetryRequirement.Bitwise"/> counts the pairs whose bits differ (allowed: none).
/// <see cref="SymmetryRequirement.WithinTolerance"/> allows |Jᵢⱼ − Jⱼᵢ| ≤ 4ε·max(|Jᵢⱼ|, |Jⱼᵢ|) + (smallest normal):
/// two products of the same two rounded probabilities, each off by at most a couple of roundings.
/// </remarks>
/// <param name="requirement">Bitwise or within tolerance.</param>
public sealed class SoftmaxJacobianIsSymmetric<T>(SymmetryRequirement requirement = SymmetryRequirement.WithinTolerance)
    : SoftmaxJacobianLaw<T>(
        id: requirement == SymmetryRequirement.Bitwise ? "softmax-jacobian-symmetric-bitwise" : "softmax-jacobian-symmetric",
        statement: requirement == SymmetryRequirement.Bitwise
            ? "Jᵢⱼ and Jⱼᵢ have identical bits"
            : "|Jᵢⱼ − Jⱼᵢ| ≤ 4ε·max(|Jᵢⱼ|, |Jⱼᵢ|) + (smallest normal)",
        provedBy: CatalogReference.Entry("softmax-jacobian-symmetric"))
    where T : IFloatingPointIeee754<T>
{
    /// <summary>Bitwise or within tolerance.</summary>
    public SymmetryRequirement Requirement { get; } = requirement;

    /// <inheritdoc/>
    protected override CaseOutcome EvaluateJacobian(T[] x, double[] jacobian)
    {
        var k = x.Length;
        var asymmetricPairs = 0;
        var firstAsymmetricPair = -1;
        var worst = new WorstEntry();
        for (var i = 0; i < k; i++)
        {
            for (var j = i + 1; j < k; j++)
            {
                var upper = jacobian[(i * k) + j];
                var lower = jacobian[(j * k) + i];
                if (BitConverter.DoubleToInt64Bits(upper) != BitConverter.DoubleToInt64Bits(lower))
                {
                    asymmetricPairs++;
                    firstAsymmetricPair = firstAsymmetricPair < 0 ? (i * k) + j : firstAsymmetricPair;
                }

                var allowed = (4 * Epsilon * Math.Max(Math.Abs(upper), Math.Abs(lower))) + SmallestNormal;
                worst.Consider((i * k) + j, Math.Abs(upper - lower), allowed);
            }
        }

        var outputs = new[] { new Observation("J (row-major)", jacobian) };
        return Requirement == SymmetryRequirement.Bitwise
            ? Measured(
                asymmetricPairs,
                0,
                firstAsymmetricPair < 0 ? "no asymmetric pair" : $"count of pairs whose bits differ, first {Entry(firstAsymmetricPair, k)}",
                [Observe("x", x)],
                outputs)
            : Measured(worst, worst.Index < 0 ? "width 1" : Entry(worst.Index, k), [Observe("x", x)], outputs);
    }
}
