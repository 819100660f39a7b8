using Verification.Symbolic.Calculus;
using Verification.Symbolic.Canonical;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Explanation;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Parsing;

using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Explanation;

/// <summary>The explainer's entry points: null arguments, which parse error is reported, the limits passed on, failures as messages.</summary>
public class ExplainerFrontDoorTests
{
    /// <summary>So little work that not even the first canonical form fits.</summary>
    private static readonly EngineLimits Tiny = new(MaxWork: 1);

    [Fact]
    public void NullArgumentsAreRefused()
    {
        var x = ParseExpr("x");

        Assert.Throws<ArgumentNullException>(() => Explainer.Explain((string)null!));
        Assert.Throws<ArgumentNullException>(() => Explainer.Explain((Claim)null!));
        Assert.Throws<ArgumentNullException>(() => Explainer.Explain((Expr)null!));
        Assert.Throws<ArgumentNullException>(() => Explainer.Explain(x, null!, Differentiator.ApplyOneRule));
        Assert.Throws<ArgumentNullException>(() => Explainer.Explain(x, EngineLimits.Default, null!));
    }

    /// <summary>
    /// Text with "==" or starting with "for" (after blanks) was meant as a claim: its error is the claim
    /// parser's (here at the end of the input), not the expression parser's (at the "==" or the "i").
    /// Other text was meant as an expression.
    /// </summary>
    [Theory]
    [InlineData("x == y +", true)]
    [InlineData("  for i in 0..1: x +", true)]
    [InlineData("x y", false)]
    public void TheParseErrorIsTheOneOfWhatTheTextWasMeantToBe(string text, bool claim)
    {
        var asClaim = ClaimParser.Parse(text).Error;
        var asExpression = ClaimParser.ParseExpression(text).Error;
        var result = Assert.IsType<ExplainParseFailed>(Explainer.Explain(text));

        Assert.Equal(claim ? asClaim : asExpression, result.Error);
        if (claim)
        {
            Assert.NotEqual(asExpression, result.Error);
        }
    }

    [Fact]
    public void TheLimitsGivenAreTheLimitsUsed()
    {
        var claim = ClaimParser.Parse("diff(sigmoid(x), x) == sigmoid(x) * (1 - sigmoid(x))").GetValueOrThrow();
        var family = ClaimParser.Parse("for i in 0..1: sigmoid(x) * delta(i, i) == sigmoid(x)").GetValueOrThrow();

        Assert.Throws<WorkLimitExceededException>(() => Explainer.Explain(ParseExpr("diff(sigmoid(x), x)"), Tiny));
        var failed = Assert.IsType<ExplainFailed>(Explainer.Explain(claim, Tiny));
        Assert.StartsWith("too large to explain within the engine's limits: ", failed.Message, StringComparison.Ordinal);
        Assert.IsType<WorkLimitExceededException>(failed.Exception);
        Assert.IsType<ExplainFailed>(Explainer.Explain(family, Tiny));

        Assert.IsType<ClaimExplained>(Explainer.Explain(claim));
        Assert.IsType<FamilyExplained>(Explainer.Explain(family));
    }

    /// <summary>
    /// A budget that the first canonical form fits in but the decision of the first step does not: that
    /// step is unknown, so it is refused, and the claim's explanation fails saying so instead of showing it.
    /// </summary>
    [Fact]
    public void AStepThatIsNotProvedWithinTheLimitsFailsTheExplanation()
    {
        var claim = ClaimParser.Parse("diff(sigmoid(x), x) == sigmoid(x) * (1 - sigmoid(x))").GetValueOrThrow();

        var failed = Assert.IsType<ExplainFailed>(Explainer.Explain(claim, new EngineLimits(MaxWork: 30)));

        Assert.StartsWith("a step of the explanation was not proved, so it is not shown: the step '", failed.Message, StringComparison.Ordinal);
        var refused = Assert.IsType<UnverifiedStepException>(failed.Exception);
        Assert.IsType<Unknown>(refused.Verdict);
    }

    [Fact]
    public void AnExpressionOutsideTheFragmentSaysSo()
    {
        var failed = Assert.IsType<ExplainFailed>(Explainer.Explain("sigmoid(sigmoid(x))"));

        Assert.StartsWith("the expression is outside the decidable fragment (", failed.Message, StringComparison.Ordinal);
        Assert.EndsWith("), so no step of it can be proved", failed.Message, StringComparison.Ordinal);
        Assert.IsType<OutsideFragmentException>(failed.Exception);
    }
}
