using Verification.Symbolic.Calculus;
using Verification.Symbolic.Canonical;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Evaluation;

/// <summary>
/// Derivatives before a witness search: a chain in one variable is kept for the Taylor evaluation,
/// every other derivative is expanded symbolically, and one that expands past the node limit is refused.
/// </summary>
public class ExpandDerivativesTests
{
    private static readonly Symbol X = new("x");

    private static readonly Symbol Y = new("y");

    private static bool HasDerivative(Expr expression) => ExprTraversal.PreOrder(expression).Any(static e => e is Derivative);

    // Distinct node objects, counted here independently of the evaluator.
    private static int DistinctNodes(Expr root)
    {
        var seen = new HashSet<Expr>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<Expr>([root]);
        while (pending.TryPop(out var node))
        {
            if (seen.Add(node))
            {
                foreach (var child in ExprTraversal.Children(node))
                {
                    pending.Push(child);
                }
            }
        }

        return seen.Count;
    }

    [Fact]
    public void AChainInOneVariableIsKeptAsItIs()
    {
        var chain = new Derivative(new Derivative(new Sigmoid(new Multiply(X, Y)), X), X);
        Assert.Same(chain, EnclosureEvaluator.ExpandDerivatives(chain));

        // Inside another node too: the parent is rebuilt around the same chain.
        var sum = Assert.IsType<Add>(EnclosureEvaluator.ExpandDerivatives(new Add(chain, 1)));
        Assert.Same(chain, sum.Left);
    }

    [Fact]
    public void MixedDerivativesAreExpandedSymbolically()
    {
        var mixed = new Derivative(new Derivative(new Multiply(new Power(X, 2), Y), Y), X);
        var expanded = EnclosureEvaluator.ExpandDerivatives(new Add(mixed, 1));
        Assert.False(HasDerivative(expanded), $"{expanded} still has a derivative");

        // ∂²(x²y)/∂x∂y + 1 = 2x + 1 = 7 at x = 3.
        var value = Assert.IsType<Enclosed>(EnclosureEvaluator.Evaluate(expanded, Points.At(3, 5), 256)).Value;
        Assert.True(value.Contains(HighPrecisionReal.FromInteger(7, 64)));
    }

    [Fact]
    public void ADerivativeExpandingPastTheNodeLimitIsRefused()
    {
        var inner = new Sigmoid(new Multiply(X, Y));
        var mixed = new Derivative(new Derivative(inner, X), Y);

        // The innermost derivative is expanded (and checked) first: its size decides.
        var firstOrder = DistinctNodes(Differentiator.Differentiate(inner, X));
        var error = Assert.Throws<WorkLimitExceededException>(() => EnclosureEvaluator.ExpandDerivatives(mixed, firstOrder - 1));
        Assert.Equal($"too large: a derivative by x expands to more than {firstOrder - 1:N0} nodes for the witness search (EngineLimits.MaxNodes)", error.Message);
    }

    [Fact]
    public void ADerivativeWithExactlyTheLimitOfNodesIsAccepted()
    {
        var body = new Sigmoid(new Multiply(X, Y));
        var mixed = new Derivative(new Derivative(body, X), Y);
        var first = Differentiator.Differentiate(body, X);
        var limit = Math.Max(DistinctNodes(first), DistinctNodes(Differentiator.Differentiate(first, Y)));
        Assert.False(HasDerivative(EnclosureEvaluator.ExpandDerivatives(mixed, limit)));
        Assert.Throws<WorkLimitExceededException>(() => EnclosureEvaluator.ExpandDerivatives(mixed, limit - 1));
    }

    [Fact]
    public void AMixedDerivativeLeftUnexpandedIsDifferentiatedWhenEvaluated()
    {
        // The internal entry expects expanded derivatives, but a mixed one still gets its value:
        // ∂²(x²y)/∂x∂y = 2x = 6 at x = 3, the same as after expanding.
        var mixed = new Derivative(new Derivative(new Multiply(new Power(X, 2), Y), Y), X);
        var value = Assert.IsType<Enclosed>(EnclosureEvaluator.Evaluate(mixed, Points.At(3, 5), 256, new EvaluationBudget(1_000))).Value;
        Assert.True(value.Contains(HighPrecisionReal.FromInteger(6, 64)));
        Assert.False(value.Contains(HighPrecisionReal.FromInteger(7, 64)));
    }
}
