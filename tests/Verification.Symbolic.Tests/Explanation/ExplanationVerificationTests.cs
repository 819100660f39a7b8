using Verification.Symbolic.Calculus;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Explanation;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Parsing;

namespace Verification.Symbolic.Tests.Explanation;

/// <summary>A wrong step is never shown: the chain refuses it and the explanation fails loudly.</summary>
public class ExplanationVerificationTests
{
    private static readonly Expr SigmoidDerivative = ClaimParser.ParseExpression("diff(sigmoid(x), x)").GetValueOrThrow();

    /// <summary>The textbook rules with one planted error: (u/v)' = (u'·v + u·v')/v², a sign flipped.</summary>
    private static (string Rule, Expr After) QuotientRuleWithWrongSign(Expr body, Symbol variable)
    {
        if (body is Divide(var u, var v))
        {
            return (DifferentiationRules.QuotientRule, ExprBuilder.Divide(
                ExprBuilder.Add(ExprBuilder.Multiply(new Derivative(u, variable), v), ExprBuilder.Multiply(u, new Derivative(v, variable))),
                ExprBuilder.Power(v, 2)));
        }

        return Differentiator.ApplyOneRule(body, variable);
    }

    [Fact]
    public void APlantedWrongRuleIsRefusedWithAWitness()
    {
        var failure = Assert.Throws<UnverifiedStepException>(() => Explainer.Explain(SigmoidDerivative, EngineLimits.Default, QuotientRuleWithWrongSign));

        Assert.Equal(DifferentiationRules.QuotientRule, failure.Rule);
        Assert.IsType<Refuted>(failure.Verdict);
    }

    [Fact]
    public void TheSameExpressionWithTheTextbookRulesIsExplained()
    {
        var explanation = Explainer.Explain(SigmoidDerivative, EngineLimits.Default, Differentiator.ApplyOneRule);

        Assert.Contains(explanation.Steps, static s => s.Rule == DifferentiationRules.QuotientRule);
    }

    [Fact]
    public void AChainRefusesALineThatIsNotEqualToTheLastOne()
    {
        var chain = new VerifiedChain(SigmoidDerivative, ExplanationRules.Given, EngineLimits.Default);
        var wrong = ClaimParser.ParseExpression("sigmoid(x) * (1 + sigmoid(x))").GetValueOrThrow();

        var failure = Assert.Throws<UnverifiedStepException>(() => chain.Append(wrong, ExplanationRules.Factor));

        Assert.IsType<Refuted>(failure.Verdict);
        Assert.Single(chain.Steps);
    }

    [Fact]
    public void TheClaimFrontDoorTurnsARefusedStepIntoAFailureWithoutSteps()
    {
        var result = Explainer.Explain("diff(sigmoid(sigmoid(x)), x)");

        var failed = Assert.IsType<ExplainFailed>(result);
        Assert.Equal(Outcome.Error, failed.Outcome);
    }
}
