namespace Verification.Laws.Definitions;

/// <summary>
/// softmax_T(x) = softmax(x/T) for T ∈ {0.1, 0.5, 2, 3, 10}: the kernel with a temperature against the reference
/// softmax of the scaled logits, within the error the rounding of the scaling and of the evaluation can cause.
/// </summary>
/// <remarks>
/// <para>
/// Reference: with m = max x, the scaled exponents (xᵢ − m)/T are formed in double from the exactly widened x and
/// T (the temperature as T rounds it: 0.1 in float is 0.100000001…), each within ε_d·aᵢ/T of the truth,
/// aᵢ = |xᵢ − m|, and <see cref="ReferenceSoftmax"/> evaluates them; its largest exponent is exactly 0.
/// </para>
/// <para>
/// Kernel: a max-shifted tempered softmax rounds xᵢ − m and the division by T, so its exponent argument errs by
/// ≤ 2u·aᵢ/T = ε·aᵢ/T (and the reference's by as much again for a double kernel). Since ∂ log sᵢ/∂tⱼ =
/// [i = j] − sⱼ, exponent errors δⱼ move log sᵢ by δᵢ − Σⱼ sⱼδⱼ; the evaluation adds u(k + 2) (the sum and the
/// division) and the reference another u(k + 2). In all, log sᵢ is within
/// Bᵢ = ε·(k + 4 + 2aᵢ/T + Σⱼ sⱼaⱼ/T), aᵢ/T capped at the underflow exponent (beyond it e^(−aᵢ/T) is 0 however it
/// is rounded, and an uncapped bound would be ∞·0).
/// </para>
/// <para>
/// Allowed for entry i: expm1(2Bᵢ)·sᵢ + (smallest normal), with the usual factor 2 for safety and the floor for
/// subnormal results (and kernels that flush them to zero). A kernel that multiplies by T, or divides x but not
/// the max shift consistently, is off by a factor e^(Θ(aᵢ)) and fails on any row of unequal logits.
/// </para>
/// </remarks>
public sealed class SoftmaxWithTemperatureEqualsSoftmaxOfScaledLogits<T>() : TemperatureLaw<T>(
    id: "softmax-with-temperature-equals-softmax-of-scaled-logits",
    statement: "|softmax_T(x)ᵢ − softmax(x/T)ᵢ| ≤ expm1(2ε·[k + 4 + 2|xᵢ − m|/T + Σⱼ sⱼ|xⱼ − m|/T])·sᵢ + (smallest normal), T ∈ {0.1, 0.5, 2, 3, 10}",
    provedBy: CatalogReference.None("softmax with temperature T is defined as softmax(x/T); the law checks the kernel against that definition, which the catalog differentiates (softmax-temperature-jacobian) but does not state as an identity"),
    requires: [nameof(ActivationKernels<T>.SoftmaxWithTemperature)])
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    protected override ParameterizedSpanKernel<T> TemperedKernel(ActivationKernels<T> kernels) => kernels.SoftmaxWithTemperature!;

    /// <inheritdoc/>
    private protected override (WorstEntry Entries, Observation[] Outputs)? Compare(T[] x, double[] widened, double temperature, double[] actual)
    {
        var reference = ScaledReference.Of(widened, temperature, UnderflowExponent);
        var s = reference.Probabilities;
        var entries = new WorstEntry();
        for (var i = 0; i < x.Length; i++)
        {
            var budget = Epsilon * (x.Length + 4 + (2 * reference.ExponentSpread[i]) + reference.WeightedSpread);
            var allowed = RelativeTolerance.Of(budget, s[i]) + SmallestNormal;
            entries.Consider(i, Math.Abs(actual[i] - s[i]), allowed);
        }

        return (entries, [new Observation("softmax_T(x) (kernel)", actual), new Observation("softmax(x/T) (reference)", s)]);
    }
}
