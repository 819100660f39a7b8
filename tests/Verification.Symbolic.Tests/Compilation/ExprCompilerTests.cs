using System.Numerics;
using Fractions;
using Verification.Symbolic.Calculus;
using Verification.Symbolic.Compilation;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Compilation;

public class ExprCompilerTests
{
    private static readonly Symbol X = new("x");
    private static readonly Symbol Y = new("y");

    private static double At(Expr expression, double x) => ExprCompiler.Compile(expression, [X])([x]);

    private static double At(Expr expression) => ExprCompiler.Compile(expression, [])([]);

    [Fact]
    public void ArithmeticFollowsTheTree()
    {
        var expression = new Subtract(new Divide(new Multiply(X, 3), new Add(Y, 1)), new Negate(new Power(X, 2)));
        Assert.Equal((2.0 * 3 / (5 + 1)) + 4, ExprCompiler.Compile(expression, [X, Y])([2, 5]));
    }

    [Fact]
    public void ParametersAreReadInTheGivenOrder()
    {
        var difference = ExprCompiler.Compile(new Subtract(X, Y), [Y, X]);
        Assert.Equal(7.0, difference([3, 10]));
    }

    [Fact]
    public void ConstantsAreCorrectlyRounded()
    {
        Assert.Equal(0.1, At(Expr.Number(1, 10)));
        Assert.Equal(-2.0 / 3, At(Expr.Number(-2, 3)));

        // 10^400 / 10^399: the exact value is 10 although neither part fits in a double.
        Assert.Equal(10.0, At(Expr.Number(BigInteger.Pow(10, 400), BigInteger.Pow(10, 399))));

        // 2^53 + 1 is a tie and rounds to even (2^53); 2^54 + 3 rounds up to 2^54 + 4, where truncation gives 2^54.
        Assert.Equal(9007199254740992.0, At(new Constant(new Fraction((BigInteger.One << 53) + 1))));
        Assert.Equal(18014398509481988.0, At(new Constant(new Fraction((BigInteger.One << 54) + 3))));
    }

    [Fact]
    public void IntegerPowers()
    {
        Assert.Equal(1024.0, At(new Power(X, 10), 2));
        Assert.Equal(0.125, At(new Power(X, -3), 2));
        Assert.Equal(-27.0, At(new Power(X, 3), -3));
        Assert.Equal(1.0, At(new Power(X, 0), 0));
        Assert.Equal(double.PositiveInfinity, At(new Power(X, -1), 0));
    }

    [Fact]
    public void IeeeSemanticsOutsideTheDomain()
    {
        Assert.Equal(double.PositiveInfinity, At(new Divide(1, X), 0));
        Assert.True(double.IsNaN(At(new Log(X), -1)));
        Assert.Equal(double.NegativeInfinity, At(new Log(X), 0));
    }

    [Fact]
    public void SigmoidIsStableAtBothEnds()
    {
        Assert.Equal(1.0, At(new Sigmoid(X), 1000));
        Assert.Equal(0.0, At(new Sigmoid(X), -1000));
        Assert.Equal(Math.Exp(-700), At(new Sigmoid(X), -700), 1e-15 * Math.Exp(-700));
        Assert.Equal(0.5, At(new Sigmoid(X), 0));
    }

    [Fact]
    public void SoftmaxFamilyIsStableForLargeLogits()
    {
        var logits = new ExprList(X, new Add(X, 1), new Add(X, 2));
        var expected = 1 / (1 + Math.E + (Math.E * Math.E));
        Assert.Equal(expected, At(new Softmax(logits, 0), 1000), 1e-15);
        Assert.Equal(expected, At(new Softmax(logits, 0), -1000), 1e-15);
        Assert.Equal(1002 + Math.Log(1 + Math.Exp(-1) + Math.Exp(-2)), At(new LogSumExp(logits), 1000), 1e-12);
        Assert.Equal(-2 - Math.Log(1 + Math.Exp(-1) + Math.Exp(-2)), At(new LogSoftmax(logits, 0), 1000), 1e-14);
        Assert.Equal(-1000.0, At(new LogSoftmax(new ExprList(X, 0), 1), 1000));
    }

    [Fact]
    public void CrossEntropiesAreStableForLargeLogits()
    {
        Assert.Equal(1000.0, At(new BinaryCrossEntropy(X, 0), 1000));
        Assert.Equal(0.0, At(new BinaryCrossEntropy(X, 0), -1000));

        // bce(40, 1) = log(1 + e^−40) ≈ e^−40: a naive log(σ(40)) would round to 0.
        Assert.Equal(Math.Exp(-40), At(new BinaryCrossEntropy(X, 1), 40), 1e-15 * Math.Exp(-40));
        Assert.Equal(Math.Log(2), At(new BinaryCrossEntropy(0, X), 0.3), 1e-15);

        var crossEntropy = new CrossEntropy(new ExprList(X, 0), new ExprList(0, 1));
        Assert.Equal(1000.0, At(crossEntropy, 1000));
    }

    [Fact]
    public void DerivativeNodesAreDifferentiatedFirst()
    {
        var derivative = new Derivative(new Multiply(new Power(X, 3), Y), X);
        Assert.Equal(3.0 * 4 * 5, ExprCompiler.Compile(derivative, [X, Y])([2, 5]));
    }

    [Fact]
    public void VectorsCompileToOneDelegate()
    {
        var logits = new ExprList(X, Y, 0);
        var softmax = ExprCompiler.CompileVector([new Softmax(logits, 0), new Softmax(logits, 1), new Softmax(logits, 2)], [X, Y]);
        var values = softmax([700, 699]);
        Assert.Equal(3, values.Length);
        Assert.Equal(1.0, values.Sum(), 1e-15);

        var gradient = ExprCompiler.CompileVector(VectorCalculus.Gradient(new Multiply(X, Y), [X, Y]), [X, Y]);
        Assert.Equal([5.0, 2.0], gradient([2, 5]));
    }

    [Fact]
    public void AnUnknownFreeSymbolIsNamed()
    {
        var error = Assert.Throws<ArgumentException>(() => ExprCompiler.Compile(new Add(X, new Exp(new Symbol("temperature"))), [X]));
        Assert.Contains("'temperature'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MisuseIsReported()
    {
        Assert.Throws<ArgumentException>(() => ExprCompiler.Compile(X, [X, X]));
        Assert.Throws<ArgumentException>(() => ExprCompiler.Compile(X, [X])([1, 2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExprCompiler.Compile(new Softmax(new ExprList(X), 1), [X]));
        Assert.Throws<ArgumentException>(() => ExprCompiler.Compile(new CrossEntropy(new ExprList(X), new ExprList(1, 0)), [X]));
        Assert.Throws<ArgumentException>(() => ExprCompiler.Compile(new LogSumExp(new ExprList()), [X]));
    }
}
