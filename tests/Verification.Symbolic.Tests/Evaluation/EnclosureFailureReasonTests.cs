using System.Collections.Immutable;
using System.Numerics;
using Fractions;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Evaluation;

/// <summary>
/// The reasons an enclosure is refused, word for word, and whether more precision may help: exactly
/// zero or certainly non-positive operands are final, operands whose enclosure only straddles 0 are not.
/// </summary>
public class EnclosureFailureReasonTests
{
    private const int Bits = 256;

    private static readonly Symbol X = new("x");

    private static readonly ImmutableDictionary<string, Fraction> Point = Points.At("x", new Fraction(2, 5));

    // (x + 10^120) − 10^120 = 2/5, but at 256 bits its enclosure is ~2^143 wide around it: it straddles 0.
    private static readonly Expr Straddling = new Subtract(new Add(X, new Power(10, 120)), new Power(10, 120));

    private static NotEnclosed Failure(Expr expression, ImmutableDictionary<string, Fraction>? point = null) =>
        Assert.IsType<NotEnclosed>(EnclosureEvaluator.Evaluate(expression, point ?? Point, Bits));

    [Fact]
    public void LogOfExactlyZeroIsFinal()
    {
        // x = 1 is exact in binary, so x − x is exactly [0, 0] (at x = 2/5 it would straddle 0).
        var failure = Failure(new Log(new Subtract(X, X)), Points.At("x", 1));
        Assert.Equal("log of a non-positive number", failure.Reason);
        Assert.False(failure.MorePrecisionMayHelp);
    }

    [Fact]
    public void LogOfAStraddlingArgumentMayBeSettledByMorePrecision()
    {
        var failure = Failure(new Log(Straddling));
        Assert.Equal("log of a value whose enclosure is not certainly positive", failure.Reason);
        Assert.True(failure.MorePrecisionMayHelp);
    }

    [Fact]
    public void ANegativePowerOfAStraddlingBaseMayBeSettledByMorePrecision()
    {
        var failure = Failure(new Power(Straddling, -1));
        Assert.Equal("raising to the negative power -1 by a value whose enclosure contains 0", failure.Reason);
        Assert.True(failure.MorePrecisionMayHelp);
    }

    [Fact]
    public void ZeroToThePowerZeroIsOne()
    {
        // x^0 = 1 for every x, 0 included: only a negative exponent needs a non-zero base.
        foreach (var x in new[] { new Fraction(1), new Fraction(2, 5) })
        {
            var one = Assert.IsType<Enclosed>(EnclosureEvaluator.Evaluate(new Power(new Subtract(X, X), 0), Points.At("x", x), Bits)).Value;
            Assert.Equal(Enclosure.Exact(HighPrecisionReal.One(Bits)), one);
        }
    }

    [Fact]
    public void ADivisorWithOneEndAtZeroIsNotTheDivisionByZero()
    {
        // σ(−10^400) lies in (0, 2^(−2^52)]; its enclosure is [0, 2^(−2^52)]: 0 is only its lower end.
        var failure = Failure(new Divide(1, new Sigmoid(new Multiply(Expr.Number(-BigInteger.Pow(10, 400), 1), X))), Points.At("x", 1));
        Assert.Equal("division by a value whose enclosure contains 0", failure.Reason);
        Assert.True(failure.MorePrecisionMayHelp);
    }

    [Fact]
    public void AnExpArgumentAtTwoToThe52IsOutOfRange()
    {
        // 2^52 has ⌊log2⌋ = 52, the first exponent beyond the supported range x < 2^52.
        var failure = Failure(new Exp(new Multiply(Expr.Number(BigInteger.Pow(2, 52), 1), X)), Points.At("x", 1));
        Assert.Equal("out of range: exp argument ≥ 2^52 is beyond the supported range x < 2^52.", failure.Reason);
        Assert.False(failure.MorePrecisionMayHelp);
    }

    [Fact]
    public void TheFirstFailureInsideAnyNodeIsTheReasonOfTheWhole()
    {
        // log(−e^x) < 0 certainly: its reason surfaces through every kind of parent, left or right operand.
        Expr bad = new Log(new Negate(new Exp(X)));
        var logits = new ExprList(X, bad);
        Expr[] expressions =
        [
            new Negate(bad), new Exp(bad), new Log(bad), new Sigmoid(bad), new Power(bad, 2), new Add(1, bad), new Subtract(bad, 1),
            new Multiply(bad, 0), new Divide(bad, 2), new Divide(2, bad), new Activation(ActivationFunction.Tanh, bad),
            new Softmax(logits, 0), new LogSumExp(logits), new LogSoftmax(logits, 0), new BinaryCrossEntropy(bad, X),
            new BinaryCrossEntropy(X, bad), new CrossEntropy(logits, new ExprList(1, 0)), new CrossEntropy(new ExprList(X, X), new ExprList(1, bad)),
        ];
        Assert.All(expressions, expression =>
        {
            var failure = Failure(expression);
            Assert.Equal("log of a non-positive number", failure.Reason);
            Assert.False(failure.MorePrecisionMayHelp);
        });
    }

    [Fact]
    public void ATaylorChainReportsItsOwnFailure()
    {
        // d/dx 1/(x − 1) at x = 1: the jet's divisor has constant term exactly 0.
        var failure = Failure(new Derivative(new Divide(1, new Subtract(X, 1)), X), Points.At("x", 1));
        Assert.Equal("division by a value whose enclosure contains 0", failure.Reason);
        Assert.True(failure.MorePrecisionMayHelp);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void AnIndexOutsideTheLogitsIsTheCallersMistake(int index)
    {
        var logits = new ExprList(X, 1, 2);
        var softmax = Assert.Throws<ArgumentOutOfRangeException>(() => EnclosureEvaluator.Evaluate(new Softmax(logits, index), Point, Bits));
        Assert.StartsWith($"Index {index} is outside the 3 logits", softmax.Message, StringComparison.Ordinal);
        var logSoftmax = Assert.Throws<ArgumentOutOfRangeException>(() => EnclosureEvaluator.Evaluate(new LogSoftmax(logits, index), Point, Bits));
        Assert.StartsWith($"Index {index} is outside the 3 logits", logSoftmax.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedCallsAreTheCallersMistake()
    {
        var empty = Assert.Throws<ArgumentException>(() => EnclosureEvaluator.Evaluate(new LogSumExp(new ExprList(Enumerable.Empty<Expr>())), Point, Bits));
        Assert.StartsWith("A softmax-family function needs at least one logit.", empty.Message, StringComparison.Ordinal);
        var mismatch = Assert.Throws<ArgumentException>(() => EnclosureEvaluator.Evaluate(new CrossEntropy(new ExprList(X, 1), new ExprList(1)), Point, Bits));
        Assert.StartsWith("Cross-entropy has 2 logits but 1 targets.", mismatch.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<ArgumentException>(() => EnclosureEvaluator.Evaluate(new Add(X, new Symbol("w")), Point, Bits));
        Assert.Equal("The point gives no value for the free symbol 'w'.", missing.Message);
        Assert.Throws<ArgumentNullException>(() => EnclosureEvaluator.Evaluate(1, null!, Bits));
        Assert.Throws<ArgumentNullException>(() => EnclosureEvaluator.Evaluate(1, null!, Bits, new EvaluationBudget(10)));
    }

    [Fact]
    public void PrecisionBelowEightBitsIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EnclosureEvaluator.Evaluate(X, Point, 7));
        var third = Assert.IsType<Enclosed>(EnclosureEvaluator.Evaluate(Expr.Number(1, 3), Point, 8)).Value;
        Assert.True(third.Contains(HighPrecisionReal.FromFraction(new Fraction(1, 3), 2048)));
    }
}
