namespace Verification.Laws.Definitions;

/// <summary>∇_z CE(z, y) = softmax(z) − y for a target probability vector y.</summary>
/// <remarks>
/// CE(z, y) = −Σᵢ yᵢ log softmax(z)ᵢ = (Σᵢ yᵢ)·LSE(z) − ⟨y, z⟩, so ∇ = (Σ y)·s − y exactly; the reference uses that
/// form and the tolerance adds |Σ y − 1|·sᵢ, since kernels assume Σ y = 1 and a target rounded to T sums to 1 only
/// within k·u. The rest: sᵢ's relative error u(k + 2 + aᵢ + Σⱼ sⱼaⱼ) and one rounding of each of yᵢ and the
/// difference, doubled: 2ε[(k + 4 + aᵢ + Σⱼ sⱼaⱼ)sᵢ + |yᵢ| + |sᵢ − yᵢ|] + |Σ y − 1|·sᵢ + (smallest normal).
/// </remarks>
public sealed class CrossEntropyGradientEqualsSoftmaxMinusTarget<T>() : KernelLaw<T, LogitsWithTarget<T>>(
    id: "cross-entropy-gradient-equals-softmax-minus-target",
    statement: "|∇CE(z, y)ᵢ − ((Σy)sᵢ − yᵢ)| ≤ 2ε[(k + 4 + |zᵢ − m| + Σⱼ sⱼ|zⱼ − m|)sᵢ + |yᵢ| + |sᵢ − yᵢ|] + |Σy − 1|sᵢ + (smallest normal)",
    provedBy: CatalogReference.Entry("cross-entropy-gradient-all-sizes"),
    requires: [nameof(ActivationKernels<T>.CrossEntropyGradient)])
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public override Arbitrary<LogitsWithTarget<T>> DefaultInputs =>
        LogitGenerators.WithTarget(LogitGenerators.Adversarial<T>());

    /// <inheritdoc/>
    protected override CaseOutcome Evaluate(ActivationKernels<T> kernels, LogitsWithTarget<T> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (z, y) = (input.Logits, input.TargetProbabilities);
        if (!Vectors.IsSoftmaxDefined<T>(z) || y.Length != z.Length || !y.All(static value => value >= T.Zero && T.IsFinite(value)))
        {
            return CaseOutcome.Skipped("softmax undefined, or y not a nonnegative finite vector of the width of z");
        }

        var gradient = new T[z.Length];
        kernels.CrossEntropyGradient!(z, y, gradient);
        var actual = Vectors.ToDoubles<T>(gradient);
        var reference = ReferenceSoftmax.Of(Vectors.ToDoubles<T>(z), UnderflowExponent);
        var s = reference.Probabilities;
        var yWidened = Vectors.ToDoubles<T>(y);
        var targetMass = AccurateSum.Of(yWidened);
        var expected = ReferenceFormulas.CrossEntropyGradient(s, yWidened);
        var worst = new WorstEntry();
        for (var i = 0; i < z.Length; i++)
        {
            var spread = z.Length + 4 + reference.ExponentSpread[i] + reference.WeightedSpread;
            var allowed = (2 * Epsilon * ((spread * s[i]) + yWidened[i] + Math.Abs(s[i] - yWidened[i])))
                + (Math.Abs(targetMass - 1) * s[i]) + SmallestNormal;
            worst.Consider(i, Math.Abs(actual[i] - expected[i]), allowed);
        }

        return Measured(
            worst.Measured,
            worst.Allowed,
            string.Create(CultureInfo.InvariantCulture, $"entry {worst.Index}"),
            [Observe("z", z), new Observation("y", yWidened)],
            [new Observation("∇CE(z, y)", actual), new Observation("(Σy)·softmax(z) − y (reference)", expected)]);
    }
}
