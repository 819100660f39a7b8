using System.Numerics;
using Fractions;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Expressions;
using static Verification.Symbolic.Tests.Evaluation.HighPrecisionAssert;

namespace Verification.Symbolic.Tests.Evaluation;

/// <summary>
/// The branches of <see cref="HighPrecisionEvaluator"/> the broad tests do not pin down: the exact
/// reasons users see, the edges of the undefined cases (0^0, 0^k), activations, the callers' mistakes,
/// and the bce shortcut for a tiny remainder beside a huge logit.
/// </summary>
public class HighPrecisionEvaluatorBranchTests
{
    private static readonly Symbol X = new("x");

    private static EvaluationResult Evaluate(Expr expression, Fraction x) => HighPrecisionEvaluator.Evaluate(expression, Points.At("x", x));

    private static HighPrecisionReal Value(Expr expression, Fraction x) => Evaluate(expression, x).ValueOrThrow();

    private static string Reason(Expr expression, Fraction x) => Assert.IsType<Undefined>(Evaluate(expression, x)).Reason;

    [Fact]
    public void TheReasonsAreWordForWord()
    {
        Assert.Equal("division by zero", Reason(new Divide(X, new Subtract(X, X)), 3));
        Assert.Equal("0 raised to the negative power -2", Reason(new Power(new Subtract(X, 3), -2), 3));
        Assert.StartsWith("log of the non-positive number ", Reason(new Log(new Subtract(X, 3)), 3), StringComparison.Ordinal);
        var negative = Reason(new Log(X), -2);
        Assert.StartsWith("log of the non-positive number -2", negative, StringComparison.Ordinal);
        var error = Assert.Throws<InvalidOperationException>(() => Evaluate(new Divide(1, new Subtract(X, X)), 1).ValueOrThrow());
        Assert.Equal("The expression is undefined here: division by zero.", error.Message);
    }

    [Fact]
    public void PowersOfZero()
    {
        // 0^0 = 1 and 0^2 = 0: only a negative exponent makes a power of 0 undefined. 2^−2 = 1/4.
        Assert.Equal(HighPrecisionReal.One(64), Value(new Power(new Subtract(X, X), 0), 5).WithPrecision(64));
        Assert.True(Value(new Power(new Subtract(X, X), 2), 5).IsZero);
        Assert.Equal(HighPrecisionReal.FromFraction(new Fraction(1, 4), 64), Value(new Power(X, -2), 2).WithPrecision(64));
    }

    [Fact]
    public void ActivationsAtZero()
    {
        // tanh 0 = 0, silu 0 = 0, softplus 0 = ln 2, log σ(0) = −ln 2 (OEIS A002162).
        Assert.True(Value(new Activation(ActivationFunction.Tanh, X), 0).IsZero);
        Assert.True(Value(new Activation(ActivationFunction.Silu, X), 0).IsZero);
        AgreesTo(58, ReferenceValues.Ln2, Value(new Activation(ActivationFunction.Softplus, X), 0));
        AgreesTo(58, "-" + ReferenceValues.Ln2, Value(new Activation(ActivationFunction.LogSigmoid, X), 0));
    }

    [Fact]
    public void UndefinednessPropagatesThroughTheRemainingNodes()
    {
        Expr bad = new Divide(1, new Subtract(X, X));
        Expr[] expressions =
        [
            new Negate(bad), new Subtract(bad, 1), new Subtract(1, bad), new Divide(bad, 2), new Divide(2, bad), new Log(bad),
            new Activation(ActivationFunction.Tanh, bad), new BinaryCrossEntropy(bad, 1), new Derivative(new Divide(1, new Subtract(X, 1)), X),
        ];
        Assert.All(expressions, expression => Assert.Equal("division by zero", Reason(expression, 1)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void AnIndexOutsideTheLogitsIsTheCallersMistake(int index)
    {
        var logits = new ExprList(X, 1, 2);
        var softmax = Assert.Throws<ArgumentOutOfRangeException>(() => Evaluate(new Softmax(logits, index), 0));
        Assert.StartsWith($"Index {index} is outside the 3 logits", softmax.Message, StringComparison.Ordinal);
        var logSoftmax = Assert.Throws<ArgumentOutOfRangeException>(() => Evaluate(new LogSoftmax(logits, index), 0));
        Assert.StartsWith($"Index {index} is outside the 3 logits", logSoftmax.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedCallsAreTheCallersMistake()
    {
        var empty = Assert.Throws<ArgumentException>(() => Evaluate(new LogSumExp(new ExprList(Enumerable.Empty<Expr>())), 0));
        Assert.StartsWith("A softmax-family function needs at least one logit.", empty.Message, StringComparison.Ordinal);
        var mismatch = Assert.Throws<ArgumentException>(() => Evaluate(new CrossEntropy(new ExprList(X, 1), new ExprList(1)), 0));
        Assert.StartsWith("Cross-entropy has 2 logits but 1 targets.", mismatch.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<ArgumentException>(() => Evaluate(new Add(X, new Symbol("w")), 0));
        Assert.Equal("The point gives no value for the free symbol 'w'.", missing.Message);
        Assert.Throws<ArgumentNullException>(() => HighPrecisionEvaluator.Evaluate(1, null!));
        Assert.Throws<ArgumentNullException>(() => HighPrecisionEvaluator.Evaluate(null!, Points.Empty));
    }

    /// <summary>
    /// bce(z, y) = max(z, 0) − z·y + log(1 + e^−|z|). With z = e^100 and y = 1 − 2^−200 the first part is
    /// z·2^−200 ≈ 2^−55.7 (below 1) and the tail e^(−e^100) is far below its last digit and beyond the exp
    /// range: the result is z·2^−200, with z from the table of e^100. At 100 digits the working precision is
    /// p ≈ 397 bits; rounding z·y costs z·2^−p, a relative error 2^(200−p) ≈ 2^−197 ≈ 5·10^−60 of the result.
    /// </summary>
    [Fact]
    public void BinaryCrossEntropySkipsANegligibleTailBesideASmallRemainder()
    {
        var twoTo200 = BigInteger.Pow(2, 200);
        var target = Expr.Number(twoTo200 - 1, twoTo200);
        var value = HighPrecisionEvaluator.Evaluate(new BinaryCrossEntropy(new Exp(100), target), Points.Empty, decimalDigits: 100).ValueOrThrow();
        var expected = HighPrecisionReal.FromFraction(Decimal(ReferenceValues.ExpOf100) / new Fraction(twoTo200), 2048);
        AgreesTo(50, expected, value);
    }

    [Fact]
    public void CrossEntropyWeighsEveryLogit()
    {
        // Two equal logits: log_softmax = −ln 2 for each, so −Σ y_i·(−ln 2) = (1/4 + 3/4)·ln 2 = ln 2 (OEIS A002162).
        var logits = new ExprList(X, X);
        AgreesTo(58, ReferenceValues.Ln2, Value(new CrossEntropy(logits, new ExprList(Expr.Number(1, 4), Expr.Number(3, 4))), 7));
    }
}
