using Verification.Symbolic.Calculus;
using Verification.Symbolic.Explanation;
using Verification.Symbolic.Expressions;

using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Explanation;

/// <summary>
/// Rounds of differentiation and their labels: the rules in order of first use, the trivial ones
/// (∂c/∂x = 0, ∂x/∂x = 1) only in a round that uses nothing else.
/// </summary>
public class StepwiseDifferentiationTests
{
    /// <summary>(x·y + z)′: sum rule; then the product rule on x·y while z′ = 0 goes unmentioned; then x′ = 1, y′ = 0: y.</summary>
    [Fact]
    public void TrivialRulesAreNamedOnlyWhenAlone()
    {
        var explanation = Explainer.Explain(ParseExpr("diff(x * y + z, x)"));

        Assert.Equal(
            [ExplanationRules.Given, DifferentiationRules.SumRule, DifferentiationRules.ProductRule, "∂x/∂x = 1; ∂c/∂x = 0"],
            explanation.Steps.Select(static s => s.Rule));
        Assert.Equal(ParseExpr("diff(x, x) * y + x * diff(y, x)"), explanation.Steps[2].Expression);
        Assert.Equal(ParseExpr("y"), explanation.Result);
    }

    /// <summary>(e^(2x))′: chain rule, product rule on 2·x, then 2′ = 0 and x′ = 1 together.</summary>
    [Fact]
    public void TheTrivialRulesOfOneRoundAreJoined() =>
        Assert.Equal(
            [ExplanationRules.Given, "chain rule with derivative of exp", DifferentiationRules.ProductRule, "∂c/∂x = 0; ∂x/∂x = 1", ExplanationRules.ExponentialForm],
            Explainer.Explain(ParseExpr("diff(exp(2 * x), x)")).Steps.Select(static s => s.Rule));

    /// <summary>A part without derivatives is left exactly as written while the derivative beside it is taken: x·1 stays x·1.</summary>
    [Fact]
    public void PartsWithoutDerivativesAreNotRewritten()
    {
        var explanation = Explainer.Explain(ParseExpr("x * 1 + diff(x^2, x)"));

        Assert.Equal(ParseExpr("x * 1 + 2 * x"), explanation.Steps[1].Expression);
        Assert.Equal(DifferentiationRules.PowerRule, explanation.Steps[1].Rule);
    }
}
