using Fractions;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Expressions;
using static Verification.Symbolic.Tests.Evaluation.HighPrecisionAssert;

namespace Verification.Symbolic.Tests.Evaluation;

public class HighPrecisionEvaluatorTests
{
    private static readonly Symbol X = new("x");
    private static readonly Symbol Y = new("y");
    private static readonly int Bits = HighPrecisionReal.DefaultPrecisionBits;

    private static HighPrecisionReal Value(Expr expression, Fraction x) =>
        HighPrecisionEvaluator.Evaluate(expression, Points.At("x", x)).ValueOrThrow();

    private static HighPrecisionReal Value(Expr expression) => HighPrecisionEvaluator.Evaluate(expression, Points.Empty).ValueOrThrow();

    private static HighPrecisionReal Exact(Fraction value) => HighPrecisionReal.FromFraction(value, Bits);

    private static string Reason(Expr expression, Fraction x) =>
        Assert.IsType<Undefined>(HighPrecisionEvaluator.Evaluate(expression, Points.At("x", x))).Reason;

    [Fact]
    public void ExactArithmeticOnRationals()
    {
        var expression = new Add(new Divide(X, 3), new Multiply(new Power(X, -2), new Subtract(1, Expr.Number(1, 4))));
        Assert.Equal(Exact(new Fraction(2, 3) + new Fraction(3, 16)), Value(expression, 2));
    }

    [Fact]
    public void SigmoidOfZeroIsExactlyOneHalf()
    {
        Assert.Equal(Exact(new Fraction(1, 2)), Value(new Sigmoid(X), 0));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    public void SoftmaxOfEqualLogitsIsOneOverN(int n)
    {
        var logits = new ExprList(Enumerable.Repeat<Expr>(new Multiply(X, 3), n));
        for (var i = 0; i < n; i++)
        {
            Assert.Equal(Exact(new Fraction(1, n)), Value(new Softmax(logits, i), new Fraction(-7, 3)));
        }
    }

    [Theory]
    [InlineData(1, 3)]
    [InlineData(-7, 2)]
    [InlineData(1000, 1)]
    [InlineData(-1000, 1)]
    [InlineData(123456, 7)]
    public void LogOfExpIsTheIdentityAtRationalPoints(long numerator, long denominator)
    {
        var x = new Fraction(numerator, denominator);
        AgreesTo(58, Exact(x), Value(new Log(new Exp(X)), x));
    }

    [Fact]
    public void ExponentialsMatchTheTables()
    {
        AgreesTo(50, ReferenceValues.E, Value(new Exp(1)));
        AgreesTo(50, ReferenceValues.ExpOf100, Value(new Exp(100)));
        AgreesTo(50, ReferenceValues.Ln2, Value(new Log(2)));
    }

    [Fact]
    public void MoreDigitsWhenAskedFor()
    {
        var e = HighPrecisionEvaluator.Evaluate(new Exp(1), Points.Empty, decimalDigits: 100).ValueOrThrow();
        Assert.Equal(HighPrecisionReal.PrecisionBitsForDecimalDigits(100), e.PrecisionBits);
        Assert.StartsWith(ReferenceValues.E100Digits[..99], e.ToString(100), StringComparison.Ordinal);

        var third = HighPrecisionEvaluator.Evaluate(Expr.Number(1, 3), Points.Empty, decimalDigits: 10).ValueOrThrow();
        Assert.Equal("3.333333333E-1", third.ToString());
    }

    [Fact]
    public void SigmoidIsStableAtBothEnds()
    {
        AgreesTo(50, ReferenceValues.ExpOfMinus1000, Value(new Sigmoid(X), -1000));
        Assert.Equal(Exact(1), Value(new Sigmoid(X), 1000));
    }

    [Fact]
    public void SoftmaxFamilyIsStableForLargeLogits()
    {
        var logits = new ExprList(X, new Add(X, 1), new Add(X, 2));
        var e = Value(new Exp(1));
        var one = Exact(1);

        // softmax([1000, 1001, 1002])_0 = 1 / (1 + e + e²)
        AgreesTo(55, one / (one + e + (e * e)), Value(new Softmax(logits, 0), 1000));

        // logsumexp([1000, 1000]) = 1000 + ln 2; log_softmax = −ln 2
        AgreesTo(55, Exact(1000) + Value(new Log(2)), Value(new LogSumExp(new ExprList(X, X)), 1000));
        AgreesTo(55, -Value(new Log(2)), Value(new LogSoftmax(new ExprList(X, X), 1), 1000));
    }

    [Fact]
    public void BinaryCrossEntropyIsStableForLargeLogits()
    {
        // bce(1000, 1) = log(1 + e^−1000) ≈ e^−1000, and symmetrically bce(−1000, 0).
        AgreesTo(50, ReferenceValues.ExpOfMinus1000, Value(new BinaryCrossEntropy(X, 1), 1000));
        AgreesTo(50, ReferenceValues.ExpOfMinus1000, Value(new BinaryCrossEntropy(X, 0), -1000));

        // bce(0, y) = ln 2 for every y; bce(z, y) with a wrong confident label ≈ |z|.
        AgreesTo(55, ReferenceValues.Ln2, Value(new BinaryCrossEntropy(0, X), new Fraction(3, 7)));
        AgreesTo(55, Exact(1000), Value(new BinaryCrossEntropy(X, 0), 1000));
    }

    [Fact]
    public void CrossEntropyWithAOneHotTargetIsMinusLogSoftmax()
    {
        var logits = new ExprList(X, new Multiply(2, X), 1);
        var crossEntropy = new CrossEntropy(logits, new ExprList(0, 1, 0));
        AgreesTo(55, -Value(new LogSoftmax(logits, 1), new Fraction(5, 3)), Value(crossEntropy, new Fraction(5, 3)));
    }

    [Fact]
    public void DerivativeNodesAreDifferentiatedThenEvaluated()
    {
        Assert.Equal(Exact(12), Value(new Derivative(new Power(X, 3), X), 2));
        Assert.Equal(Exact(0), Value(new Derivative(new Power(Y, 3), X), 2));
    }

    [Fact]
    public void KroneckerDeltaIsOneOrZero()
    {
        Assert.Equal(Exact(1), Value(new KroneckerDelta(1, 1)));
        Assert.Equal(Exact(0), Value(new KroneckerDelta(0, 1)));
    }

    [Fact]
    public void UndefinedWhereTheMathIsUndefined()
    {
        Assert.Contains("division by zero", Reason(new Divide(1, 0), 0), StringComparison.Ordinal);
        Assert.Contains("division by zero", Reason(new Divide(X, new Subtract(X, X)), 3), StringComparison.Ordinal);
        Assert.Contains("log", Reason(new Log(X), 0), StringComparison.Ordinal);
        Assert.Contains("log", Reason(new Log(X), -1), StringComparison.Ordinal);
        Assert.Contains("log", Reason(new Log(new Subtract(X, 1)), 1), StringComparison.Ordinal);
        Assert.Contains("negative power", Reason(new Power(X, -2), 0), StringComparison.Ordinal);
    }

    [Fact]
    public void UndefinednessPropagatesThroughEveryNode()
    {
        Expr bad = new Log(new Negate(new Exp(X)));
        var logits = new ExprList(X, bad);
        Expr[] expressions =
        [
            new Sigmoid(bad), new Add(1, bad), new Multiply(bad, 0), new Softmax(logits, 0), new LogSumExp(logits),
            new LogSoftmax(logits, 0), new BinaryCrossEntropy(X, bad), new CrossEntropy(logits, new ExprList(1, 0)),
            new CrossEntropy(new ExprList(X, X), new ExprList(1, bad)), new Power(bad, 2), new Exp(bad),
        ];
        Assert.All(expressions, expression => Assert.Contains("log", Reason(expression, 1), StringComparison.Ordinal));
    }

    [Fact]
    public void AFreeSymbolWithoutAValueIsTheCallersMistake()
    {
        var error = Assert.Throws<ArgumentException>(() => HighPrecisionEvaluator.Evaluate(new Add(X, Y), Points.At("x", 1)));
        Assert.Contains("'y'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpBeyondTheSupportedRangeThrowsRatherThanLies()
    {
        Assert.Throws<OverflowException>(() => Value(new Exp(new Exp(100))));
        Assert.Throws<OverflowException>(() => Value(new Sigmoid(new Negate(new Exp(100)))));
        Assert.Throws<OverflowException>(() => Value(new Power(new Exp(Expr.Number(1_000_000_000_000, 1)), 1 << 30)));
    }

    [Fact]
    public void NamedFunctionsOfHugeArgumentsSkipWhatCannotMatter()
    {
        // e^100 ≈ 2.7e43: e^(−e^100) is far beyond the range, yet it cannot affect these results.
        var huge = new Exp(100);
        Assert.Equal(Exact(1), Value(new Sigmoid(huge)));
        AgreesTo(55, Value(huge), Value(new LogSumExp(new ExprList(huge, 0, new Negate(huge)))));
        Assert.Equal(Exact(0), Value(new LogSoftmax(new ExprList(huge, 0), 0)));
        AgreesTo(55, Value(huge) * Exact(new Fraction(3, 4)), Value(new BinaryCrossEntropy(huge, Expr.Number(1, 4))));
        AgreesTo(55, Value(huge), Value(new CrossEntropy(new ExprList(0, huge), new ExprList(1, 0))));
    }
}
