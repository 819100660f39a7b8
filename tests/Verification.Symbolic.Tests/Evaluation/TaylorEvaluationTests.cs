using System.Numerics;
using Fractions;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Expressions;
using static Verification.Symbolic.Tests.Evaluation.HighPrecisionAssert;

namespace Verification.Symbolic.Tests.Evaluation;

/// <summary>
/// Derivatives from Taylor coefficients (jets), one rule per node kind, each checked against a value
/// derived by hand: the enclosure must contain the exact rational (or e, from the table) and be narrow.
/// </summary>
public class TaylorEvaluationTests
{
    private const int Bits = 256;

    private static readonly Symbol X = new("x");

    private static readonly Dictionary<string, (Expr Body, int Order, int At, Fraction Exact)> Rules = new()
    {
        // (x²)' = 2x = 6 at 3: the variable's jet is [x, 1] from order 1 on.
        ["SquareOfTheVariable"] = (new Multiply(X, X), 1, 3, new Fraction(6)),

        // (x⁵)''' = 60x² = 240 at 2 (5 = 101₂: square-and-multiply uses both bits).
        ["OddPower"] = (new Power(X, 5), 3, 2, new Fraction(240)),

        // ((3 − x)⁴)'' = 12(3 − x)² = 48 at 1.
        ["PowerOfADifference"] = (new Power(new Subtract(3, X), 4), 2, 1, new Fraction(48)),

        // (−x³)'' = −6x = −12 at 2.
        ["Negation"] = (new Negate(new Power(X, 3)), 2, 2, new Fraction(-12)),

        // (1/x)''' = −6/x⁴ = −3/8 at 2.
        ["Reciprocal"] = (new Divide(1, X), 3, 2, new Fraction(-3, 8)),

        // (x⁻²)'' = 6x⁻⁴ = 6 at 1; and (x/(x + 1))' = 1/(x + 1)² = 1/16 at 3.
        ["NegativePower"] = (new Power(X, -2), 2, 1, new Fraction(6)),
        ["Quotient"] = (new Divide(X, new Add(X, 1)), 1, 3, new Fraction(1, 16)),

        // (e^(2x))''' = 8e^(2x) = 8 at 0.
        ["ExpOfALinearFunction"] = (new Exp(new Multiply(2, X)), 3, 0, new Fraction(8)),

        // (log x)''' = 2/x³ = 1/4 at 2; (log(1 + x))'''' = −6/(1 + x)⁴ = −3/8 at 1.
        ["Log"] = (new Log(X), 3, 2, new Fraction(1, 4)),
        ["LogOfOnePlusX"] = (new Log(new Add(1, X)), 4, 1, new Fraction(-3, 8)),

        // Another symbol is a constant: (y·x²)'' = 2y = 6 with y = 3.
        ["AnotherSymbolIsAConstant"] = (new Multiply(new Symbol("y"), new Power(X, 2)), 2, 5, new Fraction(6)),

        // δ(1,1)·x² and δ(0,1)·x²: second derivatives 2 and 0.
        ["DeltaOne"] = (new Multiply(new KroneckerDelta(1, 1), new Power(X, 2)), 2, 5, new Fraction(2)),
        ["DeltaZero"] = (new Multiply(new KroneckerDelta(0, 1), new Power(X, 2)), 2, 5, new Fraction(0)),

        // A derivative node inside the body is differentiated first: (d/dx x³)' = 6x = 12 at 2.
        ["InnerDerivative"] = (new Derivative(new Power(X, 3), X), 1, 2, new Fraction(12)),

        // Named functions unfold: σ(x) = 1/2 + x/4 − x³/48 + …, so σ'(0) = 1/4 and σ'''(0) = −6/48 = −1/8.
        ["SigmoidFirst"] = (new Sigmoid(X), 1, 0, new Fraction(1, 4)),
        ["SigmoidThird"] = (new Sigmoid(X), 3, 0, new Fraction(-1, 8)),
    };

    private static Enclosure Derivative(Expr body, int order, Fraction x, int bits = Bits)
    {
        var point = Points.Empty.Add("x", x).Add("y", new Fraction(3));
        var result = new TaylorEvaluation(point, bits, new EvaluationBudget(1_000_000), X, order).Derivative(body);
        return Assert.IsType<Enclosed>(result).Value;
    }

    private static void Encloses(Fraction exact, Enclosure enclosure)
    {
        Assert.True(enclosure.Contains(HighPrecisionReal.FromFraction(exact, 2048)), $"{enclosure} misses {exact}");
        var tolerance = HighPrecisionReal.FromFraction(new Fraction(BigInteger.One, BigInteger.Pow(2, 200)), 64);
        Assert.True(enclosure.Width <= tolerance, $"{enclosure} is wider than 2^-200");
    }

    [Theory]
    [InlineData("SquareOfTheVariable")]
    [InlineData("OddPower")]
    [InlineData("PowerOfADifference")]
    [InlineData("Negation")]
    [InlineData("Reciprocal")]
    [InlineData("NegativePower")]
    [InlineData("Quotient")]
    [InlineData("ExpOfALinearFunction")]
    [InlineData("Log")]
    [InlineData("LogOfOnePlusX")]
    [InlineData("AnotherSymbolIsAConstant")]
    [InlineData("DeltaOne")]
    [InlineData("DeltaZero")]
    [InlineData("InnerDerivative")]
    [InlineData("SigmoidFirst")]
    [InlineData("SigmoidThird")]
    public void EachRuleGivesTheExactDerivative(string rule)
    {
        var (body, order, at, exact) = Rules[rule];
        Encloses(exact, Derivative(body, order, at));
    }

    [Fact]
    public void TheFourthDerivativeOfExpIsE()
    {
        var enclosure = Derivative(new Exp(X), 4, 1);
        AgreesTo(60, ReferenceValues.E, enclosure.Lower);
        AgreesTo(60, ReferenceValues.E, enclosure.Upper);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void ADivisorThatIsZeroAtThePointIsNotEnclosed(int order)
    {
        var result = new TaylorEvaluation(Points.At("x", 1), Bits, new EvaluationBudget(1_000_000), X, order).Derivative(new Divide(1, new Subtract(X, 1)));
        var failure = Assert.IsType<NotEnclosed>(result);
        Assert.Equal("division by a value whose enclosure contains 0", failure.Reason);
        Assert.True(failure.MorePrecisionMayHelp);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 2)]
    public void ALogArgumentThatIsNotPositiveIsNotEnclosed(int numerator, int denominator)
    {
        // log(x − 1) at x = 1 (the argument is exactly 0) and at x = 1/2 (it is −1/2).
        var point = Points.At("x", new Fraction(numerator, denominator));
        var result = new TaylorEvaluation(point, Bits, new EvaluationBudget(1_000_000), X, 2).Derivative(new Log(new Subtract(X, 1)));
        var failure = Assert.IsType<NotEnclosed>(result);
        Assert.Equal("log of a value whose enclosure is not certainly positive", failure.Reason);
        Assert.True(failure.MorePrecisionMayHelp);
    }

    [Fact]
    public void AFreeSymbolWithoutAValueIsTheCallersMistake()
    {
        var missingOther = Assert.Throws<ArgumentException>(() => new TaylorEvaluation(Points.At("x", 1), Bits, new EvaluationBudget(1_000), X, 1).Derivative(new Multiply(new Symbol("z"), X)));
        Assert.Equal("The point gives no value for the free symbol 'z'.", missingOther.Message);
        var missingVariable = Assert.Throws<ArgumentException>(() => new TaylorEvaluation(Points.At("y", 1), Bits, new EvaluationBudget(1_000), X, 1).Derivative(new Multiply(X, X)));
        Assert.Equal("The point gives no value for the free symbol 'x'.", missingVariable.Message);
    }

    /// <summary>
    /// Each distinct node costs NodeCost(bits)·(order + 1)²: x·x (x shared) is 2 nodes, so 2·1·16 = 32
    /// at 256 bits and order 3, 2·4·16 = 128 at 512 bits.
    /// </summary>
    [Theory]
    [InlineData(256, 32)]
    [InlineData(512, 128)]
    public void EachNodeIsChargedForItsSquareOfCoefficients(int bits, long operations)
    {
        var budget = new EvaluationBudget(1_000_000);
        new TaylorEvaluation(Points.At("x", 1), bits, budget, X, 3).Derivative(new Multiply(X, X));
        Assert.Equal(operations, budget.Operations);
    }
}
