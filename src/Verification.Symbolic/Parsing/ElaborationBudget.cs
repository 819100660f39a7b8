using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Parsing;

/// <summary>
/// Counts the expression nodes elaboration builds, per identity (or family instance) and per
/// family, and refuses a tree taller than the walks downstream accept, so that no claim text can
/// exhaust memory or the stack, or keep the engine busy for minutes (a family streams its
/// instances, so its total bounds time, not memory) (the bounds are <see cref="EngineLimits.MaxNodes"/>,
/// <see cref="EngineLimits.MaxFamilyNodes"/> and <see cref="EngineLimits.MaxExpressionHeight"/>).
/// </summary>
internal sealed class ElaborationBudget(EngineLimits limits, Token anchor)
{
    private long nodes;
    private long familyNodes;

    /// <summary>A new instance of a family: it has its own node budget, the family keeps its total.</summary>
    public void StartInstance() => nodes = 0;

    public void Spend(long count)
    {
        nodes = Math.Min(long.MaxValue / 2, nodes + count);
        familyNodes = Math.Min(long.MaxValue / 2, familyNodes + count);
        if (nodes > limits.MaxNodes)
        {
            throw new ParseException(anchor, $"the claim expands to more than {limits.MaxNodes} expression nodes");
        }

        if (familyNodes > limits.MaxFamilyNodes)
        {
            throw new ParseException(anchor, $"the family expands to more than {limits.MaxFamilyNodes} expression nodes");
        }
    }

    public void CheckHeight(Expr expr, Token at)
    {
        if (ExprTraversal.Height(expr) > limits.MaxExpressionHeight)
        {
            throw new ParseException(at, $"the expression expands to a tree more than {limits.MaxExpressionHeight} levels deep");
        }
    }
}
