using MathNet.Numerics.LinearAlgebra;

namespace Verification.Laws.Definitions;

/// <summary>vᵀJv ≥ 0 for all v: the smallest eigenvalue of the symmetric part (J + Jᵀ)/2 is ≥ −tolerance.</summary>
/// <remarks>
/// For s′ ≥ 0, vᵀ(diag(s′) − s′s′ᵀ)v = Σ s′ᵢvᵢ² − (Σ s′ᵢvᵢ)² ≥ (1 − Σ s′)·Σ s′ᵢvᵢ² by Cauchy–Schwarz, so a
/// Jacobian built from computed probabilities has λ_min ≥ −|1 − Σ s′| ≥ −(k + 1)u. Rounding the entries adds a
/// perturbation of 2-norm ≤ 4u and the symmetric eigensolver (MathNet, in double) a backward error of order
/// k·u·‖J‖ with ‖J‖₂ ≤ ½. Altogether ≤ (2k + 6)u = (k + 3)ε; the law allows 2ε(k + 4).
/// Rows wider than 128 are skipped (the eigendecomposition is O(k³)).
/// </remarks>
public sealed class SoftmaxJacobianIsPositiveSemidefinite<T>() : SoftmaxJacobianLaw<T>(
    id: "softmax-jacobian-positive-semidefinite",
    statement: "λ_min((J + Jᵀ)/2) ≥ −2ε(k + 4)",
    provedBy: CatalogReference.Entry("softmax-jacobian-positive-semi-definite"))
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public override int MaximumWidth => 128;

    /// <inheritdoc/>
    protected override CaseOutcome EvaluateJacobian(T[] x, double[] jacobian)
    {
        var k = x.Length;
        var allowed = 2 * Epsilon * (k + 4);
        if (!jacobian.All(double.IsFinite))
        {
            return Measured(double.PositiveInfinity, allowed, "J has a non-finite entry", [Observe("x", x)], [new Observation("J (row-major)", jacobian)]);
        }

        var symmetricPart = Matrix<double>.Build.Dense(k, k, (i, j) => (jacobian[(i * k) + j] + jacobian[(j * k) + i]) / 2);
        var eigenvalues = symmetricPart.Evd(Symmetricity.Symmetric).EigenValues.Select(static value => value.Real).ToArray();
        var smallest = eigenvalues.Min();
        return Measured(
            Math.Max(0, -smallest),
            allowed,
            string.Create(CultureInfo.InvariantCulture, $"smallest eigenvalue {smallest}"),
            [Observe("x", x)],
            [new Observation("J (row-major)", jacobian), new Observation("eigenvalues of (J + Jᵀ)/2", eigenvalues)]);
    }
}
