using Verification.Symbolic.Calculus;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Calculus;

/// <summary>
/// The tree differentiator rewrites only what a rule touches: a sub-expression the derivative merely
/// copies (the e^u of (e^u)' = e^u·u') stays as the user wrote it, and the trace names its rules in words.
/// </summary>
public class DifferentiatorKeepsWhatItDoesNotTouchTests
{
    private static readonly Symbol X = new("x");
    private static readonly Symbol Y = new("y");

    [Fact]
    public void ACopiedSubExpressionIsNotSimplified()
    {
        // (e^(x·y + 0))' over y = e^(x·y + 0)·x: the "+ 0" in the copied exponent is the user's, and stays.
        var exponent = new Add(new Multiply(X, Y), Constant.Zero);
        var derivative = Differentiator.Differentiate(new Exp(exponent), Y);
        Assert.Equal(new Multiply(new Exp(exponent), X), derivative);
    }

    [Fact]
    public void TheChainRuleIsNamedWithTheOuterRule()
    {
        var steps = Differentiator.DifferentiateWithTrace(new Exp(new Power(X, 2)), X).Steps;
        Assert.Equal("chain rule with derivative of exp", steps[0].Rule);
    }
}
