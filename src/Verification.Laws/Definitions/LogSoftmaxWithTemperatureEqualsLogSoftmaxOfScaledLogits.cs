namespace Verification.Laws.Definitions;

/// <summary>
/// log softmax_T(x) = log softmax(x/T) for T ∈ {0.1, 0.5, 2, 3, 10}: the kernel with a temperature against the
/// reference tᵢ − log Σⱼ e^(tⱼ), tᵢ = (xᵢ − m)/T, within the error the rounding of the scaling and the evaluation
/// can cause.
/// </summary>
/// <remarks>
/// <para>
/// Log-softmax is linear in the scaled exponents, so (unlike softmax) an error in tᵢ is an absolute error of the
/// result, and |tᵢ| is not capped: log softmax_T(x)ᵢ ≈ −|xᵢ − m|/T however far below the maximum xᵢ lies.
/// </para>
/// <para>
/// Kernel: tᵢ = fl(fl(xᵢ − m)/T) errs by ≤ ε·aᵢ/T, aᵢ = |xᵢ − m|. log S, S = Σⱼ e^(tⱼ) ∈ [1, k], errs by the
/// relative error of S, ≤ u·k + Σⱼ sⱼ·ε·aⱼ/T (the exponents' share), plus u·log S ≤ u·k for the log; the final
/// subtraction adds u·|ℓᵢ|. In all ≤ ε(k + 2 + aᵢ/T + Σⱼ sⱼaⱼ/T + |ℓᵢ|); the reference (same algorithm in
/// double) as much again for a double kernel. Allowed: 2ε(k + 4 + 2aᵢ/T + Σⱼ sⱼaⱼ/T + |ℓᵢ|) + (smallest normal).
/// </para>
/// <para>
/// Entries with xᵢ = −∞ must be −∞; entries whose true value lies below −(largest finite value of T) cannot be
/// represented and are not compared.
/// </para>
/// </remarks>
public sealed class LogSoftmaxWithTemperatureEqualsLogSoftmaxOfScaledLogits<T>() : TemperatureLaw<T>(
    id: "log-softmax-with-temperature-equals-log-softmax-of-scaled-logits",
    statement: "|log softmax_T(x)ᵢ − log softmax(x/T)ᵢ| ≤ 2ε(k + 4 + 2|xᵢ − m|/T + Σⱼ sⱼ|xⱼ − m|/T + |log softmax(x/T)ᵢ|) + (smallest normal), T ∈ {0.1, 0.5, 2, 3, 10}",
    provedBy: CatalogReference.None("log-softmax with temperature T is defined as log softmax(x/T); the law checks the kernel against that definition"),
    requires: [nameof(ActivationKernels<T>.LogSoftmaxWithTemperature)])
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    private protected override string NothingToCompare => "every scaled log-probability lies beyond the largest finite value";

    /// <inheritdoc/>
    protected override ParameterizedSpanKernel<T> TemperedKernel(ActivationKernels<T> kernels) => kernels.LogSoftmaxWithTemperature!;

    /// <inheritdoc/>
    private protected override (WorstEntry Entries, Observation[] Outputs)? Compare(T[] x, double[] widened, double temperature, double[] actual)
    {
        var max = widened.Where(double.IsFinite).Max();
        var scaled = widened.Select(value => (value - max) / temperature).ToArray();
        // Spreads capped at the largest double, not ∞, so that a zero weight times a spread is 0, never NaN.
        var reference = ReferenceSoftmax.Of(scaled, double.MaxValue);
        var logSum = Math.Log(AccurateSum.Of([.. scaled.Select(Math.Exp)]));
        var expected = new double[x.Length];
        var entries = new WorstEntry();
        for (var i = 0; i < x.Length; i++)
        {
            expected[i] = scaled[i] - logSum;
            if (T.IsNegativeInfinity(x[i]))
            {
                entries.Consider(i, double.IsNegativeInfinity(actual[i]) ? 0 : double.PositiveInfinity, SmallestNormal);
                continue;
            }

            if (!(Math.Abs(expected[i]) <= FloatingPointFacts<T>.MaxValue))
            {
                continue;
            }

            // Each term is multiplied by ε separately, so that the bound stays finite for spreads near the largest double.
            var allowed = (2 * Epsilon * (x.Length + 4)) + (4 * Epsilon * reference.ExponentSpread[i])
                + (2 * Epsilon * reference.WeightedSpread) + (2 * Epsilon * Math.Abs(expected[i])) + SmallestNormal;
            entries.Consider(i, Math.Abs(actual[i] - expected[i]), allowed);
        }

        return entries.Index < 0
            ? null
            : (entries, [new Observation("log softmax_T(x) (kernel)", actual), new Observation("log softmax(x/T) (reference)", expected)]);
    }
}
