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
public sealed class SmoothedCrossEntropyGradientEqualsSoftmaxMinusSmoothedTarget<T>() : CrossEntropyGradientLaw<T>(
    id: "smoothed-cross-entropy-gradient-equals-softmax-minus-smoothed-target",
    statement: "|∇CE(z, y, ε)ᵢ − ((Σy′)sᵢ − y′ᵢ)| ≤ 2ε_T[(k + 4 + |zᵢ − m| + Σⱼ sⱼ|zⱼ − m|)sᵢ + yᵢ + ε/n + |sᵢ − y′ᵢ|] + |Σy′ − 1|sᵢ + (smallest normal), y′ = (1 − ε)y + ε/n, ε ∈ {0, 0.1, 0.5, 1}",
    provedBy: CatalogReference.Entry("cross-entropy-label-smoothing-gradient"),
    kernel: nameof(ActivationKernels<T>.SmoothedCrossEntropyGradient))
    where T : IFloatingPointIeee754<T>
{
    /// <summary>The smoothing strengths ε: none, the customary 0.1, half, and fully uniform.</summary>
    public IReadOnlyList<double> Smoothings { get; } = [0, 0.1, 0.5, 1];

    /// <inheritdoc/>
    private protected override CaseOutcome EvaluateValid(ActivationKernels<T> kernels, T[] z, T[] y, ReferenceSoftmax reference)
    {
        var yWidened = Widen(y);
        return WorstOver(Smoothings, requested =>
        {
            var smoothing = T.CreateTruncating(requested);
            var epsilon = double.CreateTruncating(smoothing);
            var gradient = new T[z.Length];
            kernels.SmoothedCrossEntropyGradient!(z, y, gradient, smoothing);
            var actual = Widen(gradient);
            var (entries, expected) = Compare(actual, reference, yWidened, target: ReferenceFormulas.SmoothedLabels(yWidened, epsilon), epsilon);
            return Measured(
                entries,
                string.Create(CultureInfo.InvariantCulture, $"entry {entries.Index}, ε = {requested}"),
                [Observe("z", z), new Observation("y", yWidened), Observation.Scalar("ε", epsilon)],
                [new Observation("∇CE(z, y, ε) (kernel)", actual), new Observation("(Σy′)·softmax(z) − y′ (reference)", expected)]);
        })!;
    }
}
