using System.Collections.Immutable;
using Fractions;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Evaluation;

/// <summary>
/// The operation budget seen through <see cref="EnclosureEvaluator"/>: a shared node is charged once,
/// an evaluation costing exactly the limit succeeds, one unit less fails with the limit's message.
/// </summary>
public class EnclosureBudgetBoundaryTests
{
    private static readonly Symbol X = new("x");

    private static readonly ImmutableDictionary<string, Fraction> AtZero = Points.At("x", 0);

    private static EnclosureResult Evaluate(Expr expression, int bits, long maxOperations) =>
        EnclosureEvaluator.Evaluate(expression, AtZero, bits, new EngineLimits(MaxWitnessOperations: maxOperations));

    /// <summary>σ(x) + σ(x) with the σ node shared: 3 distinct nodes (+, σ, x), each max(1, (bits/256)²).</summary>
    [Theory]
    [InlineData(256, 3)]
    [InlineData(512, 12)]
    public void ASharedNodeIsChargedOnceAndTheLimitItselfMayBeSpent(int bits, long cost)
    {
        var sigmoid = new Sigmoid(X);
        var twice = new Add(sigmoid, sigmoid);

        // σ(0) = 1/2, so σ(0) + σ(0) = 1 exactly: the memo hit gives the same value as the first evaluation.
        var value = Assert.IsType<Enclosed>(Evaluate(twice, bits, cost)).Value;
        Assert.True(value.Contains(HighPrecisionReal.One(bits)));
        Assert.False(value.Contains(HighPrecisionReal.FromFraction(new Fraction(1, 2), bits)));

        var failure = Assert.IsType<NotEnclosed>(Evaluate(twice, bits, cost - 1));
        Assert.Equal($"too large: more than {cost - 1} enclosure operations (EngineLimits.MaxWitnessOperations)", failure.Reason);
        Assert.False(failure.MorePrecisionMayHelp);
    }

    /// <summary>
    /// d/dx (x·x): the derivative node (1), then its Taylor evaluation of order 1, 2 nodes at
    /// 1·(1 + 1)² each: 9 in all. (x·x)' = 2x = 6 at x = 3.
    /// </summary>
    [Fact]
    public void ATaylorChainChargesTheSameBudget()
    {
        var derivative = new Derivative(new Multiply(X, X), X);
        var point = Points.At("x", 3);
        var value = Assert.IsType<Enclosed>(EnclosureEvaluator.Evaluate(derivative, point, 256, new EngineLimits(MaxWitnessOperations: 9))).Value;
        Assert.True(value.Contains(HighPrecisionReal.FromInteger(6, 64)));
        var failure = Assert.IsType<NotEnclosed>(EnclosureEvaluator.Evaluate(derivative, point, 256, new EngineLimits(MaxWitnessOperations: 8)));
        Assert.Equal("too large: more than 8 enclosure operations (EngineLimits.MaxWitnessOperations)", failure.Reason);
    }

    [Fact]
    public void WithoutLimitsTheDefaultBudgetApplies()
    {
        var value = Assert.IsType<Enclosed>(EnclosureEvaluator.Evaluate(new Add(new Sigmoid(X), 1), AtZero, 256)).Value;
        Assert.True(value.Contains(HighPrecisionReal.FromFraction(new Fraction(3, 2), 64)));
    }
}
