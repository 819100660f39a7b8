using static Verification.Derivations.Chapters.Claims;

namespace Verification.Derivations.Chapters;

/// <summary>
/// The question seed 000 leaves open: once a softmax net and a sigmoid net compute the same
/// probability, does gradient descent keep them equal? Two hidden units h₀, h₁ feed the heads; the
/// softmax net is trained on cross-entropy against (y, 1 − y), the sigmoid net on binary
/// cross-entropy against y, where y = 1 means class 0.
/// </summary>
internal static class TrainingEntries
{
    // Softmax head: z₀ = v₀₀h₀ + v₀₁h₁ + c₀, z₁ = v₁₀h₀ + v₁₁h₁ + c₁.
    private const string Logits = "[v00 * h0 + v01 * h1 + c0, v10 * h0 + v11 * h1 + c1]";
    private const string SoftmaxLoss = $"cross_entropy({Logits}, [y, 1 - y])";
    private const string SoftmaxProbability = $"softmax({Logits}, 0)";

    // Sigmoid head: σ(w₀h₀ + w₁h₁ + b), and the equivalent one w = v₀ − v₁, b = c₀ − c₁.
    private const string SigmoidLogit = "w0 * h0 + w1 * h1 + b";
    private const string EquivalentLogit = "(v00 - v10) * h0 + (v01 - v11) * h1 + (c0 - c1)";
    private const string EquivalentProbability = $"sigmoid({EquivalentLogit})";

    // A linear hidden layer hₖ = uₖx + aₖ, written out: a diff variable cannot be substituted.
    private const string LinearLogits = "[v00 * (u0 * x + a0) + v01 * (u1 * x + a1) + c0, v10 * (u0 * x + a0) + v11 * (u1 * x + a1) + c1]";
    private const string LinearEquivalentLogit = "(v00 - v10) * (u0 * x + a0) + (v01 - v11) * (u1 * x + a1) + (c0 - c1)";
    private const string HeadParameters = "v00, v01, v10, v11, c0, c1";

    private static TrainingEquivalenceEntry StepForStep { get; } = new(
        "training-equivalence",
        TheoremFamily.Training,
        "Training a softmax net and its sigmoid twin step for step",
        "The softmax head's two rows get opposite gradients ±(p − y)h, so one step moves the difference v₀ − v₁ twice as far as the sigmoid head's w moves at the same rate, while the hidden layer receives (p − y)(v₀ − v₁) = (p − y)w in both nets. So the nets stay equal step for step exactly when the sigmoid head's rate is twice the softmax head's and the hidden rates are equal (both losses are batch means with the same labels, so no other factor enters).",
        [
            Claim($"diff({SoftmaxLoss}, v00) == ({SoftmaxProbability} - y) * h0", "Softmax head, row 0: the logit gradient p − y times the feature."),
            Claim($"diff({SoftmaxLoss}, v10) == -({SoftmaxProbability} - y) * h0", "Softmax head, row 1: the opposite gradient, since ∂CE/∂z₁ = −∂CE/∂z₀."),
            Claim($"diff({SoftmaxLoss}, c0) == {SoftmaxProbability} - y", "Softmax bias 0."),
            Claim($"diff({SoftmaxLoss}, c1) == -({SoftmaxProbability} - y)", "Softmax bias 1: again opposite."),
            Claim($"diff(bce({SigmoidLogit}, y), w0) == (sigmoid({SigmoidLogit}) - y) * h0", "Sigmoid head weight: the same shape, once."),
            Claim($"diff(bce({SigmoidLogit}, y), b) == sigmoid({SigmoidLogit}) - y", "Sigmoid head bias."),
            Claim(
                $"v00 - eta * diff({SoftmaxLoss}, v00) - (v10 - eta * diff({SoftmaxLoss}, v10)) == v00 - v10 - 2 * eta * ({SoftmaxProbability} - y) * h0",
                "So one softmax step at rate η moves the difference v₀₀ − v₁₀ by 2η(p − y)h₀, twice what the sigmoid's w₀ moves at the same rate."),
            Claim($"{SoftmaxProbability} == {EquivalentProbability}", "With w = v₀ − v₁ and b = c₀ − c₁ the two nets predict the same p (sigmoid-head-from-softmax-head)."),
            Claim($"diff({SoftmaxLoss}, h0) == ({SoftmaxProbability} - y) * (v00 - v10)", "The gradient reaching hidden unit 0 in the softmax net."),
            Claim($"diff(bce({SigmoidLogit}, y), h0) == (sigmoid({SigmoidLogit}) - y) * w0", "The gradient reaching hidden unit 0 in the sigmoid net."),
            Claim($"diff({SoftmaxLoss}, h0) == diff(bce({EquivalentLogit}, y), h0)", "So the hidden layer receives the same gradient from both heads; the chain rule through any activation then multiplies both by the same φ′."),
        ],
        [
            Claim(
                $"solve r: v00 - eta * diff({SoftmaxLoss}, v00) - (v10 - eta * diff({SoftmaxLoss}, v10)) == v00 - v10 - r * ({EquivalentProbability} - y) * h0 for all {HeadParameters}, h0, h1, y",
                "Output weights: a softmax step at rate η moves v₀₀ − v₁₀; which sigmoid rate r moves w₀ = v₀₀ − v₁₀ the same?"),
            Claim(
                $"solve r: c0 - eta * diff({SoftmaxLoss}, c0) - (c1 - eta * diff({SoftmaxLoss}, c1)) == c0 - c1 - r * ({EquivalentProbability} - y) for all {HeadParameters}, h0, h1, y",
                "Output bias: which sigmoid rate r moves b = c₀ − c₁ the same?"),
            Claim(
                $"solve s: u0 - eta * diff(cross_entropy({LinearLogits}, [y, 1 - y]), u0) == u0 - s * diff(bce({LinearEquivalentLogit}, y), u0) for all {HeadParameters}, u0, u1, a0, a1, x, y",
                "Hidden weights (a linear hidden layer written out): which sigmoid-net rate s moves u₀ the same as the softmax net at rate η?"),
        ]);

    // Last: static initialisers run in textual order, so the list must follow its entries.
    public static ImmutableArray<CatalogEntry> All { get; } = [StepForStep];
}
