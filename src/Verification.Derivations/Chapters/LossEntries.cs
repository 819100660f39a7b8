using static Verification.Derivations.Chapters.Claims;

namespace Verification.Derivations.Chapters;

/// <summary>
/// The gradients training uses: cross-entropy through softmax gives s − y, binary cross-entropy
/// through the sigmoid gives σ − y, logsumexp differentiates to softmax, log-softmax to δ − s.
/// </summary>
internal static class LossEntries
{
    private const string Z = "[z0, z1, z2]";
    private const string Lse = "logsumexp([z0, z1, z2])";

    private static GeneralEntry CrossEntropyGradientEveryN { get; } = new(
        "cross-entropy-gradient-every-n",
        TheoremFamily.Losses,
        "The cross-entropy gradient is s − y, for every n",
        "∂CE/∂zⱼ = sⱼ − yⱼ for every n and every component, under the hypothesis Σₖ yₖ = 1 (stated as a hypothesis, with the other targets gathered into one symbol, rather than by eliminating the last target).",
        Claim(GeneralClaimTexts.CrossEntropyGradient, "Every n, every component, targets summing to one"),
        ["cross-entropy-gradient", "cross-entropy-gradient-all-sizes"]);

    private static Derivation CrossEntropyGradient { get; } = new(
        "cross-entropy-gradient",
        TheoremFamily.Losses,
        "The cross-entropy gradient is s − y",
        "For targets that sum to one, ∂CE/∂zⱼ = sⱼ − yⱼ: the softmax Jacobian and the logarithm's 1/sᵢ cancel. Shown for n = 3 with y₂ = 1 − y₀ − y₁.",
        Identity($"diff(cross_entropy({Z}, [y0, y1, 1 - y0 - y1]), z0) == softmax({Z}, 0) - y0"),
        [
            Step($"diff(-(y0 * log_softmax({Z}, 0) + y1 * log_softmax({Z}, 1) + (1 - y0 - y1) * log_softmax({Z}, 2)), z0)", "definition", "CE(z, y) = −Σᵢ yᵢ log sᵢ, with log sᵢ written as log-softmax."),
            Step($"diff(-(y0 * (z0 - {Lse}) + y1 * (z1 - {Lse}) + (1 - y0 - y1) * (z2 - {Lse})), z0)", "log-softmax", "log sᵢ = zᵢ − logsumexp(z)."),
            Step($"diff({Lse} - (y0 * z0 + y1 * z1 + (1 - y0 - y1) * z2), z0)", "the targets sum to 1", "The logsumexp terms carry the weights y₀ + y₁ + (1 − y₀ − y₁) = 1."),
            Step($"softmax({Z}, 0) - y0", "differentiate", "∂ logsumexp/∂z₀ = s₀ (see logsumexp-gradient) and the linear part contributes y₀."),
        ]);

    private static IdentityEntry CrossEntropyGradientForEachSize { get; } = new(
        "cross-entropy-gradient-all-sizes",
        TheoremFamily.Losses,
        "∂CE/∂z = s − y for n = 2..8",
        "Every component, every n = 2..8; the condition Σ y = 1 is imposed by eliminating the last target (a `where` substitution).",
        ForEachSize(ClaimTexts.CrossEntropyGradient));

    private static Derivation BinaryCrossEntropyGradient { get; } = new(
        "binary-cross-entropy-gradient",
        TheoremFamily.Losses,
        "Binary cross-entropy with logits has gradient σ(x) − y",
        "bce(x, y) = −(y log σ(x) + (1 − y) log(1 − σ(x))) simplifies to (1 − y)x + log(1 + e^(−x)), whose derivative is σ(x) − y.",
        Identity("diff(bce(x, y), x) == sigmoid(x) - y"),
        [
            Step("diff(-(y * log(sigmoid(x)) + (1 - y) * log(1 - sigmoid(x))), x)", "definition", "Binary cross-entropy of the probability σ(x) against the target y."),
            Step("diff(-(y * -log(1 + exp(-x)) + (1 - y) * (-x - log(1 + exp(-x)))), x)", "log σ and log(1 − σ)", "log σ(x) = −log(1 + e^(−x)) and log(1 − σ(x)) = log σ(−x) = −x − log(1 + e^(−x))."),
            Step("diff((1 - y) * x + log(1 + exp(-x)), x)", "collect", "The log(1 + e^(−x)) terms carry the weights y + (1 − y) = 1."),
            Step("1 - y - exp(-x) / (1 + exp(-x))", "differentiate", "(log(1 + e^(−x)))' = −e^(−x)/(1 + e^(−x)) by the chain rule."),
            Step("1 - y - (1 - sigmoid(x))", "recognise 1 − σ", "e^(−x)/(1 + e^(−x)) = 1 − σ(x) (see sigmoid-symmetry)."),
            Step("sigmoid(x) - y", "simplify", "The 1s cancel."),
        ]);

    private static GeneralEntry LogSumExpGradientEveryN { get; } = new(
        "logsumexp-gradient-every-n",
        TheoremFamily.Losses,
        "∇ logsumexp = softmax for every n",
        "∂ logsumexp(z)/∂zⱼ = sⱼ for every n: only the term e^(zⱼ) of the sum depends on zⱼ.",
        Claim(GeneralClaimTexts.LogSumExpGradient, "Every n, every component"),
        ["logsumexp-gradient", "logsumexp-gradient-all-sizes"]);

    private static Derivation LogSumExpGradient { get; } = new(
        "logsumexp-gradient",
        TheoremFamily.Losses,
        "The gradient of logsumexp is softmax",
        "∂/∂zⱼ log Σₖ e^(zₖ) = e^(zⱼ)/Σₖ e^(zₖ) = sⱼ: softmax is the gradient of a smooth maximum.",
        Identity($"diff({Lse}, z0) == softmax({Z}, 0)"),
        [
            Step("diff(log(exp(z0) + exp(z1) + exp(z2)), z0)", "definition", "logsumexp(z) = log Σₖ e^(zₖ)."),
            Step("diff(exp(z0) + exp(z1) + exp(z2), z0) / (exp(z0) + exp(z1) + exp(z2))", "chain rule", "(log u)' = u'/u."),
            Step("exp(z0) / (exp(z0) + exp(z1) + exp(z2))", "derivative of exp", "Only the term e^(z₀) depends on z₀."),
            Step($"softmax({Z}, 0)", "recognise s₀", "This is component 0 of softmax."),
        ]);

    private static IdentityEntry LogSumExpGradientForEachSize { get; } = new(
        "logsumexp-gradient-all-sizes",
        TheoremFamily.Losses,
        "∇ logsumexp = softmax for n = 2..8",
        "Every component, every n = 2..8.",
        ForEachSize(ClaimTexts.LogSumExpGradient));

    private static GeneralEntry LogSoftmaxEveryN { get; } = new(
        "log-softmax-every-n",
        TheoremFamily.Losses,
        "log sᵢ = zᵢ − logsumexp(z) for every n",
        "The log of a softmax component is the logit minus logsumexp, for every n: the form a stable implementation computes, and the step the cross-entropy derivation takes.",
        Claim(GeneralClaimTexts.LogSoftmax, "Every n, every component"),
        ["cross-entropy-gradient"]);

    private static GeneralEntry LogSoftmaxDerivativeEveryN { get; } = new(
        "log-softmax-derivative-every-n",
        TheoremFamily.Losses,
        "The log-softmax derivative ∂ log sᵢ/∂zⱼ = δᵢⱼ − sⱼ for every n",
        "δᵢⱼ minus the logsumexp gradient, for every n: in both cases i = j and i ≠ j the derivative has no division by sᵢ.",
        Claim(GeneralClaimTexts.LogSoftmaxDerivative, "Every n, every entry"),
        ["log-softmax-derivative"]);

    private static IdentityEntry LogSoftmaxDerivative { get; } = new(
        "log-softmax-derivative",
        TheoremFamily.Losses,
        "The log-softmax derivative ∂ log sᵢ/∂zⱼ = δᵢⱼ − sⱼ",
        "log sᵢ = zᵢ − logsumexp(z), so its derivative is δᵢⱼ minus the logsumexp gradient sⱼ. This is why a loss on log-probabilities needs no division by sᵢ.",
        ForEachSize(ClaimTexts.LogSoftmaxDerivative));

    // Last: static initialisers run in textual order, so the list must follow its entries.
    public static ImmutableArray<CatalogEntry> All { get; } =
    [
        CrossEntropyGradientEveryN,
        CrossEntropyGradient,
        CrossEntropyGradientForEachSize,
        BinaryCrossEntropyGradient,
        LogSumExpGradientEveryN,
        LogSumExpGradient,
        LogSumExpGradientForEachSize,
        LogSoftmaxEveryN,
        LogSoftmaxDerivativeEveryN,
        LogSoftmaxDerivative,
    ];
}
