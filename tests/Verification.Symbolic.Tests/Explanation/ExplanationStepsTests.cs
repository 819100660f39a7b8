using Verification.Symbolic.Calculus;
using Verification.Symbolic.Explanation;
using Verification.Symbolic.Expressions;

using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Explanation;

/// <summary>
/// Whole derivations of small expressions, line by line with their rules, worked out by hand from the
/// explainer's plan: unfold the definitions (or differentiate round by round), write the exponential form
/// only when the substitution cannot rewrite the tree itself, substitute e^u = σ/(1 − σ) and
/// e^(z_k) = s_k·S, clear the fractions, factor. A line equal to the one before is not repeated.
/// </summary>
public class ExplanationStepsTests
{
    /// <summary>
    /// σ(x) = 1/(1 + e^(−x)); e^(−x) = (1 − σ)/σ (u = x, multiplier −1, so the ratio is inverted);
    /// 1/(1 + (1 − σ)/σ) = σ/(σ + 1 − σ) = σ. No exponential-form line: the substitution rewrites the
    /// unfolded tree. The factored form is σ again, so the last rule is "clear the fractions".
    /// </summary>
    [Fact]
    public void SigmoidIsUnfoldedRecognisedAndCleared()
    {
        var explanation = Explainer.Explain(ParseExpr("sigmoid(x)"));

        AssertSteps(explanation,
            ("sigmoid(x)", ExplanationRules.Given),
            ("1 / (1 + exp(-x))", ExplanationRules.DefinitionsUnfolded),
            ("1 / (1 + (1 - sigmoid(x)) / sigmoid(x))", ExplanationRules.RecogniseSigmoid),
            ("sigmoid(x)", ExplanationRules.ClearSigmoidFractions));
        Assert.True(explanation.Form.SubstitutesTree);
        Assert.Equal(ParseExpr("sigmoid(x)"), explanation.Form.Best);
        Assert.Null(explanation.Note);
    }

    /// <summary>σ(−x) = 1/(1 + e^x) and e^x = σ/(1 − σ) (multiplier +1): σ(x)·σ(−x) = σ·(1 − σ).</summary>
    [Fact]
    public void APositiveMultiplierIsWrittenSigmaOverItsComplement()
    {
        var explanation = Explainer.Explain(ParseExpr("sigmoid(x) * sigmoid(-x)"));

        AssertSteps(explanation,
            ("sigmoid(x) * sigmoid(-x)", ExplanationRules.Given),
            ("1 / (1 + exp(-x)) * (1 / (1 + exp(-(-x))))", ExplanationRules.DefinitionsUnfolded),
            ("1 / (1 + (1 - sigmoid(x)) / sigmoid(x)) * (1 / (1 + sigmoid(x) / (1 - sigmoid(x))))", ExplanationRules.RecogniseSigmoid),
            ("sigmoid(x) * (1 - sigmoid(x))", ExplanationRules.ClearSigmoidFractions));
    }

    /// <summary>
    /// Without outputs: x²y + xy is written back in the canonical order (degree first), then factored by
    /// its common monomial xy: xy·(1 + x). Both lines are shown, the last labelled "factor" (no simplex).
    /// </summary>
    [Fact]
    public void APolynomialIsWrittenInTheCanonicalOrderThenFactored()
    {
        var explanation = Explainer.Explain(ParseExpr("x^2 * y + x * y"));

        AssertSteps(explanation,
            ("x^2 * y + x * y", ExplanationRules.Given),
            ("x * y + x^2 * y", ExplanationRules.ExponentialForm),
            ("x * y * (1 + x)", ExplanationRules.Factor));
        Assert.False(explanation.Form.SubstitutesTree);
    }

    /// <summary>(e^(2x))' = e^(2x)·2 by the rules, 2·e^(2x) in the exponential form, and no output form (nothing names σ).</summary>
    [Fact]
    public void WithoutAnOutputFormTheExponentialFormEndsTheDerivation()
    {
        var explanation = Explainer.Explain(ParseExpr("diff(exp(2 * x), x)"));

        Assert.Equal(ParseExpr("exp(2 * x) * 2"), explanation.Steps[^2].Expression);
        Assert.Equal(ParseExpr("2 * exp(2 * x)"), explanation.Result);
        Assert.Equal(ExplanationRules.ExponentialForm, explanation.Steps[^1].Rule);
        Assert.Equal(explanation.Form.Exponential, explanation.Form.Best);
    }

    /// <summary>
    /// The exponential e^y of the tree is no combination of x, so the tree is not substituted: the
    /// exponential form e^x/(1 + e^x) is shown and substituted instead, (σ/(1 − σ))/(1 + σ/(1 − σ)) = σ.
    /// </summary>
    [Fact]
    public void WhenTheTreeCannotBeSubstitutedTheExponentialFormIs()
    {
        var explanation = Explainer.Explain(ParseExpr("sigmoid(x) + exp(y) - exp(y)"));

        AssertSteps(explanation,
            ("sigmoid(x) + exp(y) - exp(y)", ExplanationRules.Given),
            ("1 / (1 + exp(-x)) + exp(y) - exp(y)", ExplanationRules.DefinitionsUnfolded),
            ("exp(x) / (1 + exp(x))", ExplanationRules.ExponentialForm),
            ("sigmoid(x) / (1 - sigmoid(x)) / (1 + sigmoid(x) / (1 - sigmoid(x)))", ExplanationRules.RecogniseSigmoid),
            ("sigmoid(x)", ExplanationRules.ClearSigmoidFractions));
        Assert.False(explanation.Form.SubstitutesTree);
    }

    /// <summary>
    /// s0 − σ(a − b) with both kinds of output: e^a = s0·S, e^b = e^(−(a − b))·e^a = (1 − σ)/σ·s0·S,
    /// and s0 = σ(a − b), so the result is 0 and the substitution line is labelled with both rules.
    /// </summary>
    [Fact]
    public void SigmoidAndSoftmaxTogetherAreRecognisedInOneLine()
    {
        var explanation = Explainer.Explain(ParseExpr("softmax([a, b], 0) - sigmoid(a - b)"));
        var names = Abbreviations.For(explanation, "sig");

        Assert.Equal(
            [ExplanationRules.Given, ExplanationRules.DefinitionsUnfolded, ExplanationRules.RecogniseBoth, ExplanationRules.ClearFractions],
            explanation.Steps.Select(static s => s.Rule));
        Assert.Equal(ParseExpr("s0 * S / (s0 * S + (1 - sig) / sig * s0 * S) - 1 / (1 + (1 - sig) / sig)"), names.Apply(explanation.Steps[2].Expression));
        Assert.Equal(Constant.Zero, explanation.Result);
    }

    /// <summary>
    /// ∂s0/∂a for two logits: the rounds of the rules, then e^a = s0·S, e^b = s1·S in the tree, S cancels
    /// to s0·s1/(s0 + s1)², and on the simplex s0 + s1 = 1 it is s0·s1.
    /// </summary>
    [Fact]
    public void TheSoftmaxDerivativeEndsOnTheSimplex()
    {
        var explanation = Explainer.Explain(ParseExpr("diff(softmax([a, b], 0), a)"));
        var names = Abbreviations.For(explanation, "sig");

        Assert.Equal(
            [ExplanationRules.Given, "definition of softmax unfolded", DifferentiationRules.QuotientRule, "derivative of exp; sum rule", "derivative of exp",
                ExplanationRules.RecogniseSoftmax, ExplanationRules.ClearFractions, ExplanationRules.SimplexAndFactor],
            explanation.Steps.Select(static s => s.Rule));
        Assert.Equal(ParseExpr("(s0 * S * (s0 * S + s1 * S) - s0 * S * (s0 * S)) / (s0 * S + s1 * S)^2"), names.Apply(explanation.Steps[5].Expression));
        Assert.Equal(ParseExpr("s0 * s1 / (s0 + s1)^2"), names.Apply(explanation.Steps[6].Expression));
        Assert.Equal(ParseExpr("s0 * s1"), names.Apply(explanation.Result));
    }

    /// <summary>
    /// The fourth derivative outgrows <see cref="Explainer.MaxLineNodes"/>: the rounds stop with a
    /// derivative left, the rest is one step, and the exponential form (not the tree) is substituted.
    /// σ'''' = p₄(σ) with p₁ = σ − σ², p_(n+1) = p_n′(σ)·(σ − σ²): p₄ = σ(1 − σ)(1 − 14σ + 36σ² − 24σ³).
    /// </summary>
    [Fact]
    public void LinesThatGrowTooLongEndTheRoundsAndTheRestIsOneStep()
    {
        var explanation = Explainer.Explain(ParseExpr("diff(diff(diff(diff(sigmoid(x), x), x), x), x)"));
        var rules = explanation.Steps.Select(static s => s.Rule).ToList();
        var remaining = rules.IndexOf(ExplanationRules.RemainingDerivatives);

        Assert.True(remaining > 1, string.Join(" | ", rules));
        Assert.All(explanation.Steps.Take(remaining), static s => Assert.True(OutputFormWriter.NodeCount(s.Expression) <= Explainer.MaxLineNodes));
        Assert.Contains(ExprTraversal.PreOrder(explanation.Steps[remaining - 1].Expression), static e => e is Derivative);
        Assert.Equal(explanation.Form.Exponential, explanation.Steps[remaining].Expression);
        Assert.Equal(ExplanationRules.RecogniseSigmoid, rules[remaining + 1]);
        Assert.DoesNotContain(ExprTraversal.PreOrder(explanation.Steps[remaining + 1].Expression), static e => e is Exp);
        Assert.False(explanation.Form.SubstitutesTree);
        Assert.Equal(
            ParseExpr("sigmoid(x) * (1 - sigmoid(x)) * (1 - 14 * sigmoid(x) + 36 * sigmoid(x)^2 - 24 * sigmoid(x)^3)"),
            explanation.Result);
    }

    private static void AssertSteps(ExplainedExpression explanation, params (string Expression, string Rule)[] expected)
    {
        Assert.Equal(expected.Select(static e => e.Rule), explanation.Steps.Select(static s => s.Rule));
        Assert.Equal(expected.Select(static e => ParseExpr(e.Expression)), explanation.Steps.Select(static s => s.Expression));
    }
}
