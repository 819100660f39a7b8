namespace Verification.Laws.Definitions;

/// <summary>
/// VJP(x, g) = J(x)ᵀg = s ⊙ (g − ⟨s, g⟩·1), with s from the double reference (so the law needs only the VJP kernel).
/// </summary>
/// <remarks>
/// (Jᵀg)ᵢ = Σⱼ ([i = j]sⱼ − sⱼsᵢ)gⱼ = sᵢ(gᵢ − ⟨s, g⟩). The subtraction can cancel, so the error is measured against
/// magnitudes, not the result. Each computed sⱼ = sⱼ(1 + rⱼ) with |rⱼ| ≤ u(k + 2 + aⱼ + A), aⱼ = |xⱼ − m| capped at the
/// underflow exponent and A = Σₗ sₗaₗ. Then
/// |error of vᵢ| ≤ sᵢ·[|rᵢ|(|gᵢ| + G) + Σⱼ sⱼ|rⱼ||gⱼ| + (k + 2)u(|gᵢ| + G)] ≤ u·sᵢ·[(2k + 6 + aᵢ + 2A)(|gᵢ| + G) + W]
/// with G = Σⱼ sⱼ|gⱼ| and W = Σⱼ sⱼaⱼ|gⱼ|. W matters: a tiny sⱼ far below the maximum (large aⱼ, so a large relative
/// error) paired with a large gⱼ moves every entry (found by this law's own property on x = [−17.08, 18.18],
/// g = [−9.73, 0] in float, when W was missing). Allowed, with the double reference's own error and a margin:
/// 2ε·sᵢ·[(2k + 6 + aᵢ + 2A)(|gᵢ| + G) + 2W] + (smallest normal)(1 + max|g|).
/// </remarks>
public sealed class SoftmaxVectorJacobianProductEqualsJacobianTransposeTimesGradient<T>() : KernelLaw<T, LogitsWithUpstreamGradient<T>>(
    id: "softmax-vjp-equals-jacobian-transpose-times-gradient",
    statement: "|VJP(x, g)ᵢ − sᵢ(gᵢ − ⟨s, g⟩)| ≤ 2ε·sᵢ·[(2k + 6 + aᵢ + 2A)(|gᵢ| + Σⱼ sⱼ|gⱼ|) + 2Σⱼ sⱼaⱼ|gⱼ|] + (smallest normal)(1 + max|g|), aᵢ = |xᵢ − m|, A = Σⱼ sⱼaⱼ",
    provedBy: CatalogReference.Entry("softmax-vector-jacobian-product"),
    requires: [nameof(ActivationKernels<T>.SoftmaxVectorJacobianProduct)])
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public override Arbitrary<LogitsWithUpstreamGradient<T>> DefaultInputs =>
        LogitGenerators.WithUpstreamGradient(LogitGenerators.Adversarial<T>(maximumWidth: 256));

    /// <inheritdoc/>
    protected override CaseOutcome Evaluate(ActivationKernels<T> kernels, LogitsWithUpstreamGradient<T> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (x, g) = (input.Logits, input.UpstreamGradient);
        if (!Vectors.IsSoftmaxDefined<T>(x) || g.Length != x.Length || !Vectors.AllFinite<T>(g))
        {
            return CaseOutcome.Skipped("softmax undefined, or g not a finite vector of the width of x");
        }

        var product = new T[x.Length];
        kernels.SoftmaxVectorJacobianProduct!(x, g, product);
        var actual = Widen(product);
        var reference = ReferenceSoftmax.Of(Widen(x), UnderflowExponent);
        var s = reference.Probabilities;
        var gWidened = Widen(g);
        var weightedMagnitude = AccurateSum.Of(s.Select((sj, j) => sj * Math.Abs(gWidened[j])).ToArray());
        var weightedSpreadMagnitude = AccurateSum.Of(s.Select((sj, j) => sj * reference.ExponentSpread[j] * Math.Abs(gWidened[j])).ToArray());
        var floor = SmallestNormal * (1 + gWidened.Max(Math.Abs));
        var expected = ReferenceFormulas.VectorJacobianProduct(s, gWidened);
        var worst = new WorstEntry();
        for (var i = 0; i < x.Length; i++)
        {
            var spread = (2 * x.Length) + 6 + reference.ExponentSpread[i] + (2 * reference.WeightedSpread);
            var budget = (spread * (Math.Abs(gWidened[i]) + weightedMagnitude)) + (2 * weightedSpreadMagnitude);
            var allowed = (2 * Epsilon * s[i] * budget) + floor;
            worst.Consider(i, Math.Abs(actual[i] - expected[i]), allowed);
        }

        return Measured(
            worst,
            string.Create(CultureInfo.InvariantCulture, $"entry {worst.Index}"),
            [Observe("x", x), new Observation("g", gWidened)],
            [new Observation("VJP(x, g)", actual), new Observation("s ⊙ (g − ⟨s, g⟩) (reference)", expected)]);
    }
}
