using System.Numerics;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Expressions;
using static Verification.Symbolic.Tests.Evaluation.HighPrecisionAssert;

namespace Verification.Symbolic.Tests.Evaluation;

/// <summary>
/// Named functions at the points where their enclosures take special paths: activations through their
/// stable forms, and softmax terms whose exponent reaches 2^52, the edge of the exp range.
/// </summary>
public class EnclosureNamedFunctionTests
{
    private const int Bits = 256;

    private static readonly Symbol X = new("x");

    private static Enclosure At0(Expr expression) =>
        Assert.IsType<Enclosed>(EnclosureEvaluator.Evaluate(expression, Points.At("x", 0), Bits)).Value;

    [Fact]
    public void ActivationsAtZero()
    {
        // tanh 0 = 0, silu 0 = 0·σ(0) = 0, softplus 0 = log 2, log σ(0) = −log 2 (ln 2 from OEIS A002162).
        Assert.True(At0(new Activation(ActivationFunction.Tanh, X)).Contains(HighPrecisionReal.Zero(Bits)));
        Assert.True(At0(new Activation(ActivationFunction.Silu, X)).Contains(HighPrecisionReal.Zero(Bits)));
        var softplus = At0(new Activation(ActivationFunction.Softplus, X));
        AgreesTo(60, ReferenceValues.Ln2, softplus.Lower);
        AgreesTo(60, ReferenceValues.Ln2, softplus.Upper);
        var logSigmoid = At0(new Activation(ActivationFunction.LogSigmoid, X));
        AgreesTo(60, "-" + ReferenceValues.Ln2, logSigmoid.Lower);
        AgreesTo(60, "-" + ReferenceValues.Ln2, logSigmoid.Upper);
    }

    /// <summary>
    /// softmax([2^52, 0])_1 = 1/(1 + e^(2^52)) lies in (0, 2^(−2^52)) since e > 2. The difference 2^52 is
    /// the first beyond the exp range: the enclosure must be [0, ≤ 2^(−2^52)], not an overflow.
    /// </summary>
    [Theory]
    [InlineData(52)]
    [InlineData(60)]
    public void ASoftmaxTermBeyondTheExpRangeIsBoundedNotOverflowed(int log2Difference)
    {
        var logits = new ExprList(Expr.Number(BigInteger.Pow(2, log2Difference), 1), X);
        var value = At0(new Softmax(logits, 1));
        Assert.True(value.Lower.IsZero, $"{value} should start at 0");
        Assert.True(value.Upper.Sign > 0, $"{value} should contain positive numbers");
        Assert.True(value.Upper <= HighPrecisionReal.FromMantissaAndExponent(BigInteger.One, -(1L << 52), Bits, RoundingDirection.Up), $"{value} should end at 2^(-2^52)");
    }

    [Fact]
    public void ASoftmaxTermJustInsideTheExpRangeIsEnclosedNarrowly()
    {
        // softmax([2^51, 0])_1 = 1/(1 + e^(2^51)): positive, and below 2^(−2^51).
        var logits = new ExprList(Expr.Number(BigInteger.Pow(2, 51), 1), X);
        var value = At0(new Softmax(logits, 1));
        Assert.True(value.Lower.Sign > 0, $"{value} should be certainly positive");
        Assert.True(value.Upper <= HighPrecisionReal.FromMantissaAndExponent(BigInteger.One, -(1L << 51), Bits, RoundingDirection.Up));
    }

    /// <summary>
    /// x = 2^52 − 2^−300 is not a 256-bit number: its enclosure is [2^52 − 2^−204, 2^52], whose upper end
    /// is beyond the exp range and lower end is not. The term e^(x − 0) is then at least e^(2^52 − 1),
    /// which exceeds 2^(1.25·2^52) since log2 e &gt; 1.25: softmax([x, 0])_1 ≤ 2^(−1.25·2^52), a sharper
    /// bound than the 2^(−2^52) used when the whole difference is out of range.
    /// </summary>
    [Fact]
    public void ADifferenceStraddlingTheExpRangeUsesItsLowerEnd()
    {
        var x = new Fractions.Fraction(BigInteger.Pow(2, 352) - 1, BigInteger.Pow(2, 300));
        var logits = new ExprList(X, 0);
        var value = Assert.IsType<Enclosed>(EnclosureEvaluator.Evaluate(new Softmax(logits, 1), Points.At("x", x), Bits)).Value;
        Assert.True(value.Lower.IsZero, $"{value} should start at 0");
        Assert.True(value.Upper.Sign > 0, $"{value} should contain positive numbers");
        Assert.True(value.Upper <= HighPrecisionReal.FromMantissaAndExponent(BigInteger.One, -(1L << 52) - (1L << 50), Bits, RoundingDirection.Up), $"{value} should end below 2^(-1.25*2^52)");
    }

    [Fact]
    public void TheFirstLogitCanBeSelected()
    {
        // softmax([x, 0])_0 at x = 0 is 1/2 and log_softmax is −ln 2 (OEIS A002162); for index 1 they agree by symmetry.
        var logits = new ExprList(X, 0);
        foreach (var index in new[] { 0, 1 })
        {
            Assert.True(At0(new Softmax(logits, index)).Contains(HighPrecisionReal.FromFraction(new Fractions.Fraction(1, 2), Bits)));
            var logSoftmax = At0(new LogSoftmax(logits, index));
            AgreesTo(60, "-" + ReferenceValues.Ln2, logSoftmax.Lower);
            AgreesTo(60, "-" + ReferenceValues.Ln2, logSoftmax.Upper);
        }
    }
}
