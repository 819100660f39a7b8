using Verification.Symbolic.Canonical;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Evaluation;

/// <summary>
/// The memo of one evaluation: a node instance is evaluated and charged once, a hit gives the very
/// result of the first evaluation, and a node the budget cannot pay for is not evaluated at all.
/// </summary>
public class EvaluationMemoTests
{
    [Fact]
    public void TheSameInstanceIsEvaluatedAndChargedOnce()
    {
        var budget = new EvaluationBudget(100);
        var memo = new EvaluationMemo<object>(budget, costPerNode: 3);
        var node = new Symbol("x");
        var calls = 0;
        var first = memo.Evaluate(node, _ => ++calls);
        var second = memo.Evaluate(node, _ => ++calls);
        Assert.Equal(1, calls);
        Assert.Same(first, second);
        Assert.Equal(3, budget.Operations);
    }

    [Fact]
    public void EqualButDistinctInstancesAreEvaluatedSeparately()
    {
        // The memo is by reference: records that are equal by value are still two nodes (two charges).
        var budget = new EvaluationBudget(100);
        var memo = new EvaluationMemo<int>(budget, costPerNode: 3);
        var calls = 0;
        memo.Evaluate(new Symbol("x"), _ => ++calls);
        memo.Evaluate(new Symbol("x"), _ => ++calls);
        Assert.Equal(2, calls);
        Assert.Equal(6, budget.Operations);
    }

    [Fact]
    public void ANodeTheBudgetCannotPayForIsNotEvaluated()
    {
        var budget = new EvaluationBudget(5);
        var memo = new EvaluationMemo<int>(budget, costPerNode: 3);
        var calls = 0;
        memo.Evaluate(new Symbol("x"), _ => ++calls);
        Assert.Throws<WorkLimitExceededException>(() => memo.Evaluate(new Symbol("y"), _ => ++calls));
        Assert.Equal(1, calls);
    }
}
