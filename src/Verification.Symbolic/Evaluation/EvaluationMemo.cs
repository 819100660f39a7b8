using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Evaluation;

/// <summary>
/// The sub-expressions one evaluation has done, by reference: a node shared in the tree (the same
/// instance, as symbolic derivatives produce) is evaluated, and charged to the search's
/// <see cref="EvaluationBudget"/>, once.
/// </summary>
/// <typeparam name="TResult">What the evaluation gives for a node.</typeparam>
internal sealed class EvaluationMemo<TResult>(EvaluationBudget budget, long costPerNode)
{
    private readonly Dictionary<Expr, TResult> done = new(ReferenceEqualityComparer.Instance);

    /// <summary>The result of <paramref name="expression"/> if done already; otherwise charges its cost, evaluates it with <paramref name="evaluateNode"/> and remembers the result.</summary>
    public TResult Evaluate(Expr expression, Func<Expr, TResult> evaluateNode)
    {
        if (done.TryGetValue(expression, out var known))
        {
            return known;
        }

        budget.Charge(costPerNode);
        var result = evaluateNode(expression);
        done[expression] = result;
        return result;
    }
}
