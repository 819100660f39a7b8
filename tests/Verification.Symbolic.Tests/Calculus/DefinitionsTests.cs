using Verification.Symbolic.Calculus;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Calculus;

public class DefinitionsTests
{
    private static readonly Symbol X = new("x");
    private static readonly Symbol Y = new("y");
    private static readonly Symbol Z = new("z");

    [Fact]
    public void SigmoidIsOneOverOnePlusExpOfMinusU()
    {
        Assert.Equal(new Divide(1, new Add(1, new Exp(new Negate(X)))), Definitions.Unfold(new Sigmoid(X)));
    }

    [Fact]
    public void SoftmaxIsExpOverTheSumOfExps()
    {
        var logits = new ExprList(X, Y, Z);
        var sum = new Add(new Add(new Exp(X), new Exp(Y)), new Exp(Z));
        Assert.Equal(new Divide(new Exp(Y), sum), Definitions.Unfold(new Softmax(logits, 1)));
        Assert.Equal(new Log(sum), Definitions.Unfold(new LogSumExp(logits)));
        Assert.Equal(new Subtract(Z, new LogSumExp(logits)), Definitions.Unfold(new LogSoftmax(logits, 2)));
    }

    [Fact]
    public void CrossEntropiesFollowTheirDefinitions()
    {
        var bce = Definitions.Unfold(new BinaryCrossEntropy(X, Y));
        var expectedBce = new Negate(new Add(
            new Multiply(Y, new Log(new Sigmoid(X))),
            new Multiply(new Subtract(1, Y), new Log(new Subtract(1, new Sigmoid(X))))));
        Assert.Equal(expectedBce, bce);

        var logits = new ExprList(X, Y);
        var targets = new ExprList(Expr.Number(1, 4), Expr.Number(3, 4));
        var expectedCe = new Negate(new Add(
            new Multiply(targets[0], new LogSoftmax(logits, 0)),
            new Multiply(targets[1], new LogSoftmax(logits, 1))));
        Assert.Equal(expectedCe, Definitions.Unfold(new CrossEntropy(logits, targets)));
    }

    [Fact]
    public void KroneckerDeltaIsOneOnTheDiagonal()
    {
        Assert.Equal(Constant.One, Definitions.Unfold(new KroneckerDelta(2, 2)));
        Assert.Equal(Constant.Zero, Definitions.Unfold(new KroneckerDelta(2, 1)));
    }

    [Fact]
    public void ExpandLeavesOnlyElementaryNodes()
    {
        var logits = new ExprList(X, new Sigmoid(Y));
        var expression = new Add(
            new CrossEntropy(logits, new ExprList(Expr.Number(1, 2), Expr.Number(1, 2))),
            new Multiply(new BinaryCrossEntropy(new Softmax(logits, 0), Y), new Derivative(new LogSumExp(logits), X)));

        var expanded = Definitions.Expand(expression);

        Assert.DoesNotContain(ExprQueries.Nodes(expanded), Definitions.IsNamedFunction);
        Assert.True(ExprQueries.ContainsNode<Derivative>(expanded));
    }

    [Fact]
    public void ExpandKeepsElementaryExpressionsAsTheyAre()
    {
        var expression = new Multiply(1, new Add(X, 0));
        Assert.Same(expression, Definitions.Expand(expression));
    }

    [Fact]
    public void MalformedNamedFunctionsAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Definitions.Unfold(new Softmax(new ExprList(X, Y), 2)));
        Assert.Throws<ArgumentException>(() => Definitions.Unfold(new LogSumExp(new ExprList())));
        Assert.Throws<ArgumentException>(() => Definitions.Unfold(new CrossEntropy(new ExprList(X, Y), new ExprList(X))));
        Assert.Throws<ArgumentException>(() => Definitions.Unfold(new Exp(X)));
    }
}
