using static Verification.Derivations.Chapters.Claims;

namespace Verification.Derivations.Chapters;

/// <summary>
/// When a sigmoid head and a two-class softmax head give the same probability, and why nothing of
/// the kind holds for three or more classes. Every mapping between heads is computed by the solver.
/// </summary>
internal static class EquivalenceEntries
{
    private static Derivation TwoClassSoftmaxIsSigmoid { get; } = new(
        "two-class-softmax-is-sigmoid",
        TheoremFamily.Equivalence,
        "Two-class softmax is the sigmoid of the logit difference",
        "softmax([z₀, z₁])₀ = σ(z₀ − z₁): with two classes only the difference of the logits matters.",
        Identity("softmax([z0, z1], 0) == sigmoid(z0 - z1)"),
        [
            Step("exp(z0) / (exp(z0) + exp(z1))", "definition", "Component 0 of a two-class softmax."),
            Step("1 / (1 + exp(z1) / exp(z0))", "divide by e^(z₀)", "Divide numerator and denominator by e^(z₀), which is never zero."),
            Step("1 / (1 + exp(-(z0 - z1)))", "e^(z₁)/e^(z₀) = e^(−(z₀ − z₁))", "A quotient of exponentials is the exponential of the difference."),
            Step("sigmoid(z0 - z1)", "recognise σ", "1/(1 + e^(−u)) = σ(u) with u = z₀ − z₁."),
        ]);

    private static RefutationEntry SoftmaxIsNotSigmoidOfOwnLogit { get; } = new(
        "softmax-is-not-sigmoid-of-own-logit",
        TheoremFamily.Equivalence,
        "softmax([x₀, x₁])₀ is not σ(x₀)",
        "The equality the poster of seed 001 could not prove is false in general; the solver derives that it holds for every x₀ exactly when x₁ = 0, the case where σ(x₀) = e^(x₀)/(e^(x₀) + e⁰).",
        Claim("softmax([x0, x1], 0) == sigmoid(x0)", "Component 0 of a two-class softmax against the sigmoid of its own logit."),
        Claim("solve x1: softmax([x0, x1], 0) == sigmoid(x0) for all x0", "For which x₁ does it hold for every x₀?"));

    private static EquivalenceEntry SigmoidHeadFromSoftmaxHead { get; } = new(
        "sigmoid-head-from-softmax-head",
        TheoremFamily.Equivalence,
        "The sigmoid head equivalent to a two-class softmax head",
        "Given softmax logits zᵢ = vᵢ₀x₀ + vᵢ₁x₁ + cᵢ, the solver finds the only sigmoid head with the same class-0 probability for every input: weights and bias are the differences of the two softmax rows (w′ = w₀ − w₁, b′ = b₀ − b₁).",
        Claim(
            "solve w0, w1, b: sigmoid(w0 * x0 + w1 * x1 + b) == softmax([v00 * x0 + v01 * x1 + c0, v10 * x0 + v11 * x1 + c1], 0) for all x0, x1",
            "Which sigmoid weights w₀, w₁ and bias b reproduce the softmax probability for all inputs x₀, x₁?"));

    private static EquivalenceEntry SoftmaxHeadsFromSigmoidHead { get; } = new(
        "softmax-heads-from-sigmoid-head",
        TheoremFamily.Equivalence,
        "The softmax heads equivalent to a sigmoid head",
        "The converse has a whole family of answers: v₀ = w + v₁ and c₀ = b + c₁ for any v₁, c₁, because adding the same u to both rows is a common shift. Seed 000's choice (second row zero) is the member u = 0.",
        Claim(
            "solve v0, v1, c0, c1: softmax([v0 * x + c0, v1 * x + c1], 0) == sigmoid(w * x + b) for all x",
            "Which softmax rows (v₀, c₀), (v₁, c₁) reproduce σ(wx + b) for every x?"));

    private static RefutationEntry ThreeClassSoftmaxIsNotSigmoidOfDifference { get; } = new(
        "three-class-softmax-is-not-sigmoid-of-difference",
        TheoremFamily.Equivalence,
        "With three classes, softmax is not a sigmoid of a logit difference",
        "softmax([x₀, x₁, x₂])₀ ≠ σ(x₀ − x₁): the third class takes probability away. No value of x₂ repairs it (the solver finds none), since e^(x₂) would have to vanish.",
        Claim("softmax([x0, x1, x2], 0) == sigmoid(x0 - x1)", "Component 0 of a three-class softmax against the two-class formula."),
        Claim("solve x2: softmax([x0, x1, x2], 0) == sigmoid(x0 - x1) for all x0, x1", "Is there a third logit for which it holds?"));

    private static RefutationEntry IndependentSigmoidsDoNotSumToOne { get; } = new(
        "independent-sigmoids-do-not-sum-to-one",
        TheoremFamily.Equivalence,
        "Independent sigmoids are not a distribution",
        "σ(x₀) + σ(x₁) + σ(x₂) ≠ 1, and no shifts of the inputs make it so (the solver finds none): one sigmoid per class models independent yes/no questions, not one choice among classes.",
        Claim("sigmoid(x0) + sigmoid(x1) + sigmoid(x2) == 1", "Three independent sigmoid outputs summed."),
        Claim("solve a0, a1, a2: sigmoid(x0 + a0) + sigmoid(x1 + a1) + sigmoid(x2 + a2) == 1 for all x0, x1, x2", "Do some biases make them sum to one for every input?"));

    private static EquivalenceEntry NoSigmoidHeadForThreeClasses { get; } = new(
        "no-sigmoid-head-for-three-classes",
        TheoremFamily.Equivalence,
        "No sigmoid head reproduces a three-class softmax",
        "For n ≥ 3 the class-0 probability depends on every other logit through their sum of exponentials, which no single sigmoid of a linear function matches: the solver proves there is no solution.",
        Claim(
            "solve w0, w1, w2, b: sigmoid(w0 * x0 + w1 * x1 + w2 * x2 + b) == softmax([x0, x1, x2], 0) for all x0, x1, x2",
            "Which sigmoid head over the three logits reproduces softmax component 0?"));

    // Last: static initialisers run in textual order, so the list must follow its entries.
    public static ImmutableArray<CatalogEntry> All { get; } =
    [
        TwoClassSoftmaxIsSigmoid,
        SoftmaxIsNotSigmoidOfOwnLogit,
        SigmoidHeadFromSoftmaxHead,
        SoftmaxHeadsFromSigmoidHead,
        ThreeClassSoftmaxIsNotSigmoidOfDifference,
        IndependentSigmoidsDoNotSumToOne,
        NoSigmoidHeadForThreeClasses,
    ];
}
