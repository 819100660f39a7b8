namespace Verification.Laws.Definitions;

/// <summary>
/// logsoftmax(x)ᵢ = log(softmax(x)ᵢ) wherever softmax(x)ᵢ is a normal number (not underflowed).
/// </summary>
/// <remarks>
/// Where sᵢ underflows, log sᵢ is −∞ or imprecise while log-softmax stays exact; that is the reason log-softmax
/// exists, so those entries are not compared. Elsewhere, with aᵢ = |xᵢ − m|: sᵢ has relative error
/// ≤ u(k + 2 + aᵢ + Σⱼ sⱼaⱼ), which is the absolute error of log sᵢ; xᵢ − m − log S adds u(aᵢ + |log S| + k +
/// Σⱼ sⱼaⱼ + |logsoftmaxᵢ|), and evaluating log sᵢ adds u|log sᵢ|. With |log S| ≤ log k ≤ k the total is below
/// ε(2k + 4 + aᵢ + Σⱼ sⱼaⱼ + |log sᵢ|); the law allows twice that. This is the accuracy of the max-shifted
/// algorithm: forming xᵢ − LSE(x) directly (as the unshifted textbook formula does) rounds at u·|LSE(x)| instead
/// and is reported once |max x| dominates k.
/// </remarks>
public sealed class LogSoftmaxEqualsLogOfSoftmax<T>() : SoftmaxDomainLaw<T>(
    id: "log-softmax-equals-log-of-softmax",
    statement: "|logsoftmax(x)ᵢ − log softmax(x)ᵢ| ≤ 2ε(2k + 4 + |xᵢ − m| + Σⱼ sⱼ|xⱼ − m| + |log sᵢ|) where sᵢ is normal",
    provedBy: CatalogReference.Entry("log-softmax-every-n"),
    requires: [nameof(ActivationKernels<T>.Softmax), nameof(ActivationKernels<T>.LogSoftmax)])
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    protected override CaseOutcome EvaluateDefined(ActivationKernels<T> kernels, T[] x)
    {
        var reference = ReferenceSoftmax.Of(Widen(x), UnderflowExponent);
        var s = Run(kernels.Softmax!, x);
        var logSoftmax = Run(kernels.LogSoftmax!, x);
        var worst = new WorstEntry();
        for (var i = 0; i < x.Length; i++)
        {
            // A NaN or out-of-range softmax entry is the business of the softmax laws; only normal entries are compared.
            if (!(s[i] >= SmallestNormal && s[i] <= 1))
            {
                continue;
            }

            var logOfSoftmax = Math.Log(s[i]);
            var allowed = 2 * Epsilon * ((2 * x.Length) + 4 + reference.ExponentSpread[i] + reference.WeightedSpread + Math.Abs(logOfSoftmax));
            worst.Consider(i, Math.Abs(logSoftmax[i] - logOfSoftmax), allowed);
        }

        return worst.Index < 0
            ? CaseOutcome.Skipped("no softmax entry is a normal number")
            : Measured(
                worst,
                $"entry {worst.Index}",
                [Observe("x", x)],
                [new Observation("softmax(x)", s), new Observation("logsoftmax(x)", logSoftmax), Observation.Scalar($"log softmax(x)[{worst.Index}]", Math.Log(s[worst.Index]))]);
    }
}
