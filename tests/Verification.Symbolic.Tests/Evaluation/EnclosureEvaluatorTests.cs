using System.Collections.Immutable;
using System.Numerics;
using Fractions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Parsing;
using Verification.Symbolic.Tests.Generators;

namespace Verification.Symbolic.Tests.Evaluation;

/// <summary>
/// The enclosure of an expression contains its value as the round-to-nearest
/// <see cref="HighPrecisionEvaluator"/> computes it at 300 digits (independent code, ~1000 bits, far
/// inside a 256-bit enclosure), is narrow, and reports undefined or out-of-range points as such.
/// </summary>
public class EnclosureEvaluatorTests
{
    private const int Bits = 256;

    private static readonly ImmutableDictionary<string, Fraction> Point = Points.Empty
        .Add("x", new Fraction(-7, 3)).Add("y", new Fraction(2, 5)).Add("a", new Fraction(3)).Add("b", new Fraction(-1, 2)).Add("c", new Fraction(5, 4));

    [Theory]
    [InlineData("sigmoid(x) + sigmoid(-1000 * y) + sigmoid(1000 * y)")]
    [InlineData("softmax([a, b, c], 1) * log_softmax([a, 200 * b, c], 2)")]
    [InlineData("logsumexp([a, b, c, x]) - logsumexp([1000 * a, b])")]
    [InlineData("bce(x, y) + bce(-300 * x, y) + bce(a, 1/3)")]
    [InlineData("cross_entropy([a, b, c], [1/4, 1/4, 1/2])")]
    [InlineData("diff(diff(sigmoid(x * y), x), y) + diff(softmax([a, b, c], 0), b)")]
    [InlineData("diff(diff(diff(log_softmax([a, 200 * b, x], 0), a), a), a) + diff(diff(x^-3 * log(x^2 + 2) / sigmoid(x), x), x)")]
    [InlineData("(x + y)^7 / (a - b)^3 - x^-2 + delta(1, 1) - delta(0, 1)")]
    [InlineData("exp(exp(a)) - log(exp(x) + 10^100) + log(y)")]
    public void EnclosesTheHighPrecisionValueNarrowly(string text)
    {
        var expression = Parse(text);
        var reference = HighPrecisionEvaluator.Evaluate(expression, Point, 300).ValueOrThrow();
        var enclosure = Assert.IsType<Enclosed>(EnclosureEvaluator.Evaluate(expression, Point, Bits)).Value;
        Assert.True(enclosure.Contains(reference), $"{enclosure.ToString(30)} misses {reference.ToString(30)}");
        Assert.True(CertifiedDecimal.Of(enclosure, 60).Digits >= 60, $"{enclosure.ToString(30)} is wider than expected");
    }

    /// <summary>Taylor coefficients (for a chain in one variable) and the symbolic derivative enclose the same value.</summary>
    [Theory]
    [InlineData("sigmoid(x)", 6)]
    [InlineData("softmax([x, a * x, b], 1) * bce(x, y)", 4)]
    [InlineData("exp(x^2) / (1 + log(x^2 + 1))", 5)]
    public void TaylorCoefficientsAgreeWithTheSymbolicDerivative(string body, int order)
    {
        var expression = Parse(body);
        var chain = expression;
        for (var i = 0; i < order; i++)
        {
            chain = new Derivative(chain, new Symbol("x"));
        }

        var symbolic = Verification.Symbolic.Calculus.Differentiator.Differentiate(((Derivative)chain).Body, new Symbol("x"));
        var fromTaylor = Assert.IsType<Enclosed>(EnclosureEvaluator.Evaluate(chain, Point, Bits)).Value;
        var fromSymbolic = Assert.IsType<Enclosed>(EnclosureEvaluator.Evaluate(symbolic, Point, Bits)).Value;
        Assert.False(fromTaylor.IsDisjointFrom(fromSymbolic), $"{fromTaylor} vs {fromSymbolic}");
        Assert.True(CertifiedDecimal.Of(fromTaylor, 60).Digits >= 60, $"{fromTaylor} is wider than expected");
    }

    [Theory]
    [InlineData("1 / (x - x)", "division by zero")]
    [InlineData("log(x)", "log of a non-positive number")]
    [InlineData("(x - x)^-2", "raising to the negative power -2 by zero")]
    public void UndefinedPointsAreNotEnclosed(string text, string reason)
    {
        var failure = Assert.IsType<NotEnclosed>(EnclosureEvaluator.Evaluate(Parse(text), Point.SetItem("x", new Fraction(-1, 2)), Bits));
        Assert.Equal(reason, failure.Reason);
        Assert.False(failure.MorePrecisionMayHelp);
    }

    [Fact]
    public void CancellationBelowThePrecisionLeavesADivisorUndecidedRatherThanWrong()
    {
        // (y + 10^120) − 10^120 at 256 bits: the enclosure of the divisor straddles 0; more precision settles it.
        var expression = Parse("1 / ((y + 10^120) - 10^120)");
        var undecided = Assert.IsType<NotEnclosed>(EnclosureEvaluator.Evaluate(expression, Point, Bits));
        Assert.True(undecided.MorePrecisionMayHelp);
        var enclosure = Assert.IsType<Enclosed>(EnclosureEvaluator.Evaluate(expression, Point, 1024)).Value;
        Assert.True(enclosure.Contains(HighPrecisionReal.FromFraction(new Fraction(5, 2), 64)));
    }

    [Fact]
    public void AnExpArgumentBeyondTheRangeFailsThePointNotTheProcess()
    {
        var failure = Assert.IsType<NotEnclosed>(EnclosureEvaluator.Evaluate(Parse("exp(10^400 * x)"), Point.SetItem("x", 1), Bits));
        Assert.StartsWith("out of range", failure.Reason, StringComparison.Ordinal);

        // e^(−10^400·x) at x = 1 is certainly in (0, 2^(−2^52)], which σ and softmax use without failing.
        Assert.IsType<Enclosed>(EnclosureEvaluator.Evaluate(Parse("sigmoid(-10^400 * x) + softmax([10^400 * x, x], 1)"), Point.SetItem("x", 1), Bits));
    }

    [Fact]
    public void TheOperationBudgetStopsAnEvaluation()
    {
        var failure = Assert.IsType<NotEnclosed>(EnclosureEvaluator.Evaluate(Parse("sigmoid(x) + sigmoid(y) + sigmoid(a)"), Point, Bits, new EngineLimits(MaxWitnessOperations: 5)));
        Assert.StartsWith("too large", failure.Reason, StringComparison.Ordinal);
    }

    /// <summary>Random fragment expressions at random small rational points: the enclosure holds the 300-digit value.</summary>
    [Property(Arbitrary = [typeof(FragmentArbitraries)], MaxTest = 60, Replay = "20261206,1")]
    public Property EnclosureContainsTheHighPrecisionValue(Expr expression, int x, int y, PositiveInt denominator)
    {
        var point = Points.Empty.Add("x", new Fraction(x % 20, denominator.Get % 7 + 1)).Add("y", new Fraction(y % 20, 3)).Add("z", new Fraction(5, 7));
        var reference = HighPrecisionEvaluator.Evaluate(expression, point, 300);
        var enclosure = EnclosureEvaluator.Evaluate(expression, point, 128);
        return (reference, enclosure) switch
        {
            (Defined(var value), Enclosed(var range)) => range.Contains(value).Label($"{expression} at {string.Join(", ", point)}: {range.ToString(20)} misses {value.ToString(30)}"),
            (Undefined, NotEnclosed) or (Defined, NotEnclosed { MorePrecisionMayHelp: true }) => true.ToProperty(),
            _ => false.Label($"{expression} at {string.Join(", ", point)}: {reference} but {enclosure}"),
        };
    }

    private static Expr Parse(string text)
    {
        var result = ClaimParser.Parse($"{text} == 0");
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return ((Claims.IdentityClaim)result.Value!).Left;
    }
}
