using static Verification.Derivations.Chapters.Claims;

namespace Verification.Derivations.Chapters;

/// <summary>The logistic function σ(x) = 1/(1 + e^(−x)): its derivative, its symmetry, its inverse.</summary>
internal static class SigmoidEntries
{
    /// <summary>σ' = σ(1 − σ), the identity behind every sigmoid backward pass.</summary>
    private static Derivation Derivative { get; } = new(
        "sigmoid-derivative",
        TheoremFamily.Sigmoid,
        "The derivative of the sigmoid",
        "Differentiating the definition and regrouping shows σ'(x) = σ(x)(1 − σ(x)): the backward pass needs only the forward value.",
        Identity("diff(sigmoid(x), x) == sigmoid(x) * (1 - sigmoid(x))"),
        [
            Step("diff(1 / (1 + exp(-x)), x)", "definition", "Write σ(x) as 1/(1 + e^(−x))."),
            Step("-diff(1 + exp(-x), x) / (1 + exp(-x))^2", "reciprocal rule", "The derivative of 1/u is −u'/u² (the quotient rule with a constant numerator)."),
            Step("exp(-x) / (1 + exp(-x))^2", "chain rule", "The derivative of e^(−x) is −e^(−x), and the two minus signs cancel."),
            Step("1 / (1 + exp(-x)) * (exp(-x) / (1 + exp(-x)))", "split the fraction", "Write the square in the denominator as a product of two fractions."),
            Step("1 / (1 + exp(-x)) * (1 - 1 / (1 + exp(-x)))", "add and subtract 1", "e^(−x)/(1 + e^(−x)) = ((1 + e^(−x)) − 1)/(1 + e^(−x)) = 1 − 1/(1 + e^(−x))."),
            Step("sigmoid(x) * (1 - sigmoid(x))", "recognise σ", "Both fractions 1/(1 + e^(−x)) are σ(x)."),
        ]);

    /// <summary>σ(−x) = 1 − σ(x): the two classes of a binary model share one sigmoid.</summary>
    private static Derivation Symmetry { get; } = new(
        "sigmoid-symmetry",
        TheoremFamily.Sigmoid,
        "The sigmoid is symmetric about one half",
        "σ(−x) = 1 − σ(x): the probability of the other class is the sigmoid of the negated logit.",
        Identity("sigmoid(-x) == 1 - sigmoid(x)"),
        [
            Step("1 / (1 + exp(x))", "definition", "σ(−x) = 1/(1 + e^(−(−x))) = 1/(1 + e^x)."),
            Step("exp(-x) / (exp(-x) + 1)", "multiply by e^(−x)/e^(−x)", "Multiply numerator and denominator by e^(−x), which is never zero."),
            Step("(1 + exp(-x) - 1) / (1 + exp(-x))", "add and subtract 1", "Write the numerator e^(−x) as (1 + e^(−x)) − 1."),
            Step("1 - 1 / (1 + exp(-x))", "split the fraction", "The first part of the numerator cancels the denominator."),
            Step("1 - sigmoid(x)", "recognise σ", "1/(1 + e^(−x)) is σ(x)."),
        ]);

    /// <summary>The logit log(σ/(1 − σ)) undoes σ.</summary>
    private static Derivation LogitOfSigmoid { get; } = new(
        "sigmoid-logit-inverse",
        TheoremFamily.Sigmoid,
        "The logit undoes the sigmoid",
        "log(σ(x)/(1 − σ(x))) = x: the log-odds of the predicted probability is the logit the model computed.",
        Identity("log(sigmoid(x) / (1 - sigmoid(x))) == x"),
        [
            Step("log((1 / (1 + exp(-x))) / (exp(-x) / (1 + exp(-x))))", "definition", "σ(x) = 1/(1 + e^(−x)) and 1 − σ(x) = e^(−x)/(1 + e^(−x)) (see sigmoid-symmetry)."),
            Step("log(1 / exp(-x))", "cancel 1 + e^(−x)", "Both fractions have the denominator 1 + e^(−x)."),
            Step("log(exp(x))", "1/e^(−x) = e^x", "The reciprocal of e^(−x) is e^x."),
            Step("x", "log undoes exp", "log(e^x) = x for every real x."),
        ]);

    /// <summary>σ undoes the logit, on the logit's domain.</summary>
    private static Derivation SigmoidOfLogit { get; } = new(
        "sigmoid-of-logit",
        TheoremFamily.Sigmoid,
        "The sigmoid undoes the logit",
        "σ(log(p/(1 − p))) = p wherever the left side is defined, that is for 0 < p < 1 (the logarithm needs p/(1 − p) > 0). The engine proves it in that sense: its identities hold where both sides are defined.",
        Identity("sigmoid(log(p / (1 - p))) == p"),
        [
            Step("1 / (1 + exp(-log(p / (1 - p))))", "definition", "σ(u) = 1/(1 + e^(−u)) with u = log(p/(1 − p))."),
            Step("1 / (1 + (1 - p) / p)", "exp undoes log", "e^(−log q) = 1/q for q = p/(1 − p) > 0."),
            Step("p / (p + (1 - p))", "multiply by p/p", "Multiply numerator and denominator by p, which is positive."),
            Step("p", "simplify", "p + (1 − p) = 1."),
        ]);

    // Last: static initialisers run in textual order, so the list must follow its entries.
    public static ImmutableArray<CatalogEntry> All { get; } =
    [
        Derivative,
        Symmetry,
        LogitOfSigmoid,
        SigmoidOfLogit,
    ];
}
