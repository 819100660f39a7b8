using static Verification.Derivations.Chapters.Claims;

namespace Verification.Derivations.Chapters;

/// <summary>
/// The sigmoid's relatives, each defined from exp and log (never from the results below): tanh,
/// softplus, log-sigmoid, SiLU, softmax with a temperature, label-smoothed cross-entropy and the
/// focal loss.
/// </summary>
internal static class RelativeEntries
{
    /// <summary>tanh(x) = 2σ(2x) − 1: a tanh layer is a rescaled sigmoid layer.</summary>
    private static Derivation TanhIsRescaledSigmoid { get; } = new(
        "tanh-as-sigmoid",
        TheoremFamily.Relatives,
        "tanh is a rescaled sigmoid",
        "tanh(x) = 2σ(2x) − 1: stretch σ by 2 along x and map (0, 1) onto (−1, 1). A tanh kernel can be built from a stable sigmoid, and the two must agree.",
        Identity("tanh(x) == 2 * sigmoid(2 * x) - 1"),
        [
            Step("(exp(x) - exp(-x)) / (exp(x) + exp(-x))", "definition", "tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)."),
            Step("(1 - exp(-2 * x)) / (1 + exp(-2 * x))", "multiply by e⁻ˣ/e⁻ˣ", "Multiply numerator and denominator by e⁻ˣ, which is never zero."),
            Step("(2 - (1 + exp(-2 * x))) / (1 + exp(-2 * x))", "add and subtract 1", "Write 1 − e⁻²ˣ as 2 − (1 + e⁻²ˣ)."),
            Step("2 / (1 + exp(-2 * x)) - 1", "split the fraction", "The second part of the numerator cancels the denominator."),
            Step("2 * sigmoid(2 * x) - 1", "recognise σ", "1/(1 + e^(−2x)) is σ(2x)."),
        ]);

    /// <summary>tanh′ = 1 − tanh²: like σ′, the backward pass needs only the forward value.</summary>
    private static Derivation TanhDerivative { get; } = new(
        "tanh-derivative",
        TheoremFamily.Relatives,
        "The derivative of tanh",
        "tanh′(x) = 1 − tanh²(x): the backward pass of a tanh layer needs only its output.",
        Identity("diff(tanh(x), x) == 1 - tanh(x)^2"),
        [
            Step("diff((exp(x) - exp(-x)) / (exp(x) + exp(-x)), x)", "definition", "tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)."),
            Step("((exp(x) + exp(-x))^2 - (exp(x) - exp(-x))^2) / (exp(x) + exp(-x))^2", "quotient rule", "The derivative of the numerator eˣ − e⁻ˣ is the denominator eˣ + e⁻ˣ, and the other way round."),
            Step("1 - ((exp(x) - exp(-x)) / (exp(x) + exp(-x)))^2", "split the fraction", "The first part of the numerator cancels the denominator."),
            Step("1 - tanh(x)^2", "recognise tanh", "The fraction is tanh(x)."),
        ]);

    /// <summary>softplus′ = σ: softplus is the antiderivative of the sigmoid.</summary>
    private static Derivation SoftplusDerivative { get; } = new(
        "softplus-derivative",
        TheoremFamily.Relatives,
        "The derivative of softplus is the sigmoid",
        "softplus′(x) = σ(x): softplus log(1 + eˣ) is a smooth ReLU whose slope is the sigmoid.",
        Identity("diff(softplus(x), x) == sigmoid(x)"),
        [
            Step("diff(log(1 + exp(x)), x)", "definition", "softplus(x) = log(1 + eˣ)."),
            Step("exp(x) / (1 + exp(x))", "chain rule", "The derivative of log u is u′/u, and (1 + eˣ)′ = eˣ."),
            Step("1 / (1 + exp(-x))", "multiply by e⁻ˣ/e⁻ˣ", "Multiply numerator and denominator by e⁻ˣ."),
            Step("sigmoid(x)", "recognise σ", "1/(1 + e⁻ˣ) is σ(x)."),
        ]);

    /// <summary>softplus(x) − softplus(−x) = x: the identity a stable softplus kernel must keep.</summary>
    private static Derivation SoftplusDifference { get; } = new(
        "softplus-difference",
        TheoremFamily.Relatives,
        "softplus(x) − softplus(−x) = x",
        "The two tails of softplus differ by exactly x, which is how a stable kernel computes softplus(x) = x + softplus(−x) for large x without overflow.",
        Identity("softplus(x) - softplus(-x) == x"),
        [
            Step("log(1 + exp(x)) - log(1 + exp(-x))", "definition", "softplus(u) = log(1 + eᵘ), at u = x and u = −x."),
            Step("log((1 + exp(x)) / (1 + exp(-x)))", "log of a quotient", "log a − log b = log(a/b) for positive a and b."),
            Step("log(exp(x))", "factor eˣ", "1 + eˣ = eˣ(1 + e⁻ˣ), so the quotient is eˣ."),
            Step("x", "log undoes exp", "log(eˣ) = x."),
        ]);

    /// <summary>log σ(x) = −softplus(−x): the stable form of the log-sigmoid.</summary>
    private static Derivation LogSigmoidIsNegatedSoftplus { get; } = new(
        "log-sigmoid-as-softplus",
        TheoremFamily.Relatives,
        "log σ(x) = −softplus(−x)",
        "The log-sigmoid is a negated softplus of the negated logit: computed that way it never takes the log of a σ that rounded to 0.",
        Identity("log_sigmoid(x) == -softplus(-x)"),
        [
            Step("log(1 / (1 + exp(-x)))", "definition", "log_sigmoid(x) = log σ(x) and σ(x) = 1/(1 + e⁻ˣ)."),
            Step("-log(1 + exp(-x))", "log of a reciprocal", "log(1/u) = −log u for u > 0."),
            Step("-softplus(-x)", "recognise softplus", "log(1 + e⁻ˣ) is softplus(−x)."),
        ]);

    /// <summary>SiLU′ = σ(1 + x(1 − σ)).</summary>
    private static Derivation SiluDerivative { get; } = new(
        "silu-derivative",
        TheoremFamily.Relatives,
        "The derivative of SiLU",
        "SiLU(x) = x·σ(x) has derivative σ(x)(1 + x(1 − σ(x))): the product rule and σ′ = σ(1 − σ) (see sigmoid-derivative).",
        Identity("diff(silu(x), x) == sigmoid(x) * (1 + x * (1 - sigmoid(x)))"),
        [
            Step("diff(x * sigmoid(x), x)", "definition", "silu(x) = x·σ(x)."),
            Step("sigmoid(x) + x * diff(sigmoid(x), x)", "product rule", "(x·σ)′ = 1·σ + x·σ′."),
            Step("sigmoid(x) + x * sigmoid(x) * (1 - sigmoid(x))", "σ′ = σ(1 − σ)", "The derivative of the sigmoid, proved in sigmoid-derivative."),
            Step("sigmoid(x) * (1 + x * (1 - sigmoid(x)))", "factor σ", "Both terms have the factor σ(x)."),
        ]);

    /// <summary>∂ softmax(z/T)/∂z = (1/T)(diag(s) − ssᵀ), for a symbolic temperature.</summary>
    private static IdentityEntry TemperatureJacobian { get; } = new(
        "softmax-temperature-jacobian",
        TheoremFamily.Relatives,
        "The Jacobian of softmax with temperature",
        "∂softmax(z/T)ᵢ/∂zⱼ = (1/T)·sᵢ(δᵢⱼ − sⱼ) with s = softmax(z/T), for every temperature T ≠ 0 (proved after the change of variable T = 1/τ, which turns e^(z/T) into e^(zτ)) and every n = 2..8. The limit T → 0 (softmax becomes one-hot) is not an identity and is not claimed.",
        ForEachSize(ClaimTexts.TemperatureJacobian));

    /// <summary>Label smoothing keeps the gradient "prediction minus target".</summary>
    private static IdentityEntry SmoothedCrossEntropyGradient { get; } = new(
        "cross-entropy-label-smoothing-gradient",
        TheoremFamily.Relatives,
        "The gradient of label-smoothed cross-entropy",
        "With targets (1 − ε)y + ε/n (label smoothing ε) and Σ y = 1, ∂CE/∂zⱼ = sⱼ − ((1 − ε)yⱼ + ε/n): the smoothed targets still sum to one, so the gradient is prediction minus smoothed target, for every n = 2..8.",
        ForEachSize(ClaimTexts.SmoothedCrossEntropyGradient));

    /// <summary>Focal loss with γ = 0 is binary cross-entropy.</summary>
    private static IdentityEntry FocalWithoutFocusIsBinaryCrossEntropy { get; } = new(
        "focal-gamma-zero-is-bce",
        TheoremFamily.Relatives,
        "Focal loss with γ = 0 is binary cross-entropy",
        "focal(z, y, 0) = bce(z, y): the focusing factors (1 − p)^γ and p^γ are 1, so the focal loss generalises cross-entropy.",
        [Claim("focal(z, y, 0) == bce(z, y)", "Every logit z and target y")]);

    /// <summary>The focal-loss gradient for a positive example, γ = 0, 1, 2.</summary>
    private static IdentityEntry FocalGradient { get; } = new(
        "focal-gradient",
        TheoremFamily.Relatives,
        "The gradient of the focal loss",
        "For a positive example (y = 1) with p = σ(z), ∂/∂z [−(1 − p)^γ log p] = (1 − p)^γ(γ·p·log p − (1 − p)), checked for γ = 0, 1, 2; at γ = 0 it is p − 1 = σ(z) − y, the cross-entropy gradient. For a negative example (y = 0) the mirror image holds.",
        [
            Claim("for g in 0..2: diff(focal(z, 1, g), z) == (1 - sigmoid(z))^g * (g * sigmoid(z) * log(sigmoid(z)) - (1 - sigmoid(z)))", "Positive example, γ = 0, 1, 2"),
            Claim("for g in 0..2: diff(focal(z, 0, g), z) == sigmoid(z)^g * (sigmoid(z) - g * (1 - sigmoid(z)) * log(1 - sigmoid(z)))", "Negative example, γ = 0, 1, 2"),
        ]);

    // Last: static initialisers run in textual order, so the list must follow its entries.
    public static ImmutableArray<CatalogEntry> All { get; } =
    [
        TanhIsRescaledSigmoid,
        TanhDerivative,
        SoftplusDerivative,
        SoftplusDifference,
        LogSigmoidIsNegatedSoftplus,
        SiluDerivative,
        TemperatureJacobian,
        SmoothedCrossEntropyGradient,
        FocalWithoutFocusIsBinaryCrossEntropy,
        FocalGradient,
    ];
}
