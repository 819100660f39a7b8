using Verification.Symbolic.Calculus;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Calculus;

internal static class ExprQueries
{
    /// <summary>All nodes of the tree, root first.</summary>
    public static IEnumerable<Expr> Nodes(Expr expression) =>
        ExprTraversal.Children(expression).SelectMany(Nodes).Prepend(expression);

    public static bool ContainsNode<TNode>(Expr expression)
        where TNode : Expr => Nodes(expression).OfType<TNode>().Any();
}
