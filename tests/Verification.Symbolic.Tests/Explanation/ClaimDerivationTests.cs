using Verification.Symbolic.Decision;
using Verification.Symbolic.Explanation;
using Verification.Symbolic.Expressions;

using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Explanation;

/// <summary>A true claim's derivation runs from its left side through the left side's lines and stops at the right side.</summary>
public class ClaimDerivationTests
{
    /// <summary>The right side is the left side's result σ·(1 − σ): the derivation is the left side's, with no extra line.</summary>
    [Fact]
    public void WhenTheRightSideIsTheResultTheDerivationIsTheLeftSides()
    {
        var result = Assert.IsType<ClaimExplained>(Explainer.Explain("diff(sigmoid(x), x) == sigmoid(x) * (1 - sigmoid(x))"));

        Assert.IsType<Proved>(result.Verdict);
        Assert.Equal(result.Left.Steps.Select(static s => s.Rule), result.Steps.Select(static s => s.Rule));
        Assert.Equal(result.Left.Steps.Select(static s => s.Expression), result.Steps.Select(static s => s.Expression));
        Assert.Equal(ExplanationRules.ClearSigmoidFractions, result.Steps[^1].Rule);
    }

    /// <summary>σ(x) = 1/(1 + e^(−x)) is the unfolded line: the derivation stops there, before the substitution.</summary>
    [Fact]
    public void WhenTheRightSideIsALineOnTheWayTheDerivationStopsThere()
    {
        var result = Assert.IsType<ClaimExplained>(Explainer.Explain("sigmoid(x) == 1 / (1 + exp(-x))"));

        Assert.Equal([ExplanationRules.Given, ExplanationRules.DefinitionsUnfolded], result.Steps.Select(static s => s.Rule));
        Assert.Equal([ParseExpr("sigmoid(x)"), ParseExpr("1 / (1 + exp(-x))")], result.Steps.Select(static s => s.Expression));
    }

    /// <summary>σ − σ² is no line of σ′'s derivation: all of them are shown, then the right side by algebra.</summary>
    [Fact]
    public void ARightSideOffTheDerivationIsReachedByAlgebra()
    {
        var result = Assert.IsType<ClaimExplained>(Explainer.Explain("diff(sigmoid(x), x) == sigmoid(x) - sigmoid(x)^2"));

        Assert.Equal(result.Left.Steps.Length + 1, result.Steps.Length);
        Assert.Equal(result.Left.Steps.Select(static s => s.Expression), result.Steps.Take(result.Left.Steps.Length).Select(static s => s.Expression));
        Assert.Equal(ExplanationRules.RightSide, result.Steps[^1].Rule);
    }
}
