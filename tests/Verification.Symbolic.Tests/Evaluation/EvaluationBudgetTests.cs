using Verification.Symbolic.Canonical;
using Verification.Symbolic.Evaluation;

namespace Verification.Symbolic.Tests.Evaluation;

/// <summary>
/// The witness-search budget: the limit itself may be spent, one operation more stops the search with
/// the message users see, and a node's cost grows as the square of the precision (one unit at 256 bits).
/// </summary>
public class EvaluationBudgetTests
{
    [Fact]
    public void SpendingExactlyTheLimitIsAllowed()
    {
        var budget = new EvaluationBudget(10);
        budget.Charge(4);
        budget.Charge(6);
        Assert.Equal(10, budget.Operations);
        Assert.False(budget.IsExhausted);
    }

    [Fact]
    public void OneOperationPastTheLimitStopsWithTheLimitMessage()
    {
        var budget = new EvaluationBudget(10);
        budget.Charge(10);
        var error = Assert.Throws<WorkLimitExceededException>(() => budget.Charge(1));
        Assert.Equal("too large: more than 10 enclosure operations (EngineLimits.MaxWitnessOperations)", error.Message);
        Assert.Equal(11, budget.Operations);
        Assert.True(budget.IsExhausted);
    }

    [Fact]
    public void StoppingForAnotherReasonExhaustsTheBudgetWithThatReason()
    {
        var budget = new EvaluationBudget(10);
        Assert.False(budget.IsExhausted);
        budget.Stop("too large: the search ran out of time");
        Assert.True(budget.IsExhausted);
        Assert.Equal(0, budget.Operations);
        Assert.Equal("too large: the search ran out of time", budget.LimitMessage);
    }

    [Fact]
    public void PointsAreCountedUp()
    {
        var budget = new EvaluationBudget(10);
        Assert.Equal(0, budget.PointsTried);
        budget.CountPoint();
        budget.CountPoint();
        Assert.Equal(2, budget.PointsTried);
    }

    /// <summary>max(1, ⌊bits²/256²⌋): (512/256)² = 4, (1024/256)² = 16, 400²/65536 = 2.44…, 300²/65536 = 1.37….</summary>
    [Theory]
    [InlineData(8, 1)]
    [InlineData(256, 1)]
    [InlineData(300, 1)]
    [InlineData(400, 2)]
    [InlineData(512, 4)]
    [InlineData(1024, 16)]
    [InlineData(5120, 400)]
    public void ANodeCostsTheSquareOfThePrecisionInUnitsOf256Bits(int bits, long cost)
    {
        Assert.Equal(cost, EvaluationBudget.NodeCost(bits));
    }
}
