using System.Globalization;
using System.Numerics;
using FsCheck;
using Verification.Laws.Arithmetic;
using Verification.Laws.Generators;
using Verification.Laws.Kernels;
using Verification.Laws.Results;

namespace Verification.Laws.Laws;

/// <summary>
/// VJP(x, g) = J(x)ᵀg = s ⊙ (g − ⟨s, g⟩·1), with s from the double reference (so the law needs only the VJP kernel).
/// </summary>
/// <remarks>
/// (Jᵀg)ᵢ = Σⱼ ([i = j]sⱼ − sⱼsᵢ)gⱼ = sᵢ(gᵢ − ⟨s, g⟩). The subtraction can cancel, so the error is measured against
/// sᵢ(|gᵢ| + Σⱼ sⱼ|gⱼ|), not against the result: each sⱼ carries relative error ≤ u(k + 2 + aⱼ + Σₗ sₗaₗ)
/// (aⱼ = |xⱼ − m|, capped), and forming the product and the inner product adds (k + 2)u of the same scale.
/// Allowed: 2ε(k + 4 + aᵢ + 2Σⱼ sⱼaⱼ)·sᵢ(|gᵢ| + Σⱼ sⱼ|gⱼ|) + (smallest normal)(1 + max|g|).
/// </remarks>
public sealed class SoftmaxVectorJacobianProductEqualsJacobianTransposeTimesGradient<T>
    : KernelLaw<T, LogitsWithUpstreamGradient<T>>
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public override string Id => "softmax-vjp-equals-jacobian-transpose-times-gradient";

    /// <inheritdoc/>
    public override string Statement =>
        "|VJP(x, g)ᵢ − sᵢ(gᵢ − ⟨s, g⟩)| ≤ 2ε(k + 4 + |xᵢ − m| + 2Σⱼ sⱼ|xⱼ − m|)·sᵢ(|gᵢ| + Σⱼ sⱼ|gⱼ|) + (smallest normal)(1 + max|g|)";

    /// <inheritdoc/>
    public override Arbitrary<LogitsWithUpstreamGradient<T>> DefaultInputs =>
        LogitGenerators.WithUpstreamGradient(LogitGenerators.Adversarial<T>(maximumWidth: 256));

    /// <inheritdoc/>
    protected override string? MissingKernel(ActivationKernels<T> kernels) =>
        kernels.SoftmaxVectorJacobianProduct is null ? Missing("SoftmaxVectorJacobianProduct") : null;

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
        var actual = Vectors.ToDoubles<T>(product);
        var reference = ReferenceSoftmax.Of(Vectors.ToDoubles<T>(x), UnderflowExponent);
        var s = reference.Probabilities;
        var gWidened = Vectors.ToDoubles<T>(g);
        var innerProduct = AccurateSum.Of(s.Select((sj, j) => sj * gWidened[j]).ToArray());
        var weightedMagnitude = AccurateSum.Of(s.Select((sj, j) => sj * Math.Abs(gWidened[j])).ToArray());
        var floor = SmallestNormal * (1 + gWidened.Max(Math.Abs));
        var expected = new double[x.Length];
        var worst = new WorstEntry();
        for (var i = 0; i < x.Length; i++)
        {
            expected[i] = s[i] * (gWidened[i] - innerProduct);
            var spread = x.Length + 4 + reference.ExponentSpread[i] + (2 * reference.WeightedSpread);
            var allowed = (2 * Epsilon * spread * s[i] * (Math.Abs(gWidened[i]) + weightedMagnitude)) + floor;
            worst.Consider(i, Math.Abs(actual[i] - expected[i]), allowed);
        }

        return Measured(
            worst.Measured,
            worst.Allowed,
            string.Create(CultureInfo.InvariantCulture, $"entry {worst.Index}"),
            [Observe("x", x), new Observation("g", gWidened)],
            [new Observation("VJP(x, g)", actual), new Observation("s ⊙ (g − ⟨s, g⟩) (reference)", expected)]);
    }
}
