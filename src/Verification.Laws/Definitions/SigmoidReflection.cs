namespace Verification.Laws.Definitions;

/// <summary>σ(−x) = 1 − σ(x), checked where 1 − σ(x) is well conditioned.</summary>
/// <remarks>
/// 1 − y has condition number |y| / |1 − y|, unbounded as y → 1, so 1 − σ(x) is only computed for x ≤ 0, where
/// σ(x) ≤ ½, 1 − σ(x) ∈ [½, 1] and the subtraction (done in double) is nearly exact. Every entry xᵢ is tested as
/// t = −|xᵢ|: σ(|xᵢ|) against 1 − σ(t). Each σ carries a few roundings (exp, add, divide ≈ 3u relative), so the
/// total is about 6u = 3ε absolute on a value in [½, 1]; 8ε is allowed.
/// </remarks>
public sealed class SigmoidReflection<T>() : KernelLaw<T, T[]>(
    id: "sigmoid-reflection",
    statement: "|σ(−t) − (1 − σ(t))| ≤ 8ε for t = −|xᵢ| ≤ 0",
    provedBy: CatalogReference.Entry("sigmoid-symmetry"),
    requires: [nameof(ActivationKernels<T>.Sigmoid)])
    where T : IFloatingPointIeee754<T>
{
    private const double AllowedInEpsilons = 8;

    /// <inheritdoc/>
    public override Arbitrary<T[]> DefaultInputs => LogitGenerators.Adversarial<T>();

    /// <inheritdoc/>
    protected override CaseOutcome Evaluate(ActivationKernels<T> kernels, T[] x)
    {
        var nonPositive = x.Where(static value => !T.IsNaN(value)).Select(static value => -T.Abs(value)).ToArray();
        if (nonPositive.Length == 0)
        {
            return CaseOutcome.Skipped("no entry that is a number");
        }

        var reflected = nonPositive.Select(static t => -t).ToArray();
        var sigmoidOfT = Run(kernels.Sigmoid!, nonPositive);
        var sigmoidOfMinusT = Run(kernels.Sigmoid!, reflected);
        var worst = new WorstEntry();
        for (var i = 0; i < nonPositive.Length; i++)
        {
            worst.Consider(i, Math.Abs(sigmoidOfMinusT[i] - (1 - sigmoidOfT[i])), AllowedInEpsilons * Epsilon);
        }

        return Measured(
            worst,
            string.Create(CultureInfo.InvariantCulture, $"t = {nonPositive[worst.Index]}"),
            [Observe("x", x), Observation.Scalar("t", double.CreateTruncating(nonPositive[worst.Index]))],
            [Observation.Scalar("σ(t)", sigmoidOfT[worst.Index]), Observation.Scalar("σ(−t)", sigmoidOfMinusT[worst.Index]), Observation.Scalar("1 − σ(t)", 1 - sigmoidOfT[worst.Index])]);
    }
}
