namespace Verification.Laws.Definitions;

/// <summary>∇_z CE(z, y) = softmax(z) − y for a target probability vector y.</summary>
/// <remarks>
/// CE(z, y) = −Σᵢ yᵢ log softmax(z)ᵢ = (Σᵢ yᵢ)·LSE(z) − ⟨y, z⟩, so ∇ = (Σ y)·s − y exactly; the reference uses that
/// form and the tolerance adds |Σ y − 1|·sᵢ, since kernels assume Σ y = 1 and a target rounded to T sums to 1 only
/// within k·u. The rest: sᵢ's relative error u(k + 2 + aᵢ + Σⱼ sⱼaⱼ) and one rounding of each of yᵢ and the
/// difference, doubled: 2ε[(k + 4 + aᵢ + Σⱼ sⱼaⱼ)sᵢ + |yᵢ| + |sᵢ − yᵢ|] + |Σ y − 1|·sᵢ + (smallest normal).
/// </remarks>
public sealed class CrossEntropyGradientEqualsSoftmaxMinusTarget<T>() : CrossEntropyGradientLaw<T>(
    id: "cross-entropy-gradient-equals-softmax-minus-target",
    statement: "|∇CE(z, y)ᵢ − ((Σy)sᵢ − yᵢ)| ≤ 2ε[(k + 4 + |zᵢ − m| + Σⱼ sⱼ|zⱼ − m|)sᵢ + |yᵢ| + |sᵢ − yᵢ|] + |Σy − 1|sᵢ + (smallest normal)",
    provedBy: CatalogReference.Entry("cross-entropy-gradient-all-sizes"),
    kernel: nameof(ActivationKernels<T>.CrossEntropyGradient))
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    private protected override CaseOutcome EvaluateValid(ActivationKernels<T> kernels, T[] z, T[] y, ReferenceSoftmax reference)
    {
        var gradient = new T[z.Length];
        kernels.CrossEntropyGradient!(z, y, gradient);
        var actual = Widen(gradient);
        var yWidened = Widen(y);
        var (worst, expected) = Compare(actual, reference, yWidened, target: yWidened, smoothing: 0);
        return Measured(
            worst,
            string.Create(CultureInfo.InvariantCulture, $"entry {worst.Index}"),
            [Observe("z", z), new Observation("y", yWidened)],
            [new Observation("∇CE(z, y)", actual), new Observation("(Σy)·softmax(z) − y (reference)", expected)]);
    }
}
