namespace Verification.Laws.Definitions;

/// <summary>
/// ∇_z CE(z, y′) = softmax(z) − y′ with label-smoothed targets y′ = (1 − ε)y + ε/n, for ε ∈ {0, 0.1, 0.5, 1}.
/// </summary>
/// <remarks>
/// <para>
/// Math: as for <see cref="CrossEntropyGradientEqualsSoftmaxMinusTarget{T}"/>, ∇ = (Σ y′)·s − y′ exactly, and
/// Σ y′ = (1 − ε)Σ y + ε = 1 when Σ y = 1 (catalog: cross-entropy-label-smoothing-gradient). The reference uses
/// that form with y′ formed in double from the given y and ε (as the kernel's precision rounds it).
/// </para>
/// <para>
/// Allowed: the unsmoothed law's budget with y′ in place of y, 2ε[(k + 4 + aᵢ + Σⱼ sⱼaⱼ)sᵢ + |sᵢ − y′ᵢ|] +
/// |Σ y′ − 1|·sᵢ, plus the rounding of y′ᵢ itself, 2ε(yᵢ + ε/n) (see <see cref="SmoothedLabelsSumToOne{T}"/>),
/// plus the smallest normal. y′ᵢ ≤ yᵢ + ε/n, so the term 2ε|yᵢ| of the unsmoothed budget is inside it.
/// </para>
/// </remarks>
public sealed class SmoothedCrossEntropyGradientEqualsSoftmaxMinusSmoothedTarget<T>() : KernelLaw<T, LogitsWithTarget<T>>(
    id: "smoothed-cross-entropy-gradient-equals-softmax-minus-smoothed-target",
    statement: "|∇CE(z, y, ε)ᵢ − ((Σy′)sᵢ − y′ᵢ)| ≤ 2ε_T[(k + 4 + |zᵢ − m| + Σⱼ sⱼ|zⱼ − m|)sᵢ + yᵢ + ε/n + |sᵢ − y′ᵢ|] + |Σy′ − 1|sᵢ + (smallest normal), y′ = (1 − ε)y + ε/n, ε ∈ {0, 0.1, 0.5, 1}",
    provedBy: CatalogReference.Entry("cross-entropy-label-smoothing-gradient"),
    requires: [nameof(ActivationKernels<T>.SmoothedCrossEntropyGradient)])
    where T : IFloatingPointIeee754<T>
{
    /// <summary>The smoothing strengths ε: none, the customary 0.1, half, and fully uniform.</summary>
    public IReadOnlyList<double> Smoothings { get; } = [0, 0.1, 0.5, 1];

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

        var reference = ReferenceSoftmax.Of(Vectors.ToDoubles<T>(z), UnderflowExponent);
        var s = reference.Probabilities;
        var yWidened = Vectors.ToDoubles<T>(y);
        CaseOutcome? worst = null;
        foreach (var requested in Smoothings)
        {
            var smoothing = T.CreateTruncating(requested);
            var epsilon = double.CreateTruncating(smoothing);
            var smoothed = ReferenceFormulas.SmoothedLabels(yWidened, epsilon);
            var smoothedMass = AccurateSum.Of(smoothed);
            var expected = ReferenceFormulas.CrossEntropyGradient(s, smoothed);
            var gradient = new T[z.Length];
            kernels.SmoothedCrossEntropyGradient!(z, y, gradient, smoothing);
            var actual = Vectors.ToDoubles<T>(gradient);
            var entries = new WorstEntry();
            for (var i = 0; i < z.Length; i++)
            {
                var spread = z.Length + 4 + reference.ExponentSpread[i] + reference.WeightedSpread;
                var allowed = (2 * Epsilon * ((spread * s[i]) + yWidened[i] + (epsilon / z.Length) + Math.Abs(s[i] - smoothed[i])))
                    + (Math.Abs(smoothedMass - 1) * s[i]) + SmallestNormal;
                entries.Consider(i, Math.Abs(actual[i] - expected[i]), allowed);
            }

            var outcome = Measured(
                entries.Measured,
                entries.Allowed,
                string.Create(CultureInfo.InvariantCulture, $"entry {entries.Index}, ε = {requested}"),
                [Observe("z", z), new Observation("y", yWidened), Observation.Scalar("ε", epsilon)],
                [new Observation("∇CE(z, y, ε) (kernel)", actual), new Observation("(Σy′)·softmax(z) − y′ (reference)", expected)]);
            if (worst is null || outcome.ErrorToToleranceRatio > worst.ErrorToToleranceRatio)
            {
                worst = outcome;
            }
        }

        return worst!;
    }
}
