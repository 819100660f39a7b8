using Verification.Symbolic.Decision;
using Verification.Symbolic.Explanation;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Parsing;

using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Explanation;

public class ClaimExplanationTests
{
    [Fact]
    public void ATrueClaimIsDerivedFromItsLeftSideToItsRightSide()
    {
        var result = Assert.IsType<ClaimExplained>(Explainer.Explain("diff(sigmoid(x), x) == sigmoid(x) - sigmoid(x)^2"));

        Assert.IsType<Proved>(result.Verdict);
        Assert.Equal(result.Claim.Left, result.Steps[0].Expression);
        Assert.Equal(result.Claim.Right, result.Steps[^1].Expression);
        Assert.Equal(ExplanationRules.RightSide, result.Steps[^1].Rule);
        Assert.All(result.Steps.Skip(1), static step => Assert.NotNull(step.Link));
    }

    [Fact]
    public void AFalseClaimGivesTheWitnessAndWhatTheLeftSideReallyEquals()
    {
        var result = Assert.IsType<ClaimExplained>(Explainer.Explain("diff(sigmoid(x), x) == sigmoid(x) * (1 + sigmoid(x))"));

        Assert.IsType<Refuted>(result.Verdict);
        Assert.Equal(Outcome.Refuted, result.Outcome);
        Assert.Equal(ParseExpr("sigmoid(x) * (1 - sigmoid(x))"), result.Left.Result);
    }

    [Fact]
    public void TheSeed002DiagonalFamilyIsRefutedWithTheCorrectDiagonalBesideIt()
    {
        var result = Assert.IsType<FamilyExplained>(Explainer.Explain(
            "for i in 0..2: diff(softmax([x[0..2]], i), x[i]) == exp(x[i]) * sum(j in 0..2: (1 - delta(i, j)) * x[j]) / sum(j in 0..2: exp(x[j]))^2"));

        Assert.Equal(Outcome.Refuted, result.Outcome);
        Assert.Equal(3, result.Instances.Length);
        foreach (var instance in result.Instances)
        {
            var i = instance.Instance.Indices["i"];
            Assert.IsType<Refuted>(instance.Explained.Verdict);
            Assert.Equal(ParseExpr($"softmax([x0, x1, x2], {i}) * (1 - softmax([x0, x1, x2], {i}))"), instance.Explained.Left.Result);
        }
    }

    [Fact]
    public void ASolveQuestionIsNotExplainedAndSaysWhereToGo()
    {
        var result = Assert.IsType<ExplainFailed>(Explainer.Explain("solve w, b: sigmoid(w * x + b) == softmax([w0 * x + b0, w1 * x + b1], 0) for all x"));

        Assert.Contains("answered by 'check'", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFamilyLargerThanAnEightByEightJacobianIsRefusedWithTheBound()
    {
        var result = Assert.IsType<ExplainFailed>(Explainer.Explain("for i, j in 0..8: diff(softmax([z[0..8]], i), z[j]) == 0"));

        Assert.Contains($"more than {Explainer.MaxFamilyInstances} instances", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextThatIsNeitherAnExpressionNorAClaimIsAParseErrorWithItsPosition()
    {
        var result = Assert.IsType<ExplainParseFailed>(Explainer.Explain("diff(sigmoid(x), )"));

        Assert.Equal(1, result.Error.Line);
        Assert.Equal(18, result.Error.Column);
    }
}
