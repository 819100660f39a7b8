namespace Verification.Documents.DeriveItYourself;

/// <summary>
/// The expressions the "derive it yourself" page derives (issue 10): only the questions are written
/// here; every line of every answer comes from <c>Explainer</c> when the page is generated.
/// </summary>
public static class DerivedExpressions
{
    /// <summary>The softmax of the Jacobian section: n = 3 logits.</summary>
    private const string Logits = "[z0, z1, z2]";

    public static IReadOnlyList<DerivedGroup> Groups { get; } =
    [
        new(
            "The sigmoid: first, second and third derivatives",
            "Each derivative of σ is a polynomial in σ itself, which is why a network stores σ(x) from the forward pass and needs nothing else for the backward pass.",
            [
                new("First derivative of the sigmoid", "diff(sigmoid(x), x)"),
                new("Second derivative of the sigmoid", "diff(diff(sigmoid(x), x), x)"),
                new("Third derivative of the sigmoid", "diff(diff(diff(sigmoid(x), x), x), x)"),
            ]),
        new(
            "The softmax Jacobian for n = 3",
            "Every entry ∂s_i/∂z_j of the 3 × 3 Jacobian, each derived on its own: the diagonal entries come out as s_i(1 − s_i) and the others as −s_i s_j, the matrix diag(s) − s sᵀ.",
            [.. from i in Enumerable.Range(0, 3) from j in Enumerable.Range(0, 3) select new DerivedItem($"Entry ∂s{i}/∂z{j}", $"diff(softmax({Logits}, {i}), z{j})")]),
        new(
            "Log-softmax and logsumexp",
            "The logarithms disappear under differentiation, so the gradients are rational in the softmax outputs.",
            [
                new("Log-softmax, diagonal entry ∂log s0/∂z0", $"diff(log_softmax({Logits}, 0), z0)"),
                new("Log-softmax, off-diagonal entry ∂log s0/∂z1", $"diff(log_softmax({Logits}, 0), z1)"),
                new("Logsumexp, ∂/∂z1", $"diff(logsumexp({Logits}), z1)"),
            ]),
        new(
            "Loss gradients",
            "The gradients that start backpropagation: cross-entropy of a softmax, and binary cross-entropy of one affine unit with respect to its weight and its bias. "
                + "The cross-entropy expression does not say that the targets sum to 1, so the engine keeps y0 + y1 + y2; on targets that do, the gradient is s0 − y0.",
            [
                new("Cross-entropy gradient, ∂/∂z0", $"diff(cross_entropy({Logits}, [y0, y1, y2]), z0)"),
                new("Binary cross-entropy gradient with respect to the weight", "diff(bce(w*x + b, y), w)"),
                new("Binary cross-entropy gradient with respect to the bias", "diff(bce(w*x + b, y), b)"),
            ]),
    ];

    /// <summary>A composition outside the engine's fragment, derived on the page only to show the engine's refusal.</summary>
    public const string OutsideFragment = "diff(sigmoid(w2 * sigmoid(w1*x + b1) + b2), w1)";
}
