namespace Verification.Laws.Definitions;

/// <summary>
/// softmax(x + c) = softmax(x) for c ∈ ±{1, 100, 10⁴}, within the error the rounding of x + c and of the two
/// evaluations can cause.
/// </summary>
/// <remarks>
/// <para>
/// Conditioning: fl(xⱼ + c) = xⱼ + c + δⱼ with |δⱼ| ≤ u(|xⱼ| + |c|). Since ∂ log sᵢ / ∂xⱼ = [i = j] − sⱼ,
/// the perturbation moves log sᵢ by at most 2·maxⱼ|δⱼ| ≤ ε·maxⱼ(|xⱼ| + |c|) (ε = 2u). For x ≈ 10³⁰ in float
/// this exceeds any useful bound: the shift is absorbed, and the law correctly demands nothing but numbers.
/// </para>
/// <para>
/// Evaluation: each entry of a max-shifted softmax has relative error ≤ u(k + 2 + aᵢ + Σⱼ sⱼaⱼ), aᵢ = |xᵢ − m|
/// (the rounding of the exponent argument, capped at the underflow exponent), for each of the two evaluations.
/// </para>
/// <para>
/// Allowed for entry i: |s′ᵢ − sᵢ| ≤ expm1(2Bᵢ)·max(sᵢ, s′ᵢ) + (smallest normal), where
/// Bᵢ = ε·[maxⱼ(|xⱼ| + |c|) + k + 4 + aᵢ + Σⱼ sⱼaⱼ]; the factor 2 is a safety margin, the floor absorbs
/// subnormal results (and kernels that flush them to zero).
/// </para>
/// </remarks>
public sealed class SoftmaxShiftInvariance<T>() : SoftmaxDomainLaw<T>(
    id: "softmax-shift-invariance",
    statement: "|softmax(x + c)ᵢ − softmax(x)ᵢ| ≤ expm1(2ε·[max|xⱼ| + |c| + k + 4 + |xᵢ − m| + Σⱼ sⱼ|xⱼ − m|])·sᵢ + (smallest normal), c ∈ ±{1, 100, 10⁴}",
    provedBy: CatalogReference.Entry("softmax-shift-invariance-all-sizes"),
    requires: [nameof(ActivationKernels<T>.Softmax)])
    where T : IFloatingPointIeee754<T>
{
    /// <summary>The shifts c applied to every entry: ±1, ±100, ±10⁴.</summary>
    public IReadOnlyList<double> Shifts { get; } = [1, -1, 100, -100, 1e4, -1e4];

    /// <inheritdoc/>
    protected override CaseOutcome EvaluateDefined(ActivationKernels<T> kernels, T[] x)
    {
        var widened = Widen(x);
        var reference = ReferenceSoftmax.Of(widened, UnderflowExponent);
        var largestMagnitude = widened.Where(double.IsFinite).Max(Math.Abs);
        var sWidened = Run(kernels.Softmax!, x);

        return WorstOver(Shifts, shift =>
        {
            var shifted = x.Select(value => value + T.CreateTruncating(shift)).ToArray();
            if (!Vectors.IsSoftmaxDefined<T>(shifted))
            {
                return null;
            }

            var sShiftedWidened = Run(kernels.Softmax!, shifted);
            var entries = new WorstEntry();
            for (var i = 0; i < x.Length; i++)
            {
                var budget = Epsilon * (largestMagnitude + Math.Abs(shift) + x.Length + 4
                    + reference.ExponentSpread[i] + reference.WeightedSpread);
                var allowed = RelativeTolerance.Of(budget, Math.Max(sWidened[i], sShiftedWidened[i])) + SmallestNormal;
                entries.Consider(i, Math.Abs(sShiftedWidened[i] - sWidened[i]), allowed);
            }

            return Measured(
                entries,
                string.Create(CultureInfo.InvariantCulture, $"entry {entries.Index}, shift c = {shift}"),
                [Observe("x", x), Observation.Scalar("c", shift)],
                [new Observation("softmax(x)", sWidened), new Observation("softmax(x + c)", sShiftedWidened)]);
        }) ?? CaseOutcome.Skipped("every shifted row overflowed");
    }
}
