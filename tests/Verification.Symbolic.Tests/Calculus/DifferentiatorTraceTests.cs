using Verification.Symbolic.Calculus;
using Verification.Symbolic.Expressions;
using static Verification.Symbolic.Calculus.DifferentiationRules;

namespace Verification.Symbolic.Tests.Calculus;

/// <summary>The shape of derivatives and the rules recorded for them.</summary>
public class DifferentiatorTraceTests
{
    private static readonly Symbol X = new("x");
    private static readonly Symbol Y = new("y");

    private static string[] Rules(Expr expression, Symbol variable) =>
        [.. Differentiator.DifferentiateWithTrace(expression, variable).Steps.Select(step => step.Rule)];

    [Fact]
    public void SimpleDerivativesHaveTheirTextbookShape()
    {
        Assert.Equal(Constant.One, Differentiator.Differentiate(X, X));
        Assert.Equal(Constant.Zero, Differentiator.Differentiate(Y, X));
        Assert.Equal(Constant.Zero, Differentiator.Differentiate(Expr.Number(7, 3), X));
        Assert.Equal(new Multiply(3, new Power(X, 2)), Differentiator.Differentiate(new Power(X, 3), X));
        Assert.Equal(Constant.One, Differentiator.Differentiate(new Power(X, 1), X));
        Assert.Equal(new Exp(X), Differentiator.Differentiate(new Exp(X), X));
        Assert.Equal(new Divide(1, X), Differentiator.Differentiate(new Log(X), X));
        Assert.Equal(Y, Differentiator.Differentiate(new Multiply(X, Y), X));
        Assert.Equal(new Multiply(new Exp(new Multiply(2, X)), 2), Differentiator.Differentiate(new Exp(new Multiply(2, X)), X));
    }

    [Fact]
    public void EachStepStartsFromTheDerivativeItRewrites()
    {
        var expression = new Multiply(X, new Exp(X));
        var trace = Differentiator.DifferentiateWithTrace(expression, X);

        Assert.Equal(new Derivative(expression, X), trace.Steps[0].Before);
        Assert.Equal(ProductRule, trace.Steps[0].Rule);
        Assert.Equal(
            new Add(new Multiply(new Derivative(X, X), new Exp(X)), new Multiply(X, new Derivative(new Exp(X), X))),
            trace.Steps[0].After);
        Assert.All(trace.Steps, step => Assert.IsType<Derivative>(step.Before));
        Assert.Equal(new Add(new Exp(X), new Multiply(X, new Exp(X))), trace.Result);
    }

    [Fact]
    public void RulesAreRecordedByName()
    {
        Assert.Equal([ProductRule, VariableRule, DerivativeOfExp], Rules(new Multiply(X, new Exp(X)), X));
        Assert.Equal([QuotientRule, ConstantRule, VariableRule], Rules(new Divide(1, X), X));
        Assert.Equal([SumRule, PowerRule, ConstantRule], Rules(new Add(new Power(X, 2), Y), X));
        Assert.Equal([DifferenceRule, NegationRule, VariableRule, DerivativeOfLog], Rules(new Subtract(new Negate(X), new Log(X)), X));
        Assert.Equal(
            [WithChainRule(DerivativeOfExp), WithChainRule(PowerRule), SumRule, VariableRule, ConstantRule],
            Rules(new Exp(new Power(new Add(X, 1), 2)), X));
        Assert.Equal([WithChainRule(DerivativeOfExp), PowerRule], Rules(new Exp(new Power(X, 2)), X));
        Assert.Equal([WithChainRule(DerivativeOfLog), SumRule, ConstantRule, VariableRule], Rules(new Log(new Add(1, X)), X));
    }

    [Fact]
    public void SigmoidIsDifferentiatedThroughItsDefinition()
    {
        var trace = Differentiator.DifferentiateWithTrace(new Sigmoid(X), X);

        Assert.Equal("definition of sigmoid", trace.Steps[0].Rule);
        Assert.Equal(new Derivative(Definitions.Unfold(new Sigmoid(X)), X), trace.Steps[0].After);
        Assert.Contains(QuotientRule, trace.Steps.Select(step => step.Rule));

        // Non-circular: the result is written in exp alone, not as σ(1 − σ).
        Assert.False(ExprQueries.ContainsNode<Sigmoid>(trace.Result));
        Assert.True(ExprQueries.ContainsNode<Exp>(trace.Result));
    }

    [Fact]
    public void SoftmaxFamilyIsDifferentiatedThroughDefinitions()
    {
        var logits = new ExprList(X, Y);
        var softmax = Differentiator.DifferentiateWithTrace(new Softmax(logits, 0), Y);
        Assert.Equal("definition of softmax", softmax.Steps[0].Rule);
        Assert.False(ExprQueries.ContainsNode<Softmax>(softmax.Result));

        var logSoftmax = Rules(new LogSoftmax(logits, 0), X);
        Assert.Equal("definition of log_softmax", logSoftmax[0]);
        Assert.Contains("definition of logsumexp", logSoftmax);

        var crossEntropy = Rules(new CrossEntropy(logits, new ExprList(Expr.Number(1, 3), Expr.Number(2, 3))), X);
        Assert.Equal("definition of cross-entropy", crossEntropy[0]);
        Assert.Contains("definition of log_softmax", crossEntropy);

        var binary = Rules(new BinaryCrossEntropy(X, Y), X);
        Assert.Equal("definition of binary cross-entropy", binary[0]);
        Assert.Contains("definition of sigmoid", binary);
    }

    [Fact]
    public void NoDerivativeOfANamedFunctionIsEverTakenFromAKnownResult()
    {
        // Every step that starts from a named function must be the step that unfolds its definition.
        var logits = new ExprList(X, new Sigmoid(Y));
        var expression = new Multiply(new Softmax(logits, 1), new BinaryCrossEntropy(new LogSumExp(logits), X));
        foreach (var variable in new[] { X, Y })
        {
            foreach (var step in Differentiator.DifferentiateWithTrace(expression, variable).Steps)
            {
                var body = ((Derivative)step.Before).Body;
                if (Definitions.IsNamedFunction(body) && ExprTraversal.Contains(body, variable))
                {
                    Assert.StartsWith(DefinitionOf, step.Rule, StringComparison.Ordinal);
                    Assert.Equal(new Derivative(Definitions.Unfold(body), variable), step.After);
                }
            }
        }
    }

    [Fact]
    public void ExpressionsWithoutTheVariableAreConstants()
    {
        var trace = Differentiator.DifferentiateWithTrace(new Sigmoid(new Exp(Y)), X);
        Assert.Equal(Constant.Zero, trace.Result);
        Assert.Equal([ConstantRule], trace.Steps.Select(step => step.Rule));
    }

    [Fact]
    public void NestedDerivativesAreTakenInnerFirst()
    {
        // ∂/∂x ∂/∂y (x²·y) = ∂/∂x (x²) = 2x
        var inner = new Derivative(new Multiply(new Power(X, 2), Y), Y);
        var trace = Differentiator.DifferentiateWithTrace(inner, X);

        Assert.Equal(new Multiply(2, X), trace.Result);
        Assert.Contains(NestedDerivative, trace.Steps.Select(step => step.Rule));
        Assert.False(ExprQueries.ContainsNode<Derivative>(trace.Result));
    }

    [Fact]
    public void DerivativeNodesInsideTheExpressionAreEvaluated()
    {
        // ∂/∂x (y · ∂/∂x x³) = y·6x
        var expression = new Multiply(Y, new Derivative(new Power(X, 3), X));
        var result = Differentiator.Differentiate(expression, X);

        Assert.False(ExprQueries.ContainsNode<Derivative>(result));
        Assert.Equal(new Multiply(Y, new Multiply(3, new Multiply(2, X))), result);
    }

    [Fact]
    public void GradientAndJacobianHaveOneEntryPerVariable()
    {
        var gradient = VectorCalculus.Gradient(new Multiply(X, Y), [X, Y]);
        Assert.Equal([Y, X], gradient);

        var jacobian = VectorCalculus.Jacobian([new Add(X, Y), new Power(X, 2), Y], [X, Y]);
        Assert.Equal(3, jacobian.Length);
        Assert.All(jacobian, row => Assert.Equal(2, row.Length));
        Assert.Equal(new Multiply(2, X), jacobian[1][0]);
        Assert.Equal(Constant.Zero, jacobian[1][1]);
    }
}
